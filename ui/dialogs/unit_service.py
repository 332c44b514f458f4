"""The 客服 tab of a unit's record: its complaints and repairs, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.services import complaints, repairs
from app.services.permissions import Actor
from ui.service_labels import label


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()


class UnitServiceTab(QWidget):
    def __init__(self, actor: Actor, unit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.unit_id = actor, unit_id
        self.complaints = _table(
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
        self.repairs = _table(
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
        _fill(
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
        _fill(
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
