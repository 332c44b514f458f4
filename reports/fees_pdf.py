"""The frame every fees report shares: A4, the office name and the title at the top of each
page, "第 n 页 / 共 m 页" at the bottom, and fast list tables.

List tables hold plain strings (not Paragraphs) so a 20,000-row arrears list builds in
seconds; text that would not fit its column is shortened with "…" instead of overflowing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, LongTable, Paragraph, SimpleDocTemplate, Table, TableStyle

from app.clock import to_local, utcnow
from app.money import format_money
from app.services import settings
from reports.fonts import cjk_font_name
from reports.pdf_parts import GRID, LABEL_BG

MARGIN = 14 * mm
HEADER_SPACE = 10 * mm
FOOTER_SPACE = 8 * mm
CELL_FONT_SIZE = 8.5
CELL_PADDING = 3
SUBTOTAL_BG = colors.HexColor("#F6F1DD")
ELLIPSIS = "…"


def page_size(wide: bool) -> tuple[float, float]:
    return landscape(A4) if wide else A4


def content_width(wide: bool = False) -> float:
    return page_size(wide)[0] - 2 * MARGIN


def money(value: Decimal | None) -> str:
    """1,234.50 — amounts in tables carry no currency sign (the header says 元)."""
    return "" if value is None else format_money(value, symbol=False)


def local_time(moment: datetime) -> str:
    return to_local(moment, settings.get(settings.TIMEZONE)).strftime("%Y-%m-%d %H:%M")


def build_pdf(out: Path | str, title: str, story: list, *, wide: bool = False) -> Path:
    """Writes `story` under the shared header and footer; returns the path."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    office = settings.get(settings.OFFICE_NAME)
    size = page_size(wide)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_SPACE,
        bottomMargin=MARGIN + FOOTER_SPACE,
        title=title,
        author=office,
    )

    def header(canvas: Canvas, _doc: object) -> None:
        top = size[1] - MARGIN
        canvas.saveState()
        canvas.setFont(cjk_font_name(), 9)
        canvas.drawString(MARGIN, top - 4 * mm, office)
        canvas.drawRightString(size[0] - MARGIN, top - 4 * mm, title)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 6 * mm, size[0] - MARGIN, top - 6 * mm)
        canvas.restoreState()

    printed = local_time(utcnow())
    doc.build(story, onFirstPage=header, onLaterPages=header, canvasmaker=_numbered(printed))
    return out


def _numbered(printed: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps each page until the end so the footer can say how many there are."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width = self._pagesize[0]
            self.saveState()
            self.setFont(cjk_font_name(), 8)
            self.drawCentredString(width / 2, MARGIN, f"第 {self._pageNumber} 页 / 共 {total} 页")
            self.drawRightString(width - MARGIN, MARGIN, f"打印时间 {printed}")
            self.restoreState()

    return NumberedCanvas


def fit(value: object, width: float, size: float = CELL_FONT_SIZE) -> object:
    """The text, shortened with … so it fits a column `width` points wide; a flowable (a
    Paragraph that wraps) is left as it is."""
    if isinstance(value, Flowable):
        return value
    text = "" if value is None else str(value)
    font = cjk_font_name()
    room = width - 2 * CELL_PADDING
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + ELLIPSIS, font, size) > room:
        text = text[:-1]
    return text + ELLIPSIS


def wrapped(value: object, size: float = CELL_FONT_SIZE) -> Paragraph:
    """A cell that wraps onto more lines instead of being shortened."""
    style = ParagraphStyle(
        "cell", fontName=cjk_font_name(), fontSize=size, leading=size * 1.25, wordWrap="CJK"
    )
    return Paragraph(escape("" if value is None else str(value)), style)


def columns(wide: bool, *fixed_mm: float | None) -> list[float]:
    """Column widths in mm; the one given as None takes the rest of the page width."""
    known = sum(w for w in fixed_mm if w is not None) * mm
    rest = content_width(wide) - known
    return [rest if w is None else w * mm for w in fixed_mm]


def list_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    shaded_rows: Sequence[int] = (),
    size: float = CELL_FONT_SIZE,
) -> Table:
    """A grid with a shaded header row repeated on every page; `numeric` columns are
    right-aligned; `shaded_rows` (indexes into `rows`) are subtotal lines."""
    cells = [[fit(h, w, size) for h, w in zip(header, widths, strict=True)]]
    cells += [[fit(v, w, size) for v, w in zip(row, widths, strict=True)] for row in rows]
    # LongTable splits long lists page by page without re-measuring the whole table.
    table = LongTable(cells, colWidths=list(widths), repeatRows=1)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), cjk_font_name()),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.25),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_BG),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    commands += [("ALIGN", (c, 1), (c, -1), "RIGHT") for c in numeric]
    commands += [("BACKGROUND", (0, r + 1), (-1, r + 1), SUBTOTAL_BG) for r in shaded_rows]
    table.setStyle(TableStyle(commands))
    return table
