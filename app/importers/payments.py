"""Payments from a bank or WeChat/Alipay statement, one row each: unit, amount, method,
date, reference. Every row is checked first and every problem reported at once; only a file
without a single problem is written, in one transaction.

Each row is taken in as at the counter, through `collection.collect` (payment, allocation,
numbered receipt; source "import", the row's reference and date): the unit's open charges
are settled oldest first, each in full, while the money covers the next whole charge (with
its late fee when those are on). The rest is receipted as 预存款 (prepaid) and at once set
against the next open charge, which is left partly paid, so the arrears figure is right the
same day; a unit that owes nothing keeps the whole amount as prepaid credit, which the next
bills use up by themselves. A reference already in the file or in the database is refused:
the same money is never taken twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

import peewee as pw

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.importers import payment_book as book
from app.importers.rows import (
    DUPLICATE_IN_FILE,
    NOT_A_CHOICE,
    REQUIRED,
    TOO_LONG,
    ImportReport,
    Problems,
    Row,
    Table,
    cell_text,
    code_text,
    read_workbook,
)
from app.models.archive import Unit
from app.models.billing import Charge, DayClose, FeeItem, Payment, Receipt
from app.services import audit
from app.services.accounts import late_fee
from app.services.allocation import allocate
from app.services.collection import CollectRequest, Tender, collect
from app.services.permissions import Actor, Cap, require
from app.services.unit_facts import office_today
from app.validation import InvalidValue, parse_date, to_halfwidth

__all__ = ["import_payments", "write_template"]

write_template = book.write_template

UNKNOWN_UNIT = QT_TRANSLATE_NOOP(
    "import",
    "There is no unit {value}. Write the unit code as the program shows it, e.g. 3-2-1201.",
)
REFERENCE_USED = QT_TRANSLATE_NOOP(
    "import",
    "The reference {value} was already taken in (receipt {receipt}); a payment is imported "
    "once. Delete this row.",
)
REFERENCE_AS_NUMBER = QT_TRANSLATE_NOOP(
    "import",
    "Excel stored this reference as a number and lost digits. Format the column as text and "
    "type the reference again.",
)
AFTER_TODAY = QT_TRANSLATE_NOOP(
    "import", "The date {value} is after today; write the day the money arrived."
)
DAY_CLOSED = QT_TRANSLATE_NOOP(
    "import",
    "The day {value} is already closed (日结); no more receipts can be issued on it. Ask the "
    "manager.",
)
REFUSED = QT_TRANSLATE_NOOP("import", "This payment was refused: {problem}")

MAX_AMOUNT = Decimal("10000000")
MAX_REFERENCE, MAX_PAYER, MAX_REMARKS = 64, 100, 200
IN_CHUNK = 500
CENT = Decimal("0.01")


# ---------------------------------------------------------------------------- values


def parse_amount(value: object) -> Decimal:
    """Yuan received: a number cell or text such as '1,234.50', '¥600', '６００元'."""
    if isinstance(value, bool):
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "not a number"))
    if isinstance(value, float):
        text = format(value, ".15g")  # what Excel shows: 15 significant digits
    else:
        text = to_halfwidth(str(value)).strip().removesuffix("元").strip()
        text = re.sub(r"^[¥￥]\s*", "", text).replace(",", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "not a number")) from None
    if not amount.is_finite() or amount <= 0:
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "the amount must be above zero"))
    if amount != amount.quantize(CENT):
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "at most two decimals"))
    if amount > MAX_AMOUNT:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("validation", "larger than {maximum} yuan"), maximum=MAX_AMOUNT
        )
    return amount.quantize(CENT)


# ---------------------------------------------------------------------------- checking


@dataclass
class _Payment:
    """A valid row, ready to take in."""

    row: int
    unit_id: str
    amount: Decimal
    method: str
    day: date
    reference: str
    payer: str
    remarks: str


class _Checker:
    """Reads every row and checks it against the file and the database."""

    def __init__(self, table: Table | None, problems: Problems, actor: Actor) -> None:
        self.table, self.problems, self.actor = table, problems, actor
        self.today = office_today()

    def run(self) -> list[_Payment]:
        rows = list(self.table.data_rows(self.problems)) if self.table else []
        units = _units({code_text(row.peek(book.UNIT)) for row in rows})
        used = _used_references({_reference_key(row.raw(book.REFERENCE)) for row in rows})
        closed = self._closed_days()
        first_rows: dict[str, int] = {}
        payments = []
        for row in rows:
            payment = self._row(row, units, used, closed, first_rows)
            if payment is not None and not row.bad:
                payments.append(payment)
        return payments

    def _row(
        self,
        row: Row,
        units: dict[str, str],
        used: dict[str, str],
        closed: set[date],
        first_rows: dict[str, int],
    ) -> _Payment | None:
        code = code_text(row.text(book.UNIT, required=True, maximum=40))
        unit_id = units.get(code)
        if code and unit_id is None:
            row.problem(book.UNIT, UNKNOWN_UNIT, value=code)
        amount = row.parse(book.AMOUNT, parse_amount, required=True)
        method = self._method(row)
        day = row.parse(book.DAY, parse_date, required=True)
        if day is not None and day > self.today:
            row.problem(book.DAY, AFTER_TODAY, value=day.isoformat())
        elif day in closed:
            row.problem(book.DAY, DAY_CLOSED, value=day.isoformat())
        reference = self._reference(row, used, first_rows)
        payer = row.text(book.PAYER, maximum=MAX_PAYER)
        remarks = row.text(book.REMARKS, maximum=MAX_REMARKS)
        if None in (unit_id, amount, method, day, reference):
            return None
        return _Payment(row.number, unit_id, amount, method, day, reference, payer, remarks)

    def _method(self, row: Row) -> str | None:
        text = row.text(book.METHOD, required=True, maximum=20)
        if not text:
            return None
        method = book.METHOD_WORDS.get(text) or book.METHOD_WORDS.get(text.lower())
        if method is None:
            method = book.METHOD_WORDS.get(text.upper())
        if method is None:
            row.problem(
                book.METHOD, NOT_A_CHOICE, value=text, choices="/".join(book.METHOD_CHOICES)
            )
        return method

    def _reference(self, row: Row, used: dict[str, str], first_rows: dict[str, int]) -> str | None:
        raw = row.raw(book.REFERENCE)
        if raw is None:
            row.problem(book.REFERENCE, REQUIRED)
            return None
        if isinstance(raw, float) or (isinstance(raw, int) and raw >= 10**15):
            row.problem(book.REFERENCE, REFERENCE_AS_NUMBER)
            return None
        reference = _reference_key(raw)
        if len(reference) > MAX_REFERENCE:
            row.problem(book.REFERENCE, TOO_LONG, maximum=MAX_REFERENCE)
            return None
        if reference in first_rows:
            row.problem(
                book.REFERENCE, DUPLICATE_IN_FILE, value=reference, first=first_rows[reference]
            )
        elif reference in used:
            row.problem(book.REFERENCE, REFERENCE_USED, value=reference, receipt=used[reference])
        first_rows.setdefault(reference, row.number)
        return reference

    def _closed_days(self) -> set[date]:
        cashier = self.actor.user_id or "system"
        query = DayClose.select(DayClose.business_date).where(DayClose.cashier_id == cashier)
        return {day for (day,) in query.tuples()}


def _reference_key(value: object) -> str:
    return re.sub(r"\s+", "", to_halfwidth(cell_text(value)))


def _chunks(values: set[str]) -> Iterator[list[str]]:
    items = sorted(v for v in values if v)
    for start in range(0, len(items), IN_CHUNK):
        yield items[start : start + IN_CHUNK]


def _units(codes: set[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for chunk in _chunks(codes):
        found.update(Unit.select(Unit.code, Unit.id).where(Unit.code.in_(chunk)).tuples())
    return found


def _used_references(references: set[str]) -> dict[str, str]:
    """Reference → the receipt number that took it in ('-' for a payment without one)."""
    used: dict[str, str] = {}
    for chunk in _chunks(references):
        query = (
            Payment.select(Payment.reference, pw.fn.COALESCE(Receipt.number, "-"))
            .join(Receipt, pw.JOIN.LEFT_OUTER, on=(Receipt.payment == Payment.id))
            .where(Payment.reference.in_(chunk))
        )
        used.update(query.tuples())
    return used


# ---------------------------------------------------------------------------- settling


@dataclass
class _Open:
    id: str
    outstanding: Decimal
    due: date
    late_fee: bool


@dataclass
class _Settlement:
    charge_ids: list[str] = field(default_factory=list)  # paid in full on the receipt
    credit: Decimal = Decimal("0.00")  # the rest, receipted as 预存款
    partial: tuple[str, Decimal] | None = None  # the credit set against the next charge

    @property
    def left_as_credit(self) -> Decimal:
        return self.credit - (self.partial[1] if self.partial else 0)


class _Ledger:
    """The open charges of the file's units, consumed row by row in file order, as the
    writes will consume them."""

    def __init__(self, unit_ids: set[str]) -> None:
        self.charges: dict[str, list[_Open]] = {}
        for chunk in _chunks(unit_ids):
            query = (
                Charge.select(
                    Charge.id,
                    Charge.unit,
                    Charge.amount,
                    Charge.settled,
                    Charge.due_date,
                    FeeItem.late_fee,
                )
                .join(FeeItem)
                .where(Charge.unit.in_(chunk) & (Charge.amount > Charge.settled))
                .order_by(Charge.period, FeeItem.sort_order, Charge.created_at)
            )
            for charge_id, unit_id, amount, settled, due, late in query.tuples():
                self.charges.setdefault(unit_id, []).append(
                    _Open(charge_id, amount - settled, due, bool(late))
                )

    def settle(self, payment: _Payment) -> _Settlement:
        settlement = _Settlement()
        rest = payment.amount
        waiting = [c for c in self.charges.get(payment.unit_id, []) if c.outstanding > 0]
        for charge in waiting:
            cost = charge.outstanding + late_fee(
                charge.outstanding, charge.due, payment.day, charge.late_fee
            )
            if cost > rest:
                break
            settlement.charge_ids.append(charge.id)
            charge.outstanding = Decimal("0.00")
            rest -= cost
        settlement.credit = rest
        following = next((c for c in waiting if c.outstanding > 0), None)
        if rest > 0 and following is not None:
            take = min(rest, following.outstanding)
            settlement.partial = (following.id, take)
            following.outstanding -= take
        return settlement


def _plan(payments: list[_Payment]) -> list[_Settlement]:
    ledger = _Ledger({p.unit_id for p in payments})
    return [ledger.settle(payment) for payment in payments]


def _counts(rows: int, payments: list[_Payment], plan: list[_Settlement]) -> dict[str, object]:
    return {
        "rows": rows,
        "payments": len(payments),
        "units": len({p.unit_id for p in payments}),
        "total": str(sum((p.amount for p in payments), Decimal("0.00"))),
        "charges_paid": sum(len(s.charge_ids) for s in plan),
        "charges_part_paid": sum(1 for s in plan if s.partial),
        "prepaid_rows": sum(1 for s in plan if s.left_as_credit > 0),
        "prepaid": str(sum((s.left_as_credit for s in plan), Decimal("0.00"))),
    }


# ---------------------------------------------------------------------------- writing


class _Refused(Exception):
    """A row the counter service refused while writing: everything rolls back."""


def _write(
    actor: Actor, payments: list[_Payment], plan: list[_Settlement], problems: Problems
) -> None:
    for payment, settlement in zip(payments, plan, strict=True):
        request = CollectRequest(
            payment.unit_id,
            settlement.charge_ids,
            [Tender(payment.method, payment.amount)],
            payer=payment.payer,
            keep_as_credit=settlement.credit,
            reference=payment.reference,
            source="import",
            business_date=payment.day,
            remarks=payment.remarks,
        )
        try:
            receipt = collect(actor, request)
        except ValidationError as exc:
            column = book.REFERENCE if exc.field == "reference" else ""
            problems.add(book.PAYMENTS, payment.row, column, REFUSED, problem=str(exc))
            raise _Refused from exc
        if settlement.partial:
            charge_id, amount = settlement.partial
            allocate(receipt.payment, Charge.get_by_id(charge_id), amount)


# ---------------------------------------------------------------------------- entry point


def import_payments(actor: Actor, path: Path | str, dry_run: bool = False) -> ImportReport:
    """Checks every row of the workbook at `path`; takes all of them in, in one
    transaction, only if no row has a problem and this is not a dry run."""
    require(actor, Cap.BILLING_COLLECT)
    path = Path(path)
    problems = Problems([book.PAYMENTS])
    table = read_workbook(path, [book.PAYMENTS], problems, empty_is_missing=True).get(
        book.PAYMENTS.key
    )
    written = False
    try:
        with nullcontext() if dry_run else transaction():
            payments = _Checker(table, problems, actor).run()
            plan = _plan(payments)
            counts = _counts(len(table.rows) if table else 0, payments, plan)
            if not problems and not dry_run:
                _write(actor, payments, plan, problems)
                audit.record(
                    actor,
                    "payments.import",
                    table="payment",
                    after={"file": path.name, **counts},
                    detail=f"{path.name}: {counts['payments']} payments, total {counts['total']}",
                )
                written = True
    except _Refused:
        pass  # rolled back; the refused row is among the problems
    return problems.report(counts, dry_run, written)
