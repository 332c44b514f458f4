"""抄表: a month's meter readings of one building and one metered item (水费, 电费) as a
grid — last reading shown, this reading typed, usage worked out as you type — saved in one
go; or a whole file of readings through the import wizard."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.services.meter_readings import (
    ReadingEntry,
    ReadingLine,
    metered_items,
    reading_sheet,
    record_readings,
    usage_of,
)
from app.services.permissions import Actor, Cap
from app.services.structure import estate_tree
from ui.widgets.form import ErrorLabel

UNIT, LAST, CURRENT, CHANGE, START, USAGE, NOTE = range(7)
WARNING = QColor("#c62828")


def _text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


class ReadingsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.lines: list[ReadingLine] = []
        self._filling = False
        self.period = QLineEdit(QDate.currentDate().toString("yyyy-MM"))
        self.period.setObjectName("reading_period")
        self.period.setInputMask("9999-99")
        self.period.editingFinished.connect(self.load)
        self.item = QComboBox()
        self.item.setObjectName("reading_item")
        self.building = QComboBox()
        self.building.setObjectName("reading_building")
        self.reading_date = QDateEdit(QDate.currentDate())
        self.reading_date.setObjectName("reading_date")
        self.reading_date.setCalendarPopup(True)
        self.reading_date.setDisplayFormat("yyyy-MM-dd")
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("reading_grid")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("Last reading"),
                self.tr("This reading"),
                self.tr("Meter changed"),
                self.tr("New meter's first reading"),
                self.tr("Usage"),
                self.tr("Note"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        triggers = QAbstractItemView.EditTrigger  # typing a digit on a cell starts editing
        self.table.setEditTriggers(
            triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemChanged.connect(self._item_changed)
        self.summary = QLabel()
        self.summary.setObjectName("reading_summary")
        self.error = ErrorLabel()
        self.save = QPushButton(self.tr("&Save readings"))
        self.save.setObjectName("save_readings")
        self.save.clicked.connect(self.save_readings)
        self.import_button = QPushButton(self.tr("&Import from Excel…"))
        self.import_button.setObjectName("import_readings")
        self.import_button.clicked.connect(self.import_readings)
        can_enter = actor.can(Cap.BILLING_GENERATE)
        self.save.setEnabled(can_enter)
        self.import_button.setEnabled(can_enter)
        self._layout()
        self._fill_choices()
        self.item.currentIndexChanged.connect(lambda _i: self.load())
        self.building.currentIndexChanged.connect(lambda _i: self.load())

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("Month"), self.period),
            (self.tr("Meter"), self.item),
            (self.tr("Building"), self.building),
            (self.tr("Read on"), self.reading_date),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

    def _fill_choices(self) -> None:
        self.item.blockSignals(True)
        self.building.blockSignals(True)
        self.item.clear()
        self.building.clear()
        for item in metered_items(self.actor):
            self.item.addItem(f"{item.name} ({item.code})", item.id)
        self.building.addItem(self.tr("All buildings"), None)
        try:
            tree = estate_tree(self.actor)
        except UserError:
            tree = []
        for community in tree:
            for node in community.children:
                self.building.addItem(f"{community.name} {node.name}", node.id)
        self.item.blockSignals(False)
        self.building.blockSignals(False)

    def refresh(self) -> None:
        item_id, building_id = self.item.currentData(), self.building.currentData()
        self._fill_choices()
        for combo, value in ((self.item, item_id), (self.building, building_id)):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        self.load()

    # -- the grid

    def load(self) -> None:
        self.error.clear_error()
        item_id = self.item.currentData()
        if not item_id:
            self.lines = []
            self._fill()
            self.summary.setText(self.tr("There is no fee item read from a meter yet."))
            return
        try:
            self.lines = reading_sheet(
                self.actor, item_id, self.period.text(), self.building.currentData()
            )
        except UserError as exc:
            self.lines = []
            self.error.show_error(exc)
        self._fill()

    def _fill(self) -> None:
        self._filling = True
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            self._fixed(row, UNIT, line.unit_code)
            self._fixed(row, LAST, _text(line.last))
            self._editable(row, CURRENT, _text(line.current), line.billed)
            change = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not line.billed:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            change.setFlags(flags)
            checked = Qt.CheckState.Checked if line.meter_change else Qt.CheckState.Unchecked
            change.setCheckState(checked)
            self.table.setItem(row, CHANGE, change)
            start = _text(line.previous) if line.meter_change else ""
            self._editable(row, START, start, line.billed)
            self._fixed(row, USAGE, "")
            self._fixed(row, NOTE, "")
            self._update_row(row)
        self._filling = False
        self._update_summary()

    def _fixed(self, row: int, column: int, text: str) -> None:
        cell = QTableWidgetItem(text)
        cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if column in (LAST, USAGE):
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, cell)

    def _editable(self, row: int, column: int, text: str, locked: bool) -> None:
        cell = QTableWidgetItem(text)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if locked:
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, column, cell)

    def _item_changed(self, cell: QTableWidgetItem) -> None:
        if not self._filling and cell.column() in (CURRENT, CHANGE, START):
            self._filling = True
            self._update_row(cell.row())
            self._filling = False
            self._update_summary()

    def entry(self, row: int) -> ReadingEntry | None:
        """The row as typed, or None while its reading is empty."""
        current = self.table.item(row, CURRENT).text().strip()
        if not current:
            return None
        changed = self.table.item(row, CHANGE).checkState() == Qt.CheckState.Checked
        start = self.table.item(row, START).text().strip() or None
        return ReadingEntry(self.lines[row].unit_id, current, changed, start)

    def _update_row(self, row: int) -> None:
        line, entry = self.lines[row], self.entry(row)
        usage = note = ""
        warn = False
        if line.billed:
            note = self.tr("Billed")
        if entry is not None:
            value = usage_of(line.last, entry.current, entry.meter_change, entry.start)
            if value is None:
                note, warn = self.tr("Not a reading"), True
            else:
                usage = f"{value:.2f}"
                if value < 0:
                    warn = True
                    note = self.tr("Below the last reading: tick Meter changed if it was replaced")
        self.table.item(row, USAGE).setText(usage)
        self.table.item(row, NOTE).setText(note)
        brush = QBrush(WARNING) if warn else QBrush()
        for column in (USAGE, NOTE):
            self.table.item(row, column).setForeground(brush)

    def _update_summary(self) -> None:
        typed = sum(1 for row in range(self.table.rowCount()) if self.entry(row) is not None)
        self.summary.setText(
            self.tr("{typed} of {total} meters read").format(typed=typed, total=len(self.lines))
        )

    # -- actions

    def save_readings(self) -> bool:
        self.error.clear_error()
        billed = {line.unit_id for line in self.lines if line.billed}  # shown, not saved
        typed = (self.entry(row) for row in range(self.table.rowCount()))
        entries = [e for e in typed if e is not None and e.unit_id not in billed]
        if not entries:
            return False
        day = self.reading_date.date().toPython()
        try:
            record_readings(self.actor, self.item.currentData(), self.period.text(), day, entries)
        except UserError as exc:
            self._point_at(exc)
            self.error.show_error(exc)
            return False
        self.load()
        self.summary.setText(
            self.summary.text() + " — " + self.tr("{n} saved").format(n=len(entries))
        )
        return True

    def _point_at(self, exc: UserError) -> None:
        if not isinstance(exc, ValidationError):
            return
        for row, line in enumerate(self.lines):
            if line.unit_id == exc.field:
                self.table.selectRow(row)
                self.table.setCurrentCell(row, CURRENT)
                return

    def import_readings(self) -> None:
        from ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.actor, "readings", self)
        wizard.exec()
        if wizard.imported:
            self.load()
