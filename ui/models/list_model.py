"""A read-only table model over a small in-memory list (accounts, settings, logs)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
# Amounts, counts and rates stand right-aligned like a ledger's figures: ¥1,234.50, -3, 75.0%.
# Identifiers made of digits stay left: a leading zero (001) or more than six digits without
# separators (phones, barcodes).
_FIGURE = re.compile(r"-?¥?-?(0|[1-9]\d{0,2}(,\d{3})+|[1-9]\d{0,5})(\.\d+)?%?")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def figure_alignment(text: object) -> Qt.AlignmentFlag | None:
    """Right for a figure, None (the view's default) for anything else."""
    return _RIGHT if text is not None and _FIGURE.fullmatch(str(text)) else None


class ListTableModel(QAbstractTableModel):
    def __init__(
        self, columns: Sequence[tuple[str, Callable[[Any], str]]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._items: list[Any] = []

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[index.column()][1](self._items[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            text = self._columns[index.column()][1](self._items[index.row()])
            return figure_alignment(text)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None
