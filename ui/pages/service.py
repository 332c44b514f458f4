"""客服: complaints due first (overdue and due today highlighted), open repairs, and a warning
while a year's holiday schedule is missing. The rules live in app.services.complaints/repairs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import complaints, holidays, repairs
from app.services.complaints import DueItem, Urgency
from app.services.permissions import Actor, Cap
from app.services.unit_facts import office_today
from ui.dialogs.form_dialog import FormDialog, code_combo
from ui.models.list_model import Index, ListTableModel
from ui.pages.base import Page
from ui.widgets.table import configure_table
from ui.widgets.unit_picker import UnitPicker

_CODES = {
    "phone": QT_TRANSLATE_NOOP("service", "Phone"),
    "visit": QT_TRANSLATE_NOOP("service", "Visit"),
    "wechat": QT_TRANSLATE_NOOP("service", "WeChat"),
    "letter": QT_TRANSLATE_NOOP("service", "Letter"),
    "other": QT_TRANSLATE_NOOP("service", "Other"),
    "service": QT_TRANSLATE_NOOP("service", "Service attitude"),
    "repair": QT_TRANSLATE_NOOP("service", "Repairs"),
    "cleaning": QT_TRANSLATE_NOOP("service", "Cleaning"),
    "security": QT_TRANSLATE_NOOP("service", "Security"),
    "fees": QT_TRANSLATE_NOOP("service", "Fees"),
    "noise": QT_TRANSLATE_NOOP("service", "Noise"),
    "parking": QT_TRANSLATE_NOOP("service", "Parking"),
    "greening": QT_TRANSLATE_NOOP("service", "Greenery"),
    "waterproofing": QT_TRANSLATE_NOOP("service", "Waterproofing"),
    "electrical": QT_TRANSLATE_NOOP("service", "Electrical wiring"),
    "plumbing": QT_TRANSLATE_NOOP("service", "Water supply and drainage"),
    "equipment": QT_TRANSLATE_NOOP("service", "Equipment"),
    "fitout": QT_TRANSLATE_NOOP("service", "Fit-out"),
    "heating_cooling": QT_TRANSLATE_NOOP("service", "Heating and cooling"),
    "structure": QT_TRANSLATE_NOOP("service", "Structure"),
    "developer": QT_TRANSLATE_NOOP("service", "Developer"),
    "owner": QT_TRANSLATE_NOOP("service", "Owner"),
    "received": QT_TRANSLATE_NOOP("service", "Received"),
    "dispatched": QT_TRANSLATE_NOOP("service", "Dispatched"),
    "in_progress": QT_TRANSLATE_NOOP("service", "In progress"),
    "completed": QT_TRANSLATE_NOOP("service", "Completed"),
    "visited": QT_TRANSLATE_NOOP("service", "Visited"),
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("service", "Overdue"),
    Urgency.TODAY: QT_TRANSLATE_NOOP("service", "Due today"),
    Urgency.PENDING: QT_TRANSLATE_NOOP("service", "Waiting for feedback"),
    Urgency.ANSWERED: QT_TRANSLATE_NOOP("service", "Answered"),
}
_HIGHLIGHT = {Urgency.OVERDUE: QColor("#f8d0d0"), Urgency.TODAY: QColor("#fff1b8")}


def label(code: str) -> str:
    return QCoreApplication.translate("service", _CODES.get(code, code))


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


class ComplaintsTab(QWidget):
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
                (self.tr("Owned by"), lambda i: i.receiver),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("complaints_table")
        configure_table(self.table, self.model)
        self.table.setSortingEnabled(False)  # the service's order: overdue first
        self.register = QPushButton(self.tr("&Register a complaint…"))
        self.register.setObjectName("register_complaint")
        self.register.setEnabled(actor.can(Cap.SERVICE_EDIT))
        self.register.clicked.connect(self.open_register)
        buttons = QHBoxLayout()
        buttons.addWidget(self.register)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def refresh(self, today: date | None = None) -> None:
        self.model.set_items(complaints.due_list(self.actor, today))
        self.table.resizeColumnsToContents()

    def open_register(self) -> ComplaintDialog:
        dialog = ComplaintDialog(self.actor, self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog


class RepairsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.model = ListTableModel(
            [
                (self.tr("No."), lambda r: r.number),
                (self.tr("Received"), lambda r: r.received_on.isoformat()),
                (self.tr("Category"), lambda r: label(r.category)),
                (self.tr("Paid by"), lambda r: label(r.payer)),
                (self.tr("Status"), lambda r: label(r.status)),
                (self.tr("Worker"), lambda r: r.worker),
                (self.tr("Description"), lambda r: r.description),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("repairs_table")
        configure_table(self.table, self.model)
        QVBoxLayout(self).addWidget(self.table)

    def refresh(self) -> None:
        self.model.set_items(repairs.open_repairs(self.actor))
        self.table.resizeColumnsToContents()


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
        self.tabs = QTabWidget()
        self.tabs.setObjectName("service_tabs")
        self.tabs.addTab(self.complaints, self.tr("Complaints"))
        self.tabs.addTab(self.repairs, self.tr("Repairs"))
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
