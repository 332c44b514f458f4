"""过户: a unit changes hands — the current ownerships end, the chosen new owners' begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.owners import OWNER_SORT, filter_owners, owners_query, transfer_unit
from app.services.permissions import Actor
from app.services.sensitive import masked
from app.services.units import unit_record
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.owner_form import OwnerDialog
from ui.widgets.dates import DateEdit

RESULT_LIMIT = 50


class TransferDialog(FormDialog):
    def __init__(self, actor: Actor, unit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.unit_id = actor, unit_id
        record = unit_record(actor, unit_id)
        self.setWindowTitle(self.tr("Transfer unit {code}").format(code=record.code))
        current = "、".join(line.name for line in record.owners) or self.tr("none")
        self.current = QLabel(current)
        self.current.setWordWrap(True)
        self.form.addRow(self.tr("Current owners"), self.current)
        self.search = QLineEdit()
        self.search.setObjectName("owner_search")
        self.search.setPlaceholderText(self.tr("Name, pinyin or initials"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("owner_results")
        self.results.itemDoubleClicked.connect(self._choose)
        self.chosen = QListWidget()
        self.form.addRow(self.tr("&Find owner"), self._search_box())
        self.add_row(self.tr("New &owners"), "owner", self.chosen, self._chosen_box())
        self.transfer_date = self.add_row(self.tr("Transfer &date"), "transfer_date", DateEdit())
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh_results)
        self.search.textChanged.connect(self._debounce.start)
        self.refresh_results()
        self.setMinimumWidth(480)

    def _search_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("&Add to new owners"))
        add.setObjectName("add_owner")
        add.clicked.connect(lambda: self._choose(self.results.currentItem()))
        new = QPushButton(self.tr("Ne&w owner…"))
        new.setObjectName("new_owner")
        new.clicked.connect(self.new_owner)
        buttons.addWidget(add)
        buttons.addWidget(new)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.results.setMinimumHeight(120)
        return box

    def _chosen_box(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chosen, 1)
        remove = QPushButton(self.tr("&Remove"))
        remove.setObjectName("remove_owner")
        remove.clicked.connect(self._remove)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        self.chosen.setMaximumHeight(80)
        return box

    def refresh_results(self) -> None:
        self._debounce.stop()
        query = filter_owners(owners_query(self.actor), self.search.text())
        self.results.clear()
        for row in query.order_by(OWNER_SORT["name_pinyin"]).limit(RESULT_LIMIT).dicts():
            units = row["units"] or self.tr("no unit")
            item = QListWidgetItem(f"{row['name']}    {masked(row['phone'])}    {units}")
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setData(Qt.ItemDataRole.UserRole + 1, row["name"])
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def add_new_owner(self, owner_id: str, name: str) -> None:
        if owner_id in self.new_owner_ids():
            return
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, owner_id)
        self.chosen.addItem(item)

    def new_owner_ids(self) -> list[str]:
        return [
            self.chosen.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.chosen.count())
        ]

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.add_new_owner(
                item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1)
            )

    def _remove(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)

    def new_owner(self) -> OwnerDialog:
        """Opens the owner form (not tied to the unit: the transfer makes the link)."""
        dialog = OwnerDialog(self.actor, parent=self)
        dialog.saved.connect(lambda owner_id: self.add_new_owner(owner_id, dialog.name.text()))
        dialog.open()
        return dialog

    def submit(self) -> str:
        transfer_unit(self.actor, self.unit_id, self.new_owner_ids(), self.transfer_date.value())
        return self.unit_id
