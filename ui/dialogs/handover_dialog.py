"""入伙: hand a unit to its owner — keys, meter readings, documents signed — and print the form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.move_in import (
    MAX_KEYS,
    STANDARD_CHECKLIST,
    HandoverInput,
    checklist_of,
    correct_handover,
    get_handover,
    handover_of_unit,
    record_handover,
)
from app.services.permissions import Actor
from app.services.units import unit_record
from reports.handover_form import render_handover_form
from ui.dialogs.document_printing import print_after_save, print_rendered
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.dates import DateEdit

# What a meter shows: up to eight digits and two decimals. The service checks the value.
_READING = QRegularExpression(r"\d{0,8}([.]\d{0,2})?")


class HandoverDialog(FormDialog):
    """The move-in form; with `correcting_id`, a correction of that form: the same fields,
    filled in from it, and the reason (the service issues a new form naming the old one)."""

    def __init__(
        self,
        actor: Actor,
        unit_id: str,
        parent: QWidget | None = None,
        correcting_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor, self.unit_id = actor, unit_id
        self.correcting = get_handover(actor, correcting_id) if correcting_id else None
        correcting = self.correcting
        self.setObjectName("handover_dialog")
        record = unit_record(actor, unit_id)
        self.unit_code = record.code
        self.setWindowTitle(self.tr("Move-in of {unit}").format(unit=record.code))
        if correcting is not None:
            self.setWindowTitle(
                self.tr("Correct handover form {number}").format(number=correcting.number)
            )
            self.reason = self.add_row(self.tr("&Reason for the correction"), "reason", QLineEdit())
        self.owner = self.add_row(self.tr("&Owner"), "owner_id", QComboBox())
        for line in record.owners:
            self.owner.addItem(f"{line.name}  {line.phone}".strip(), line.id)
        self.handover_date = self.add_row(
            self.tr("Handover &date"), "handover_date", DateEdit(record.handover_date)
        )
        self.keys_handed = self.add_row(self.tr("&Keys handed over"), "keys_handed", QSpinBox())
        self.keys_handed.setRange(0, MAX_KEYS)
        self.key_notes = self.add_row(self.tr("Key &notes"), "key_notes", QLineEdit())
        self.key_notes.setPlaceholderText(self.tr("e.g. 2 door keys, 1 mailbox key"))
        self.water_reading = self._reading(self.tr("&Water meter (m³)"), "water_reading")
        self.electricity_reading = self._reading(
            self.tr("&Electricity meter (kWh)"), "electricity_reading"
        )
        self.gas_reading = self._reading(self.tr("&Gas meter (m³)"), "gas_reading")
        self.checklist = QListWidget()
        self.checklist.setObjectName("checklist_items")
        for document in STANDARD_CHECKLIST:
            self.add_document(document)
        self.other_document = QLineEdit()
        self.other_document.setObjectName("other_document")
        self.other_document.setPlaceholderText(self.tr("Another document signed"))
        self.other_document.returnPressed.connect(self._add_other)
        self.add_row(
            self.tr("Documents &signed"), "checklist", self.checklist, self._checklist_box()
        )
        self.remarks = self.add_row(self.tr("Re&marks"), "remarks", QLineEdit())
        self.print_after = QCheckBox(self.tr("&Print the handover form after saving"))
        self.print_after.setObjectName("print_after")
        self.print_after.setChecked(True)
        self.form.addRow("", self.print_after)
        print_after_save(self, print_handover, self.print_after.isChecked)
        self.setMinimumWidth(480)
        if correcting is not None:
            self._fill_from_corrected()

    def _fill_from_corrected(self) -> None:
        form = self.correcting
        self.owner.setCurrentIndex(max(0, self.owner.findData(form.owner_id)))
        self.handover_date.set_value(form.handover_date)
        self.keys_handed.setValue(form.keys_handed)
        self.key_notes.setText(form.key_notes)
        for edit, value in (
            (self.water_reading, form.water_reading),
            (self.electricity_reading, form.electricity_reading),
            (self.gas_reading, form.gas_reading),
        ):
            edit.setText("" if value is None else str(value))
        signed = checklist_of(form)
        for row in range(self.checklist.count()):
            item = self.checklist.item(row)
            checked = item.text() in signed
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        known = {self.checklist.item(row).text() for row in range(self.checklist.count())}
        for name in signed:
            if name not in known:
                self.add_document(name)
        self.remarks.setText(form.remarks)

    def _reading(self, label: str, name: str) -> QLineEdit:
        edit = self.add_row(label, name, QLineEdit())
        edit.setValidator(QRegularExpressionValidator(_READING, edit))
        edit.setPlaceholderText(self.tr("Optional, e.g. 1234.56"))
        return edit

    def _checklist_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.checklist)
        row = QHBoxLayout()
        row.addWidget(self.other_document, 1)
        add = QPushButton(self.tr("A&dd"))
        add.setObjectName("add_document")
        add.clicked.connect(self._add_other)
        row.addWidget(add)
        column.addLayout(row)
        self.checklist.setMinimumHeight(150)
        return box

    def add_document(self, name: str, checked: bool = True) -> None:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.checklist.addItem(item)

    def _add_other(self) -> None:
        name = self.other_document.text().strip()
        if name:
            self.add_document(name)
            self.other_document.clear()

    def signed_documents(self) -> list[str]:
        items = (self.checklist.item(row) for row in range(self.checklist.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def submit(self) -> str:
        if self.correcting is not None:
            return correct_handover(
                self.actor, self.correcting.id, self.reason.text(), self._form()
            ).id
        return record_handover(self.actor, self.unit_id, self._form()).id

    def _form(self) -> HandoverInput:
        return HandoverInput(
            handover_date=self.handover_date.value(),
            owner_id=self.owner.currentData(),
            keys_handed=self.keys_handed.value(),
            key_notes=self.key_notes.text(),
            water_reading=self.water_reading.text(),
            electricity_reading=self.electricity_reading.text(),
            gas_reading=self.gas_reading.text(),
            checklist=self.signed_documents(),
            remarks=self.remarks.text(),
        )


def print_handover(parent: QWidget | None, handover_id: str) -> bool:
    return print_rendered(
        parent,
        lambda out: render_handover_form(handover_id, out),
        "handover.pdf",
        QCoreApplication.translate("HandoverDialog", "Print handover form"),
    )


def start_move_in(parent: QWidget | None, actor: Actor, unit_id: str) -> HandoverDialog | None:
    """Opens the move-in form; a unit already handed over offers its form for reprinting, or
    a correction of it."""
    done = handover_of_unit(actor, unit_id)
    if done is None:
        dialog = HandoverDialog(actor, unit_id, parent)
        dialog.open()
        return dialog
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("HandoverDialog", "Already handed over"))
    box.setText(
        QCoreApplication.translate(
            "HandoverDialog",
            "This unit was handed over on {date} (form {number}). Print its handover form "
            "again, or correct a mistake on it with a correction form?",
        ).format(date=done.handover_date.isoformat(), number=done.number)
    )
    reprint = box.addButton(
        QCoreApplication.translate("HandoverDialog", "&Print again"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    correct = box.addButton(
        QCoreApplication.translate("HandoverDialog", "&Correct…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is reprint:
        print_handover(parent, done.id)
    elif box.clickedButton() is correct:
        dialog = HandoverDialog(actor, unit_id, parent, correcting_id=done.id)
        dialog.open()
        return dialog
    return None
