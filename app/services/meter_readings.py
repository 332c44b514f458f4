"""Meter readings (抄表) of metered fee items (水费, 电费): the month's sheet of a building,
one reading or a whole sheet at a time.

Usage billed = this reading − the previous one. The previous reading is last month's; a
reading below it is refused unless the meter was changed (换表), when the previous reading
is the new meter's first reading (0 unless given). A reading already billed is final: the
month's charge was made from it, so a correction is an adjustment, not a new reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import Entrance, Unit
from app.models.billing import Charge, ChargeKind, FeeAssignment, FeeItem, FeeKind, MeterReading
from app.services import audit
from app.services.billing import check_period_open
from app.services.periods import parse_period
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail
from app.validation import InvalidValue, to_halfwidth

CENT = Decimal("0.01")
MAX_READING = Decimal("99999999.99")


@dataclass(frozen=True)
class ReadingEntry:
    """What the meter reader wrote down for one unit."""

    unit_id: str
    current: object
    meter_change: bool = False
    start: object | None = None  # a new meter's first reading; 0 when not given


@dataclass(frozen=True)
class ReadingLine:
    """One unit of the month's sheet."""

    unit_id: str
    unit_code: str
    last: Decimal | None  # the latest reading of an earlier month (None: first reading)
    current: Decimal | None  # this month's reading, once entered
    previous: Decimal | None  # what this month's usage is counted from, once entered
    meter_change: bool
    billed: bool  # this month's charge was made from the reading: it can't change

    @property
    def usage(self) -> Decimal | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous


def parse_reading(value: object) -> Decimal:
    """A meter reading: a number from 0 with at most two decimals ('1234.5', '１２３４')."""
    if isinstance(value, bool) or value is None:
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "not a number"))
    text = format(value, ".15g") if isinstance(value, float) else str(value)
    try:
        reading = Decimal(to_halfwidth(text).strip().replace(",", ""))
    except InvalidOperation:
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "not a number")) from None
    if not reading.is_finite() or reading < 0 or reading > MAX_READING:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("validation", "a reading from 0 to {maximum}"), maximum=MAX_READING
        )
    if reading != reading.quantize(CENT):
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "at most two decimals"))
    return reading.quantize(CENT)


def usage_of(
    last: Decimal | None, current: object, meter_change: bool, start: object | None = None
) -> Decimal | None:
    """The usage a reading gives (None while the reading is not a valid number)."""
    try:
        value = parse_reading(current)
        base = _base(last, meter_change, start)
    except InvalidValue:
        return None
    return value - base


def _base(last: Decimal | None, meter_change: bool, start: object | None) -> Decimal:
    if meter_change:
        return parse_reading(start) if start not in (None, "") else Decimal("0.00")
    return last if last is not None else Decimal("0.00")


def metered_items(actor: Actor) -> list[FeeItem]:
    require(actor, Cap.BILLING_VIEW)
    return list(
        FeeItem.select()
        .where((FeeItem.kind == FeeKind.METERED) & FeeItem.active)
        .order_by(FeeItem.sort_order, FeeItem.code)
    )


def reading_sheet(
    actor: Actor, fee_item_id: str, period: str, building_id: str | None = None
) -> list[ReadingLine]:
    """Every unit billed the item in the month (of one building), by unit code."""
    require(actor, Cap.BILLING_VIEW)
    first, last_day = parse_period(period)
    query = (
        Unit.select(Unit.id, Unit.code)
        .join(FeeAssignment, on=(FeeAssignment.unit == Unit.id))
        .switch(Unit)
        .join(Entrance)
        .where(
            (FeeAssignment.fee_item == fee_item_id)
            & (FeeAssignment.start_date <= last_day)
            & (FeeAssignment.end_date.is_null() | (FeeAssignment.end_date >= first))
        )
        .distinct()
        .order_by(Unit.code)
    )
    if building_id:
        query = query.where(Entrance.building == building_id)
    units = list(query.tuples())
    ids = [unit_id for unit_id, _code in units]
    earlier = _latest_before(fee_item_id, period, ids)
    this = _readings_of(fee_item_id, period, ids)
    billed = _billed(fee_item_id, period, ids)
    lines = []
    for unit_id, code in units:
        row = this.get(unit_id)
        lines.append(
            ReadingLine(
                unit_id,
                code,
                earlier.get(unit_id),
                row.current_reading if row else None,
                row.previous_reading if row else None,
                bool(row and row.meter_change),
                unit_id in billed,
            )
        )
    return lines


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[i : i + 500] for i in range(0, len(ids), 500)]  # bound-parameter limit


def _latest_before(fee_item_id: str, period: str, ids: list[str]) -> dict[str, Decimal]:
    latest: dict[str, Decimal] = {}
    for chunk in _chunks(ids):
        query = (
            MeterReading.select(MeterReading.unit, MeterReading.current_reading)
            .where(
                (MeterReading.fee_item == fee_item_id)
                & (MeterReading.period < period)
                & MeterReading.unit.in_(chunk)
            )
            .order_by(MeterReading.period)
        )
        latest.update(query.tuples())  # later periods overwrite earlier ones
    return latest


def _readings_of(fee_item_id: str, period: str, ids: list[str]) -> dict[str, MeterReading]:
    found: dict[str, MeterReading] = {}
    for chunk in _chunks(ids):
        query = MeterReading.select().where(
            (MeterReading.fee_item == fee_item_id)
            & (MeterReading.period == period)
            & MeterReading.unit.in_(chunk)
        )
        found.update({r.unit_id: r for r in query})
    return found


def _billed(fee_item_id: str, period: str, ids: list[str]) -> set[str]:
    billed: set[str] = set()
    for chunk in _chunks(ids):
        query = Charge.select(Charge.unit).where(
            (Charge.fee_item == fee_item_id)
            & (Charge.period == period)
            & (Charge.kind == ChargeKind.BILL)
            & Charge.unit.in_(chunk)
        )
        billed |= {unit_id for (unit_id,) in query.tuples()}
    return billed


def record_reading(
    actor: Actor,
    fee_item_id: str,
    period: str,
    reading_date: date,
    entry: ReadingEntry,
) -> MeterReading:
    """One unit's reading of the month (a second one for the same month replaces it)."""
    return record_readings(actor, fee_item_id, period, reading_date, [entry])[0]


def record_readings(
    actor: Actor,
    fee_item_id: str,
    period: str,
    reading_date: date,
    entries: Sequence[ReadingEntry],
) -> list[MeterReading]:
    """A whole sheet in one transaction: the first bad line refuses all of it, naming the
    unit (the error's field is the unit id, so a grid can point at the line)."""
    require(actor, Cap.BILLING_GENERATE)
    parse_period(period)
    with transaction():
        check_period_open(period)
        item = get_or_fail(FeeItem, fee_item_id)
        if item.kind != FeeKind.METERED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Fee item: {name} is not read from a meter."),
                field="fee_item",
                name=item.name,
            )
        ids = [e.unit_id for e in entries]
        earlier = _latest_before(item.id, period, ids)
        existing = _readings_of(item.id, period, ids)
        billed = _billed(item.id, period, ids)
        saved = []
        for entry in entries:
            unit = get_or_fail(Unit, entry.unit_id)
            row = _save(actor, item, period, reading_date, entry, unit, earlier, existing, billed)
            if row is not None:
                saved.append(row)
    return saved


def _save(
    actor: Actor,
    item: FeeItem,
    period: str,
    reading_date: date,
    entry: ReadingEntry,
    unit: Unit,
    earlier: dict[str, Decimal],
    existing: dict[str, MeterReading],
    billed: set[str],
) -> MeterReading | None:
    current, previous = _checked(entry, unit, earlier.get(unit.id))
    row = existing.get(unit.id)
    if row is not None and (row.current_reading, row.previous_reading, row.meter_change) == (
        current,
        previous,
        entry.meter_change,
    ):
        return row  # unchanged: nothing to write or audit
    if unit.id in billed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "{unit}: {period} is already billed from this reading; correct the bill with "
                "an adjustment instead.",
            ),
            field=unit.id,
            unit=unit.code,
            period=period,
        )
    values = {
        "previous_reading": previous,
        "current_reading": current,
        "reading_date": reading_date,
        "recorded_by": actor.display_name,
        "meter_change": entry.meter_change,
    }
    before = None
    if row is None:
        row = MeterReading.create(unit=unit, fee_item=item, period=period, **values)
    else:
        before = {"previous": str(row.previous_reading), "current": str(row.current_reading)}
        for name, value in values.items():
            setattr(row, name, value)
        row.save()
    audit.record(
        actor,
        "meter.read",
        table="meter_reading",
        record_id=row.id,
        before=before,
        after={
            "unit": unit.code,
            "item": item.code,
            "period": period,
            "previous": str(previous),
            "current": str(current),
            "meter_change": entry.meter_change,
        },
    )
    return row


def _checked(entry: ReadingEntry, unit: Unit, last: Decimal | None) -> tuple[Decimal, Decimal]:
    try:
        current = parse_reading(entry.current)
    except InvalidValue as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{unit}: the reading {value} is not valid: {reason}."),
            field=unit.id,
            unit=unit.code,
            value=str(entry.current if entry.current is not None else ""),
            reason=str(exc),
        ) from None
    try:
        previous = _base(last, entry.meter_change, entry.start)
    except InvalidValue as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "{unit}: the new meter's first reading is not valid: {reason}."
            ),
            field=unit.id,
            unit=unit.code,
            reason=str(exc),
        ) from None
    if current < previous:
        template = (
            QT_TRANSLATE_NOOP(
                "app",
                "{unit}: the reading {current} is below the new meter's first reading {previous}.",
            )
            if entry.meter_change
            else QT_TRANSLATE_NOOP(
                "app",
                "{unit}: the reading {current} is below the last reading {previous}; check "
                "the meter, or mark the line as a meter change (换表).",
            )
        )
        raise ValidationError(
            template, field=unit.id, unit=unit.code, current=str(current), previous=str(previous)
        )
    return current, previous
