"""库存预警 (items under their minimum with what to order) and the reports: the month's
stock ledger (进销存汇总) and an item's card (明细账), previewed or saved as PDF or Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.clock import local_today
from app.services import stock, stock_views
from app.services.permissions import Actor, Cap
from app.services.stock import DocKind
from ui.dialogs.stock_document_form import DocumentDialog
from ui.models.list_model import ListTableModel
from ui.pages.stock_common import qty_text
from ui.pages.stock_output import choose_report_path, preview_pdf, save_report
from ui.widgets.buttons import named_button
from ui.widgets.dates import DateEdit, to_qdate
from ui.widgets.export_button import ExportButton
from ui.widgets.table import configure_table


class LowStockTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.model = ListTableModel(
            [
                (self.tr("Code"), lambda r: r.item.code),
                (self.tr("Name"), lambda r: r.item.name),
                (self.tr("Specification"), lambda r: r.item.specification),
                (self.tr("Unit"), lambda r: r.item.uom),
                (self.tr("On hand"), lambda r: qty_text(r.qty)),
                (self.tr("Minimum"), lambda r: qty_text(r.min_qty)),
                (self.tr("Maximum"), lambda r: qty_text(r.max_qty) if r.max_qty else ""),
                (self.tr("Suggested order"), lambda r: qty_text(r.suggested)),
                (self.tr("Supplier"), lambda r: r.item.supplier.name if r.item.supplier_id else ""),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("low_stock_table")
        configure_table(self.table, self.model)
        self.table.setSortingEnabled(False)
        self.summary = QLabel()
        self.summary.setObjectName("low_stock_summary")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.order_button = QPushButton(self.tr("&Draft a purchase…"))
        self.order_button.setObjectName("draft_purchase")
        self.order_button.setToolTip(
            self.tr("A stock-in draft with the suggested quantities of the selected items "
                    "(all when none is selected), priced at their average cost")
        )  # fmt: skip
        self.order_button.setEnabled(actor.can(Cap.STOCK_EDIT))
        self.order_button.clicked.connect(lambda _checked=False: self.draft_purchase())
        self.export_button = ExportButton(actor, self.table, self.tr("Low stock"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.order_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        rows = stock.low_stock(self.actor)
        self.model.set_items(rows)
        self.summary.setText(
            self.tr("{n} items are under their minimum; the suggested order brings each up to "
                    "its maximum.").format(n=len(rows))
            if rows else self.tr("No item is under its minimum.")
        )  # fmt: skip

    def draft_purchase(self) -> DocumentDialog | None:
        """Opens a stock-in form filled with the suggested orders; nothing is saved until the
        keeper checks the prices and saves it."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        chosen = [self.model.item(r) for r in rows] or [
            self.model.item(r) for r in range(self.model.rowCount())
        ]
        if not chosen:
            return None
        dialog = DocumentDialog(self.actor, DocKind.IN, None, self)
        suppliers = {row.item.supplier_id for row in chosen}
        if len(suppliers) == 1 and None not in suppliers:
            dialog.supplier.setCurrentIndex(max(dialog.supplier.findData(suppliers.pop()), 0))
        for row in chosen:
            cost = row.item.avg_cost  # none when nothing is left: the keeper types the price
            dialog.add_line(row.item, row.suggested, cost or None)
        dialog.lines.clearSelection()
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog


class MonthEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM")
        self.setCalendarPopup(False)
        self.setDate(to_qdate(local_today().replace(day=1)))

    def month(self) -> str:
        return f"{self.date().toPython():%Y-%m}"


class ReportsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        layout = QVBoxLayout(self)
        layout.addWidget(self._ledger_box())
        layout.addWidget(self._card_box())
        layout.addStretch(1)

    def _ledger_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Stock ledger (opening, in, out, closing per item for a month)"))
        self.month = MonthEdit()
        self.month.setObjectName("ledger_month")
        row = QHBoxLayout()
        row.addWidget(self.month)
        row.addWidget(named_button(self.tr("Pre&view…"), "ledger_preview", self.preview_ledger))
        row.addWidget(named_button(self.tr("&Save as PDF or Excel…"), "ledger_save", self.save_ledger))  # fmt: skip
        row.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("Month"), row)
        return box

    def _card_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Item card (one item's movements with the running balance)"))
        self.card_item = QComboBox()
        self.card_item.setObjectName("card_item")
        self.card_item.setEditable(True)
        self.card_item.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.card_item.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.card_item.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.card_item.setMinimumWidth(320)
        today = local_today()
        self.card_from = DateEdit(date(today.year, 1, 1))
        self.card_from.setObjectName("card_from")
        self.card_to = DateEdit(today)
        self.card_to.setObjectName("card_to")
        dates = QHBoxLayout()
        dates.addWidget(self.card_from)
        dates.addWidget(QLabel("—"))
        dates.addWidget(self.card_to)
        dates.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(named_button(self.tr("Previe&w…"), "card_preview", self.preview_card))
        buttons.addWidget(named_button(self.tr("Save as PDF or E&xcel…"), "card_save", self.save_card))  # fmt: skip
        buttons.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("Item"), self.card_item)
        form.addRow(self.tr("Dates"), dates)
        form.addRow("", buttons)
        return box

    def refresh(self) -> None:
        chosen = self.card_item.currentData()
        self.card_item.clear()
        for item in stock_views.item_choices(self.actor):
            self.card_item.addItem(f"{item.code} {item.name} {item.specification}".strip(), item.id)
        if chosen:
            self.card_item.setCurrentIndex(max(self.card_item.findData(chosen), 0))

    # --- ledger --------------------------------------------------------------------------

    def _ledger_render(self):
        from reports.stock_ledger import render_stock_ledger

        actor, month = self.actor, self.month.month()
        return lambda path: render_stock_ledger(actor, month, path)

    def preview_ledger(self):
        title = self.tr("Stock ledger {month}").format(month=self.month.month())
        return preview_pdf(self, self._ledger_render(), f"ledger-{self.month.month()}.pdf", title)

    def save_ledger(self, path: Path | None = None):
        target = path or choose_report_path(self, f"进销存汇总-{self.month.month()}")
        return save_report(self, self._ledger_render(), target) if target else None

    # --- item card -----------------------------------------------------------------------

    def _card_render(self):
        from reports.stock_ledger import render_item_card

        actor, item_id = self.actor, self.card_item.currentData()
        first, last = self.card_from.value(), self.card_to.value()
        return lambda path: render_item_card(actor, item_id, first, last, path)

    def preview_card(self):
        if not self.card_item.currentData():
            return None
        title = self.tr("Item card {item}").format(item=self.card_item.currentText())
        return preview_pdf(self, self._card_render(), "item-card.pdf", title)

    def save_card(self, path: Path | None = None):
        if not self.card_item.currentData():
            return None
        code = self.card_item.currentText().split()[0]
        target = path or choose_report_path(self, f"明细账-{code}")
        return save_report(self, self._card_render(), target) if target else None
