"""Warehouse documents: moving-average costing to the fen, refusal above the balance,
posted documents final in SQL, reversal, drafts, low stock."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import peewee as pw
import pytest

from app.db import database
from app.errors import PermissionDenied, ValidationError
from app.models.stock import DocKind, DocReason, StockDocument, StockItem, StockLine
from app.services import stock
from app.services.numbering import last_number
from app.services.permissions import Actor, Role
from app.services.stock import DocumentInput, LineInput
from tests.stock_fixtures import DAY, balance, issue, item, keeper, receive, user


def test_moving_average_is_exact_over_receipts_and_issues(db_path: Path, system_actor) -> None:
    actor = keeper(system_actor)
    it = item(actor)
    receive(actor, it.id, "3", "1.10")  # 3.30
    receive(actor, it.id, "7", "1.2345")  # 8.6415 → 8.64; 10 @ 11.94 → avg 1.1940
    assert balance(it.id) == ("10.000", "11.94", "1.1940")
    out = issue(actor, it.id, "4")  # 4 × 1.1940 = 4.776 → 4.78
    assert out.total == Decimal("4.78")
    assert balance(it.id) == ("6.000", "7.16", "1.1933")  # 7.16 / 6 = 1.19333…
    receive(actor, it.id, "2.5", "3.3333")  # 8.33325 → 8.33; 8.5 @ 15.49 → 1.822352…
    assert balance(it.id) == ("8.500", "15.49", "1.8224")
    out = issue(actor, it.id, "0.333")  # 0.333 × 1.8224 = 0.6068592 → 0.61
    assert out.total == Decimal("0.61")
    assert balance(it.id) == ("8.167", "14.88", "1.8220")  # 14.88 / 8.167 = 1.821966…
    last = issue(actor, it.id, "8.167")  # the whole rest takes the whole value
    assert last.total == Decimal("14.88")
    assert balance(it.id) == ("0.000", "0.00", "0.0000")
    lines = StockLine.select().where(StockLine.item == it.id)
    ins = sum(x.amount for x in lines if x.document.kind == DocKind.IN)
    outs = sum(x.amount for x in lines if x.document.kind == DocKind.OUT)
    assert ins - outs == Decimal("0.00") and ins == Decimal("20.27")


def test_issue_value_never_exceeds_the_value_on_hand(db_path: Path, system_actor) -> None:
    it = item(system_actor)
    receive(system_actor, it.id, "3", "0.01")  # 0.03 for 3 → avg 0.0100
    receive(system_actor, it.id, "3", "0.0049")  # 0.0147 → 0.01; 6 @ 0.04 → avg 0.0067
    issue(system_actor, it.id, "5.999")  # 5.999 × 0.0067 = 0.0402 → 0.04, all that is left
    assert balance(it.id) == ("0.001", "0.00", "0.0000")


def test_issue_above_balance_is_refused_showing_it_and_nothing_saved(
    db_path: Path, system_actor
) -> None:
    actor = keeper(system_actor)
    it = item(actor)
    receive(actor, it.id, "5", "2.00")
    data = DocumentInput(DocKind.OUT, DocReason.ISSUE, DAY, [LineInput(it.id, "3"),
                         LineInput(it.id, "2.5")], department="保洁部", recipient="王阿姨")  # fmt: skip
    draft = stock.create_draft(actor, data)
    with pytest.raises(ValidationError) as refused:
        stock.post_document(actor, draft.id)
    assert refused.value.field == "quantity"
    assert refused.value.params["balance"] == Decimal("2.000")  # after line 1 took 3
    assert "only 2.000 个" in str(refused.value)
    assert balance(it.id) == ("5.000", "10.00", "2.0000")
    again = StockDocument.get_by_id(draft.id)
    assert again.posted_at is None and again.number is None
    assert last_number("stock_out", 2026) == 0
    with pytest.raises(ValidationError, match=r"only 5\.000"):
        issue(actor, it.id, "6")
    assert StockDocument.select().count() == 2  # the receipt and the draft, nothing else


def test_posted_documents_and_lines_refuse_update_and_delete_in_sql(
    db_path: Path, system_actor
) -> None:
    it = item(system_actor)
    doc = receive(system_actor, it.id, "2", "3.00")
    line_id = StockLine.get(StockLine.document == doc).id
    for sql, params in (
        ("UPDATE stock_document SET remarks = 'x' WHERE id = ?", (doc.id,)),
        ("DELETE FROM stock_document WHERE id = ?", (doc.id,)),
        ("UPDATE stock_line SET quantity = 1000 WHERE id = ?", (line_id,)),
        ("DELETE FROM stock_line WHERE id = ?", (line_id,)),
        ("INSERT INTO stock_line (id, created_at, updated_at, row_version, document_id, line_no,"
         " item_id, quantity, amount) VALUES ('x', 'a', 'a', 1, ?, 9, ?, 1, 0)", (doc.id, it.id)),
    ):  # fmt: skip
        with pytest.raises(pw.IntegrityError, match="final"):
            database.execute_sql(sql, params)
    with pytest.raises(ValidationError, match="posted and final"):
        stock.delete_draft(system_actor, doc.id)


def test_drafts_are_editable_and_deletable(db_path: Path, system_actor) -> None:
    it = item(system_actor)
    data = DocumentInput(DocKind.IN, DocReason.PURCHASE, DAY, [LineInput(it.id, "1", "5")])
    draft = stock.create_draft(system_actor, data)
    database.execute_sql("UPDATE stock_document SET remarks = 'ok' WHERE id = ?", (draft.id,))
    changed = DocumentInput(DocKind.IN, DocReason.PURCHASE, DAY,
                            [LineInput(it.id, "2", "5"), LineInput(it.id, "1", "6")])  # fmt: skip
    stock.update_draft(system_actor, draft.id, changed)
    assert StockLine.select().where(StockLine.document == draft.id).count() == 2
    posted = stock.post_document(system_actor, draft.id)
    assert posted.number == "RK2026000001" and posted.total == Decimal("16.00")
    other = stock.create_draft(system_actor, data)
    stock.delete_draft(system_actor, other.id)
    assert StockDocument.get_or_none(StockDocument.id == other.id) is None


def test_reversal_restores_balance_and_value(db_path: Path, system_actor) -> None:
    it = item(system_actor)
    receive(system_actor, it.id, "10", "1.2345")  # 12.35 (12.345 half-up)
    before = balance(it.id)
    out = issue(system_actor, it.id, "3")
    undo = stock.reverse_document(system_actor, out.id, "领错了")
    assert undo.kind == DocKind.IN and undo.reverses_id == out.id
    assert undo.total == out.total and undo.number == "RK2026000002"
    assert balance(it.id) == before
    second = receive(system_actor, it.id, "4", "9.99")
    after_second = balance(it.id)
    assert after_second[:2] == ("14.000", "52.31")
    stock.reverse_document(system_actor, second.id, "供应商退回")
    assert balance(it.id) == before
    with pytest.raises(ValidationError, match="reversed already"):
        stock.reverse_document(system_actor, second.id, "again")
    with pytest.raises(ValidationError, match="not itself a reversal"):
        stock.reverse_document(system_actor, undo.id, "again")


def test_reversal_of_a_receipt_already_issued_is_refused(db_path: Path, system_actor) -> None:
    it = item(system_actor)
    doc = receive(system_actor, it.id, "2", "1")
    issue(system_actor, it.id, "1.5")
    with pytest.raises(ValidationError, match=r"only 0\.500"):
        stock.reverse_document(system_actor, doc.id, "退货")
    assert balance(it.id) == ("0.500", "0.50", "1.0000")


def test_validation_and_permissions(db_path: Path, system_actor) -> None:
    actor = keeper(system_actor)
    it = item(actor, barcode="6901234567892")
    with pytest.raises(ValidationError, match="Code: item LS01 exists"):
        item(actor)
    with pytest.raises(ValidationError, match="Barcode"):
        item(actor, "LS02", barcode="6901234567892")
    assert stock.find_item(actor, "6901234567892").id == it.id
    assert stock.find_item(actor, "ls01").id == it.id
    for qty, message in (("0", "above zero"), ("1.0001", "3 decimals"), ("abc", "3 decimals")):
        with pytest.raises(ValidationError, match=message):
            receive(actor, it.id, qty, "1")
    bad = DocumentInput(DocKind.IN, DocReason.PURCHASE, DAY, [LineInput(it.id, "1")])
    with pytest.raises(ValidationError, match="Unit price"):
        stock.create_draft(actor, bad)
    nobody = DocumentInput(DocKind.OUT, DocReason.ISSUE, DAY, [LineInput(it.id, "1")])
    with pytest.raises(ValidationError, match="Department"):
        stock.create_draft(actor, nobody)
    cashier = user(system_actor, "cashier", Role.CASHIER)
    with pytest.raises(PermissionDenied):
        receive(cashier, it.id, "1", "1")


def test_low_stock_suggests_up_to_the_maximum(db_path: Path, system_actor: Actor) -> None:
    low = item(system_actor, "A1", "灯管", min_qty="10", max_qty="50")
    no_max = item(system_actor, "A2", "扫帚", min_qty="4")
    fine = item(system_actor, "A3", "拖把", min_qty="2", max_qty="5")
    item(system_actor, "A4", "胶带")  # no minimum: never listed
    receive(system_actor, low.id, "7.5", "3")
    receive(system_actor, no_max.id, "1", "12")
    receive(system_actor, fine.id, "2", "20")
    rows = stock.low_stock(system_actor)
    assert [(r.item.code, r.suggested) for r in rows] == [
        ("A1", Decimal("42.500")),
        ("A2", Decimal("3.000")),
    ]
    stock.update_item(system_actor, fine.id, {"min_qty": "3"})
    assert [r.item.code for r in stock.low_stock(system_actor)] == ["A1", "A2", "A3"]
    assert StockItem.get_by_id(fine.id).qty == Decimal("2.000")
