"""放行条: one A4 sheet cut in two A5 halves — the office keeps the stub (存根), the guard
keeps the gate copy (门岗联) when the goods leave."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Spacer

from app.models.archive import PermitStatus
from app.money import format_money
from app.services import settings
from app.services.move_out import PermitDetails, permit_details
from reports.fonts import cjk_font_name
from reports.pdf_parts import GRID, Styles, form_table, signature_row, styles, text

TITLE = "放行条"
STUB, GUARD = "存根", "门岗联"
MARGIN = 14 * mm
HALF = A4[1] / 2
WIDTH = A4[0] - 2 * MARGIN


def render_move_out_permit(permit_id: str, out: Path | str) -> Path:
    details = permit_details(permit_id)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(out), pagesize=A4, pageCompression=1)
    canvas.setTitle(f"{TITLE} {details.number}")
    canvas.setAuthor(settings.get(settings.OFFICE_NAME))
    st = styles()
    _draw_part(canvas, _part(details, STUB, st), top=True)
    _cut_line(canvas)
    _draw_part(canvas, _part(details, GUARD, st), top=False)
    canvas.showPage()
    canvas.save()
    return out


def _draw_part(canvas: Canvas, story: list[Flowable], top: bool) -> None:
    bottom = HALF + 6 * mm if top else 8 * mm
    height = HALF - 6 * mm - (10 * mm if top else 8 * mm)
    frame = Frame(MARGIN, bottom, WIDTH, height, 0, 0, 0, 0, showBoundary=0)
    # Long item lists shrink to fit: each half must stay one piece of paper.
    frame.addFromList([KeepInFrame(WIDTH, height, story, mode="shrink")], canvas)


def _cut_line(canvas: Canvas) -> None:
    label = "沿此虚线裁开"  # the font has no ✂ glyph
    font = cjk_font_name()
    canvas.saveState()
    canvas.setStrokeColor(GRID)
    canvas.setDash(4, 3)
    canvas.setLineWidth(0.6)
    canvas.setFont(font, 8)
    gap = canvas.stringWidth(label, font, 8) / 2 + 3 * mm
    middle = A4[0] / 2
    canvas.line(8 * mm, HALF, middle - gap, HALF)
    canvas.line(middle + gap, HALF, A4[0] - 8 * mm, HALF)
    canvas.drawCentredString(middle, HALF - 1.2 * mm, label)
    canvas.restoreState()


def _part(d: PermitDetails, part: str, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        text(settings.get(settings.OFFICE_NAME), st.office),
        text(f"{TITLE}（{part}）", st.title),
        text(f"编号：{d.number}", st.number),
        Spacer(1, 1.5 * mm),
        _details_table(d, st),
    ]
    stamp = _status_stamp(d)
    if stamp:
        story += [Spacer(1, 1.5 * mm), text(stamp, st.stamp)]
    story.append(Spacer(1, 2 * mm))
    if part == STUB:
        fields = [("申请人签字", ""), ("经办人", d.issued_by), ("日期", "")]
    else:
        fields = [("门岗核验", ""), ("放行时间", ""), ("日期", "")]
    story.append(signature_row(fields, WIDTH, height=10 * mm))
    if part == GUARD:
        story.append(text("门岗凭本联核对物品与车辆后放行，并将本联交回物业服务中心。", st.small))
    return story


def _details_table(d: PermitDetails, st: Styles) -> Flowable:
    w = [24 * mm, 64 * mm, 24 * mm]
    widths = [*w, WIDTH - sum(w)]
    rows: list[list[object]] = [
        ["房号", d.unit_code, "业主", d.owner_names or "—"],
        ["申请人", d.applicant_name, "联系电话", d.applicant_phone or "—"],
        ["车牌号", d.plate or "—", "放行日期", d.planned_date.isoformat()],
        ["放行物品", d.items, None, None],
        ["欠费情况", _arrears_text(d), None, None],
    ]
    if d.override_reason:
        rows.append(["特批", f"经理特批：{d.override_reason}（{d.override_by}）", None, None])
    issued = d.issued_at.strftime("%Y-%m-%d %H:%M")
    rows.append(["开具人", d.issued_by, "开具时间", issued])
    return form_table(rows, widths, st)


def _arrears_text(d: PermitDetails) -> str:
    if d.arrears <= 0:
        return "开具时无欠费"
    return f"开具时欠费 {format_money(d.arrears)}"


def _status_stamp(d: PermitDetails) -> str:
    if d.status == PermitStatus.CANCELLED:
        return f"【已作废】{d.cancel_reason or ''}"
    if d.status == PermitStatus.EXITED and d.exited_at is not None:
        when = d.exited_at.strftime("%Y-%m-%d %H:%M")
        return f"【已放行】{when}，核验人：{d.exit_checked_by or ''}"
    return ""
