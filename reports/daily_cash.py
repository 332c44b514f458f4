"""收款日结表: one cashier's business day (or every cashier's) — by payment method, by fee
item, the receipts, the voids and refunds of the day, net totals, and lines to sign (收款人,
复核人). PDF to sign and file; XLSX as one flat list (a 类别 column tells the sections apart)
so the figures can be filtered and summed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from app.services.collection import METHOD_NAMES
from app.services.day_close import DayReport, Line, day_report, day_reports
from app.services.permissions import Actor
from reports.fees_pdf import (
    build_pdf,
    columns,
    content_width,
    list_table,
    local_time,
    money,
    wrapped,
)
from reports.pdf_parts import Styles, signature_row, styles, text
from reports.xlsx_export import DATE, DECIMAL, TEXT, XlsxColumn, write_list

TITLE = "收款日结表"
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class DailyCashResult:
    path: Path
    cashiers: int
    receipts: int


def render_daily_cash(
    actor: Actor, day: date, out: Path | str, cashier_id: str | None = None
) -> DailyCashResult:
    """PDF or XLSX by the file's extension; every cashier of the day when none is given."""
    reports = [day_report(actor, cashier_id, day)] if cashier_id else day_reports(actor, day)
    out = Path(out)
    if out.suffix.lower() == ".xlsx":
        write_list(
            out,
            XLSX_COLUMNS,
            _xlsx_rows(reports),
            sheet_name="日结",
            title=f"{TITLE}（营业日 {day.isoformat()}）",
        )
    else:
        build_pdf(out, TITLE, _story(reports, day))
    return DailyCashResult(out, len(reports), sum(len(r.receipts) for r in reports))


def method_name(method: str) -> str:
    return METHOD_NAMES.get(method, method)


# --- PDF ---------------------------------------------------------------------------------


def _story(reports: list[DayReport], day: date) -> list:
    st = styles()
    if not reports:
        return [text(TITLE, st.title), text(f"营业日 {day.isoformat()} 无收款记录。", st.value)]
    story: list = []
    if len(reports) > 1:
        story += _office_summary(reports, day, st)
    for index, report in enumerate(reports):
        if index or len(reports) > 1:
            story.append(PageBreak())
        story += _section(report, st)
    return story


def _office_summary(reports: list[DayReport], day: date, st: Styles) -> list:
    widths = columns(False, None, 22, 30, 30, 30, 30)
    rows = [
        [r.cashier_name, str(len(r.receipts)), money(r.collected), money(r.voided),
         money(r.refunded), money(r.net)]
        for r in reports
    ]  # fmt: skip
    rows.append(
        ["合计", str(sum(len(r.receipts) for r in reports)),
         *(money(sum((getattr(r, k) for r in reports), start=ZERO))
           for k in ("collected", "voided", "refunded", "net"))]
    )  # fmt: skip
    header = ["收款人", "收据张数", "收款", "作废冲减", "退款", "净额"]
    return [
        text(TITLE, st.title),
        text(f"营业日：{day.isoformat()}　全部收款人汇总", st.number),
        Spacer(1, 3 * mm),
        list_table(
            header, rows, widths, numeric=range(1, 6), shaded_rows=[len(rows) - 1], size=9.5
        ),
    ]


def _status(report: DayReport) -> str:
    if report.closed_at is None:
        return "未日结"
    return f"已日结（{local_time(report.closed_at)}）"


def _section(report: DayReport, st: Styles) -> list:
    story: list = [
        text(TITLE, st.title),
        text(
            f"收款人：{report.cashier_name}　营业日：{report.day.isoformat()}　{_status(report)}",
            st.number,
        ),
    ]
    if not report.matches_close:
        story.append(text("注意：本日数据与日结时保存的数据不一致，请核查。", st.stamp))
    story += [
        text("一、按收款方式", st.heading),
        _lines_table("收款方式", report.by_method, method_name),
        text("二、按收费项目", st.heading),
        _lines_table("收费项目", report.by_item, str),
        text(f"三、收据明细（{len(report.receipts)} 张）", st.heading),
        _receipts_table(report, st),
        text("四、当日作废（含以前营业日的收据）", st.heading),
        _voids_table(report, st),
        text("五、当日退款", st.heading),
        _refunds_table(report, st),
        Spacer(1, 3 * mm),
        text(
            f"收款 {money(report.collected)} 元 − 作废冲减 {money(report.voided)} 元 − "
            f"退款 {money(report.refunded)} 元 ＝ 净额 {money(report.net)} 元",
            st.value,
        ),
        Spacer(1, 10 * mm),
        signature_row([("收款人", ""), ("复核人", ""), ("日期", "")], content_width()),
    ]
    return story


def _lines_table(label: str, lines: list[Line], name):
    widths = columns(False, None, 30, 30, 30, 30)
    rows = [
        [name(x.key), money(x.collected), money(x.voided), money(x.refunded), money(x.net)]
        for x in lines
    ]
    rows.append(
        ["合计", *(money(sum((getattr(x, k) for x in lines), start=ZERO))
                   for k in ("collected", "voided", "refunded", "net"))]
    )  # fmt: skip
    header = [label, "收款", "作废冲减", "退款", "净额"]
    return list_table(header, rows, widths, numeric=range(1, 5), shaded_rows=[len(rows) - 1])


def _none(st: Styles):
    return text("无", st.value)


def _receipts_table(report: DayReport, st: Styles):
    if not report.receipts:
        return _none(st)
    widths = columns(False, 30, 22, 28, 24, None, 26)
    rows = [
        [r.number, r.unit_code, r.payer, money(r.total), wrapped(r.methods_text),
         f"{r.voided_on.isoformat()} 作废" if r.voided_on else ""]
        for r in report.receipts
    ]  # fmt: skip
    header = ["收据号", "房号", "付款人", "金额", "收款方式", "备注"]
    return list_table(header, rows, widths, numeric=[3])


def _voids_table(report: DayReport, st: Styles):
    if not report.voids:
        return _none(st)
    widths = columns(False, 30, 22, 22, 24, None, 22)
    rows = [
        [
            v.number,
            v.receipt_date.isoformat(),
            v.unit_code,
            money(v.amount),
            wrapped(v.reason),
            v.voided_by,
        ]
        for v in report.voids
    ]
    header = ["收据号", "原收款日", "房号", "金额", "作废原因", "作废人"]
    return list_table(header, rows, widths, numeric=[3])


def _refunds_table(report: DayReport, st: Styles):
    if not report.refunds:
        return _none(st)
    widths = columns(False, 30, 22, 26, 22, 18, None, 22)
    rows = [
        [r.number, r.unit_code, r.item, money(r.amount), method_name(r.method), wrapped(r.reason),
         r.approved_by]
        for r in report.refunds
    ]  # fmt: skip
    header = ["退款单号", "房号", "项目", "金额", "方式", "原因", "批准人"]
    return list_table(header, rows, widths, numeric=[3])


# --- Excel -------------------------------------------------------------------------------

XLSX_COLUMNS = (
    XlsxColumn("收款人", TEXT),
    XlsxColumn("营业日", DATE),
    XlsxColumn("类别", TEXT),
    XlsxColumn("项目", TEXT),
    XlsxColumn("单据号", TEXT),
    XlsxColumn("房号", TEXT),
    XlsxColumn("付款人", TEXT),
    XlsxColumn("收款", DECIMAL),
    XlsxColumn("作废冲减", DECIMAL),
    XlsxColumn("退款", DECIMAL),
    XlsxColumn("净额", DECIMAL),
    XlsxColumn("说明", TEXT),
)


def _xlsx_rows(reports: list[DayReport]) -> Iterator[tuple]:
    for r in reports:
        head = (r.cashier_name, r.day)
        for x in r.by_method:
            yield (*head, "收款方式", method_name(x.key), None, None, None,
                   x.collected, x.voided, x.refunded, x.net, None)  # fmt: skip
        for x in r.by_item:
            yield (*head, "收费项目", x.key, None, None, None,
                   x.collected, x.voided, x.refunded, x.net, None)  # fmt: skip
        for e in r.receipts:
            note = e.methods_text + (f"；{e.voided_on.isoformat()} 作废" if e.voided_on else "")
            yield (*head, "收据", None, e.number, e.unit_code, e.payer,
                   e.total, None, None, e.total, note)  # fmt: skip
        for v in r.voids:
            note = f"原收款日 {v.receipt_date.isoformat()}；{v.reason}；作废人 {v.voided_by}"
            yield (*head, "作废", None, v.number, v.unit_code, None,
                   None, v.amount, None, -v.amount, note)  # fmt: skip
        for f in r.refunds:
            note = f"{method_name(f.method)}；{f.reason}；批准人 {f.approved_by}"
            yield (*head, "退款", f.item, f.number, f.unit_code, None,
                   None, None, f.amount, -f.amount, note)  # fmt: skip
        status = "未日结" if r.closed_at is None else f"已日结 {local_time(r.closed_at)}"
        yield (*head, "合计", None, None, None, None,
               r.collected, r.voided, r.refunded, r.net, status)  # fmt: skip
