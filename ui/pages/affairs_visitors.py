"""会务接待: the visitor log (in/out, ID tail masked) and scheduled receptions with their
checklist. The rules live in app.services.visitors."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import visitors
from app.services.permissions import Actor, Cap
from app.services.visitors import CHECKLIST, ReceptionRow
from ui.dialogs.errors import attempt, show_error
from ui.dialogs.form_dialog import FormDialog
from ui.models.list_model import ListTableModel
from ui.models.query_table_model import Column
from ui.pages.affairs_common import label, log_table, selected_row, time_formatter
from ui.widgets.buttons import named_button
from ui.widgets.export_button import ExportButton
from ui.widgets.filter_edit import filter_edit
from ui.widgets.table import RIGHT, configure_table
from ui.widgets.unit_picker import UnitPicker


class VisitorDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.unit_id: str | None = None
        self.setWindowTitle(self.tr("Register a visitor"))
        self.name = self.add_row(self.tr("Visitor"), "name", QLineEdit())
        self.id_number = self.add_row(self.tr("ID number"), "id_number", QLineEdit())
        self.id_number.setPlaceholderText(self.tr("Only the last four characters are kept"))
        self.purpose = self.add_row(self.tr("Purpose"), "purpose", QLineEdit())
        self.host = self.add_row(self.tr("Visiting"), "host", QLineEdit())
        self.picker = UnitPicker(actor)
        self.picker.unit_chosen.connect(lambda unit_id, _code: setattr(self, "unit_id", unit_id))
        self.add_row(self.tr("Unit"), "unit_id", self.picker)
        self.people = self.add_row(self.tr("People"), "people", QSpinBox())
        self.people.setRange(1, 200)
        self.phone = self.add_row(self.tr("Phone"), "phone", QLineEdit())
        self.plate = self.add_row(self.tr("Plate"), "plate", QLineEdit())

    def submit(self) -> str:
        visitor = visitors.register_visitor(
            self.actor,
            name=self.name.text(),
            id_number=self.id_number.text(),
            purpose=self.purpose.text(),
            host=self.host.text(),
            unit_id=self.unit_id,
            people=self.people.value(),
            phone=self.phone.text(),
            plate=self.plate.text(),
        )
        return visitor.id


class VisitorLogTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.search = filter_edit(
            self,
            "visitor_filter",
            self.tr("Visitor, whom they visit, or unit"),
            lambda: self.apply_filter(),
        )
        self.inside_only = QCheckBox(self.tr("Still inside"))
        self.inside_only.setObjectName("visitors_inside_only")
        sort = visitors.VISITOR_SORT
        local_time = time_formatter()
        columns = [
            Column("in_at", self.tr("In"), sort["in_at"], format=local_time),
            Column("out_at", self.tr("Out"), format=local_time),
            Column("name", self.tr("Visitor"), sort["name"]),
            Column("id_tail", self.tr("ID number"), format=visitors.masked_id_tail),
            Column("people", self.tr("People"), align=RIGHT),
            Column("purpose", self.tr("Purpose")),
            Column("host", self.tr("Visiting"), sort["host"]),
            Column("unit_code", self.tr("Unit")),
            Column("plate", self.tr("Plate")),
            Column("recorded_by", self.tr("Recorded by")),
        ]
        self.model, self.table = log_table(
            self, "visitors_table", columns, lambda: visitors.visitors_query(actor)
        )
        editable = actor.can(Cap.AFFAIRS_EDIT)
        self.register_button = QPushButton(self.tr("&Visitor in…"))
        self.register_button.setObjectName("register_visitor")
        self.register_button.setVisible(editable)
        self.register_button.clicked.connect(self.open_register)
        self.left_button = QPushButton(self.tr("Visitor &left"))
        self.left_button.setObjectName("visitor_left")
        self.left_button.setVisible(editable)
        self.left_button.clicked.connect(self.mark_left)
        self.inside_only.toggled.connect(self.apply_filter)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.inside_only)
        bar.addStretch(1)
        bar.addWidget(self.register_button)
        bar.addWidget(self.left_button)
        bar.addWidget(ExportButton(actor, self.table, self.tr("Visitors"), self))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def apply_filter(self) -> None:
        text, inside = self.search.text(), self.inside_only.isChecked()
        self.model.set_filter(lambda q: visitors.filter_visitors(q, text, inside))

    def refresh(self) -> None:
        self.model.refresh()

    def open_register(self) -> VisitorDialog:
        dialog = VisitorDialog(self.actor, self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def mark_left(self) -> bool:
        row = selected_row(self.table)
        if row is None:
            return False
        if not attempt(self, lambda: visitors.visitor_left(self.actor, self.model.row_id(row))):
            return False
        self.refresh()
        return True


class ReceptionDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Schedule a reception"))
        self.guest_org = self.add_row(self.tr("Guests from"), "guest_org", QLineEdit())
        self.guests = self.add_row(self.tr("Guests"), "guests", QSpinBox())
        self.guests.setRange(1, 500)
        self.when = self.add_row(self.tr("When"), "scheduled_at", QDateTimeEdit())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setDateTime(QDateTime.currentDateTime().addDays(1))
        self.purpose = self.add_row(self.tr("Purpose"), "purpose", QLineEdit())
        self.place = self.add_row(self.tr("Place"), "place", QLineEdit())
        self.host = self.add_row(self.tr("Host"), "host", QLineEdit(actor.display_name))

    def submit(self) -> str:
        moment: datetime = self.when.dateTime().toPython().astimezone()
        row = visitors.schedule_reception(
            self.actor,
            guest_org=self.guest_org.text(),
            guests=self.guests.value(),
            scheduled_at=moment,
            purpose=self.purpose.text(),
            place=self.place.text(),
            host=self.host.text(),
        )
        return row.id


class ReceptionsTab(QWidget):
    """Receptions on the left; the chosen one's checklist on the right, ticked as it goes."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        local_time = time_formatter()
        self.model = ListTableModel(
            [
                (self.tr("When"), lambda r: local_time(r.scheduled_at)),
                (self.tr("Guests from"), lambda r: r.guest_org),
                (self.tr("Guests"), lambda r: str(r.guests)),
                (self.tr("Purpose"), lambda r: r.purpose),
                (self.tr("Place"), lambda r: r.place),
                (self.tr("Host"), lambda r: r.host),
                (self.tr("Checklist"), lambda r: r.progress),
                (self.tr("Status"), lambda r: label(r.status)),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("receptions_table")
        configure_table(self.table, self.model)
        self.table.setSortingEnabled(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_checklist())
        self.checklist = QListWidget()
        self.checklist.setObjectName("reception_checklist")
        self.checklist.itemChanged.connect(self._ticked)
        editable = actor.can(Cap.AFFAIRS_EDIT)
        self.schedule_button = named_button(
            self.tr("&Schedule…"), "schedule_reception", self.open_schedule, editable
        )
        self.finish_button = named_button(
            self.tr("&Finished…"), "finish_reception", self.finish_selected, editable
        )
        self.cancel_button = named_button(
            self.tr("&Cancel…"), "cancel_reception", self.cancel_selected, editable
        )
        bar = QHBoxLayout()
        bar.addStretch(1)
        for button in (self.schedule_button, self.finish_button, self.cancel_button):
            bar.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Checklist")))
        right_layout.addWidget(self.checklist)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split)
        self._filling = False

    def refresh(self) -> None:
        chosen = self.selected()
        self.model.set_items(visitors.receptions(self.actor))
        if chosen is not None:
            self.select_id(chosen.id)
        self._show_checklist()

    def selected(self) -> ReceptionRow | None:
        row = selected_row(self.table)
        return None if row is None else self.model.item(row)

    def select_id(self, reception_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row).id == reception_id:
                self.table.selectRow(row)

    def _show_checklist(self) -> None:
        chosen = self.selected()
        self._filling = True
        self.checklist.clear()
        if chosen is not None:
            editable = self.actor.can(Cap.AFFAIRS_EDIT) and chosen.status == "planned"
            for code, text in CHECKLIST:
                item = QListWidgetItem(QCoreApplication.translate("app", text))
                item.setData(Qt.ItemDataRole.UserRole, code)
                flags = Qt.ItemFlag.ItemIsEnabled
                if editable:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                checked = code in chosen.done
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.checklist.addItem(item)
        self._filling = False

    def _ticked(self, _item: QListWidgetItem) -> None:
        chosen = self.selected()
        if self._filling or chosen is None:
            return
        done = [
            self.checklist.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.checklist.count())
            if self.checklist.item(i).checkState() == Qt.CheckState.Checked
        ]
        try:
            visitors.set_checklist(self.actor, chosen.id, done)
        except UserError as exc:
            show_error(self, exc)
        self.refresh()

    def open_schedule(self) -> ReceptionDialog:
        dialog = ReceptionDialog(self.actor, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, reception_id: str) -> None:
        self.refresh()
        self.select_id(reception_id)

    def finish_selected(self, summary: str | None = None) -> bool:
        return self._close_selected(
            visitors.finish_reception, summary, self.tr("Reception finished"), self.tr("Summary:")
        )

    def cancel_selected(self, reason: str | None = None) -> bool:
        return self._close_selected(
            visitors.cancel_reception, reason, self.tr("Cancel reception"), self.tr("Reason:")
        )

    def _close_selected(self, action: object, text: str | None, title: str, prompt: str) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        if text is None:
            text, ok = QInputDialog.getText(self, title, prompt)
            if not ok:
                return False
        if not attempt(self, lambda: action(self.actor, chosen.id, text)):
            return False
        self.refresh()
        return True


class VisitorsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = VisitorLogTab(actor)
        self.receptions = ReceptionsTab(actor)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("visitor_tabs")
        self.tabs.addTab(self.log, self.tr("Visitor log"))
        self.tabs.addTab(self.receptions, self.tr("Receptions"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        QVBoxLayout(self).addWidget(self.tabs)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()
