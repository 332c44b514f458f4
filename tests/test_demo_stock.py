"""The demo warehouse: a year of movements through the services that adds up, a reversal,
a posted stocktake, and items left under their minimum for the low-stock list."""

from __future__ import annotations

from pathlib import Path

from app.demo import REFERENCE_DATE
from app.demo_stock import ITEMS, LOW_AT_THE_END, create_demo_stock, ean13
from app.models.stock import DocReason, StockDocument, StockItem, Stocktake, StocktakeStatus
from app.services import stock
from app.services.permissions import Actor
from app.services.stock_ledger import stock_ledger


def test_a_year_of_movements_that_adds_up(db_path: Path, system_actor: Actor) -> None:
    summary = create_demo_stock(system_actor, seed=3)
    assert summary["stock_items"] == len(ITEMS) and summary["stock_documents"] > 200
    first = StockDocument.select().order_by(StockDocument.doc_date).first().doc_date
    last = StockDocument.select().order_by(StockDocument.doc_date.desc()).first().doc_date
    assert (last - first).days > 350 and last <= REFERENCE_DATE
    ledger = stock_ledger(system_actor, f"{last:%Y-%m}")
    balances = {i.code: (i.qty, i.value) for i in StockItem.select()}
    for row in ledger.rows:
        assert row.opening_qty + row.in_qty - row.out_qty == row.closing_qty
        assert row.opening_value + row.in_value - row.out_value == row.closing_value
        assert (row.closing_qty, row.closing_value) == balances[row.code]
    assert StockDocument.select().where(StockDocument.reason == DocReason.REVERSAL).count() == 1
    assert Stocktake.get().status == StocktakeStatus.POSTED
    low = {r.item.code for r in stock.low_stock(system_actor)}
    assert set(LOW_AT_THE_END) <= low
    assert all(len(i.barcode) == 13 for i in StockItem.select())


def test_barcodes_carry_a_valid_check_digit() -> None:
    code = ean13(1001)
    digits = [int(d) for d in code]
    assert sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0
