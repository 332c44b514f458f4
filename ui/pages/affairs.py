"""事务: the office's daily procedures, one tab each — mail and parcels, visitors and
receptions, notices, renovations, community events, expense claims, staff appraisal
(manager)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.permissions import Actor, Cap
from ui.pages.affairs_appraisal import AppraisalTab
from ui.pages.affairs_events import EventsTab
from ui.pages.affairs_expenses import ExpensesTab
from ui.pages.affairs_mail import MailTab
from ui.pages.affairs_notices import NoticesTab
from ui.pages.affairs_renovation import RenovationsTab
from ui.pages.affairs_visitors import VisitorsTab
from ui.pages.base import Page


class AffairsPage(Page):
    key, icon_name, capability = "affairs", "affairs", Cap.AFFAIRS_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Office affairs")

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.mail = MailTab(actor)
        self.visitors = VisitorsTab(actor)
        self.notices = NoticesTab(actor)
        self.renovations = RenovationsTab(actor)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("affairs_tabs")
        self.tabs.addTab(self.mail, self.tr("Mail and parcels"))
        self.tabs.addTab(self.visitors, self.tr("Visitors and receptions"))
        self.tabs.addTab(self.notices, self.tr("Notices"))
        self.tabs.addTab(self.renovations, self.tr("Renovations"))
        self.events = EventsTab(actor)
        self.tabs.addTab(self.events, self.tr("Community events"))
        self.expenses = ExpensesTab(actor)
        if actor.can(Cap.EXPENSE_CLAIM):
            self.tabs.addTab(self.expenses, self.tr("Expense claims"))
        self.appraisal = AppraisalTab(actor)
        if actor.can(Cap.APPRAISAL_MANAGE):
            self.tabs.addTab(self.appraisal, self.tr("Staff appraisal"))
        self.tabs.currentChanged.connect(lambda _i: self.on_shown())
        QVBoxLayout(self).addWidget(self.tabs)

    def on_shown(self) -> None:
        widget = self.tabs.currentWidget()
        if hasattr(widget, "refresh"):
            widget.refresh()
