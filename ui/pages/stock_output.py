"""Warehouse documents out of the program: a PDF made in the background and shown in the
print preview, or a report saved as PDF or Excel where the user chooses."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.clock import local_today
from ui.tasks import Task, run_task

LAST_FOLDER_KEY = "stock/last_report_folder"


def preview_pdf(
    parent: QWidget, render: Callable[[Path], object], file_name: str, title: str
) -> Task:
    """Renders the PDF off the GUI thread into a temporary folder, then previews it."""
    from ui.dialogs.errors import show_error
    from ui.pdf_preview import print_pdf

    folder = Path(tempfile.mkdtemp(prefix="propdesk-print-"))
    path = folder / file_name

    def work(_context: object) -> Path:
        render(path)
        return path

    def show(pdf: Path) -> None:
        try:
            print_pdf(parent, pdf, title)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def failed(exc: BaseException) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        show_error(parent, exc)

    return run_task(
        work,
        on_success=show,
        on_failure=failed,
        parent=parent,
        progress_label=QCoreApplication.translate("stock", "Preparing {title}…").format(
            title=title
        ),
        cancellable=False,
    )


def choose_report_path(parent: QWidget, name: str, excel: bool = True) -> Path | None:
    """A .pdf or .xlsx file name; the suffix chosen decides the format."""
    store = QSettings()
    folder = Path(str(store.value(LAST_FOLDER_KEY, "") or Path.home()))
    filters = [QCoreApplication.translate("stock", "PDF document (*.pdf)")] + (
        [QCoreApplication.translate("stock", "Excel workbook (*.xlsx)")] if excel else []
    )
    chosen, selected = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("stock", "Save report"),
        str(folder / f"{name}-{local_today():%Y%m%d}.pdf"),
        ";;".join(filters),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".pdf", ".xlsx"):
        path = path.with_name(path.name + (".xlsx" if "xlsx" in selected else ".pdf"))
    store.setValue(LAST_FOLDER_KEY, str(path.parent))
    return path


def save_report(
    parent: QWidget,
    render: Callable[[Path], object],
    path: Path,
    on_done: Callable[[Path], None] | None = None,
) -> Task:
    """Writes the report to `path` off the GUI thread and says where it went."""

    def work(_context: object) -> Path:
        render(path)
        return path

    def done(written: Path) -> None:
        if on_done is not None:
            on_done(written)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("stock", "Saved"),
            QCoreApplication.translate("stock", "The report was saved to {file}.").format(
                file=written.name
            ),
            parent=parent.window(),
        )
        box.setObjectName("report_saved")
        box.setInformativeText(str(written))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    return run_task(
        work,
        on_success=done,
        parent=parent,
        progress_label=QCoreApplication.translate("stock", "Writing {file}…").format(
            file=path.name
        ),
        cancellable=False,
    )
