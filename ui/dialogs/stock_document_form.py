"""入库单 / 出库单 form: the header, the lines (type or scan a code, then the quantity), saved
as a draft or saved and posted. A posted document opens read-only: it is final."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.services import stock, stock_views
from app.services.permissions import Actor
from app.services.stock import DocKind, DocReason, DocumentInput, LineInput
from ui.dialogs.form_dialog import FormDialog, choice_combo, code_combo, select_code
from ui.pages.stock_common import DEPARTMENTS, label, price_text, qty_text
from ui.widgets.dates import DateEdit

CODE, NAME, UOM, QTY, PRICE, ON_HAND = range(6)
ITEM_ROLE = Qt.ItemDataRole.UserRole


class DocumentDialog(FormDialog):
    def __init__(
        self, actor: Actor, kind: str, doc_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.actor, self.kind, self.post_on_save = actor, kind, False
        doc, lines = stock.document_lines(actor, doc_id) if doc_id else (None, [])
        self.doc, self.version = doc, doc.row_version if doc else None
        self.read_only = doc is not None and doc.posted_at is not None
        self.setWindowTitle(self._title())
        self.doc_date = self.add_row(self.tr("Date"), "doc_date", DateEdit(doc and doc.doc_date))
        if kind == DocKind.IN:
            self._in_rows()
        else:
            self._out_rows()
        self.remarks = self.add_row(self.tr("Remarks"), "remarks", QLineEdit())
        self._build_lines()
        if doc is not None:
            self._load(doc, lines)
        self._build_buttons()
        self.resize(860, 600)

    # --- header -------------------------------------------------------------------------

    def _title(self) -> str:
        name = label(self.kind)
        if self.doc is None:
            return self.tr("New document: {kind}").format(kind=name)
        number = self.doc.number or self.tr("draft")
        return self.tr("{kind} {number}").format(kind=name, number=number)

    def _in_rows(self) -> None:
        reasons = DocReason.IN_REASONS
        if self.read_only:
            reasons = (self.doc.reason,)
        self.reason = self.add_row(self.tr("Kind"), "reason", code_combo(reasons, label))
        self.supplier = self.add_row(self.tr("Supplier"), "supplier_id", QComboBox())
        self.supplier.addItem(self.tr("(none)"), None)
        for supplier in stock_views.suppliers(self.actor):
            self.supplier.addItem(f"{supplier.code} {supplier.name}", supplier.id)

    def _out_rows(self) -> None:
        self.department = self.add_row(
            self.tr("Department"), "department", choice_combo(DEPARTMENTS, "")
        )
        self.recipient = self.add_row(self.tr("Recipient"), "recipient", QLineEdit())
        self.purpose = self.add_row(self.tr("Purpose"), "purpose", QLineEdit())
        self.repair = self.add_row(self.tr("Repair order"), "repair_order_ref", QComboBox())
        self.repair.setEditable(True)
        self.repair.addItem("", None)
        for order in stock_views.linkable_repairs(self.actor):
            text = f"{order.number}  {order.description[:30]}"
            self.repair.addItem(text, order.number)
        self.repair.setToolTip(self.tr("Optional: the open repair order the materials are for"))
        self.repair.lineEdit().setPlaceholderText(self.tr("Optional: an open repair order"))

    def repair_number(self) -> str:
        """The number picked from the list, or typed (the first word of the text)."""
        text = self.repair.currentText().strip()
        index = self.repair.findText(text)
        if index >= 0 and self.repair.itemData(index):
            return str(self.repair.itemData(index))
        return text.split()[0] if text else ""

    def choose_repair(self, number: str) -> None:
        index = self.repair.findData(number)
        if index >= 0:
            self.repair.setCurrentIndex(index)
        else:
            self.repair.setEditText(number)

    # --- lines ---------------------------------------------------------------------------

    def _build_lines(self) -> None:
        self.add_code = QLineEdit()
        self.add_code.setObjectName("add_line_code")
        self.add_code.setPlaceholderText(self.tr("Type or scan an item code or barcode, Enter"))
        self.items = stock_views.item_choices(self.actor)
        completer = QCompleter([f"{i.code} {i.name} {i.specification}".strip() for i in self.items])
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.add_code.setCompleter(completer)
        self.add_code.returnPressed.connect(self.add_from_field)
        self.remove_button = QPushButton(self.tr("&Remove line"))
        self.remove_button.setObjectName("remove_line")
        self.remove_button.clicked.connect(self.remove_selected_line)
        self.lines = QTableWidget(0, 6)
        self.lines.setObjectName("lines")
        self.lines.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Name"), self.tr("Unit"), self.tr("Quantity"),
            self.tr("Unit price"), self.tr("On hand"),
        ])  # fmt: skip
        self.lines.setColumnHidden(PRICE, self.kind == DocKind.OUT)
        self.lines.verticalHeader().setVisible(True)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.lines.setColumnWidth(CODE, 110)
        self.lines.setColumnWidth(QTY, 100)
        self.lines.setColumnWidth(PRICE, 100)
        entry = QWidget()
        row = QHBoxLayout(entry)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_code, 1)
        row.addWidget(self.remove_button)
        self.add_row(self.tr("Add item"), "item", self.add_code, row=entry)
        self.form.addRow(self.lines)
        # Line errors name these fields: they all lead to the lines table.
        for name in ("lines", "quantity", "unit_price"):
            self.fields[name] = self.lines

    def add_from_field(self) -> None:
        text = self.add_code.text().strip()
        if not text:
            return
        self.error.clear_error()
        try:
            item = stock.find_item(self.actor, text.split()[0])
        except UserError as exc:
            self.error.show_error(exc)
            self.add_code.selectAll()
            return
        self.add_code.clear()
        self.add_line(item)

    def add_line(self, item, quantity: Decimal | None = None, price: Decimal | None = None) -> int:
        """A line for the item (a second scan of the same item goes to its line) and the
        cursor in its quantity, ready for typing."""
        row = self.row_of_item(item.id)
        if row < 0:
            row = self.lines.rowCount()
            self.lines.insertRow(row)
            code = QTableWidgetItem(item.code)
            code.setData(ITEM_ROLE, item.id)
            cells = {CODE: code, NAME: QTableWidgetItem(f"{item.name} {item.specification}".strip()),
                     UOM: QTableWidgetItem(item.uom),
                     QTY: QTableWidgetItem(qty_text(quantity) if quantity else ""),
                     PRICE: QTableWidgetItem(price_text(price) if price is not None else ""),
                     ON_HAND: QTableWidgetItem(qty_text(item.qty))}  # fmt: skip
            for column, cell in cells.items():
                if column not in (QTY, PRICE) or self.read_only:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column in (QTY, PRICE, ON_HAND):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines.setItem(row, column, cell)
        if not self.read_only:
            self.lines.setCurrentCell(row, QTY)
            self.lines.setFocus()
            self.lines.editItem(self.lines.item(row, QTY))
        return row

    def row_of_item(self, item_id: str) -> int:
        for row in range(self.lines.rowCount()):
            if self.lines.item(row, CODE).data(ITEM_ROLE) == item_id:
                return row
        return -1

    def set_line(self, row: int, quantity: str, price: str = "") -> None:
        self.lines.item(row, QTY).setText(quantity)
        self.lines.item(row, PRICE).setText(price)

    def remove_selected_line(self) -> None:
        rows = sorted({i.row() for i in self.lines.selectedIndexes()}, reverse=True)
        for row in rows:
            self.lines.removeRow(row)

    def line_inputs(self) -> list[LineInput]:
        lines = []
        for row in range(self.lines.rowCount()):
            quantity = self.lines.item(row, QTY).text().strip()
            price = self.lines.item(row, PRICE).text().strip() if self.kind == DocKind.IN else ""
            lines.append(LineInput(self.lines.item(row, CODE).data(ITEM_ROLE), quantity or "0",
                                   price or None))  # fmt: skip
        return lines

    # --- load, save, post ----------------------------------------------------------------

    def _load(self, doc, lines) -> None:
        self.doc_date.set_value(doc.doc_date)
        self.remarks.setText(doc.remarks)
        if self.kind == DocKind.IN:
            select_code(self.reason, doc.reason)
            index = self.supplier.findData(doc.supplier_id)
            if doc.supplier_id and index < 0:  # a supplier no longer in use
                self.supplier.addItem(doc.supplier.name, doc.supplier_id)
                index = self.supplier.count() - 1
            self.supplier.setCurrentIndex(max(index, 0))
        else:
            self.department.setCurrentText(doc.department)
            self.recipient.setText(doc.recipient)
            self.purpose.setText(doc.purpose)
            if doc.repair_order_ref:
                self.choose_repair(doc.repair_order_ref)
        for line in lines:
            row = self.add_line(line.item, line.quantity, line.unit_price)
            if doc.posted_at is not None:
                self.lines.item(row, PRICE).setText(price_text(line.amount / line.quantity))
        self.lines.clearSelection()
        if self.read_only:
            for widget in self.fields.values():
                widget.setEnabled(widget is self.lines)
            self.remove_button.setEnabled(False)
            self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.lines.setColumnHidden(PRICE, False)

    def _build_buttons(self) -> None:
        if self.read_only:
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
            return
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save &draft"))
        self.post_button = self.buttons.addButton(
            self.tr("Save and &post"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.post_button.setObjectName("save_and_post")
        self.post_button.clicked.connect(self.save_and_post)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A scanner ends every code with Enter: Enter must never save the document, only
        # the buttons (or their Alt shortcuts) do.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def save_and_post(self) -> None:
        self.post_on_save = True
        try:
            self.buttons.accepted.emit()  # the same save as 保存草稿, then the post
        finally:
            self.post_on_save = False

    def document_input(self) -> DocumentInput:
        if self.kind == DocKind.IN:
            return DocumentInput(
                DocKind.IN, self.reason.currentData(), self.doc_date.value(), self.line_inputs(),
                supplier_id=self.supplier.currentData(), remarks=self.remarks.text(),
            )  # fmt: skip
        return DocumentInput(
            DocKind.OUT, DocReason.ISSUE, self.doc_date.value(), self.line_inputs(),
            department=self.department.currentText(), recipient=self.recipient.text(),
            purpose=self.purpose.text(), repair_order_ref=self.repair_number(),
            remarks=self.remarks.text(),
        )  # fmt: skip

    def submit(self) -> str:
        try:
            return self._submit()
        except ValidationError as exc:
            line = exc.params.get("line")
            if isinstance(line, int) and 0 < line <= self.lines.rowCount():
                self.lines.selectRow(line - 1)  # the line the refusal names
            raise

    def _submit(self) -> str:
        data = self.document_input()
        if self.doc is None and self.post_on_save:
            return stock.create_and_post(self.actor, data).id  # all or nothing
        if self.doc is None:
            doc = stock.create_draft(self.actor, data)
        else:
            doc = stock.update_draft(self.actor, self.doc.id, data, self.version)
        self.doc, self.version = doc, doc.row_version  # a refused post keeps the saved draft
        if self.post_on_save:
            stock.post_document(self.actor, doc.id)
        return doc.id
