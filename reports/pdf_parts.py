"""Pieces the archive documents share: CJK paragraph styles, tick boxes, form tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from reports.fonts import cjk_font_name

GRID = colors.HexColor("#444444")
LABEL_BG = colors.HexColor("#F0F0F0")


@dataclass(frozen=True)
class Styles:
    office: ParagraphStyle
    title: ParagraphStyle
    number: ParagraphStyle
    heading: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    small: ParagraphStyle
    stamp: ParagraphStyle


def styles(scale: float = 1.0) -> Styles:
    font = cjk_font_name()

    def style(name: str, size: float, align: int = TA_LEFT, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size * scale,
            leading=size * scale * 1.35,
            alignment=align,
            wordWrap="CJK",  # Chinese breaks between any two characters
            **extra,
        )

    return Styles(
        office=style("office", 12, TA_CENTER),
        title=style("title", 20, TA_CENTER, spaceBefore=2, spaceAfter=2),
        number=style("number", 10, TA_RIGHT),
        heading=style("heading", 11, spaceBefore=8, spaceAfter=4),
        label=style("label", 10, TA_CENTER),
        value=style("value", 10),
        small=style("small", 8.5),
        stamp=style("stamp", 11, textColor=colors.HexColor("#C00000")),
    )


def text(value: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: escaped, line breaks kept."""
    return Paragraph(escape(str(value)).replace("\n", "<br/>"), style)


class TickBox(Flowable):
    """A drawn check box: the font has no ☑/☐, and a drawn box prints the same everywhere."""

    def __init__(self, checked: bool, size: float = 3.6 * mm) -> None:
        super().__init__()
        self.checked = checked
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        c = self.canv
        s = self.size
        c.setLineWidth(0.8)
        c.rect(0, 0, s, s)
        if self.checked:
            c.setLineWidth(1.4)
            path = c.beginPath()
            path.moveTo(s * 0.18, s * 0.52)
            path.lineTo(s * 0.42, s * 0.22)
            path.lineTo(s * 0.85, s * 0.85)
            c.drawPath(path, stroke=1, fill=0)


def form_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    st: Styles,
    label_columns: Sequence[int] | None = None,
    header: bool = False,
) -> Table:
    """Label/value grid: shaded label columns (default: the even ones) and optional header
    row; a None cell extends the cell on its left."""
    labels = set(range(0, len(widths), 2) if label_columns is None else label_columns)
    cells = []
    spans = []
    shaded: list[tuple[int, int]] = []  # per cell: a span must not inherit a label's shade
    for r, row in enumerate(rows):
        line: list[object] = []
        for c, cell in enumerate(row):
            if cell is None:
                line.append("")
                continue
            span_end = c
            while span_end + 1 < len(row) and row[span_end + 1] is None:
                span_end += 1
            if span_end > c:
                spans.append(("SPAN", (c, r), (span_end, r)))
            is_label = c in labels or (header and r == 0)
            if is_label:
                shaded.append((c, r))
            if isinstance(cell, Flowable):
                line.append(cell)
            else:
                line.append(text(cell, st.label if is_label else st.value))
        cells.append(line)
    table = Table(cells, colWidths=list(widths))
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *spans,
    ]
    commands += [("BACKGROUND", cell, cell, LABEL_BG) for cell in shaded]
    table.setStyle(TableStyle(commands))
    return table


class SignatureField(Flowable):
    """'业主签字：＿＿＿＿' with room to sign by hand; `filled` prints on the line."""

    def __init__(self, label: str, width: float, filled: str = "", size: float = 10) -> None:
        super().__init__()
        self.label = f"{label}："
        self.filled = filled
        self.size = size
        self.width = width
        self.height = size * 2.2

    def draw(self) -> None:
        c = self.canv
        font = cjk_font_name()
        c.setFont(font, self.size)
        c.drawString(0, 2, self.label)
        start = stringWidth(self.label, font, self.size) + 1
        end = self.width - 5 * mm
        c.setLineWidth(0.6)
        c.line(start, 0, end, 0)
        if self.filled:
            c.drawString(start + 2 * mm, 2, self.filled)


def signature_row(
    fields: Sequence[tuple[str, str]], width: float, height: float = 12 * mm
) -> Table:
    """Signature fields side by side: (label, text printed on the line)."""
    col = width / len(fields)
    cells = [SignatureField(label, col, filled) for label, filled in fields]
    table = Table([cells], colWidths=[col] * len(fields), rowHeights=[height])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
