"""A unit's statement (对账单) over a date range: the balance brought forward, then every
charge, payment, void, waiver and refund in date order with the running balance.

Balance = what the unit owes minus what it has paid ahead: charges add to it (on their due
date), payments take from it (on their business date), a void puts the payment back (on
the void's day), waivers take from it, a refund of prepaid money adds back. A deposit
returned is shown both ways (paid out, and the deposit charge released), so it leaves the
balance alone. Over all dates the closing balance equals the account's owed − credit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import peewee as pw

from app.clock import to_local
from app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.models.archive import Unit
from app.models.billing import (
    Charge,
    ChargeKind,
    FeeItem,
    Payment,
    Receipt,
    ReceiptVoid,
    Refund,
    Waiver,
)
from app.services import settings
from app.services.collection import current_owner_names
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail

ZERO = Decimal("0.00")
# Order of the kinds of entry within one day: what was billed, then what settled it.
CHARGE, PAYMENT, WAIVER, REFUND, VOID = "charge", "payment", "waiver", "refund", "void"
_DAY_ORDER = {CHARGE: 0, PAYMENT: 1, WAIVER: 2, REFUND: 3, VOID: 4}


@dataclass(frozen=True)
class Entry:
    day: date
    kind: str  # charge / payment / waiver / refund / void
    description: str  # printed on the statement (Chinese)
    number: str  # receipt, waiver or refund number; "" for a charge
    debit: Decimal  # adds to what is owed
    credit: Decimal  # takes from it
    sort_key: str = ""


@dataclass(frozen=True)
class StatementLine:
    entry: Entry
    balance: Decimal


@dataclass
class Statement:
    unit_id: str
    unit_code: str
    owners: str
    date_from: date
    date_to: date
    opening: Decimal
    lines: list[StatementLine] = field(default_factory=list)

    @property
    def closing(self) -> Decimal:
        return self.lines[-1].balance if self.lines else self.opening

    @property
    def debit_total(self) -> Decimal:
        return sum((x.entry.debit for x in self.lines), ZERO)

    @property
    def credit_total(self) -> Decimal:
        return sum((x.entry.credit for x in self.lines), ZERO)


def unit_statement(actor: Actor, unit_id: str, date_from: date, date_to: date) -> Statement:
    require(actor, Cap.BILLING_VIEW)
    if date_from > date_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "To: the end date must not be before the start date."),
            field="date_to",
        )
    unit = get_or_fail(Unit, unit_id)
    entries = sorted(
        _entries(unit.id), key=lambda e: (e.day, _DAY_ORDER[e.kind], e.sort_key, e.number)
    )
    opening = sum((e.debit - e.credit for e in entries if e.day < date_from), ZERO)
    statement = Statement(
        unit.id, unit.code, current_owner_names(unit.id), date_from, date_to, opening
    )
    balance = opening
    for entry in entries:
        if date_from <= entry.day <= date_to:
            balance += entry.debit - entry.credit
            statement.lines.append(StatementLine(entry, balance))
    return statement


def unit_id_of(actor: Actor, code: str) -> str:
    """The id of the unit with this code (3-2-1201), for the command line."""
    require(actor, Cap.BILLING_VIEW)
    unit = Unit.get_or_none(Unit.code == code.strip())
    if unit is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no unit {unit}."), unit=code)
    return unit.id


def _entries(unit_id: str) -> list[Entry]:
    return [
        *_charges(unit_id),
        *_payments(unit_id),
        *_voids(unit_id),
        *_waivers(unit_id),
        *_refunds(unit_id),
    ]


def _charges(unit_id: str) -> list[Entry]:
    query = (
        Charge.select(Charge, FeeItem.name.alias("item"))
        .join(FeeItem)
        .where(Charge.unit == unit_id)
        .order_by(Charge.period, FeeItem.sort_order, Charge.created_at)
        .objects()
    )
    entries = []
    for position, c in enumerate(query):
        if c.kind == ChargeKind.BILL:
            text = f"{c.period} {c.item}" + (f"（{c.description}）" if c.description else "")
        else:
            text = f"{c.item} {c.description or c.period}"
        debit, credit = (c.amount, ZERO) if c.amount >= 0 else (ZERO, -c.amount)
        entries.append(Entry(c.due_date, CHARGE, text, "", debit, credit, f"{position:08d}"))
    return entries


def _payments(unit_id: str) -> list[Entry]:
    query = (
        Payment.select(Payment, Receipt.number.alias("number"), Receipt.methods_text.alias("how"))
        .join(Receipt, pw.JOIN.LEFT_OUTER, on=(Receipt.payment == Payment.id))
        .where(Payment.unit == unit_id)
        .order_by(Payment.paid_at)
        .objects()
    )
    return [
        Entry(
            p.business_date,
            PAYMENT,
            f"收款 {p.how or p.remarks}".strip(),
            p.number or "",
            ZERO,
            p.amount,
            p.paid_at.isoformat(),
        )
        for p in query
    ]


def _voids(unit_id: str) -> list[Entry]:
    query = (
        ReceiptVoid.select(ReceiptVoid, Receipt)
        .join(Receipt)
        .where(Receipt.unit == unit_id)
        .order_by(ReceiptVoid.voided_at)
    )
    return [
        Entry(
            v.business_date,
            VOID,
            f"收据作废：{v.reason}",
            v.receipt.number,
            v.receipt.total,
            ZERO,
            v.voided_at.isoformat(),
        )
        for v in query
    ]


def _waivers(unit_id: str) -> list[Entry]:
    zone = settings.get(settings.TIMEZONE)
    query = (
        Waiver.select(Waiver, Charge.period.alias("period"), FeeItem.name.alias("item"))
        .join(Charge)
        .join(FeeItem)
        .where(Charge.unit == unit_id)
        .order_by(Waiver.approved_at)
        .objects()
    )
    return [
        Entry(
            to_local(w.approved_at, zone).date(),
            WAIVER,
            f"减免 {w.period} {w.item}：{w.reason}",
            w.number,
            ZERO,
            w.amount,
            w.approved_at.isoformat(),
        )
        for w in query
    ]


def _refunds(unit_id: str) -> list[Entry]:
    query = Refund.select().where(Refund.unit == unit_id).order_by(Refund.refunded_at)
    entries = []
    for r in query:
        deposit = r.charge_id is not None
        text = f"退押金：{r.reason}" if deposit else f"退预存款：{r.reason}"
        # A deposit refund pays money out and releases the deposit held: net nil.
        credit = r.amount if deposit else ZERO
        entries.append(
            Entry(
                r.business_date, REFUND, text, r.number, r.amount, credit, r.refunded_at.isoformat()
            )
        )
    return entries
