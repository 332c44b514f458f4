"""欠费账龄分析表: arrears by building and unit with ageing buckets, as PDF or Excel.

Both carry a subtotal line per building and the estate total. The program only lists and
reminds: cutting water or power over arrears is unlawful (RULES.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.services.arrears_list import (
    ArrearsRow,
    ArrearsSummary,
    ArrearsTotals,
    arrears_by_unit,
    summarise,
)
from app.services.permissions import Actor
from app.services.reminders import CHANNEL_NAMES
from reports.fees_pdf import build_pdf, columns, list_table, money
from reports.pdf_parts import styles, text
from reports.xlsx_export import DATE, DECIMAL, INTEGER, TEXT, XlsxColumn, write_list

TITLE = "欠费账龄分析表"
BUCKET_HEADERS = ("≤30天", "31–90天", "91–180天", ">180天")
NOTE = (
    "说明：逾期天数按应缴日期计算，截至统计日；金额单位：元。"
    "本表用于提醒业主缴费，请以沟通、书面通知等方式催缴。"
)


@dataclass(frozen=True)
class ReportResult:
    path: Path
    rows: int  # units listed


def render_arrears(
    actor: Actor, on: date, out: Path | str, building_id: str | None = None
) -> ReportResult:
    """PDF or XLSX by the file's extension."""
    out = Path(out)
    if out.suffix.lower() == ".xlsx":
        return write_arrears_xlsx(actor, on, out, building_id)
    return render_arrears_pdf(actor, on, out, building_id)


def _last_reminder(row: ArrearsRow) -> str:
    if row.last_reminder_date is None:
        return ""
    channel = CHANNEL_NAMES.get(row.last_reminder_channel, row.last_reminder_channel)
    return f"{row.last_reminder_date.isoformat()} {channel}"


def _subtotals(summary: ArrearsSummary) -> dict[str | None, ArrearsTotals]:
    return {b.building_id: b for b in summary.buildings}


# --- PDF ---------------------------------------------------------------------------------


def render_arrears_pdf(
    actor: Actor, on: date, out: Path | str, building_id: str | None = None
) -> ReportResult:
    rows = arrears_by_unit(actor, on, building_id)
    summary = summarise(on, rows)
    st = styles()
    story: list = [
        text(TITLE, st.title),
        text(
            f"统计日：{on.isoformat()}　欠费户数：{summary.overall.units}　"
            f"欠费总额：{money(summary.overall.total)} 元",
            st.number,
        ),
        text("一、按楼栋汇总", st.heading),
        _summary_table(summary),
        text("二、欠费明细", st.heading),
    ]
    subtotals = _subtotals(summary)
    for building_id_, group in groupby(rows, key=lambda r: r.building_id):
        units = list(group)
        total = subtotals[building_id_]
        story.append(text(f"{units[0].building}（{len(units)} 户）", st.value))
        story.append(_detail_table(units, total))
        story.append(Spacer(1, 3 * mm))
    if not rows:
        story.append(text("统计日无欠费。", st.value))
    story += [Spacer(1, 3 * mm), text(NOTE, st.small)]
    build_pdf(out, TITLE, story, wide=True)
    return ReportResult(Path(out), len(rows))


def _totals_cells(t: ArrearsTotals) -> list[str]:
    return [money(t.total), *(money(b) for b in t.buckets.as_tuple())]


def _summary_table(summary: ArrearsSummary):
    widths = columns(True, None, 25, 32, 32, 32, 32, 32)
    rows = [[b.building, str(b.units), *_totals_cells(b)] for b in summary.buildings]
    rows.append(["合计", str(summary.overall.units), *_totals_cells(summary.overall)])
    header = ["楼栋", "欠费户数", "欠费合计", *BUCKET_HEADERS]
    return list_table(
        header, rows, widths, numeric=range(1, 7), shaded_rows=[len(rows) - 1], size=9
    )


def _detail_table(units: list[ArrearsRow], total: ArrearsTotals):
    widths = columns(True, 24, None, 26, 24, 22, 22, 22, 22, 18, 30)
    rows = [
        [
            r.unit_code,
            r.owners,
            r.phone,
            money(r.total),
            *(money(b) if b else "" for b in r.buckets.as_tuple()),
            r.oldest_period,
            _last_reminder(r),
        ]
        for r in units
    ]
    rows.append([f"{total.building} 小计", f"{total.units} 户", "", *_totals_cells(total), "", ""])
    header = ["房号", "业主", "电话", "欠费合计", *BUCKET_HEADERS, "最早欠费", "最近催缴"]
    return list_table(header, rows, widths, numeric=range(3, 8), shaded_rows=[len(rows) - 1])


# --- Excel -------------------------------------------------------------------------------

XLSX_COLUMNS = (
    XlsxColumn("楼栋", TEXT),
    XlsxColumn("房号", TEXT),
    XlsxColumn("业主", TEXT),
    XlsxColumn("电话", TEXT),
    XlsxColumn("欠费户数", INTEGER),
    XlsxColumn("欠费合计", DECIMAL),
    *(XlsxColumn(h, DECIMAL) for h in BUCKET_HEADERS),
    XlsxColumn("最早欠费期间", TEXT),
    XlsxColumn("最近催缴日期", DATE),
    XlsxColumn("最近催缴方式", TEXT),
)


def write_arrears_xlsx(
    actor: Actor, on: date, out: Path | str, building_id: str | None = None
) -> ReportResult:
    """One row per unit, a 小计 row after each building, 总计 at the end; amounts are
    numbers (yuan, two decimals)."""
    rows = arrears_by_unit(actor, on, building_id)
    summary = summarise(on, rows)
    write_list(
        out,
        XLSX_COLUMNS,
        _xlsx_rows(rows, summary),
        sheet_name="欠费",
        title=f"{TITLE}（统计日 {on.isoformat()}）",
    )
    return ReportResult(Path(out), len(rows))


def _xlsx_rows(rows: list[ArrearsRow], summary: ArrearsSummary) -> Iterator[tuple]:
    subtotals = _subtotals(summary)
    for building_id, group in groupby(rows, key=lambda r: r.building_id):
        for r in group:
            yield (
                r.building,
                r.unit_code,
                r.owners,
                r.phone,
                1,
                r.total,
                *r.buckets.as_tuple(),
                r.oldest_period,
                r.last_reminder_date,
                CHANNEL_NAMES.get(r.last_reminder_channel, r.last_reminder_channel),
            )
        yield _xlsx_total(f"{subtotals[building_id].building} 小计", subtotals[building_id])
    yield _xlsx_total("总计", summary.overall)


def _xlsx_total(label: str, t: ArrearsTotals) -> tuple:
    return (label, None, None, None, t.units, t.total, *t.buckets.as_tuple(), None, None, None)
