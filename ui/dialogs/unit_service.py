"""The 客服 tab of a unit's record: its complaints and repairs, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services import complaints, repairs
from app.services.permissions import Actor
from ui.dialogs.record_tables import fill_rows, record_table
from ui.service_labels import label


class UnitServiceTab(QWidget):
    def __init__(self, actor: Actor, unit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.unit_id = actor, unit_id
        self.complaints = record_table(
            [
                self.tr("No."),
                self.tr("Received"),
                self.tr("Category"),
                self.tr("Validity"),
                self.tr("Feedback"),
                self.tr("Return visit"),
                self.tr("Status"),
                self.tr("Description"),
            ],
            "unit_complaints",
        )
        self.repairs = record_table(
            [
                self.tr("No."),
                self.tr("Received"),
                self.tr("Category"),
                self.tr("Paid by"),
                self.tr("Status"),
                self.tr("Worker"),
                self.tr("Completed"),
                self.tr("Description"),
            ],
            "unit_repairs",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Complaints")))
        layout.addWidget(self.complaints)
        layout.addWidget(QLabel(self.tr("Repairs")))
        layout.addWidget(self.repairs)

    def reload(self) -> None:
        fill_rows(
            self.complaints,
            [
                (
                    c.number,
                    c.received_on.isoformat(),
                    label(c.category),
                    label(c.validity) if c.validity else "",
                    c.feedback_on.isoformat() if c.feedback_on else "",
                    label(c.satisfaction) if c.satisfaction else "",
                    label(c.status),
                    c.description,
                )
                for c in complaints.complaints_for_unit(self.actor, self.unit_id)
            ],
        )
        fill_rows(
            self.repairs,
            [
                (
                    r.number,
                    r.received_on.isoformat(),
                    label(r.category),
                    label(r.payer),
                    label(r.status),
                    r.worker,
                    r.completed_on.isoformat() if r.completed_on else "",
                    r.description,
                )
                for r in repairs.repairs_for_unit(self.actor, self.unit_id)
            ],
        )
