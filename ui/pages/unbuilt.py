"""Modules whose issue has not landed yet say so in one line; no fake screens."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.permissions import Actor, Cap
from ui.pages.base import Page


class UnbuiltPage(Page):
    title_source: ClassVar[str]

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", cls.title_source)

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        text = QCoreApplication.translate(
            "pages", "{module}: this module is not built yet in this version of PropDesk."
        )
        label = QLabel(text.format(module=self.title()))
        label.setObjectName("unbuilt")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)


_MODULES = (  # key, icon, capability to see it, title
    ("parking", Cap.PARKING_VIEW, QT_TRANSLATE_NOOP("pages", "Parking")),
    ("reports", Cap.REPORT_VIEW, QT_TRANSLATE_NOOP("pages", "Reports")),
)

UNBUILT_PAGES: dict[str, type[UnbuiltPage]] = {
    key: type(
        f"{key.title()}Page",
        (UnbuiltPage,),
        {"key": key, "icon_name": key, "capability": cap, "title_source": title},
    )
    for key, cap, title in _MODULES
}
