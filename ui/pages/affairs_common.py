"""What the 事务 tabs share: labels of the core's codes, local times, the selected row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QTableView, QWidget

from app.clock import to_local
from app.services import settings
from ui.models.query_table_model import Column, QueryTableModel
from ui.widgets.table import configure_table

_CODES = {
    "parcel": QT_TRANSLATE_NOOP("affairs", "Parcel"),
    "letter": QT_TRANSLATE_NOOP("affairs", "Letter"),
    "registered": QT_TRANSLATE_NOOP("affairs", "Registered letter"),
    "ems": QT_TRANSLATE_NOOP("affairs", "Express mail (EMS)"),
    "printed": QT_TRANSLATE_NOOP("affairs", "Newspapers and magazines"),
    "other": QT_TRANSLATE_NOOP("affairs", "Other"),
    "waiting": QT_TRANSLATE_NOOP("affairs", "Waiting"),
    "collected": QT_TRANSLATE_NOOP("affairs", "Collected"),
    "returned": QT_TRANSLATE_NOOP("affairs", "Returned"),
    "planned": QT_TRANSLATE_NOOP("affairs", "Planned"),
    "done": QT_TRANSLATE_NOOP("affairs", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("affairs", "Cancelled"),
    "applied": QT_TRANSLATE_NOOP("affairs", "Applied"),
    "approved": QT_TRANSLATE_NOOP("affairs", "Approved, fees due"),
    "in_progress": QT_TRANSLATE_NOOP("affairs", "In progress"),
    "accepted": QT_TRANSLATE_NOOP("affairs", "Accepted"),
    "settled": QT_TRANSLATE_NOOP("affairs", "Deposit settled"),
    "rejected": QT_TRANSLATE_NOOP("affairs", "Rejected"),
}


def label(code: str) -> str:
    return QCoreApplication.translate("affairs", _CODES.get(code, code))


def time_formatter() -> Callable[[datetime], str]:
    """Instants as the office's wall-clock time; the time zone is read once, here, not for
    every cell a table paints."""
    zone = settings.get(settings.TIMEZONE)

    def local_time(value: datetime) -> str:
        return to_local(value, zone).strftime("%Y-%m-%d %H:%M")

    return local_time


def selected_row(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return rows[0].row() if rows else None


class SelectsById:
    """For a tab whose `self.table` shows a QueryTableModel `self.model`: the selected
    row's id, and selecting a row by id (after a refresh or a new record)."""

    table: QTableView
    model: QueryTableModel

    def selected_id(self) -> str | None:
        row = selected_row(self.table)
        return None if row is None else self.model.row_id(row)

    def select_id(self, row_id: str) -> None:
        row = self.model.row_of_id(row_id)
        if row >= 0:
            self.table.selectRow(row)


def log_table(
    parent: QWidget, name: str, columns: list[Column], query: Callable[[], object]
) -> tuple[QueryTableModel, QTableView]:
    """A log tab's paged table, newest first (its first column is the number or the time)."""
    model = QueryTableModel(
        columns, query, sort_column=0, sort_order=Qt.SortOrder.DescendingOrder, parent=parent
    )
    table = QTableView()
    table.setObjectName(name)
    configure_table(table, model)
    return model, table
