"""紧急事件 tab: record an incident, its timeline of actions, the report to head office
(highlighted once the 1-working-day deadline has passed), the close with cause and
measures, and the printed report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import incidents
from app.services.incidents import IncidentKind
from app.services.permissions import Actor, Cap
from reports.incident_report import render_incident_report
from ui.dialogs.form_dialog import FormDialog, code_combo
from ui.dialogs.service_forms import LineDialog, NoteDialog
from ui.models.list_model import Index, ListTableModel
from ui.pdf_preview import print_document
from ui.service_labels import label, log_label
from ui.widgets.buttons import action_buttons, button_row
from ui.widgets.dates import DateEdit
from ui.widgets.table import PicksFromList, configure_table
from ui.widgets.times import local_time
from ui.widgets.unit_picker import UnitPicker

_LATE = QColor("#f8d0d0")


class IncidentModel(ListTableModel):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            return _LATE if self.item(index.row()).report_overdue else None
        return super().data(index, role)


class IncidentDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.unit_id: str | None = None
        self.setWindowTitle(self.tr("Record an incident"))
        self.kind = self.add_row(self.tr("Type"), "kind", code_combo(IncidentKind.ALL, label))
        self.day = self.add_row(self.tr("Occurred on"), "occurred_on", DateEdit())
        self.location = self.add_row(self.tr("Location"), "location", QLineEdit())
        self.picker = UnitPicker(actor)
        self.picker.unit_chosen.connect(lambda unit_id, _code: setattr(self, "unit_id", unit_id))
        self.add_row(self.tr("Unit (if any)"), "unit_id", self.picker)
        self.description = self.add_row(self.tr("What happened"), "description", QPlainTextEdit())

    def submit(self) -> str:
        return incidents.record_incident(
            self.actor,
            kind=self.kind.currentData(),
            location=self.location.text(),
            description=self.description.toPlainText(),
            occurred_on=self.day.value(),
            unit_id=self.unit_id,
        ).id


class CloseIncidentDialog(FormDialog):
    def __init__(self, actor: Actor, incident_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.incident_id = actor, incident_id
        self.setWindowTitle(self.tr("Close the incident"))
        self.cause = self.add_row(self.tr("Cause"), "cause", QPlainTextEdit())
        self.measures = self.add_row(self.tr("Preventive measures"), "measures", QPlainTextEdit())

    def submit(self) -> str:
        return incidents.close_incident(
            self.actor, self.incident_id, self.cause.toPlainText(), self.measures.toPlainText()
        ).id


class IncidentsTab(PicksFromList, QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.model = IncidentModel(
            [
                (self.tr("No."), lambda i: i.number),
                (self.tr("Type"), lambda i: label(i.kind)),
                (self.tr("Occurred"), lambda i: i.occurred_on.isoformat()),
                (self.tr("Location"), lambda i: i.location),
                (self.tr("Report due"), lambda i: i.report_due.isoformat()),
                (self.tr("Reported"), lambda i: i.reported_on.isoformat() if i.reported_on else ""),
                (self.tr("Status"), lambda i: label(i.status)),
                (self.tr("What happened"), lambda i: i.description),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("incidents_table")
        configure_table(self.table, self.model)
        self.table.setSortingEnabled(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_log())
        self.log = QPlainTextEdit()
        self.log.setObjectName("incident_log")
        self.log.setReadOnly(True)
        self.log.setMaximumHeight(140)
        edit = actor.can(Cap.SERVICE_EDIT)
        self.buttons = action_buttons(
            "incident",
            (
                ("record", self.tr("&Record an incident…"), self.open_record, edit),
                ("action", self.tr("Add an action…"), self.open_action, edit),
                ("report", self.tr("Reported to head office…"), self.open_report, edit),
                ("close", self.tr("Close…"), self.open_close, edit),
                ("print", self.tr("Report…"), self.print_report, True),
            ),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(self.buttons.values()))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.log)

    def refresh(self) -> None:
        self.reload(incidents.incidents(self.actor))
        self._show_log()

    def _show_log(self) -> None:
        incident_id = self.selected_id()
        if incident_id is None:
            self.log.clear()
            return
        self.log.setPlainText(
            "\n".join(
                f"{local_time(e.at)}  {log_label(e.kind)}  {e.by}：{e.text}"
                for e in incidents.incident_log(self.actor, incident_id)
            )
        )

    def _open(self, make: Callable[[str], FormDialog]) -> FormDialog | None:
        incident_id = self.chosen_id(self.tr("Incidents"), self.tr("Choose an incident first."))
        if incident_id is None:
            return None
        dialog = make(incident_id)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def open_record(self) -> IncidentDialog:
        dialog = IncidentDialog(self.actor, self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def open_action(self) -> FormDialog | None:
        return self._open(
            lambda iid: NoteDialog(
                self.tr("Action taken"),
                self.tr("What was done"),
                "text",
                lambda text, _day: incidents.add_action(self.actor, iid, text).id,
                parent=self,
            )
        )

    def open_report(self) -> FormDialog | None:
        return self._open(
            lambda iid: LineDialog(
                self.tr("Reported to head office"),
                self.tr("Reported to"),
                "reported_to",
                lambda whom, day: incidents.report_to_head_office(self.actor, iid, whom, day).id,
                with_date=self.tr("Date"),
                parent=self,
            )
        )

    def open_close(self) -> FormDialog | None:
        return self._open(lambda iid: CloseIncidentDialog(self.actor, iid, self))

    def render_report(self, out: object) -> object:
        incident_id = self.selected_id()
        assert incident_id is not None
        return render_incident_report(self.actor, incident_id, out)

    def print_report(self) -> bool:
        if self.selected_id() is None:
            return False
        return print_document(
            self,
            self.render_report,
            "incident.pdf",
            QCoreApplication.translate("IncidentsTab", "Incident report"),
        )
