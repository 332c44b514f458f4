"""The monthly report's charts drawn with reportlab's graphics (vector, in the PDF itself):
bars for the collection by building and the complaints by category, a line for the
12-month collection rate."""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from app.services.monthly_figures import Chart
from reports.fonts import cjk_font_name

PALETTE = (colors.HexColor("#90A4AE"), colors.HexColor("#1565C0"), colors.HexColor("#EF6C00"))
HEIGHT = 62 * mm
MAX_LABELS = 24


def draw_chart(chart: Chart, width: float) -> Drawing:
    drawing = Drawing(width, HEIGHT)
    font = cjk_font_name()
    drawing.add(String(0, HEIGHT - 10, chart.title, fontName=font, fontSize=9.5))
    if not chart.labels:
        drawing.add(String(0, HEIGHT / 2, "本月无数据", fontName=font, fontSize=9))
        return drawing
    plot = _line(chart) if chart.kind == "line" else _bars(chart)
    plot.x, plot.y = 38, 24
    plot.width, plot.height = width - 50, HEIGHT - 50
    axis = plot.categoryAxis
    # Many buildings: every n-th name only, so the names stay readable (all bars drawn).
    step = max(1, -(-len(chart.labels) // MAX_LABELS))
    axis.categoryNames = [_short(x) if i % step == 0 else "" for i, x in enumerate(chart.labels)]
    axis.labels.fontName, axis.labels.fontSize = font, 7
    if len(chart.labels) > 8:
        axis.labels.angle, axis.labels.boxAnchor, axis.labels.dy = 35, "ne", -2
    values = plot.valueAxis
    values.labels.fontName, values.labels.fontSize = font, 7
    values.valueMin = 0
    if chart.percent:
        values.valueMax = 100
        values.valueStep = 20
        values.labelTextFormat = "%d%%"
    else:
        values.labelTextFormat = _thousands  # 60,000 reads at a glance; 60000 does not
    drawing.add(plot)
    if len(chart.series) > 1:
        drawing.add(_legend(chart, width))
    return drawing


def _thousands(value: float) -> str:
    return f"{value:,.0f}"


def _data(chart: Chart) -> list[tuple[float | None, ...]]:
    # reportlab draws floats (None: no point); the figures stay Decimal everywhere else.
    scale = Decimal(100) if chart.percent else Decimal(1)
    return [
        tuple(None if v is None else float(v * scale) for v in values) for _, values in chart.series
    ]


def _bars(chart: Chart) -> VerticalBarChart:
    plot = VerticalBarChart()
    plot.data = _data(chart)
    plot.groupSpacing = 4
    plot.barSpacing = 1
    for i in range(len(chart.series)):
        plot.bars[i].fillColor = PALETTE[(i + 1) % len(PALETTE) if len(chart.series) == 1 else i]
        plot.bars[i].strokeColor = None
    return plot


def _line(chart: Chart) -> HorizontalLineChart:
    """One line per run of months with a value: reportlab would join a line across a gap,
    inventing figures for the months between."""
    plot = HorizontalLineChart()
    values = _data(chart)[0]
    runs: list[list[float | None]] = []
    for i, value in enumerate(values):
        if value is None:
            continue
        if not runs or values[i - 1] is None or i == 0:
            runs.append([None] * len(values))
        runs[-1][i] = value
    plot.data = runs or [tuple(0.0 for _ in values)]
    plot.joinedLines = 1
    for i in range(len(plot.data)):
        plot.lines[i].strokeColor = PALETTE[1]
        plot.lines[i].strokeWidth = 1.6
        plot.lines[i].symbol = makeMarker("FilledCircle", size=3)
    return plot


def _legend(chart: Chart, width: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = width - 90, HEIGHT - 6
    legend.fontName, legend.fontSize = cjk_font_name(), 7.5
    legend.columnMaximum = 1
    legend.deltax = 40
    legend.alignment = "right"
    legend.colorNamePairs = [(PALETTE[i], name) for i, (name, _) in enumerate(chart.series)]
    return legend


def _short(label: str, limit: int = 8) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
