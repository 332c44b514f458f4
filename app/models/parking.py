"""Parking (停车场): spaces and their rentals, temporary-parking tariffs, shifts with their
visits, and the paper invoice books (定额发票) with the register of every number.

The invoice-book rules live in the database as well (app/migrations/v0009_parking.py): a
number is used or voided once, numbers are consumed in order, a book has one holder at a time,
nothing is deleted.
"""

import peewee as pw

from app.models.archive import Owner, Unit, Vehicle
from app.models.base import BaseModel, UtcDateTimeField
from app.models.billing import FeeAssignment, FeeItem
from app.money import MoneyField


class SpaceType:
    OWNED = "owned"  # 产权车位
    RENTED = "rented"  # 租赁车位
    VISITOR = "visitor"  # 临时车位
    ALL = (OWNED, RENTED, VISITOR)


class ParkingSpace(BaseModel):
    code = pw.TextField(unique=True)
    zone = pw.TextField(default="")
    space_type = pw.TextField()
    unit = pw.ForeignKeyField(Unit, null=True, backref="+", on_delete="RESTRICT")
    owner = pw.ForeignKeyField(Owner, null=True, backref="+", on_delete="RESTRICT")
    remarks = pw.TextField(default="")
    active = pw.BooleanField(default=True)


class ParkingRental(BaseModel):
    """A space used by a unit from a date (rent or management fee), billed monthly through
    its fee assignment; `end_date` is the contract's last day (None: open-ended)."""

    space = pw.ForeignKeyField(ParkingSpace, backref="rentals", on_delete="RESTRICT")
    unit = pw.ForeignKeyField(Unit, backref="+", on_delete="RESTRICT")
    owner = pw.ForeignKeyField(Owner, null=True, backref="+", on_delete="RESTRICT")
    vehicle = pw.ForeignKeyField(Vehicle, null=True, backref="+", on_delete="RESTRICT")
    fee_item = pw.ForeignKeyField(FeeItem, backref="+", on_delete="RESTRICT")
    assignment = pw.ForeignKeyField(FeeAssignment, backref="+", on_delete="RESTRICT")
    monthly_price = MoneyField()
    start_date = pw.DateField()
    end_date = pw.DateField(null=True, index=True)
    ended_on = pw.DateField(null=True)  # ended early (or on time) by the office


class ParkingTariff(BaseModel):
    """Temporary-parking prices from a date on; final once created (a change is a new tariff)."""

    name = pw.TextField()
    effective_from = pw.DateField(unique=True)
    free_minutes = pw.IntegerField()
    hour_price = MoneyField()  # per started hour in the day
    night_price = MoneyField()  # per started hour that starts in the night window
    night_start = pw.TextField(default="")  # 'HH:MM', '' = no night price
    night_end = pw.TextField(default="")
    daily_cap = MoneyField(null=True)  # per 24 hours from entry; None = no cap


class ShiftStatus:
    OPEN = "open"
    CLOSED = "closed"


class ParkingShift(BaseModel):
    """班次: one guard or cashier collecting temporary-parking fees; 交班 closes it with the
    cash counted and the difference recorded (final afterwards)."""

    number = pw.TextField(unique=True)
    operator = pw.TextField(index=True)
    post = pw.TextField(default="")  # 岗亭/出入口
    started_at = UtcDateTimeField()
    business_date = pw.DateField(index=True)
    status = pw.TextField(default=ShiftStatus.OPEN)
    ended_at = UtcDateTimeField(null=True)
    expected_cash = MoneyField(null=True)
    counted_cash = MoneyField(null=True)
    difference = MoneyField(null=True)
    handed_to = pw.TextField(default="")
    close_note = pw.TextField(default="")
    closed_by = pw.TextField(default="")


class VisitKind:
    VISIT = "visit"  # one car: plate, in, out, fee from the tariff
    SUMMARY = "summary"  # a count and an amount for the shift (paper tickets)


class ParkingVisit(BaseModel):
    shift = pw.ForeignKeyField(ParkingShift, backref="visits", on_delete="RESTRICT")
    kind = pw.TextField()
    plate = pw.TextField(default="")
    entered_at = UtcDateTimeField(null=True)
    left_at = UtcDateTimeField(null=True)
    tariff = pw.ForeignKeyField(ParkingTariff, null=True, backref="+", on_delete="RESTRICT")
    minutes = pw.IntegerField(default=0)
    vehicles = pw.IntegerField(default=1)
    amount = MoneyField()
    note = pw.TextField(default="")
    recorded_by = pw.TextField(default="")


class InvoiceBook(BaseModel):
    """定额发票 book received from the tax office; numbers first..last inclusive."""

    invoice_type = pw.TextField()
    denomination = MoneyField()
    book_code = pw.TextField(unique=True)
    first_number = pw.IntegerField()
    last_number = pw.IntegerField()
    digits = pw.IntegerField(default=8)
    received_on = pw.DateField(index=True)
    received_from = pw.TextField()
    received_by = pw.TextField(default="")
    written_off_on = pw.DateField(null=True)  # 缴销/核销
    written_off_by = pw.TextField(default="")

    @property
    def size(self) -> int:
        return self.last_number - self.first_number + 1


class InvoiceIssue(BaseModel):
    """领用: a book in one person's hands from `issued_on` until `returned_on`."""

    book = pw.ForeignKeyField(InvoiceBook, backref="issues", on_delete="RESTRICT")
    holder = pw.TextField()
    signature = pw.TextField()
    issued_on = pw.DateField()
    issued_by = pw.TextField(default="")
    returned_on = pw.DateField(null=True)
    returned_by = pw.TextField(default="")


class RangeStatus:
    USED = "used"  # handed out to drivers
    VOID = "void"  # spoilt, kept with its reason
    RETURNED = "returned"  # unused numbers given back (退回)
    ALL = (USED, VOID, RETURNED)


class InvoiceRange(BaseModel):
    """A run of consecutive numbers of one book with one fate; append-only, and each run
    starts right after the previous one of its book."""

    book = pw.ForeignKeyField(InvoiceBook, backref="ranges", on_delete="RESTRICT", index=False)
    first_number = pw.IntegerField()
    last_number = pw.IntegerField()
    status = pw.TextField()
    shift = pw.ForeignKeyField(
        ParkingShift, null=True, backref="invoice_ranges", on_delete="RESTRICT"
    )
    holder = pw.TextField(default="")
    reason = pw.TextField(default="")
    recorded_on = pw.DateField(index=True)
    recorded_by = pw.TextField(default="")

    class Meta:
        indexes = ((("book", "first_number"), True),)

    @property
    def count(self) -> int:
        return self.last_number - self.first_number + 1
