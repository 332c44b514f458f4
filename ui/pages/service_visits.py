"""回访 tab: one list of everything due a return visit (repairs completed, complaints
answered), the visit recorded from here, and this month's return-visit and satisfaction
rates."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import complaints, repairs
from app.services.permissions import Actor, Cap
from app.services.service_figures import service_figures
from app.services.service_queue import VisitDue, VisitKind, visits_due
from app.services.unit_facts import office_today
from ui.dialogs.service_forms import VisitDialog
from ui.models.list_model import ListTableModel
from ui.widgets.table import PicksFromList, configure_table


def _percent(rate: object) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


class VisitsTab(PicksFromList, QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.model = ListTableModel(
            [
                (self.tr("Kind"), self._kind),
                (self.tr("No."), lambda v: v.number),
                (self.tr("Unit"), lambda v: v.unit_code),
                (self.tr("Contact"), lambda v: v.contact),
                (self.tr("Phone"), lambda v: v.phone),
                (self.tr("Done on"), lambda v: v.done_on.isoformat()),
                (self.tr("What was done"), lambda v: v.summary),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("visits_table")
        configure_table(self.table, self.model)
        self.table.setSortingEnabled(False)
        self.rates = QLabel()
        self.rates.setObjectName("visit_rates")
        self.record = QPushButton(self.tr("Record the visit…"))
        self.record.setObjectName("record_visit")
        self.record.setEnabled(actor.can(Cap.SERVICE_EDIT))
        self.record.clicked.connect(self.open_visit)
        top = QHBoxLayout()
        top.addWidget(self.record)
        top.addStretch(1)
        top.addWidget(self.rates)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def _kind(self, visit: VisitDue) -> str:
        return self.tr("Complaint") if visit.kind == VisitKind.COMPLAINT else self.tr("Repair")

    def refresh(self) -> None:
        self.model.set_items(visits_due(self.actor))
        today = office_today()
        figures = service_figures(self.actor, today.replace(day=1), today, today)
        self.rates.setText(
            self.tr(
                "This month: return visits {visits} ({done} of {due}), satisfaction {sat}"
            ).format(
                visits=_percent(figures.visit_rate),
                done=figures.visited,
                due=figures.visits_due,
                sat=_percent(figures.satisfaction_rate),
            )
        )

    def open_visit(self) -> VisitDialog | None:
        visit = self.selected()
        if visit is None:
            QMessageBox.information(self, self.tr("Return visits"), self.tr("Choose a line first."))
            return None
        service = complaints if visit.kind == VisitKind.COMPLAINT else repairs
        dialog = VisitDialog(
            lambda answer, note, day: (
                service.return_visit(self.actor, visit.id, answer, note, day).id
            ),
            self,
        )
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog
