"""The 缴费 tab of a unit's record: what it owes now, its prepaid balance, its receipts."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.money import format_money
from app.services.accounts import unit_account
from app.services.permissions import Actor
from app.services.receipts import receipts_of_unit
from ui.dialogs.record_tables import fill_rows, record_table


class UnitPaymentsTab(QWidget):
    def __init__(self, actor: Actor, unit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.unit_id = actor, unit_id
        self.summary = QLabel()
        self.summary.setObjectName("account_summary")
        self.open = record_table(
            [self.tr("Period"), self.tr("Item"), self.tr("Outstanding"), self.tr("Due")],
            "unit_open_charges",
        )
        self.receipts = record_table(
            [
                self.tr("Number"),
                self.tr("Date"),
                self.tr("Amount"),
                self.tr("Paid by"),
                self.tr("Void"),
            ],
            "unit_receipts",
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Unpaid charges")))
        layout.addWidget(self.open)
        layout.addWidget(QLabel(self.tr("Receipts")))
        layout.addWidget(self.receipts)

    def reload(self) -> None:
        account = unit_account(self.actor, self.unit_id)
        self.summary.setText(
            self.tr("Owes {owed}; prepaid balance {credit}").format(
                owed=format_money(account.owed), credit=format_money(account.credit)
            )
        )
        fill_rows(
            self.open,
            [
                (c.period, c.fee_item, format_money(c.outstanding), c.due_date.isoformat())
                for c in account.charges
            ],
        )
        fill_rows(
            self.receipts,
            [
                (
                    r["number"],
                    str(r["business_date"]),
                    format_money(r["total"]),
                    r["methods_text"],
                    r["void_reason"] or "",
                )
                for r in receipts_of_unit(self.actor, self.unit_id)
            ],
        )
