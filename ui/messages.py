"""Turns the core's errors into text in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import UserError


def user_message(error: UserError) -> str:
    template = QCoreApplication.translate(error.context, error.template)
    params = {key: _param(error, value) for key, value in error.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
        return error.template.format(**error.params)


def _param(error: UserError, value: object) -> object:
    """Text is translated; a nested error (a row of an import) becomes its own message."""
    if isinstance(value, UserError):
        return user_message(value)
    if isinstance(value, str):
        return QCoreApplication.translate(error.context, value)
    return value
