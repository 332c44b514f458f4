"""Print preview for the documents reports/ writes as PDF (handover forms, permits ...).

As with receipts, the PDF is the one source of what the document looks like: each page is
loaded with QPdfDocument and drawn onto the printer as an image at the printer's resolution
(capped). The page size follows the PDF's own pages, edge to edge.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 300


class PdfPrintJob:
    """One PDF loaded for printing; `paint` is the preview's paint function."""

    def __init__(self, pdf_path: Path | str) -> None:
        self.pdf_path = Path(pdf_path)
        self.document = QPdfDocument(None)
        error = self.document.load(str(self.pdf_path))
        if error != QPdfDocument.Error.None_:
            raise RuntimeError(f"Qt could not read the PDF {self.pdf_path}: {error}")

    def page_layout(self) -> QPageLayout:
        """The paper of the PDF's first page (A4 stays A4, so drivers pick the right tray)."""
        points = self.document.pagePointSize(0)
        landscape = points.width() > points.height()
        portrait = QSizeF(
            min(points.width(), points.height()), max(points.width(), points.height())
        )
        size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        orientation = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)

    def paint(self, printer: QPrinter) -> int:
        """Draws every page on `printer`; returns the number of pages."""
        printer.setFullPage(True)
        printer.setPageLayout(self.page_layout())
        return paint_pages(printer, self.document)

    def close(self) -> None:
        self.document.close()


def paint_pages(printer: QPrinter, document: QPdfDocument) -> int:
    """Draws every page of `document` as an image at the printer's resolution (QtPdf only
    renders to images); returns the number of pages."""
    dpi = min(printer.resolution(), MAX_DPI)
    target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    target.moveTo(0, 0)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError(f"could not start printing on {printer.printerName()!r}")
    try:
        for page in range(document.pageCount()):
            if page and not printer.newPage():
                raise RuntimeError("the printer refused a new page")
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            painter.drawImage(target, document.render(page, pixels))
    finally:
        painter.end()
    return document.pageCount()


def default_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not printer.printerName():
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # no printer on this PC
    return printer


def print_pdf(
    parent: QWidget | None, pdf_path: Path | str, title: str, printer: QPrinter | None = None
) -> bool:
    """Shows the print preview of a PDF (modal); returns whether it was printed."""
    job = PdfPrintJob(pdf_path)
    printer = printer or default_printer()  # kept referenced: the dialog doesn't own it
    try:
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setObjectName("pdf_preview")
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(job.paint)
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        job.close()


def print_document(
    parent: QWidget | None,
    render: Callable[[Path], Path],
    file_name: str,
    title: str,
) -> bool:
    """Makes the PDF into a temporary folder with `render(path)`, then previews it."""
    with tempfile.TemporaryDirectory(prefix="propdesk-print-") as folder:
        pdf = render(Path(folder) / file_name)
        return print_pdf(parent, pdf, title)
