"""Printing receipts: print preview and printing through Qt, with the receipt layout (size,
copies, 套打, offsets) kept per printer in QSettings — offsets belong to a printer on this PC,
not to the office's data.

The PDF that reports.receipt writes is the one source of what a receipt looks like: it is
loaded with QPdfDocument and each page is drawn onto the printer as an image at the printer's
resolution (capped, so a 1200-dpi driver doesn't get 200 MB pages).
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QMarginsF, QSettings, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.permissions import Actor
from app.services.receipts import receipt_view, record_print
from reports.receipt import MAX_OFFSET_MM, SIZES, ReceiptLayout, render_receipt
from ui.pdf_preview import paint_pages

log = logging.getLogger(__name__)

SETTINGS_GROUP = "receipt_printing"
PDF_KEY = "__pdf__"  # the "PDF file" entry: printing to a file has its own layout


# --- per-printer layout (QSettings) -----------------------------------------------------


def printer_key(printer_name: str) -> str:
    """Settings key of a printer; names may hold '/' or '\\', which QSettings treats as groups."""
    return quote(printer_name or PDF_KEY, safe="")


def key_of(printer: QPrinter) -> str:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return PDF_KEY
    return printer.printerName() or PDF_KEY


def load_layout(printer_name: str) -> ReceiptLayout | None:
    """The layout saved for this printer, or None when it was never set (or is unusable)."""
    store = QSettings()
    store.beginGroup(f"{SETTINGS_GROUP}/{printer_key(printer_name)}")
    try:
        if not store.contains("size"):
            return None
        return ReceiptLayout(
            size=str(store.value("size")),
            copies=int(store.value("copies", 3, type=int)),
            data_only=bool(store.value("data_only", False, type=bool)),
            offset_x_mm=float(store.value("offset_x_mm", 0.0, type=float)),
            offset_y_mm=float(store.value("offset_y_mm", 0.0, type=float)),
        )
    except (TypeError, ValueError):
        log.warning("ignoring the unusable receipt layout saved for printer %r", printer_name)
        return None
    finally:
        store.endGroup()


def save_layout(printer_name: str, layout: ReceiptLayout) -> None:
    store = QSettings()
    store.beginGroup(f"{SETTINGS_GROUP}/{printer_key(printer_name)}")
    store.setValue("size", layout.size)
    store.setValue("copies", layout.copies)
    store.setValue("data_only", layout.data_only)
    store.setValue("offset_x_mm", layout.offset_x_mm)
    store.setValue("offset_y_mm", layout.offset_y_mm)
    store.endGroup()
    store.sync()


def apply_page_layout(printer: QPrinter, layout: ReceiptLayout) -> None:
    """The receipt's paper on the printer, edge to edge (the PDF carries its own margins)."""
    width, height = SIZES[layout.size]
    if layout.size == "a5":  # a standard size the drivers know, turned on its side
        size = QPageSize(QPageSize.PageSizeId.A5)
        orientation = QPageLayout.Orientation.Landscape
    else:
        size = QPageSize(
            QSizeF(width, height),
            QPageSize.Unit.Millimeter,
            f"{width:g}×{height:g} mm",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
        orientation = QPageLayout.Orientation.Portrait
    printer.setFullPage(True)
    page = QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    if not printer.setPageLayout(page):
        log.warning("printer %r refused the %s mm page", printer.printerName(), layout.size)


# --- one print job ----------------------------------------------------------------------


class ReceiptPrintJob:
    """Renders one receipt for a printer's layout and paints it: the preview's paint function.

    The PDF is made before anything is shown (errors surface at once) and again only when the
    printer chosen in the print dialog has another layout.
    """

    def __init__(self, actor: Actor, receipt_id: str) -> None:
        self.actor = actor
        self.receipt_id = receipt_id
        # The copy about to come out of the printer: 1 = original, 2+ = 补打.
        self.print_number = receipt_view(actor, receipt_id).print_count + 1
        self._folder = tempfile.TemporaryDirectory(prefix="propdesk-receipt-")
        self.pdf_path = Path(self._folder.name) / "receipt.pdf"
        self.document = QPdfDocument(None)
        self.layout: ReceiptLayout | None = None

    def prepare(self, layout: ReceiptLayout) -> None:
        if layout == self.layout:
            return
        self.document.close()
        render_receipt(self.receipt_id, self.pdf_path, layout, self.actor, self.print_number)
        error = self.document.load(str(self.pdf_path))
        if error != QPdfDocument.Error.None_:
            raise RuntimeError(f"Qt could not read the receipt PDF {self.pdf_path}: {error}")
        self.layout = layout

    def layout_for(self, printer: QPrinter) -> ReceiptLayout:
        return load_layout(key_of(printer)) or self.layout or ReceiptLayout()

    def paint(self, printer: QPrinter) -> int:
        """Draws every page on `printer` (connected to paintRequested); returns the pages."""
        layout = self.layout_for(printer)
        self.prepare(layout)
        apply_page_layout(printer, layout)
        return paint_pages(printer, self.document)

    def close(self) -> None:
        self.document.close()
        self._folder.cleanup()


def print_receipt(
    parent: QWidget | None,
    actor: Actor,
    receipt_id: str,
    preview: bool = True,
    printer: QPrinter | None = None,
) -> bool:
    """Preview and print (or print at once) one receipt on the default printer; logs the
    print (补打 from the second on) only when it was printed. Returns whether it was."""
    from ui.dialogs.errors import show_error

    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not printer.printerName() and printer.outputFormat() != QPrinter.OutputFormat.PdfFormat:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # no printer on this PC
    layout = load_layout(key_of(printer))
    if layout is None:
        layout = _ask_layout(parent, printer)
        if layout is None:
            return False
    to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    if to_file and not preview and not printer.outputFileName() and not _ask_file(parent, printer):
        return False  # the preview's own print button asks for the file
    try:
        job = ReceiptPrintJob(actor, receipt_id)
        job.prepare(layout)
    except UserError as exc:
        show_error(parent, exc)
        return False
    try:
        if preview:
            dialog = QPrintPreviewDialog(printer, parent)
            dialog.setWindowTitle(QCoreApplication.translate("printing", "Print receipt"))
            dialog.paintRequested.connect(job.paint)
            printed = dialog.exec() == QDialog.DialogCode.Accepted
        else:
            job.paint(printer)
            printed = True
        if printed:
            number = record_print(actor, receipt_id)
            if number != job.print_number:
                log.warning("receipt %s printed as print %d, logged as %d (printed elsewhere "
                            "meanwhile)", receipt_id, job.print_number, number)  # fmt: skip
        return printed
    finally:
        job.close()


def _ask_layout(parent: QWidget | None, printer: QPrinter) -> ReceiptLayout | None:
    """First print on a printer: its layout is asked once, then kept."""
    dialog = ReceiptPrintSettingsDialog(parent, key_of(printer))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.printer_name()
    if chosen == PDF_KEY:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    else:
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        printer.setPrinterName(chosen)
    return load_layout(chosen)


def _ask_file(parent: QWidget | None, printer: QPrinter) -> bool:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("printing", "Save receipt as PDF"),
        "",
        QCoreApplication.translate("printing", "PDF files (*.pdf)"),
    )
    if path:
        printer.setOutputFileName(path)
    return bool(path)


# --- the settings dialog ----------------------------------------------------------------


class ReceiptPrintSettingsDialog(QDialog):
    """Receipt paper per printer: size, copies, 套打, offsets in millimetres (this PC only)."""

    def __init__(self, parent: QWidget | None = None, printer_name: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receipt printing"))
        self._pending: dict[str, ReceiptLayout] = {}
        self.printer = QComboBox()
        self.printer.setObjectName("printer")
        for info in QPrinterInfo.availablePrinters():
            self.printer.addItem(info.printerName(), info.printerName())
        self.printer.addItem(self.tr("PDF file"), PDF_KEY)
        self.size = QComboBox()
        self.size.setObjectName("size")
        for size, label in self._size_labels().items():
            self.size.addItem(label, size)
        self.copies = QComboBox()
        self.copies.setObjectName("copies")
        self.copies.addItem(self.tr("3 copies: stub, payer, accounts"), 3)
        self.copies.addItem(self.tr("1 copy"), 1)
        self.data_only = QCheckBox(self.tr("Print the data only, on pre-printed forms"))
        self.data_only.setObjectName("data_only")
        self.offset_x = self._offset_box("offset_x", self.tr("Negative values move to the left."))
        self.offset_y = self._offset_box("offset_y", self.tr("Negative values move up."))
        form = QFormLayout()
        form.addRow(self.tr("&Printer"), self.printer)
        form.addRow(self.tr("Paper &size"), self.size)
        form.addRow(self.tr("&Copies"), self.copies)
        form.addRow("", self.data_only)
        form.addRow(self.tr("Move &right by"), self.offset_x)
        form.addRow(self.tr("Move &down by"), self.offset_y)
        note = QLabel(self.tr("These settings belong to this computer and printer."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        start = self.printer.findData(printer_name) if printer_name else -1
        if start < 0:
            default = QPrinterInfo.defaultPrinter().printerName()
            start = max(self.printer.findData(default or PDF_KEY), 0)
        self.printer.setCurrentIndex(start)
        self._shown = self.printer_name()
        self._show(load_layout(self._shown) or ReceiptLayout())
        self.printer.currentIndexChanged.connect(self._printer_changed)

    def _size_labels(self) -> dict[str, str]:
        labels = {
            "241x93": self.tr("241 × 93 mm (continuous form)"),
            "241x140": self.tr("241 × 140 mm (continuous form)"),
            "210x99": self.tr("210 × 99 mm (a third of A4)"),
            "a5": self.tr("A5, landscape (210 × 148 mm)"),
        }
        return {size: labels[size] for size in SIZES}

    def _offset_box(self, name: str, tip: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        box.setSuffix(self.tr(" mm"))
        box.setToolTip(tip)
        return box

    def printer_name(self) -> str:
        return str(self.printer.currentData())

    def chosen_layout(self) -> ReceiptLayout:
        return ReceiptLayout(
            size=str(self.size.currentData()),
            copies=int(self.copies.currentData()),
            data_only=self.data_only.isChecked(),
            offset_x_mm=self.offset_x.value(),
            offset_y_mm=self.offset_y.value(),
        )

    def _show(self, layout: ReceiptLayout) -> None:
        self.size.setCurrentIndex(self.size.findData(layout.size))
        self.copies.setCurrentIndex(self.copies.findData(layout.copies))
        self.data_only.setChecked(layout.data_only)
        self.offset_x.setValue(layout.offset_x_mm)
        self.offset_y.setValue(layout.offset_y_mm)

    def _printer_changed(self) -> None:
        self._pending[self._shown] = self.chosen_layout()
        self._shown = self.printer_name()
        self._show(self._pending.get(self._shown) or load_layout(self._shown) or ReceiptLayout())

    def accept(self) -> None:
        self._pending[self._shown] = self.chosen_layout()
        for name, layout in self._pending.items():
            save_layout(name, layout)
        super().accept()
