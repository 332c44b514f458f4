"""客服: complaints due first (overdue and due today highlighted), open repairs, and a warning
while a year's holiday schedule is missing. The rules live in app.services.complaints/repairs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import complaints, holidays
from app.services.complaints import DueItem, Urgency
from app.services.permissions import Actor, Cap
from app.services.unit_facts import office_today
from ui.dialogs.form_dialog import FormDialog, code_combo
from ui.dialogs.service_forms import ClassifyDialog, LineDialog, NoteDialog, VisitDialog
from ui.models.list_model import Index, ListTableModel
from ui.pages.base import Page
from ui.pages.service_incidents import IncidentsTab
from ui.pages.service_repairs import RepairsTab
from ui.pages.service_surveys import SurveysTab
from ui.pages.service_visits import VisitsTab
from ui.service_labels import label, log_label
from ui.widgets.buttons import action_buttons, button_row, named_button
from ui.widgets.table import PicksFromList, configure_table
from ui.widgets.times import local_time
from ui.widgets.unit_picker import UnitPicker

_HIGHLIGHT = {Urgency.OVERDUE: QColor("#f8d0d0"), Urgency.TODAY: QColor("#fff1b8")}


class DueModel(ListTableModel):
    """The due list with overdue and due-today rows coloured."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            return _HIGHLIGHT.get(self.item(index.row()).urgency)
        return super().data(index, role)


def _countdown(item: DueItem) -> str:
    if item.urgency == Urgency.ANSWERED:
        return ""
    return str(item.workdays_left)


class ComplaintDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.unit_id: str | None = None
        self.setWindowTitle(self.tr("Register a complaint"))
        self.picker = UnitPicker(actor)
        self.picker.unit_chosen.connect(self._unit_chosen)
        self.add_row(self.tr("Unit"), "unit_id", self.picker)
        self.add_row(self.tr("Channel"), "channel", code_combo(complaints.Channel.ALL, label))
        self.add_row(self.tr("Category"), "category", code_combo(complaints.Category.ALL, label))
        self.description = self.add_row(self.tr("Description"), "description", QPlainTextEdit())

    def _unit_chosen(self, unit_id: str, _code: str) -> None:
        self.unit_id = unit_id

    def submit(self) -> str:
        complaint = complaints.register_complaint(
            self.actor,
            channel=self.fields["channel"].currentData(),
            category=self.fields["category"].currentData(),
            description=self.description.toPlainText(),
            unit_id=self.unit_id,
        )
        return complaint.id


class ComplaintsTab(PicksFromList, QWidget):
    """Open complaints, most urgent first; the buttons act on the selected one and its
    handling log shows underneath."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.model = DueModel(
            [
                (self.tr("No."), lambda i: i.number),
                (self.tr("Unit"), lambda i: i.unit_code),
                (self.tr("Complainant"), lambda i: i.owner_name),
                (self.tr("Category"), lambda i: label(i.category)),
                (self.tr("Received"), lambda i: i.received_on.isoformat()),
                (self.tr("Due"), lambda i: i.due_date.isoformat()),
                (self.tr("Working days left"), _countdown),
                (self.tr("State"), lambda i: label(i.urgency)),
                (self.tr("Head office"), self._report_state),
                (self.tr("Owned by"), lambda i: i.receiver),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("complaints_table")
        configure_table(self.table, self.model)
        self.table.setSortingEnabled(False)  # the service's order: overdue first
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_log())
        self.log = QPlainTextEdit()
        self.log.setObjectName("complaint_log")
        self.log.setReadOnly(True)
        self.log.setMaximumHeight(140)
        self.register = named_button(
            self.tr("&Register a complaint…"), "register_complaint", self.open_register
        )
        edit = actor.can(Cap.SERVICE_EDIT)
        self.actions = action_buttons(
            "complaint",
            (
                (
                    "classify",
                    self.tr("Classify…"),
                    self.open_classify,
                    actor.can(Cap.COMPLAINT_CLASSIFY),
                ),
                ("log", self.tr("Handling note…"), self.open_log, edit),
                ("feedback", self.tr("Feedback to owner…"), self.open_feedback, edit),
                ("report", self.tr("Reported to head office…"), self.open_report, edit),
                ("visit", self.tr("Return visit…"), self.open_visit, edit),
                ("close", self.tr("Close…"), self.open_close, edit),
            ),
        )
        self.register.setEnabled(edit)
        layout = QVBoxLayout(self)
        layout.addLayout(button_row([self.register, *self.actions.values()]))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.log)

    def _report_state(self, item: DueItem) -> str:
        return self.tr("Report overdue") if item.report_overdue else ""

    def refresh(self, today: date | None = None) -> None:
        self.reload(complaints.due_list(self.actor, today))
        self._show_log()

    def _show_log(self) -> None:
        complaint_id = self.selected_id()
        if complaint_id is None:
            self.log.clear()
            return
        lines = [
            f"{local_time(e.at)}  {log_label(e.kind)}  {e.by}：{e.text}"
            for e in complaints.complaint_log(self.actor, complaint_id)
        ]
        self.log.setPlainText("\n".join(lines))

    def _open(self, make: Callable[[str], FormDialog]) -> FormDialog | None:
        complaint_id = self.chosen_id(self.tr("Complaints"), self.tr("Choose a complaint first."))
        if complaint_id is None:
            return None
        dialog = make(complaint_id)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def open_register(self) -> ComplaintDialog:
        dialog = ComplaintDialog(self.actor, self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def open_classify(self) -> FormDialog | None:
        return self._open(lambda cid: ClassifyDialog(self.actor, cid, self))

    def open_log(self) -> FormDialog | None:
        return self._open(
            lambda cid: NoteDialog(
                self.tr("Handling note"),
                self.tr("What was done"),
                "text",
                lambda text, _day: complaints.add_log(self.actor, cid, text).id,
                parent=self,
            )
        )

    def open_feedback(self) -> FormDialog | None:
        return self._open(
            lambda cid: NoteDialog(
                self.tr("Feedback to the owner"),
                self.tr("What the owner was told"),
                "feedback",
                lambda text, day: complaints.record_feedback(self.actor, cid, text, day).id,
                with_date=self.tr("Date"),
                parent=self,
            )
        )

    def open_report(self) -> FormDialog | None:
        return self._open(
            lambda cid: LineDialog(
                self.tr("Reported to head office"),
                self.tr("Note"),
                "note",
                lambda _text, day: complaints.record_report(self.actor, cid, day).id,
                with_date=self.tr("Date"),
                parent=self,
            )
        )

    def open_visit(self) -> FormDialog | None:
        return self._open(
            lambda cid: VisitDialog(
                lambda answer, note, day: (
                    complaints.return_visit(self.actor, cid, answer, note, day).id
                ),
                self,
            )
        )

    def open_close(self) -> FormDialog | None:
        return self._open(
            lambda cid: LineDialog(
                self.tr("Close the complaint"),
                self.tr("Note"),
                "note",
                lambda text, _day: complaints.close(self.actor, cid, text).id,
                parent=self,
            )
        )


class ServicePage(Page):
    key, icon_name, capability = "service", "service", Cap.SERVICE_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Service desk")

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.warning = QLabel()
        self.warning.setObjectName("schedule_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a05a00;")
        self.complaints = ComplaintsTab(actor)
        self.repairs = RepairsTab(actor)
        self.visits = VisitsTab(actor)
        self.incidents = IncidentsTab(actor)
        self.surveys = SurveysTab(actor)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("service_tabs")
        self.tabs.addTab(self.complaints, self.tr("Complaints"))
        self.tabs.addTab(self.repairs, self.tr("Repairs"))
        self.tabs.addTab(self.visits, self.tr("Return visits"))
        self.tabs.addTab(self.incidents, self.tr("Incidents"))
        self.tabs.addTab(self.surveys, self.tr("Surveys"))
        self.tabs.currentChanged.connect(lambda _i: self.on_shown())
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.tabs)

    def on_shown(self) -> None:
        self._warn_missing_schedule()
        widget = self.tabs.currentWidget()
        if hasattr(widget, "refresh"):
            widget.refresh()

    def show_view(self, view: str) -> None:
        """Opened from a 工作台 tile: the complaints due list or the repairs list."""
        tab = {"complaints": self.complaints, "repairs": self.repairs}.get(view)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def _warn_missing_schedule(self) -> None:
        year = office_today().year
        missing = holidays.missing_years(self.actor, [year, year + 1])
        self.warning.setVisible(bool(missing))
        if missing:
            self.warning.setText(
                self.tr(
                    "The holiday schedule of {years} is not known to this program: deadlines "
                    "count only weekends and the fixed holidays. Enter the State Council's "
                    "schedule under System → Holidays."
                ).format(years=", ".join(map(str, missing)))
            )
