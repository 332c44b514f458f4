"""Monthly bills: one charge per running fee assignment per month, generated in one
transaction (all or nothing), idempotent, pro-rated from the handover date, at the vacant-unit
rate where a written notice is in force, each line rounded half-up to the fen."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from app.clock import to_utc_text, utcnow
from app.db import database, transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.ids import new_id
from app.models.archive import Unit, UnitStatus, VacancyNotice
from app.models.billing import (
    BillingPeriod,
    Charge,
    ChargeKind,
    FeeAssignment,
    FeeItem,
    FeeKind,
    FeeRate,
    MeterReading,
    SharedCost,
)
from app.money import from_fen, round_half_up, to_fen
from app.services import audit, settings
from app.services.allocation import apply_credit, units_with_credit
from app.services.periods import parse_period
from app.services.permissions import Actor, Cap, require

_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "row_version",
    "unit_id",
    "fee_item_id",
    "assignment_id",
    "kind",
    "period",
    "period_start",
    "period_end",
    "due_date",
    "quantity",
    "unit_price",
    "rate_percent",
    "amount",
    "settled",
    "description",
)
_INSERT = f"INSERT INTO charge ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})"


@dataclass(frozen=True)
class GenerationResult:
    period: str
    created: int
    already_there: int
    total: Decimal

    @property
    def nothing_new(self) -> bool:
        return self.created == 0


@dataclass(frozen=True)
class _Line:
    unit_id: str
    item: FeeItem
    assignment_id: str
    start: date
    end: date
    quantity: Decimal
    price: Decimal
    rate_percent: int
    fraction: Decimal
    note: str
    fixed_amount: Decimal | None = None  # a shared-cost share, already exact


@dataclass(frozen=True)
class _Rules:
    first: date
    last: date
    prorate_by_days: bool
    vacant_percent: int
    due: date


def generate_bills(actor: Actor, period: str) -> GenerationResult:
    """Charges for `period` ('YYYY-MM') for every unit, then prepaid balances settle them."""
    require(actor, Cap.BILLING_GENERATE)
    with transaction():
        rows, considered = _generate(period, None)
        total = from_fen(sum((r[15] for r in rows), 0))
        _mark_generated(actor, period)
        for unit_id in units_with_credit():
            apply_credit(unit_id)
        audit.record(
            actor,
            "bills.generate",
            table="charge",
            record_id=period,
            detail=f"{len(rows)} new lines, {considered - len(rows)} already there, total {total}",
        )
    return GenerationResult(period, len(rows), considered - len(rows), total)


def generate_for_unit(unit_id: str, period: str) -> list[Charge]:
    """One unit's bills for a period (paying ahead at the counter), inside the caller's
    transaction; returns the charges created (none if the month was already billed)."""
    rows, _ = _generate(period, [unit_id])
    return list(
        Charge.select().where(Charge.id.in_([r[0] for r in rows])).order_by(Charge.created_at)
    )


def _generate(period: str, unit_ids: list[str] | None) -> tuple[list[tuple], int]:
    first, last = parse_period(period)
    check_period_open(period)
    rules = _rules(first, last)
    lines = list(_lines(rules, period, unit_ids))
    existing = _existing(period)
    rows = _rows([line for line in lines if line.assignment_id not in existing], period, rules)
    database.cursor().executemany(_INSERT, rows)
    return rows, len(lines)


def check_period_open(period: str) -> None:
    row = BillingPeriod.get_or_none(BillingPeriod.period == period)
    if row and row.closed_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Period: {period} is closed; corrections go into the open month as adjustments.",
            ),
            field="period",
            period=period,
        )


def _mark_generated(actor: Actor, period: str) -> None:
    row, _ = BillingPeriod.get_or_create(period=period)
    row.generated_at, row.generated_by = utcnow(), actor.display_name
    row.save()


def _rules(first: date, last: date) -> _Rules:
    due_day = int(settings.get(settings.DUE_DAY))
    return _Rules(
        first,
        last,
        settings.get(settings.PRORATE_FIRST_MONTH) == "days",
        int(settings.get(settings.VACANT_RATE_PERCENT)),
        date(first.year, first.month, min(due_day, last.day)),
    )


def _existing(period: str) -> set[str]:
    query = Charge.select(Charge.assignment).where(
        (Charge.period == period) & (Charge.kind == ChargeKind.BILL)
    )
    return {a for (a,) in query.tuples()}


def _rates(first: date) -> dict[str, Decimal]:
    """The price in force on the first day of the period, per fee item."""
    prices: dict[str, Decimal] = {}
    for rate in (
        FeeRate.select().where(FeeRate.effective_from <= first).order_by(FeeRate.effective_from)
    ):
        prices[rate.fee_item_id] = rate.price
    return prices


def _vacant_units(first: date) -> set[str]:
    query = VacancyNotice.select(VacancyNotice.unit).where(
        (VacancyNotice.start_date <= first)
        & (VacancyNotice.end_date.is_null() | (VacancyNotice.end_date >= first))
    )
    return {u for (u,) in query.tuples()}


def _usage(period: str) -> dict[tuple[str, str], Decimal]:
    return {
        (r.unit_id, r.fee_item_id): r.current_reading - r.previous_reading
        for r in MeterReading.select().where(MeterReading.period == period)
    }


class _Running(NamedTuple):
    """A fee assignment running in the period, with what billing needs of its unit."""

    id: str
    unit_id: str
    item_id: str
    start_date: date
    end_date: date | None
    price_override: Decimal | None
    gross_area: Decimal
    status: str
    handover_date: date | None


def _assignments(rules: _Rules, unit_ids: list[str] | None) -> Iterator[_Running]:
    """Plain rows, not model instances: building 60,000 peewee objects was most of the time
    of a 20,000-unit month (benchmarks/fees_bench.py)."""
    query = (
        FeeAssignment.select(
            FeeAssignment.id,
            FeeAssignment.unit,
            FeeAssignment.fee_item,
            FeeAssignment.start_date,
            FeeAssignment.end_date,
            FeeAssignment.price_override,
            Unit.gross_area,
            Unit.status,
            Unit.handover_date,
        )
        .join(Unit)
        .switch(FeeAssignment)
        .join(FeeItem)
        .where(
            FeeItem.active
            & FeeItem.kind.in_(FeeKind.MONTHLY)
            & (FeeAssignment.start_date <= rules.last)
            & (FeeAssignment.end_date.is_null() | (FeeAssignment.end_date >= rules.first))
        )
    )
    if unit_ids is not None:
        query = query.where(Unit.id.in_(unit_ids))
    day, area = date.fromisoformat, Unit.gross_area.python_value
    price = FeeAssignment.price_override.python_value
    for a_id, unit_id, item_id, start, end, override, gross, status, handover in (
        database.execute(query)  # raw values: peewee's date parsing is slow for 60,000 rows
    ):
        yield _Running(
            a_id,
            unit_id,
            item_id,
            day(start),
            day(end) if end else None,
            price(override),
            area(gross),
            status,
            day(handover) if handover else None,
        )


def _lines(rules: _Rules, period: str, unit_ids: list[str] | None) -> Iterator[_Line]:
    prices, vacant, usage = _rates(rules.first), _vacant_units(rules.first), _usage(period)
    items = {item.id: item for item in FeeItem.select()}
    shared: dict[str, list[_Running]] = defaultdict(list)
    days_in_month = Decimal(rules.last.day)
    for a in _assignments(rules, unit_ids):
        item = items[a.item_id]
        start = max(rules.first, a.start_date)
        if a.handover_date and a.status != UnitStatus.UNSOLD:
            if a.handover_date > rules.last:
                continue  # not handed over yet: the owner's billing hasn't started
            start = max(start, a.handover_date)
        end = min(rules.last, a.end_date or rules.last)
        whole = start == rules.first and end == rules.last
        fraction = (
            Decimal(1)
            if whole or not rules.prorate_by_days
            else Decimal((end - start).days + 1) / days_in_month
        )
        note = (
            ""
            if whole or not rules.prorate_by_days
            else f"按天 {(end - start).days + 1}/{rules.last.day}"
        )
        percent = rules.vacant_percent if item.vacant_discount and a.unit_id in vacant else 100
        if item.kind == FeeKind.SHARED:
            shared[item.id].append(a)
            continue
        quantity = _quantity(item, a, usage)
        price = a.price_override if a.price_override is not None else prices.get(item.id)
        if quantity is None or price is None:
            continue  # no reading / no rate yet: nothing to bill
        yield _Line(a.unit_id, item, a.id, start, end, quantity, price, percent, fraction, note)
    yield from _shared_lines(shared, items, period, rules)


def _quantity(item: FeeItem, a: _Running, usage: dict) -> Decimal | None:
    if item.kind == FeeKind.AREA:
        return a.gross_area
    if item.kind == FeeKind.METERED:
        return usage.get((a.unit_id, item.id))
    return Decimal(1)


def _shared_lines(
    shared: dict[str, list[_Running]], items: dict[str, FeeItem], period: str, rules: _Rules
) -> Iterator[_Line]:
    """公摊: the month's total split by gross area; the largest remainders take the odd fen
    so the lines add up to the total exactly."""
    totals = {
        s.fee_item_id: s.total for s in SharedCost.select().where(SharedCost.period == period)
    }
    for item_id, assignments in shared.items():
        total_fen = to_fen(totals.get(item_id, Decimal(0)))
        area = sum((a.gross_area for a in assignments), Decimal(0))
        if not total_fen or not area:
            continue
        exact = [total_fen * a.gross_area / area for a in assignments]
        fen = [int(x) for x in exact]
        for i in sorted(range(len(exact)), key=lambda i: exact[i] - fen[i], reverse=True)[
            : total_fen - sum(fen)
        ]:
            fen[i] += 1
        price = (Decimal(total_fen) / 100 / area).quantize(Decimal("0.0001"))
        for a, share in zip(assignments, fen, strict=True):
            yield _Line(
                a.unit_id,
                items[item_id],
                a.id,
                rules.first,
                rules.last,
                a.gross_area,
                price,
                100,
                Decimal(1),
                "",
                fixed_amount=from_fen(share),
            )


def _fen(line: _Line) -> int:
    """The line's amount in fen, rounded half-up to the fen."""
    if line.fixed_amount is not None:
        return to_fen(line.fixed_amount)
    exact = line.quantity * line.price * line.fraction * line.rate_percent / 100
    return int(round_half_up(exact).scaleb(2))  # exact: two decimals after rounding


def _description(line: _Line) -> str:
    if line.rate_percent == 100:
        return line.note
    return f"{line.note} 空置 {line.rate_percent}%".lstrip()


def _rows(lines: list[_Line], period: str, rules: _Rules) -> list[tuple]:
    stamp = to_utc_text(utcnow())
    first, last, due = rules.first, rules.last, rules.due.isoformat()
    first_text, last_text = first.isoformat(), last.isoformat()
    rows = []
    for line in lines:
        amount = _fen(line)
        if amount <= 0:
            continue
        rows.append(
            (
                new_id(),
                stamp,
                stamp,
                1,
                line.unit_id,
                line.item.id,
                line.assignment_id,
                ChargeKind.BILL,
                period,
                first_text if line.start == first else line.start.isoformat(),
                last_text if line.end == last else line.end.isoformat(),
                due
                if line.start <= rules.due
                else line.start.isoformat(),  # never due before billing starts
                int(line.quantity * 10_000),
                int(line.price * 10_000),
                line.rate_percent,
                amount,
                0,
                _description(line),
            )
        )
    return rows


def preview_for_unit(unit_id: str, periods: list[str]) -> Decimal:
    """What billing these months for one unit would charge, without writing anything (the
    counter shows it before the cashier confirms a payment ahead)."""
    existing_total = 0
    for period in periods:
        first, last = parse_period(period)
        rules = _rules(first, last)
        existing = _existing(period)
        lines = [
            line for line in _lines(rules, period, [unit_id]) if line.assignment_id not in existing
        ]
        existing_total += sum(r[15] for r in _rows(lines, period, rules))
    return from_fen(existing_total)
