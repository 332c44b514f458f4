"""Fees: items and rates, assignments to units, meter readings, charges (bill lines),
payments and their allocation, receipts (issued = final), waivers, refunds, day close."""

import peewee as pw

from app.models.archive import Unit
from app.models.base import BaseModel, UtcDateTimeField
from app.models.fields import ScaledDecimalField
from app.money import MoneyField


class FeeKind:
    AREA = "area"  # 物业服务费: gross area × price per ㎡ per month
    FIXED = "fixed"  # 垃圾清运: a fixed amount per unit per month
    METERED = "metered"  # 水费/电费: (this − last reading) × price
    SHARED = "shared"  # 公摊: a month's total split by gross area
    PARKING = "parking"  # 车位管理费/租金: per assigned space per month
    ONE_OFF = "one_off"  # charged by hand
    DEPOSIT = "deposit"  # refundable (装修押金)
    MONTHLY = (AREA, FIXED, METERED, SHARED, PARKING)
    ALL = (AREA, FIXED, METERED, SHARED, PARKING, ONE_OFF, DEPOSIT)


class ChargeKind:
    BILL = "bill"  # generated for a period
    ADJUSTMENT = "adjustment"  # a correction in the open month (may be negative)
    ONE_OFF = "one_off"
    DEPOSIT = "deposit"
    LATE_FEE = "late_fee"  # 违约金
    ALL = (BILL, ADJUSTMENT, ONE_OFF, DEPOSIT, LATE_FEE)


class PayMethod:
    CASH = "cash"  # 现金
    WECHAT = "wechat"  # 微信
    ALIPAY = "alipay"  # 支付宝
    CARD = "card"  # 银行卡
    TRANSFER = "transfer"  # 转账
    PREPAID = "prepaid"  # 预存款抵扣 (internal: a balance offsets a charge)
    COUNTER = (CASH, WECHAT, ALIPAY, CARD, TRANSFER)


class FeeItem(BaseModel):
    code = pw.TextField(unique=True)
    name = pw.TextField()
    kind = pw.TextField()
    unit_label = pw.TextField(default="")  # 元/㎡·月, 元/户·月, 元/吨 ...
    vacant_discount = pw.BooleanField(default=False)  # the vacant-unit rate applies
    late_fee = pw.BooleanField(default=False)  # 违约金 may accrue when the setting is on
    active = pw.BooleanField(default=True)
    sort_order = pw.IntegerField(default=0)


class FeeRate(BaseModel):
    """A price from a date on; the newest rate on or before a day applies to it."""

    fee_item = pw.ForeignKeyField(FeeItem, backref="rates", on_delete="RESTRICT", index=False)
    effective_from = pw.DateField()
    price = ScaledDecimalField(places=4)

    class Meta:
        indexes = ((("fee_item", "effective_from"), True),)


class FeeAssignment(BaseModel):
    unit = pw.ForeignKeyField(Unit, backref="fee_assignments", on_delete="RESTRICT", index=False)
    fee_item = pw.ForeignKeyField(FeeItem, backref="assignments", on_delete="RESTRICT")
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)
    price_override = ScaledDecimalField(places=4, null=True)  # e.g. one space's rent
    reference = pw.TextField(default="")  # parking space code, meter number ...

    class Meta:
        indexes = ((("unit", "fee_item", "start_date"), True),)


class MeterReading(BaseModel):
    unit = pw.ForeignKeyField(Unit, backref="meter_readings", on_delete="RESTRICT", index=False)
    fee_item = pw.ForeignKeyField(FeeItem, backref="+", on_delete="RESTRICT")
    period = pw.TextField()  # YYYY-MM the usage is billed in
    previous_reading = ScaledDecimalField(places=2)
    current_reading = ScaledDecimalField(places=2)
    reading_date = pw.DateField()
    recorded_by = pw.TextField(default="")
    meter_change = pw.BooleanField(default=False)  # a new meter: previous = its first reading

    class Meta:
        indexes = ((("unit", "fee_item", "period"), True),)


class SharedCost(BaseModel):
    """A month's public-utility total (公摊) to split by gross area."""

    fee_item = pw.ForeignKeyField(FeeItem, backref="+", on_delete="RESTRICT", index=False)
    period = pw.TextField()
    total = MoneyField()
    remarks = pw.TextField(default="")

    class Meta:
        indexes = ((("fee_item", "period"), True),)


class BillingPeriod(BaseModel):
    """A month's generation run and, once 月结, its close."""

    period = pw.TextField(unique=True)
    generated_at = UtcDateTimeField(null=True)
    generated_by = pw.TextField(default="")
    closed_at = UtcDateTimeField(null=True)
    closed_by = pw.TextField(null=True)


class Charge(BaseModel):
    """One bill line. `settled` (paid + waived) moves with payments; the rest never changes
    once the month is closed (trigger)."""

    unit = pw.ForeignKeyField(Unit, backref="charges", on_delete="RESTRICT", index=False)
    # fee items and assignments are never deleted: no index for their foreign-key check
    fee_item = pw.ForeignKeyField(FeeItem, backref="+", on_delete="RESTRICT", index=False)
    assignment = pw.ForeignKeyField(
        FeeAssignment, null=True, backref="+", on_delete="RESTRICT", index=False
    )
    kind = pw.TextField(default=ChargeKind.BILL)
    period = pw.TextField()  # YYYY-MM
    period_start = pw.DateField()
    period_end = pw.DateField()
    due_date = pw.DateField()
    quantity = ScaledDecimalField(places=4)
    unit_price = ScaledDecimalField(places=4)
    rate_percent = pw.IntegerField(default=100)  # 70 for a vacant unit with a notice
    amount = MoneyField()
    settled = MoneyField(default=0)
    description = pw.TextField(default="")

    class Meta:
        indexes = ((("unit", "period"), False), (("period", "fee_item"), False))


class Payment(BaseModel):
    unit = pw.ForeignKeyField(Unit, backref="payments", on_delete="RESTRICT")
    payer = pw.TextField()
    amount = MoneyField()  # received, change already given back
    tendered = MoneyField()  # handed over (cash may exceed the amount)
    business_date = pw.DateField(index=True)
    paid_at = UtcDateTimeField()
    cashier_id = pw.TextField(null=True)
    cashier_name = pw.TextField()
    source = pw.TextField(default="counter")  # counter / import
    reference = pw.TextField(null=True, unique=True)  # bank/WeChat reference: paid once
    remarks = pw.TextField(default="")


class PaymentMethodLine(BaseModel):
    payment = pw.ForeignKeyField(Payment, backref="methods", on_delete="RESTRICT")
    method = pw.TextField()
    amount = MoneyField()


class Allocation(BaseModel):
    """Money of a payment set against a charge; a void adds the negative twin."""

    payment = pw.ForeignKeyField(Payment, backref="allocations", on_delete="RESTRICT")
    charge = pw.ForeignKeyField(Charge, backref="allocations", on_delete="RESTRICT", index=False)
    amount = MoneyField()
    reverses = pw.ForeignKeyField("self", null=True, backref="+", on_delete="RESTRICT")


class Receipt(BaseModel):
    """收据. Issued = final: triggers refuse UPDATE and DELETE; voids are rows of their own."""

    number = pw.TextField(unique=True)
    year = pw.IntegerField()
    sequence = pw.IntegerField()
    payment = pw.ForeignKeyField(Payment, backref="receipts", unique=True, on_delete="RESTRICT")
    unit = pw.ForeignKeyField(Unit, backref="+", on_delete="RESTRICT")
    unit_code = pw.TextField()
    payer = pw.TextField()
    total = MoneyField()
    methods_text = pw.TextField()
    business_date = pw.DateField(index=True)
    issued_at = UtcDateTimeField()
    cashier_id = pw.TextField(null=True)
    cashier_name = pw.TextField()


class ReceiptLine(BaseModel):
    receipt = pw.ForeignKeyField(Receipt, backref="lines", on_delete="RESTRICT")
    charge = pw.ForeignKeyField(Charge, null=True, backref="+", on_delete="RESTRICT")
    item_name = pw.TextField()
    period_text = pw.TextField()
    amount = MoneyField()
    line_no = pw.IntegerField()


class ReceiptVoid(BaseModel):
    receipt = pw.ForeignKeyField(Receipt, backref="voids", unique=True, on_delete="RESTRICT")
    reason = pw.TextField()
    voided_by = pw.TextField()
    voided_at = UtcDateTimeField()
    business_date = pw.DateField()


class ReceiptPrint(BaseModel):
    receipt = pw.ForeignKeyField(Receipt, backref="prints", on_delete="RESTRICT")
    printed_at = UtcDateTimeField()
    printed_by = pw.TextField()
    reprint = pw.BooleanField(default=False)


class Waiver(BaseModel):
    """减免: part of a charge forgiven by a manager, with its reason."""

    number = pw.TextField(unique=True)
    charge = pw.ForeignKeyField(Charge, backref="waivers", on_delete="RESTRICT")
    amount = MoneyField()
    reason = pw.TextField()
    approved_by = pw.TextField()
    approved_at = UtcDateTimeField()


class Refund(BaseModel):
    """退款 of a prepaid balance or a deposit."""

    number = pw.TextField(unique=True)
    unit = pw.ForeignKeyField(Unit, backref="+", on_delete="RESTRICT")
    charge = pw.ForeignKeyField(Charge, null=True, backref="+", on_delete="RESTRICT")
    amount = MoneyField()
    method = pw.TextField()
    reason = pw.TextField()
    approved_by = pw.TextField()
    refunded_at = UtcDateTimeField()
    business_date = pw.DateField(index=True)
    cashier_id = pw.TextField(null=True)  # who paid it out (None: the system); day close
    cashier_name = pw.TextField(default="")


class DayClose(BaseModel):
    cashier_id = pw.TextField()
    cashier_name = pw.TextField()
    business_date = pw.DateField()
    closed_at = UtcDateTimeField()
    totals = pw.TextField()  # JSON snapshot of the day's report

    class Meta:
        indexes = ((("cashier_id", "business_date"), True),)


class Reminder(BaseModel):
    """催缴 log: every reminder and its result."""

    unit = pw.ForeignKeyField(Unit, backref="reminders", on_delete="RESTRICT")
    reminder_date = pw.DateField()
    channel = pw.TextField()  # phone / notice / visit / wechat
    amount_owed = MoneyField()
    result = pw.TextField(default="")
    recorded_by = pw.TextField()


class MonthClose(BaseModel):
    """月结 log: each close (with the monthly report's figures as JSON) and each reopen
    (admin, with a reason). Final once written; the month's state is BillingPeriod.closed_at."""

    period = pw.TextField(index=True)
    action = pw.TextField()  # close / reopen
    at = UtcDateTimeField()
    by = pw.TextField()
    reason = pw.TextField(default="")
    figures = pw.TextField(default="")
