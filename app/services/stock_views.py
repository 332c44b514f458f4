"""What the warehouse screens list: items, suppliers, documents, the open stocktake's count
lines, and the repair orders a stock-out may be linked to. Queries only; the rules that
change anything live in app/services/stock.py and stocktake.py."""

from __future__ import annotations

import peewee as pw

from app.models.service import RepairOrder, RepairStatus
from app.models.stock import (
    StockDocument,
    StockItem,
    Stocktake,
    StocktakeLine,
    StocktakeStatus,
    Supplier,
)
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail

# Materials go to a repair between dispatch and completion, as the service desk's own
# materials form (app/services/repair_costs.py) has it.
LINKABLE_REPAIR_STATUSES = (
    RepairStatus.DISPATCHED,
    RepairStatus.IN_PROGRESS,
    RepairStatus.COMPLETED,
)

ITEM_SORT = {
    "code": StockItem.code,
    "name": StockItem.name,
    "category": StockItem.category,
    "location": StockItem.location,
    "qty": StockItem.qty,
    "value": StockItem.value,
}

DOCUMENT_SORT = {
    "number": StockDocument.number,
    "doc_date": StockDocument.doc_date,
    "total": StockDocument.total,
}


def items_list(actor: Actor) -> pw.Select:
    """Every item with its balance and supplier's name, for the items table."""
    require(actor, Cap.STOCK_VIEW)
    return StockItem.select(
        StockItem.id,
        StockItem.code,
        StockItem.name,
        StockItem.specification,
        StockItem.uom,
        StockItem.category,
        StockItem.location,
        StockItem.barcode,
        StockItem.min_qty,
        StockItem.max_qty,
        StockItem.qty,
        StockItem.avg_cost,
        StockItem.value,
        StockItem.active,
        Supplier.name.alias("supplier_name"),
    ).join(Supplier, pw.JOIN.LEFT_OUTER, on=(StockItem.supplier == Supplier.id))


def filter_items(query: pw.Select, text: str = "", active_only: bool = False) -> pw.Select:
    """Code or barcode from the start, name, specification or category anywhere."""
    text = text.strip()
    if text:
        query = query.where(
            StockItem.code.startswith(text.upper())
            | (StockItem.barcode == text)
            | StockItem.name.contains(text)
            | StockItem.specification.contains(text)
            | StockItem.category.contains(text)
        )
    if active_only:
        query = query.where(StockItem.active)
    return query


def item_choices(actor: Actor) -> list[StockItem]:
    """Active items for a document line's item picker, by code."""
    require(actor, Cap.STOCK_VIEW)
    return list(StockItem.select().where(StockItem.active).order_by(StockItem.code))


def get_item(actor: Actor, item_id: str) -> StockItem:
    require(actor, Cap.STOCK_VIEW)
    return get_or_fail(StockItem, item_id)


def suppliers(actor: Actor, active_only: bool = True) -> list[Supplier]:
    require(actor, Cap.STOCK_VIEW)
    query = Supplier.select().order_by(Supplier.code)
    return list(query.where(Supplier.active) if active_only else query)


def documents_list(actor: Actor) -> pw.Select:
    """Stock documents, drafts (no number yet) and posted, with the supplier's name."""
    require(actor, Cap.STOCK_VIEW)
    reversal = StockDocument.alias("reversal")
    reversed_by = reversal.select(reversal.number).where(reversal.reverses == StockDocument.id)
    state = pw.Case(None, [(StockDocument.posted_at.is_null(), "draft")], "posted")
    return StockDocument.select(
        StockDocument.id,
        state.alias("state"),
        reversed_by.alias("reversed_by"),
        StockDocument.number,
        StockDocument.doc_date,
        StockDocument.kind,
        StockDocument.reason,
        StockDocument.department,
        StockDocument.recipient,
        StockDocument.purpose,
        StockDocument.repair_order_ref,
        StockDocument.total,
        StockDocument.posted_at,
        StockDocument.created_by,
        Supplier.name.alias("supplier_name"),
    ).join(Supplier, pw.JOIN.LEFT_OUTER, on=(StockDocument.supplier == Supplier.id))


def filter_documents(
    query: pw.Select, text: str = "", kind: str | None = None, drafts_only: bool = False
) -> pw.Select:
    text = text.strip()
    if text:
        query = query.where(
            StockDocument.number.contains(text.upper())
            | StockDocument.department.contains(text)
            | StockDocument.recipient.contains(text)
            | StockDocument.purpose.contains(text)
            | StockDocument.repair_order_ref.contains(text.upper())
            | Supplier.name.contains(text)
        )
    if kind:
        query = query.where(StockDocument.kind == kind)
    if drafts_only:
        query = query.where(StockDocument.posted_at.is_null())
    return query


def get_document(actor: Actor, doc_id: str) -> StockDocument:
    require(actor, Cap.STOCK_VIEW)
    return get_or_fail(StockDocument, doc_id)


def is_reversed(actor: Actor, doc_id: str) -> bool:
    require(actor, Cap.STOCK_VIEW)
    return StockDocument.select().where(StockDocument.reverses == doc_id).exists()


def open_stocktake(actor: Actor) -> Stocktake | None:
    require(actor, Cap.STOCK_VIEW)
    return Stocktake.get_or_none(Stocktake.status == StocktakeStatus.OPEN)


def stocktake_lines(actor: Actor, stocktake_id: str) -> pw.Select:
    """The count lines of a stocktake by location then code (the walking order)."""
    require(actor, Cap.STOCK_VIEW)
    return (
        StocktakeLine.select(
            StocktakeLine.id,
            StocktakeLine.counted_qty,
            StocktakeLine.counted_by,
            StockItem.id.alias("item_id"),
            StockItem.code,
            StockItem.name,
            StockItem.specification,
            StockItem.uom,
            StockItem.location,
            StockItem.barcode,
        )
        .join(StockItem)
        .where(StocktakeLine.stocktake == stocktake_id)
    )


def linkable_repairs(actor: Actor) -> list[RepairOrder]:
    """Repair orders a stock-out may name (being worked on), newest first."""
    require(actor, Cap.STOCK_VIEW)
    return list(
        RepairOrder.select()
        .where(RepairOrder.status.in_(LINKABLE_REPAIR_STATUSES))
        .order_by(RepairOrder.received_on.desc(), RepairOrder.number.desc())
    )


def item_categories(actor: Actor) -> list[str]:
    """The categories in use, for starting a count of one category."""
    require(actor, Cap.STOCK_VIEW)
    query = (
        StockItem.select(StockItem.category)
        .where(StockItem.active & (StockItem.category != ""))
        .distinct()
        .order_by(StockItem.category)
    )
    return [row.category for row in query]


def count_progress(actor: Actor, stocktake_id: str) -> tuple[int, int]:
    """(lines counted, lines in all) of a stocktake."""
    require(actor, Cap.STOCK_VIEW)
    lines = StocktakeLine.select().where(StocktakeLine.stocktake == stocktake_id)
    return lines.where(StocktakeLine.counted_qty.is_null(False)).count(), lines.count()


def filter_count_lines(query: pw.Select, text: str = "", uncounted_only: bool = False):
    text = text.strip()
    if text:
        query = query.where(
            StockItem.code.startswith(text.upper())
            | (StockItem.barcode == text)
            | StockItem.name.contains(text)
            | StockItem.location.contains(text)
        )
    if uncounted_only:
        query = query.where(StocktakeLine.counted_qty.is_null())
    return query


COUNT_SORT = {"code": StockItem.code, "location": StockItem.location}
