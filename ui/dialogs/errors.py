"""Plain messages for the user; tracebacks go to the log, never onto the screen."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import UserError
from app.logging_setup import log_file
from ui.messages import user_message

log = logging.getLogger(__name__)


def attempt(parent: QWidget | None, action: Callable[[], object]) -> bool:
    """Run a service action; a refusal (UserError) is shown to the user. True if it went
    through."""
    try:
        action()
    except UserError as exc:
        show_error(parent, exc)
        return False
    return True


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, UserError):
        QMessageBox.warning(
            parent, QCoreApplication.translate("errors", "Please check"), user_message(error)
        )
        return
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("errors", "Something went wrong"),
        QCoreApplication.translate(
            "errors", "PropDesk hit an unexpected problem and stopped this action."
        ),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "errors",
            "Nothing half-done was saved: the action was rolled back. You can keep working.\n"
            "Details were written to the log file:\n{path}",
        ).format(path=log_file())
    )
    box.setDetailedText("".join(traceback.format_exception_only(type(error), error)))
    box.exec()


def install_excepthook() -> None:
    """An exception escaping a slot shows the plain dialog instead of killing the program."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        value.__traceback__ = tb
        show_error(None, value)

    sys.excepthook = hook
