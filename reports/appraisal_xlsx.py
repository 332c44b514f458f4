"""岗位考核 of a month as an Excel sheet: one row per staff member, each item's score, the
figures behind the computed ones, the weighted total and whether the manager confirmed it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from app.services.appraisal import WEIGHTS, AppraisalRow

HEADINGS = {
    "feedback": "投诉及时反馈", "return_visits": "有效投诉回访", "repairs": "维修及时完成",
    "collection": "责任楼栋收费率", "voids": "收据作废", "appearance": "仪容仪表",
    "attitude": "服务态度", "discipline": "劳动纪律", "records": "文件档案",
}  # fmt: skip
STATUS = {"draft": "草稿", "confirmed": "已确认"}


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def export_appraisals(rows: list[AppraisalRow], out: Path | str) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    sheet = book.active
    period = rows[0].period if rows else ""
    sheet.title = f"{period} 岗位考核"[:31]
    sheet.append([f"{period} 岗位考核"])
    sheet["A1"].font = Font(bold=True, size=14)
    items = list(WEIGHTS)
    sheet.append(
        ["姓名", *(f"{HEADINGS[i]}（权重{WEIGHTS[i]}）" for i in items),
         "投诉（及时/总数）", "维修（及时/总数）", "总分", "状态", "确认人"]
    )  # fmt: skip
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in rows:
        f = row.figures
        sheet.append(
            [row.display_name, *(_number(row.scores.get(i)) for i in items),
             f"{f.complaints_on_time}/{f.complaints}", f"{f.repairs_on_time}/{f.repairs}",
             float(row.total), STATUS.get(row.status, row.status), row.confirmed_by]
        )  # fmt: skip
    sheet.column_dimensions["A"].width = 12
    for column in range(2, len(items) + 7):
        sheet.column_dimensions[sheet.cell(2, column).column_letter].width = 13
    book.save(out)
    return out
