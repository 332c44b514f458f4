"""收据 as a PDF: one page per copy (存根/客户/记账) per receipt, in the sizes offices print on,
either the whole form or only the data (套打) for pre-printed continuous forms.

Drawn on the reportlab canvas directly (no platypus): a thousand receipts must come out in
seconds. The fixed part of the form (frame, labels, title) is drawn once per document as a
form XObject and stamped on every page. The data-only mode draws the same values at the same
places without the fixed part, so a pre-printed form laid out like the full one lines up;
the per-printer offsets move everything to where that printer's paper sits.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.money import amount_in_words, format_money
from app.services import settings
from app.services.permissions import Actor
from app.services.receipts import ReceiptView, receipt_view
from reports.fonts import cjk_font_name

# Width × height in mm as the paper feeds; A5 lies on its side (210 × 148), as receipts do.
SIZES: dict[str, tuple[float, float]] = {
    "241x93": (241, 93),
    "241x140": (241, 140),
    "210x99": (210, 99),
    "a5": (210, 148),
}
COPY_LABELS = ("第一联 存根", "第二联 客户", "第三联 记账")
TITLE = "收款收据"
MAX_OFFSET_MM = 50.0
MIN_FONT = 5.0
RED = HexColor("#C00000")
GREY = HexColor("#666666")
SHADE = HexColor("#EFEFEF")


class ReceiptTotalMismatch(ValueError):
    """The lines do not add up to the total: the receipt must not be printed as it is."""


@dataclass(frozen=True)
class ReceiptLayout:
    """How receipts are put on paper. Offsets are millimetres: x moves right, y moves down."""

    size: str = "241x93"
    copies: int = 3
    data_only: bool = False
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0

    def __post_init__(self) -> None:
        if self.size not in SIZES:
            raise ValueError(f"unknown receipt size {self.size!r}; one of {', '.join(SIZES)}")
        if self.copies not in (1, 3):
            raise ValueError(f"copies must be 1 or 3, not {self.copies!r}")
        for offset in (self.offset_x_mm, self.offset_y_mm):
            if not (math.isfinite(offset) and abs(offset) <= MAX_OFFSET_MM):
                raise ValueError(f"offset {offset!r} mm is outside ±{MAX_OFFSET_MM:g} mm")

    @property
    def page_size(self) -> tuple[float, float]:
        """Width and height in points."""
        width, height = SIZES[self.size]
        return width * mm, height * mm


@dataclass(frozen=True)
class ReceiptDoc:
    """What one receipt prints, already checked."""

    number: str
    date_text: str
    payer: str
    unit_code: str
    lines: tuple[tuple[str, str, str], ...]  # item, period, amount text
    total_text: str
    total_words: str
    methods: str
    cashier: str
    void_reason: str | None
    print_number: int  # 1 = original, 2+ = 补打


def receipt_doc(view: ReceiptView, print_number: int | None = None) -> ReceiptDoc:
    receipt = view.receipt
    total = Decimal(receipt.total)
    lines_sum = sum((Decimal(line.amount) for line in view.lines), Decimal("0.00"))
    if lines_sum != total:
        raise ReceiptTotalMismatch(
            f"receipt {receipt.number}: lines add up to {lines_sum}, the total is {total}"
        )
    return ReceiptDoc(
        number=receipt.number,
        date_text=f"{receipt.business_date:%Y-%m-%d}",
        payer=receipt.payer,
        unit_code=receipt.unit_code,
        lines=tuple(
            (line.item_name, line.period_text, format_money(line.amount, symbol=False))
            for line in view.lines
        ),
        total_text=format_money(total),
        total_words=amount_in_words(total),
        methods=receipt.methods_text,
        cashier=receipt.cashier_name,
        void_reason=view.void.reason if view.void is not None else None,
        print_number=view.print_count if print_number is None else print_number,
    )


def render_receipts(
    receipt_ids: Iterable[str],
    out_path: Path | str,
    layout: ReceiptLayout,
    actor: Actor,
    reprint_numbers: dict[str, int] | None = None,
) -> Path:
    """One PDF, one page per copy per receipt (more when a copy's lines run on: 续).

    `reprint_numbers` gives, per receipt id, which print this output is (1 = original,
    2+ = 补打); a receipt not in it prints as its print log stands (补打 once printed twice).
    """
    numbers = reprint_numbers or {}
    docs = [
        receipt_doc(receipt_view(actor, rid), numbers.get(rid))
        for rid in dict.fromkeys(receipt_ids)
    ]
    return write_pdf(docs, out_path, layout, settings.get(settings.OFFICE_NAME))


def render_receipt(
    receipt_id: str,
    out_path: Path | str,
    layout: ReceiptLayout,
    actor: Actor,
    print_number: int | None = None,
) -> Path:
    numbers = None if print_number is None else {receipt_id: print_number}
    return render_receipts([receipt_id], out_path, layout, actor, numbers)


def write_pdf(
    docs: Sequence[ReceiptDoc], out_path: Path | str, layout: ReceiptLayout, office: str
) -> Path:
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(out), pagesize=layout.page_size, pageCompression=1)
    canvas.setTitle(f"{TITLE} {docs[0].number}" if len(docs) == 1 else f"{TITLE} {len(docs)} 张")
    canvas.setAuthor(office)
    canvas.setCreator("PropDesk")
    painter = _Painter(canvas, _geometry(layout.size), layout, office)
    for doc in docs:
        for copy in range(layout.copies):
            painter.copy(doc, COPY_LABELS[copy] if layout.copies > 1 else "")
    if not docs:
        canvas.showPage()  # a PDF needs a page; an empty request gives a blank one
    canvas.save()
    return out


def pages_per_copy(line_count: int, size: str) -> int:
    return max(1, math.ceil(line_count / _geometry(size).rows))


# --- geometry ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Geometry:
    """Positions in points, y measured from the bottom of the page as PDF does."""

    width: float
    height: float
    left: float
    right: float
    top_y: float  # baseline of the office-name line
    title_y: float
    info_y: float
    table_top: float
    header_h: float
    row_h: float
    rows: int
    total_h: float
    methods_y: float
    footer_y: float
    seal: tuple[float, float, float, float]  # x, y, width, height
    columns: tuple[float, float, float, float]  # item, period, amount starts; right edge
    words_label_w: float  # the 合计 label cell in the total row
    font: float
    title_font: float
    small_font: float

    @property
    def table_bottom(self) -> float:
        return self.table_top - self.header_h - self.rows * self.row_h - self.total_h

    def row_top(self, index: int) -> float:
        return self.table_top - self.header_h - index * self.row_h

    def baseline(self, top: float, height: float, size: float) -> float:
        """Baseline that centres text of `size` in a band from `top` down `height`."""
        return top - height / 2 - size * 0.35


@cache
def _geometry(size: str) -> _Geometry:
    width_mm, height_mm = SIZES[size]
    tall = height_mm >= 130
    margin = 10.0 if width_mm >= 230 else 8.0
    top = 5.0
    if tall:
        font, title_font, small = 10.5, 18.0, 8.0
        row_mm, title_at, info_at, table_at, total_mm = 6.5, 12.5, 20.0, 23.0, 8.0
        methods_at, footer_at, below = 5.5, 11.5, 17.0
    else:
        font, title_font, small = 9.5, 15.0, 7.5
        row_mm, title_at, info_at, table_at, total_mm = 5.2, 10.0, 16.6, 19.0, 6.5
        methods_at, footer_at, below = 4.6, 9.6, 13.0
    header_mm = row_mm
    space = height_mm - top - table_at - below - header_mm - total_mm
    rows = int(space // row_mm)
    row_mm = space / rows  # the rows fill the space left, as on a printed form
    left, right = margin * mm, (width_mm - margin) * mm
    inner = right - left
    table_top = (height_mm - top - table_at) * mm
    table_bottom = table_top - (header_mm + row_mm * rows + total_mm) * mm
    seal_w = 46 * mm
    seal_top = table_bottom - 1.2 * mm
    seal_bottom = 2.5 * mm
    return _Geometry(
        width=width_mm * mm,
        height=height_mm * mm,
        left=left,
        right=right,
        top_y=(height_mm - top - 3.8) * mm,
        title_y=(height_mm - top - title_at) * mm,
        info_y=(height_mm - top - info_at) * mm,
        table_top=table_top,
        header_h=header_mm * mm,
        row_h=row_mm * mm,
        rows=rows,
        total_h=total_mm * mm,
        methods_y=table_bottom - methods_at * mm,
        footer_y=table_bottom - footer_at * mm,
        seal=(right - seal_w, seal_bottom, seal_w, seal_top - seal_bottom),
        columns=(left, left + inner * 0.40, left + inner * 0.72, right),
        words_label_w=30 * mm if not tall else 34 * mm,
        font=font,
        title_font=title_font,
        small_font=small,
    )


# --- drawing ----------------------------------------------------------------------------


class _Painter:
    def __init__(self, canvas: Canvas, geo: _Geometry, layout: ReceiptLayout, office: str) -> None:
        self.c = canvas
        self.g = geo
        self.layout = layout
        self.office = office
        self.font = cjk_font_name()
        self.full = not layout.data_only
        self._forms: set[str] = set()

    # one copy of one receipt: as many pages as its lines need
    def copy(self, doc: ReceiptDoc, copy_label: str) -> None:
        chunks = list(_chunks(doc.lines, self.g.rows))
        for page, lines in enumerate(chunks, 1):
            self.c.saveState()
            self.c.translate(self.layout.offset_x_mm * mm, -self.layout.offset_y_mm * mm)
            if self.full:
                self.c.doForm(self._form(copy_label))
            self._header(doc, page, len(chunks))
            self._lines(lines)
            self._totals(doc, last=page == len(chunks))
            self._footer(doc)
            if doc.void_reason is not None:
                self._void_watermark()
            self.c.restoreState()
            self.c.showPage()

    # -- the fixed part, drawn once per copy label and reused on every page
    def _form(self, copy_label: str) -> str:
        name = f"receipt_form_{COPY_LABELS.index(copy_label) + 1 if copy_label else 0}"
        if name not in self._forms:
            self._forms.add(name)
            self.c.beginForm(name)
            self._draw_form(copy_label)
            self.c.endForm()
        return name

    def _draw_form(self, copy_label: str) -> None:
        c, g = self.c, self.g
        centre = (g.left + g.right) / 2
        self._text(self.office, centre, g.top_y, g.font, g.right - g.left - 120 * mm, "centre")
        if copy_label:
            self._text(copy_label, g.left, g.top_y, g.font, 40 * mm)
        c.setFont(self.font, g.title_font)
        c.drawCentredString(centre, g.title_y, TITLE)
        half = stringWidth(TITLE, self.font, g.title_font) / 2 + 2 * mm
        c.setLineWidth(0.6)
        for drop in (1.6, 2.3):
            c.line(centre - half, g.title_y - drop * mm, centre + half, g.title_y - drop * mm)
        number_w = stringWidth("SJ0000000000", self.font, g.font + 1)
        self._text("No.", g.right - number_w - 1 * mm, g.title_y, g.font, 20 * mm, "right")
        for label, x, _w in self._info_fields():
            self._text(label, x, g.info_y, g.font, 30 * mm)
        self._table_frame()
        self._text("收款方式：", g.left, g.methods_y, g.font, 30 * mm)
        self._text("收款人：", g.left, g.footer_y, g.font, 30 * mm)
        self._seal_box()

    def _table_frame(self) -> None:
        c, g = self.c, self.g
        item_x, period_x, amount_x, right = g.columns
        head_bottom = g.table_top - g.header_h
        total_top = g.row_top(g.rows)
        c.setFillColor(SHADE)
        c.rect(g.left, head_bottom, right - g.left, g.header_h, stroke=0, fill=1)
        c.setFillColor(Color(0, 0, 0))
        c.setLineWidth(0.9)
        c.rect(g.left, g.table_bottom, right - g.left, g.table_top - g.table_bottom)
        c.setLineWidth(0.4)
        for index in range(g.rows + 1):
            y = g.row_top(index)
            c.line(g.left, y, right, y)
        c.line(g.left, head_bottom, right, head_bottom)
        for x in (period_x, amount_x):
            c.line(x, total_top, x, g.table_top)
        c.line(amount_x, g.table_bottom, amount_x, total_top)
        c.line(item_x + g.words_label_w, g.table_bottom, item_x + g.words_label_w, total_top)
        y = g.baseline(g.table_top, g.header_h, g.font)
        for text, x0, x1 in (("项目", item_x, period_x), ("期间", period_x, amount_x),
                             ("金额（元）", amount_x, right)):  # fmt: skip
            self._text(text, (x0 + x1) / 2, y, g.font, x1 - x0, "centre")
        y = g.baseline(total_top, g.total_h, g.font)
        self._text("合计人民币（大写）", item_x + 1.5 * mm, y, g.font, g.words_label_w - 3 * mm)

    def _seal_box(self) -> None:
        c, g = self.c, self.g
        x, y, w, h = g.seal
        c.saveState()
        c.setStrokeColor(GREY)
        c.setFillColor(GREY)
        c.setDash(2, 2)
        c.setLineWidth(0.5)
        c.roundRect(x, y, w, h, 2 * mm)
        c.restoreState()
        c.saveState()
        c.setFillColor(GREY)
        self._text("收款单位（盖章）", x + w / 2, y + h / 2 - g.small_font * 0.35, g.small_font,
                   w - 2 * mm, "centre")  # fmt: skip
        c.restoreState()

    def _info_fields(self) -> list[tuple[str, float, float]]:
        """(label, x, width) of 交款人 / 房号 / 日期 above the table."""
        g = self.g
        inner = g.right - g.left
        starts = (g.left, g.left + inner * 0.45, g.left + inner * 0.72, g.right)
        labels = ("交款人：", "房号：", "日期：")
        return [(labels[i], starts[i], starts[i + 1] - starts[i] - 3 * mm) for i in range(3)]

    # -- the data, drawn on every page (also in 套打)
    def _header(self, doc: ReceiptDoc, page: int, pages: int) -> None:
        c, g = self.c, self.g
        c.setFillColor(RED)
        self._text(doc.number, g.right, g.title_y, g.font + 1, 40 * mm, "right")
        if doc.print_number >= 2:
            mark = f"补打（第{doc.print_number}次打印）"
            self._text(mark, g.right, g.top_y, g.font, 50 * mm, "right")
        c.setFillColor(Color(0, 0, 0))
        if pages > 1:
            mark = f"第{page}/{pages}页" + ("（续）" if page > 1 else "")
            self._text(mark, g.left, g.title_y, g.font, 40 * mm)
        values = (doc.payer, doc.unit_code, doc.date_text)
        for (label, x, width), value in zip(self._info_fields(), values, strict=True):
            label_w = stringWidth(label, self.font, g.font)
            self._text(value, x + label_w, g.info_y, g.font, width - label_w)

    def _lines(self, lines: Sequence[tuple[str, str, str]]) -> None:
        g = self.g
        item_x, period_x, amount_x, right = g.columns
        pad = 1.5 * mm
        for index, (item, period, amount) in enumerate(lines):
            y = g.baseline(g.row_top(index), g.row_h, g.font)
            self._text(item, item_x + pad, y, g.font, period_x - item_x - 2 * pad)
            self._text(period, period_x + pad, y, g.font, amount_x - period_x - 2 * pad)
            self._text(amount, right - pad, y, g.font, right - amount_x - 2 * pad, "right")

    def _totals(self, doc: ReceiptDoc, last: bool) -> None:
        g = self.g
        item_x, _period_x, amount_x, right = g.columns
        pad = 1.5 * mm
        y = g.baseline(g.row_top(g.rows), g.total_h, g.font)
        words_x = item_x + g.words_label_w + pad
        if not last:
            self._text("（转下页）", words_x, y, g.font, amount_x - words_x - pad)
            return
        self._text(doc.total_words, words_x, y, g.font + 0.5, amount_x - words_x - pad)
        self._text(doc.total_text, right - pad, y, g.font + 0.5, right - amount_x - 2 * pad,
                   "right")  # fmt: skip

    def _footer(self, doc: ReceiptDoc) -> None:
        c, g = self.c, self.g
        seal_x = g.seal[0] - 2 * mm
        label_w = stringWidth("收款方式：", self.font, g.font)
        self._text(doc.methods, g.left + label_w, g.methods_y, g.font, seal_x - g.left - label_w)
        label_w = stringWidth("收款人：", self.font, g.font)
        cashier_w = min(34 * mm, (seal_x - g.left) * 0.35)
        self._text(doc.cashier, g.left + label_w, g.footer_y, g.font, cashier_w - label_w)
        if doc.void_reason is not None:
            c.setFillColor(RED)
            start = g.left + cashier_w + 2 * mm
            self._text(f"作废原因：{doc.void_reason}", start, g.footer_y, g.font, seal_x - start)
            c.setFillColor(Color(0, 0, 0))

    def _void_watermark(self) -> None:
        c, g = self.c, self.g
        size = min(g.height * 0.55, g.width * 0.22)
        c.saveState()
        c.setFillColor(RED)
        c.setFillAlpha(0.28)
        c.setFont(self.font, size)
        c.translate(g.width / 2, g.height / 2)
        c.rotate(18)
        c.drawCentredString(0, -size * 0.35, "作废")
        c.restoreState()

    # -- one string that never runs past `max_width`: smaller type, then an ellipsis
    def _text(
        self, text: str, x: float, y: float, size: float, max_width: float, align: str = "left"
    ) -> None:
        if not text:
            return
        width = stringWidth(text, self.font, size)
        if width > max_width:
            size = max(size * max_width / width, MIN_FONT)
            while len(text) > 1 and stringWidth(text, self.font, size) > max_width:
                text = text[:-2] + "…"
        self.c.setFont(self.font, size)
        if align == "right":
            self.c.drawRightString(x, y, text)
        elif align == "centre":
            self.c.drawCentredString(x, y, text)
        else:
            self.c.drawString(x, y, text)


def _chunks(lines: Sequence[tuple[str, str, str]], size: int) -> Iterator[Sequence]:
    if not lines:
        yield ()
    for start in range(0, len(lines), size):
        yield lines[start : start + size]
