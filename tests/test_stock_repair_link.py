"""A stock-out may name the repair order its materials are for: only an open one, by its
number; the reversal keeps the link; the lists offer the open orders only."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.models.archive import Unit
from app.models.stock import DocKind, DocReason, StockDocument
from app.services import repair_costs, repairs, stock, stock_views
from app.services.permissions import Role
from app.services.stock import DocumentInput, LineInput
from tests.archive_office import demo_office
from tests.stock_fixtures import DAY, item, receive, user


def _out(item_id: str, ref: str | None) -> DocumentInput:
    return DocumentInput(DocKind.OUT, DocReason.ISSUE, DAY, [LineInput(item_id, "1")],
                         department="工程部", recipient="张师傅", repair_order_ref=ref)  # fmt: skip


def test_only_an_open_repair_order_can_be_named(db_path: Path) -> None:
    staff = demo_office(units=12)
    keeper = user(staff.admin, "cangguan", Role.WAREHOUSE_KEEPER)
    unit = Unit.select().order_by(Unit.code).first()
    leak = repairs.register_repair(
        staff.assistant, unit_id=unit.id, category="plumbing", description="漏水"
    )
    repairs.dispatch(staff.assistant, leak.id, "张师傅")
    waiting = repairs.register_repair(
        staff.assistant, unit_id=unit.id, category="plumbing", description="未派工"
    )
    twice = repairs.register_repair(
        staff.assistant, unit_id=unit.id, category="other", description="重复"
    )
    repairs.cancel(staff.assistant, twice.id, "重复报修")
    pipe = item(keeper, "S01", "PPR水管")
    receive(keeper, pipe.id, "5", "12.00")
    assert [r.number for r in stock_views.linkable_repairs(keeper)] == [leak.number]
    for wrong in (twice.number, waiting.number, "BX2099000001"):
        with pytest.raises(ValidationError, match="not an open repair order") as refused:
            stock.create_and_post(keeper, _out(pipe.id, wrong))
        assert refused.value.field == "repair_order_ref"
    doc = stock.create_and_post(keeper, _out(pipe.id, f" {leak.number.lower()} "))
    assert doc.repair_order_ref == leak.number
    [used] = repair_costs.materials_of(staff.assistant, leak.id)  # issued at the warehouse
    assert (used.quantity, used.amount, used.document_number) == (
        Decimal("1.000"), Decimal("12.00"), doc.number)  # fmt: skip
    reversal = stock.reverse_document(keeper, doc.id, "领多了")
    assert reversal.repair_order_ref == leak.number
    assert repair_costs.material_cost(leak.id) == Decimal("0.00")  # 红冲 counts back
    found = stock_views.filter_documents(stock_views.documents_list(keeper), leak.number)
    assert {row["id"] for row in found.dicts()} == {doc.id, reversal.id}
    partly = stock_views.filter_documents(stock_views.documents_list(keeper), "bx")
    assert {row["id"] for row in partly.dicts()} == {doc.id, reversal.id}
    plain = stock.create_and_post(keeper, _out(pipe.id, ""))
    assert StockDocument.get_by_id(plain.id).repair_order_ref is None
