"""A push button named for tests and style sheets, wired to its action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton


def named_button(
    text: str, name: str, slot: Callable[[], object], visible: bool = True
) -> QPushButton:
    """`visible=False` for a role that may not use it (the service refuses it anyway)."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setVisible(visible)
    button.clicked.connect(lambda _checked=False: slot())
    return button
