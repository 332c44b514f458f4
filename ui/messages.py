"""Turns the core's errors into text in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import UserError


def user_message(error: UserError) -> str:
    template = QCoreApplication.translate(error.context, error.template)
    params = {
        key: QCoreApplication.translate(error.context, value) if isinstance(value, str) else value
        for key, value in error.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
        return error.template.format(**error.params)
