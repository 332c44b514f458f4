"""停车: spaces, temporary parking by shift, invoice books, the invoice register."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.permissions import Actor, Cap
from ui.pages.base import Page
from ui.pages.parking_invoices import BooksTab, RegisterTab
from ui.pages.parking_shifts import ShiftsTab
from ui.pages.parking_spaces import SpacesTab


class ParkingPage(Page):
    key, icon_name, capability = "parking", "parking", Cap.PARKING_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Parking")

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.spaces = SpacesTab(actor)
        self.shifts = ShiftsTab(actor)
        self.books = BooksTab(actor)
        self.register = RegisterTab(actor)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("parking_tabs")
        self.tabs.addTab(self.spaces, self.tr("Spaces"))
        self.tabs.addTab(self.shifts, self.tr("Temporary parking"))
        self.tabs.addTab(self.books, self.tr("Invoice books"))
        self.tabs.addTab(self.register, self.tr("Register"))
        self.tabs.currentChanged.connect(self._tab_shown)
        QVBoxLayout(self).addWidget(self.tabs)

    def _tab_shown(self, _index: int) -> None:
        self.tabs.currentWidget().refresh()

    def show_view(self, view: str) -> None:
        """Opened from a 工作台 tile: the invoice books."""
        if view == "invoice_books":
            self.tabs.setCurrentWidget(self.books)

    def on_shown(self) -> None:
        self._tab_shown(self.tabs.currentIndex())
