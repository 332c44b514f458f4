"""A search box that filters a list as the user types, once typing pauses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QWidget


def filter_edit(
    parent: QWidget,
    name: str,
    placeholder: str,
    on_change: Callable[[], None],
    pause_ms: int = 200,
) -> QLineEdit:
    """`on_change()` runs `pause_ms` after the last keystroke: one query, not one per key."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setClearButtonEnabled(True)
    edit.setPlaceholderText(placeholder)
    pause = QTimer(edit, singleShot=True, interval=pause_ms)
    pause.timeout.connect(on_change)
    edit.textChanged.connect(pause.start)
    return edit
