"""费用报销: claims with their lines, the manager's approval, payment, the PDF form, scanned
bills, and the month's total by category. The rules live in app.services.expenses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.money import format_money
from app.services import expenses
from app.services.collection import METHOD_NAMES
from app.services.expenses import Category, LineInput
from app.services.periods import period_of
from app.services.permissions import Actor, Cap
from app.services.unit_facts import office_today
from ui.dialogs.attachments_tab import AttachmentsTab
from ui.dialogs.errors import attempt
from ui.dialogs.form_dialog import FormDialog, code_combo
from ui.models.list_model import ListTableModel
from ui.models.query_table_model import Column
from ui.pages.affairs_common import SelectsById, log_table, selected_row
from ui.widgets.dates import DateEdit
from ui.widgets.export_button import ExportButton
from ui.widgets.filter_edit import filter_edit
from ui.widgets.table import RIGHT, configure_table

_LABELS = {
    Category.OFFICE: QT_TRANSLATE_NOOP("expenses", "Office supplies"),
    Category.TRANSPORT: QT_TRANSLATE_NOOP("expenses", "Transport"),
    Category.PHONE: QT_TRANSLATE_NOOP("expenses", "Phone and internet"),
    Category.HOSPITALITY: QT_TRANSLATE_NOOP("expenses", "Hospitality"),
    Category.MATERIALS: QT_TRANSLATE_NOOP("expenses", "Repair materials"),
    Category.EVENTS: QT_TRANSLATE_NOOP("expenses", "Community events"),
    Category.POSTAGE: QT_TRANSLATE_NOOP("expenses", "Postage"),
    Category.OTHER: QT_TRANSLATE_NOOP("expenses", "Other"),
    "submitted": QT_TRANSLATE_NOOP("expenses", "Waiting for approval"),
    "approved": QT_TRANSLATE_NOOP("expenses", "Approved, to pay"),
    "rejected": QT_TRANSLATE_NOOP("expenses", "Returned"),
    "paid": QT_TRANSLATE_NOOP("expenses", "Paid"),
}
METHODS = ("cash", "wechat", "alipay", "card", "transfer")


def label(code: str) -> str:
    return QCoreApplication.translate("expenses", _LABELS.get(code, code))


class ClaimDialog(FormDialog):
    """A claim and its lines; every line needs a category, what, when and how much."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("New expense claim"))
        self.claimant = self.add_row(self.tr("Claimant"), "claimant", QLineEdit(actor.display_name))
        self.purpose = self.add_row(self.tr("Purpose"), "purpose", QLineEdit())
        self.claim_date = self.add_row(self.tr("Claim date"), "claim_date", DateEdit())
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("claim_lines")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                self.tr("What"),
                self.tr("Spent on"),
                self.tr("Amount"),
                self.tr("Bills"),
            ]
        )
        self.table.setColumnWidth(1, 200)
        self.table.setColumnWidth(2, 120)
        add = QPushButton(self.tr("&Add a line"))
        add.setObjectName("add_claim_line")
        add.clicked.connect(lambda: self.add_line())
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addWidget(add, alignment=Qt.AlignmentFlag.AlignLeft)
        self.add_row(self.tr("Lines"), "lines", self.table, box)
        self.setMinimumWidth(720)

    def add_line(
        self, category: str = Category.OFFICE, what: str = "", amount: str = "", bills: int = 1,
        spent_on: date | None = None,
    ) -> None:  # fmt: skip
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = code_combo(Category.ALL, label)
        combo.setCurrentIndex(combo.findData(category))
        self.table.setCellWidget(row, 0, combo)
        self.table.setCellWidget(row, 1, QLineEdit(what))
        self.table.setCellWidget(row, 2, DateEdit(spent_on))
        self.table.setCellWidget(row, 3, QLineEdit(amount))
        count = QSpinBox()
        count.setRange(0, 99)
        count.setValue(bills)
        self.table.setCellWidget(row, 4, count)

    def lines(self) -> list[LineInput]:
        cell = self.table.cellWidget
        return [
            LineInput(
                cell(row, 0).currentData(),  # type: ignore[union-attr]
                cell(row, 1).text(),  # type: ignore[union-attr]
                cell(row, 2).value(),  # type: ignore[union-attr]
                cell(row, 3).text(),  # type: ignore[union-attr]
                cell(row, 4).value(),  # type: ignore[union-attr]
            )
            for row in range(self.table.rowCount())
        ]

    def submit(self) -> str:
        claim = expenses.submit_claim(
            self.actor,
            claimant=self.claimant.text(),
            purpose=self.purpose.text(),
            claim_date=self.claim_date.value(),
            lines=self.lines(),
        )
        return claim.id


class ExpensesTab(SelectsById, QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.search = filter_edit(
            self, "claim_filter", self.tr("Claimant or number"), lambda: self.apply_filter()
        )
        self.status = QComboBox()
        self.status.setObjectName("claim_status")
        self.status.addItem(self.tr("All"), "")
        for code in ("submitted", "approved", "rejected", "paid"):
            self.status.addItem(label(code), code)
        sort = expenses.CLAIM_SORT
        columns = [
            Column("number", self.tr("Number"), sort["number"]),
            Column("claim_date", self.tr("Date"), sort["claim_date"]),
            Column("claimant", self.tr("Claimant"), sort["claimant"]),
            Column("purpose", self.tr("Purpose")),
            Column("total", self.tr("Amount"), sort["total"], RIGHT, format=format_money),
            Column("status", self.tr("Status"), sort["status"], format=label),
            Column("decided_by", self.tr("Approved by")),
            Column("paid_on", self.tr("Paid on")),
        ]
        self.model, self.table = log_table(
            self, "claims_table", columns, lambda: expenses.claims_query(actor)
        )
        self.period = QLineEdit(period_of(office_today()))
        self.period.setObjectName("claims_period")
        self.period.setMaximumWidth(90)
        self.period.editingFinished.connect(self.show_month)
        self.month = ListTableModel(
            [
                (self.tr("Category"), lambda r: label(r[0])),
                (self.tr("Paid"), lambda r: format_money(r[1])),
            ],
            self,
        )
        self.month_table = QTableView()
        self.month_table.setObjectName("claims_by_category")
        configure_table(self.month_table, self.month)
        self.month_table.setSortingEnabled(False)
        self.month_total = QLabel()
        self.month_total.setObjectName("claims_month_total")
        self._build_buttons()
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status)
        bar.addStretch(1)
        for button in self.buttons.values():
            bar.addWidget(button)
        bar.addWidget(ExportButton(actor, self.table, self.tr("Expense claims"), self))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        month_row = QHBoxLayout()
        month_row.addWidget(QLabel(self.tr("Paid in month")))
        month_row.addWidget(self.period)
        month_row.addStretch(1)
        side_layout.addLayout(month_row)
        side_layout.addWidget(self.month_table)
        side_layout.addWidget(self.month_total)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split)

    def _build_buttons(self) -> None:
        specs = (
            ("new_claim", self.tr("&New claim…"), self.open_new, Cap.EXPENSE_CLAIM),
            ("approve_claim", self.tr("&Approve"), self.approve_selected, Cap.EXPENSE_APPROVE),
            ("return_claim", self.tr("&Return…"), self.return_selected, Cap.EXPENSE_APPROVE),
            ("pay_claim", self.tr("&Paid…"), self.pay_selected, Cap.EXPENSE_PAY),
            ("claim_bills", self.tr("Scanned &bills…"), self.open_bills, Cap.EXPENSE_CLAIM),
            ("print_claim", self.tr("Pr&int…"), self.print_selected, Cap.EXPENSE_CLAIM),
        )
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot, capability in specs:
            button = QPushButton(text)
            button.setObjectName(name)
            button.setVisible(self.actor.can(capability))
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self.buttons[name] = button

    def apply_filter(self) -> None:
        text, status = self.search.text(), self.status.currentData()
        self.model.set_filter(lambda q: expenses.filter_claims(q, text, status))

    def refresh(self) -> None:
        self.model.refresh()
        self.show_month()

    def show_month(self) -> None:
        try:
            totals = expenses.month_by_category(self.actor, self.period.text())
        except UserError as exc:
            self.month_total.setText(str(exc))
            return
        self.month.set_items(list(totals.items()))
        self.month_total.setText(
            self.tr("Total: {amount}").format(amount=format_money(sum(totals.values())))
        )

    def open_new(self) -> ClaimDialog:
        dialog = ClaimDialog(self.actor, self)
        dialog.add_line()
        dialog.saved.connect(lambda claim_id: (self.refresh(), self.select_id(claim_id)))
        dialog.open()
        return dialog

    def _act(self, action: object, *args: object) -> bool:
        chosen = self.selected_id()
        if not chosen:
            return False
        if not attempt(self, lambda: action(self.actor, chosen, *args)):
            return False
        self.refresh()
        self.select_id(chosen)
        return True

    def approve_selected(self) -> bool:
        return self._act(expenses.decide_claim, True, "")

    def return_selected(self, reason: str | None = None) -> bool:
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Return the claim"), self.tr("Reason:"))
            if not ok:
                return False
        return self._act(expenses.decide_claim, False, reason)

    def pay_selected(self, method: str | None = None) -> bool:
        if method is None:
            names = [METHOD_NAMES[m] for m in METHODS]
            name, ok = QInputDialog.getItem(
                self, self.tr("Pay the claim"), self.tr("Paid by:"), names, 0, False
            )
            if not ok:
                return False
            method = METHODS[names.index(name)]
        return self._act(expenses.pay_claim, method)

    def open_bills(self) -> QDialog | None:
        chosen = self.selected_id()
        if not chosen:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Scanned bills"))
        QVBoxLayout(dialog).addWidget(AttachmentsTab(self.actor, "expense_claim", chosen, dialog))
        dialog.resize(640, 360)
        dialog.open()
        return dialog

    def print_selected(self) -> bool:
        chosen = self.selected_id()
        if not chosen:
            return False
        from reports.expense_claim_pdf import render_claim
        from ui.pdf_preview import print_document

        number = self.model.row_dict(selected_row(self.table) or 0)["number"]
        return print_document(
            self,
            lambda out: render_claim(chosen, out),
            f"{number}.pdf",
            self.tr("Expense claim {number}").format(number=number),
        )
