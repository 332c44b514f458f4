"""After a receipt is issued: voids (作废, the number kept), prints and reprints (补打),
waivers (减免) and refunds (退款). Each is a record of its own; nothing issued is edited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import peewee as pw

from app.clock import utcnow
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.models.billing import (
    Allocation,
    Charge,
    ChargeKind,
    DayClose,
    Receipt,
    ReceiptLine,
    ReceiptPrint,
    ReceiptVoid,
    Refund,
    Waiver,
)
from app.money import format_money, to_decimal, to_fen
from app.services import audit
from app.services.accounts import fen_sum, unit_credit
from app.services.allocation import allocate
from app.services.month_lock import check_day_open
from app.services.numbering import next_number, register_document_type
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, required_text
from app.services.unit_facts import office_today

register_document_type("waiver", "JM")
register_document_type("refund", "TK")


@dataclass(frozen=True)
class ReceiptView:
    receipt: Receipt
    lines: list[ReceiptLine]
    void: ReceiptVoid | None
    print_count: int


def find_receipt(actor: Actor, number: str) -> Receipt:
    require(actor, Cap.BILLING_VIEW)
    receipt = Receipt.get_or_none(Receipt.number == number.strip().upper())
    if receipt is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no receipt {number}."), number=number)
    return receipt


def receipt_view(actor: Actor, receipt_id: str) -> ReceiptView:
    require(actor, Cap.BILLING_VIEW)
    receipt = get_or_fail(Receipt, receipt_id)
    lines = list(
        ReceiptLine.select().where(ReceiptLine.receipt == receipt).order_by(ReceiptLine.line_no)
    )
    void = ReceiptVoid.get_or_none(ReceiptVoid.receipt == receipt)
    prints = ReceiptPrint.select().where(ReceiptPrint.receipt == receipt).count()
    return ReceiptView(receipt, lines, void, prints)


def _reason(reason: str) -> str:
    text = required_text(reason, "reason", QT_TRANSLATE_NOOP("app", "Reason"), 200)
    if len(text) < 2:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Reason: say why, in a few words."), field="reason"
        )
    return text


def void_receipt(
    actor: Actor, receipt_id: str, reason: str, business_date: date | None = None
) -> ReceiptVoid:
    """作废: the receipt keeps its number, its allocations are reversed, every copy prints
    作废 from now on. The void is dated today (or an earlier day that is still open), so a
    void after the day close shows on the next day's report and never changes a closed day."""
    require(actor, Cap.RECEIPT_VOID)
    reason = _reason(reason)
    with transaction():
        receipt = get_or_fail(Receipt, receipt_id)
        if ReceiptVoid.select().where(ReceiptVoid.receipt == receipt).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Receipt {number} is already void."),
                field="receipt",
                number=receipt.number,
            )
        originals = Allocation.select().where(
            (Allocation.payment == receipt.payment_id) & Allocation.reverses.is_null()
        )
        for original in list(originals):
            allocate(original.payment, original.charge, -original.amount, reverses=original)
        day = _void_day(receipt, business_date)
        check_day_open(day)  # a closed month takes no void dated in it
        void = ReceiptVoid.create(
            receipt=receipt,
            reason=reason,
            voided_by=actor.display_name,
            voided_at=utcnow(),
            business_date=day,
        )
        if unit_credit(receipt.unit_id) < 0:  # its prepaid money was refunded meanwhile
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Receipt {number}: part of its prepaid money was already refunded; "
                    "void the refund's effect first with a new charge, or leave the receipt.",
                ),
                field="receipt",
                number=receipt.number,
            )
        audit.record(
            actor,
            "receipt.void",
            table="receipt",
            record_id=receipt.id,
            after={"number": receipt.number, "reason": reason},
        )
    return void


def _void_day(receipt: Receipt, day: date | None) -> date:
    """Today, or the next day when today is already closed (RULES.md: voids after the day
    close show on the next day); an explicit earlier day must still be open."""
    today = office_today()
    if day is None:
        return today + timedelta(days=1) if _closed(receipt, today) else today
    if day > today or day < receipt.business_date or _closed(receipt, day):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Date: a void is dated today or an earlier day that is not closed yet."
            ),
            field="business_date",
        )
    return day


def _closed(receipt: Receipt, day: date) -> bool:
    cashier = receipt.cashier_id or "system"
    return (
        DayClose.select()
        .where((DayClose.cashier_id == cashier) & (DayClose.business_date == day))
        .exists()
    )


def record_print(actor: Actor, receipt_id: str) -> int:
    """Logs a print; returns which print this is (1 = original, 2+ = 补打)."""
    require(actor, Cap.BILLING_VIEW)
    with transaction():
        receipt = get_or_fail(Receipt, receipt_id)
        earlier = ReceiptPrint.select().where(ReceiptPrint.receipt == receipt).count()
        ReceiptPrint.create(
            receipt=receipt, printed_at=utcnow(), printed_by=actor.display_name, reprint=earlier > 0
        )
        if earlier:
            audit.record(
                actor,
                "receipt.reprint",
                table="receipt",
                record_id=receipt.id,
                detail=f"{receipt.number} print {earlier + 1}",
            )
    return earlier + 1


def _amount(value: object, limit: Decimal) -> Decimal:
    try:
        amount = to_decimal(value)  # type: ignore[arg-type]
        to_fen(amount)
    except (TypeError, ValueError):
        amount = Decimal(-1)
    if amount <= 0 or amount > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Amount: enter a positive amount up to {limit}."),
            field="amount",
            limit=format_money(limit),
        )
    return amount


def waive(actor: Actor, charge_id: str, amount: object, reason: str) -> Waiver:
    """减免 part or all of an unpaid charge (manager), as a numbered document."""
    require(actor, Cap.BILLING_WAIVE)
    reason = _reason(reason)
    with transaction():
        charge = get_or_fail(Charge, charge_id)
        value = _amount(amount, charge.amount - charge.settled)
        number = next_number("waiver", office_today().year)
        waiver = Waiver.create(
            number=number.text,
            charge=charge,
            amount=value,
            reason=reason,
            approved_by=actor.display_name,
            approved_at=utcnow(),
        )
        Charge.update(settled=Charge.settled + pw.Value(to_fen(value), converter=False)).where(
            Charge.id == charge.id
        ).execute()
        audit.record(
            actor,
            "charge.waive",
            table="charge",
            record_id=charge.id,
            after={"number": waiver.number, "amount": str(value), "reason": reason},
        )
    return waiver


def refund_credit(actor: Actor, unit_id: str, amount: object, method: str, reason: str) -> Refund:
    """退款 of money paid ahead and not yet used."""
    require(actor, Cap.BILLING_REFUND)
    reason = _reason(reason)
    with transaction():
        value = _amount(amount, unit_credit(unit_id))
        return _refund(actor, unit_id, None, value, method, reason)


def refund_deposit(
    actor: Actor, charge_id: str, amount: object, method: str, reason: str
) -> Refund:
    """Gives back a paid deposit (装修押金), whole or less deductions."""
    require(actor, Cap.BILLING_REFUND)
    reason = _reason(reason)
    with transaction():
        charge = get_or_fail(Charge, charge_id)
        if charge.kind != ChargeKind.DEPOSIT:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Charge: only a deposit can be refunded this way."),
                field="charge",
            )
        refunded = Refund.select(fen_sum(Refund.amount)).where(Refund.charge == charge).scalar()
        value = _amount(amount, charge.settled - Decimal(int(refunded)) / 100)
        return _refund(actor, charge.unit_id, charge, value, method, reason)


def _refund(
    actor: Actor, unit_id: str, charge: Charge | None, amount: Decimal, method: str, reason: str
) -> Refund:
    check_day_open(office_today())
    number = next_number("refund", office_today().year)
    refund = Refund.create(
        number=number.text,
        unit=unit_id,
        charge=charge,
        amount=amount,
        method=method,
        reason=reason,
        approved_by=actor.display_name,
        refunded_at=utcnow(),
        business_date=office_today(),
        cashier_id=actor.user_id,
        cashier_name=actor.display_name,
    )
    audit.record(
        actor,
        "refund.issue",
        table="refund",
        record_id=refund.id,
        after={"number": refund.number, "amount": str(amount), "reason": reason},
    )
    return refund


RECEIPT_SORT = {
    "number": Receipt.number,
    "business_date": Receipt.business_date,
    "unit_code": Receipt.unit_code,
    "total": Receipt.total,
}


def receipts_query(actor: Actor) -> pw.Select:
    """Receipts newest first, with whether each is void and how often it was printed."""
    require(actor, Cap.BILLING_VIEW)
    voided = ReceiptVoid.select(ReceiptVoid.reason).where(ReceiptVoid.receipt == Receipt.id)
    prints = ReceiptPrint.select(pw.fn.COUNT(ReceiptPrint.id)).where(
        ReceiptPrint.receipt == Receipt.id
    )
    return Receipt.select(
        Receipt.id,
        Receipt.number,
        Receipt.business_date,
        Receipt.unit_code,
        Receipt.payer,
        Receipt.total,
        Receipt.methods_text,
        Receipt.cashier_name,
        voided.alias("void_reason"),
        prints.alias("prints"),
    )


def filter_receipts(query: pw.Select, text: str = "", day: date | None = None) -> pw.Select:
    text = text.strip().upper()
    if text:
        query = query.where(Receipt.number.contains(text) | Receipt.unit_code.startswith(text))
    if day:
        query = query.where(Receipt.business_date == day)
    return query


def receipts_of_unit(actor: Actor, unit_id: str, limit: int = 50) -> list[dict]:
    """The unit's latest receipts for its record dialog."""
    return list(
        receipts_query(actor)
        .where(Receipt.unit == unit_id)
        .order_by(Receipt.business_date.desc(), Receipt.number.desc())
        .limit(limit)
        .dicts()
    )
