"""What every page of the main window has: a title, an icon, the capability to see it."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from app.services.permissions import Actor


class Page(QWidget):
    key: ClassVar[str]
    icon_name: ClassVar[str]
    capability: ClassVar[str]

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName(f"page_{self.key}")

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def on_shown(self) -> None:
        """Called each time the page comes to the front: refresh what may have changed."""

    def refresh(self) -> None:
        self.on_shown()
