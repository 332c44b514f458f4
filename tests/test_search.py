"""The global search on real SQLite: spellings, pinyin, phones, plates, ID tails, masking,
and an index that follows every write path in the same transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app import migrations
from app.db import close_database, database, open_database, transaction
from app.demo import generate_demo_office
from app.errors import PermissionDenied
from app.ids import new_id
from app.migrations import v0004_search_index
from app.models.archive import (
    Building,
    Community,
    Entrance,
    Owner,
    Ownership,
    Resident,
    Unit,
    Vehicle,
)
from app.pinyin import name_keys
from app.search import EXACT, PREFIX, TAIL, SearchHit, normalise, search
from app.services import auth
from app.services.permissions import Actor, Role
from tests.test_cli import run

PHONE, ID_NUMBER, PLATE = "13812345678", "110101199003071234", "粤B3K7Q2"


@dataclass
class Office:
    unit: Unit
    other_unit: Unit
    building: Building
    owner: Owner
    resident: Resident
    vehicle: Vehicle


def _person(model: type[Owner] | type[Resident], **values: object) -> Owner | Resident:
    full, initials = name_keys(str(values["name"]))
    return model.create(name_pinyin=full, name_initials=initials, **values)


@pytest.fixture
def office(db_path: Path) -> Office:
    generate_demo_office(120, seed=5)
    assert not Unit.select().where(Unit.code == "3-2-1201").exists()
    community = Community.create(code="TST", name="测试苑")
    building = Building.create(community=community, code="3", name="3栋", floors=30)
    entrance = Entrance.create(building=building, code="2", name="2单元")
    unit = Unit.create(
        entrance=entrance, code="3-2-1201", floor=12, room_no="1201", gross_area=Decimal("98.5")
    )
    other = Unit.create(
        entrance=entrance, code="3-2-1502", floor=15, room_no="1502", gross_area=Decimal("88")
    )
    owner = _person(Owner, name="张三", phone=PHONE, id_number=ID_NUMBER)
    Ownership.create(unit=unit, owner=owner, start_date=date(2024, 5, 1))
    resident = _person(
        Resident, unit=unit, name="张三", phone="13900002222", id_number="440305200101019999"
    )
    vehicle = Vehicle.create(plate=PLATE, owner=owner, unit=unit, model="比亚迪汉EV")
    return Office(unit, other, building, owner, resident, vehicle)


def _ids(hits: list[SearchHit], kind: str) -> list[str]:
    return [h.record_id for h in hits if h.kind == kind]


def _found(actor: Actor, text: str, kind: str, record_id: str, limit: int = 50) -> bool:
    return record_id in _ids(search(actor, text, limit=limit), kind)


# ---------------------------------------------------------------------------- finding


@pytest.mark.parametrize(
    "text",
    ["3-2-1201", "3栋2单元1201", "3栋1201", "3-1201", " 3栋 2单元 1201 ", "３－２－１２０１"],
)
def test_every_unit_spelling_finds_the_unit_exactly(
    office: Office, system_actor: Actor, text: str
) -> None:
    hits = search(system_actor, text)
    unit_hits = [h for h in hits if h.record_id == office.unit.id]
    assert unit_hits and unit_hits[0].rank == EXACT
    assert hits[0].kind == "unit" and hits[0].rank == EXACT
    assert unit_hits[0].unit_code == "3-2-1201" and "张三" in unit_hits[0].subtitle


@pytest.mark.parametrize("text", ["张三", "zhangsan", "zs", "ZhangSan", "zhang san", "ＺＳ"])
def test_name_pinyin_and_initials_find_owner_and_resident(
    office: Office, system_actor: Actor, text: str
) -> None:
    hits = search(system_actor, text, limit=50)
    assert office.owner.id in _ids(hits, "owner")
    assert office.resident.id in _ids(hits, "resident")
    owner_hit = next(h for h in hits if h.record_id == office.owner.id)
    assert owner_hit.rank == EXACT and owner_hit.unit_code == "3-2-1201"
    assert owner_hit.title == "张三" and "3-2-1201" in owner_hit.subtitle


def test_exact_names_come_before_longer_ones(office: Office, system_actor: Actor) -> None:
    longer = _person(Resident, unit=office.unit, name="张三丰", phone="13700001111")
    hits = search(system_actor, "张三", limit=50)
    residents = _ids(hits, "resident")
    assert residents.index(office.resident.id) < residents.index(longer.id)
    assert next(h for h in hits if h.record_id == longer.id).rank == PREFIX


def test_last_four_phone_digits_find_the_owner_first(office: Office, system_actor: Actor) -> None:
    hits = search(system_actor, "5678")
    assert hits[0].kind == "owner"
    owner_hit = next(h for h in hits if h.record_id == office.owner.id)
    assert owner_hit.rank == TAIL and owner_hit.matched == "phone"
    assert all(h.rank <= owner_hit.rank for h in hits[: hits.index(owner_hit)])


@pytest.mark.parametrize(
    "text", [PHONE, "138-1234-5678", "138 1234 5678", "１３８１２３４５６７８"]
)
def test_whole_phone_number_in_any_format(office: Office, system_actor: Actor, text: str) -> None:
    hits = search(system_actor, text)
    assert hits[0].record_id == office.owner.id and hits[0].rank == EXACT


def test_phone_fragments_are_substring_matches(office: Office, system_actor: Actor) -> None:
    assert _found(system_actor, "81234", "owner", office.owner.id)
    assert _found(system_actor, "1381", "owner", office.owner.id)


@pytest.mark.parametrize("text", [PLATE, "粤b3k7q2", "B3K7Q2", "b3k7", "粤B3K", "粤B·3K7Q2"])
def test_plate_with_or_without_province(office: Office, system_actor: Actor, text: str) -> None:
    hits = search(system_actor, text)
    assert hits[0].kind == "vehicle" and hits[0].record_id == office.vehicle.id
    assert hits[0].title == PLATE and hits[0].unit_code == "3-2-1201"
    assert "3-2-1201" in hits[0].subtitle and "张三" in hits[0].subtitle


@pytest.mark.parametrize("text", ["1234", "71234", "071234", ID_NUMBER])
def test_id_number_tail_or_whole(office: Office, system_actor: Actor, text: str) -> None:
    hit = next(h for h in search(system_actor, text) if h.record_id == office.owner.id)
    assert hit.matched in ("id", "id_tail") and "110***********1234" in hit.subtitle


def test_id_number_middle_is_not_searchable(office: Office, system_actor: Actor) -> None:
    assert not _found(system_actor, "19900307", "owner", office.owner.id)
    assert not _found(system_actor, "110101", "owner", office.owner.id)


def test_id_tail_with_check_letter_x(office: Office, system_actor: Actor) -> None:
    owner = _person(Owner, name="李四", phone="13600000000", id_number="11010119900307123X")
    assert _found(system_actor, "123x", "owner", owner.id)
    assert _found(system_actor, "0307123X", "owner", owner.id) is False  # 8 > six-char tail


def test_one_and_two_character_queries(office: Office, system_actor: Actor) -> None:
    assert _found(system_actor, "张", "owner", office.owner.id, limit=500)
    assert _found(system_actor, "三", "resident", office.resident.id, limit=500)  # not a prefix
    wang = search(system_actor, "王")
    assert wang and all("王" in h.title for h in wang)
    assert search(system_actor, "3") and search(system_actor, "z")


def test_results_are_grouped_limited_and_deterministic(office: Office, system_actor: Actor) -> None:
    for text in ("1", "3", "张", "13", "zh", "138", "1201"):
        hits = search(system_actor, text)
        assert 0 < len(hits) <= 20
        kinds = [h.kind for h in hits]
        assert kinds == sorted(kinds, key=kinds.index), f"{text}: kinds interleaved"
        assert search(system_actor, text) == hits
    assert len(search(system_actor, "1", limit=5)) == 5


@pytest.mark.parametrize(
    "text",
    [
        '"', '""', "'", "*", "**", "AND", "OR", "NOT", "a AND b", "(", ")", "(((", "NEAR(a b)",
        "col:abc", "^abc", "{a b}", "-", "--", "%", "_", "\\", ";", "x" * 200, "王" * 200,
        "😀", "😀😀😀", "a😀b", "\x00", "abc\x00def", "\ud800", "\ufeff", "\u200b3-2-1201",
        "\U0010ffff", "a\U0010ffff",
    ],
)  # fmt: skip
def test_odd_input_never_raises(office: Office, system_actor: Actor, text: str) -> None:
    assert isinstance(search(system_actor, text), list)


@pytest.mark.parametrize("text", ["", "   ", "\u3000", "\t\n", "·"])
def test_empty_input_gives_nothing(office: Office, system_actor: Actor, text: str) -> None:
    assert search(system_actor, text) == []


def test_normalise() -> None:
    assert normalise("  ３栋 ２单元 １２０１ ") == "3栋2单元1201"
    assert normalise("粤Ｂ·3k7q2") == "粤b3k7q2"
    assert normalise("138-1234-5678") == "13812345678"
    assert normalise("3—2—1201") == "3-2-1201"


# ---------------------------------------------------------------------------- permissions


def _user(system_actor: Actor, username: str, role: str) -> Actor:
    auth.create_user(system_actor, username, username, f"{username}-pass-1234", [role])
    return auth.authenticate(username, f"{username}-pass-1234")


def test_phone_and_id_are_masked_for_everyone(office: Office, system_actor: Actor) -> None:
    assistant = _user(system_actor, "kefu", Role.SERVICE_ASSISTANT)
    manager = _user(system_actor, "jingli", Role.MANAGER)
    for text, masked, full in (
        ("张三", "138****5678", PHONE),
        ("1234", "110***********1234", ID_NUMBER),
    ):
        seen = next(h for h in search(assistant, text) if h.record_id == office.owner.id)
        assert masked in seen.subtitle and full not in seen.subtitle
        shown = next(h for h in search(manager, text) if h.record_id == office.owner.id)
        assert masked in shown.subtitle and full not in shown.subtitle  # revealed only one by one
    resident = next(h for h in search(assistant, "张三") if h.record_id == office.resident.id)
    assert "139****2222" in resident.subtitle


def test_search_needs_archive_view(office: Office) -> None:
    nobody = Actor("u1", "nobody", "某人", (), frozenset())
    with pytest.raises(PermissionDenied):
        search(nobody, "张三")


# ---------------------------------------------------------------------------- index upkeep


def test_rename_through_save(office: Office, system_actor: Actor) -> None:
    owner = office.owner
    owner.name = "张思远"
    owner.name_pinyin, owner.name_initials = name_keys("张思远")
    owner.save()
    assert not _found(system_actor, "zhangsan", "owner", owner.id)
    assert search(system_actor, "张三", limit=50)[0].record_id != owner.id
    assert _found(system_actor, "张思远", "owner", owner.id)
    assert _found(system_actor, "zsy", "owner", owner.id)
    assert _found(system_actor, "siyuan", "owner", owner.id)


def test_update_query_insert_many_and_raw_sql(office: Office, system_actor: Actor) -> None:
    Owner.update(phone="13511112222").where(Owner.id == office.owner.id).execute()
    assert _found(system_actor, "2222", "owner", office.owner.id)
    assert not _found(system_actor, "5678", "owner", office.owner.id)

    ids = [new_id(), new_id()]
    Resident.insert_many(
        [
            {"id": ids[0], "unit": office.unit.id, "name": "欧阳娜娜", "phone": "15000000001"},
            {"id": ids[1], "unit": office.unit.id, "name": "Tom Lee", "phone": ""},
        ]
    ).execute()
    assert _found(system_actor, "欧阳", "resident", ids[0])
    assert _found(system_actor, "阳娜", "resident", ids[0])
    assert _found(system_actor, "tom lee", "resident", ids[1])

    database.execute_sql("UPDATE vehicle SET plate = '粤A12345' WHERE id = ?", (office.vehicle.id,))
    assert _found(system_actor, "a12345", "vehicle", office.vehicle.id)
    assert not _found(system_actor, "b3k7q2", "vehicle", office.vehicle.id)

    owner_id = new_id()
    database.execute_sql(
        "INSERT INTO owner (id, created_at, updated_at, row_version, name, gender, id_type, "
        "id_number, phone, phone2, address, emergency_contact, emergency_phone, remarks, "
        "name_pinyin, name_initials, kind) VALUES (?, '2026-01-01T00:00:00.000Z', "
        "'2026-01-01T00:00:00.000Z', 1, '司马光', 'M', 'resident_id', '', '18600001234', "
        "'17700004321', '', '', '', '', 'simaguang', 'smg', 'person')",
        (owner_id,),
    )
    assert _found(system_actor, "smg", "owner", owner_id)
    hit = next(h for h in search(system_actor, "4321") if h.record_id == owner_id)
    assert hit.rank == TAIL and "177****4321" in hit.subtitle  # the second phone matched


def test_delete_removes_the_record(office: Office, system_actor: Actor) -> None:
    office.vehicle.delete_instance()
    office.resident.delete_instance()
    assert not _found(system_actor, "b3k7q2", "vehicle", office.vehicle.id)
    assert not _found(system_actor, "张三", "resident", office.resident.id)
    Unit.delete().where(Unit.id == office.other_unit.id).execute()
    assert not _found(system_actor, "3-2-1502", "unit", office.other_unit.id)


def test_ownership_change_shows_the_new_unit(office: Office, system_actor: Actor) -> None:
    Ownership.update(end_date=date(2026, 3, 1)).where(Ownership.owner == office.owner.id).execute()
    Ownership.create(unit=office.other_unit, owner=office.owner, start_date=date(2026, 3, 1))
    hit = next(h for h in search(system_actor, "张三") if h.record_id == office.owner.id)
    assert hit.unit_code == "3-2-1502" and "3-2-1201" not in hit.subtitle


def test_renamed_building_and_entrance_respell_their_units(
    office: Office, system_actor: Actor
) -> None:
    office.building.name = "3号楼"
    office.building.save()
    assert _found(system_actor, "3号楼1201", "unit", office.unit.id)
    assert not _found(system_actor, "3栋1201", "unit", office.unit.id)
    Entrance.update(name="乙单元").where(Entrance.id == office.unit.entrance_id).execute()
    assert _found(system_actor, "3号楼乙单元1201", "unit", office.unit.id)
    assert _found(system_actor, "3-2-1201", "unit", office.unit.id)


def test_rolled_back_write_leaves_the_index_as_it_was(office: Office, system_actor: Actor) -> None:
    with pytest.raises(RuntimeError), transaction():
        Owner.update(name="李四", name_pinyin="lisi", name_initials="ls").where(
            Owner.id == office.owner.id
        ).execute()
        assert _found(system_actor, "lisi", "owner", office.owner.id)  # same transaction
        raise RuntimeError("the service failed after the write")
    assert _found(system_actor, "zhangsan", "owner", office.owner.id)
    assert not _found(system_actor, "lisi", "owner", office.owner.id)


def test_writes_keep_the_index_equal_to_a_fresh_build(
    office: Office, system_actor: Actor, tmp_path: Path
) -> None:
    """Whatever the write path, the trigger-kept index equals one built from scratch."""
    office.owner.name = "张小三"
    office.owner.name_pinyin, office.owner.name_initials = name_keys("张小三")
    office.owner.save()
    Resident.update(phone="").where(Resident.unit == office.unit.id).execute()
    database.execute_sql(
        "INSERT OR REPLACE INTO vehicle (id, created_at, updated_at, row_version, plate, "
        "owner_id, unit_id, colour, model, remarks) SELECT id, created_at, updated_at, "
        "row_version, '湘A99999', owner_id, unit_id, colour, model, remarks FROM vehicle "
        "WHERE id = ?",
        (office.vehicle.id,),
    )
    Entrance.update(name="丙单元").where(Entrance.id == office.unit.entrance_id).execute()
    database.execute_sql(
        "UPDATE unit SET code = '3-2-1503', room_no = '1503' WHERE id = ?", (office.other_unit.id,)
    )
    assert _found(system_actor, "3栋1503", "unit", office.other_unit.id)
    Vehicle.delete().where(Vehicle.id != office.vehicle.id).execute()
    office.resident.delete_instance()
    kept = _snapshot(database.connection())

    copy = sqlite3.connect(tmp_path / "rebuilt.db")
    database.connection().backup(copy)
    for table in ("search_fts", "search_gram", "search_term", "search_entry", "search_pos"):
        copy.execute(f"DROP TABLE {table}")
    with copy:
        for sql in v0004_search_index.statements():
            copy.execute(sql)
    assert _snapshot(copy) == kept
    copy.close()


def _snapshot(conn: sqlite3.Connection) -> dict[str, set[tuple[object, ...]]]:
    """The index's content without its own row ids: terms, grams and FTS tokens."""
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab "
        "USING fts5vocab(main, search_fts, instance)"
    )
    term = (
        "SELECT s.kind, s.record_id, t.field, t.term {extra} FROM search_term t "
        "JOIN search_entry s ON s.id = t.entry_id {join}"
    )
    return {
        "terms": set(conn.execute(term.format(extra="", join=""))),
        "grams": set(
            conn.execute(
                term.format(extra=", g.gram", join="JOIN search_gram g ON g.term_id = t.id")
            )
        ),
        "fts": set(
            conn.execute(
                term.format(extra=", v.term", join="JOIN temp.search_vocab v ON v.doc = t.id")
            )
        ),
        "counts": {
            tuple(conn.execute(f"SELECT '{table}', COUNT(*) FROM {table}").fetchone())
            for table in ("search_entry", "search_term", "search_gram")
        },
    }


# ---------------------------------------------------------------------------- migration, CLI


@pytest.fixture
def version3_office(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "old.db"
    open_database(path, migrate=False)
    migrations.migrate(database, target=3)
    generate_demo_office(150, seed=9)
    yield path
    close_database()


def test_migration_indexes_an_office_that_already_has_data(
    version3_office: Path, system_actor: Actor
) -> None:
    owner = Owner.select().order_by(Owner.id).first()
    resident = Resident.select().order_by(Resident.id).first()
    vehicle = Vehicle.select().order_by(Vehicle.id).first()
    unit = Unit.select(Unit.id, Unit.code).order_by(Unit.id).first()  # a schema-3 file
    assert migrations.migrate(database, target=4) == [4]
    assert _found(system_actor, unit.code, "unit", unit.id)
    assert _found(system_actor, owner.name, "owner", owner.id)
    assert _found(system_actor, owner.name_initials, "owner", owner.id, limit=500)
    assert _found(system_actor, owner.phone[-4:], "owner", owner.id)
    assert _found(system_actor, resident.name_pinyin, "resident", resident.id)
    assert _found(system_actor, resident.name[-1], "resident", resident.id, limit=1000)
    assert _found(system_actor, vehicle.plate[1:], "vehicle", vehicle.id)
    entries = database.execute_sql("SELECT COUNT(*) FROM search_entry").fetchone()[0]
    records = sum(m.select(m.id).count() for m in (Unit, Owner, Resident, Vehicle))
    assert entries == records
    Owner.update(name="新名字").where(Owner.id == owner.id).execute()  # triggers now live
    assert _found(system_actor, "新名字", "owner", owner.id)


def test_command_line_search(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    assert run("demo", "--units", "60", "--db", db).returncode == 0
    result = run("search", "1-1-101", "--json", "--db", db)
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits[0]["kind"] == "unit" and hits[0]["title"] == "1-1-101"
    assert hits[0]["rank"] == "exact" and hits[0]["unit_code"] == "1-1-101"
    plain = run("--db", db, "search", "1-1-", "--limit", "3")
    assert plain.returncode == 0 and len(plain.stdout.splitlines()) == 3
    assert run("--db", db, "search", "x", "--limit", "0").returncode == 2
