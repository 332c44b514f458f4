"""What the parking tabs share: labels of the codes, date pickers, a button row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

_CODES = {
    "owned": QT_TRANSLATE_NOOP("parking", "Owned"),
    "rented": QT_TRANSLATE_NOOP("parking", "Rented"),
    "visitor": QT_TRANSLATE_NOOP("parking", "Visitor"),
    "open": QT_TRANSLATE_NOOP("parking", "On duty"),
    "closed": QT_TRANSLATE_NOOP("parking", "Handed over"),
    "visit": QT_TRANSLATE_NOOP("parking", "Vehicle"),
    "summary": QT_TRANSLATE_NOOP("parking", "Summary"),
    "used": QT_TRANSLATE_NOOP("parking", "Used"),
    "void": QT_TRANSLATE_NOOP("parking", "Void"),
    "returned": QT_TRANSLATE_NOOP("parking", "Returned"),
}


def label(code: str) -> str:
    return QCoreApplication.translate("parking", _CODES.get(code, code))


def button_row(
    parent: QWidget, buttons: list[tuple[str, Callable[[], None], str, bool]]
) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """(text, slot, object name, enabled) → a row of buttons, by name."""
    row = QHBoxLayout()
    made = {}
    for text, slot, name, enabled in buttons:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setEnabled(enabled)
        button.clicked.connect(slot)
        row.addWidget(button)
        made[name] = button
    return row, made
