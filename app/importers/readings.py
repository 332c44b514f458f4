"""Meter readings from Excel (抄表), one row per meter and month: unit, fee item, month,
reading, date, meter change. Every row is checked first and every problem reported at once;
only a file without a single problem is written, in one transaction, through the meter
reading service (which checks each reading again).

A reading below the meter's last one (the latest earlier month, in the database or earlier
in the file) is refused unless the row says the meter was changed (换表).
"""

from __future__ import annotations

from collections import defaultdict
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.importers import reading_book as book
from app.importers.rows import (
    DUPLICATE_IN_FILE,
    NOT_A_CHOICE,
    ImportReport,
    Problems,
    Row,
    Table,
    code_text,
    read_workbook,
)
from app.models.archive import Unit
from app.models.billing import (
    BillingPeriod,
    Charge,
    ChargeKind,
    FeeAssignment,
    FeeItem,
    FeeKind,
    MeterReading,
)
from app.services import audit
from app.services.meter_readings import ReadingEntry, parse_reading, record_reading
from app.services.periods import parse_period
from app.services.permissions import Actor, Cap, require
from app.services.unit_facts import office_today
from app.validation import parse_date, to_halfwidth

__all__ = ["import_readings", "write_template"]

write_template = book.write_template

UNKNOWN_UNIT = QT_TRANSLATE_NOOP(
    "import",
    "There is no unit {value}. Write the unit code as the program shows it, e.g. 3-2-1201.",
)
UNKNOWN_ITEM = QT_TRANSLATE_NOOP(
    "import", "There is no fee item {value} read from a meter; write one of {choices}."
)
NOT_BILLED = QT_TRANSLATE_NOOP(
    "import", "The unit {unit} does not pay {item} in {period}; assign the item to it first."
)
BAD_PERIOD = QT_TRANSLATE_NOOP("import", "{value} is not a month; write it like 2026-11.")
PERIOD_CLOSED = QT_TRANSLATE_NOOP(
    "import", "The month {value} is closed (月结); its readings can't change any more."
)
ALREADY_BILLED = QT_TRANSLATE_NOOP(
    "import",
    "{item} of {period} is already billed from this unit's reading {billed}; correct it with "
    "an adjustment instead.",
)
BELOW_LAST = QT_TRANSLATE_NOOP(
    "import",
    "The reading {value} is below the last reading {last} ({period}). Check the meter, or "
    "write 是 in the column {change} if the meter was replaced.",
)
BELOW_START = QT_TRANSLATE_NOOP(
    "import", "The reading {value} is below the new meter's first reading {start}."
)
START_WITHOUT_CHANGE = QT_TRANSLATE_NOOP(
    "import", "A first reading is only for a new meter: write 是 in the column {change}."
)
AFTER_TODAY = QT_TRANSLATE_NOOP("import", "The date {value} is after today.")
REFUSED = QT_TRANSLATE_NOOP("import", "This reading was refused: {problem}")
ZERO = Decimal("0.00")


@dataclass
class _Reading:
    """A row whose cells are all readable, ready to check against the meter's history."""

    row: Row
    unit_id: str
    unit_code: str
    item: FeeItem
    period: str
    current: Decimal
    day: date
    meter_change: bool
    start: Decimal | None


class _Checker:
    def __init__(self, table: Table | None, problems: Problems) -> None:
        self.rows = list(table.data_rows(problems)) if table else []
        self.today = office_today()
        self.items = _metered_items()
        self.units = _units({code_text(row.peek(book.UNIT)) for row in self.rows})
        self.closed = {
            p for (p,) in BillingPeriod.select(BillingPeriod.period)
            .where(BillingPeriod.closed_at.is_null(False)).tuples()
        }  # fmt: skip

    def run(self) -> list[_Reading]:
        readings = [r for r in (self._cells(row) for row in self.rows) if r is not None]
        readings = self._once_each(readings)
        history = _History(readings)
        for reading in sorted(readings, key=lambda r: r.period):
            history.check(reading)
        return [r for r in readings if not r.row.bad]

    def _cells(self, row: Row) -> _Reading | None:
        code = code_text(row.text(book.UNIT, required=True, maximum=40))
        unit_id = self.units.get(code)
        if code and unit_id is None:
            row.problem(book.UNIT, UNKNOWN_UNIT, value=code)
        item = self._item(row)
        period = self._period(row)
        current = row.parse(book.READING, parse_reading, required=True)
        day = row.parse(book.DAY, parse_date) or self.today
        if day > self.today:
            row.problem(book.DAY, AFTER_TODAY, value=day.isoformat())
        change = self._change(row)
        start = row.parse(book.START, parse_reading)
        if start is not None and not change:
            row.problem(book.START, START_WITHOUT_CHANGE, change=book.CHANGE)
        if row.bad or None in (unit_id, item, period, current):
            return None
        return _Reading(row, unit_id, code, item, period, current, day, change, start)

    def _item(self, row: Row) -> FeeItem | None:
        text = row.text(book.ITEM, required=True, maximum=40)
        if not text:
            return None
        item = self.items.get(text) or self.items.get(text.upper())
        if item is None:
            names = "/".join(sorted({i.name for i in self.items.values()})) or "-"
            row.problem(book.ITEM, UNKNOWN_ITEM, value=text, choices=names)
        return item

    def _period(self, row: Row) -> str | None:
        raw = row.raw(book.PERIOD)
        if isinstance(raw, date):  # an Excel date cell: its month
            text = f"{raw.year:04d}-{raw.month:02d}"
        else:
            text = to_halfwidth(row.text(book.PERIOD, required=True, maximum=20))
            text = text.replace("/", "-").replace(".", "-").replace("年", "-").rstrip("月")
            if len(text) == 6 and text[4] == "-":
                text = text[:5] + "0" + text[5]  # 2026-9 → 2026-09
        if not text:
            return None
        try:
            parse_period(text)
        except ValidationError:
            row.problem(book.PERIOD, BAD_PERIOD, value=text)
            return None
        if text in self.closed:
            row.problem(book.PERIOD, PERIOD_CLOSED, value=text)
            return None
        return text

    def _change(self, row: Row) -> bool:
        text = row.text(book.CHANGE, maximum=10).upper()
        if text in book.YES_WORDS:
            return True
        if text not in book.NO_WORDS:
            row.problem(book.CHANGE, NOT_A_CHOICE, value=text, choices="是/否")
        return False

    def _once_each(self, readings: list[_Reading]) -> list[_Reading]:
        first: dict[tuple[str, str, str], int] = {}
        kept = []
        for r in readings:
            key = (r.unit_id, r.item.id, r.period)
            if key in first:
                value = f"{r.unit_code} {r.item.name} {r.period}"
                r.row.problem(book.UNIT, DUPLICATE_IN_FILE, value=value, first=first[key])
                continue
            first[key] = r.row.number
            kept.append(r)
        return kept


class _History:
    """Each meter's readings, from the database and the file, to check a reading against
    the one before it; also who pays the item in which month, and what is billed already."""

    def __init__(self, readings: list[_Reading]) -> None:
        unit_ids = sorted({r.unit_id for r in readings})
        self.meters: dict[tuple[str, str], dict[str, Decimal]] = defaultdict(dict)
        self.assignments: dict[tuple[str, str], list[tuple[date, date | None]]] = defaultdict(list)
        self.billed: dict[tuple[str, str, str], Decimal] = {}
        for chunk in _chunks(unit_ids):
            self._load(chunk)
        for r in readings:
            self.meters[(r.unit_id, r.item.id)][r.period] = r.current

    def _load(self, unit_ids: list[str]) -> None:
        for unit_id, item_id, period, current in MeterReading.select(
            MeterReading.unit, MeterReading.fee_item, MeterReading.period,
            MeterReading.current_reading,
        ).where(MeterReading.unit.in_(unit_ids)).tuples():  # fmt: skip
            self.meters[(unit_id, item_id)][period] = current
        for unit_id, item_id, start, end in FeeAssignment.select(
            FeeAssignment.unit, FeeAssignment.fee_item, FeeAssignment.start_date,
            FeeAssignment.end_date,
        ).where(FeeAssignment.unit.in_(unit_ids)).tuples():  # fmt: skip
            self.assignments[(unit_id, item_id)].append((start, end))
        query = Charge.select(Charge.unit, Charge.fee_item, Charge.period, Charge.quantity).where(
            Charge.unit.in_(unit_ids) & (Charge.kind == ChargeKind.BILL)
        )
        for unit_id, item_id, period, quantity in query.tuples():
            self.billed[(unit_id, item_id, period)] = quantity

    def check(self, r: _Reading) -> None:
        key = (r.unit_id, r.item.id)
        first, last_day = parse_period(r.period)
        if not any(s <= last_day and (e is None or e >= first) for s, e in self.assignments[key]):
            r.row.problem(
                book.UNIT, NOT_BILLED, unit=r.unit_code, item=r.item.name, period=r.period
            )
            return
        earlier = [p for p in self.meters[key] if p < r.period]
        last_period = max(earlier) if earlier else None
        last = self.meters[key][last_period] if last_period else None
        if r.meter_change:
            base = r.start if r.start is not None else ZERO
            if r.current < base:
                r.row.problem(book.READING, BELOW_START, value=str(r.current), start=str(base))
                return
        elif last is not None and r.current < last:
            r.row.problem(
                book.READING,
                BELOW_LAST,
                value=str(r.current),
                last=str(last),
                period=last_period,
                change=book.CHANGE,
            )
            return
        else:
            base = last if last is not None else ZERO
        billed = self.billed.get((r.unit_id, r.item.id, r.period))
        if billed is not None and billed != r.current - base:
            r.row.problem(
                book.READING,
                ALREADY_BILLED,
                item=r.item.name,
                period=r.period,
                billed=str(billed),
            )


def _metered_items() -> dict[str, FeeItem]:
    items: dict[str, FeeItem] = {}
    for item in FeeItem.select().where(FeeItem.kind == FeeKind.METERED):
        items[item.name] = items[item.code.upper()] = item
    return items


def _chunks(values: list[str]) -> list[list[str]]:
    return [values[i : i + 500] for i in range(0, len(values), 500)]


def _units(codes: set[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for chunk in _chunks(sorted(c for c in codes if c)):
        found.update(Unit.select(Unit.code, Unit.id).where(Unit.code.in_(chunk)).tuples())
    return found


def _counts(rows: int, readings: list[_Reading]) -> dict[str, object]:
    return {
        "rows": rows,
        "readings": len(readings),
        "units": len({r.unit_id for r in readings}),
        "meter_changes": sum(1 for r in readings if r.meter_change),
    }


class _Refused(Exception):
    """A row the reading service refused while writing: everything rolls back."""


def _write(actor: Actor, readings: list[_Reading], problems: Problems) -> None:
    for r in sorted(readings, key=lambda r: (r.period, r.row.number)):
        entry = ReadingEntry(r.unit_id, r.current, r.meter_change, r.start)
        try:
            record_reading(actor, r.item.id, r.period, r.day, entry)
        except ValidationError as exc:
            problems.add(book.READINGS, r.row.number, "", REFUSED, problem=str(exc))
            raise _Refused from exc


def import_readings(actor: Actor, path: Path | str, dry_run: bool = False) -> ImportReport:
    """Checks every row of the workbook at `path`; writes all of them, in one transaction,
    only if no row has a problem and this is not a dry run."""
    require(actor, Cap.BILLING_GENERATE)
    path = Path(path)
    problems = Problems([book.READINGS])
    tables = read_workbook(path, [book.READINGS], problems, empty_is_missing=True)
    table = tables.get(book.READINGS.key)
    written = False
    counts: dict[str, object] = _counts(0, [])
    try:
        with nullcontext() if dry_run else transaction():
            readings = _Checker(table, problems).run()
            counts = _counts(len(table.rows) if table else 0, readings)
            if not problems and not dry_run:
                _write(actor, readings, problems)
                audit.record(
                    actor,
                    "readings.import",
                    table="meter_reading",
                    after={"file": path.name, **counts},
                    detail=f"{path.name}: {counts['readings']} readings",
                )
                written = True
    except _Refused:
        pass  # rolled back; the refused row is among the problems
    return problems.report(counts, dry_run, written)
