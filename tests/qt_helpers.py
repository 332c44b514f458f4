"""Helpers for GUI tests: answer the next modal dialog as a user would."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


def close_next_modal(seen: list[object] | None = None, check=None) -> None:
    """When the next modal dialog opens, record it (message boxes by their text), run
    `check(dialog)` if given, and close it."""

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, close)
            return
        if seen is not None:
            if isinstance(dialog, QMessageBox):
                seen.append(dialog.text() + "\n" + dialog.informativeText())
            else:
                seen.append(dialog)
        if check is not None:
            check(dialog)
        dialog.accept() if isinstance(dialog, QMessageBox) else dialog.reject()

    QTimer.singleShot(0, close)
