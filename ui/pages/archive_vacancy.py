"""The 空置房 tab: vacant units by building with their written notice and last inspection;
below, the selected unit's inspection log and the photos of the selected inspection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.permissions import Actor, Cap
from app.services.structure import estate_tree
from app.services.vacancy import (
    INSPECTION_TABLE,
    VacancyNotice,
    VacantUnit,
    inspections,
    notices,
    vacant_units,
)
from ui.dialogs.attachments_tab import AttachmentsTab
from ui.dialogs.record_tables import fit_columns, record_table
from ui.dialogs.vacancy_forms import EndNoticeDialog, InspectionDialog, VacancyNoticeDialog
from ui.widgets.table import RIGHT

ID_ROLE = Qt.ItemDataRole.UserRole


def _fill_row(table: QTableWidget, row: int, record_id: str, values: list[str]) -> None:
    for col, text in enumerate(values):
        item = QTableWidgetItem(text)
        item.setData(ID_ROLE, record_id)
        table.setItem(row, col, item)


class VacancyTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName("vacancy_tab")
        self.rows: list[VacantUnit] = []
        self.open_notice: VacancyNotice | None = None
        self.last_dialog: QDialog | None = None
        self.building = QComboBox()
        self.building.setObjectName("vacancy_building")
        self.building.currentIndexChanged.connect(lambda _i: self.reload())
        self.count = QLabel()
        self.units = record_table(
            [
                self.tr("Unit"),
                self.tr("Building"),
                self.tr("Entrance"),
                self.tr("Floor"),
                self.tr("Gross area ㎡"),
                self.tr("Owner"),
                self.tr("Notice since"),
                self.tr("Last inspection"),
            ],
            "vacant_units",
        )
        self.units.itemSelectionChanged.connect(self._unit_chosen)
        self.log = record_table(
            [
                self.tr("Inspected"),
                self.tr("Inspector"),
                self.tr("Follow-up"),
                self.tr("Findings"),
            ],
            "inspection_log",
        )
        self.log.itemSelectionChanged.connect(self._inspection_chosen)
        self.photos = AttachmentsTab(actor, INSPECTION_TABLE, None)
        self.photos.setObjectName("inspection_photos")
        self.photos.layout().setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        self._layout()
        self.load_buildings()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("&Building")))
        bar.itemAt(0).widget().setBuddy(self.building)
        bar.addWidget(self.building)
        bar.addWidget(self.count)
        bar.addStretch(1)
        may_edit = self.actor.can(Cap.ARCHIVE_EDIT)
        for name, text, slot in (
            ("record_notice", self.tr("Record &notice…"), self.record_notice),
            ("end_notice", self.tr("&End notice…"), self.end_notice),
            ("record_inspection", self.tr("Record &inspection…"), self.record_inspection),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, f=slot: f())
            button.setVisible(may_edit)
            bar.addWidget(button)
            self.buttons[name] = button
        lower = QSplitter()
        log_box = QWidget()
        log_column = QVBoxLayout(log_box)
        log_column.setContentsMargins(0, 0, 0, 0)
        log_column.addWidget(QLabel(self.tr("Inspection log of the selected unit")))
        log_column.addWidget(self.log)
        photo_box = QWidget()
        photo_column = QVBoxLayout(photo_box)
        photo_column.setContentsMargins(0, 0, 0, 0)
        photo_column.addWidget(QLabel(self.tr("Photos of the selected inspection")))
        photo_column.addWidget(self.photos)
        lower.addWidget(log_box)
        lower.addWidget(photo_box)
        lower.setSizes([500, 400])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.units)
        splitter.addWidget(lower)
        splitter.setSizes([400, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)

    def load_buildings(self) -> None:
        chosen = self.building.currentData()
        self.building.blockSignals(True)
        self.building.clear()
        self.building.addItem(self.tr("All buildings"), None)
        tree = estate_tree(self.actor)
        for community in tree:
            for building in community.children:
                label = building.name if len(tree) == 1 else f"{community.name} {building.name}"
                self.building.addItem(label, building.id)
        self.building.setCurrentIndex(max(self.building.findData(chosen), 0))
        self.building.blockSignals(False)

    def refresh(self) -> None:
        self.load_buildings()
        self.reload()

    def reload(self) -> None:
        chosen = self.selected_unit()
        self.rows = vacant_units(self.actor, self.building.currentData())
        self.units.setRowCount(len(self.rows))
        for row, v in enumerate(self.rows):
            _fill_row(
                self.units,
                row,
                v.unit_id,
                [
                    v.unit_code,
                    v.building,
                    v.entrance,
                    str(v.floor),
                    f"{v.gross_area:,.2f}",
                    v.owner_name,
                    v.notice_start.isoformat() if v.notice_start else self.tr("none"),
                    v.last_inspection.isoformat() if v.last_inspection else self.tr("never"),
                ],
            )
            for col in (3, 4):
                self.units.item(row, col).setTextAlignment(RIGHT)
        fit_columns(self.units)
        self.count.setText(self.tr("{n} vacant units").format(n=len(self.rows)))
        if chosen is not None:
            self.select_unit(chosen.unit_id)
        self._unit_chosen()

    def select_unit(self, unit_id: str) -> bool:
        for row, v in enumerate(self.rows):
            if v.unit_id == unit_id:
                self.units.selectRow(row)
                return True
        return False

    def selected_unit(self) -> VacantUnit | None:
        rows = self.units.selectionModel().selectedRows() if self.units.selectionModel() else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _unit_chosen(self) -> None:
        unit = self.selected_unit()
        self.open_notice = self._open_notice(unit.unit_id) if unit else None
        self.buttons["record_notice"].setEnabled(unit is not None and self.open_notice is None)
        self.buttons["end_notice"].setEnabled(self.open_notice is not None)
        self.buttons["record_inspection"].setEnabled(unit is not None)
        log = inspections(self.actor, unit.unit_id) if unit else []
        self.log.setRowCount(len(log))
        for row, inspection in enumerate(log):
            _fill_row(
                self.log,
                row,
                inspection.id,
                [
                    inspection.inspection_date.isoformat(),
                    inspection.inspector,
                    self.tr("yes") if inspection.needs_action else "",
                    inspection.findings.replace("\n", " "),
                ],
            )
        fit_columns(self.log)
        if log:
            self.log.selectRow(0)
        else:
            self.photos.set_record(None)

    def _open_notice(self, unit_id: str) -> VacancyNotice | None:
        """The notice without an end (it may start later than today)."""
        return next((n for n in notices(self.actor, unit_id) if n.end_date is None), None)

    def _inspection_chosen(self) -> None:
        rows = self.log.selectionModel().selectedRows()
        item = self.log.item(rows[0].row(), 0) if rows else None
        self.photos.set_record(item.data(ID_ROLE) if item else None)

    # --- forms: window-modal, the list reloads when one saves ---

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.saved.connect(lambda _id: self.reload())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def record_notice(self) -> VacancyNoticeDialog | None:
        unit = self.selected_unit()
        if unit is None:
            return None
        return self._open(VacancyNoticeDialog(self.actor, unit.unit_id, unit.unit_code, self))

    def end_notice(self) -> EndNoticeDialog | None:
        unit = self.selected_unit()
        if unit is None:
            return None
        notice = self._open_notice(unit.unit_id)
        if notice is None:
            return None
        return self._open(
            EndNoticeDialog(self.actor, notice.id, unit.unit_code, notice.start_date, self)
        )

    def record_inspection(self) -> InspectionDialog | None:
        unit = self.selected_unit()
        if unit is None:
            return None
        return self._open(InspectionDialog(self.actor, unit.unit_id, unit.unit_code, self))
