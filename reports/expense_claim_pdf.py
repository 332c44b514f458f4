"""费用报销单 on A4: claimant, purpose, the lines with categories and bill counts, the total in
figures and in capitals, the approval and payment, and the signature boxes."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from app.money import amount_in_words, format_money
from app.services import settings
from app.services.collection import METHOD_NAMES
from app.services.expenses import NAMES, ClaimView, claim_view
from reports.pdf_parts import Styles, form_table, signature_row, styles, text

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
STATUS = {"submitted": "待审批", "approved": "已批准", "rejected": "已退回", "paid": "已付款"}


def render_claim(claim_id: str, out: Path | str) -> Path:
    view = claim_view(claim_id)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=16 * mm,
        bottomMargin=15 * mm, title=f"费用报销单 {view.claim.number}",
        author=settings.get(settings.OFFICE_NAME),
    )  # fmt: skip
    doc.build(_story(view, styles()))
    return out


def _story(view: ClaimView, st: Styles) -> list[Flowable]:
    c = view.claim
    head: list[list[object]] = [
        ["报销人", c.claimant, "报销日期", c.claim_date.isoformat()],
        ["事由", c.purpose, None, None],
    ]
    lines: list[list[object]] = [["序号", "类别", "内容", "发生日期", "单据张数", "金额"]]
    lines += [
        [str(ln.line_no), NAMES.get(ln.category, ln.category), ln.description,
         ln.spent_on.isoformat(), str(ln.bills), format_money(ln.amount)]
        for ln in view.lines
    ]  # fmt: skip
    lines.append(["合计", None, None, None, str(view.bills), format_money(c.total)])
    status = STATUS.get(c.status, c.status)
    if c.decided_by:
        status += f"（{c.decided_by}{'：' + c.decision_note if c.decision_note else ''}）"
    paid = "—"
    if c.paid_on:
        paid = f"{c.paid_on.isoformat()} {METHOD_NAMES.get(c.pay_method, c.pay_method)} {c.paid_by}"
    totals: list[list[object]] = [
        ["金额大写", f"人民币 {amount_in_words(c.total)}", None, None],
        ["审批", status, "付款", paid],
    ]
    widths = [24 * mm, 70 * mm, 24 * mm, WIDTH - 118 * mm]
    line_widths = [12 * mm, 22 * mm, WIDTH - 108 * mm, 26 * mm, 18 * mm, 30 * mm]
    return [
        text(settings.get(settings.OFFICE_NAME), st.office),
        text("费用报销单", st.title),
        text(f"编号：{c.number}", st.number),
        Spacer(1, 3 * mm),
        form_table(head, widths, st),
        Spacer(1, 3 * mm),
        form_table(lines, line_widths, st, label_columns=(), header=True),
        Spacer(1, 3 * mm),
        form_table(totals, widths, st),
        Spacer(1, 10 * mm),
        signature_row([("报销人", ""), ("部门负责人", ""), ("经理审批", ""), ("出纳", "")], WIDTH),
        text("请将发票、收据等原始单据粘贴于背面。", st.small),
    ]
