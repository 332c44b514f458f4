"""单据: stock-in and stock-out documents — drafts to edit, post or delete, posted ones to
print or reverse (红冲)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.money import format_money
from app.services import stock, stock_views
from app.services.permissions import Actor, Cap
from app.services.stock import DocKind
from ui.dialogs.errors import attempt
from ui.dialogs.stock_document_form import DocumentDialog
from ui.models.query_table_model import Column, QueryTableModel
from ui.pages.stock_common import label, selected_row
from ui.pages.stock_output import preview_pdf
from ui.widgets.buttons import named_button
from ui.widgets.export_button import ExportButton
from ui.widgets.table import RIGHT, configure_table


class DocumentsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.search = QLineEdit()
        self.search.setObjectName("document_filter")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Number, supplier, department, recipient, purpose or repair order")
        )
        self.kind = QComboBox()
        self.kind.setObjectName("document_kind")
        self.kind.addItem(self.tr("All documents"), None)
        for kind in DocKind.ALL:
            self.kind.addItem(label(kind), kind)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.drafts_only = QCheckBox(self.tr("Drafts only"))
        self.drafts_only.toggled.connect(self.apply_filter)
        sort = stock_views.DOCUMENT_SORT
        columns = [
            Column("number", self.tr("Number"), sort["number"]),
            Column("doc_date", self.tr("Date"), sort["doc_date"]),
            Column("kind", self.tr("Document"), format=label),
            Column("reason", self.tr("Kind"), format=label),
            Column("state", self.tr("State"), format=label),
            Column("supplier_name", self.tr("Supplier")),
            Column("department", self.tr("Department")),
            Column("recipient", self.tr("Recipient")),
            Column("repair_order_ref", self.tr("Repair order")),
            Column("total", self.tr("Amount"), sort["total"], RIGHT, format=format_money),
            Column("reversed_by", self.tr("Reversed by")),
            Column("purpose", self.tr("Purpose")),
        ]
        self.model = QueryTableModel(
            columns, lambda: stock_views.documents_list(actor), sort_column=1,
            sort_order=Qt.SortOrder.DescendingOrder, parent=self,
        )  # fmt: skip
        self.table = QTableView()
        self.table.setObjectName("documents_table")
        configure_table(self.table, self.model)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.model.modelReset.connect(self._enable)
        self.new_in = named_button(self.tr("New stock &in…"), "new_stock_in", lambda: self.open_new(DocKind.IN))  # fmt: skip
        self.new_out = named_button(self.tr("New stock &out…"), "new_stock_out", lambda: self.open_new(DocKind.OUT))  # fmt: skip
        self.open_button = named_button(self.tr("&Open…"), "open_document", self.open_selected)
        self.post_button = named_button(self.tr("&Post"), "post_document", self.post_selected)
        self.delete_button = named_button(
            self.tr("&Delete draft"), "delete_document", self.delete_selected
        )
        self.reverse_button = named_button(
            self.tr("&Reverse…"), "reverse_document", self.reverse_selected
        )
        self.print_button = named_button(
            self.tr("Print pre&view…"), "print_document", self.print_selected
        )
        self.export_button = ExportButton(actor, self.table, self.tr("Stock documents"), self)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind)
        filters.addWidget(self.drafts_only)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.new_in, self.new_out, self.open_button, self.post_button,
                       self.delete_button, self.reverse_button, self.print_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self._enable()

    def _enable(self) -> None:
        """Buttons for what the selected document allows (the service checks again)."""
        can_edit = self.actor.can(Cap.STOCK_EDIT)
        row = self.selected()
        draft = row is not None and row["state"] == "draft"
        posted = row is not None and row["state"] == "posted"
        self.new_in.setEnabled(can_edit)
        self.new_out.setEnabled(can_edit)
        self.open_button.setEnabled(row is not None)
        self.post_button.setEnabled(can_edit and draft)
        self.delete_button.setEnabled(can_edit and draft)
        self.reverse_button.setEnabled(
            can_edit and posted and row["reason"] != "reversal" and not row["reversed_by"]
        )
        self.print_button.setEnabled(row is not None)

    def apply_filter(self) -> None:
        text, kind, drafts = (
            self.search.text(),
            self.kind.currentData(),
            self.drafts_only.isChecked(),
        )
        self.model.set_filter(lambda q: stock_views.filter_documents(q, text, kind, drafts))

    def refresh(self) -> None:
        """Re-reads the list, keeping the selected document selected."""
        row = self.selected()
        self.model.refresh()
        if row is not None:
            self.select_document(row["id"])

    def selected(self) -> dict | None:
        row = selected_row(self.table)
        return self.model.row_dict(row) if row >= 0 else None

    def select_document(self, doc_id: str) -> None:
        row = self.model.row_of_id(doc_id)
        if row >= 0:
            self.table.selectRow(row)

    def open_new(self, kind: str) -> DocumentDialog:
        return self._open(DocumentDialog(self.actor, kind, None, self))

    def open_selected(self) -> DocumentDialog | None:
        row = self.selected()
        if row is None:
            return None
        return self._open(DocumentDialog(self.actor, row["kind"], row["id"], self))

    def _open(self, dialog: DocumentDialog) -> DocumentDialog:
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _r: self.refresh())  # a refused post saved the draft
        dialog.open()
        return dialog

    def _saved(self, doc_id: str) -> None:
        self.refresh()
        self.select_document(doc_id)

    def post_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        done = attempt(self, lambda: stock.post_document(self.actor, row["id"]))
        self._saved(row["id"])
        return done

    def delete_selected(self, confirm: bool = True) -> bool:
        row = self.selected()
        if row is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete draft"), self.tr("Delete this draft document?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        done = attempt(self, lambda: stock.delete_draft(self.actor, row["id"]))
        self.refresh()
        return done

    def reverse_selected(self, reason: str | None = None) -> bool:
        row = self.selected()
        if row is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Reverse {number}").format(number=row["number"]),
                self.tr("Why is it reversed? (printed on the reversing document)"),
            )
            if not ok:
                return False
        reversal = []
        done = attempt(
            self, lambda: reversal.append(stock.reverse_document(self.actor, row["id"], reason))
        )
        self.refresh()
        if reversal:
            self.select_document(reversal[0].id)
        return done

    def print_selected(self) -> None:
        from reports.stock_documents import render_stock_document

        row = self.selected()
        if row is not None:
            actor, doc_id = self.actor, row["id"]
            name = row["number"] or self.tr("draft")
            preview_pdf(self, lambda path: render_stock_document(actor, doc_id, path),
                        f"{name}.pdf", f"{label(row['kind'])} {name}")  # fmt: skip
