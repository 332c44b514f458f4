"""Date fields: calendar popup, yyyy-MM-dd, and an optional variant that can stay empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from app.clock import local_today

DISPLAY_FORMAT = "yyyy-MM-dd"
# QDateEdit can't be empty: its minimum date stands for "no date" and is shown blank.
_NO_DATE = QDate(1900, 1, 1)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class DateEdit(QDateEdit):
    """A required date, today unless given."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.set_value(value or local_today())

    def value(self) -> date:
        return self.date().toPython()

    def set_value(self, value: date) -> None:
        self.setDate(to_qdate(value))


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty (Delete clears it); the popup opens on this month."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(" ")
        self.set_value(value)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        return None if self.date() == _NO_DATE else self.date().toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(to_qdate(value) if value else _NO_DATE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.set_value(None)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = local_today()
            self.calendarWidget().setCurrentPage(today.year, today.month)
        return super().eventFilter(watched, event)
