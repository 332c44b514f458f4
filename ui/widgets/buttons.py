"""A push button named for tests and style sheets, wired to its action."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


def named_button(
    text: str, name: str, slot: Callable[[], object], visible: bool = True
) -> QPushButton:
    """`visible=False` for a role that may not use it (the service refuses it anyway)."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setVisible(visible)
    button.clicked.connect(lambda _checked=False: slot())
    return button


ActionSpec = tuple[str, str, Callable[[], object], bool]  # key, text, slot, allowed


def action_buttons(prefix: str, specs: Iterable[ActionSpec]) -> dict[str, QPushButton]:
    """A tab's action buttons by key, named `<prefix>_<key>`; one the role may not use is
    disabled rather than hidden, so everyone sees what the desk can do."""
    buttons = {}
    for key, text, slot, allowed in specs:
        button = named_button(text, f"{prefix}_{key}", slot)
        button.setEnabled(allowed)
        buttons[key] = button
    return buttons


def button_row(buttons: Iterable[QWidget]) -> QHBoxLayout:
    """Buttons side by side from the left, the rest of the row empty."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
