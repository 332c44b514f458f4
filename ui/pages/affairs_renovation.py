"""装修管理: renovations from application to deposit settlement; the chosen one's charges and
inspections underneath. The rules live in app.services.renovations / renovation_deposit."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.money import format_money, to_decimal
from app.services import renovation_deposit, renovations
from app.services.collection import METHOD_NAMES
from app.services.permissions import Actor, Cap
from app.services.renovation_deposit import Deduction
from app.services.renovations import Application, ChargeLine
from app.services.unit_facts import office_today
from ui.dialogs.errors import attempt, show_error
from ui.dialogs.form_dialog import FormDialog
from ui.models.list_model import ListTableModel
from ui.models.query_table_model import Column
from ui.pages.affairs_common import SelectsById, label, log_table, selected_row
from ui.widgets.dates import DateEdit, OptionalDateEdit
from ui.widgets.export_button import ExportButton
from ui.widgets.filter_edit import filter_edit
from ui.widgets.table import RIGHT, configure_table
from ui.widgets.unit_picker import UnitPicker

METHODS = ("cash", "wechat", "alipay", "card", "transfer")
OVERDUE = "overdue"  # the status filter's extra entry


def _method_combo() -> QComboBox:
    combo = QComboBox()
    for method in METHODS:
        combo.addItem(METHOD_NAMES[method], method)
    return combo


class ApplicationDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.unit_id = ""
        self.setWindowTitle(self.tr("Renovation application"))
        self.picker = UnitPicker(actor)
        self.picker.unit_chosen.connect(lambda unit_id, _code: setattr(self, "unit_id", unit_id))
        self.add_row(self.tr("Unit"), "unit_id", self.picker)
        self.applicant = self.add_row(self.tr("Applicant"), "applicant", QLineEdit())
        self.phone = self.add_row(self.tr("Phone"), "phone", QLineEdit())
        self.contractor = self.add_row(self.tr("Contractor"), "contractor", QLineEdit())
        self.contractor_phone = self.add_row(
            self.tr("Contractor's phone"), "contractor_phone", QLineEdit()
        )
        self.site_manager = self.add_row(self.tr("Site manager"), "site_manager", QLineEdit())
        self.workers = self.add_row(self.tr("Workers (one per line)"), "workers", QPlainTextEdit())
        self.workers.setMaximumHeight(80)
        self.scope = self.add_row(self.tr("Scope of works"), "scope", QPlainTextEdit())
        self.scope.setMaximumHeight(80)
        today = office_today()
        self.start = self.add_row(self.tr("Planned start"), "planned_start", DateEdit(today))
        self.end = self.add_row(self.tr("Planned end"), "planned_end", DateEdit(today))

    def submit(self) -> str:
        data = Application(
            unit_id=self.unit_id,
            applicant=self.applicant.text(),
            phone=self.phone.text(),
            contractor=self.contractor.text(),
            contractor_phone=self.contractor_phone.text(),
            site_manager=self.site_manager.text(),
            workers=self.workers.toPlainText(),
            scope=self.scope.toPlainText(),
            planned_start=self.start.value(),
            planned_end=self.end.value(),
        )
        return renovations.apply_renovation(self.actor, data).id


class ApprovalDialog(FormDialog):
    """The deposit and fees to raise, at today's rates unless the manager types others."""

    def __init__(self, actor: Actor, renovation_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.renovation_id = renovation_id
        self.setWindowTitle(self.tr("Approve the renovation"))
        grid = QGridLayout()
        self.lines: list[tuple[str, QCheckBox, QLineEdit]] = []
        for row, choice in enumerate(renovations.renovation_fee_items(actor)):
            box = QCheckBox(choice.name)
            box.setChecked(True)
            amount = QLineEdit(str(choice.price))
            amount.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(box, row, 0)
            grid.addWidget(amount, row, 1)
            self.lines.append((choice.id, box, amount))
        holder = QWidget()
        holder.setLayout(grid)
        self.add_row(self.tr("Charges"), "charges", holder)
        self.note = self.add_row(self.tr("Note"), "note", QLineEdit())

    def submit(self) -> str:
        lines = [
            ChargeLine(item_id, amount.text())
            for item_id, box, amount in self.lines
            if box.isChecked()
        ]
        row = renovations.approve_renovation(
            self.actor, self.renovation_id, lines, self.note.text()
        )
        return row.id


class CollectDialog(FormDialog):
    def __init__(self, actor: Actor, renovation_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.renovation_id = renovation_id
        self.receipt_id = ""
        self.setWindowTitle(self.tr("Collect the deposit and fees"))
        owed = renovations.charges_of(renovation_id)
        self.add_row(self.tr("Amount due"), "due", QLabel(format_money(owed.due)))
        self.method = self.add_row(self.tr("Paid by"), "method", _method_combo())
        self.payer = self.add_row(self.tr("Payer"), "payer", QLineEdit())

    def submit(self) -> str:
        receipt = renovation_deposit.collect_renovation_fees(
            self.actor, self.renovation_id, self.method.currentData(), self.payer.text()
        )
        self.receipt_id = receipt.id
        return self.renovation_id


class InspectionDialog(FormDialog):
    def __init__(self, actor: Actor, renovation_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.renovation_id = renovation_id
        self.setWindowTitle(self.tr("Inspection"))
        self.findings = self.add_row(self.tr("Findings"), "findings", QPlainTextEdit())
        self.findings.setMaximumHeight(80)
        self.violation = self.add_row(self.tr("Violation (empty: none)"), "violation", QLineEdit())
        self.rectify_by = self.add_row(self.tr("Put right by"), "rectify_by", OptionalDateEdit())

    def submit(self) -> str:
        inspection = renovations.record_inspection(
            self.actor,
            self.renovation_id,
            findings=self.findings.toPlainText(),
            violation=self.violation.text(),
            rectify_by=self.rectify_by.value(),
        )
        return inspection.id


class SettlementDialog(FormDialog):
    """Itemised deductions; the refund is what remains of the deposit paid."""

    def __init__(
        self, actor: Actor, renovation_id: str, deposit: Decimal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.actor = actor
        self.renovation_id = renovation_id
        self.deposit = deposit
        self.setWindowTitle(self.tr("Settle the deposit"))
        self.add_row(self.tr("Deposit paid"), "deposit", QLabel(format_money(deposit)))
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("deductions_table")
        self.table.setHorizontalHeaderLabels([self.tr("Deducted for"), self.tr("Amount")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.itemChanged.connect(lambda _i: self._update_refund())
        add = QPushButton(self.tr("&Add a deduction"))
        add.setObjectName("add_deduction")
        add.clicked.connect(lambda: self.add_deduction())
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addWidget(add, alignment=Qt.AlignmentFlag.AlignLeft)
        self.add_row(self.tr("Deductions"), "deductions", self.table, box)
        self.refund_label = self.add_row(self.tr("Refund"), "refund", QLabel())
        self.method = self.add_row(self.tr("Refund by"), "method", _method_combo())
        self.setMinimumWidth(520)
        self._update_refund()

    def add_deduction(self, reason: str = "", amount: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(reason))
        self.table.setItem(row, 1, QTableWidgetItem(amount))

    def deductions(self) -> list[Deduction]:
        lines = []
        for row in range(self.table.rowCount()):
            reason = self.table.item(row, 0).text() if self.table.item(row, 0) else ""
            amount = self.table.item(row, 1).text() if self.table.item(row, 1) else ""
            if reason.strip() or amount.strip():
                lines.append(Deduction(reason, amount))
        return lines

    def _update_refund(self) -> None:
        try:
            kept = sum((to_decimal(d.amount or "0") for d in self.deductions()), Decimal(0))
        except (TypeError, ValueError):
            self.refund_label.setText("—")
            return
        self.refund_label.setText(format_money(self.deposit - kept))

    def submit(self) -> str:
        settlement = renovation_deposit.settle_deposit(
            self.actor, self.renovation_id, self.deductions(), self.method.currentData()
        )
        return settlement.id


class RenovationsTab(SelectsById, QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.search = filter_edit(
            self, "renovation_filter", self.tr("Unit or number"), lambda: self.apply_filter()
        )
        self.status = QComboBox()
        self.status.setObjectName("renovation_status")
        self.status.addItem(self.tr("All"), "")
        self.status.addItem(self.tr("Overdue"), OVERDUE)
        for code in ("applied", "approved", "in_progress", "accepted", "settled", "rejected"):
            self.status.addItem(label(code), code)
        sort = renovations.RENOVATION_SORT
        columns = [
            Column("number", self.tr("Number"), sort["number"]),
            Column("unit_code", self.tr("Unit"), sort["unit_code"]),
            Column("owner_name", self.tr("Owner")),
            Column("contractor", self.tr("Contractor")),
            Column("planned_start", self.tr("Start")),
            Column("planned_end", self.tr("Planned end"), sort["planned_end"]),
            Column("status", self.tr("Status"), sort["status"], format=label),
            Column("permit_number", self.tr("Permit")),
            Column("violations", self.tr("Violations"), align=RIGHT),
            Column("accepted_on", self.tr("Accepted")),
        ]
        self.model, self.table = log_table(
            self, "renovations_table", columns, lambda: renovations.renovations_query(actor)
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_details())
        self.charges = ListTableModel(
            [
                (self.tr("Charge"), lambda c: c.description),
                (self.tr("Amount"), lambda c: format_money(c.amount)),
                (self.tr("Paid"), lambda c: format_money(c.settled)),
            ],
            self,
        )
        self.inspections = ListTableModel(
            [
                (self.tr("Inspected"), lambda i: i.inspected_on.isoformat()),
                (self.tr("By"), lambda i: i.inspector),
                (self.tr("Findings"), lambda i: i.findings),
                (self.tr("Violation"), lambda i: i.violation),
                (
                    self.tr("Put right by"),
                    lambda i: i.rectify_by.isoformat() if i.rectify_by else "",
                ),
                (
                    self.tr("Put right"),
                    lambda i: i.rectified_on.isoformat() if i.rectified_on else "",
                ),
            ],
            self,
        )
        self.charges_table = QTableView()
        self.charges_table.setObjectName("renovation_charges")
        configure_table(self.charges_table, self.charges)
        self.charges_table.setSortingEnabled(False)
        self.inspections_table = QTableView()
        self.inspections_table.setObjectName("renovation_inspections")
        configure_table(self.inspections_table, self.inspections)
        self.inspections_table.setSortingEnabled(False)
        self._build_buttons()
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status)
        filters.addStretch(1)
        filters.addWidget(ExportButton(actor, self.table, self.tr("Renovations"), self))
        details = QSplitter()
        details.addWidget(self.charges_table)
        details.addWidget(self.inspections_table)
        details.setStretchFactor(0, 1)
        details.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(self.buttons_row)
        layout.addWidget(split)

    def _build_buttons(self) -> None:
        can = self.actor.can
        specs = (
            ("apply_renovation", self.tr("&Application…"), self.open_apply, Cap.AFFAIRS_EDIT),
            ("approve_renovation", self.tr("Appro&ve…"), self.open_approve, Cap.RENOVATION_APPROVE),
            (
                "reject_renovation",
                self.tr("Re&ject…"),
                self.reject_selected,
                Cap.RENOVATION_APPROVE,
            ),
            ("collect_renovation", self.tr("&Collect…"), self.open_collect, Cap.BILLING_COLLECT),
            ("issue_permit", self.tr("Issue &permit"), self.issue_permit, Cap.AFFAIRS_EDIT),
            ("print_permit", self.tr("P&rint permit…"), self.print_permit, Cap.AFFAIRS_VIEW),
            ("inspect_renovation", self.tr("&Inspection…"), self.open_inspection, Cap.AFFAIRS_EDIT),
            ("rectified", self.tr("Put righ&t"), self.mark_rectified, Cap.AFFAIRS_EDIT),
            (
                "accept_renovation",
                self.tr("Acc&eptance…"),
                self.accept_selected,
                Cap.RENOVATION_APPROVE,
            ),
            (
                "settle_deposit",
                self.tr("Settle &deposit…"),
                self.open_settle,
                Cap.RENOVATION_APPROVE,
            ),
            (
                "print_settlement",
                self.tr("Print sett&lement…"),
                self.print_settlement,
                Cap.AFFAIRS_VIEW,
            ),
        )
        self.buttons: dict[str, QPushButton] = {}
        self.buttons_row = QHBoxLayout()
        for name, text, slot, capability in specs:
            button = QPushButton(text)
            button.setObjectName(name)
            button.setVisible(can(capability))
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self.buttons[name] = button
            self.buttons_row.addWidget(button)
        self.buttons_row.addStretch(1)

    # --- list --------------------------------------------------------------------------

    def apply_filter(self) -> None:
        text, status = self.search.text(), self.status.currentData()
        overdue = office_today() if status == OVERDUE else None
        status = "" if status == OVERDUE else status
        self.model.set_filter(
            lambda q: renovations.filter_renovations(q, text, status, overdue_on=overdue)
        )
        self._show_details()

    def refresh(self) -> None:
        chosen = self.selected_id()
        self.model.refresh()
        if chosen:
            self.select_id(chosen)
        self._show_details()

    def _show_details(self) -> None:
        chosen = self.selected_id()
        self.charges.set_items(renovations.charges_of(chosen).charges if chosen else [])
        self.inspections.set_items(renovations.inspections_of(self.actor, chosen) if chosen else [])

    def _saved(self, _id: str) -> None:
        self.refresh()

    def _open(self, dialog: FormDialog) -> FormDialog:
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _act(self, action: object, *args: object) -> bool:
        chosen = self.selected_id()
        if not chosen:
            return False
        if not attempt(self, lambda: action(self.actor, chosen, *args)):
            return False
        self.refresh()
        return True

    # --- steps -------------------------------------------------------------------------

    def open_apply(self) -> ApplicationDialog:
        dialog = ApplicationDialog(self.actor, self)
        dialog.saved.connect(lambda rid: (self.refresh(), self.select_id(rid)))
        dialog.open()
        return dialog

    def open_approve(self) -> FormDialog | None:
        chosen = self.selected_id()
        return self._open(ApprovalDialog(self.actor, chosen, self)) if chosen else None

    def reject_selected(self, reason: str | None = None) -> bool:
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Reject"), self.tr("Reason:"))
            if not ok:
                return False
        return self._act(renovations.reject_renovation, reason)

    def open_collect(self) -> FormDialog | None:
        chosen = self.selected_id()
        return self._open(CollectDialog(self.actor, chosen, self)) if chosen else None

    def issue_permit(self) -> bool:
        return self._act(renovations.issue_permit)

    def open_inspection(self) -> FormDialog | None:
        chosen = self.selected_id()
        return self._open(InspectionDialog(self.actor, chosen, self)) if chosen else None

    def mark_rectified(self) -> bool:
        row = selected_row(self.inspections_table)
        if row is None:
            return False
        if not attempt(
            self, lambda: renovations.mark_rectified(self.actor, self.inspections.item(row).id)
        ):
            return False
        self.refresh()
        return True

    def accept_selected(self, note: str | None = None) -> bool:
        if note is None:
            note, ok = QInputDialog.getText(
                self, self.tr("Completion acceptance"), self.tr("Acceptance note:")
            )
            if not ok:
                return False
        return self._act(renovations.accept_completion, note)

    def open_settle(self) -> FormDialog | None:
        chosen = self.selected_id()
        if not chosen:
            return None
        deposit = renovation_deposit.deposit_held(chosen)
        return self._open(SettlementDialog(self.actor, chosen, deposit, self))

    def print_permit(self) -> bool:
        return self._print("permit")

    def print_settlement(self) -> bool:
        return self._print("settlement")

    def _print(self, which: str) -> bool:
        chosen = self.selected_id()
        if not chosen:
            return False
        from reports.renovation_docs import render_permit, render_settlement
        from ui.pdf_preview import print_document

        row = renovations.get_renovation(self.actor, chosen)
        render = render_permit if which == "permit" else render_settlement
        try:
            return print_document(
                self,
                lambda out: render(chosen, out),
                f"{row.number}-{which}.pdf",
                self.tr("Renovation {number}").format(number=row.number),
            )
        except UserError as exc:
            show_error(self, exc)
            return False
