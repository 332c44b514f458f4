"""Errors the user can act on. Their text is English source text; the UI translates it.

`message` is a template with `{name}` fields so a translator sees the whole sentence.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks text for Qt Linguist without importing Qt; the UI translates at display time."""
    return text


class UserError(Exception):
    """Something the user (or the data) got wrong; shown as a plain message, never a traceback."""

    context = "app"

    def __init__(self, message: str, **params: object) -> None:
        self.template = message
        self.params = params
        super().__init__(message.format(**params) if params else message)


class ValidationError(UserError):
    """Rejected input. `field` names the field for the form that shows it."""

    def __init__(self, message: str, field: str | None = None, **params: object) -> None:
        if "{field}" in message:  # the field's name may also be part of the sentence
            params = {"field": field, **params}
        super().__init__(message, **params)
        self.field = field


class PermissionDenied(UserError):
    pass


class AuthenticationError(UserError):
    pass


class NotFound(UserError):
    pass
