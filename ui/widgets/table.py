"""Common look of list tables."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def configure_table(view: QTableView, model: QAbstractItemModel) -> None:
    view.setModel(model)
    sort_column = getattr(model, "sort_column", lambda: 0)()
    order = getattr(model, "sort_order", lambda: Qt.SortOrder.AscendingOrder)()
    view.horizontalHeader().setSortIndicator(max(sort_column, 0), order)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    view.horizontalHeader().setResizeContentsPrecision(50)  # measure the first rows only
    view.resizeColumnsToContents()
