"""月报: the manager's monthly report as PDF (A4, CJK font embedded, office and month in the
header, page numbers, charts) or XLSX (a summary sheet, then one sheet per section with real
numbers, frozen headers, totals as SUM formulas and charts).

Both lay out the same MonthReport from app.services.monthly_figures; nothing is computed here
except a table's total line, which the PDF adds up and the XLSX writes as a formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from app.services.monthly_figures import (
    DATE,
    INT,
    MONEY,
    NUMERIC,
    PERCENT,
    QTY,
    Fact,
    MonthReport,
    Section,
    Table,
    month_report,
)
from app.services.permissions import Actor
from reports.fees_pdf import build_pdf, content_width, list_table, local_time, money
from reports.monthly_charts import draw_chart
from reports.pdf_parts import form_table, styles, text

TITLE = "物业服务中心月度工作报告"
WEIGHTS = {MONEY: 1.6, "text": 1.8, DATE: 1.4, PERCENT: 1.1}


@dataclass(frozen=True)
class MonthlyResult:
    path: Path
    sections: int
    closed: bool


def render_monthly(
    actor: Actor, period: str, out: Path | str, today: date | None = None
) -> MonthlyResult:
    """PDF or XLSX by the file's extension; a closed month prints its stored figures."""
    report = month_report(actor, period, today)
    return write_monthly(report, out)


def write_monthly(report: MonthReport, out: Path | str) -> MonthlyResult:
    out = Path(out)
    if out.suffix.lower() == ".xlsx":
        from reports.monthly_xlsx import write_monthly_xlsx

        write_monthly_xlsx(report, out)
    else:
        write_monthly_pdf(report, out)
    return MonthlyResult(out, len(report.sections), report.closed_at is not None)


def cell_text(value: object, kind: str) -> str:
    if value is None:
        return "—" if kind == PERCENT else ""
    if kind == MONEY:
        return money(value)  # type: ignore[arg-type]
    if kind == PERCENT:
        return f"{Decimal(value) * 100:.2f}%"  # type: ignore[arg-type]
    if kind == INT:
        return f"{int(value):,}"  # type: ignore[call-overload]
    if kind == QTY:
        return f"{value:,}"
    if kind == DATE:
        return value.isoformat()  # type: ignore[attr-defined]
    return str(value)


def status_line(report: MonthReport) -> str:
    if report.closed_at is not None:
        from app.clock import from_utc_text

        when = local_time(from_utc_text(report.closed_at))
        return f"已月结（{when}，{report.closed_by}）：数据为月结时的存档"
    return f"未月结：数据截至 {report.cutoff}"


def write_monthly_pdf(report: MonthReport, out: Path) -> Path:
    st = styles()
    story: list = [
        text(f"{report.office}", st.office),
        text(f"{TITLE}（{report.period}）", st.title),
        text(status_line(report), st.number),
        Spacer(1, 3 * mm),
    ]
    for section in report.sections:
        story += _section_story(section, st)
    return build_pdf(out, f"月报 {report.period}", story)


def _section_story(section: Section, st: object) -> list:
    width = content_width()
    parts: list = [CondPageBreak(40 * mm), text(section.title, st.heading)]  # type: ignore[attr-defined]
    if section.facts:
        parts.append(_facts_grid(section.facts, width, st))
        parts.append(Spacer(1, 2 * mm))
    for chart in section.charts:
        parts.append(draw_chart(chart, width))
        parts.append(Spacer(1, 2 * mm))
    for table in section.tables:
        parts.append(_table_block(table, width, st))
        parts.append(Spacer(1, 2 * mm))
    if section.note:
        parts.append(text(f"说明：{section.note}", st.small))  # type: ignore[attr-defined]
    parts.append(Spacer(1, 3 * mm))
    return parts


def _facts_grid(facts: Sequence[Fact], width: float, st: object) -> object:
    per_row = 3
    cells = [(f.label, cell_text(f.value, f.kind)) for f in facts]
    rows = []
    for i in range(0, len(cells), per_row):
        chunk = cells[i : i + per_row]
        chunk += [("", "")] * (per_row - len(chunk))
        rows.append([x for pair in chunk for x in pair])
    label, value = width * 0.19, width * 0.1433
    return form_table(rows, [label, value] * per_row, st)  # type: ignore[arg-type]


def table_rows(table: Table) -> tuple[list[list[str]], list[int]]:
    """The rows as printed and the index of the total line (shaded)."""
    kinds = [c.kind for c in table.columns]
    rows = [[cell_text(v, k) for v, k in zip(r, kinds, strict=True)] for r in table.rows]
    shaded = []
    if table.has_total and table.rows:
        rows.append([cell_text(v, k) for v, k in zip(table.totals(), kinds, strict=True)])
        shaded.append(len(rows) - 1)
    return rows, shaded


def _table_block(table: Table, width: float, st: object) -> object:
    caption = text(table.title, st.value)  # type: ignore[attr-defined]
    if not table.rows:
        return KeepTogether([caption, text("（本月无记录）", st.small)])  # type: ignore[attr-defined]
    rows, shaded = table_rows(table)
    widths = _widths(table, width)
    numeric = [i for i, c in enumerate(table.columns) if c.kind in (*NUMERIC, PERCENT)]
    grid = list_table([c.header for c in table.columns], rows, widths, numeric=numeric,
                      shaded_rows=shaded)  # fmt: skip
    return KeepTogether([caption, Spacer(1, 1 * mm), grid]) if len(rows) < 30 else grid


def _widths(table: Table, width: float) -> list[float]:
    weights = [WEIGHTS.get(c.kind, 1.0) for c in table.columns]
    total = sum(weights)
    return [width * w / total for w in weights]
