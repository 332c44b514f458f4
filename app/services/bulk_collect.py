"""Many counter payments at once (the demo office's payment history): for each, the rows
`collection.collect` writes — the payment and its method line, allocations settling whole
charges, the numbered receipt and its lines — in one transaction with bulk inserts.

Collecting 40,000 payments one by one takes minutes; this takes seconds. Receipts are
numbered without gaps in business-date order, by the same numbering service, inside the
transaction. Only whole charges in one method: no change, no prepaid credit, no late fees
(the counter's `collect` handles those).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple, NoReturn

from app.clock import to_utc_text, utcnow
from app.db import database, transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.ids import new_id
from app.models.billing import DayClose, PayMethod
from app.money import from_fen
from app.services import audit
from app.services.collection import METHOD_NAMES, _period_text
from app.services.month_lock import check_day_open
from app.services.numbering import next_number
from app.services.permissions import Actor, Cap, require

IN_CHUNK = 500


@dataclass(frozen=True)
class PaidCharges:
    """One payment: these whole charges of one unit, in one method, on one day (its
    receipt lists them in this order)."""

    unit_id: str
    charge_ids: tuple[str, ...]
    method: str
    business_date: date
    paid_at: datetime | None = None  # when the money came; now if not given


class _Charge(NamedTuple):
    """What a receipt line needs of a charge (the attributes `_period_text` reads)."""

    id: str
    unit_id: str
    item_name: str
    kind: str
    period: str
    period_start: date
    period_end: date
    description: str
    outstanding: int  # fen


_TABLES = {
    "payment": (
        "id", "created_at", "updated_at", "row_version", "unit_id", "payer", "amount",
        "tendered", "business_date", "paid_at", "cashier_id", "cashier_name", "source",
        "reference", "remarks",
    ),
    "payment_method_line": (
        "id", "created_at", "updated_at", "row_version", "payment_id", "method", "amount",
    ),
    "allocation": (
        "id", "created_at", "updated_at", "row_version", "payment_id", "charge_id", "amount",
        "reverses_id",
    ),
    "receipt": (
        "id", "created_at", "updated_at", "row_version", "number", "year", "sequence",
        "payment_id", "unit_id", "unit_code", "payer", "total", "methods_text",
        "business_date", "issued_at", "cashier_id", "cashier_name",
    ),
    "receipt_line": (
        "id", "created_at", "updated_at", "row_version", "receipt_id", "charge_id", "item_name",
        "period_text", "amount", "line_no",
    ),
}  # fmt: skip
_SETTLE = (
    "UPDATE charge SET settled = settled + ?, row_version = row_version + 1, updated_at = ? "
    "WHERE id = ?"
)


def collect_in_bulk(actor: Actor, payments: list[PaidCharges]) -> list[str]:
    """Takes in every payment, all or nothing; returns the receipt numbers issued."""
    require(actor, Cap.BILLING_COLLECT)
    ordered = sorted(payments, key=lambda p: p.business_date)  # numbers follow the dates
    with transaction():
        charges = _charges({c for p in ordered for c in p.charge_ids})
        _check(actor, ordered, charges)
        units = _units({p.unit_id for p in ordered})
        rows = _Rows(actor)
        for payment in ordered:
            code, payer = units[payment.unit_id]
            rows.add(payment, code, payer, [charges[c] for c in payment.charge_ids])
        rows.write()
        if rows.numbers:
            audit.record(
                actor,
                "receipt.issue_bulk",
                table="receipt",
                detail=f"{len(rows.numbers)} receipts {rows.numbers[0]}–{rows.numbers[-1]}",
            )
    return rows.numbers


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(values)
    for start in range(0, len(items), IN_CHUNK):
        yield items[start : start + IN_CHUNK]


def _charges(ids: set[str]) -> dict[str, _Charge]:
    found = {}
    for chunk in _chunks(ids):
        # plain SQL, raw values: peewee builds a node per IN value, and a demo has 100,000
        marks = ", ".join("?" for _ in chunk)
        rows = database.execute_sql(
            "SELECT c.id, c.unit_id, f.name, c.kind, c.period, c.period_start, c.period_end, "
            "c.description, c.amount - c.settled FROM charge c "
            f"JOIN fee_item f ON f.id = c.fee_item_id WHERE c.id IN ({marks})",
            chunk,
        )
        for charge_id, unit_id, name, kind, period, start, end, description, owed in rows:
            found[charge_id] = _Charge(
                charge_id,
                unit_id,
                name,
                kind,
                period,
                date.fromisoformat(start),
                date.fromisoformat(end),
                description,
                owed,
            )
    return found


def _refuse(template: str, **params: object) -> NoReturn:
    raise ValidationError(template, field="charges", **params)


def _check(actor: Actor, payments: list[PaidCharges], charges: dict[str, _Charge]) -> None:
    seen: set[str] = set()
    closed = {
        day
        for (day,) in DayClose.select(DayClose.business_date)
        .where(DayClose.cashier_id == (actor.user_id or "system"))
        .tuples()
    }
    for payment in payments:
        if payment.method not in PayMethod.COUNTER or not payment.charge_ids:
            _refuse(QT_TRANSLATE_NOOP("app", "Payments: each needs charges and a counter method."))
        if payment.business_date in closed:
            _refuse(
                QT_TRANSLATE_NOOP("app", "Date: the day {date} is already closed (日结)."),
                date=payment.business_date.isoformat(),
            )
        check_day_open(payment.business_date)
        for charge_id in payment.charge_ids:
            charge = charges.get(charge_id)
            if charge is None or charge.unit_id != payment.unit_id or charge_id in seen:
                _refuse(QT_TRANSLATE_NOOP("app", "Charges: the list changed; reload the unit."))
            if charge.outstanding <= 0:
                _refuse(QT_TRANSLATE_NOOP("app", "Charges: one of them is already paid."))
            seen.add(charge_id)


def _units(ids: set[str]) -> dict[str, tuple[str, str]]:
    """Unit id → (code, the payer printed: the current owners, else the unit's code)."""
    owners: dict[str, list[str]] = defaultdict(list)
    codes: dict[str, str] = {}
    for chunk in _chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        codes.update(
            database.execute_sql(f"SELECT id, code FROM unit WHERE id IN ({marks})", chunk)
        )
        rows = database.execute_sql(
            "SELECT s.unit_id, o.name FROM ownership s JOIN owner o ON o.id = s.owner_id "
            f"WHERE s.end_date IS NULL AND s.unit_id IN ({marks}) ORDER BY s.start_date",
            chunk,
        )
        for unit_id, name in rows:
            owners[unit_id].append(name)
    return {u: (code, "、".join(owners[u]) or code) for u, code in codes.items()}


class _Rows:
    """The rows of every table, built in receipt order, then inserted table by table."""

    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        self.stamp = to_utc_text(utcnow())
        self.tables: dict[str, list[tuple]] = {table: [] for table in _TABLES}
        self.settled: list[tuple[int, str, str]] = []
        self.numbers: list[str] = []

    def _add(self, table: str, *values: object) -> str:
        row_id = new_id()
        self.tables[table].append((row_id, self.stamp, self.stamp, 1, *values))
        return row_id

    def add(self, payment: PaidCharges, unit_code: str, payer: str, lines: list[_Charge]) -> None:
        actor, day = self.actor, payment.business_date
        total = sum(c.outstanding for c in lines)
        paid_at = to_utc_text(payment.paid_at or utcnow())
        payment_id = self._add(
            "payment", payment.unit_id, payer, total, total, day.isoformat(), paid_at,
            actor.user_id, actor.display_name, "counter", None, "",
        )  # fmt: skip
        self._add("payment_method_line", payment_id, payment.method, total)
        number = next_number("receipt", day.year)
        methods = f"{METHOD_NAMES[payment.method]} {from_fen(total):,.2f}"
        receipt_id = self._add(
            "receipt", number.text, number.year, number.sequence, payment_id, payment.unit_id,
            unit_code, payer, total, methods, day.isoformat(), paid_at, actor.user_id,
            actor.display_name,
        )  # fmt: skip
        for line_no, charge in enumerate(lines, 1):
            self._add("allocation", payment_id, charge.id, charge.outstanding, None)
            self._add(
                "receipt_line", receipt_id, charge.id, charge.item_name, _period_text(charge),
                charge.outstanding, line_no,
            )  # fmt: skip
            self.settled.append((charge.outstanding, self.stamp, charge.id))
        self.numbers.append(number.text)

    def write(self) -> None:
        cursor = database.cursor()
        for table, columns in _TABLES.items():
            marks = ", ".join("?" for _ in columns)
            cursor.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", self.tables[table]
            )
        cursor.executemany(_SETTLE, self.settled)
