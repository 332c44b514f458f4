"""社区文化活动: the year's plan, each event held (with photos) or cancelled, the year's report.
The rules live in app.services.community_events."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.money import format_money
from app.services import community_events as events
from app.services.community_events import EventKind
from app.services.permissions import Actor, Cap
from app.services.unit_facts import office_today
from ui.dialogs.attachments_tab import AttachmentsTab
from ui.dialogs.errors import attempt
from ui.dialogs.form_dialog import FormDialog, code_combo
from ui.models.list_model import ListTableModel
from ui.pages.affairs_common import label, selected_row
from ui.widgets.dates import DateEdit
from ui.widgets.export_button import ExportButton
from ui.widgets.table import configure_table

_KINDS = {
    EventKind.FESTIVAL: QT_TRANSLATE_NOOP("events", "Festival"),
    EventKind.SPORTS: QT_TRANSLATE_NOOP("events", "Sports"),
    EventKind.CULTURE: QT_TRANSLATE_NOOP("events", "Talks and culture"),
    EventKind.CHILDREN: QT_TRANSLATE_NOOP("events", "Parents and children"),
    EventKind.ELDERLY: QT_TRANSLATE_NOOP("events", "Care for the elderly"),
    EventKind.VOLUNTEER: QT_TRANSLATE_NOOP("events", "Volunteering"),
    "held": QT_TRANSLATE_NOOP("events", "Held"),
}


def kind_label(code: str) -> str:
    return QCoreApplication.translate("events", _KINDS[code]) if code in _KINDS else label(code)


class PlanDialog(FormDialog):
    def __init__(self, actor: Actor, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.year = year
        self.setWindowTitle(self.tr("Plan an event"))
        self.title = self.add_row(self.tr("Event"), "title", QLineEdit())
        self.add_row(self.tr("Kind"), "kind", code_combo(EventKind.ALL, kind_label))
        self.month = self.add_row(self.tr("Month"), "planned_month", QSpinBox())
        self.month.setRange(1, 12)
        self.month.setValue(office_today().month)
        self.budget = self.add_row(self.tr("Budget (yuan)"), "planned_budget", QLineEdit("0"))
        self.organiser = self.add_row(
            self.tr("Organiser"), "organiser", QLineEdit(actor.display_name)
        )

    def submit(self) -> str:
        event = events.plan_event(
            self.actor, year=self.year, planned_month=self.month.value(), title=self.title.text(),
            kind=self.fields["kind"].currentData(), planned_budget=self.budget.text(),
            organiser=self.organiser.text(),
        )  # fmt: skip
        return event.id


class HeldDialog(FormDialog):
    def __init__(self, actor: Actor, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.event_id = event_id
        self.setWindowTitle(self.tr("Event held"))
        self.held_on = self.add_row(self.tr("Held on"), "held_on", DateEdit())
        self.place = self.add_row(self.tr("Place"), "place", QLineEdit())
        self.participants = self.add_row(self.tr("Participants"), "participants", QSpinBox())
        self.participants.setRange(0, 100_000)
        self.spent = self.add_row(self.tr("Spent (yuan)"), "spent", QLineEdit("0"))
        self.summary = self.add_row(self.tr("Summary"), "summary", QPlainTextEdit())

    def submit(self) -> str:
        event = events.record_held(
            self.actor, self.event_id, held_on=self.held_on.value(), place=self.place.text(),
            participants=self.participants.value(), spent=self.spent.text(),
            summary=self.summary.toPlainText(),
        )  # fmt: skip
        return event.id


class EventsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.year = QSpinBox()
        self.year.setObjectName("events_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(office_today().year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.model = ListTableModel(
            [
                (self.tr("Month"), lambda e: str(e.planned_month)),
                (self.tr("Event"), lambda e: e.title),
                (self.tr("Kind"), lambda e: kind_label(e.kind)),
                (self.tr("Budget"), lambda e: format_money(e.planned_budget)),
                (self.tr("Status"), lambda e: kind_label(e.status)),
                (self.tr("Held on"), lambda e: e.held_on.isoformat() if e.held_on else ""),
                (self.tr("Place"), lambda e: e.place),
                (self.tr("Participants"), lambda e: str(e.participants) if e.held_on else ""),
                (self.tr("Spent"), lambda e: format_money(e.spent) if e.held_on else ""),
                (self.tr("Summary"), lambda e: e.summary),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("events_table")
        configure_table(self.table, self.model)
        self.table.setSortingEnabled(False)
        self.summary = QLabel()
        self.summary.setObjectName("events_summary")
        editable = actor.can(Cap.AFFAIRS_EDIT)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        for name, text, slot, visible in (
            ("plan_event", self.tr("&Plan…"), self.open_plan, editable),
            ("event_held", self.tr("&Held…"), self.open_held, editable),
            ("cancel_event", self.tr("&Cancel…"), self.cancel_selected, editable),
            ("event_photos", self.tr("P&hotos…"), self.open_photos, True),
            ("events_report", self.tr("Year &report…"), self.print_report, True),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setVisible(visible)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self.buttons[name] = button
            bar.addWidget(button)
        bar.addWidget(ExportButton(actor, self.table, self.tr("Community events"), self))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)

    def refresh(self) -> None:
        report = events.year_report(self.actor, self.year.value())
        self.model.set_items(report.events)
        self.summary.setText(
            self.tr(
                "{held} of {planned} planned events held, {cancelled} cancelled; "
                "{participants} participants; spent {spent} of a budget of {budget}."
            ).format(
                held=report.held,
                planned=report.planned,
                cancelled=report.cancelled,
                participants=report.participants,
                spent=format_money(report.spent),
                budget=format_money(report.planned_budget),
            )
        )

    def selected_id(self) -> str | None:
        row = selected_row(self.table)
        return None if row is None else self.model.item(row).id

    def open_plan(self) -> PlanDialog:
        dialog = PlanDialog(self.actor, self.year.value(), self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def open_held(self) -> HeldDialog | None:
        chosen = self.selected_id()
        if not chosen:
            return None
        dialog = HeldDialog(self.actor, chosen, self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def cancel_selected(self, reason: str | None = None) -> bool:
        chosen = self.selected_id()
        if not chosen:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Cancel the event"), self.tr("Reason:"))
            if not ok:
                return False
        if not attempt(self, lambda: events.cancel_event(self.actor, chosen, reason)):
            return False
        self.refresh()
        return True

    def open_photos(self) -> QDialog | None:
        chosen = self.selected_id()
        if not chosen:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Photos of the event"))
        QVBoxLayout(dialog).addWidget(AttachmentsTab(self.actor, "community_event", chosen, dialog))
        dialog.resize(640, 360)
        dialog.open()
        return dialog

    def print_report(self) -> bool:
        from reports.community_events_pdf import render_year_report
        from ui.pdf_preview import print_document

        report = events.year_report(self.actor, self.year.value())
        return print_document(
            self,
            lambda out: render_year_report(report, out),
            f"events-{report.year}.pdf",
            self.tr("Community events {year}").format(year=report.year),
        )
