"""Small read-only tables of records (vacant units, permits, files): rows selected whole,
columns fitted to their contents, the last column taking the spare width."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from ui.models.list_model import figure_alignment


def record_table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    fit_columns(table)
    return table


def fit_columns(table: QTableWidget) -> None:
    table.resizeColumnsToContents()
    # Set again after every fit: resizing to contents shrinks a stretched column until the
    # next resize of the window.
    table.horizontalHeader().setSectionResizeMode(
        table.columnCount() - 1, QHeaderView.ResizeMode.Stretch
    )


def fill_rows(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    """Plain text rows, figures right-aligned, columns fitted."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            item = QTableWidgetItem(text)
            if (align := figure_alignment(text)) is not None:
                item.setTextAlignment(align)
            table.setItem(r, c, item)
    fit_columns(table)
