"""Stock ledger (进销存汇总) for a month and the item card (明细账).

Movements count in the month of their document date. Receipts (stock-in, including the
reversal of an issue and 盘盈) are the month's "in"; issues (including the reversal of a
receipt and 盘亏) its "out". Opening + in − out = closing, per item and in total, exactly:
every figure is a sum of integer fen and scaled integer quantities done in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.db import database
from app.models.stock import DocKind, StockDocument, StockItem, StockLine
from app.money import from_fen
from app.services.periods import parse_period
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail

ZERO_QTY = Decimal("0.000")


@dataclass(frozen=True)
class LedgerRow:
    code: str
    name: str
    specification: str
    uom: str
    opening_qty: Decimal
    opening_value: Decimal
    in_qty: Decimal
    in_value: Decimal
    out_qty: Decimal
    out_value: Decimal
    closing_qty: Decimal
    closing_value: Decimal


@dataclass(frozen=True)
class StockLedger:
    month: str
    first: date
    last: date
    rows: list[LedgerRow]
    total: LedgerRow  # values summed; quantities of different units are not added (zero)


_SIGNED_QTY = "(CASE d.kind WHEN 'in' THEN l.quantity ELSE -l.quantity END)"
_SIGNED_VALUE = "(CASE d.kind WHEN 'in' THEN l.amount ELSE -l.amount END)"
# ?1 = the month's first day, ?2 = the day after its last; quantities are scaled integers
# (×1000) and values integer fen, so the sums are exact.
_LEDGER_SQL = f"""
SELECT i.code, i.name, i.specification, i.uom,
  COALESCE(SUM(CASE WHEN d.doc_date < ?1 THEN {_SIGNED_QTY} END), 0),
  COALESCE(SUM(CASE WHEN d.doc_date < ?1 THEN {_SIGNED_VALUE} END), 0),
  COALESCE(SUM(CASE WHEN d.doc_date >= ?1 AND d.kind = 'in' THEN l.quantity END), 0),
  COALESCE(SUM(CASE WHEN d.doc_date >= ?1 AND d.kind = 'in' THEN l.amount END), 0),
  COALESCE(SUM(CASE WHEN d.doc_date >= ?1 AND d.kind = 'out' THEN l.quantity END), 0),
  COALESCE(SUM(CASE WHEN d.doc_date >= ?1 AND d.kind = 'out' THEN l.amount END), 0)
FROM stock_line l
JOIN stock_document d ON d.id = l.document_id
JOIN stock_item i ON i.id = l.item_id
WHERE d.posted_at IS NOT NULL AND d.doc_date < ?2
GROUP BY i.id ORDER BY i.code
"""


def _qty(scaled: int) -> Decimal:
    return Decimal(scaled).scaleb(-3).quantize(ZERO_QTY)


def stock_ledger(actor: Actor, month: str) -> StockLedger:
    """Every item that has moved up to the month's end, with a balance or a movement."""
    require(actor, Cap.STOCK_VIEW)
    first, last = parse_period(month)
    cursor = database.execute_sql(
        _LEDGER_SQL, (first.isoformat(), (last + timedelta(days=1)).isoformat())
    )
    rows = []
    for code, name, spec, uom, oq, ov, iq, iv, xq, xv in cursor:
        if oq == 0 and ov == 0 and iq == 0 and xq == 0 and iv == 0 and xv == 0:
            continue
        rows.append(LedgerRow(code, name, spec, uom, _qty(oq), from_fen(ov), _qty(iq),
                              from_fen(iv), _qty(xq), from_fen(xv), _qty(oq + iq - xq),
                              from_fen(ov + iv - xv)))  # fmt: skip
    return StockLedger(month, first, last, rows, _total(rows))


def _total(rows: list[LedgerRow]) -> LedgerRow:
    def total(name: str) -> Decimal:
        return sum((getattr(r, name) for r in rows), from_fen(0))

    return LedgerRow("合计", "", "", "", ZERO_QTY, total("opening_value"), ZERO_QTY,
                     total("in_value"), ZERO_QTY, total("out_value"), ZERO_QTY,
                     total("closing_value"))  # fmt: skip


@dataclass(frozen=True)
class CardLine:
    doc_date: date
    number: str
    reason: str
    in_qty: Decimal | None
    in_value: Decimal | None
    out_qty: Decimal | None
    out_value: Decimal | None
    balance_qty: Decimal
    balance_value: Decimal


@dataclass(frozen=True)
class ItemCard:
    item: StockItem
    date_from: date
    date_to: date
    opening_qty: Decimal
    opening_value: Decimal
    lines: list[CardLine]


def item_card(actor: Actor, item_id: str, date_from: date, date_to: date) -> ItemCard:
    """明细账: one item's movements between two dates, a running balance beside each."""
    require(actor, Cap.STOCK_VIEW)
    item = get_or_fail(StockItem, item_id)
    query = (
        StockLine.select(StockLine, StockDocument)
        .join(StockDocument)
        .where((StockLine.item == item) & StockDocument.posted_at.is_null(False))
        .where(StockDocument.doc_date <= date_to)
        .order_by(StockDocument.doc_date, StockDocument.posted_at, StockLine.line_no)
    )
    qty, value = ZERO_QTY, from_fen(0)
    opening: tuple[Decimal, Decimal] | None = None
    lines = []
    for line in query:
        doc = line.document
        if doc.doc_date >= date_from and opening is None:
            opening = (qty, value)
        sign = 1 if doc.kind == DocKind.IN else -1
        qty += sign * line.quantity
        value += sign * line.amount
        if doc.doc_date < date_from:
            continue
        is_in = doc.kind == DocKind.IN
        lines.append(CardLine(doc.doc_date, doc.number, doc.reason,
                              line.quantity if is_in else None, line.amount if is_in else None,
                              None if is_in else line.quantity, None if is_in else line.amount,
                              qty, value))  # fmt: skip
    opening = opening or (qty, value)
    return ItemCard(item, date_from, date_to, opening[0], opening[1], lines)
