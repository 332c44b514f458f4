"""A lazy, sortable, filterable table model over a peewee query.

Rows arrive one page at a time through canFetchMore/fetchMore, so opening a table of a
million rows costs one page (plus one COUNT when the status line asks for the total).
Sorting and filtering happen in SQL. Pages after the first are fetched by keyset
("rows after the last one seen") when the order is a plain column, because OFFSET makes
SQLite walk and discard every skipped row; other sort expressions fall back to OFFSET.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import peewee as pw
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
QueryFactory = Callable[[], pw.ModelSelect]
QueryFilter = Callable[[pw.ModelSelect], pw.ModelSelect]

SORT_ROLE = Qt.ItemDataRole.UserRole  # raw value; what a proxy would sort by

# Private result columns: the primary key and the sort value, read raw (no python_value)
# so they can be bound straight back into the next page's WHERE.
_PK_KEY = "_qtm_pk"
_SORT_KEY = "_qtm_sort"


@dataclass(frozen=True)
class Column:
    key: str  # key of the value in each row dict
    title: str  # header text, already translated
    sort_expr: pw.Node | None = None  # ORDER BY expression; None = not sortable
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    format: Callable[[Any], str] | None = None  # raw value (never None) → display text
    tooltip: Callable[[Mapping[str, Any]], str | None] | None = None  # row → cell tooltip


@dataclass(frozen=True)
class _Plan:
    """How the current sort is ordered and paged."""

    order_by: tuple[pw.Node, ...]
    sort_field: pw.Field | None  # keyset column ahead of the primary key, if any
    descending: bool
    keyset: bool
    sort_may_be_null: bool


@dataclass(frozen=True)
class _Cursor:
    """Where the next page starts: after this row (keyset) or after `offset` rows."""

    last_id: Any
    last_sort: Any
    offset: int


class RowSnapshot:
    """The rows a model shows, with its filter and order frozen at the time of the call,
    read in batches off the GUI thread (an export runs through every matching row, not only
    the pages the view has loaded)."""

    def __init__(
        self, columns: tuple[Column, ...], query: Callable[[], pw.ModelSelect], plan: _Plan
    ) -> None:
        self.columns = columns
        self._query = query
        self._plan = plan

    def count(self) -> int:
        return self._query().count()

    def rows(self, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Every matching row as a dict, in the model's order, by the same keyset paging."""
        if batch < 1:
            raise ValueError("batch must be positive")
        cursor: _Cursor | None = None
        while True:
            page = list(_paged(self._query(), self._plan, cursor).limit(batch).dicts())
            if not page:
                return
            last = page[-1]
            offset = cursor.offset if cursor else 0
            cursor = _Cursor(last[_PK_KEY], last.get(_SORT_KEY), offset + len(page))
            for row in page:
                row.pop(_PK_KEY, None)
                row.pop(_SORT_KEY, None)
                yield row
            if len(page) < batch:
                return

    def display_row(self, row: Mapping[str, Any], sections: Sequence[int]) -> list[str]:
        """The texts the view shows for `row` in the given columns (formats, masks, labels)."""
        return [display_text(self.columns[i], row.get(self.columns[i].key)) for i in sections]


class QueryTableModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        query_factory: QueryFactory,
        page_size: int = 200,
        *,
        sort_column: int = -1,
        sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if page_size < 1:
            raise ValueError("page_size must be positive")
        self._columns = tuple(columns)
        self._query_factory = query_factory
        self._page_size = page_size
        self._filter: QueryFilter | None = None
        self._sort_column = sort_column if self._is_sortable(sort_column) else -1
        self._sort_order = sort_order
        self._count: int | None = None
        self._rows: list[dict[str, Any]] = []
        self._ids: list[Any] = []
        self._last_sort: Any = None
        self._has_more = False
        self._changing = False  # inside begin…/end… of a reset or an insert
        self._plan: _Plan
        self._reload()

    # --- public API -------------------------------------------------------------------

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    @property
    def page_size(self) -> int:
        return self._page_size

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def total_count(self) -> int:
        """Rows matching the current filter; one COUNT query, cached until reset."""
        if self._count is None:
            self._count = self._filtered_query().count()
        return self._count

    def set_filter(self, fn: QueryFilter | None) -> None:
        self._filter = fn
        self.refresh()

    def refresh(self) -> None:
        """Re-run the query (same sort and filter), e.g. after an edit elsewhere."""
        self._count = None
        self._reset()

    def row_dict(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def current_query(self) -> pw.ModelSelect:
        """The filtered query in the current order, without paging."""
        return self._filtered_query().order_by(*self._plan.order_by)

    def snapshot(self) -> RowSnapshot:
        """What the model shows now, for reading every row in a background task."""
        factory, where = self._query_factory, self._filter

        def query() -> pw.ModelSelect:
            return where(factory()) if where is not None else factory()

        return RowSnapshot(self._columns, query, self._plan)

    def iter_all_rows(self, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Every row matching the current filter, in order, `batch` rows per query."""
        return self.snapshot().rows(batch)

    def row_id(self, row: int) -> Any:
        return self._ids[row]

    def row_of_id(self, row_id: Any) -> int:
        """Index of a loaded row by primary key, or -1 (not loaded or filtered out)."""
        try:
            return self._ids.index(row_id)
        except ValueError:
            return -1

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if _is_child(parent) else len(self._rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if _is_child(parent) else len(self._columns)

    def canFetchMore(self, parent: Index) -> bool:
        # Slots of the about-to-change signals may ask again; a page then would nest inserts.
        return not parent.isValid() and self._has_more and not self._changing

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        # Query before beginInsertRows so a database error leaves the model consistent.
        page = self._fetch_page()
        if not page:
            return
        first = len(self._rows)
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._append(page)
            self.endInsertRows()
        finally:
            self._changing = False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(column, row.get(column.key))
        if role == SORT_ROLE:
            return row.get(column.key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return column.align | Qt.AlignmentFlag.AlignVCenter
            return None
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """ORDER BY in SQL; -1 restores the query's own order, unsortable columns are ignored."""
        if column != -1 and not self._is_sortable(column):
            return
        if (column, order) == (self._sort_column, self._sort_order):
            return  # the view calls sort() when sorting is enabled; skip the extra query
        self._sort_column, self._sort_order = column, order
        self._reset()

    # --- loading ------------------------------------------------------------------------

    def _reset(self) -> None:
        self._changing = True
        self.beginResetModel()
        try:
            self._reload()
        finally:
            self.endResetModel()
            self._changing = False

    def _reload(self) -> None:
        self._rows, self._ids, self._last_sort = [], [], None
        self._has_more = True
        self._plan = self._make_plan()
        self._append(self._fetch_page())

    def _fetch_page(self) -> list[dict[str, Any]]:
        # One extra row tells whether another page exists without a COUNT.
        rows = list(self._page_query().limit(self._page_size + 1).dicts())
        self._has_more = len(rows) > self._page_size
        return rows[: self._page_size]

    def _append(self, page: list[dict[str, Any]]) -> None:
        sort_values = [row.pop(_SORT_KEY, None) for row in page]
        self._ids.extend(row.pop(_PK_KEY) for row in page)
        self._rows.extend(page)
        if sort_values:
            self._last_sort = sort_values[-1]

    def _page_query(self) -> pw.ModelSelect:
        cursor = None
        if self._rows:
            cursor = _Cursor(self._ids[-1], self._last_sort, len(self._rows))
        return _paged(self._filtered_query(), self._plan, cursor)

    # --- query building -----------------------------------------------------------------

    def _filtered_query(self) -> pw.ModelSelect:
        query = self._query_factory()
        return self._filter(query) if self._filter is not None else query

    def _make_plan(self) -> _Plan:
        query = self._query_factory()
        pk = _primary_key(query)
        desc = self._sort_order == Qt.SortOrder.DescendingOrder
        if self._sort_column == -1:
            own = tuple(query._order_by or ())  # no public getter in peewee
            if own:
                return _Plan((*own, pk.asc()), None, False, False, False)
            return _Plan((pk.asc(),), None, False, True, False)
        expr = self._columns[self._sort_column].sort_expr
        tie = pk.desc() if desc else pk.asc()
        order = (expr.desc() if desc else expr.asc(), tie)
        if not isinstance(expr, pw.Field):
            return _Plan(order, None, desc, False, False)
        # A column of a joined table can come back NULL from an outer join.
        may_be_null = expr.null or expr.model is not query.model
        return _Plan(order, expr, desc, True, may_be_null)

    def _is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column].sort_expr is not None

    def _valid(self, index: Index) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self._columns)
        )


def _paged(query: pw.ModelSelect, plan: _Plan, cursor: _Cursor | None) -> pw.ModelSelect:
    """`query` in the plan's order with the key columns paging needs, from `cursor` on."""
    pk = _primary_key(query)
    extra = [pk.alias(_PK_KEY).coerce(False)]
    if plan.sort_field is not None:
        extra.append(plan.sort_field.alias(_SORT_KEY).coerce(False))
    query = query.select_extend(*extra).order_by(*plan.order_by)
    if cursor is None:
        return query
    if plan.keyset:
        return query.where(_after(plan, pk, cursor))
    return query.offset(cursor.offset)


def _after(plan: _Plan, pk: pw.Field, cursor: _Cursor) -> pw.Expression:
    """WHERE clause for the rows that follow the cursor's row in the plan's order.

    SQLite puts NULLs first ascending and last descending; a row-value comparison with
    NULL is never true, so NULL sort values need their own branch.
    """
    last_id, last = cursor.last_id, cursor.last_sort
    after_id = (pk < last_id) if plan.descending else (pk > last_id)
    field = plan.sort_field
    if field is None:
        return after_id
    if last is None:
        if plan.descending:
            return field.is_null() & after_id
        return (field.is_null() & after_id) | field.is_null(False)
    pair, bound = pw.Tuple(field, pk), (last, last_id)
    after = (pair < bound) if plan.descending else (pair > bound)
    if plan.descending and plan.sort_may_be_null:
        return after | field.is_null()
    return after


def _primary_key(query: pw.ModelSelect) -> pw.Field:
    return query.model._meta.primary_key


def _is_child(parent: Index | None) -> bool:
    return parent is not None and parent.isValid()


def display_text(column: Column, value: Any) -> str:
    """A value as the column shows it."""
    if value is None:
        return ""
    return column.format(value) if column.format is not None else str(value)
