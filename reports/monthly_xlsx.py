"""The monthly report as a workbook: 概要 (every section's key figures), then one sheet per
section. Numbers are numbers with formats, each sheet's first header row is frozen, total
lines are SUM formulas over the rows above, and the charts sit beside their tables.

The workbook is small (a few hundred rows), so openpyxl's normal mode is fast enough here.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.services.monthly_figures import (
    DATE,
    INT,
    MONEY,
    PERCENT,
    QTY,
    Chart,
    MonthReport,
    Section,
    Table,
)
from reports.monthly import TITLE, status_line

FORMATS = {MONEY: "#,##0.00", INT: "#,##0", PERCENT: "0.00%", QTY: "#,##0.000",
           DATE: "yyyy-mm-dd"}  # fmt: skip
HEADER_FILL = PatternFill("solid", fgColor="E8EEF4")
TOTAL_FILL = PatternFill("solid", fgColor="F6F1DD")
BOLD = Font(bold=True)


def write_monthly_xlsx(report: MonthReport, out: Path) -> Path:
    book = Workbook()
    summary = book.active
    summary.title = "概要"
    _summary(summary, report)
    for section in report.sections:
        _section_sheet(book.create_sheet(sheet_name(section)), section, report)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    book.save(partial)
    partial.replace(out)
    return out


def sheet_name(section: Section) -> str:
    """「一、收费情况」 → 「收费情况」 (sheet names are short and may not hold some signs)."""
    name = section.title.split("、", 1)[-1]
    return "".join(ch for ch in name if ch not in "[]:*?/\\")[:31]


def _summary(sheet: Worksheet, report: MonthReport) -> None:
    sheet["A1"] = f"{report.office} {TITLE}（{report.period}）"
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = status_line(report)
    _header(sheet, 3, ["项目", "指标", "数值"])
    row = 4
    for section in report.sections:
        for fact in section.facts:
            sheet.cell(row, 1, sheet_name(section))
            sheet.cell(row, 2, fact.label)
            _put(sheet.cell(row, 3), fact.value, fact.kind)
            row += 1
    sheet.freeze_panes = "A4"
    _widths(sheet, [14, 26, 18])


def _header(sheet: Worksheet, row: int, headers: list[str]) -> None:
    for col, header in enumerate(headers, 1):
        cell = sheet.cell(row, col, header)
        cell.font, cell.fill = BOLD, HEADER_FILL
        cell.alignment = Alignment(horizontal="center")


def _put(cell: object, value: object, kind: str) -> None:
    cell.value = value  # type: ignore[attr-defined]
    if kind in FORMATS:
        cell.number_format = FORMATS[kind]  # type: ignore[attr-defined]


def _section_sheet(sheet: Worksheet, section: Section, report: MonthReport) -> None:
    sheet["A1"] = f"{section.title}（{report.period}）"
    sheet["A1"].font = Font(bold=True, size=12)
    row = 2
    places: dict[str, tuple[int, int]] = {}  # table key → (header row, last data row)
    widest = 1
    for table in section.tables:
        sheet.cell(row, 1, table.title).font = BOLD
        header_row = row + 1
        if not places:
            sheet.freeze_panes = f"A{header_row + 1}"
        last = _table(sheet, table, header_row)
        places[table.key] = (header_row, last)
        widest = max(widest, len(table.columns))
        row = last + (3 if table.has_total and table.rows else 2)
    if section.note:
        sheet.cell(row, 1, f"说明：{section.note}")
    _widths(sheet, [18] + [14] * (widest - 1))
    anchor_col = get_column_letter(widest + 2)
    anchor_row = 2
    for chart in section.charts:
        if chart.key in places and places[chart.key][1] > places[chart.key][0]:
            table = section.table(chart.key)
            sheet.add_chart(_chart(sheet, chart, table, places[chart.key]),
                            f"{anchor_col}{anchor_row}")  # fmt: skip
            anchor_row += 18


def _table(sheet: Worksheet, table: Table, header_row: int) -> int:
    """Writes header and rows (and the total line); returns the last data row."""
    _header(sheet, header_row, [c.header for c in table.columns])
    row = header_row
    for values in table.rows:
        row += 1
        for col, (value, column) in enumerate(zip(values, table.columns, strict=True), 1):
            _put(sheet.cell(row, col), value, column.kind)
    if table.has_total and table.rows:
        total_row = row + 1
        sheet.cell(total_row, 1, table.total_label).font = BOLD
        for col, column in enumerate(table.columns, 1):
            cell = sheet.cell(total_row, col)
            cell.fill = TOTAL_FILL
            if column.total:
                letter = get_column_letter(col)
                cell.value = f"=SUM({letter}{header_row + 1}:{letter}{row})"
                cell.number_format = FORMATS.get(column.kind, "General")
                cell.font = BOLD
            elif column.ratio:
                headers = [c.header for c in table.columns]
                num, minuend, subtrahend = (
                    f"{get_column_letter(headers.index(h) + 1)}{total_row}" for h in column.ratio
                )
                cell.value = f'=IF({minuend}-{subtrahend}>0,{num}/({minuend}-{subtrahend}),"")'
                cell.number_format = FORMATS[PERCENT]
                cell.font = BOLD
    return row


def _chart(
    sheet: Worksheet, chart: Chart, table: Table, place: tuple[int, int]
) -> BarChart | LineChart:
    header_row, last = place
    plot = LineChart() if chart.kind == "line" else BarChart()
    plot.title = chart.title
    plot.height, plot.width = 8, 16
    headers = [c.header for c in table.columns]
    for name, _ in chart.series:
        if name in headers:
            col = headers.index(name) + 1
            data = Reference(sheet, min_col=col, min_row=header_row, max_row=last)
            plot.add_data(data, titles_from_data=True)
    plot.set_categories(Reference(sheet, min_col=1, min_row=header_row + 1, max_row=last))
    if chart.percent:
        plot.y_axis.number_format = "0%"
    return plot


def _widths(sheet: Worksheet, widths: list[int]) -> None:
    for i, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(i)].width = width
