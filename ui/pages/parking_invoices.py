"""发票: invoice books (receive, issue, return, void, return unused, write off; deleting is
refused with the reason) and the month's register (发票领用登记簿) to print or save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import invoice_books
from app.services.invoice_books import BookRow
from app.services.invoice_register import invoice_register
from app.services.permissions import Actor, Cap
from ui.dialogs.errors import show_error
from ui.dialogs.form_dialog import FormDialog
from ui.models.list_model import ListTableModel
from ui.pages.parking_common import button_row, label
from ui.widgets.dates import DateEdit
from ui.widgets.export_button import add_export_button
from ui.widgets.table import configure_table


class ReceiveBookDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Receive an invoice book"))
        self.kind = self.add_row(self.tr("Invoice type"), "invoice_type", QLineEdit("停车定额发票"))
        self.denomination = self.add_row(self.tr("Denomination"), "denomination", QLineEdit())
        self.denomination.setPlaceholderText("10")
        self.code = self.add_row(self.tr("Book code"), "book_code", QLineEdit())
        self.first = self.add_row(self.tr("First number"), "first_number", QLineEdit())
        self.last = self.add_row(self.tr("Last number"), "last_number", QLineEdit())
        self.source = self.add_row(self.tr("Received from"), "received_from", QLineEdit())
        self.day = self.add_row(self.tr("Received on"), "received_on", DateEdit())

    def submit(self) -> str:
        first, last = self.first.text(), self.last.text()
        return invoice_books.receive_book(
            self.actor,
            invoice_type=self.kind.text(),
            denomination=self.denomination.text(),
            book_code=self.code.text(),
            first_number=invoice_books.parse_number(first, "first_number"),
            last_number=invoice_books.parse_number(last, "last_number"),
            received_from=self.source.text(),
            received_on=self.day.value(),
            digits=max(len(first.strip()), len(last.strip())),
        ).id


class IssueBookDialog(FormDialog):
    def __init__(self, actor: Actor, book: BookRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.book = actor, book
        self.setWindowTitle(self.tr("Issue book {code}").format(code=book.book_code))
        self.holder = self.add_row(self.tr("Issued to"), "holder", QLineEdit())
        self.signature = self.add_row(self.tr("Signature"), "signature", QLineEdit())
        self.day = self.add_row(self.tr("Issued on"), "issued_on", DateEdit())

    def submit(self) -> str:
        return invoice_books.issue_book(
            self.actor, self.book.id, self.holder.text(), self.signature.text(), self.day.value()
        ).id


class VoidDialog(FormDialog):
    def __init__(self, actor: Actor, book: BookRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.book = actor, book
        self.setWindowTitle(self.tr("Void numbers of book {code}").format(code=book.book_code))
        self.first = self.add_row(
            self.tr("First number"), "first_number", QLineEdit(book.next_number)
        )
        self.last = self.add_row(self.tr("Last number"), "last_number", QLineEdit(book.next_number))
        self.reason = self.add_row(self.tr("Void reason"), "reason", QLineEdit())

    def submit(self) -> str:
        return invoice_books.void_numbers(
            self.actor,
            self.book.id,
            invoice_books.parse_number(self.first.text(), "first_number"),
            invoice_books.parse_number(self.last.text(), "last_number"),
            self.reason.text(),
        ).id


class BooksTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.model = ListTableModel(
            [
                (self.tr("Book"), lambda r: r.book_code),
                (self.tr("Type"), lambda r: r.invoice_type),
                (self.tr("Value"), lambda r: str(r.denomination)),
                (self.tr("First"), lambda r: r.first),
                (self.tr("Last"), lambda r: r.last),
                (self.tr("Received"), lambda r: str(r.received_on)),
                (self.tr("Held by"), lambda r: r.holder),
                (self.tr("Next"), lambda r: r.next_number),
                (self.tr("Used"), lambda r: str(r.used)),
                (self.tr("Void"), lambda r: str(r.void)),
                (self.tr("Returned"), lambda r: str(r.returned)),
                (self.tr("Remaining"), lambda r: str(r.remaining)),
                (self.tr("Written off"), lambda r: str(r.written_off_on or "")),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("invoice_books")
        configure_table(self.table, self.model)
        can = actor.can(Cap.INVOICE_MANAGE)
        bar, self.buttons = button_row(
            self,
            [
                (self.tr("&Receive…"), self.receive, "receive_book", can),
                (self.tr("&Issue…"), self.issue, "issue_book", can),
                (self.tr("Book &back"), self.book_back, "return_book", can),
                (self.tr("&Void…"), self.void, "void_numbers", can),
                (self.tr("Return &unused"), self.return_unused, "return_unused", can),
                (self.tr("&Write off"), self.write_off, "write_off", can),
                (self.tr("&Delete"), self.delete, "delete_book", can),
            ],
        )
        bar.addStretch(1)
        add_export_button(bar, actor, self.table, self.tr("Invoice books"), self)
        self.issues_model = ListTableModel(
            [
                (self.tr("Issued to"), lambda i: i.holder),
                (self.tr("Signature"), lambda i: i.signature),
                (self.tr("Issued on"), lambda i: str(i.issued_on)),
                (self.tr("Returned on"), lambda i: str(i.returned_on or "")),
            ],
            self,
        )
        self.issues = QTableView()
        self.issues.setObjectName("book_issues")
        configure_table(self.issues, self.issues_model)
        self.ranges_model = ListTableModel(
            [
                (self.tr("First"), lambda r: invoice_books.number_text(r.book, r.first_number)),
                (self.tr("Last"), lambda r: invoice_books.number_text(r.book, r.last_number)),
                (self.tr("Count"), lambda r: str(r.count)),
                (self.tr("Status"), lambda r: label(r.status)),
                (self.tr("Date"), lambda r: str(r.recorded_on)),
                (self.tr("Holder"), lambda r: r.holder),
                (self.tr("Shift"), lambda r: r.shift.number if r.shift_id else ""),
                (self.tr("Reason"), lambda r: r.reason),
            ],
            self,
        )
        self.ranges = QTableView()
        self.ranges.setObjectName("book_ranges")
        configure_table(self.ranges, self.ranges_model)
        detail = QSplitter()
        detail.addWidget(self.issues)
        detail.addWidget(self.ranges)
        detail.setSizes([420, 780])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.table.selectionModel().selectionChanged.connect(self._show_history)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split)

    def refresh(self) -> None:
        self.model.set_items(invoice_books.book_rows(self.actor, include_written_off=True))
        self._show_history()

    def _show_history(self, *_args: object) -> None:
        book = self.selected()
        history = invoice_books.book_history(self.actor, book.id) if book else None
        self.issues_model.set_items(history.issues if history else [])
        self.ranges_model.set_items(history.ranges if history else [])

    def selected(self) -> BookRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def select_code(self, code: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row).book_code == code:
                self.table.selectRow(row)

    def _after(self, book: BookRow | None) -> None:
        self.refresh()
        if book:
            self.select_code(book.book_code)

    def receive(self) -> None:
        if ReceiveBookDialog(self.actor, self).exec():
            self.refresh()

    def issue(self) -> None:
        book = self.selected()
        if book and IssueBookDialog(self.actor, book, self).exec():
            self._after(book)

    def void(self) -> None:
        book = self.selected()
        if book and VoidDialog(self.actor, book, self).exec():
            self._after(book)

    def _act(self, action, question: str) -> None:
        book = self.selected()
        if book is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Invoice books"), question.format(code=book.book_code)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            action(self.actor, book.id)
        except UserError as exc:
            show_error(self, exc)
        self._after(book)

    def book_back(self) -> None:
        self._act(invoice_books.return_book, self.tr("Record that book {code} came back?"))

    def return_unused(self) -> None:
        self._act(
            invoice_books.return_unused,
            self.tr("Return every unused number of book {code} to the issuer?"),
        )

    def write_off(self) -> None:
        self._act(invoice_books.write_off_book, self.tr("Write off book {code} (缴销)?"))

    def delete(self) -> None:
        self._act(invoice_books.delete_book, self.tr("Delete book {code}?"))


class RegisterTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.month = QDateEdit(QDate.currentDate())
        self.month.setObjectName("register_month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.dateChanged.connect(self.refresh)
        self.model = ListTableModel(
            [
                (self.tr("Book"), lambda r: r.book_code),
                (self.tr("Value"), lambda r: str(r.denomination)),
                (self.tr("Numbers"), lambda r: f"{r.first}–{r.last}"),
                (self.tr("Received"), lambda r: str(r.received_on)),
                (self.tr("Issued to"), lambda r: r.issued_to),
                (self.tr("Used this month"), lambda r: str(r.used_month)),
                (self.tr("Used"), lambda r: str(r.used)),
                (self.tr("Void"), lambda r: str(r.void)),
                (self.tr("Returned"), lambda r: str(r.returned)),
                (self.tr("Remaining"), lambda r: str(r.remaining)),
                (self.tr("Written off"), lambda r: str(r.written_off_on or "")),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("invoice_register")
        configure_table(self.table, self.model)
        self.summary = QLabel()
        self.summary.setObjectName("register_summary")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month)
        buttons, _ = button_row(
            self,
            [
                (self.tr("&Print…"), self.print_register, "print_register", True),
                (self.tr("Save &PDF…"), lambda: self.save_as("pdf"), "save_register_pdf", True),
                (self.tr("Save &Excel…"), lambda: self.save_as("xlsx"), "save_register_xlsx", True),
            ],
        )
        bar.addLayout(buttons)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)

    def period(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def refresh(self) -> None:
        register = invoice_register(self.actor, self.period())
        self.model.set_items(register.rows)
        t = register.totals
        self.summary.setText(
            self.tr(
                "{books} books · used {used} · void {void} · returned {returned} · "
                "remaining {remaining}"
            ).format(books=len(register.rows), **t)
        )

    def write_file(self, out: Path | str) -> Path:
        from reports.invoice_register import render_invoice_register

        return render_invoice_register(self.actor, self.period(), out).path

    def save_as(self, kind: str) -> None:
        name = f"发票领用登记簿-{self.period()}.{kind}"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the register"), name)
        if chosen:
            try:
                self.write_file(chosen)
            except (UserError, OSError) as exc:
                show_error(self, exc)

    def print_register(self) -> None:
        from ui.pdf_preview import print_document

        try:
            print_document(self, self.write_file, "register.pdf", self.tr("Invoice register"))
        except UserError as exc:
            show_error(self, exc)
