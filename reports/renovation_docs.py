"""Renovation documents on A4: the permit (装修许可证) posted at the unit's door, and the
deposit settlement (装修押金结算单) with its itemised deductions."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from app.money import amount_in_words, format_money
from app.services import settings
from app.services.collection import METHOD_NAMES
from app.services.renovation_deposit import SettlementDetails, settlement_details
from app.services.renovations import PermitDetails, permit_details
from reports.pdf_parts import Styles, form_table, signature_row, styles, text

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
# The rules printed on every permit: what neighbours and the guard hold the works to.
PERMIT_RULES = (
    "施工时间：工作日 8:00—12:00、14:00—18:00；双休日及法定节假日不得进行产生噪音的施工。",
    "不得拆改承重墙、梁、柱及外立面，不得擅自改动燃气、消防、给排水主管道。",
    "装修垃圾须装袋后运至指定地点，不得堆放于楼道及公共区域。",
    "施工人员凭出入证进出小区，本证须张贴于户门外显著位置，接受物业巡查。",
)


def _document(out: Path | str, title: str) -> tuple[Path, SimpleDocTemplate]:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=16 * mm,
        bottomMargin=15 * mm, title=title, author=settings.get(settings.OFFICE_NAME),
    )  # fmt: skip
    return out, doc


def render_permit(renovation_id: str, out: Path | str) -> Path:
    d = permit_details(renovation_id)
    out, doc = _document(out, f"装修许可证 {d.permit_number}")
    doc.build(_permit_story(d, styles(1.15)))
    return out


def _permit_story(d: PermitDetails, st: Styles) -> list[Flowable]:
    widths = [28 * mm, 60 * mm, 28 * mm, WIDTH - 116 * mm]
    workers = "、".join(d.workers) if d.workers else "—"
    rows: list[list[object]] = [
        ["房号", d.unit_code, "业主", d.owner_name or d.applicant],
        ["施工单位", d.contractor, "联系电话", d.contractor_phone or "—"],
        ["施工负责人", d.site_manager or "—", "施工人数", str(len(d.workers))],
        ["施工人员", workers, None, None],
        ["装修内容", d.scope, None, None],
        ["施工期限", f"{d.planned_start.isoformat()} 至 {d.planned_end.isoformat()}", None, None],
        ["申请编号", d.renovation_number, "批准人", d.approved_by],
    ]
    story: list[Flowable] = [
        text(settings.get(settings.OFFICE_NAME), st.office),
        text("装修许可证", st.title),
        text(f"编号：{d.permit_number}", st.number),
        Spacer(1, 3 * mm),
        form_table(rows, widths, st),
        Spacer(1, 4 * mm),
        text("装修须知", st.heading),
    ]
    story += [text(f"{n}．{rule}", st.value) for n, rule in enumerate(PERMIT_RULES, 1)]
    story += [
        Spacer(1, 6 * mm),
        signature_row([("物业服务中心（盖章）", ""), ("发证日期", d.issued_on.isoformat())], WIDTH),
    ]
    return story


def render_settlement(renovation_id: str, out: Path | str) -> Path:
    d = settlement_details(renovation_id)
    out, doc = _document(out, f"装修押金结算单 {d.number}")
    doc.build(_settlement_story(d, styles()))
    return out


def _settlement_story(d: SettlementDetails, st: Styles) -> list[Flowable]:
    widths = [28 * mm, 60 * mm, 28 * mm, WIDTH - 116 * mm]
    head: list[list[object]] = [
        ["房号", d.unit_code, "业主", d.owner_name],
        ["装修编号", d.renovation_number, "许可证号", d.permit_number or "—"],
        ["施工单位", d.contractor, "验收日期", d.accepted_on.isoformat() if d.accepted_on else "—"],
    ]
    lines: list[list[object]] = [["序号", "扣款事由", "金额"]]
    lines += [
        [str(n), reason, format_money(amount)] for n, (reason, amount) in enumerate(d.lines, 1)
    ]
    if not d.lines:
        lines.append(["—", "无扣款", format_money(0)])
    totals: list[list[object]] = [
        ["押金金额", format_money(d.deposit), "扣款合计", format_money(d.deductions)],
        ["退还金额", f"{format_money(d.refunded)}（{amount_in_words(d.refunded)}）", None, None],
        ["退款方式", METHOD_NAMES.get(d.method, d.method), "退款单号", d.refund_number or "—"],
        ["结算日期", d.business_date.isoformat(), "批准人", d.approved_by],
    ]
    story: list[Flowable] = [
        text(settings.get(settings.OFFICE_NAME), st.office),
        text("装修押金结算单", st.title),
        text(f"编号：{d.number}", st.number),
        Spacer(1, 3 * mm),
        form_table(head, widths, st),
        Spacer(1, 4 * mm),
        text("扣款明细", st.heading),
        form_table(lines, [16 * mm, WIDTH - 56 * mm, 40 * mm], st, label_columns=(), header=True),
        Spacer(1, 4 * mm),
        form_table(totals, widths, st),
    ]
    if d.violations:
        story += [text("巡查违规记录", st.heading)]
        story += [text(v, st.small) for v in d.violations]
    story += [
        Spacer(1, 8 * mm),
        signature_row([("业主/申请人签字", ""), ("经办人", ""), ("经理", d.approved_by)], WIDTH),
    ]
    return story
