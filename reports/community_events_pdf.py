"""社区文化活动年度报告 on A4: the figures of the year, then every planned event with what
became of it (held: date, place, participants, spending, summary; or cancelled)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from app.money import format_money
from app.services import settings
from app.services.community_events import NAMES, YearReport
from reports.pdf_parts import form_table, styles, text

MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN
STATUS = {"planned": "计划中", "held": "已举办", "cancelled": "已取消"}


def render_year_report(report: YearReport, out: Path | str) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    office = settings.get(settings.OFFICE_NAME)
    doc = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=15 * mm,
        bottomMargin=15 * mm, title=f"{report.year}年社区文化活动年度报告", author=office,
    )  # fmt: skip
    doc.build(_story(report, office))
    return out


def _story(r: YearReport, office: str) -> list[Flowable]:
    st = styles()
    kinds = "、".join(f"{NAMES.get(k, k)}{n}场" for k, n in sorted(r.held_by_kind.items())) or "—"
    summary: list[list[object]] = [
        ["计划活动", f"{r.planned}场", "已举办", f"{r.held}场"],
        ["已取消", f"{r.cancelled}场", "参与人次", str(r.participants)],
        ["计划预算", format_money(r.planned_budget), "实际支出", format_money(r.spent)],
        ["举办类别", kinds, None, None],
    ]
    rows: list[list[object]] = [["月份", "活动", "类别", "状态", "日期", "地点", "人数", "支出"]]
    for e in r.events:
        rows.append([
            f"{e.planned_month}月", e.title, NAMES.get(e.kind, e.kind), STATUS.get(e.status, e.status),
            e.held_on.isoformat() if e.held_on else "—", e.place or "—",
            str(e.participants) if e.held_on else "—", format_money(e.spent) if e.held_on else "—",
        ])  # fmt: skip
    widths = [14 * mm, WIDTH - 142 * mm, 20 * mm, 16 * mm, 24 * mm, 32 * mm, 14 * mm, 22 * mm]
    story: list[Flowable] = [
        text(office, st.office),
        text(f"{r.year}年社区文化活动年度报告", st.title),
        Spacer(1, 3 * mm),
        form_table(summary, [26 * mm, 60 * mm, 26 * mm, WIDTH - 112 * mm], st),
        text("活动明细", st.heading),
        form_table(rows, widths, st, label_columns=(), header=True),
    ]
    held = [e for e in r.events if e.summary]
    if held:
        story.append(text("活动总结", st.heading))
        story += [text(f"{e.title}：{e.summary}", st.small) for e in held]
    return story
