"""Common look of list tables."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QTableView

from ui.models.list_model import ListTableModel

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
    if isinstance(model, ListTableModel):
        # A small in-memory list: its rows arrive after the view was laid out; fit the
        # columns each time they do (a page that forgot showed "cangg…", "系统…").
        model.modelReset.connect(view.resizeColumnsToContents)


class PicksFromList:
    """For a tab whose `self.table` shows a ListTableModel `self.model` of rows with an `id`:
    the chosen row, and the same record still chosen after the rows are reloaded."""

    table: QTableView
    model: ListTableModel

    def selected(self) -> Any:
        row = self.table.currentIndex().row()
        return self.model.item(row) if 0 <= row < self.model.rowCount() else None

    def selected_id(self) -> str | None:
        item = self.selected()
        return item.id if item is not None else None

    def select_where(self, wanted: Callable[[Any], bool]) -> None:
        for row in range(self.model.rowCount()):
            if wanted(self.model.item(row)):
                self.table.selectRow(row)
                return

    def reload(self, items: Iterable[Any]) -> None:
        chosen = self.selected_id()
        self.model.set_items(list(items))
        self.select_where(lambda item: item.id == chosen)

    def chosen_id(self, title: str, prompt: str) -> str | None:
        """The chosen row's id, or None after telling the user to choose one first."""
        chosen = self.selected_id()
        if chosen is None:
            QMessageBox.information(self.table.window(), title, prompt)
        return chosen
