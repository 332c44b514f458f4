"""Modules whose issue has not landed yet say so in one line; no fake screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.permissions import Actor, Cap
from ui.pages.base import Page


class UnbuiltPage(Page):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        label = QLabel(
            QCoreApplication.translate(
                "pages", "{module}: this module is not built yet in this version of PropDesk."
            ).format(module=self.title())
        )
        label.setObjectName("unbuilt")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)


class BillingPage(UnbuiltPage):
    key, icon_name, capability = "billing", "billing", Cap.BILLING_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Fees")


class ParkingPage(UnbuiltPage):
    key, icon_name, capability = "parking", "parking", Cap.PARKING_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Parking")


class StockPage(UnbuiltPage):
    key, icon_name, capability = "stock", "stock", Cap.STOCK_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Warehouse")


class ServicePage(UnbuiltPage):
    key, icon_name, capability = "service", "service", Cap.SERVICE_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Service desk")


class ReportsPage(UnbuiltPage):
    key, icon_name, capability = "reports", "reports", Cap.REPORT_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Reports")


class SyncPage(UnbuiltPage):
    key, icon_name, capability = "sync", "sync", Cap.SYNC_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Sync")
