"""仓库: items, stock documents, stocktake, low stock and reports, one tab each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.permissions import Actor, Cap
from ui.pages.base import Page
from ui.pages.stock_documents import DocumentsTab
from ui.pages.stock_items import ItemsTab
from ui.pages.stock_reports import LowStockTab, ReportsTab
from ui.pages.stock_stocktake import StocktakeTab


class StockPage(Page):
    key, icon_name, capability = "stock", "stock", Cap.STOCK_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Warehouse")

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.items = ItemsTab(actor)
        self.documents = DocumentsTab(actor)
        self.stocktake = StocktakeTab(actor)
        self.low_stock = LowStockTab(actor)
        self.reports = ReportsTab(actor)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("stock_tabs")
        self.tabs.addTab(self.items, self.tr("Items"))
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.tabs.addTab(self.stocktake, self.tr("Stocktake"))
        self.tabs.addTab(self.low_stock, self.tr("Low stock"))
        self.tabs.addTab(self.reports, self.tr("Reports"))
        self.tabs.currentChanged.connect(lambda _i: self.on_shown())
        QVBoxLayout(self).addWidget(self.tabs)

    def on_shown(self) -> None:
        self.tabs.currentWidget().refresh()
