"""Small forms of the service desk's steps: classify, note, feedback, return visit, dispatch,
complete, charges, materials. Each calls one service function; a refusal keeps it open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services import complaints
from app.services.complaints import Satisfaction
from app.services.permissions import Actor
from app.services.repair_costs import items_in_stock
from ui.dialogs.form_dialog import FormDialog, code_combo
from ui.widgets.dates import DateEdit


def satisfaction_label(code: str) -> str:
    text = {
        Satisfaction.SATISFIED: QCoreApplication.translate("service", "Satisfied"),
        Satisfaction.DISSATISFIED: QCoreApplication.translate("service", "Dissatisfied"),
        Satisfaction.NO_ANSWER: QCoreApplication.translate("service", "No answer"),
    }
    return text.get(code, code)


class ClassifyDialog(FormDialog):
    """有效/无效 with the reason."""

    def __init__(self, actor: Actor, complaint_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.complaint_id = actor, complaint_id
        self.setWindowTitle(self.tr("Classify the complaint"))
        self.validity = self.add_row(self.tr("Validity"), "validity", QComboBox())
        self.validity.addItem(self.tr("Valid"), True)
        self.validity.addItem(self.tr("Invalid"), False)
        self.reason = self.add_row(self.tr("Reason"), "reason", QPlainTextEdit())

    def submit(self) -> str:
        return complaints.classify(
            self.actor,
            self.complaint_id,
            bool(self.validity.currentData()),
            self.reason.toPlainText(),
        ).id


class NoteDialog(FormDialog):
    """One text, and a date when the step has one; `action(text, day)` saves it."""

    def __init__(
        self,
        title: str,
        label: str,
        field: str,
        action: Callable[[str, date | None], str],
        with_date: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(title)
        self.note = self.add_row(label, field, QPlainTextEdit())
        self.day = self.add_row(with_date, "day", DateEdit()) if with_date else None

    def submit(self) -> str:
        return self.action(self.note.toPlainText(), self.day.value() if self.day else None)


class LineDialog(FormDialog):
    """One line of text (a worker's name, who was told at head office)."""

    def __init__(
        self,
        title: str,
        label: str,
        field: str,
        action: Callable[[str, date | None], str],
        with_date: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(title)
        self.line = self.add_row(label, field, QLineEdit())
        self.day = self.add_row(with_date, "day", DateEdit()) if with_date else None

    def submit(self) -> str:
        return self.action(self.line.text(), self.day.value() if self.day else None)


class VisitDialog(FormDialog):
    """回访: satisfaction, remarks, date; `action(satisfaction, note, day)` saves it."""

    def __init__(
        self, action: Callable[[str, str, date], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(self.tr("Return visit"))
        self.satisfaction = self.add_row(
            self.tr("Satisfaction"),
            "satisfaction",
            code_combo(Satisfaction.ALL, satisfaction_label),
        )
        self.method = self.add_row(self.tr("Method"), "method", QComboBox())
        for method in (self.tr("Phone"), self.tr("Visit"), self.tr("WeChat")):
            self.method.addItem(method)
        self.note = self.add_row(self.tr("Remarks"), "visit_note", QLineEdit())
        self.day = self.add_row(self.tr("Date"), "visit_on", DateEdit())

    def submit(self) -> str:
        note = " ".join(p for p in (self.method.currentText(), self.note.text().strip()) if p)
        return self.action(self.satisfaction.currentData(), note, self.day.value())


class ChargesDialog(FormDialog):
    """Labour and materials charged to the owner (out of warranty)."""

    def __init__(
        self,
        action: Callable[[str, str, str], str],
        material: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(self.tr("Charges to the owner"))
        self.labour = self.add_row(self.tr("Labour (yuan)"), "labour", QLineEdit("0"))
        self.material = self.add_row(self.tr("Materials (yuan)"), "material", QLineEdit(material))
        self.note = self.add_row(self.tr("Note"), "note", QLineEdit())

    def submit(self) -> str:
        return self.action(self.labour.text(), self.material.text(), self.note.text())


class MaterialsDialog(FormDialog):
    """Items from the warehouse with the quantity used: one stock-out is posted for all."""

    def __init__(
        self,
        actor: Actor,
        action: Callable[[list[tuple[str, str]]], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(self.tr("Materials used"))
        self.resize(560, 420)
        items = items_in_stock(actor)
        self.table = self.add_row(self.tr("Items"), "lines", QTableWidget(len(items), 4))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("On hand"), self.tr("Quantity used")]
        )
        self.table.verticalHeader().setVisible(False)
        self.spins: dict[str, QDoubleSpinBox] = {}
        for row, item in enumerate(items):
            for col, value in enumerate(
                (item.code, item.name, f"{item.qty.normalize():f} {item.uom}")
            ):
                self.table.setItem(row, col, QTableWidgetItem(value))
            spin = QDoubleSpinBox()
            spin.setDecimals(3)
            spin.setMaximum(99999)
            self.table.setCellWidget(row, 3, spin)
            self.spins[item.code] = spin
        self.ids = {item.code: item.id for item in items}
        self.table.resizeColumnsToContents()

    def set_quantity(self, code: str, quantity: float) -> None:
        self.spins[code].setValue(quantity)

    def submit(self) -> str:
        lines = [
            (self.ids[code], f"{spin.value():.3f}")
            for code, spin in self.spins.items()
            if spin.value() > 0
        ]
        return self.action(lines)
