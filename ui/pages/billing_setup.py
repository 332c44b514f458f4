"""收费设置: fee items with today's price; new items, price changes, bulk assignment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import fees
from app.services.archive import UnitStatus, UnitType
from app.services.permissions import Actor, Cap
from app.services.structure import estate_tree
from ui.dialogs.form_dialog import FormDialog, code_combo
from ui.labels import fee_kind_label, unit_status_label, unit_type_label
from ui.models.list_model import ListTableModel
from ui.widgets.dates import DateEdit
from ui.widgets.table import configure_table

FEE_KINDS = ("area", "fixed", "metered", "shared", "parking", "one_off", "deposit")


class FeeItemDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("New fee item"))
        self.code = self.add_row(self.tr("Code"), "code", QLineEdit())
        self.name = self.add_row(self.tr("Name"), "name", QLineEdit())
        self.kind = self.add_row(self.tr("Kind"), "kind", code_combo(FEE_KINDS, fee_kind_label))
        self.price = self.add_row(self.tr("Price"), "price", QLineEdit())
        self.price.setPlaceholderText("2.3500")
        self.unit_label = self.add_row(self.tr("Unit of price"), "unit_label", QLineEdit())
        self.start = self.add_row(self.tr("Valid from"), "effective_from", DateEdit())
        self.vacant = self.add_row(
            "",
            "vacant_discount",
            QCheckBox(self.tr("Vacant units with a written notice pay the reduced rate")),
        )
        self.late = self.add_row(
            "", "late_fee", QCheckBox(self.tr("Late-payment charge may accrue"))
        )

    def submit(self) -> str:
        item = fees.create_fee_item(
            self.actor,
            self.code.text(),
            self.name.text(),
            self.kind.currentData(),
            self.price.text(),
            self.start.value(),
            self.unit_label.text(),
            self.vacant.isChecked(),
            self.late.isChecked(),
        )
        return item.id


class PriceDialog(FormDialog):
    def __init__(self, actor: Actor, item: fees.FeeItemRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor, self.item = actor, item
        self.setWindowTitle(self.tr("New price for {name}").format(name=item.name))
        self.price = self.add_row(self.tr("Price"), "price", QLineEdit())
        self.start = self.add_row(self.tr("Valid from"), "effective_from", DateEdit())

    def submit(self) -> str:
        return fees.set_rate(self.actor, self.item.id, self.start.value(), self.price.text()).id


class AssignDialog(FormDialog):
    """Assign an item to units in bulk: by building, unit type and status."""

    def __init__(self, actor: Actor, item: fees.FeeItemRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor, self.item = actor, item
        self.assigned = 0
        self.setWindowTitle(self.tr("Assign {name} to units").format(name=item.name))
        self.building = self.add_row(self.tr("Building"), "building", QComboBox())
        self.building.addItem(self.tr("All buildings"), None)
        for community in estate_tree(actor):
            for building in community.children:
                self.building.addItem(building.name, building.id)
        types = {t: unit_type_label(t) for t in UnitType.ALL}
        statuses = {s: unit_status_label(s) for s in UnitStatus.ALL}
        self.types = self.add_row(self.tr("Unit types"), "unit_types", self._checklist(types))
        self.statuses = self.add_row(self.tr("Statuses"), "statuses", self._checklist(statuses))
        self.start = self.add_row(self.tr("From"), "start_date", DateEdit())

    @staticmethod
    def _checklist(options: dict[str, str]) -> QListWidget:
        widget = QListWidget()
        for code, label in options.items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.setMaximumHeight(24 * len(options) + 6)
        return widget

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[str, ...]:
        return tuple(
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        )

    def submit(self) -> str:
        selection = fees.UnitSelection(
            self.building.currentData(), self._checked(self.types), self._checked(self.statuses)
        )
        self.assigned = fees.assign_in_bulk(self.actor, self.item.id, selection, self.start.value())
        return self.item.id


class FeeSetupTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.model = ListTableModel(
            [
                (self.tr("Code"), lambda r: r.code),
                (self.tr("Item"), lambda r: r.name),
                (self.tr("Kind"), lambda r: fee_kind_label(r.kind)),
                (
                    self.tr("Price today"),
                    lambda r: "" if r.price is None else f"{r.price} {r.unit_label}",
                ),
                (self.tr("Since"), lambda r: str(r.price_from or "")),
                (self.tr("Units"), lambda r: str(r.assigned_units)),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("fee_items")
        configure_table(self.table, self.model)
        self.table.setSortingEnabled(False)
        can = actor.can(Cap.BILLING_SETUP)
        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("&New item…"), self.new_item, "new_item"),
            (self.tr("New &price…"), self.new_price, "new_price"),
            (self.tr("&Assign to units…"), self.assign, "assign"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setEnabled(can)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.model.set_items(fees.fee_item_rows(self.actor, date.today()))

    def _selected(self) -> fees.FeeItemRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def new_item(self) -> None:
        if FeeItemDialog(self.actor, self).exec():
            self.refresh()

    def new_price(self) -> None:
        item = self._selected()
        if item and PriceDialog(self.actor, item, self).exec():
            self.refresh()

    def assign(self) -> None:
        item = self._selected()
        if item and AssignDialog(self.actor, item, self).exec():
            self.refresh()
