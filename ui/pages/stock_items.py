"""物料: the items list (search, balance, average cost), the item form, suppliers, and the
label sheet of the chosen items."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.money import format_money
from app.services import stock, stock_views
from app.services.permissions import Actor, Cap
from ui.dialogs.form_dialog import FormDialog, choice_combo
from ui.models.list_model import ListTableModel
from ui.models.query_table_model import Column, QueryTableModel
from ui.pages.stock_common import price_text, qty_text, selected_row
from ui.pages.stock_output import preview_pdf
from ui.widgets.export_button import ExportButton
from ui.widgets.table import RIGHT, configure_table

# Common words (data: they are stored and printed as typed).
UNITS = ("个", "只", "套", "支", "把", "米", "卷", "盒", "包", "袋", "箱", "桶", "瓶", "公斤", "升")
CATEGORIES = ("五金", "电料", "水暖", "保洁用品", "绿化用品", "办公用品", "消防器材", "劳保用品")


class ItemDialog(FormDialog):
    """New item, or an item's description and limits (its balance moves only by documents)."""

    def __init__(self, actor: Actor, item_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.item = stock_views.get_item(actor, item_id) if item_id else None
        item = self.item
        self.setWindowTitle(self.tr("Edit item") if item else self.tr("New item"))
        self.code = self.add_row(self.tr("Code"), "code", QLineEdit(item.code if item else ""))
        self.code.setReadOnly(item is not None)  # documents and labels carry the code
        self.name = self.add_row(self.tr("Name"), "name", QLineEdit(item.name if item else ""))
        self.spec = self.add_row(
            self.tr("Specification"), "specification", QLineEdit(item.specification if item else "")
        )
        self.uom = self.add_row(
            self.tr("Unit of measure"), "uom", choice_combo(UNITS, item.uom if item else "个")
        )
        self.category = self.add_row(
            self.tr("Category"), "category", choice_combo(CATEGORIES, item.category if item else "")
        )
        self.location = self.add_row(
            self.tr("Location"), "location", QLineEdit(item.location if item else "")
        )
        self.min_qty = self.add_row(
            self.tr("Minimum quantity"),
            "min_qty",
            QLineEdit(qty_text(item.min_qty) if item else "0"),
        )
        self.max_qty = self.add_row(
            self.tr("Maximum quantity"),
            "max_qty",
            QLineEdit(qty_text(item.max_qty) if item else "0"),
        )
        self.barcode = self.add_row(
            self.tr("Barcode"), "barcode", QLineEdit((item.barcode or "") if item else "")
        )
        self.barcode.installEventFilter(self)
        self.barcode.setPlaceholderText(self.tr("Scan the barcode on the package, or leave empty"))
        self.supplier = self.add_row(self.tr("Supplier"), "supplier_id", QComboBox())
        self.supplier.addItem(self.tr("(none)"), None)
        for supplier in stock_views.suppliers(actor):
            self.supplier.addItem(f"{supplier.code} {supplier.name}", supplier.id)
        if item and item.supplier_id:
            self.supplier.setCurrentIndex(max(self.supplier.findData(item.supplier_id), 0))
        self.active = self.add_row(self.tr("In use"), "active", QCheckBox())
        self.active.setChecked(item.active if item else True)
        self.set_row_visible("active", item is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A scanner ends the barcode with Enter: go on to the next field instead of saving.
        if (
            watched is self.barcode
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.supplier.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def values(self) -> dict[str, object]:
        return {
            "name": self.name.text(),
            "specification": self.spec.text(),
            "uom": self.uom.currentText(),
            "category": self.category.currentText(),
            "location": self.location.text(),
            "min_qty": self.min_qty.text().strip() or "0",
            "max_qty": self.max_qty.text().strip() or "0",
            "barcode": self.barcode.text(),
            "supplier_id": self.supplier.currentData(),
        }

    def submit(self) -> str:
        values = self.values()
        if self.item is None:
            name, uom = values.pop("name"), values.pop("uom")
            return stock.create_item(self.actor, self.code.text(), name, uom, **values).id
        values["active"] = self.active.isChecked()
        return stock.update_item(self.actor, self.item.id, values, self.item.row_version).id


class SupplierDialog(FormDialog):
    def __init__(self, actor: Actor, supplier=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.supplier = actor, supplier
        self.setWindowTitle(self.tr("Edit supplier") if supplier else self.tr("New supplier"))
        s = supplier
        self.code = self.add_row(self.tr("Code"), "code", QLineEdit(s.code if s else ""))
        self.code.setReadOnly(s is not None)
        self.name = self.add_row(self.tr("Name"), "name", QLineEdit(s.name if s else ""))
        self.contact = self.add_row(
            self.tr("Contact person"), "contact", QLineEdit(s.contact if s else "")
        )
        self.phone = self.add_row(self.tr("Phone"), "phone", QLineEdit(s.phone if s else ""))
        self.active = self.add_row(self.tr("In use"), "active", QCheckBox())
        self.active.setChecked(s.active if s else True)
        self.set_row_visible("active", s is not None)

    def submit(self) -> str:
        if self.supplier is None:
            return stock.create_supplier(
                self.actor, self.code.text(), self.name.text(), self.contact.text(),
                self.phone.text(),
            ).id  # fmt: skip
        return stock.update_supplier(
            self.actor, self.supplier.id, self.name.text(), self.contact.text(),
            self.phone.text(), self.active.isChecked(),
        ).id  # fmt: skip


class SuppliersDialog(QDialog):
    """供应商: the list with add and edit."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Suppliers"))
        self.model = ListTableModel(
            [
                (self.tr("Code"), lambda s: s.code),
                (self.tr("Name"), lambda s: s.name),
                (self.tr("Contact person"), lambda s: s.contact),
                (self.tr("Phone"), lambda s: s.phone),
                (self.tr("In use"), lambda s: self.tr("yes") if s.active else self.tr("no")),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("suppliers_table")
        configure_table(self.table, self.model)
        self.table.setSortingEnabled(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        add = QPushButton(self.tr("&New supplier…"))
        add.setObjectName("new_supplier")
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("&Edit…"))
        edit.clicked.connect(self.edit_selected)
        for button in (add, edit):
            button.setEnabled(actor.can(Cap.STOCK_EDIT))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(add)
        bar.addWidget(edit)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.resize(640, 400)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_items(stock_views.suppliers(self.actor, active_only=False))

    def add(self) -> SupplierDialog:
        return self._open(SupplierDialog(self.actor, None, self))

    def edit_selected(self) -> SupplierDialog | None:
        row = selected_row(self.table)
        if row < 0:
            return None
        return self._open(SupplierDialog(self.actor, self.model.item(row), self))

    def _open(self, dialog: SupplierDialog) -> SupplierDialog:
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog


class ItemsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.search = QLineEdit()
        self.search.setObjectName("item_filter")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Code, barcode, name, specification or category"))
        self.active_only = QCheckBox(self.tr("Only items in use"))
        self.active_only.setChecked(True)
        self.active_only.toggled.connect(self.apply_filter)
        sort = stock_views.ITEM_SORT
        columns = [
            Column("code", self.tr("Code"), sort["code"]),
            Column("name", self.tr("Name"), sort["name"]),
            Column("specification", self.tr("Specification")),
            Column("uom", self.tr("Unit")),
            Column("category", self.tr("Category"), sort["category"]),
            Column("location", self.tr("Location"), sort["location"]),
            Column("qty", self.tr("On hand"), sort["qty"], RIGHT, format=qty_text),
            Column("avg_cost", self.tr("Average cost"), None, RIGHT, format=price_text),
            Column("value", self.tr("Value"), sort["value"], RIGHT, format=format_money),
            Column("min_qty", self.tr("Minimum"), None, RIGHT, format=qty_text),
            Column("max_qty", self.tr("Maximum"), None, RIGHT, format=qty_text),
            Column("barcode", self.tr("Barcode")),
            Column("supplier_name", self.tr("Supplier")),
        ]
        self.model = QueryTableModel(
            columns, lambda: stock_views.items_list(actor), sort_column=0, parent=self
        )
        self.table = QTableView()
        self.table.setObjectName("items_table")
        configure_table(self.table, self.model)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        can_edit = actor.can(Cap.STOCK_EDIT)
        self.new_button = QPushButton(self.tr("&New item…"))
        self.new_button.setObjectName("new_item")
        self.new_button.setEnabled(can_edit)
        self.new_button.clicked.connect(self.open_new)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("edit_item")
        self.edit_button.setEnabled(can_edit)
        self.edit_button.clicked.connect(self.edit_selected)
        self.suppliers_button = QPushButton(self.tr("&Suppliers…"))
        self.suppliers_button.setObjectName("suppliers")
        self.suppliers_button.clicked.connect(self.open_suppliers)
        self.labels_button = QPushButton(self.tr("&Labels…"))
        self.labels_button.setObjectName("item_labels")
        self.labels_button.setToolTip(
            self.tr("Print labels with barcodes for the selected items (all shown when none)")
        )
        self.labels_button.clicked.connect(self.print_labels)
        self.export_button = ExportButton(actor, self.table, self.tr("Items"), self)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.active_only)
        bar.addStretch(1)
        for widget in (self.new_button, self.edit_button, self.suppliers_button,
                       self.labels_button, self.export_button):  # fmt: skip
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.apply_filter()

    def apply_filter(self) -> None:
        text, active = self.search.text(), self.active_only.isChecked()
        self.model.set_filter(lambda q: stock_views.filter_items(q, text, active))

    def refresh(self) -> None:
        self.model.refresh()

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row_id(r) for r in rows]

    def open_new(self) -> ItemDialog:
        return self._open(ItemDialog(self.actor, None, self))

    def edit_selected(self) -> ItemDialog | None:
        ids = self.selected_ids()
        if not ids or not self.actor.can(Cap.STOCK_EDIT):
            return None
        return self._open(ItemDialog(self.actor, ids[0], self))

    def _open(self, dialog: ItemDialog) -> ItemDialog:
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, item_id: str) -> None:
        self.refresh()
        row = self.model.row_of_id(item_id)
        if row >= 0:
            self.table.selectRow(row)

    def open_suppliers(self) -> SuppliersDialog:
        dialog = SuppliersDialog(self.actor, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def label_item_ids(self) -> list[str]:
        """The selected items, or every item the list shows when none is selected."""
        return self.selected_ids() or [row["id"] for row in self.model.iter_all_rows()]

    def print_labels(self) -> None:
        from reports.stock_labels import render_labels

        ids = self.label_item_ids()
        if ids:
            actor = self.actor
            preview_pdf(self, lambda path: render_labels(actor, ids, path), "labels.pdf",
                        self.tr("Item labels"))  # fmt: skip
