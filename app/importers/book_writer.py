"""Writes a one-sheet import template: the sheet's header (red when required, each with a
note saying what to write), its example row, drop-downs for choice columns, and a second
sheet 说明 explaining every column. The payment and meter-reading templates share it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.importers.archive_book import Sheet

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

EXPLANATION = "说明"
VALIDATED_ROWS = 5000  # drop-downs reach this far down


def write_workbook(
    path: Path | str,
    sheet: Sheet,
    notes: Sequence[tuple[str, str, str]],
    decimal_columns: Sequence[str] = (),
) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet.name
    _data_sheet(worksheet, sheet, decimal_columns)
    _explanation_sheet(workbook.create_sheet(EXPLANATION), notes)
    path = Path(path)
    workbook.save(path)
    return path


def _data_sheet(worksheet: Worksheet, sheet: Sheet, decimal_columns: Sequence[str]) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    fill = PatternFill("solid", fgColor="DDEBF7")
    columns = zip(sheet.columns, sheet.example, strict=True)
    for index, (column, value) in enumerate(columns, 1):
        letter = get_column_letter(index)
        header = worksheet.cell(1, index, column.name)
        header.font = Font(bold=True, color="C00000" if column.required else "000000")
        header.fill = fill
        note = ("必填。" if column.required else "选填。") + column.note
        header.comment = Comment(note, "PropDesk", width=260, height=90)
        cell = worksheet.cell(2, index, value)
        worksheet.column_dimensions[letter].width = column.width + 2
        if column.text:
            worksheet.column_dimensions[letter].number_format = "@"
            cell.number_format = "@"
        elif isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"
        elif column.name in decimal_columns:
            cell.number_format = "0.00"
        if column.choices:
            validation = DataValidation(
                type="list", formula1='"' + ",".join(column.choices) + '"', allow_blank=True
            )
            validation.add(f"{letter}2:{letter}{VALIDATED_ROWS}")
            worksheet.add_data_validation(validation)
    worksheet.freeze_panes = "A2"


def _explanation_sheet(worksheet: Worksheet, notes: Sequence[tuple[str, str, str]]) -> None:
    from openpyxl.styles import Alignment, Font

    for values in notes:
        worksheet.append(values)
    for cell in worksheet[1]:
        cell.font = Font(bold=True)
    for row in worksheet.iter_rows(min_row=2):
        row[2].alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in (("A", 12), ("B", 6), ("C", 90)):
        worksheet.column_dimensions[letter].width = width
