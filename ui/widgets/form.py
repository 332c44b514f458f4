"""Small helpers shared by forms: an inline error line and field highlighting."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.errors import UserError, ValidationError
from ui.messages import user_message


class ErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #c62828;")
        self.hide()

    def show_error(self, error: UserError, fields: dict[str, QWidget] | None = None) -> None:
        self.setText(user_message(error))
        self.show()
        field = error.field if isinstance(error, ValidationError) else None
        if fields and field in fields:
            fields[field].setFocus()

    def clear_error(self) -> None:
        self.clear()
        self.hide()
