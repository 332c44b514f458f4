"""Stocktake (盘点): book quantities frozen when the count starts, counts typed, scanned or
imported, a difference report (盘盈/盘亏) and, with the manager's approval, the adjustments.

Documents posted after the start are tracked, not blocked: the quantity the count is
compared with is the frozen book quantity plus what moved since (= the balance now).
Differences are valued at the item's current average cost (half-up to the fen).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.clock import local_today, to_utc_text, utcnow
from app.db import database, transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.stock import (
    DocKind,
    DocReason,
    StockDocument,
    StockItem,
    StockLine,
    Stocktake,
    StocktakeLine,
    StocktakeStatus,
)
from app.money import round_half_up
from app.services import audit
from app.services.numbering import next_number, register_document_type
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail
from app.services.stock import _post, find_item, parse_decimal

register_document_type("stocktake", "PD")

ZERO = Decimal(0)


@dataclass(frozen=True)
class DifferenceRow:
    item: StockItem
    book_qty: Decimal  # frozen at the start
    moved_since: Decimal  # net quantity posted after the start
    expected: Decimal
    counted: Decimal | None  # None: not counted, not adjusted
    difference: Decimal  # counted − expected (+ 盘盈, − 盘亏)
    value: Decimal  # the difference valued at the current average cost


@dataclass(frozen=True)
class DifferenceReport:
    stocktake: Stocktake
    rows: list[DifferenceRow]
    gain_value: Decimal  # 盘盈
    loss_value: Decimal  # 盘亏 (positive)
    uncounted: int


def _open(stocktake_id: str) -> Stocktake:
    take = get_or_fail(Stocktake, stocktake_id)
    if take.status != StocktakeStatus.OPEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Stocktake {number} is closed; start a new one."),
            field=None,
            number=take.number,
        )
    return take


def start_stocktake(
    actor: Actor, count_date: date | None = None, category: str = "", remarks: str = ""
) -> Stocktake:
    """Freezes the book quantity and value of every active item (of one category)."""
    require(actor, Cap.STOCK_EDIT)
    count_date = count_date or local_today()
    with transaction():
        if Stocktake.select().where(Stocktake.status == StocktakeStatus.OPEN).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "A stocktake is open already: post or cancel it first."),
                field=None,
            )
        take = Stocktake.create(
            number=next_number("stocktake", count_date.year).text,
            status=StocktakeStatus.OPEN,
            count_date=count_date,
            started_at=utcnow(),
            started_by=actor.display_name,
            category=category.strip(),
            remarks=remarks.strip(),
        )
        items = StockItem.select(StockItem.id, StockItem.qty, StockItem.value).where(
            StockItem.active
        )
        if take.category:
            items = items.where(StockItem.category == take.category)
        rows = [
            {"stocktake": take.id, "item": i.id, "book_qty": i.qty, "book_value": i.value}
            for i in items
        ]
        for start in range(0, len(rows), 500):
            StocktakeLine.insert_many(rows[start : start + 500]).execute()
        audit.record(actor, "stocktake.start", table="stocktake", record_id=take.id,
                     after={"number": take.number, "items": len(rows)})  # fmt: skip
    return take


def record_count(
    actor: Actor, stocktake_id: str, code_or_barcode: str, quantity: object | None = None
) -> StocktakeLine:
    """Sets an item's counted quantity; without a quantity (a scan) adds one to it."""
    require(actor, Cap.STOCK_EDIT)
    with transaction():
        take = _open(stocktake_id)
        item = find_item(actor, code_or_barcode)
        line = StocktakeLine.get_or_none(
            (StocktakeLine.stocktake == take) & (StocktakeLine.item == item)
        )
        if line is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Item: {item} is not in stocktake {number}."),
                field="item", item=f"{item.code} {item.name}", number=take.number,
            )  # fmt: skip
        if quantity is None:
            line.counted_qty = (line.counted_qty or ZERO) + 1
        else:
            counted = parse_decimal(
                quantity, 3, "counted_qty", QT_TRANSLATE_NOOP("app", "Counted quantity")
            )
            if counted < 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("app", "Counted quantity: can't be below zero."),
                    field="counted_qty",
                )
            line.counted_qty = counted
        line.counted_by, line.counted_at = actor.display_name, utcnow()
        line.save()
    return line


def import_counts(actor: Actor, stocktake_id: str, path: Path | str) -> int:
    """Reads a count sheet back (reports/stock_count_sheet.py): column A the item code,
    column 实盘数量 the count; empty counts are skipped. Returns the counts taken."""
    from app.importers.xlsx_reader import XlsxReader

    require(actor, Cap.STOCK_EDIT)
    with XlsxReader(path) as reader:
        rows = list(reader.rows(reader.sheet_names[0]))
    header_at = next(
        (i for i, (_, cells) in enumerate(rows) if "实盘数量" in [str(c) for c in cells]), None
    )
    if header_at is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "File: this is not a count sheet (no 实盘数量 column)."),
            field="file",
        )
    count_col = [str(c) for c in rows[header_at][1]].index("实盘数量")
    taken = 0
    with transaction():
        for _, cells in rows[header_at + 1 :]:
            if len(cells) <= count_col or cells[count_col] in (None, ""):
                continue
            record_count(actor, stocktake_id, str(cells[0]), _sheet_number(cells[count_col]))
            taken += 1
    return taken


def _sheet_number(value: object) -> object:
    # Excel hands back floats; their shortest repr is the number the user typed.
    return repr(value) if isinstance(value, float) else value


def _moved_since(take: Stocktake) -> dict[str, Decimal]:
    cursor = database.execute_sql(
        "SELECT l.item_id, SUM(CASE d.kind WHEN 'in' THEN l.quantity ELSE -l.quantity END) "
        "FROM stock_line l JOIN stock_document d ON d.id = l.document_id "
        "JOIN stocktake_line t ON t.item_id = l.item_id AND t.stocktake_id = ? "
        "WHERE d.posted_at > ? GROUP BY l.item_id",
        (take.id, to_utc_text(take.started_at)),
    )
    return {item_id: Decimal(total).scaleb(-3) for item_id, total in cursor}


def difference_report(actor: Actor, stocktake_id: str) -> DifferenceReport:
    require(actor, Cap.STOCK_VIEW)
    take = get_or_fail(Stocktake, stocktake_id)
    moved = _moved_since(take)
    lines = (
        StocktakeLine.select(StocktakeLine, StockItem)
        .join(StockItem)
        .where(StocktakeLine.stocktake == take)
        .order_by(StockItem.code)
    )
    rows, gain, loss, uncounted = [], ZERO, ZERO, 0
    for line in lines:
        expected = line.book_qty + moved.get(line.item_id, ZERO)
        counted = line.counted_qty
        diff = ZERO if counted is None else counted - expected
        value = round_half_up(diff * line.item.avg_cost)
        uncounted += counted is None
        gain += max(value, ZERO)
        loss += max(-value, ZERO)
        rows.append(DifferenceRow(line.item, line.book_qty, moved.get(line.item_id, ZERO),
                                  expected, counted, diff, value))  # fmt: skip
    return DifferenceReport(take, rows, gain, loss, uncounted)


def _adjustment(actor: Actor, take: Stocktake, kind: str, rows: list[DifferenceRow]) -> None:
    if not rows:
        return
    doc = StockDocument.create(
        kind=kind, reason=DocReason.STOCKTAKE, doc_date=take.count_date,
        department="仓库", recipient="", purpose="盘盈" if kind == DocKind.IN else "盘亏",
        stocktake_ref=take.id, remarks=f"盘点 {take.number}", created_by=actor.display_name,
    )  # fmt: skip
    for no, row in enumerate(rows, 1):
        StockLine.create(document=doc, line_no=no, item=row.item.id,
                         quantity=abs(row.difference), unit_price=row.item.avg_cost)  # fmt: skip
    _post(actor, doc)


def post_stocktake(actor: Actor, stocktake_id: str) -> DifferenceReport:
    """Posts the surpluses as a stock-in and the shortages as a stock-out (manager only)."""
    require(actor, Cap.STOCKTAKE_APPROVE)
    with transaction():
        take = _open(stocktake_id)
        report = difference_report(actor, stocktake_id)
        gains = [r for r in report.rows if r.difference > 0]
        losses = [r for r in report.rows if r.difference < 0]
        _adjustment(actor, take, DocKind.IN, gains)
        _adjustment(actor, take, DocKind.OUT, losses)
        take.status, take.posted_at = StocktakeStatus.POSTED, utcnow()
        take.approved_by = actor.display_name
        take.save()
        audit.record(actor, "stocktake.post", table="stocktake", record_id=take.id,
                     after={"gain": report.gain_value, "loss": report.loss_value})  # fmt: skip
    return report


def cancel_stocktake(actor: Actor, stocktake_id: str) -> None:
    require(actor, Cap.STOCK_EDIT)
    with transaction():
        take = _open(stocktake_id)
        take.status = StocktakeStatus.CANCELLED
        take.save()
        audit.record(actor, "stocktake.cancel", table="stocktake", record_id=take.id)
