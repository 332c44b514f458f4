"""盘点: start a count, enter counts — typed, or scanned with a keyboard-wedge scanner (it
types the barcode and Enter: the item is found and the cursor jumps to its count) — or on
the Excel count sheet imported back; the difference report (盘盈/盘亏) and, for the manager,
posting the adjustments."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.money import format_money
from app.services import stock, stock_views, stocktake
from app.services.permissions import Actor, Cap
from ui.dialogs.errors import attempt
from ui.models.list_model import Index, ListTableModel
from ui.models.query_table_model import Column, QueryTableModel
from ui.pages.stock_common import price_text, qty_text
from ui.pages.stock_output import preview_pdf, save_report
from ui.tasks import run_task
from ui.widgets.buttons import named_button
from ui.widgets.form import ErrorLabel
from ui.widgets.table import RIGHT, configure_table

GAIN, LOSS = QColor("#d7f0d0"), QColor("#f8d0d0")
_LONGEST_COUNT = 7  # longer digit strings are barcodes, not counts


def looks_like_count(text: str) -> bool:
    """A count someone types (12, 2.5); a 13-digit EAN scanned by mistake is not one."""
    try:
        number = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return False
    return number.is_finite() and len(text) <= _LONGEST_COUNT


class DifferenceModel(ListTableModel):
    """Surplus rows green, shortage rows red."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            diff = self.item(index.row()).difference
            return GAIN if diff > 0 else LOSS if diff < 0 else None
        if index.isValid() and role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().data(index, role)


class StocktakeTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.take = None
        self.item = None  # the item whose count is being entered
        self.status = QLabel()
        self.status.setObjectName("stocktake_status")
        self.status.setWordWrap(True)
        self.start_button = named_button(self.tr("&Start a count…"), "start_stocktake", self.start)  # fmt: skip
        self.export_button = named_button(self.tr("E&xport count sheet…"), "export_count_sheet", self.export_sheet)  # fmt: skip
        self.import_button = named_button(self.tr("&Import count sheet…"), "import_count_sheet", self.import_sheet)  # fmt: skip
        self.cancel_button = named_button(self.tr("&Cancel the count…"), "cancel_stocktake", self.cancel)  # fmt: skip
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        for button in (self.start_button, self.export_button, self.import_button,
                       self.cancel_button):  # fmt: skip
            top.addWidget(button)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("stocktake_tabs")
        self.tabs.addTab(self._count_pane(), self.tr("Counting"))
        self.tabs.addTab(self._difference_pane(), self.tr("Differences (surplus / shortage)"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)

    # --- counting ------------------------------------------------------------------------

    def _count_pane(self) -> QWidget:
        self.scan = QLineEdit()
        self.scan.setObjectName("scan_field")
        self.scan.setPlaceholderText(self.tr("Scan a barcode or type an item code, then Enter"))
        self.scan.returnPressed.connect(self.scanned)
        self.item_label = QLabel()
        self.item_label.setObjectName("count_item")
        self.item_label.setMinimumWidth(260)
        self.count = QLineEdit()
        self.count.setObjectName("count_field")
        self.count.setPlaceholderText(self.tr("Counted quantity, Enter"))
        self.count.setMaximumWidth(160)
        self.count.returnPressed.connect(self.count_entered)
        self.error = ErrorLabel()
        self.error.setObjectName("count_error")
        entry = QHBoxLayout()
        entry.addWidget(QLabel(self.tr("Item:")))
        entry.addWidget(self.scan, 1)
        entry.addWidget(self.item_label)
        entry.addWidget(QLabel(self.tr("Count:")))
        entry.addWidget(self.count)
        self.line_filter = QLineEdit()
        self.line_filter.setClearButtonEnabled(True)
        self.line_filter.setPlaceholderText(self.tr("Filter: code, name or location"))
        self.uncounted_only = QCheckBox(self.tr("Not counted yet"))
        self.uncounted_only.toggled.connect(self.apply_filter)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.apply_filter)
        self.line_filter.textChanged.connect(self._debounce.start)
        filters = QHBoxLayout()
        filters.addWidget(self.line_filter, 1)
        filters.addWidget(self.uncounted_only)
        filters.addStretch(1)
        sort = stock_views.COUNT_SORT
        columns = [
            Column("location", self.tr("Location"), sort["location"]),
            Column("code", self.tr("Code"), sort["code"]),
            Column("name", self.tr("Name")),
            Column("specification", self.tr("Specification")),
            Column("uom", self.tr("Unit")),
            Column("barcode", self.tr("Barcode")),
            Column("counted_qty", self.tr("Counted"), None, RIGHT, format=qty_text),
            Column("counted_by", self.tr("Counted by")),
        ]
        self.lines = QueryTableModel(columns, self._lines_query, sort_column=1, parent=self)
        self.table = QTableView()
        self.table.setObjectName("count_table")
        configure_table(self.table, self.lines)
        self.table.doubleClicked.connect(lambda index: self.choose_row(index.row()))
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.addLayout(entry)
        layout.addWidget(self.error)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        return pane

    def _lines_query(self):
        take_id = self.take.id if self.take else ""
        return stock_views.stocktake_lines(self.actor, take_id)

    def apply_filter(self) -> None:
        text, uncounted = self.line_filter.text(), self.uncounted_only.isChecked()
        self.lines.set_filter(lambda q: stock_views.filter_count_lines(q, text, uncounted))

    def scanned(self) -> None:
        """Enter in the item field: find the item by barcode or code, go to its count."""
        self.go_to_item(self.scan.text())

    def go_to_item(self, code_or_barcode: str) -> bool:
        self.error.clear_error()
        text = code_or_barcode.strip()
        if not text or self.take is None:
            return False
        try:
            item = stock.find_item(self.actor, text)
        except UserError as exc:
            self.error.show_error(exc)
            self.scan.setFocus()
            self.scan.selectAll()
            return False
        self.item = item
        self.scan.setText(item.code)
        self.item_label.setText(f"{item.code} {item.name} {item.specification}（{item.uom}）")
        self._select_line(item.id)
        self.count.setText(self._counted_text(item.id))
        self.count.setFocus(Qt.FocusReason.OtherFocusReason)
        self.count.selectAll()
        return True

    def _counted_text(self, item_id: str) -> str:
        for row in range(self.lines.rowCount()):
            if self.lines.row_dict(row)["item_id"] == item_id:
                return qty_text(self.lines.row_dict(row)["counted_qty"])
        return ""

    def _select_line(self, item_id: str) -> None:
        while self.lines.canFetchMore(self.table.rootIndex()):
            if any(self.lines.row_dict(r)["item_id"] == item_id
                   for r in range(self.lines.rowCount())):  # fmt: skip
                break
            self.lines.fetchMore(self.table.rootIndex())
        for row in range(self.lines.rowCount()):
            if self.lines.row_dict(row)["item_id"] == item_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.lines.index(row, 0))
                return
        self.table.clearSelection()

    def choose_row(self, row: int) -> None:
        if row >= 0:
            self.go_to_item(self.lines.row_dict(row)["code"])

    def count_entered(self) -> bool:
        """Enter in the count field: record the count, back to the item field for the next.
        A barcode scanned into the count field (the count was not confirmed) goes to that
        item instead of becoming a count."""
        text = self.count.text().strip()
        if not looks_like_count(text) and text:
            return self.go_to_item(text)
        if self.item is None:
            self.scan.setFocus()
            return False
        self.error.clear_error()
        try:
            stocktake.record_count(self.actor, self.take.id, self.item.code, text)
        except UserError as exc:
            self.error.show_error(exc)
            self.count.selectAll()
            return False
        item_id = self.item.id
        self.lines.refresh()
        self._select_line(item_id)
        self._show_status()
        self.item = None
        self.count.clear()
        self.item_label.clear()
        self.scan.clear()
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- differences ---------------------------------------------------------------------

    def _difference_pane(self) -> QWidget:
        def counted(r) -> str:
            return self.tr("not counted") if r.counted is None else qty_text(r.counted)

        def diff(r) -> str:
            if r.counted is None or r.difference == 0:
                return ""
            return ("+" if r.difference > 0 else "") + qty_text(r.difference)

        self.differences = DifferenceModel(
            [
                (self.tr("Code"), lambda r: r.item.code),
                (self.tr("Name"), lambda r: r.item.name),
                (self.tr("Unit"), lambda r: r.item.uom),
                (self.tr("Book (frozen)"), lambda r: qty_text(r.book_qty)),
                (self.tr("Moved since"), lambda r: qty_text(r.moved_since)),
                (self.tr("Expected"), lambda r: qty_text(r.expected)),
                (self.tr("Counted"), counted),
                (self.tr("Surplus (+) / shortage (−)"), diff),
                (self.tr("Average cost"), lambda r: price_text(r.item.avg_cost)),
                (self.tr("Difference value"),
                 lambda r: format_money(r.value) if r.counted is not None and r.value else ""),
            ],
            self,
        )  # fmt: skip
        self.difference_table = QTableView()
        self.difference_table.setObjectName("difference_table")
        configure_table(self.difference_table, self.differences)
        self.difference_table.setSortingEnabled(False)
        self.summary = QLabel()
        self.summary.setObjectName("difference_summary")
        self.report_button = named_button(self.tr("Difference &report…"), "difference_report", self.preview_report)  # fmt: skip
        self.post_button = named_button(self.tr("&Post adjustments…"), "post_stocktake", self.post)  # fmt: skip
        if not self.actor.can(Cap.STOCKTAKE_APPROVE):
            self.post_button.setToolTip(self.tr("Posting a stocktake needs the manager"))
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.report_button)
        bar.addWidget(self.post_button)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.addLayout(bar)
        layout.addWidget(self.difference_table)
        return pane

    def show_differences(self) -> None:
        if self.take is None:
            self.differences.set_items([])
            self.summary.clear()
            return
        report = stocktake.difference_report(self.actor, self.take.id)
        self.differences.set_items(report.rows)
        self.difference_table.resizeColumnsToContents()
        self.summary.setText(
            self.tr("Surplus {gain}   Shortage {loss}   Not counted: {n} items").format(
                gain=format_money(report.gain_value), loss=format_money(report.loss_value),
                n=report.uncounted,
            )
        )  # fmt: skip

    def preview_report(self) -> None:
        from reports.stock_count_sheet import render_difference_report

        if self.take is not None:
            actor, take_id = self.actor, self.take.id
            preview_pdf(self, lambda path: render_difference_report(actor, take_id, path),
                        f"{self.take.number}.pdf",
                        self.tr("Stocktake differences {number}").format(
                            number=self.take.number))  # fmt: skip

    def post(self, confirm: bool = True) -> bool:
        if self.take is None:
            return False
        if confirm:
            report = stocktake.difference_report(self.actor, self.take.id)
            answer = QMessageBox.question(
                self, self.tr("Post stocktake"),
                self.tr("Post stocktake {number}: surplus {gain}, shortage {loss}; {n} items "
                        "not counted stay as they are. Posting is final.").format(
                    number=self.take.number, gain=format_money(report.gain_value),
                    loss=format_money(report.loss_value), n=report.uncounted),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if not attempt(self, lambda: stocktake.post_stocktake(self.actor, self.take.id)):
            return False
        self.refresh()
        return True

    # --- the count itself ----------------------------------------------------------------

    def start(self, category: str | None = None) -> bool:
        if category is None:
            everything = self.tr("(every item)")
            choices = [everything, *stock_views.item_categories(self.actor)]
            chosen, ok = QInputDialog.getItem(
                self, self.tr("Start a count"),
                self.tr("Book quantities are frozen now. Count which items?"), choices, 0, False,
            )  # fmt: skip
            if not ok:
                return False
            category = "" if chosen == everything else chosen
        if not attempt(self, lambda: stocktake.start_stocktake(self.actor, category=category)):
            return False
        self.refresh()
        self.scan.setFocus()
        return True

    def cancel(self, confirm: bool = True) -> bool:
        if self.take is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Cancel the count"),
                self.tr("Cancel stocktake {number}? Its counts are kept but nothing is "
                        "adjusted.").format(number=self.take.number),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if not attempt(self, lambda: stocktake.cancel_stocktake(self.actor, self.take.id)):
            return False
        self.refresh()
        return True

    def export_sheet(self, path: Path | None = None):
        from reports.stock_count_sheet import export_count_sheet
        from ui.widgets.export_button import choose_export_path

        if self.take is None:
            return None
        target = path or choose_export_path(self, self.tr("Count sheet {number}").format(
            number=self.take.number))  # fmt: skip
        if target is None:
            return None
        actor, take_id = self.actor, self.take.id
        return save_report(self, lambda out: export_count_sheet(actor, take_id, out), target)

    def import_sheet(self, path: Path | None = None):
        if self.take is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import count sheet"), "", self.tr("Excel workbook (*.xlsx)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        actor, take_id = self.actor, self.take.id

        def imported(count: int) -> None:
            self.refresh()
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Count sheet imported"),
                              self.tr("{n} counts were taken from {file}.").format(
                                  n=count, file=path.name), parent=self.window())  # fmt: skip
            box.setObjectName("counts_imported")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        return run_task(lambda _c: stocktake.import_counts(actor, take_id, path),
                        on_success=imported, parent=self,
                        progress_label=self.tr("Reading {file}…").format(file=path.name),
                        cancellable=False)  # fmt: skip

    # --- refresh -------------------------------------------------------------------------

    def _show_status(self) -> None:
        take = self.take
        if take is None:
            self.status.setText(self.tr("No count is open. Start one to freeze the book "
                                        "quantities and count."))  # fmt: skip
            return
        done, total = stock_views.count_progress(self.actor, take.id)
        self.status.setText(
            self.tr("Stocktake {number} of {date}, started by {who}{category}: {done} of "
                    "{total} items counted.").format(
                number=take.number, date=take.count_date.isoformat(), who=take.started_by,
                category=f"（{take.category}）" if take.category else "", done=done, total=total)
        )  # fmt: skip

    def refresh(self) -> None:
        self.take = stock_views.open_stocktake(self.actor)
        is_open, can_edit = self.take is not None, self.actor.can(Cap.STOCK_EDIT)
        self.start_button.setEnabled(can_edit and not is_open)
        for widget in (self.export_button, self.report_button):
            widget.setEnabled(is_open)
        for widget in (self.import_button, self.cancel_button, self.scan, self.count):
            widget.setEnabled(is_open and can_edit)
        self.post_button.setEnabled(is_open and self.actor.can(Cap.STOCKTAKE_APPROVE))
        self._show_status()
        self.lines.refresh()
        self.table.resizeColumnsToContents()
        if self.tabs.currentIndex() == 1:
            self.show_differences()
