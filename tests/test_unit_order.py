"""The archive's unit list in the order people count units: 1-1-101 before 1-1-1001."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.db import database
from app.models.archive import Building, Community, Entrance, Unit
from app.services.archive import UNIT_SORT, units_query
from app.services.permissions import Actor
from ui.models.query_table_model import Column, QueryTableModel

CODES = ["10-1-101", "1-1-1001", "B1-007", "1-1-102", "2-1-101", "1-2-101", "1-1-101",
         "B1-12", "1-1-101A"]  # fmt: skip
COUNTED = ["1-1-101", "1-1-102", "1-1-1001", "1-1-101A", "1-2-101", "2-1-101", "10-1-101",
           "B1-007", "B1-12"]  # fmt: skip


def test_unit_codes_sort_by_their_numbers_through_every_page(
    db_path: Path, system_actor: Actor, qtbot
) -> None:
    community = Community.create(code="C", name="翠湖苑")
    building = Building.create(community=community, code="1", name="1栋")
    entrance = Entrance.create(building=building, code="1", name="1单元")
    for code in CODES:
        Unit.create(entrance=entrance, code=code, floor=1, room_no=code[-3:], gross_area="90")
    columns = [Column("code", "Unit", UNIT_SORT["code"])]
    model = QueryTableModel(columns, lambda: units_query(system_actor), page_size=2)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore(model.index(-1, 0).parent()):
        model.fetchMore(model.index(-1, 0).parent())  # keyset pages of two
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == COUNTED
    model.sort(0, Qt.SortOrder.DescendingOrder)
    while model.canFetchMore(model.index(-1, 0).parent()):
        model.fetchMore(model.index(-1, 0).parent())
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == COUNTED[::-1]
    plan = database.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM unit ORDER BY code_sort, id LIMIT 2"
    ).fetchall()
    assert any("unit_code_sort" in str(step) for step in plan)  # an index, not a sort


def test_every_write_path_stores_the_order_the_migration_backfills(
    db_path: Path, system_actor: Actor
) -> None:
    from app.migrations.v0018_unit_code_order import _key
    from app.unit_order import code_sort_key

    community = Community.create(code="C", name="翠湖苑")
    building = Building.create(community=community, code="1", name="1栋")
    entrance = Entrance.create(building=building, code="1", name="1单元")
    unit = Unit.create(entrance=entrance, code="1-1-101", floor=1, room_no="101", gross_area="90")
    assert Unit.get_by_id(unit.id).code_sort == "00000001-00000001-00000101"
    unit.code = "1-1-1001"
    unit.save()
    assert Unit.get_by_id(unit.id).code_sort == "00000001-00000001-00001001"
    odd = ["B1-001", "地下车库-1-5", "1-1-101A", "123456789-1-1", "1", "a-b-c-d", "1--2"]
    for code in odd:  # the schema's SQL rule and the Python one agree
        sql = database.execute_sql(f"SELECT {_key()} FROM (SELECT ? AS code)", (code,))
        assert sql.fetchone()[0] == code_sort_key(code), code
