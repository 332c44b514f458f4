"""QueryTableModel over a real 100,000-unit SQLite file: paging, SQL sorting, filters."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import peewee as pw
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from app.db import close_database, database, open_database
from app.ids import new_id
from app.models import Building, Community, Entrance, Unit
from app.models.archive import UnitStatus
from ui.models.query_table_model import SORT_ROLE, Column, QueryTableModel

UNITS = 100_000
PAGE = 200
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
RIGHT = Qt.AlignmentFlag.AlignRight
ROOT = QModelIndex()


def _area(value: Decimal) -> str:
    return f"{value:,.2f} ㎡"


COLUMNS = [
    Column("code", "编号", Unit.code),
    Column("floor", "楼层", Unit.floor, RIGHT),
    Column("room_no", "房号", Unit.room_no.cast("INTEGER")),  # not a plain column: OFFSET
    Column("gross_area", "建筑面积", Unit.gross_area, RIGHT, format=_area),
    Column("inner_area", "套内面积", Unit.inner_area, RIGHT, format=_area),
    Column("status", "状态", None, tooltip=lambda row: f"status={row['status']}"),
]
# The same orderings in plain SQL, by column index; the primary key breaks ties.
SQL_ORDER = {
    -1: "",
    0: "code",
    1: "floor",
    2: "CAST(room_no AS INTEGER)",
    3: "gross_area",
    4: "inner_area",
}


def units_query() -> pw.ModelSelect:
    return Unit.select(
        Unit.code, Unit.floor, Unit.room_no, Unit.gross_area, Unit.inner_area, Unit.status
    )


def _unit_row(i: int, entrance_id: str, now: str) -> tuple[Any, ...]:
    gross = 5_000 + (i * 13) % 9_000  # hundredths of ㎡
    inner = None if i % 7 == 0 else gross * 4 // 5
    floor = 1 + (i * 7) % 33  # many ties, not in id order
    status = UnitStatus.ALL[i % len(UnitStatus.ALL)]
    room = str((i * 37) % 1_000 + 1)
    return (new_id(), now, now, 1, entrance_id, f"U{i:06d}", floor, room, gross, inner, status)


def _fill(count: int) -> None:
    now = "2026-01-01T00:00:00.000Z"
    with database.atomic():
        community = Community.create(code="C1", name="翠湖苑")
        building = Building.create(community=community, code="1", name="1号楼")
        entrance = Entrance.create(building=building, code="1", name="1单元")
        database.cursor().executemany(
            "INSERT INTO unit (id, created_at, updated_at, row_version, entrance_id, code, "
            "floor, room_no, gross_area, inner_area, status, unit_type, remarks) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'residential', '')",
            (_unit_row(i, entrance.id, now) for i in range(count)),
        )


@pytest.fixture(scope="module")
def units(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("qtm") / "t.db"
    open_database(path)
    _fill(UNITS)
    yield path
    close_database()


@pytest.fixture
def model(units: Path, qtbot: Any) -> QueryTableModel:
    return QueryTableModel(COLUMNS, units_query, page_size=PAGE)


def sql_ids(
    column: int = -1, order: Qt.SortOrder = ASC, limit: int = PAGE, where: str = ""
) -> list:
    direction = "DESC" if order == DESC else "ASC"
    sort = SQL_ORDER[column]
    order_by = f"{sort} {direction}, id {direction}" if sort else f"id {direction}"
    sql = f"SELECT id FROM unit {where} ORDER BY {order_by} LIMIT {limit}"
    return [row[0] for row in database.execute_sql(sql).fetchall()]


def loaded_ids(model: QueryTableModel) -> list:
    return [model.row_id(row) for row in range(model.rowCount())]


def fetch_until(model: QueryTableModel, rows: int) -> None:
    while model.rowCount() < rows and model.canFetchMore(ROOT):
        model.fetchMore(ROOT)


class QueryLog(logging.Handler):
    """Collects the SQL peewee logs at DEBUG, to count and inspect the queries run."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.sql: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.sql.append(record.msg[0] if isinstance(record.msg, tuple) else str(record.msg))


@pytest.fixture
def query_log() -> Iterator[QueryLog]:
    logger, handler = logging.getLogger("peewee"), QueryLog()
    old_level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(old_level)


def test_model_tester_python(model: QueryTableModel, qtmodeltester: Any) -> None:
    qtmodeltester.check(model, force_py=True)
    # The tester re-checks on every signal: exercise paging, sorting and filtering under it.
    model.fetchMore(ROOT)
    model.sort(1, DESC)
    model.set_filter(lambda q: q.where(Unit.floor == 5))
    model.refresh()


@pytest.mark.qt_log_level_fail("WARNING")
def test_model_tester_qt(model: QueryTableModel, qtmodeltester: Any) -> None:
    qtmodeltester.check(model)  # Qt's C++ tester reports failures as warnings
    model.fetchMore(ROOT)
    model.sort(3, ASC)


def test_construction_loads_one_page_and_does_not_count(units: Path, query_log: QueryLog) -> None:
    model = QueryTableModel(COLUMNS, units_query, page_size=PAGE)
    assert model.rowCount() == PAGE
    assert model.canFetchMore(ROOT)
    assert len(query_log.sql) == 1
    assert "LIMIT" in query_log.sql[0] and "COUNT" not in query_log.sql[0].upper()


def test_total_count_is_one_lazy_cached_query(model: QueryTableModel, query_log: QueryLog) -> None:
    assert model.total_count() == UNITS
    assert model.total_count() == UNITS
    assert len(query_log.sql) == 1 and "COUNT" in query_log.sql[0].upper()
    model.sort(1, ASC)  # sorting does not change the count: still cached
    assert model.total_count() == UNITS
    assert len(query_log.sql) == 2  # just the sort's page


def test_fetch_more_appends_exactly_one_page_in_order(model: QueryTableModel, qtbot: Any) -> None:
    inserted: list[tuple[int, int]] = []
    model.rowsAboutToBeInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    for page in range(1, 10):
        model.fetchMore(ROOT)
        assert model.rowCount() == (page + 1) * PAGE
        assert inserted[-1] == (page * PAGE, (page + 1) * PAGE - 1)
    ids = loaded_ids(model)
    assert len(set(ids)) == 10 * PAGE
    assert ids == sql_ids(limit=10 * PAGE)


@pytest.mark.parametrize("column", [0, 1, 2, 3, 4])
@pytest.mark.parametrize("order", [ASC, DESC])
def test_sort_matches_plain_sql(model: QueryTableModel, column: int, order: Qt.SortOrder) -> None:
    model.sort(column, order)
    assert model.sort_column() == column
    assert loaded_ids(model) == sql_ids(column, order)
    fetch_until(model, 3 * PAGE)  # later pages continue the same order
    assert loaded_ids(model) == sql_ids(column, order, limit=3 * PAGE)


def test_sort_resets_the_model(model: QueryTableModel, qtbot: Any) -> None:
    model.fetchMore(ROOT)
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], timeout=1000):
        model.sort(0, DESC)
    assert model.rowCount() == PAGE


def test_unsortable_column_is_ignored(model: QueryTableModel, query_log: QueryLog) -> None:
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    before = loaded_ids(model)
    model.sort(5, DESC)
    model.sort(99, ASC)
    assert not resets and not query_log.sql
    assert loaded_ids(model) == before and model.sort_column() == -1


def test_sort_minus_one_restores_the_query_order(model: QueryTableModel) -> None:
    model.sort(1, DESC)
    model.sort(-1, ASC)
    assert loaded_ids(model) == sql_ids()


def test_set_filter_narrows_and_counts(model: QueryTableModel) -> None:
    model.sort(3, DESC)
    model.set_filter(lambda q: q.where(Unit.floor == 7, Unit.status == UnitStatus.RENTED))
    expected = database.execute_sql(
        "SELECT COUNT(*) FROM unit WHERE floor = 7 AND status = 'rented'"
    ).fetchone()[0]
    assert 0 < expected < UNITS
    assert model.total_count() == expected
    fetch_until(model, expected)
    assert model.rowCount() == expected and not model.canFetchMore(ROOT)
    assert {model.row_dict(row)["floor"] for row in range(model.rowCount())} == {7}
    where = "WHERE floor = 7 AND status = 'rented'"
    assert loaded_ids(model) == sql_ids(3, DESC, limit=expected, where=where)  # sort kept
    model.set_filter(None)
    assert model.total_count() == UNITS and model.rowCount() == PAGE


def test_refresh_keeps_sort_and_filter_and_sees_new_rows(model: QueryTableModel) -> None:
    model.sort(0, DESC)
    model.set_filter(lambda q: q.where(Unit.floor == 2))
    count = model.total_count()
    with database.atomic() as txn:
        entrance_id = Entrance.select(Entrance.id).scalar()
        Unit.create(entrance=entrance_id, code="Z-NEW", floor=2, room_no="1", gross_area=1)
        model.refresh()
        assert model.total_count() == count + 1
        assert model.row_dict(0)["code"] == "Z-NEW"  # highest code, descending
        assert model.sort_column() == 0 and model.sort_order() == DESC
        txn.rollback()
    model.refresh()
    assert model.total_count() == count


@pytest.mark.parametrize("order", [ASC, DESC])
def test_keyset_with_ties_yields_every_row_once(
    model: QueryTableModel, order: Qt.SortOrder, query_log: QueryLog
) -> None:
    model.sort(1, order)  # floor: ~3,000 units share each value
    fetch_until(model, 5_000)
    ids = loaded_ids(model)
    assert len(ids) == 5_000 and len(set(ids)) == 5_000
    assert ids == sql_ids(1, order, limit=5_000)
    pages = query_log.sql[1:]
    assert pages and all("OFFSET" not in sql for sql in pages)  # keyset, not OFFSET


@pytest.mark.parametrize("order", [ASC, DESC])
def test_keyset_crosses_null_sort_values(model: QueryTableModel, order: Qt.SortOrder) -> None:
    # inner_area is NULL for every 7th unit: NULLs sort first ascending, last descending.
    model.set_filter(lambda q: q.where(Unit.floor == 4))
    model.sort(4, order)
    count = model.total_count()
    fetch_until(model, count)
    ids = loaded_ids(model)
    assert len(ids) == count == len(set(ids))
    assert ids == sql_ids(4, order, limit=count, where="WHERE floor = 4")


def test_expression_sort_falls_back_to_offset(model: QueryTableModel, query_log: QueryLog) -> None:
    model.sort(2, ASC)
    fetch_until(model, 3 * PAGE)
    assert "OFFSET" in query_log.sql[-1]
    assert loaded_ids(model) == sql_ids(2, ASC, limit=3 * PAGE)


def test_joined_sort_column_pages_in_order(units: Path) -> None:
    def factory() -> pw.ModelSelect:
        return (
            Unit.select(Unit.code, Entrance.name.alias("entrance_name"))
            .join(Entrance, pw.JOIN.LEFT_OUTER)
            .order_by(Unit.code.desc())  # the query's own order, used while unsorted
        )

    columns = [Column("code", "编号", Unit.code), Column("entrance_name", "单元", Entrance.code)]
    model = QueryTableModel(columns, factory, page_size=PAGE)
    assert model.row_dict(0) == {"code": f"U{UNITS - 1:06d}", "entrance_name": "1单元"}
    model.sort(1, DESC)  # every unit has the same entrance: the primary key decides
    fetch_until(model, 3 * PAGE)
    assert loaded_ids(model) == sql_ids(-1, DESC, limit=3 * PAGE)


def test_display_role_is_formatted_and_user_role_is_raw(model: QueryTableModel) -> None:
    row = next(r for r in range(model.rowCount()) if model.row_dict(r)["inner_area"] is None)
    raw = model.data(model.index(row, 3), SORT_ROLE)
    assert isinstance(raw, Decimal) and raw == model.row_dict(row)["gross_area"]
    assert model.data(model.index(row, 3)) == _area(raw)
    assert model.data(model.index(row, 4)) == ""  # NULL: empty, format not called
    assert model.data(model.index(row, 4), SORT_ROLE) is None
    assert model.data(model.index(row, 1)) == str(model.row_dict(row)["floor"])
    assert model.data(model.index(row, 1), Qt.ItemDataRole.TextAlignmentRole) == (
        RIGHT | Qt.AlignmentFlag.AlignVCenter
    )
    status = model.row_dict(row)["status"]
    assert model.data(model.index(row, 5), Qt.ItemDataRole.ToolTipRole) == f"status={status}"
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(model.index(model.rowCount(), 0)) is None


def test_headers_and_row_helpers(model: QueryTableModel) -> None:
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert titles == [column.title for column in COLUMNS]
    assert model.columnCount() == len(COLUMNS)
    assert set(model.row_dict(0)) == {column.key for column in COLUMNS}  # no private keys
    assert model.row_id(0) == sql_ids(limit=1)[0]
    assert model.row_of_id(model.row_id(7)) == 7
    assert model.row_of_id("not-loaded") == -1


def test_view_scrolled_to_the_bottom_fetches_more(model: QueryTableModel, qtbot: Any) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == PAGE
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: model.rowCount() > PAGE, timeout=2000)
    assert model.rowCount() == 2 * PAGE
    assert loaded_ids(model) == sql_ids(limit=2 * PAGE)
