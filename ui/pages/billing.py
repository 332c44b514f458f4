"""收费: the counter, receipts, monthly bills, meter readings, fee items, arrears, day close."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.permissions import Actor, Cap
from ui.pages.base import Page
from ui.pages.billing_arrears import ArrearsTab
from ui.pages.billing_bills import BillsTab
from ui.pages.billing_counter import CounterTab
from ui.pages.billing_day_close import DayCloseTab
from ui.pages.billing_readings import ReadingsTab
from ui.pages.billing_receipts import ReceiptsTab
from ui.pages.billing_setup import FeeSetupTab


class BillingPage(Page):
    key, icon_name, capability = "billing", "billing", Cap.BILLING_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Fees")

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.counter = CounterTab(actor)
        self.receipts = ReceiptsTab(actor)
        self.bills = BillsTab(actor)
        self.counter.receipt_issued.connect(self.print_new_receipt)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("billing_tabs")
        if actor.can(Cap.BILLING_COLLECT):
            self.tabs.addTab(self.counter, self.tr("Counter"))
        self.tabs.addTab(self.receipts, self.tr("Receipts"))
        self.tabs.addTab(self.bills, self.tr("Bills"))
        self.readings = ReadingsTab(actor)
        self.tabs.addTab(self.readings, self.tr("Meter readings"))
        self.setup = FeeSetupTab(actor)
        self.tabs.addTab(self.setup, self.tr("Fee items"))
        self.arrears = ArrearsTab(actor)
        self.tabs.addTab(self.arrears, self.tr("Arrears"))
        self.day_close = DayCloseTab(actor)
        if actor.can(Cap.BILLING_DAY_CLOSE):
            self.tabs.addTab(self.day_close, self.tr("Day close"))
        self.tabs.currentChanged.connect(self._tab_shown)
        QVBoxLayout(self).addWidget(self.tabs)
        self.print_on_issue = True  # tests switch the print preview off

    def _tab_shown(self, _index: int) -> None:
        widget = self.tabs.currentWidget()
        if hasattr(widget, "refresh"):
            widget.refresh()

    def print_new_receipt(self, receipt_id: str) -> None:
        self.receipts.refresh()
        if self.print_on_issue:
            from ui.printing import print_receipt

            print_receipt(self, self.actor, receipt_id)

    def on_shown(self) -> None:
        self._tab_shown(self.tabs.currentIndex())

    def show_view(self, view: str) -> None:
        """Opened from the 工作台: receipts, bills, arrears or fee items."""
        tab = {
            "receipts": self.receipts,
            "bills": self.bills,
            "arrears": self.arrears,
            "fee_items": self.setup,
        }.get(view)
        if tab is not None and self.tabs.indexOf(tab) >= 0:
            self.tabs.setCurrentWidget(tab)
