"""The 仓库 page driven as the warehouse keeper would: a new item, stock in, a stock out
refused above the balance (showing it), a stocktake counted by scanning barcodes and posted
by the manager, the count sheet round trip, reports and labels."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QLineEdit

from app.models.stock import (
    DocKind,
    DocReason,
    StockDocument,
    StockItem,
    StockLine,
    StocktakeLine,
    StocktakeStatus,
    Supplier,
)
from app.services import stock
from app.services.permissions import Actor, Role
from tests.stock_fixtures import DAY, issue, item, keeper, pdf_text, receive, user
from ui.dialogs.stock_document_form import PRICE, QTY, DocumentDialog
from ui.main_window import MainWindow
from ui.pages.stock import StockPage
from ui.tasks import wait_for_all


@pytest.fixture
def actor(db_path: Path, system_actor: Actor) -> Actor:
    return keeper(system_actor)


def _page(qtbot, actor: Actor) -> tuple[MainWindow, StockPage]:
    window = MainWindow(actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("stock")
    return window, page


def _type(qtbot, edit: QLineEdit, text: str) -> None:
    """Keys for ASCII; Chinese arrives as an input method commits it (QTest types ASCII only)."""
    edit.setFocus()
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def close_next_preview(seen: list[QPrintPreviewDialog]) -> None:
    """Closes the print preview once it opens; the progress dialog shown while the PDF is
    made (a modal too) is left alone."""

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintPreviewDialog):
            QTimer.singleShot(20, close)
            return
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, close)


def _add_line(qtbot, dialog: DocumentDialog, code: str, quantity: str, price: str = "") -> None:
    """As at the keyboard: the code (or a scan) and Enter, then the quantity in its cell."""
    _type(qtbot, dialog.add_code, code)
    qtbot.keyClick(dialog.add_code, Qt.Key.Key_Return)
    row = dialog.lines.currentRow()
    assert dialog.lines.currentColumn() == QTY, (dialog.lines.rowCount(), dialog.error.text())
    dialog.set_line(row, quantity, price)


def test_new_item_from_the_items_tab(qtbot, actor: Actor) -> None:
    supplier = stock.create_supplier(actor, "S01", "华联五金")
    _window, page = _page(qtbot, actor)
    tab = page.items
    dialog = tab.open_new()
    _type(qtbot, dialog.code, "ls01")
    _type(qtbot, dialog.name, "十字螺丝")
    _type(qtbot, dialog.spec, "M4×20")
    dialog.uom.setCurrentText("盒")
    dialog.category.setCurrentText("五金")
    _type(qtbot, dialog.min_qty, "10")
    _type(qtbot, dialog.max_qty, "5")  # below the minimum: refused
    dialog.supplier.setCurrentIndex(dialog.supplier.findData(supplier.id))
    dialog.save()
    assert dialog.saved_id is None and "Maximum" in dialog.error.text()
    assert StockItem.select().count() == 0
    _type(qtbot, dialog.max_qty, "50")
    _type(qtbot, dialog.barcode, "6901234500011")
    qtbot.keyClick(dialog.barcode, Qt.Key.Key_Return)  # the scanner's Enter: not a save
    assert dialog.saved_id is None and StockItem.select().count() == 0
    dialog.save()
    saved = StockItem.get_by_id(dialog.saved_id)
    assert (saved.code, saved.name, saved.uom, saved.category) == ("LS01", "十字螺丝", "盒", "五金")
    assert (saved.min_qty, saved.max_qty, saved.barcode) == (10, 50, "6901234500011")
    assert saved.supplier_id == supplier.id
    assert tab.model.rowCount() == 1 and tab.model.index(0, 0).data() == "LS01"
    _type(qtbot, tab.search, "螺丝")
    tab.apply_filter()
    assert tab.model.rowCount() == 1
    _type(qtbot, tab.search, "灯泡")
    tab.apply_filter()
    assert tab.model.rowCount() == 0


def test_supplier_added_in_the_suppliers_dialog(qtbot, actor: Actor) -> None:
    _window, page = _page(qtbot, actor)
    suppliers = page.items.open_suppliers()
    form = suppliers.add()
    _type(qtbot, form.code, "s02")
    _type(qtbot, form.name, "建材城")
    _type(qtbot, form.phone, "0571-88886666")
    form.save()
    assert Supplier.get(Supplier.code == "S02").phone == "0571-88886666"
    assert suppliers.model.rowCount() == 1


def test_stock_in_then_out_refused_above_the_balance(qtbot, actor: Actor) -> None:
    item(actor, "D01", "LED灯泡", barcode="6901234500011")
    item(actor, "Q01", "拖把", uom="把")
    item(actor, "Q02", "胶带", uom="卷")
    supplier = stock.create_supplier(actor, "S01", "华联五金")
    _window, page = _page(qtbot, actor)
    page.tabs.setCurrentWidget(page.documents)
    tab = page.documents

    receipt = tab.open_new(DocKind.IN)

    receipt.doc_date.set_value(DAY)  # numbers carry the document's year
    receipt.supplier.setCurrentIndex(receipt.supplier.findData(supplier.id))
    _add_line(qtbot, receipt, "6901234500011", "20", "4.50")  # scanned
    _add_line(qtbot, receipt, "q01", "5", "18")
    _add_line(qtbot, receipt, "Q02 胶带", "3", "2.00")  # picked from the completer
    receipt.save_and_post()
    assert receipt.saved_id is not None, receipt.error.text()
    doc = StockDocument.get_by_id(receipt.saved_id)
    assert doc.number.startswith("RK2026") and doc.total == Decimal("186.00")
    assert doc.supplier_id == supplier.id
    assert StockItem.get(StockItem.code == "D01").qty == 20
    assert tab.model.index(tab.table.currentIndex().row(), 0).data() == doc.number

    out_form = tab.open_new(DocKind.OUT)

    out_form.doc_date.set_value(DAY)  # numbers carry the document's year
    out_form.department.setCurrentText("工程部")
    _type(qtbot, out_form.recipient, "李师傅")
    _type(qtbot, out_form.purpose, "楼道换灯")
    _add_line(qtbot, out_form, "D01", "25")
    assert out_form.lines.item(0, 5).text() == "20"  # on hand, beside the line
    out_form.save_and_post()
    assert out_form.saved_id is None
    assert "only 20.000 个" in out_form.error.text() and "at most 20.000" in out_form.error.text()
    assert out_form.lines.selectedIndexes()[0].row() == 0  # the refused line
    assert StockDocument.select().where(StockDocument.kind == DocKind.OUT).count() == 0
    assert StockItem.get(StockItem.code == "D01").qty == 20
    out_form.set_line(0, "6")
    out_form.save_and_post()
    out = StockDocument.get_by_id(out_form.saved_id)
    assert out.number.startswith("CK2026") and out.total == Decimal("27.00")
    assert (out.department, out.recipient) == ("工程部", "李师傅")
    assert StockItem.get(StockItem.code == "D01").qty == 14

    tab.refresh()
    tab.select_document(out.id)
    assert tab.reverse_button.isEnabled() and not tab.post_button.isEnabled()
    assert tab.reverse_selected("领错了")
    reversal = StockDocument.get(StockDocument.reverses == out.id)
    assert reversal.kind == DocKind.IN and reversal.total == Decimal("27.00")
    assert StockItem.get(StockItem.code == "D01").qty == 20


def test_draft_saved_edited_posted_and_printed(qtbot, actor: Actor, tmp_path: Path) -> None:
    bulbs = item(actor, "D01", "LED灯泡")
    receive(actor, bulbs.id, "10", "4.50")
    _window, page = _page(qtbot, actor)
    tab = page.documents
    page.tabs.setCurrentWidget(tab)
    draft = tab.open_new(DocKind.OUT)
    draft.doc_date.set_value(DAY)  # numbers carry the document's year
    draft.department.setCurrentText("保洁部")
    _type(qtbot, draft.recipient, "王阿姨")
    _add_line(qtbot, draft, "D01", "2")
    draft.save()
    doc = StockDocument.get_by_id(draft.saved_id)
    assert doc.number is None and doc.posted_at is None
    assert tab.selected()["state"] == "draft" and tab.post_button.isEnabled()

    again = tab.open_selected()
    assert again.lines.rowCount() == 1 and again.recipient.text() == "王阿姨"
    again.set_line(0, "3")
    again.save()
    assert StockLine.get(StockLine.document == doc.id).quantity == 3
    assert tab.post_button.isEnabled()
    assert tab.post_selected()
    posted = StockDocument.get_by_id(doc.id)
    assert posted.number.startswith("CK") and posted.total == Decimal("13.50")

    viewer = tab.open_selected()
    assert viewer.read_only and not viewer.recipient.isEnabled()
    assert viewer.lines.item(0, PRICE).text() == "4.5000"
    viewer.reject()
    previews: list[QPrintPreviewDialog] = []
    close_next_preview(previews)
    tab.print_selected()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert isinstance(previews[0], QPrintPreviewDialog)
    assert posted.number in previews[0].windowTitle()


def test_stock_out_linked_to_an_open_repair_order(qtbot, db_path: Path, tmp_path: Path) -> None:
    from app.models.archive import Unit
    from app.services import repairs
    from tests.archive_office import demo_office

    staff = demo_office(units=12)
    warehouse = user(staff.admin, "cangguan", Role.WAREHOUSE_KEEPER)
    unit = Unit.select().order_by(Unit.code).first()
    repair = repairs.register_repair(
        staff.assistant, unit_id=unit.id, category="plumbing", description="厨房水管漏水"
    )
    repairs.dispatch(staff.assistant, repair.id, "张师傅")
    waiting = repairs.register_repair(
        staff.assistant, unit_id=unit.id, category="plumbing", description="未派工"
    )
    done = repairs.register_repair(
        staff.assistant, unit_id=unit.id, category="other", description="重复报修"
    )
    repairs.cancel(staff.assistant, done.id, "重复")
    pipe = item(warehouse, "S01", "PPR水管")
    receive(warehouse, pipe.id, "10", "12.00")
    _window, page = _page(qtbot, warehouse)
    page.tabs.setCurrentWidget(page.documents)
    dialog = page.documents.open_new(DocKind.OUT)
    dialog.doc_date.set_value(DAY)  # numbers carry the document's year
    offered = [dialog.repair.itemData(i) for i in range(dialog.repair.count())]
    assert repair.number in offered and done.number not in offered
    assert waiting.number not in offered  # not dispatched: no materials yet
    dialog.department.setCurrentText("工程部")
    _type(qtbot, dialog.recipient, "张师傅")
    _add_line(qtbot, dialog, "S01", "2")
    dialog.repair.setEditText(done.number)  # a cancelled order typed in: refused
    dialog.save_and_post()
    assert dialog.saved_id is None and done.number in dialog.error.text()
    dialog.choose_repair(repair.number)
    dialog.save_and_post()
    doc = StockDocument.get_by_id(dialog.saved_id)
    assert doc.repair_order_ref == repair.number
    tab = page.documents
    tab.select_document(doc.id)
    column = [c.key for c in tab.model.columns].index("repair_order_ref")
    assert tab.model.index(tab.table.currentIndex().row(), column).data() == repair.number
    from reports.stock_documents import render_stock_document

    pdf = render_stock_document(warehouse, doc.id, tmp_path / "out.pdf").path
    assert f"维修单：{repair.number}" in "".join(pdf_text(pdf).split())  # it may wrap
    viewer = tab.open_selected()
    assert viewer.repair_number() == repair.number


def test_stocktake_by_scanning_posted_by_the_manager(
    qtbot, actor: Actor, system_actor: Actor
) -> None:
    bulbs = item(actor, "D01", "LED灯泡", barcode="6901234500011")
    mops = item(actor, "Q01", "拖把", barcode="6901234500028")
    tape = item(actor, "Q02", "胶带")
    receive(actor, bulbs.id, "20", "4.50")
    receive(actor, mops.id, "5", "18.00")
    receive(actor, tape.id, "3", "2.00")
    window, page = _page(qtbot, actor)
    page.tabs.setCurrentWidget(page.stocktake)
    tab = page.stocktake
    assert tab.start(category="")
    take = stock_views_open(actor)
    assert "0 of 3" in tab.status.text()

    window.activateWindow()
    tab.scan.setFocus()
    qtbot.keyClicks(tab.scan, "6901234500011")  # what the scanner types, then Enter
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(tab.count.hasFocus)
    assert "LED灯泡" in tab.item_label.text()
    assert tab.lines.row_dict(tab.table.currentIndex().row())["code"] == "D01"
    qtbot.keyClicks(tab.count, "19")
    qtbot.keyClick(tab.count, Qt.Key.Key_Return)
    qtbot.waitUntil(tab.scan.hasFocus)
    assert _counted(take.id, bulbs.id) == Decimal("19")

    qtbot.keyClicks(tab.scan, "6901234500028")
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(tab.count.hasFocus)
    qtbot.keyClicks(tab.count, "6")
    qtbot.keyClick(tab.count, Qt.Key.Key_Return)
    assert _counted(take.id, mops.id) == Decimal("6")
    assert "2 of 3" in tab.status.text()

    # A barcode scanned into the count field moves to that item; it is no count.
    tab.go_to_item("Q01")
    qtbot.keyClicks(tab.count, "6901234500011")
    qtbot.keyClick(tab.count, Qt.Key.Key_Return)
    assert "LED灯泡" in tab.item_label.text() and tab.count.text() == "19"
    assert _counted(take.id, mops.id) == Decimal("6")
    tab.scan.setText("NOPE")
    tab.scanned()
    assert "NOPE" in tab.error.text()

    tab.tabs.setCurrentIndex(1)
    assert tab.differences.rowCount() == 3
    assert "¥18.00" in tab.summary.text() and "¥4.50" in tab.summary.text()
    assert tab.differences.index(0, 7).data() == "-1"
    assert tab.differences.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not tab.post_button.isEnabled()  # the keeper may not post
    previews: list[QPrintPreviewDialog] = []
    close_next_preview(previews)
    tab.preview_report()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert take.number in previews[0].windowTitle()

    manager = user(system_actor, "boss", Role.MANAGER)
    _boss_window, boss_page = _page(qtbot, manager)
    boss_page.tabs.setCurrentWidget(boss_page.stocktake)
    boss_tab = boss_page.stocktake
    boss_tab.tabs.setCurrentIndex(1)
    assert boss_tab.post_button.isEnabled()
    assert boss_tab.post(confirm=False)
    assert StockItem.get_by_id(bulbs.id).qty == 19 and StockItem.get_by_id(mops.id).qty == 6
    assert StockItem.get_by_id(tape.id).qty == 3
    reasons = StockDocument.select().where(StockDocument.reason == DocReason.STOCKTAKE)
    assert sorted(d.number[:2] for d in reasons) == ["CK", "RK"]
    assert take.__class__.get_by_id(take.id).status == StocktakeStatus.POSTED
    assert "No count is open" in boss_tab.status.text()


def stock_views_open(actor: Actor):
    from app.services import stock_views

    return stock_views.open_stocktake(actor)


def _counted(take_id: str, item_id: str) -> Decimal | None:
    line = StocktakeLine.get((StocktakeLine.stocktake == take_id) & (StocktakeLine.item == item_id))
    return line.counted_qty


def test_count_sheet_exported_and_imported_back(qtbot, actor: Actor, tmp_path: Path) -> None:
    bulbs = item(actor, "D01", "LED灯泡", location="A-01")
    receive(actor, bulbs.id, "20", "4.50")
    item(actor, "Q01", "拖把", location="B-02")
    _window, page = _page(qtbot, actor)
    page.tabs.setCurrentWidget(page.stocktake)
    tab = page.stocktake
    tab.start(category="")
    sheet = tmp_path / "count.xlsx"
    tab.export_sheet(sheet)
    assert wait_for_all()
    qtbot.waitUntil(sheet.exists)
    book = openpyxl.load_workbook(sheet)
    rows = list(book.active.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r and "实盘数量" in r)
    column = rows[header].index("实盘数量")
    for number, row in enumerate(rows[header + 1 :], start=header + 2):
        if row[0] == "D01":
            book.active.cell(number, column + 1, 18.5)
    book.save(sheet)
    tab.import_sheet(sheet)
    assert wait_for_all()
    qtbot.waitUntil(lambda: "1 of 2" in tab.status.text())
    take = stock_views_open(actor)
    assert _counted(take.id, bulbs.id) == Decimal("18.5")


def test_low_stock_reports_and_labels(qtbot, actor: Actor, tmp_path: Path) -> None:
    bulbs = item(actor, "D01", "LED灯泡", min_qty="10", max_qty="40")
    mops = item(actor, "Q01", "拖把", min_qty="2")
    receive(actor, bulbs.id, "12", "4.50")
    receive(actor, mops.id, "5", "18")
    issue(actor, bulbs.id, "5")
    _window, page = _page(qtbot, actor)
    page.tabs.setCurrentWidget(page.low_stock)
    low = page.low_stock
    assert low.model.rowCount() == 1
    assert [low.model.index(0, c).data() for c in (0, 4, 5, 6, 7)] == ["D01", "7", "10", "40", "33"]
    order = low.draft_purchase()
    order.doc_date.set_value(DAY)
    assert order.lines.rowCount() == 1
    assert [order.lines.item(0, c).text() for c in (0, QTY, PRICE)] == ["D01", "33", "4.5000"]
    order.save_and_post()
    assert StockDocument.get_by_id(order.saved_id).total == Decimal("148.50")
    assert low.model.rowCount() == 0 and "No item" in low.summary.text()

    page.tabs.setCurrentWidget(page.reports)
    reports = page.reports
    reports.month.setDate(QDate(2026, 11, 1))
    ledger = tmp_path / "ledger.xlsx"
    reports.save_ledger(ledger)
    assert wait_for_all()
    qtbot.waitUntil(ledger.exists)
    rows = list(openpyxl.load_workbook(ledger).active.iter_rows(values_only=True))
    [d01] = [r for r in rows if r and r[0] == "D01"]
    assert (Decimal(str(d01[6])), Decimal(str(d01[8])), Decimal(str(d01[10]))) == (45, 5, 40)

    reports.card_item.setCurrentIndex(reports.card_item.findData(bulbs.id))
    card = tmp_path / "card.pdf"
    reports.card_from.set_value(reports.card_from.value().replace(month=1, day=1))
    reports.save_card(card)
    assert wait_for_all()
    qtbot.waitUntil(card.exists)
    text = pdf_text(card)
    assert "物料明细账" in text and "LED灯泡" in text and "领用出库" in text

    previews: list[QPrintPreviewDialog] = []
    close_next_preview(previews)
    page.tabs.setCurrentWidget(page.items)
    page.items.print_labels()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert isinstance(previews[0], QPrintPreviewDialog)
