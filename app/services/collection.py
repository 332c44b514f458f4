"""At the counter: collect a unit's charges (and months ahead), allocate, issue the receipt —
all in one transaction. Voids, reprints, waivers and refunds are documents of their own."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import peewee as pw

from app.clock import utcnow
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import Owner, Ownership, Unit
from app.models.billing import (
    Charge,
    ChargeKind,
    DayClose,
    FeeAssignment,
    FeeItem,
    FeeKind,
    Payment,
    PaymentMethodLine,
    PayMethod,
    Receipt,
    ReceiptLine,
)
from app.money import format_money, to_decimal, to_fen
from app.services import audit, settings
from app.services.accounts import late_fee
from app.services.allocation import allocate
from app.services.billing import generate_for_unit, preview_for_unit
from app.services.month_lock import check_day_open
from app.services.numbering import next_number, register_document_type
from app.services.periods import add_months, period_of
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail
from app.services.unit_facts import office_today

register_document_type("receipt", "SJ")

METHOD_NAMES = {  # printed on receipts (documents are Chinese)
    PayMethod.CASH: "现金", PayMethod.WECHAT: "微信", PayMethod.ALIPAY: "支付宝",
    PayMethod.CARD: "银行卡", PayMethod.TRANSFER: "转账", PayMethod.PREPAID: "预存款",
}  # fmt: skip


@dataclass(frozen=True)
class Tender:
    method: str
    amount: Decimal | str


@dataclass
class CollectRequest:
    unit_id: str
    charge_ids: list[str]
    tenders: list[Tender]
    payer: str = ""
    prepay_months: int = 0
    charge_late_fees: bool = True  # False = the manager waives today's late fees
    keep_as_credit: Decimal | str = "0"  # 预存: paid in now, settles later bills by itself
    reference: str | None = None
    source: str = "counter"
    business_date: date | None = None
    remarks: str = ""


@dataclass(frozen=True)
class Quote:
    """What the counter screen shows before the cashier confirms."""

    charges: list[Charge] = field(default_factory=list)
    late_fees: Decimal = Decimal("0.00")
    due: Decimal = Decimal("0.00")


def collect(actor: Actor, request: CollectRequest) -> Receipt:
    require(actor, Cap.BILLING_COLLECT)
    day = request.business_date or office_today()
    tenders = _tenders(request.tenders)
    with transaction():
        _check_day_open(actor, day)
        check_day_open(day)
        unit = get_or_fail(Unit, request.unit_id)
        charges = _chosen_charges(actor, unit, request)
        charges += _late_fee_charges(actor, unit, charges, request, day)
        credit = _credit_amount(request.keep_as_credit)
        due = sum((c.amount - c.settled for c in charges), Decimal("0.00")) + credit
        if due <= 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "Charges: choose at least one unpaid charge or months to pay ahead."
                ),
                field="charges",
            )
        change = _change(tenders, due)
        payment = _payment(actor, unit, request, day, due, tenders, change)
        paid = [(charge, charge.amount - charge.settled) for charge in charges]
        for charge, amount in paid:
            allocate(payment, charge, amount)
        receipt = _issue_receipt(actor, payment, unit, paid, tenders, change, credit)
    return receipt


def quote(actor: Actor, unit_id: str, charge_ids: list[str], on: date | None = None) -> Quote:
    require(actor, Cap.BILLING_VIEW)
    on = on or office_today()
    charges = list(Charge.select().where(Charge.id.in_(charge_ids) & (Charge.unit == unit_id)))
    late = sum(
        (
            late_fee(
                c.amount - c.settled, c.due_date, on, FeeItem.get_by_id(c.fee_item_id).late_fee
            )
            for c in charges
        ),
        Decimal("0.00"),
    )
    due = sum((c.amount - c.settled for c in charges), Decimal("0.00")) + late
    return Quote(charges, late, due)


def _credit_amount(value: Decimal | str) -> Decimal:
    try:
        amount = to_decimal(value) if value not in ("", None) else Decimal("0")
        to_fen(amount)
    except (TypeError, ValueError):
        amount = Decimal(-1)
    if amount < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Prepaid amount: enter a non-negative amount in yuan."),
            field="keep_as_credit",
        )
    return amount


def _tenders(tenders: list[Tender]) -> list[tuple[str, Decimal]]:
    result = []
    for tender in tenders:
        if tender.method not in PayMethod.COUNTER:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Payment method: choose one from the list."),
                field="method",
            )
        try:
            amount = to_decimal(tender.amount)
            to_fen(amount)
        except (TypeError, ValueError):
            amount = Decimal(-1)
        if amount <= 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "Amount: enter a positive amount in yuan with at most two decimals."
                ),
                field="amount",
            )
        result.append((tender.method, amount))
    if not result:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Amount: enter what the payer hands over."), field="amount"
        )
    return result


def _change(tenders: list[tuple[str, Decimal]], due: Decimal) -> Decimal:
    total = sum((a for _m, a in tenders), Decimal("0.00"))
    cash = sum((a for m, a in tenders if m == PayMethod.CASH), Decimal("0.00"))
    if total < due:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Amount: {short} is still missing; the total due is {due}."),
            field="amount",
            short=format_money(due - total),
            due=format_money(due),
        )
    if total - due > cash:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Amount: only cash can be more than the amount due; card, WeChat, Alipay and "
                "transfer must not add up to more than {due}.",
            ),
            field="amount",
            due=format_money(due),
        )
    return total - due


def _check_day_open(actor: Actor, day: date) -> None:
    if (
        DayClose.select()
        .where(
            (DayClose.cashier_id == (actor.user_id or "system")) & (DayClose.business_date == day)
        )
        .exists()
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Date: your day {date} is already closed (日结); no more receipts can be issued on it.",
            ),
            field="business_date",
            date=day.isoformat(),
        )


def _chosen_charges(actor: Actor, unit: Unit, request: CollectRequest) -> list[Charge]:
    ids = list(dict.fromkeys(request.charge_ids))
    charges = list(
        Charge.select().where(Charge.id.in_(ids)).order_by(Charge.period, Charge.created_at)
    )
    if len(charges) != len(ids) or any(c.unit_id != unit.id for c in charges):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Charges: the list changed; reload the unit."), field="charges"
        )
    if any(c.settled >= c.amount for c in charges):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Charges: one of them was paid meanwhile; reload the unit."),
            field="charges",
        )
    if request.prepay_months:
        charges += _prepay(unit, request.prepay_months)
    return charges


def _prepay(unit: Unit, months: int) -> list[Charge]:
    """Bills this unit's monthly items for the next `months` months not yet billed."""
    cap = int(settings.get(settings.PREPAY_CAP_MONTHS))
    if not 0 < months <= cap:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Months ahead: at most {cap} months may be paid in advance."),
            field="prepay_months",
            cap=cap,
        )
    created: list[Charge] = []
    for period in prepay_periods(unit.id, months):
        created += generate_for_unit(unit.id, period)
    if not created:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Months ahead: this unit has no monthly fee items to pay ahead."
            ),
            field="prepay_months",
        )
    return created


def _late_fee_charges(
    actor: Actor, unit: Unit, charges: list[Charge], request: CollectRequest, day: date
) -> list[Charge]:
    items = {i.id: i for i in FeeItem.select()}
    fees = [
        (c, late_fee(c.amount - c.settled, c.due_date, day, items[c.fee_item_id].late_fee))
        for c in charges
        if c.kind != ChargeKind.LATE_FEE
    ]
    fees = [(c, f) for c, f in fees if f > 0]
    if not fees:
        return []
    if not request.charge_late_fees:
        require(actor, Cap.BILLING_WAIVE)
        audit.record(
            actor,
            "late_fee.waive",
            table="unit",
            record_id=unit.id,
            detail=str(sum(f for _c, f in fees)),
        )
        return []
    return [
        Charge.create(
            unit=unit,
            fee_item=c.fee_item_id,
            kind=ChargeKind.LATE_FEE,
            period=period_of(day),
            period_start=c.due_date,
            period_end=day,
            due_date=day,
            quantity=Decimal((day - c.due_date).days),
            unit_price=Decimal(settings.get(settings.LATE_FEE_DAILY_RATE)),
            amount=fee,
            description=f"违约金 {c.period}",
        )
        for c, fee in fees
    ]


def _payment(
    actor: Actor,
    unit: Unit,
    request: CollectRequest,
    day: date,
    due: Decimal,
    tenders: list[tuple[str, Decimal]],
    change: Decimal,
) -> Payment:
    if (
        request.reference
        and Payment.select().where(Payment.reference == request.reference).exists()
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Reference: {reference} was already paid in; the same payment can't be entered twice.",
            ),
            field="reference",
            reference=request.reference,
        )
    payment = Payment.create(
        unit=unit,
        payer=request.payer.strip() or current_owner_names(unit.id) or unit.code,
        amount=due,
        tendered=due + change,
        business_date=day,
        paid_at=utcnow(),
        cashier_id=actor.user_id,
        cashier_name=actor.display_name,
        source=request.source,
        reference=request.reference or None,
        remarks=request.remarks,
    )
    for method, amount in tenders:
        kept = amount - change if method == PayMethod.CASH else amount
        change -= amount - kept
        if kept > 0:
            PaymentMethodLine.create(payment=payment, method=method, amount=kept)
    return payment


def _issue_receipt(
    actor: Actor,
    payment: Payment,
    unit: Unit,
    paid: list[tuple[Charge, Decimal]],
    tenders: list[tuple[str, Decimal]],
    change: Decimal,
    credit: Decimal,
) -> Receipt:
    number = next_number("receipt", payment.business_date.year)
    methods = "、".join(f"{METHOD_NAMES[m]} {a:,.2f}" for m, a in tenders)
    if change:
        methods += f"（找零 {change:,.2f}）"
    receipt = Receipt.create(
        number=number.text,
        year=number.year,
        sequence=number.sequence,
        payment=payment,
        unit=unit,
        unit_code=unit.code,
        payer=payment.payer,
        total=payment.amount,
        methods_text=methods,
        business_date=payment.business_date,
        issued_at=utcnow(),
        cashier_id=actor.user_id,
        cashier_name=actor.display_name,
    )
    items = {i.id: i.name for i in FeeItem.select(FeeItem.id, FeeItem.name)}
    for line_no, (charge, amount) in enumerate(paid, 1):
        ReceiptLine.create(
            receipt=receipt,
            charge=charge,
            item_name=items[charge.fee_item_id],
            period_text=_period_text(charge),
            amount=amount,
            line_no=line_no,
        )
    if credit:
        ReceiptLine.create(
            receipt=receipt,
            charge=None,
            item_name="预存款",
            period_text="",
            amount=credit,
            line_no=len(paid) + 1,
        )
    audit.record(
        actor,
        "receipt.issue",
        table="receipt",
        record_id=receipt.id,
        after={"number": receipt.number, "unit": unit.code, "total": str(receipt.total)},
    )
    return receipt


def _period_text(charge: Charge) -> str:
    if charge.kind == ChargeKind.LATE_FEE:
        return charge.description
    start, end = charge.period_start, charge.period_end
    if start.day == 1 and not charge.description:
        return charge.period
    # The year always shows, once if the span stays in one year: a carried-over
    # 2025-02-01至2026-07-31 printed as 02-01至07-31 would name the wrong months.
    return f"{start:%Y-%m-%d}至{end:%m-%d}" if start.year == end.year else f"{start}至{end}"


def current_owner_names(unit_id: str) -> str:
    names = (
        Owner.select(Owner.name)
        .join(Ownership)
        .where((Ownership.unit == unit_id) & Ownership.end_date.is_null())
        .order_by(Ownership.start_date)
    )
    return "、".join(o.name for o in names)


def running_monthly_items(unit_id: str) -> list[FeeItem]:
    return list(
        FeeItem.select()
        .join(FeeAssignment)
        .where(
            (FeeAssignment.unit == unit_id)
            & FeeAssignment.end_date.is_null()
            & FeeItem.kind.in_(FeeKind.MONTHLY)
        )
    )


def prepay_periods(unit_id: str, months: int) -> list[str]:
    """The months a payment ahead of `months` would cover, after the last billed one."""
    last_billed = (
        Charge.select(pw.fn.MAX(Charge.period))
        .where((Charge.unit == unit_id) & (Charge.kind == ChargeKind.BILL))
        .scalar()
    )
    start = add_months(last_billed, 1) if last_billed else period_of(office_today())
    return [add_months(start, offset) for offset in range(months)]


def prepay_quote(actor: Actor, unit_id: str, months: int) -> Decimal:
    require(actor, Cap.BILLING_VIEW)
    if months <= 0:
        return Decimal("0.00")
    return preview_for_unit(unit_id, prepay_periods(unit_id, months))
