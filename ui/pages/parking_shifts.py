"""临停/班次: shifts with their takings, invoices and handover; a shift whose invoices are
worth more than its takings is shown in red. Tariffs are entered here too."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import invoice_books, parking_shifts, parking_tariffs
from app.services.parking_shifts import ShiftFigures, shift_ranges, shift_visits
from app.services.permissions import Actor, Cap
from app.services.unit_facts import office_today
from ui.dialogs.errors import show_error
from ui.dialogs.form_dialog import FormDialog
from ui.models.list_model import Index, ListTableModel
from ui.pages.parking_common import button_row, label
from ui.widgets.dates import DateEdit
from ui.widgets.export_button import add_export_button
from ui.widgets.table import configure_table

FLAGGED = QColor("#f8d0d0")


def _money(value: object) -> str:
    return "" if value is None else str(value)


def _clock(moment: datetime | None) -> str:
    return parking_tariffs.local(moment).strftime("%m-%d %H:%M") if moment else ""


def _time_edit(moment: QDateTime | None = None) -> QDateTimeEdit:
    edit = QDateTimeEdit(moment or QDateTime.currentDateTime())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def _instant(edit: QDateTimeEdit) -> datetime:
    return parking_tariffs.from_local(edit.dateTime().toPython().replace(second=0, microsecond=0))


class TariffDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("New parking tariff"))
        self.name = self.add_row(self.tr("Name"), "name", QLineEdit())
        self.start = self.add_row(self.tr("Valid from"), "effective_from", DateEdit())
        self.free = self.add_row(self.tr("Free minutes"), "free_minutes", QSpinBox())
        self.free.setRange(0, 1440)
        self.free.setValue(30)
        self.hour = self.add_row(self.tr("Price per started hour"), "hour_price", QLineEdit())
        self.night_start = self.add_row(self.tr("Night from (HH:MM)"), "night_start", QLineEdit())
        self.night_end = self.add_row(self.tr("Night until (HH:MM)"), "night_end", QLineEdit())
        self.night = self.add_row(self.tr("Night price per hour"), "night_price", QLineEdit())
        self.cap = self.add_row(self.tr("Cap per 24 hours"), "daily_cap", QLineEdit())

    def submit(self) -> str:
        return parking_tariffs.create_tariff(
            self.actor,
            name=self.name.text(),
            effective_from=self.start.value(),
            free_minutes=self.free.value(),
            hour_price=self.hour.text(),
            night_price=self.night.text(),
            night_start=self.night_start.text(),
            night_end=self.night_end.text(),
            daily_cap=self.cap.text(),
        ).id


class OpenShiftDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Open a shift"))
        self.operator = self.add_row(self.tr("On duty"), "operator", QLineEdit())
        self.post = self.add_row(self.tr("Post"), "post", QLineEdit())

    def submit(self) -> str:
        return parking_shifts.open_shift(self.actor, self.operator.text(), self.post.text()).id


class VisitDialog(FormDialog):
    def __init__(self, actor: Actor, shift: ShiftFigures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.shift = actor, shift
        self.setWindowTitle(self.tr("Shift {number}: vehicle").format(number=shift.number))
        self.plate = self.add_row(self.tr("Plate"), "plate", QLineEdit())
        self.entered = self.add_row(
            self.tr("In"), "entered_at", _time_edit(QDateTime.currentDateTime().addSecs(-3600))
        )
        self.left = self.add_row(self.tr("Out"), "left_at", _time_edit())

    def submit(self) -> str:
        return parking_shifts.record_visit(
            self.actor,
            self.shift.id,
            self.plate.text(),
            _instant(self.entered),
            _instant(self.left),
        ).id


class SummaryDialog(FormDialog):
    def __init__(self, actor: Actor, shift: ShiftFigures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.shift = actor, shift
        self.setWindowTitle(self.tr("Shift {number}: summary entry").format(number=shift.number))
        self.vehicles = self.add_row(self.tr("Vehicles"), "vehicles", QSpinBox())
        self.vehicles.setRange(0, 100_000)
        self.amount = self.add_row(self.tr("Amount"), "amount", QLineEdit())
        self.note = self.add_row(self.tr("Note"), "note", QLineEdit())

    def submit(self) -> str:
        return parking_shifts.record_summary(
            self.actor, self.shift.id, self.vehicles.value(), self.amount.text(), self.note.text()
        ).id


class InvoiceUseDialog(FormDialog):
    """The numbers of a book the person on duty handed out, from its next number on."""

    def __init__(self, actor: Actor, shift: ShiftFigures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.shift = actor, shift
        self.setWindowTitle(self.tr("Shift {number}: invoices used").format(number=shift.number))
        self.book = self.add_row(self.tr("Book"), "book", QComboBox())
        for row in invoice_books.books_held_by(actor, shift.operator):
            self.book.addItem(
                self.tr("{code} · {value} yuan · next {next}").format(
                    code=row.book_code, value=row.denomination, next=row.next_number
                ),
                row,
            )
        self.first = self.add_row(self.tr("First number"), "first_number", QLineEdit())
        self.last = self.add_row(self.tr("Last number"), "last_number", QLineEdit())
        self.voids = self.add_row(self.tr("Voided numbers"), "voids", QLineEdit())
        self.voids.setPlaceholderText("12, 15")
        self.reason = self.add_row(self.tr("Void reason"), "void_reason", QLineEdit())
        self.book.currentIndexChanged.connect(self._book_chosen)
        self._book_chosen()

    def _book_chosen(self) -> None:
        row = self.book.currentData()
        self.first.setText(row.next_number if row else "")

    def submit(self) -> str:
        row = self.book.currentData()
        ranges = invoice_books.record_shift_numbers_typed(
            self.actor,
            self.shift.id,
            row.id if row else None,
            self.first.text(),
            self.last.text(),
            self.voids.text(),
            self.reason.text(),
        )
        return ranges[0].id


class HandoverDialog(FormDialog):
    def __init__(self, actor: Actor, shift: ShiftFigures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor, self.shift = actor, shift
        self.setWindowTitle(self.tr("Shift {number}: hand over").format(number=shift.number))
        self.add_row(self.tr("Takings recorded"), "takings", QLineEdit(str(shift.takings)))
        self.fields["takings"].setReadOnly(True)
        self.counted = self.add_row(self.tr("Cash counted"), "counted_cash", QLineEdit())
        self.handed_to = self.add_row(self.tr("Handed to"), "handed_to", QLineEdit())
        self.note = self.add_row(self.tr("Note"), "close_note", QPlainTextEdit())
        self.note.setMaximumHeight(60)

    def submit(self) -> str:
        return parking_shifts.close_shift(
            self.actor,
            self.shift.id,
            self.counted.text(),
            self.handed_to.text(),
            self.note.toPlainText(),
        ).id


class ShiftModel(ListTableModel):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            return FLAGGED if self.item(index.row()).invoices_exceed_takings else None
        return super().data(index, role)


class ShiftsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.model = ShiftModel(
            [
                (self.tr("Shift"), lambda r: r.number),
                (self.tr("On duty"), lambda r: r.operator),
                (self.tr("Post"), lambda r: r.post),
                (self.tr("Date"), lambda r: str(r.business_date)),
                (self.tr("Status"), lambda r: label(r.status)),
                (self.tr("Vehicles"), lambda r: str(r.vehicles)),
                (self.tr("Takings"), lambda r: _money(r.takings)),
                (self.tr("Invoices"), lambda r: str(r.invoices_used)),
                (self.tr("Void"), lambda r: str(r.invoices_void)),
                (self.tr("Invoice value"), lambda r: _money(r.invoice_value)),
                (self.tr("Counted"), lambda r: _money(r.counted_cash)),
                (self.tr("Difference"), lambda r: _money(r.difference)),
                (self.tr("Handed to"), lambda r: r.handed_to),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("parking_shifts")
        configure_table(self.table, self.model)
        collect = actor.can(Cap.PARKING_COLLECT)
        bar, self.buttons = button_row(
            self,
            [
                (self.tr("&Open shift…"), self.open_shift, "open_shift", collect),
                (self.tr("&Vehicle…"), self.visit, "record_visit", collect),
                (self.tr("&Summary…"), self.summary, "record_summary", collect),
                (self.tr("&Invoices used…"), self.invoices, "record_invoices", collect),
                (self.tr("&Hand over…"), self.hand_over, "hand_over", collect),
                (self.tr("&Print report"), self.print_report, "print_shift", True),
                (self.tr("&Tariff…"), self.new_tariff, "new_tariff", actor.can(Cap.PARKING_MANAGE)),
            ],
        )
        bar.addStretch(1)
        add_export_button(bar, actor, self.table, self.tr("Parking shifts"), self)
        self.tariff = QLabel()
        self.tariff.setObjectName("tariff_in_force")
        self.visits_model = ListTableModel(
            [
                (self.tr("Kind"), lambda v: label(v.kind)),
                (self.tr("Plate"), lambda v: v.plate),
                (self.tr("In"), lambda v: _clock(v.entered_at)),
                (self.tr("Out"), lambda v: _clock(v.left_at)),
                (self.tr("Minutes"), lambda v: str(v.minutes) if v.kind == "visit" else ""),
                (self.tr("Vehicles"), lambda v: str(v.vehicles)),
                (self.tr("Amount"), lambda v: str(v.amount)),
                (self.tr("Note"), lambda v: v.note),
            ],
            self,
        )
        self.visits = QTableView()
        self.visits.setObjectName("shift_visits")
        configure_table(self.visits, self.visits_model)
        self.ranges_model = ListTableModel(
            [
                (self.tr("Book"), lambda r: r.book.book_code),
                (self.tr("Value"), lambda r: str(r.book.denomination)),
                (self.tr("First"), lambda r: invoice_books.number_text(r.book, r.first_number)),
                (self.tr("Last"), lambda r: invoice_books.number_text(r.book, r.last_number)),
                (self.tr("Count"), lambda r: str(r.count)),
                (self.tr("Status"), lambda r: label(r.status)),
                (self.tr("Void reason"), lambda r: r.reason),
            ],
            self,
        )
        self.ranges = QTableView()
        self.ranges.setObjectName("shift_invoices")
        configure_table(self.ranges, self.ranges_model)
        detail = QSplitter()
        detail.addWidget(self.visits)
        detail.addWidget(self.ranges)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tariff)
        layout.addWidget(split)

    def refresh(self) -> None:
        self.model.set_items(parking_shifts.recent_shifts(self.actor))
        self._show_tariff()
        self._show_detail()

    def _show_tariff(self) -> None:
        t = parking_tariffs.tariff_in_force(self.actor, office_today())
        if t is None:
            self.tariff.setText(self.tr("No temporary-parking tariff yet: enter one with Tariff…"))
            return
        text = self.tr(
            "Tariff in force: {name} — {free} minutes free, {hour} yuan per started hour"
        )
        parts = [text.format(name=t.name, free=t.free_minutes, hour=t.hour_price)]
        if t.night_start:
            parts.append(
                self.tr("night {start}–{end} {price} yuan per hour").format(
                    start=t.night_start, end=t.night_end, price=t.night_price
                )
            )
        if t.daily_cap is not None:
            parts.append(self.tr("at most {cap} yuan per 24 hours").format(cap=t.daily_cap))
        self.tariff.setText(self.tr(", ").join(parts))

    def _show_detail(self, *_args: object) -> None:
        shift = self.selected()
        self.visits_model.set_items(shift_visits(self.actor, shift.id) if shift else [])
        self.ranges_model.set_items(shift_ranges(self.actor, shift.id) if shift else [])

    def selected(self) -> ShiftFigures | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def select_number(self, number: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row).number == number:
                self.table.selectRow(row)

    def _run(self, dialog: FormDialog) -> None:
        shift = self.selected()
        if dialog.exec():
            self.refresh()
            if shift:
                self.select_number(shift.number)

    def _with_shift(self, make: type[FormDialog]) -> None:
        shift = self.selected()
        if shift:
            self._run(make(self.actor, shift, self))

    def open_shift(self) -> None:
        dialog = OpenShiftDialog(self.actor, self)
        if dialog.exec():
            self.refresh()
            self.table.selectRow(0)

    def visit(self) -> None:
        self._with_shift(VisitDialog)

    def summary(self) -> None:
        self._with_shift(SummaryDialog)

    def invoices(self) -> None:
        self._with_shift(InvoiceUseDialog)

    def hand_over(self) -> None:
        self._with_shift(HandoverDialog)

    def new_tariff(self) -> None:
        TariffDialog(self.actor, self).exec()

    def make_report(self, out):
        from reports.parking_shift import render_shift_report

        shift = self.selected()
        return render_shift_report(self.actor, shift.id, out) if shift else None

    def print_report(self) -> None:
        from ui.pdf_preview import print_document

        shift = self.selected()
        if shift is None:
            return
        try:
            print_document(self, self.make_report, f"{shift.number}.pdf", self.tr("Shift report"))
        except UserError as exc:
            show_error(self, exc)
