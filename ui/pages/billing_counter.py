"""收款: pick a unit, tick what is paid, take one or several payment methods, confirm —
the receipt is issued in the same transaction and goes to print preview."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.money import amount_in_words, format_money, to_decimal
from app.services.accounts import Account, unit_account
from app.services.collection import (
    METHOD_NAMES,
    CollectRequest,
    Tender,
    collect,
    current_owner_names,
    prepay_quote,
)
from app.services.permissions import Actor, Cap
from ui.pages.billing_adjust import RefundDialog, WaiveDialog
from ui.widgets.form import ErrorLabel
from ui.widgets.unit_picker import UnitPicker

COUNTER_METHODS = ("cash", "wechat", "alipay", "card", "transfer")


def _money_or_zero(text: str) -> Decimal:
    try:
        return to_decimal(text) if text.strip() else Decimal("0")
    except (TypeError, ValueError):
        return Decimal("0")


class CounterTab(QWidget):
    receipt_issued = Signal(str)  # receipt id

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.unit_id: str | None = None
        self.account: Account | None = None
        self.picker = UnitPicker(actor)
        self.picker.unit_chosen.connect(self.load_unit)
        self.unit_label = QLabel()
        self.unit_label.setObjectName("unit_summary")
        self.charges = QTableWidget(0, 6)
        self.charges.setObjectName("open_charges")
        self.charges.setHorizontalHeaderLabels(
            [
                self.tr("Pay"),
                self.tr("Period"),
                self.tr("Item"),
                self.tr("Outstanding"),
                self.tr("Late fee"),
                self.tr("Note"),
            ]
        )
        self.charges.verticalHeader().setVisible(False)
        self.charges.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Columns fit their text; the note takes the rest, with or without rows.
        header = self.charges.horizontalHeader()
        for col in range(header.count()):
            wide = col == 5
            header.setSectionResizeMode(
                col,
                QHeaderView.ResizeMode.Stretch if wide else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.charges.itemChanged.connect(lambda _i: self.update_total())
        self.prepay = QSpinBox()
        self.prepay.setObjectName("prepay_months")
        self.prepay.setRange(0, 60)
        self.prepay.setSuffix(self.tr(" months"))
        self.prepay.valueChanged.connect(lambda _v: self.update_total())
        self.credit = QLineEdit()
        self.credit.setObjectName("keep_as_credit")
        self.credit.setPlaceholderText("0.00")
        self.credit.textChanged.connect(lambda _t: self.update_total())
        self.tenders: dict[str, QLineEdit] = {}
        self.total_label = QLabel()
        self.total_label.setObjectName("total_due")
        self.total_label.setStyleSheet("font-size: 20px; font-weight: 600; color: #c62828;")
        self.words_label = QLabel()
        self.words_label.setObjectName("total_words")
        self.change_label = QLabel()
        self.change_label.setObjectName("change")
        self.error = ErrorLabel()
        self.confirm = QPushButton(self.tr("&Collect and print receipt"))
        self.confirm.setObjectName("confirm_collect")
        self.confirm.setDefault(True)
        self.confirm.clicked.connect(self.confirm_collect)
        self.waive_button = QPushButton(self.tr("&Waive…"))
        self.waive_button.setObjectName("waive_charge")
        self.waive_button.setVisible(actor.can(Cap.BILLING_WAIVE))
        self.waive_button.clicked.connect(self.waive_selected)
        self.refund_button = QPushButton(self.tr("&Refund…"))
        self.refund_button.setObjectName("refund_credit")
        self.refund_button.setVisible(False)
        self.refund_button.clicked.connect(self.refund)
        self._layout()
        self.update_total()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Unit")))
        top.addWidget(self.picker, 2)
        top.addWidget(self.unit_label, 3)
        extra = QFormLayout()
        extra.addRow(self.tr("Pay ahead"), self.prepay)
        extra.addRow(self.tr("Prepay amount"), self.credit)
        pay_box = QGroupBox(self.tr("Payment"))
        grid = QGridLayout(pay_box)
        for row, method in enumerate(COUNTER_METHODS):
            edit = QLineEdit()
            edit.setObjectName(f"tender_{method}")
            edit.setPlaceholderText("0.00")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.textChanged.connect(lambda _t: self.update_total())
            self.tenders[method] = edit
            grid.addWidget(QLabel(METHOD_NAMES[method]), row, 0)
            grid.addWidget(edit, row, 1)
        grid.addWidget(self.change_label, len(COUNTER_METHODS), 0, 1, 2)
        side = QVBoxLayout()
        side.addLayout(extra)
        side.addWidget(pay_box)
        side.addWidget(self.total_label)
        side.addWidget(self.words_label)
        side.addWidget(self.error)
        side.addWidget(self.confirm)
        adjust = QHBoxLayout()
        adjust.addWidget(self.waive_button)
        adjust.addWidget(self.refund_button)
        side.addLayout(adjust)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.charges, 3)
        middle.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle)

    def load_unit(self, unit_id: str, code: str) -> None:
        self.unit_id = unit_id
        try:
            self.account = unit_account(self.actor, unit_id)
        except UserError as exc:
            self.error.show_error(exc)
            return
        owners = current_owner_names(unit_id) or self.tr("(no owner)")
        self.unit_label.setText(
            self.tr("{code} · {owners} · owes {owed} · prepaid {credit}").format(
                code=code,
                owners=owners,
                owed=format_money(self.account.owed),
                credit=format_money(self.account.credit),
            )
        )
        self._fill_charges()
        self.prepay.setValue(0)
        self.credit.clear()
        for edit in self.tenders.values():
            edit.clear()
        self.error.clear_error()
        self.refund_button.setVisible(
            self.actor.can(Cap.BILLING_REFUND) and self.account.credit > 0
        )
        self.update_total()

    def _fill_charges(self) -> None:
        self.charges.blockSignals(True)
        charges = self.account.charges if self.account else []
        self.charges.setRowCount(len(charges))
        for row, charge in enumerate(charges):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked)
            tick.setData(Qt.ItemDataRole.UserRole, charge.id)
            self.charges.setItem(row, 0, tick)
            values = (
                charge.period,
                charge.fee_item,
                format_money(charge.outstanding),
                format_money(charge.late_fee) if charge.late_fee else "",
                charge.description,
            )
            for col, text in enumerate(values, 1):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long note (期初欠费 …) is cut at the column's edge
                if col in (3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.charges.setItem(row, col, item)
        self.charges.blockSignals(False)

    def chosen_ids(self) -> list[str]:
        return [
            self.charges.item(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(self.charges.rowCount())
            if self.charges.item(r, 0).checkState() == Qt.CheckState.Checked
        ]

    def amount_due(self) -> Decimal:
        if not self.account:
            return Decimal("0.00")
        chosen = set(self.chosen_ids())
        due = sum(
            (c.outstanding + c.late_fee for c in self.account.charges if c.id in chosen),
            Decimal("0.00"),
        )
        if self.prepay.value() and self.unit_id:
            due += prepay_quote(self.actor, self.unit_id, self.prepay.value())
        return due + _money_or_zero(self.credit.text())

    def update_total(self) -> None:
        due = self.amount_due()
        self.total_label.setText(self.tr("Due: {amount}").format(amount=format_money(due)))
        self.words_label.setText(
            self.tr("In words: {words}").format(words=amount_in_words(due) if due >= 0 else "")
        )
        handed = sum((_money_or_zero(e.text()) for e in self.tenders.values()), Decimal("0"))
        change = handed - due
        self.change_label.setText(
            self.tr("Change: {amount}").format(amount=format_money(change))
            if change > 0 and due
            else ""
        )

    def confirm_collect(self) -> None:
        if not self.unit_id:
            self.picker.setFocus()
            return
        tenders = [Tender(m, e.text()) for m, e in self.tenders.items() if e.text().strip()]
        if not tenders and self.amount_due():  # one-click cash for the exact amount
            tenders = [Tender("cash", str(self.amount_due()))]
        request = CollectRequest(
            self.unit_id,
            self.chosen_ids(),
            tenders,
            prepay_months=self.prepay.value(),
            keep_as_credit=self.credit.text().strip() or "0",
        )
        try:
            receipt = collect(self.actor, request)
        except UserError as exc:
            self.error.show_error(
                exc,
                {
                    "amount": self.tenders["cash"],
                    "prepay_months": self.prepay,
                    "keep_as_credit": self.credit,
                },
            )
            return
        self.receipt_issued.emit(receipt.id)
        self.load_unit(self.unit_id, self.picker.text())

    def reload(self) -> None:
        if self.unit_id:
            self.load_unit(self.unit_id, self.picker.text())

    def waive_dialog(self) -> WaiveDialog | None:
        row = self.charges.currentRow()
        if not self.account or not 0 <= row < len(self.account.charges):
            return None
        charge = self.account.charges[row]
        label = f"{charge.period} {charge.fee_item}"
        return WaiveDialog(self.actor, charge.id, label, charge.outstanding, self)

    def waive_selected(self) -> None:
        dialog = self.waive_dialog()
        if dialog and dialog.exec():
            self.reload()

    def refund_dialog(self) -> RefundDialog | None:
        if not self.account or not self.unit_id or self.account.credit <= 0:
            return None
        return RefundDialog(self.actor, self.unit_id, self.account.credit, self)

    def refund(self) -> None:
        dialog = self.refund_dialog()
        if dialog and dialog.exec():
            self.reload()
