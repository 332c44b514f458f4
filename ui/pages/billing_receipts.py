"""收据: every receipt, newest first; print/reprint (补打) and void (作废, manager)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.money import format_money
from app.services import receipts
from app.services.permissions import Actor, Cap
from ui.dialogs.errors import attempt
from ui.icons import icon
from ui.models.query_table_model import Column, QueryTableModel
from ui.widgets.export_button import ExportButton
from ui.widgets.table import RIGHT, configure_table


class ReceiptsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.search = QLineEdit()
        self.search.setObjectName("receipt_filter")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Receipt number or unit"))
        sort = receipts.RECEIPT_SORT
        columns = [
            Column("number", self.tr("Number"), sort["number"]),
            Column("business_date", self.tr("Date"), sort["business_date"]),
            Column("unit_code", self.tr("Unit"), sort["unit_code"]),
            Column("payer", self.tr("Payer")),
            Column("total", self.tr("Amount"), sort["total"], RIGHT, format=format_money),
            Column("methods_text", self.tr("Paid by")),
            Column("cashier_name", self.tr("Cashier")),
            Column(
                "void_reason", self.tr("Void"), format=lambda r: self.tr("VOID: {r}").format(r=r)
            ),
            Column("prints", self.tr("Prints"), align=RIGHT),
        ]
        self.model = QueryTableModel(
            columns,
            lambda: receipts.receipts_query(actor),
            sort_column=0,
            sort_order=Qt.SortOrder.DescendingOrder,
            parent=self,
        )
        self.table = QTableView()
        self.table.setObjectName("receipts_table")
        configure_table(self.table, self.model)
        self.print_button = QPushButton(self.tr("&Print / reprint…"))
        self.print_button.setObjectName("print_receipt")
        self.print_button.clicked.connect(self.print_selected)
        self.void_button = QPushButton(self.tr("&Void…"))
        self.void_button.setObjectName("void_receipt")
        self.void_button.setVisible(actor.can(Cap.RECEIPT_VOID))
        self.void_button.clicked.connect(self.void_selected)
        self.import_button = QPushButton(icon("excel"), self.tr("Import &payments…"))
        self.import_button.setObjectName("import_payments")
        self.import_button.setVisible(actor.can(Cap.BILLING_COLLECT))
        self.import_button.clicked.connect(self.import_payments)
        self.export_button = ExportButton(actor, self.table, self.tr("Receipts"), self)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.void_button)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def apply_filter(self) -> None:
        text = self.search.text()
        self.model.set_filter(lambda q: receipts.filter_receipts(q, text))

    def refresh(self) -> None:
        self.model.refresh()

    def import_payments(self) -> None:
        from ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.actor, "payments", self)
        wizard.exec()
        if wizard.imported:
            self.refresh()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def print_selected(self) -> None:
        receipt_id = self.selected_id()
        if receipt_id:
            from ui.printing import print_receipt

            print_receipt(self, self.actor, receipt_id)
            self.refresh()

    def void_selected(self, reason: str | None = None) -> bool:
        receipt_id = self.selected_id()
        if not receipt_id:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Void receipt"),
                self.tr("Reason for voiding (printed on every copy):"),
            )
            if not ok:
                return False
        if not attempt(self, lambda: receipts.void_receipt(self.actor, receipt_id, reason)):
            return False
        self.refresh()
        return True
