"""临停收费交班报表: one shift — who, when, the visits and summary entries, the invoices
handed out (by book and number range, voids with reasons), cash expected, counted and the
difference; a shift whose invoices are worth more than its takings is flagged in red."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.models.parking import VisitKind
from app.services.invoice_books import number_text
from app.services.parking_shifts import shift_figures, shift_ranges, shift_visits
from app.services.permissions import Actor
from reports.fees_pdf import build_pdf, columns, list_table, local_time, money
from reports.pdf_parts import form_table, styles, text

TITLE = "临停收费交班报表"
VISIT_HEADER = ("序号", "类别", "车牌", "入场", "出场", "时长(分)", "车辆数", "金额(元)", "备注")
INVOICE_HEADER = ("本号", "面额", "起号", "止号", "份数", "状态", "作废原因")
STATUS = {"used": "使用", "void": "作废", "returned": "退回"}
FLAG = "警示：本班发票面额合计超过临停收费金额，请核查。"


def render_shift_report(actor: Actor, shift_id: str, out: Path | str) -> Path:
    fig = shift_figures(actor, [shift_id])[0]
    visits = shift_visits(actor, shift_id)
    ranges = shift_ranges(actor, shift_id)
    st = styles()
    width = columns(False, 28, 62, 28, None)
    head = [
        ["班次号", fig.number, "值班人", fig.operator],
        ["岗位", fig.post, "营业日", str(fig.business_date)],
        [
            "开始",
            local_time(fig.started_at),
            "结束",
            local_time(fig.ended_at) if fig.ended_at else "未交班",
        ],
        ["车辆数", str(fig.vehicles), "应收现金(元)", money(fig.takings)],
        ["实点现金(元)", money(fig.counted_cash), "差额(元)", money(fig.difference)],
        [
            "发票使用",
            f"{fig.invoices_used} 份，作废 {fig.invoices_void} 份",
            "发票面额(元)",
            money(fig.invoice_value),
        ],
        ["交接人", fig.handed_to, "状态", "已交班" if fig.status == "closed" else "值班中"],
    ]
    story: list = [text(TITLE, st.title), Spacer(1, 3 * mm), form_table(head, width, st)]
    if fig.invoices_exceed_takings:
        story += [Spacer(1, 2 * mm), text(FLAG, st.stamp)]
    story += [Spacer(1, 4 * mm), text("收费明细", st.heading)]
    rows = []
    for i, v in enumerate(visits, 1):
        is_visit = v.kind == VisitKind.VISIT
        rows.append(
            [
                str(i),
                "单车" if is_visit else "汇总",
                v.plate,
                local_time(v.entered_at) if v.entered_at else "",
                local_time(v.left_at) if v.left_at else "",
                str(v.minutes) if is_visit else "",
                str(v.vehicles),
                money(v.amount),
                v.note,
            ]
        )
    rows.append(["", "合计", "", "", "", "", str(fig.vehicles), money(fig.takings), ""])
    widths = columns(False, 10, 12, 22, 27, 27, 15, 13, 18, None)
    story.append(
        list_table(VISIT_HEADER, rows, widths, numeric=(5, 6, 7), shaded_rows=[len(rows) - 1])
    )
    story += [Spacer(1, 4 * mm), text("发票使用", st.heading)]
    if ranges:
        inv = [
            [
                r.book.book_code,
                money(r.book.denomination),
                number_text(r.book, r.first_number),
                number_text(r.book, r.last_number),
                str(r.count),
                STATUS.get(r.status, r.status),
                r.reason,
            ]
            for r in ranges
        ]
        story.append(
            list_table(
                INVOICE_HEADER, inv, columns(False, 24, 16, 26, 26, 14, 14, None), numeric=(1, 4)
            )
        )
    else:
        story.append(text("本班未使用发票。", st.value))
    story += [
        Spacer(1, 10 * mm),
        text("交班人签字：＿＿＿＿＿＿＿＿＿　　接班人签字：＿＿＿＿＿＿＿＿＿", st.value),
    ]
    return build_pdf(out, f"{TITLE} {fig.number}", story)
