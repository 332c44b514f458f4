"""Printing receipts through Qt (off-screen): the preview's paint function on a PDF printer,
prints logged only when printed, and the per-printer layout kept in QSettings."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog

from app.services import receipts
from app.services.permissions import Actor
from reports.receipt import ReceiptLayout
from tests.receipt_fixtures import collect, pdfinfo, pdftotext, receipt_office
from ui.printing import (
    PDF_KEY,
    SETTINGS_GROUP,
    ReceiptPrintJob,
    ReceiptPrintSettingsDialog,
    load_layout,
    print_receipt,
    save_layout,
)


@pytest.fixture(autouse=True)
def clean_settings(qapp) -> Iterator[None]:
    QSettings().remove(SETTINGS_GROUP)
    yield
    QSettings().remove(SETTINGS_GROUP)


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> dict[str, object]:
    return receipt_office(system_actor, db_path)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def page_facts(path: Path) -> tuple[int, list[str]]:
    info = pdfinfo(path)
    return int(info["Pages"]), re.findall(r"[\d.]+", info["Page size"])[:2]


_watchers: list[list[bool]] = []


@pytest.fixture(autouse=True)
def _stop_watchers():
    """A watcher still polling after its test would answer the next test's dialogs."""
    yield
    for alive in _watchers:
        alive[0] = False
    _watchers.clear()


def answer_next_dialog(answer: Callable[[QDialog], None]) -> None:
    """When the next modal dialog opens, hand it to `answer` (which accepts or rejects it)."""
    alive = [True]
    _watchers.append(alive)

    def look() -> None:
        if not alive[0]:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            alive[0] = False
            answer(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def test_the_paint_function_draws_every_copy_on_the_printer(office, tmp_path) -> None:
    receipt = collect(office)
    save_layout(PDF_KEY, ReceiptLayout("241x93", copies=3))
    job = ReceiptPrintJob(office["cashier"], receipt.id)
    out = tmp_path / "printed.pdf"
    try:
        assert job.paint(pdf_printer(out)) == 3
        assert "第三联 记账" in pdftotext(job.pdf_path)  # what was drawn
    finally:
        job.close()
    assert page_facts(out) == (3, ["683", "264"])  # 241 × 93 mm
    assert receipts.receipt_view(office["cashier"], receipt.id).print_count == 0


def test_the_preview_shows_the_pages_of_the_printers_layout(office, tmp_path) -> None:
    receipt = collect(office)
    save_layout(PDF_KEY, ReceiptLayout("a5", copies=1, data_only=True, offset_x_mm=2))
    printer = pdf_printer(tmp_path / "unused.pdf")
    job = ReceiptPrintJob(office["cashier"], receipt.id)
    dialog = QPrintPreviewDialog(printer)
    dialog.paintRequested.connect(job.paint)
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    try:
        assert preview.pageCount() == 1
        text = pdftotext(job.pdf_path)
        assert "SJ2026000001" in text and "收款收据" not in text  # 套打: data only
        layout = printer.pageLayout()
        assert round(layout.fullRect().width()) == 210 and round(layout.fullRect().height()) == 148
    finally:
        job.close()
        dialog.deleteLater()


def test_printing_logs_each_print_and_the_second_is_a_reprint(office, tmp_path) -> None:
    receipt = collect(office)
    cashier = office["cashier"]
    save_layout(PDF_KEY, ReceiptLayout("210x99", copies=1))
    assert print_receipt(None, cashier, receipt.id, preview=False, printer=pdf_printer(
        tmp_path / "1.pdf"))  # fmt: skip
    assert receipts.receipt_view(cashier, receipt.id).print_count == 1
    assert page_facts(tmp_path / "1.pdf") == (1, ["595", "281"])
    job = ReceiptPrintJob(cashier, receipt.id)
    try:
        job.prepare(load_layout(PDF_KEY))
        assert job.print_number == 2 and "补打（第2次打印）" in pdftotext(job.pdf_path)
    finally:
        job.close()
    assert print_receipt(None, cashier, receipt.id, preview=False, printer=pdf_printer(
        tmp_path / "2.pdf"))  # fmt: skip
    assert receipts.receipt_view(cashier, receipt.id).print_count == 2


def test_a_cancelled_preview_logs_no_print(office, tmp_path) -> None:
    receipt = collect(office)
    save_layout(PDF_KEY, ReceiptLayout())
    seen: list[QDialog] = []
    answer_next_dialog(lambda dialog: (seen.append(dialog), dialog.reject()))
    assert not print_receipt(None, office["cashier"], receipt.id, printer=pdf_printer(
        tmp_path / "x.pdf"))  # fmt: skip
    assert isinstance(seen[0], QPrintPreviewDialog)
    assert receipts.receipt_view(office["cashier"], receipt.id).print_count == 0


def test_printing_from_the_preview_logs_one_print(office, tmp_path) -> None:
    receipt = collect(office)
    save_layout(PDF_KEY, ReceiptLayout(copies=3))
    out = tmp_path / "from-preview.pdf"

    def print_and_close(dialog: QDialog) -> None:  # what the dialog's print button does
        dialog.findChild(QPrintPreviewWidget).print_()
        dialog.accept()

    answer_next_dialog(print_and_close)
    assert print_receipt(None, office["cashier"], receipt.id, printer=pdf_printer(out))
    assert page_facts(out)[0] == 3
    assert receipts.receipt_view(office["cashier"], receipt.id).print_count == 1


def test_the_first_print_on_a_printer_asks_its_layout(office, tmp_path) -> None:
    receipt = collect(office)

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, ReceiptPrintSettingsDialog)
        dialog.size.setCurrentIndex(dialog.size.findData("241x140"))
        dialog.copies.setCurrentIndex(dialog.copies.findData(1))
        dialog.accept()

    answer_next_dialog(choose)
    out = tmp_path / "first.pdf"
    assert print_receipt(None, office["cashier"], receipt.id, preview=False,
                         printer=pdf_printer(out))  # fmt: skip
    assert load_layout(PDF_KEY) == ReceiptLayout("241x140", copies=1)
    assert page_facts(out) == (1, ["683", "397"])
    answer_next_dialog(lambda dialog: pytest.fail("asked again"))  # now it is known
    assert print_receipt(None, office["cashier"], receipt.id, preview=False,
                         printer=pdf_printer(out))  # fmt: skip
    QApplication.processEvents()


def test_the_settings_dialog_saves_and_reloads_per_printer(qtbot) -> None:
    dialog = ReceiptPrintSettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.printer_name() == PDF_KEY  # no printer on the test machine
    assert dialog.chosen_layout() == ReceiptLayout()  # the defaults
    dialog.size.setCurrentIndex(dialog.size.findData("a5"))
    dialog.copies.setCurrentIndex(dialog.copies.findData(1))
    dialog.data_only.setChecked(True)
    dialog.offset_x.stepBy(5)  # 0.5 mm steps
    dialog.offset_y.setValue(-1.5)
    dialog.accept()
    expected = ReceiptLayout("a5", 1, True, 2.5, -1.5)
    assert load_layout(PDF_KEY) == expected
    again = ReceiptPrintSettingsDialog()
    qtbot.addWidget(again)
    assert again.chosen_layout() == expected
    assert again.offset_x.suffix().strip() and again.offset_x.singleStep() == 0.5


def test_each_printer_keeps_its_own_layout() -> None:
    dot_matrix = ReceiptLayout("241x93", 3, True, -1.5, 2.0)
    laser = ReceiptLayout("a5", 1, False, 0.0, 0.0)
    save_layout("Epson LQ-630K (USB/1)", dot_matrix)
    save_layout("\\\\server\\HP LaserJet", laser)
    assert load_layout("Epson LQ-630K (USB/1)") == dot_matrix
    assert load_layout("\\\\server\\HP LaserJet") == laser
    assert load_layout("Epson LQ-630K") is None and load_layout(PDF_KEY) is None
    store = QSettings()
    store.setValue(f"{SETTINGS_GROUP}/broken/size", "b5")  # edited by hand, or from a newer version
    assert load_layout("broken") is None
