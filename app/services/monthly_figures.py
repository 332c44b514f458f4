"""The monthly report's figures (月报), as sections of plain tables, facts and chart series.

One query layer for the PDF, the XLSX, the 报表 page and the month close: every figure is
computed here once and the documents only lay it out, so the same number shows everywhere.

A section is built by a function registered in `SECTION_BUILDERS` (in report order). A
module that lands later (parking: income and invoice-book use) adds its section with one call:

    register_section("parking", build_parking_section, after="receipts")

where `build_parking_section(scope: MonthScope) -> Section`. The documents, the month close's
stored figures and the page pick it up without further changes.

Cells are typed by their column: text, int, money (Decimal yuan), percent (Decimal fraction,
0.9530 = 95.30 %), qty (Decimal) or date. A closed month's sections are stored as JSON
(`to_json` / `from_json`) so a reprint shows exactly what was closed.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.services import settings
from app.services.periods import add_months, parse_period
from app.services.permissions import Actor, Cap, require
from app.services.unit_facts import office_today

TEXT, INT, MONEY, PERCENT, QTY, DATE = "text", "int", "money", "percent", "qty", "date"
NUMERIC = (INT, MONEY, QTY)  # the kinds a total line adds up
TREND_MONTHS = 12


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = TEXT
    total: bool = False  # the table's total line sums this column
    # A rate on the total line: (numerator, minuend, subtrahend) column headers, giving
    # numerator ÷ (minuend − subtrahend) of the totals (收缴率 = 实收 ÷ (应收 − 减免)).
    ratio: tuple[str, str, str] | None = None


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple[Column, ...]
    rows: list[tuple]
    total_label: str | None = "合计"  # None: no total line

    @property
    def has_total(self) -> bool:
        return self.total_label is not None and any(c.total for c in self.columns)

    def totals(self) -> tuple:
        """The total line: label in the first column, sums under the `total` columns."""
        line: list[object] = [self.total_label] + [None] * (len(self.columns) - 1)
        for i, column in enumerate(self.columns):
            if column.total:
                zero = 0 if column.kind == INT else Decimal("0.00")
                line[i] = sum((r[i] or 0 for r in self.rows), zero)
        headers = [c.header for c in self.columns]
        for i, column in enumerate(self.columns):
            if column.ratio:
                num, minuend, subtrahend = (line[headers.index(h)] for h in column.ratio)
                base = Decimal(minuend) - Decimal(subtrahend)  # type: ignore[arg-type]
                line[i] = (Decimal(num) / base).quantize(Decimal("0.0001")) if base > 0 else None  # type: ignore[arg-type]
        return tuple(line)

    def column_values(self, index: int) -> list:
        return [r[index] for r in self.rows]


@dataclass(frozen=True)
class Fact:
    label: str
    value: object
    kind: str = TEXT


@dataclass(frozen=True)
class Chart:
    """A series to draw: bars (by building, by category) or a line (12-month trend)."""

    key: str
    title: str
    kind: str  # "bar" or "line"
    labels: list[str]
    series: list[tuple[str, list[Decimal | None]]]  # (name, one value per label; None: none)
    percent: bool = False


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    facts: list[Fact] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    note: str = ""

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    def fact(self, label: str) -> object:
        return next(f.value for f in self.facts if f.label == label)


@dataclass(frozen=True)
class MonthScope:
    """Which month, and the day its figures stand at: the month's last day once it is over,
    today while it runs."""

    period: str
    first: date
    last: date
    cutoff: date
    today: date

    @property
    def running(self) -> bool:
        return self.cutoff < self.last

    def trend_periods(self) -> list[str]:
        return [add_months(self.period, -k) for k in range(TREND_MONTHS - 1, -1, -1)]


def month_scope(period: str, today: date | None = None) -> MonthScope:
    first, last = parse_period(period)
    today = today or office_today()
    return MonthScope(period, first, last, min(last, today), today)


@dataclass(frozen=True)
class MonthReport:
    period: str
    office: str
    cutoff: date
    sections: list[Section]
    closed_at: str | None = None  # UTC text of the month close these figures were stored at
    closed_by: str | None = None

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


SectionBuilder = Callable[[MonthScope], Section]
SECTION_BUILDERS: list[tuple[str, SectionBuilder]] = []


def register_section(key: str, builder: SectionBuilder, after: str | None = None) -> None:
    """Adds a section to every monthly report (after the section `after`, else at the end);
    registering the same key again replaces the builder in place."""
    if not _builtins_loading:
        _load_builtins()
    keys = [k for k, _ in SECTION_BUILDERS]
    if key in keys:
        SECTION_BUILDERS[keys.index(key)] = (key, builder)
        return
    position = keys.index(after) + 1 if after in keys else len(SECTION_BUILDERS)
    SECTION_BUILDERS.insert(position, (key, builder))


_builtins_loading = False


def _load_builtins() -> None:
    """The built-in sections register when app.services.monthly_sections is imported; a
    module registering its own section gets them in place first, so `after=` finds them."""
    global _builtins_loading
    _builtins_loading = True
    try:
        import app.services.monthly_sections  # noqa: F401
    finally:
        _builtins_loading = False


NUMERALS = [
    "一",
    "二",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "十一",
    "十二",
    "十三",
    "十四",
    "十五",
    "十六",
]


def build_sections(scope: MonthScope) -> list[Section]:
    """Every section, numbered 一、二、… in report order (a section added later renumbers
    the ones after it)."""
    _load_builtins()
    sections = [builder(scope) for _, builder in SECTION_BUILDERS]
    return [
        dataclasses.replace(section, title=f"{NUMERALS[n]}、{section.title}")
        for n, section in enumerate(sections)
    ]


def live_report(actor: Actor, period: str, today: date | None = None) -> MonthReport:
    """The month's figures computed now from the records."""
    require(actor, Cap.REPORT_VIEW)
    scope = month_scope(period, today)
    return MonthReport(
        period, settings.get(settings.OFFICE_NAME), scope.cutoff, build_sections(scope)
    )


def month_report(actor: Actor, period: str, today: date | None = None) -> MonthReport:
    """A closed month's stored figures (exactly as closed), else the live ones."""
    from app.services.month_close import stored_report

    require(actor, Cap.REPORT_VIEW)
    return stored_report(period) or live_report(actor, period, today)


# --- JSON for the month close ---------------------------------------------------------


def _cell_out(value: object, kind: str) -> object:
    if value is None:
        return None
    if kind in (MONEY, PERCENT, QTY):
        return str(value)
    if kind == DATE:
        return value.isoformat()  # type: ignore[union-attr]
    return value


def _cell_in(value: object, kind: str) -> object:
    if value is None:
        return None
    if kind in (MONEY, PERCENT, QTY):
        return Decimal(str(value))
    if kind == DATE:
        return date.fromisoformat(str(value))
    return value


def report_to_json(report: MonthReport) -> str:
    sections = []
    for s in report.sections:
        tables = [
            {
                "key": t.key,
                "title": t.title,
                "total_label": t.total_label,
                "columns": [[c.header, c.kind, c.total, c.ratio] for c in t.columns],
                "rows": [
                    [_cell_out(v, t.columns[i].kind) for i, v in enumerate(r)] for r in t.rows
                ],
            }
            for t in s.tables
        ]
        charts = [
            {
                "key": c.key,
                "title": c.title,
                "kind": c.kind,
                "labels": c.labels,
                "percent": c.percent,
                "series": [[n, [None if v is None else str(v) for v in vs]] for n, vs in c.series],
            }
            for c in s.charts
        ]
        facts = [[f.label, _cell_out(f.value, f.kind), f.kind] for f in s.facts]
        sections.append(
            {
                "key": s.key,
                "title": s.title,
                "facts": facts,
                "tables": tables,
                "charts": charts,
                "note": s.note,
            }
        )
    return json.dumps(
        {
            "period": report.period,
            "office": report.office,
            "cutoff": report.cutoff.isoformat(),
            "sections": sections,
        },
        ensure_ascii=False,
    )


def report_from_json(text: str, closed_at: str | None, closed_by: str | None) -> MonthReport:
    data = json.loads(text)
    sections = []
    for s in data["sections"]:
        tables = []
        for t in s["tables"]:
            columns = tuple(
                Column(h, k, bool(total), tuple(ratio) if ratio else None)
                for h, k, total, ratio in t["columns"]
            )
            rows = [tuple(_cell_in(v, columns[i].kind) for i, v in enumerate(r)) for r in t["rows"]]
            tables.append(Table(t["key"], t["title"], columns, rows, t["total_label"]))
        charts = [
            Chart(
                c["key"],
                c["title"],
                c["kind"],
                c["labels"],
                [(n, [None if v is None else Decimal(v) for v in vs]) for n, vs in c["series"]],
                c["percent"],
            )
            for c in s["charts"]
        ]
        facts = [Fact(label, _cell_in(value, kind), kind) for label, value, kind in s["facts"]]
        sections.append(Section(s["key"], s["title"], facts, tables, charts, s["note"]))
    return MonthReport(
        data["period"],
        data["office"],
        date.fromisoformat(data["cutoff"]),
        sections,
        closed_at,
        closed_by,
    )
