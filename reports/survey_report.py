"""顾客意见调查分析报告: the round's satisfaction rate against the 80% national minimum and
the office's 95% aim, a bar chart and table per question, the table per building, and the
improvement actions decided (manual: 顾客意见调查和分析程序; RULES.md)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.models.service_more import SurveyScale
from app.services.permissions import Actor
from app.services.surveys import SurveyAnalysis, analysis
from reports.fees_pdf import build_pdf, columns, content_width, list_table, wrapped
from reports.fonts import cjk_font_name
from reports.pdf_parts import styles, text
from reports.service_labels import THREE_LEVEL, percent

TITLE = "顾客意见调查分析报告"
NATIONAL_MINIMUM = Decimal("0.80")
OFFICE_AIM = Decimal("0.95")


def _score_names(scale: str) -> list[tuple[int, str]]:
    if scale == SurveyScale.THREE:
        return sorted(THREE_LEVEL.items(), reverse=True)
    return [(s, f"{s}分") for s in range(5, 0, -1)]


def _chart(result: SurveyAnalysis, width: float) -> Drawing:
    """满意率 per question as horizontal bars, with the 80% line drawn across."""
    font = cjk_font_name()
    n = max(len(result.questions), 1)
    bar_area = 9 * mm * n
    drawing = Drawing(width, bar_area + 14 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y = 48 * mm, 8 * mm
    chart.width, chart.height = width - 60 * mm, bar_area
    # reportlab draws the first category at the bottom: reverse so question 1 is on top
    questions = list(reversed(result.questions))
    chart.data = [[float((q.rate or 0) * 100) for q in questions]]
    chart.categoryAxis.categoryNames = [f"{q.seq}. {q.text[:14]}" for q in questions]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.bars[0].fillColor = colors.HexColor("#4A7EBB")
    chart.barLabelFormat = "%.1f%%"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    x = chart.x + chart.width * float(NATIONAL_MINIMUM)
    drawing.add(
        Line(x, chart.y, x, chart.y + bar_area, strokeColor=colors.red, strokeDashArray=[3, 2])
    )
    drawing.add(
        String(
            x + 2,
            chart.y + bar_area + 2,
            "国家标准 80%",
            fontName=font,
            fontSize=7,
            fillColor=colors.red,
        )
    )
    return drawing


def _verdict(rate: Decimal | None) -> str:
    if rate is None:
        return "尚无有效答卷。"
    if rate >= OFFICE_AIM:
        return "达到公司 95% 的目标。"
    if rate >= NATIONAL_MINIMUM:
        return "达到国家标准（≥80%），未达公司 95% 的目标。"
    return "低于国家标准 80%，须制定并落实改进措施。"


def render_survey_report(actor: Actor, round_id: str, out: Path | str) -> Path:
    result = analysis(actor, round_id)
    st = styles()
    width = content_width()
    names = _score_names(result.scale)
    summary = (
        f"调查编号 {result.round_number}，调查期间 {result.start_on} 至 {result.end_on}；"
        f"回收问卷 {result.responses} 份，有效答案 {result.valid} 个，其中满意 {result.satisfied} 个；"
        f"总体满意率 {percent(result.rate)}。{_verdict(result.rate)}"
    )
    rule = (
        "满意率 = 满意答案 ÷ 有效答案（"
        + (
            "“满意”和“基本满意”计为满意"
            if result.scale == SurveyScale.THREE
            else "4 分及以上计为满意"
        )
        + "；未作答不计）。"
    )
    q_rows = [
        [
            str(q.seq),
            wrapped(q.text),
            *[str(q.counts.get(s, 0)) for s, _ in names],
            str(q.valid),
            percent(q.rate),
        ]
        for q in result.questions
    ]
    q_header = ("序号", "调查项目", *[n for _, n in names], "有效", "满意率")
    q_widths = columns(False, 10, None, *[16] * len(names), 14, 18)
    b_rows = [
        [
            b.building or "（未注明房号）",
            str(b.responses),
            str(b.valid),
            str(b.satisfied),
            percent(b.rate),
        ]
        for b in result.buildings
    ]
    a_rows = [
        [
            wrapped(a.action),
            a.responsible,
            str(a.due_on or ""),
            str(a.done_on or ""),
            wrapped(a.result),
        ]
        for a in result.actions
    ] or [["（未记录改进措施）", "", "", "", ""]]
    story: list = [
        text(f"{TITLE}", st.title),
        text(result.title, st.number),
        text(summary, st.value),
        text(rule, st.small),
        Spacer(1, 3 * mm),
        _chart(result, width),
        Spacer(1, 3 * mm),
        text("一、各调查项目结果", st.heading),
        list_table(q_header, q_rows, q_widths, numeric=tuple(range(2, len(q_header)))),
        Spacer(1, 3 * mm),
        text("二、各楼栋结果", st.heading),
        list_table(
            ("楼栋", "问卷", "有效答案", "满意", "满意率"),
            b_rows,
            columns(False, None, 22, 26, 22, 24),
            numeric=(1, 2, 3, 4),
        ),
        Spacer(1, 3 * mm),
        text("三、改进措施", st.heading),
        list_table(
            ("措施", "责任人", "期限", "完成日期", "效果"),
            a_rows,
            columns(False, None, 22, 22, 22, 50),
        ),
    ]
    return build_pdf(out, f"{TITLE} {result.round_number}", story)
