"""Item labels (物料标签) as an A4 sheet: 3 × 8 labels, each with the name in Chinese, the
code, the location and a Code 128 barcode of the item's barcode (its code if it has none),
which a keyboard-wedge scanner reads back into the stocktake count field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.models.stock import StockItem
from app.services.permissions import Actor, Cap, require
from reports.fonts import cjk_font_name

COLS, ROWS = 3, 8
MARGIN_X, MARGIN_Y = 8 * mm, 12 * mm
LABEL_W = (A4[0] - 2 * MARGIN_X) / COLS
LABEL_H = (A4[1] - 2 * MARGIN_Y) / ROWS


@dataclass(frozen=True)
class LabelSheet:
    path: Path
    labels: int
    pages: int


def barcode_value(item: StockItem) -> str:
    """Code 128 carries ASCII only; a barcode outside it falls back to the item code."""
    value = item.barcode or item.code
    return value if value.isascii() else item.code


def _fit(text: str, font: str, size: float, room: float) -> str:
    while text and stringWidth(text, font, size) > room:
        text = text[:-1]
    return text


def _label(c: Canvas, item: StockItem, x: float, y: float) -> None:
    font, room = cjk_font_name(), LABEL_W - 6 * mm
    c.setFont(font, 10)
    c.drawString(x + 3 * mm, y + LABEL_H - 7 * mm, _fit(item.name, font, 10, room))
    c.setFont(font, 7.5)
    detail = f"{item.code}  {item.specification}  {item.location}".strip()
    c.drawString(x + 3 * mm, y + LABEL_H - 11 * mm, _fit(detail, font, 7.5, room))
    value = barcode_value(item)
    code = Code128(value, barHeight=10 * mm, barWidth=0.3 * mm, humanReadable=True)
    if code.width > room:
        code = Code128(value, barHeight=10 * mm, barWidth=room / code.width * 0.3 * mm,
                       humanReadable=True)  # fmt: skip
    code.drawOn(c, x + (LABEL_W - code.width) / 2, y + 5 * mm)


def render_labels(actor: Actor, item_ids: Sequence[str], out: Path | str) -> LabelSheet:
    require(actor, Cap.STOCK_VIEW)
    by_id = {i.id: i for i in StockItem.select().where(StockItem.id.in_(list(item_ids)))}
    items = [by_id[i] for i in item_ids if i in by_id]
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    c = Canvas(str(out), pagesize=A4)
    c.setTitle("物料标签")
    per_page = COLS * ROWS
    for index, item in enumerate(items):
        slot = index % per_page
        if index and slot == 0:
            c.showPage()
        col, row = slot % COLS, slot // COLS
        x = MARGIN_X + col * LABEL_W
        y = A4[1] - MARGIN_Y - (row + 1) * LABEL_H
        c.setLineWidth(0.3)
        c.setDash(2, 2)
        c.rect(x, y, LABEL_W, LABEL_H)  # cutting guide
        c.setDash()
        _label(c, item, x, y)
    c.save()
    pages = max(1, -(-len(items) // per_page))
    return LabelSheet(out, len(items), pages)
