"""减免 (waive part of a charge) and 退款 (refund prepaid credit) dialogs of the counter."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.money import format_money
from app.services import receipts
from app.services.collection import METHOD_NAMES
from app.services.permissions import Actor
from ui.widgets.form import ErrorLabel

REFUND_METHODS = ("cash", "wechat", "alipay", "card", "transfer")


class _AmountDialog(QDialog):
    def __init__(self, title: str, info: str, amount: Decimal, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.amount = QLineEdit(str(amount))
        self.amount.setObjectName("amount")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.error = ErrorLabel()
        self.form = QFormLayout()
        self.form.addRow(QLabel(info))
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def fields(self) -> dict[str, QWidget]:
        return {"amount": self.amount, "reason": self.reason}

    def apply(self) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        try:
            self.apply()
        except UserError as exc:
            self.error.show_error(exc, self.fields())
            return False
        self.accept()
        return True


class WaiveDialog(_AmountDialog):
    def __init__(
        self,
        actor: Actor,
        charge_id: str,
        label: str,
        outstanding: Decimal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Waive"),
            self.tr("{charge}: outstanding {amount}").format(
                charge=label, amount=format_money(outstanding)
            ),
            outstanding,
            parent,
        )
        self.actor, self.charge_id = actor, charge_id

    def apply(self) -> None:
        receipts.waive(self.actor, self.charge_id, self.amount.text(), self.reason.text())


class RefundDialog(_AmountDialog):
    def __init__(
        self, actor: Actor, unit_id: str, credit: Decimal, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Refund"),
            self.tr("Prepaid balance: {amount}").format(amount=format_money(credit)),
            credit,
            parent,
        )
        self.actor, self.unit_id = actor, unit_id
        self.method = QComboBox()
        self.method.setObjectName("method")
        for method in REFUND_METHODS:
            self.method.addItem(METHOD_NAMES[method], method)
        self.form.insertRow(2, self.tr("Paid back by"), self.method)

    def fields(self) -> dict[str, QWidget]:
        return {**super().fields(), "method": self.method}

    def apply(self) -> None:
        receipts.refund_credit(
            self.actor,
            self.unit_id,
            self.amount.text(),
            self.method.currentData(),
            self.reason.text(),
        )
