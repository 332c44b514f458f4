"""Small helpers shared by forms: an inline error line, field highlighting, and checks that
run as the user types."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

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


INVALID_PROPERTY = "invalid"
# A dynamic-property selector: the rule only applies while the field is marked.
_INVALID_STYLE = '[invalid="true"] { border: 1px solid #c62828; border-radius: 2px; }'


def set_invalid(widget: QWidget, message: str = "") -> None:
    """Marks a field red with `message` as its tooltip; an empty message clears the mark."""
    if not widget.styleSheet():
        widget.setStyleSheet(_INVALID_STYLE)
    widget.setProperty(INVALID_PROPERTY, bool(message))
    widget.setToolTip(message)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def is_invalid(widget: QWidget) -> bool:
    return bool(widget.property(INVALID_PROPERTY))


class FieldCheck(QObject):
    """Checks one line edit as the user types (after a short pause) and marks it.

    `check` is a core validation function that raises ValueError on bad text; `message` is the
    translated hint shown beside the field. An empty field is not marked: whether it is
    required is the service's decision on save. The check never blocks saving — the service
    validates everything again and has the final word.
    """

    checked = Signal(bool)  # valid?

    def __init__(
        self,
        edit: QLineEdit,
        check: Callable[[str], object],
        message: str | Callable[[], str],
        hint: QLabel | None = None,
        show_hint: Callable[[bool], None] | None = None,
        delay_ms: int = 250,
    ) -> None:
        super().__init__(edit)
        self.edit, self.check, self.message, self.hint = edit, check, message, hint
        self.show_hint = show_hint or (hint.setVisible if hint is not None else None)
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.run)
        edit.textChanged.connect(lambda _text: self._timer.start())
        edit.editingFinished.connect(self.run)

    def run(self) -> bool:
        """Checks the current text now; returns whether it is acceptable."""
        self._timer.stop()
        text = self.edit.text().strip()
        problem = ""
        if text:
            try:
                self.check(text)
            except ValueError as exc:
                problem = self.message() if callable(self.message) else self.message
                reason = _reason(exc)
                if reason:
                    problem = QCoreApplication.translate("FieldCheck", "{hint} ({reason})").format(
                        hint=problem, reason=reason
                    )
        set_invalid(self.edit, problem)
        if self.hint is not None:
            self.hint.setText(problem)
        if self.show_hint is not None:
            self.show_hint(bool(problem))
        self.checked.emit(not problem)
        return not problem


def _reason(error: ValueError) -> str:
    """The core's short reason (app.validation.InvalidValue), in the user's language."""
    template = getattr(error, "template", None)
    if not template:
        return ""
    params = getattr(error, "params", {})
    text = QCoreApplication.translate("validation", template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the hint
        return template.format(**params)


def hint_label() -> QLabel:
    """The small red line under a checked field; hidden while the field is fine."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setStyleSheet("color: #c62828;")
    label.hide()
    return label
