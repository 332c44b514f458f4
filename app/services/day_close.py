"""Day close (日结) per cashier: what the cashier took in on a business day, by payment method
and by fee item, the voids and refunds of that day, and the net; closing stores that report.

After the close the cashier issues no more receipts on that day (collection checks), and the
day's figures never change: a manager's void of one of its receipts is dated the day it is
made, so it shows on that later day's report (RULES.md). The report of a closed day is
recomputed the same way and must still equal the stored snapshot.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

import peewee as pw

from app.clock import utcnow
from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from app.models.archive import Unit
from app.models.auth import User
from app.models.billing import (
    Charge,
    ChargeKind,
    DayClose,
    FeeItem,
    PaymentMethodLine,
    PayMethod,
    Receipt,
    ReceiptLine,
    ReceiptVoid,
    Refund,
)
from app.money import from_fen
from app.services import audit
from app.services.accounts import fen_sum
from app.services.permissions import Actor, Cap, require
from app.services.unit_facts import check_not_future

SYSTEM_CASHIER = "system"  # the key collection uses for the command-line (system) actor
METHOD_ORDER = (*PayMethod.COUNTER, PayMethod.PREPAID)
LATE_FEE_SUFFIX = "（违约金）"  # printed: documents are Chinese
CREDIT_ITEM = "预存款"  # the receipt line of money paid ahead (collection) and its refunds
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ReceiptEntry:
    number: str
    unit_code: str
    payer: str
    total: Decimal
    methods_text: str
    issued_at: datetime
    voided_on: date | None  # for information only: a later void belongs to its own day


@dataclass(frozen=True)
class VoidEntry:
    number: str
    unit_code: str
    receipt_date: date  # the day the receipt was issued (earlier for a void after close)
    amount: Decimal
    reason: str
    voided_by: str
    voided_at: datetime


@dataclass(frozen=True)
class RefundEntry:
    number: str
    unit_code: str
    amount: Decimal
    method: str
    item: str  # the deposit's fee item, or 预存款 for prepaid credit given back
    reason: str
    approved_by: str


@dataclass(frozen=True)
class Line:
    """One method or fee item: taken in, minus voids and refunds of the day."""

    key: str  # method code, or the fee item's printed name
    collected: Decimal = ZERO
    voided: Decimal = ZERO
    refunded: Decimal = ZERO

    @property
    def net(self) -> Decimal:
        return self.collected - self.voided - self.refunded


@dataclass
class DayReport:
    cashier_id: str
    cashier_name: str
    day: date
    receipts: list[ReceiptEntry] = field(default_factory=list)
    voids: list[VoidEntry] = field(default_factory=list)
    refunds: list[RefundEntry] = field(default_factory=list)
    by_method: list[Line] = field(default_factory=list)
    by_item: list[Line] = field(default_factory=list)
    closed_at: datetime | None = None
    stored_totals: dict | None = None  # the snapshot taken at the close

    @property
    def collected(self) -> Decimal:
        return sum((r.total for r in self.receipts), ZERO)

    @property
    def voided(self) -> Decimal:
        return sum((v.amount for v in self.voids), ZERO)

    @property
    def refunded(self) -> Decimal:
        return sum((r.amount for r in self.refunds), ZERO)

    @property
    def net(self) -> Decimal:
        return self.collected - self.voided - self.refunded

    @property
    def closed(self) -> bool:
        return self.closed_at is not None

    @property
    def matches_close(self) -> bool:
        """False would mean the closed day changed afterwards (it must not)."""
        return self.stored_totals is None or self.stored_totals == self.totals()

    def totals(self) -> dict:
        """The JSON snapshot a close stores (amounts as exact text)."""

        def line(x: Line) -> dict[str, str]:
            return {
                "collected": str(x.collected),
                "voided": str(x.voided),
                "refunded": str(x.refunded),
                "net": str(x.net),
            }

        return {
            "cashier_id": self.cashier_id,
            "date": self.day.isoformat(),
            "receipts": len(self.receipts),
            "receipt_numbers": [r.number for r in self.receipts],
            "collected": str(self.collected),
            "voided": str(self.voided),
            "refunded": str(self.refunded),
            "net": str(self.net),
            "by_method": {x.key: line(x) for x in self.by_method},
            "by_item": {x.key: line(x) for x in self.by_item},
            "voids": [
                {
                    "number": v.number,
                    "amount": str(v.amount),
                    "reason": v.reason,
                    "voided_by": v.voided_by,
                }
                for v in self.voids
            ],
            "refunds": [
                {"number": r.number, "amount": str(r.amount), "method": r.method}
                for r in self.refunds
            ],
        }


def cashier_key(actor: Actor) -> str:
    return actor.user_id or SYSTEM_CASHIER


def _by_cashier(column: pw.Field, cashier_id: str) -> pw.Expression:
    return column.is_null() if cashier_id == SYSTEM_CASHIER else column == cashier_id


def day_report(actor: Actor, cashier_id: str, day: date) -> DayReport:
    """One cashier's day; another cashier's day needs the report permission."""
    require(actor, Cap.BILLING_VIEW)
    if cashier_id != cashier_key(actor):
        require(actor, Cap.REPORT_VIEW)
    return _report(cashier_id, day)


def day_reports(actor: Actor, day: date) -> list[DayReport]:
    """Every cashier who took money, had a receipt voided, refunded or closed on `day`."""
    require(actor, Cap.REPORT_VIEW)
    return [_report(cashier_id, day) for cashier_id in cashiers_of_day(day)]


def is_closed(cashier_id: str, day: date) -> bool:
    return (
        DayClose.select()
        .where((DayClose.cashier_id == cashier_id) & (DayClose.business_date == day))
        .exists()
    )


def close_day(actor: Actor, day: date) -> DayClose:
    """Closes the actor's own day: no more receipts on it; the report is stored."""
    require(actor, Cap.BILLING_DAY_CLOSE)
    check_not_future(day, "business_date", QT_TRANSLATE_NOOP("app", "Date"))
    key = cashier_key(actor)
    with transaction():
        if is_closed(key, day):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "Date: your day {date} is already closed (日结); it can be closed once."
                ),
                field="business_date",
                date=day.isoformat(),
            )
        report = _report(key, day)
        totals = report.totals()
        row = DayClose.create(
            cashier_id=key,
            cashier_name=actor.display_name,
            business_date=day,
            closed_at=utcnow(),
            totals=json.dumps(totals, ensure_ascii=False, sort_keys=True),
        )
        audit.record(
            actor,
            "day.close",
            table="day_close",
            record_id=row.id,
            after={
                k: totals[k] for k in ("date", "receipts", "collected", "voided", "refunded", "net")
            },
        )
    return row


def find_cashier(actor: Actor, username: str) -> str:
    """The cashier key of a user name (for the command line)."""
    require(actor, Cap.BILLING_VIEW)
    if username == SYSTEM_CASHIER:
        return SYSTEM_CASHIER
    user = User.get_or_none(User.username == username.strip())
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "There is no user {username}."), username=username)
    return user.id


def cashiers_of_day(day: date) -> list[str]:
    keys: set[str] = set()
    for query in (
        Receipt.select(Receipt.cashier_id).where(Receipt.business_date == day),
        Receipt.select(Receipt.cashier_id)
        .join(ReceiptVoid)
        .where(ReceiptVoid.business_date == day),
        Refund.select(Refund.cashier_id).where(Refund.business_date == day),
        DayClose.select(DayClose.cashier_id).where(DayClose.business_date == day),
    ):
        keys |= {value or SYSTEM_CASHIER for (value,) in query.distinct().tuples()}
    return sorted(keys, key=lambda k: (_cashier_name(k), k))


def _cashier_name(cashier_id: str) -> str:
    if cashier_id == SYSTEM_CASHIER:
        return SYSTEM_CASHIER
    user = User.get_or_none(User.id == cashier_id)
    return user.display_name if user else cashier_id


# --- the report ------------------------------------------------------------------------


def _report(cashier_id: str, day: date) -> DayReport:
    issued = (Receipt.business_date == day) & _by_cashier(Receipt.cashier_id, cashier_id)
    voided = (ReceiptVoid.business_date == day) & _by_cashier(Receipt.cashier_id, cashier_id)
    report = DayReport(cashier_id, _cashier_name(cashier_id), day)
    report.receipts = _receipts(issued)
    report.voids = _voids(voided)
    report.refunds = _refunds(cashier_id, day)
    report.by_method = _method_lines(issued, voided, report.refunds)
    report.by_item = _item_lines(issued, voided, report.refunds)
    closed = DayClose.get_or_none(
        (DayClose.cashier_id == cashier_id) & (DayClose.business_date == day)
    )
    if closed is not None:
        report.cashier_name = closed.cashier_name
        report.closed_at = closed.closed_at
        report.stored_totals = json.loads(closed.totals)
    return report


def _receipts(issued: pw.Expression) -> list[ReceiptEntry]:
    query = (
        Receipt.select(Receipt, ReceiptVoid.business_date.alias("voided_on"))
        .join(ReceiptVoid, pw.JOIN.LEFT_OUTER, on=(ReceiptVoid.receipt == Receipt.id))
        .where(issued)
        .order_by(Receipt.year, Receipt.sequence)
        .objects()
    )
    return [
        ReceiptEntry(
            r.number,
            r.unit_code,
            r.payer,
            r.total,
            r.methods_text,
            r.issued_at,
            date.fromisoformat(r.voided_on) if isinstance(r.voided_on, str) else r.voided_on,
        )
        for r in query
    ]


def _voids(voided: pw.Expression) -> list[VoidEntry]:
    query = (
        ReceiptVoid.select(ReceiptVoid, Receipt)
        .join(Receipt)
        .where(voided)
        .order_by(ReceiptVoid.voided_at)
    )
    return [
        VoidEntry(
            v.receipt.number,
            v.receipt.unit_code,
            v.receipt.business_date,
            v.receipt.total,
            v.reason,
            v.voided_by,
            v.voided_at,
        )
        for v in query
    ]


def _refunds(cashier_id: str, day: date) -> list[RefundEntry]:
    """Refunds of the day paid out by this cashier (the refund row names the cashier)."""
    query = (
        Refund.select(Refund, Unit.code.alias("unit_code"), FeeItem.name.alias("item_name"))
        .join(Unit)
        .switch(Refund)
        .join(Charge, pw.JOIN.LEFT_OUTER)
        .join(FeeItem, pw.JOIN.LEFT_OUTER)
        .where((Refund.business_date == day) & _by_cashier(Refund.cashier_id, cashier_id))
        .order_by(Refund.refunded_at)
        .objects()
    )
    return [
        RefundEntry(
            r.number,
            r.unit_code,
            r.amount,
            r.method,
            r.item_name or CREDIT_ITEM,
            r.reason,
            r.approved_by,
        )
        for r in query
    ]


def _method_sums(condition: pw.Expression, voids: bool) -> dict[str, Decimal]:
    query = PaymentMethodLine.select(
        PaymentMethodLine.method, fen_sum(PaymentMethodLine.amount)
    ).join(Receipt, on=(Receipt.payment == PaymentMethodLine.payment))
    if voids:
        query = query.join(ReceiptVoid, on=(ReceiptVoid.receipt == Receipt.id))
    query = query.where(condition).group_by(PaymentMethodLine.method)
    return {method: from_fen(int(fen)) for method, fen in query.tuples()}


def _method_lines(
    issued: pw.Expression, voided: pw.Expression, refunds: list[RefundEntry]
) -> list[Line]:
    collected = _method_sums(issued, voids=False)
    cancelled = _method_sums(voided, voids=True)
    refunded: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for refund in refunds:
        refunded[refund.method] += refund.amount
    methods = set(collected) | set(cancelled) | set(refunded)
    order = {m: i for i, m in enumerate(METHOD_ORDER)}
    return [
        Line(m, collected.get(m, ZERO), cancelled.get(m, ZERO), refunded.get(m, ZERO))
        for m in sorted(methods, key=lambda m: (order.get(m, len(order)), m))
    ]


def _item_sums(condition: pw.Expression, voids: bool) -> dict[str, tuple[int, Decimal]]:
    """printed item name → (sort position, amount); a late fee is its own line, the prepaid
    part of a receipt (no charge) comes last."""
    query = (
        ReceiptLine.select(
            ReceiptLine.item_name,
            Charge.kind,
            pw.fn.MIN(FeeItem.sort_order),
            fen_sum(ReceiptLine.amount),
        )
        .join(Receipt)
        .switch(ReceiptLine)
        .join(Charge, pw.JOIN.LEFT_OUTER)
        .join(FeeItem, pw.JOIN.LEFT_OUTER)
    )
    if voids:
        query = query.switch(Receipt).join(ReceiptVoid, on=(ReceiptVoid.receipt == Receipt.id))
    query = query.where(condition).group_by(ReceiptLine.item_name, Charge.kind)
    sums: dict[str, tuple[int, Decimal]] = {}
    for name, kind, order, fen in query.tuples():
        label = name + LATE_FEE_SUFFIX if kind == ChargeKind.LATE_FEE else name
        position = (order if order is not None else 10**6) * 2 + (kind == ChargeKind.LATE_FEE)
        previous = sums.get(label, (position, ZERO))
        sums[label] = (min(previous[0], position), previous[1] + from_fen(int(fen)))
    return sums


def _item_lines(
    issued: pw.Expression, voided: pw.Expression, refunds: list[RefundEntry]
) -> list[Line]:
    collected = _item_sums(issued, voids=False)
    cancelled = _item_sums(voided, voids=True)
    refunded: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for refund in refunds:
        refunded[refund.item] += refund.amount
    labels = {label: (10**7, ZERO) for label in refunded} | cancelled | collected
    return [
        Line(
            label,
            collected.get(label, (0, ZERO))[1],
            cancelled.get(label, (0, ZERO))[1],
            refunded.get(label, ZERO),
        )
        for label in sorted(labels, key=lambda x: (labels[x][0], x))
    ]
