"""减免 (waive part of a charge) and 退款 (refund prepaid credit) dialogs of the counter."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.money import format_money
from app.services import receipts
from app.services.collection import METHOD_NAMES
from app.services.permissions import Actor
from ui.dialogs.form_dialog import FormDialog

REFUND_METHODS = ("cash", "wechat", "alipay", "card", "transfer")


class _AmountDialog(FormDialog):
    def __init__(self, title: str, info: str, amount: Decimal, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form.addRow(QLabel(info))
        self.amount = self.add_row(self.tr("Amount"), "amount", QLineEdit(str(amount)))
        self.reason = self.add_row(self.tr("Reason"), "reason", QLineEdit())

    def apply(self) -> str:
        raise NotImplementedError

    def submit(self) -> str:
        return self.apply()


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

    def apply(self) -> str:
        return receipts.waive(self.actor, self.charge_id, self.amount.text(), self.reason.text()).id


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
        self.fields["method"] = self.method

    def apply(self) -> str:
        return receipts.refund_credit(
            self.actor,
            self.unit_id,
            self.amount.text(),
            self.method.currentData(),
            self.reason.text(),
        ).id
