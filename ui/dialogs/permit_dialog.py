"""放行条: a move-out permit request; refused while the unit owes fees, unless a manager
overrides it with a written reason. The issued permit goes straight to the print preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.money import format_money
from app.services.move_out import ArrearsOwed, request_permit
from app.services.permissions import Actor, Cap
from app.services.units import unit_record
from app.validation import check_phone, normalize_plate
from reports.move_out_permit import render_move_out_permit
from ui.dialogs.document_printing import print_after_save, print_rendered
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.dates import DateEdit


class PermitDialog(FormDialog):
    def __init__(self, actor: Actor, unit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.unit_id = actor, unit_id
        self.setObjectName("permit_dialog")
        record = unit_record(actor, unit_id)
        self.setWindowTitle(self.tr("Move-out permit for {unit}").format(unit=record.code))
        self.applicant_name = self.add_row(self.tr("&Applicant"), "applicant_name", QLineEdit())
        if record.owners:
            self.applicant_name.setText(record.owners[0].name)
        self.applicant_phone = self.add_checked_row(
            self.tr("&Phone"),
            "applicant_phone",
            QLineEdit(),
            check_phone,
            self.tr(
                "Enter a mobile number (13812345678) or a landline with its area code "
                "(0755-12345678)."
            ),
        )
        self.items = self.add_row(self.tr("&Items"), "items", QPlainTextEdit())
        self.items.setPlaceholderText(self.tr("What leaves the estate, e.g. one sofa, two boxes"))
        self.items.setTabChangesFocus(True)
        self.items.setFixedHeight(90)
        self.plate = self.add_checked_row(
            self.tr("&Vehicle plate"),
            "plate",
            QLineEdit(),
            normalize_plate,
            self.tr("Enter a plate such as 粤B12345, or leave it empty for a hand cart."),
        )
        self.plate.setPlaceholderText(self.tr("Optional"))
        self.planned_date = self.add_row(self.tr("Planned &date"), "planned_date", DateEdit())
        self.arrears = self.add_row(self.tr("Arrears"), "arrears", QLabel())
        self.arrears.setStyleSheet("color: #c62828; font-weight: bold;")
        self.override_reason = self.add_row(
            self.tr("Manager's &override reason"), "override_reason", QLineEdit()
        )
        self.override_reason.setPlaceholderText(
            self.tr("Why the goods may leave although fees are owed")
        )
        self.manager_note = QLabel(
            self.tr(
                "Only a manager can issue a permit while fees are owed. Collect the fees first, "
                "or ask the manager to override."
            )
        )
        self.manager_note.setObjectName("manager_note")
        self.manager_note.setWordWrap(True)
        self.form.addRow("", self.manager_note)
        self.owed = None
        for name in ("arrears", "override_reason"):
            self.set_row_visible(name, False)
        self.form.setRowVisible(self.manager_note, False)
        print_after_save(self, print_permit)
        self.setMinimumWidth(480)

    @property
    def overriding(self) -> bool:
        return self.form.isRowVisible(self.override_reason)

    def submit(self) -> str:
        try:
            permit = request_permit(
                self.actor,
                self.unit_id,
                self.applicant_name.text(),
                self.applicant_phone.text(),
                self.items.toPlainText(),
                self.plate.text(),
                self.planned_date.value(),
                override_reason=self.override_reason.text() if self.overriding else None,
            )
        except ArrearsOwed as exc:
            self._show_arrears(exc)
            raise
        return permit.id

    def _show_arrears(self, error: ArrearsOwed) -> None:
        self.owed = error.owed
        self.arrears.setText(format_money(error.owed))
        self.set_row_visible("arrears", True)
        may_override = self.actor.can(Cap.PERMIT_OVERRIDE)
        self.set_row_visible("override_reason", may_override)
        self.form.setRowVisible(self.manager_note, not may_override)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(may_override)


def print_permit(parent: QWidget | None, permit_id: str) -> bool:
    return print_rendered(
        parent,
        lambda out: render_move_out_permit(permit_id, out),
        "permit.pdf",
        QCoreApplication.translate("PermitDialog", "Print move-out permit"),
    )
