"""档案: units by building, owners, vacant units, move-out permits; record dialogs and forms
open from here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.permissions import Actor, Cap
from ui.pages.archive_owners import OwnersTab
from ui.pages.archive_permits import PermitsTab
from ui.pages.archive_units import UnitsTab
from ui.pages.archive_vacancy import VacancyTab
from ui.pages.base import Page


class ArchivePage(Page):
    key, icon_name, capability = "archive", "archive", Cap.ARCHIVE_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Archives")

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.units = UnitsTab(actor)
        self.owners = OwnersTab(actor)
        self.vacancy = VacancyTab(actor)
        self.permits = PermitsTab(actor)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("archive_tabs")
        self.tabs.addTab(self.units, self.tr("Units"))
        self.tabs.addTab(self.owners, self.tr("Owners"))
        self.tabs.addTab(self.vacancy, self.tr("Vacant units"))
        self.tabs.addTab(self.permits, self.tr("Move-out permits"))
        self.tabs.currentChanged.connect(lambda _i: self.tabs.currentWidget().refresh())
        QVBoxLayout(self).addWidget(self.tabs)

    def show_unit(self, code: str) -> None:
        """Used by the global search: narrow the unit list to one unit."""
        self.tabs.setCurrentWidget(self.units)
        self.units.show_unit(code)

    def show_view(self, view: str) -> None:
        """Opened from the 工作台's first steps: the units, or the owners (where the
        archive import is)."""
        tab = {"units": self.units, "owners": self.owners}.get(view)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def on_shown(self) -> None:
        self.tabs.currentWidget().refresh()
