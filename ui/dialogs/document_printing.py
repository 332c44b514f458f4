"""Printing a document a form has just issued (the handover form, the move-out permit):
one way to render, preview and report a refused print, and to print once the form closes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.errors import UserError
from ui.dialogs.errors import show_error
from ui.dialogs.form_dialog import FormDialog
from ui.pdf_preview import print_document

PrintSaved = Callable[[QWidget | None, str], bool]


def print_rendered(
    parent: QWidget | None, render: Callable[[Path], Path], file_name: str, title: str
) -> bool:
    """Renders the PDF and opens the print preview; a refusal (record gone, …) is shown."""
    try:
        return print_document(parent, render, file_name, title)
    except UserError as exc:
        show_error(parent, exc)
        return False


def print_after_save(
    dialog: FormDialog, print_saved: PrintSaved, wanted: Callable[[], bool] = lambda: True
) -> None:
    """Once `dialog` saves and closes, prints what it saved (when `wanted()`), over the
    dialog's parent: the dialog itself is going away."""

    def print_saved_record() -> None:
        if dialog.saved_id and wanted():
            print_saved(dialog.parentWidget(), dialog.saved_id)

    dialog.accepted.connect(print_saved_record)
