"""公告 on A4: the office's name, the title, the text with its first-line indents, the number,
and the office's signature and date at the foot, where the seal goes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from app.services.notices import notice_document
from reports.fonts import cjk_font_name
from reports.pdf_parts import text

MARGIN = 25 * mm


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def render_notice(notice_id: str, out: Path | str) -> Path:
    notice = notice_document(notice_id)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title=f"{notice.title} {notice.number}",
        author=notice.signed_by,
    )
    doc.build(_story(notice.title, notice.body, notice.number, notice.signed_by, notice.issued_on))
    return out


def _style(name: str, size: float, **extra: object) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=cjk_font_name(), fontSize=size, leading=size * 1.8, wordWrap="CJK", **extra
    )


def _story(title: str, body: str, number: str, signed_by: str, day: date) -> list[Flowable]:
    heading = _style("notice_title", 26, alignment=TA_CENTER, spaceAfter=4 * mm)
    numbered = _style("notice_number", 9, alignment=TA_RIGHT)
    salutation = _style("notice_salutation", 15)
    paragraph = _style("notice_body", 15, firstLineIndent=30, spaceAfter=2 * mm)
    foot = _style("notice_foot", 15, alignment=TA_RIGHT)
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    story: list[Flowable] = [
        text(title, heading),
        text(f"编号：{number}", numbered),
        Spacer(1, 8 * mm),
    ]
    for n, line in enumerate(lines):
        # The salutation (尊敬的…：) stands flush left; the paragraphs are indented two characters.
        style = salutation if n == 0 and line.endswith("：") else paragraph
        story.append(text(line, style))
    story += [Spacer(1, 16 * mm), text(signed_by, foot), text(chinese_date(day), foot)]
    return story
