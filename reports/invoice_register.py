"""发票领用登记簿 as PDF or Excel: one line per book for the month, then the voided numbers
with their reasons (auditors ask for them). Per book: used + void + returned + remaining =
size; the totals line says the same for the office."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.services.invoice_register import Register, RegisterRow, invoice_register
from app.services.permissions import Actor
from reports.fees_pdf import build_pdf, columns, list_table, money, wrapped
from reports.pdf_parts import styles, text

TITLE = "发票领用登记簿"
HEADER = (
    "发票种类",
    "面额",
    "本号",
    "起号",
    "止号",
    "份数",
    "领入日期",
    "来源",
    "领用人",
    "本月使用",
    "累计使用",
    "作废",
    "退回",
    "结存",
    "缴销日期",
)
VOID_HEADER = ("本号", "起号", "止号", "份数", "日期", "领用人", "作废原因")
NOTE = (
    "说明：领用人后为领用日期（月-日）；累计使用、作废、退回、结存均截至月末；"
    "每本：累计使用＋作废＋退回＋结存＝份数。发票存根及本登记簿保存五年。"
)


@dataclass(frozen=True)
class ReportResult:
    path: Path
    books: int


def render_invoice_register(actor: Actor, month: str, out: Path | str) -> ReportResult:
    """PDF or XLSX by the file's extension."""
    register = invoice_register(actor, month)
    out = Path(out)
    if out.suffix.lower() == ".xlsx":
        _xlsx(register, out)
    else:
        _pdf(register, out)
    return ReportResult(out, len(register.rows))


def _values(r: RegisterRow) -> list[object]:
    return [
        r.invoice_type,
        r.denomination,
        r.book_code,
        r.first,
        r.last,
        r.size,
        r.received_on,
        r.received_from,
        r.issued_to,
        r.used_month,
        r.used,
        r.void,
        r.returned,
        r.remaining,
        r.written_off_on,
    ]


def _total_values(register: Register) -> list[object]:
    t = register.totals
    return [
        "合计",
        None,
        f"{len(register.rows)} 本",
        None,
        None,
        t["size"],
        None,
        None,
        None,
        t["used_month"],
        t["used"],
        t["void"],
        t["returned"],
        t["remaining"],
        None,
    ]


def _shown(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "quantize"):
        return money(value)
    return str(value)


def _pdf(register: Register, out: Path) -> None:
    st = styles()
    widths = columns(True, 32, 12, 22, 16, 16, 9, 18, 40, None, 15, 15, 10, 10, 10, 18)
    wrap = {0, 7, 8}  # type, source and holders wrap rather than lose their ends
    rows = [
        [wrapped(v) if i in wrap else _shown(v) for i, v in enumerate(_values(r))]
        for r in register.rows
    ]
    rows.append([_shown(v) for v in _total_values(register)])
    value = sum((r.used_value_month for r in register.rows), start=0)
    story: list = [
        text(TITLE, st.title),
        text(
            f"月份：{register.period}（{register.first_day} 至 {register.last_day}）　"
            f"发票：{len(register.rows)} 本　本月使用 {register.totals['used_month']} 份，"
            f"面额合计 {money(value) if value else '0.00'} 元",
            st.number,
        ),
        Spacer(1, 2 * mm),
        list_table(
            HEADER, rows, widths, numeric=(1, 5, 9, 10, 11, 12, 13), shaded_rows=[len(rows) - 1]
        ),
        Spacer(1, 2 * mm),
        text(NOTE, st.small),
        Spacer(1, 4 * mm),
        text(f"本月作废发票（{sum(v.count for v in register.voids)} 份）", st.heading),
    ]
    if register.voids:
        void_rows = [
            [v.book_code, v.first, v.last, str(v.count), str(v.recorded_on), v.holder, v.reason]
            for v in register.voids
        ]
        story.append(
            list_table(
                VOID_HEADER, void_rows, columns(True, 25, 22, 22, 14, 22, 30, None), numeric=(3,)
            )
        )
    else:
        story.append(text("本月无作废发票。", st.value))
    story += [
        Spacer(1, 8 * mm),
        text("登记人：＿＿＿＿＿＿＿＿＿　　复核：＿＿＿＿＿＿＿＿＿", st.value),
    ]
    build_pdf(out, f"{TITLE} {register.period}", story, wide=True)


def _xlsx(register: Register, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    sheet = book.active
    sheet.title = "登记簿"
    sheet.append([f"{TITLE}（{register.period}）"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(list(HEADER))
    bold, shade = Font(bold=True), PatternFill("solid", fgColor="F0F0F0")
    for cell in sheet[2]:
        cell.font, cell.fill = bold, shade
        cell.alignment = Alignment(horizontal="center")
    for r in register.rows:
        sheet.append(_values(r))
    sheet.append(_total_values(register))
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for row in sheet.iter_rows(min_row=3, min_col=2, max_col=2):
        row[0].number_format = "0.00"
    for row in sheet.iter_rows(min_row=3, min_col=7, max_col=7):
        row[0].number_format = "yyyy-mm-dd"
    for row in sheet.iter_rows(min_row=3, min_col=15, max_col=15):
        row[0].number_format = "yyyy-mm-dd"
    widths = (14, 8, 12, 11, 11, 7, 12, 12, 24, 9, 9, 7, 7, 7, 12)
    for i, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + i)].width = width
    sheet.freeze_panes = "A3"
    voids = book.create_sheet("作废")
    voids.append(list(VOID_HEADER))
    for cell in voids[1]:
        cell.font, cell.fill = bold, shade
    for v in register.voids:
        voids.append([v.book_code, v.first, v.last, v.count, v.recorded_on, v.holder, v.reason])
    for row in voids.iter_rows(min_row=2, min_col=5, max_col=5):
        row[0].number_format = "yyyy-mm-dd"
    book.save(out)
