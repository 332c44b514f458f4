"""The demo office: exact size, same office for the same seed, consistent and valid data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.db import close_database, database, open_database
from app.demo import MAX_UNITS, REFERENCE_DATE, DemoSummary, generate_demo_office
from app.errors import ValidationError
from app.models.archive import (
    Building,
    Community,
    Entrance,
    Handover,
    Owner,
    Ownership,
    Resident,
    Unit,
    UnitStatus,
    UnitType,
    Vehicle,
)
from app.search import search
from app.services import settings
from app.services.permissions import Actor

ARCHIVE = (Community, Building, Entrance, Unit, Owner, Ownership, Resident, Vehicle)
PHONE = re.compile(r"1[3-9]\d{9}")
PLATE = re.compile(r"[\u4e00-\u9fff][A-HJ-NP-Z](?:[A-HJ-NP-Z0-9]{5}|[DF]\d{5})")
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "office.db"
    open_database(path)
    yield path
    close_database()


def rows(sql: str) -> list[tuple]:
    return database.execute_sql(sql).fetchall()


def fingerprint() -> list[tuple]:
    """Every business value of the office, without ids or timestamps."""
    units = rows(
        "SELECT u.code, u.floor, u.room_no, u.unit_type, u.gross_area, u.inner_area, u.status,"
        " u.handover_date, o.name, o.gender, o.id_number, o.phone, o.phone2,"
        " o.emergency_contact, os.start_date"
        " FROM unit u LEFT JOIN ownership os ON os.unit_id = u.id"
        " LEFT JOIN owner o ON o.id = os.owner_id"
    )
    residents = rows(
        "SELECT u.code, r.name, r.relation, r.phone, r.id_number, r.lease_start, r.lease_end,"
        " r.remarks FROM resident r JOIN unit u ON u.id = r.unit_id"
    )
    vehicles = rows(
        "SELECT v.plate, v.colour, v.model, u.code, o.name, v.remarks FROM vehicle v"
        " JOIN unit u ON u.id = v.unit_id LEFT JOIN owner o ON o.id = v.owner_id"
    )
    return sorted(map(repr, units)) + sorted(map(repr, residents)) + sorted(map(repr, vehicles))


def build(path: Path, units: int, seed: int) -> list[tuple]:
    open_database(path)
    try:
        generate_demo_office(units, seed=seed)
        return fingerprint()
    finally:
        close_database()


def valid_resident_id(number: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], ID_WEIGHTS, strict=True))
    return number[17] == "10X98765432"[total % 11]


def birth_date(number: str) -> date:
    return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))


@pytest.mark.parametrize("units", [1, 7, 500])
def test_makes_exactly_the_units_asked_for(office: Path, units: int) -> None:
    summary = generate_demo_office(units)
    assert isinstance(summary, DemoSummary)
    assert summary.units == Unit.select().count() == units
    assert summary.buildings == Building.select().count() >= 1
    assert summary.entrances == Entrance.select().count() >= 1
    assert summary.owners == Owner.select().count()
    assert summary.ownerships == Ownership.select().count()
    assert summary.residents == Resident.select().count()
    assert summary.vehicles == Vehicle.select().count()
    assert Community.select().count() == 1


def test_same_seed_same_office_other_seed_other_office(tmp_path: Path) -> None:
    first = build(tmp_path / "a.db", 300, seed=7)
    again = build(tmp_path / "b.db", 300, seed=7)
    other = build(tmp_path / "c.db", 300, seed=8)
    assert first == again
    assert len(first) > 300  # owners, residents and vehicles are in it too
    assert other != first


def test_phones_ids_and_plates_are_valid_and_unique(office: Path) -> None:
    generate_demo_office(500, seed=3)
    phones = [
        p
        for (p,) in rows(
            "SELECT phone FROM owner UNION ALL SELECT phone2 FROM owner"
            " UNION ALL SELECT emergency_phone FROM owner"
            " UNION ALL SELECT phone FROM resident"
        )
        if p
    ]
    assert phones and all(PHONE.fullmatch(p) for p in phones)
    assert len(phones) == len(set(phones))
    assert all(p for (p,) in rows("SELECT phone FROM owner"))

    owner_ids = [n for (n,) in rows("SELECT id_number FROM owner WHERE id_type = 'resident_id'")]
    resident_ids = [n for (n,) in rows("SELECT id_number FROM resident WHERE id_number != ''")]
    assert all(valid_resident_id(n) for n in owner_ids + resident_ids)
    assert len(set(owner_ids + resident_ids)) == len(owner_ids + resident_ids)
    adult_before = date(REFERENCE_DATE.year - 18, REFERENCE_DATE.month, REFERENCE_DATE.day)
    assert all(birth_date(n) <= adult_before for n in owner_ids)
    genders = rows("SELECT gender, id_number FROM owner WHERE id_type = 'resident_id'")
    assert all((int(n[16]) % 2 == 1) == (g == "M") for g, n in genders)

    plates = [p for (p,) in rows("SELECT plate FROM vehicle")]
    assert plates and all(PLATE.fullmatch(p) for p in plates)
    assert len(plates) == len(set(plates))


def test_archive_is_consistent(office: Path) -> None:
    generate_demo_office(500, seed=5)
    assert rows("PRAGMA foreign_key_check") == []
    current = dict(
        rows(
            "SELECT u.id, COUNT(os.id) FROM unit u LEFT JOIN ownership os"
            " ON os.unit_id = u.id AND os.end_date IS NULL GROUP BY u.id"
        )
    )
    for unit in Unit.select():
        sold = unit.status != UnitStatus.UNSOLD
        assert current[unit.id] == (1 if sold else 0), unit.code
        assert (unit.handover_date is not None) == sold
    assert not rows(
        "SELECT 1 FROM ownership os JOIN unit u ON u.id = os.unit_id"
        " WHERE os.start_date != u.handover_date"
    )
    assert not rows("SELECT 1 FROM resident WHERE relation = 'tenant' AND lease_start IS NULL")


def test_units_look_like_a_real_community(office: Path) -> None:
    generate_demo_office(500, seed=2)
    units = list(Unit.select(Unit, Entrance, Building).join(Entrance).join(Building))
    area_ranges = {
        UnitType.RESIDENTIAL: (60, 180),
        UnitType.SHOP: (40, 200),
        UnitType.GARAGE: (12, 20),
        UnitType.STORAGE: (5, 12),
    }
    for unit in units:
        low, high = area_ranges[unit.unit_type]
        assert low <= unit.gross_area <= high, unit.code
        assert unit.gross_area == unit.gross_area.quantize(Decimal("0.01"))
        building, entrance = unit.entrance.building, unit.entrance
        assert unit.code == f"{building.code}-{entrance.code}-{unit.room_no}"
        if unit.unit_type == UnitType.RESIDENTIAL:
            assert Decimal("0.749") <= unit.inner_area / unit.gross_area <= Decimal("0.821")
            assert unit.room_no[:-2] == str(unit.floor)
            assert 2019 <= (unit.handover_date or date(2019, 1, 1)).year <= 2026
    types = {u.unit_type for u in units}
    assert types == set(UnitType.ALL)
    statuses = [u.status for u in units]
    assert set(statuses) == set(UnitStatus.ALL)
    assert statuses.count(UnitStatus.OCCUPIED) > len(units) / 2


def test_cancel_leaves_nothing_behind(office: Path) -> None:
    calls: list[tuple[int, int]] = []

    def cancel_after_first_batch(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 1000

    assert generate_demo_office(2500, progress=cancel_after_first_batch) is None
    assert calls[-1] == (1000, 2500)  # rows were written before the cancel
    assert all(model.select().count() == 0 for model in ARCHIVE)
    assert generate_demo_office(3, progress=lambda done, total: False) is None
    assert all(model.select().count() == 0 for model in ARCHIVE)


def test_progress_runs_up_to_the_total(office: Path) -> None:
    calls: list[tuple[int, int]] = []
    generate_demo_office(2100, progress=lambda done, total: calls.append((done, total)) is None)
    assert calls[0] == (0, 2100) and calls[-1] == (2100, 2100)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


@pytest.mark.parametrize("units", [0, -5, MAX_UNITS + 1])
def test_refuses_impossible_sizes(office: Path, units: int) -> None:
    with pytest.raises(ValidationError) as caught:
        generate_demo_office(units)
    assert caught.value.field == "units"
    assert Unit.select().count() == 0


def test_refuses_a_second_office_in_the_same_file(office: Path) -> None:
    generate_demo_office(20)
    before = fingerprint()
    with pytest.raises(ValidationError, match="already holds an office"):
        generate_demo_office(20, seed=2)
    assert fingerprint() == before


def test_people_and_cars_in_realistic_shares(office: Path) -> None:
    generate_demo_office(2000, seed=11)
    per_owner = [n for (n,) in rows("SELECT COUNT(*) FROM ownership GROUP BY owner_id")]
    assert max(per_owner) == 2
    assert 0.02 < per_owner.count(2) / len(per_owner) < 0.09
    companies = rows("SELECT id_number, gender FROM owner WHERE id_type = 'credit_code'")
    assert companies and all(len(code) == 18 and gender == "" for code, gender in companies)
    occupied = Unit.select().where(
        Unit.status == UnitStatus.OCCUPIED, Unit.unit_type == UnitType.RESIDENTIAL
    )
    with_family = rows(
        "SELECT COUNT(DISTINCT unit_id) FROM resident r JOIN unit u ON u.id = r.unit_id"
        " WHERE r.relation = 'family' AND u.status = 'occupied'"
    )[0][0]
    assert 0.5 < with_family / occupied.count() < 0.7
    owner_cars = rows("SELECT COUNT(DISTINCT unit_id) FROM vehicle WHERE owner_id IS NOT NULL")
    assert 0.28 < owner_cars[0][0] / occupied.count() < 0.42
    assert not rows(
        "SELECT 1 FROM unit u WHERE u.status = 'rented' AND NOT EXISTS"
        " (SELECT 1 FROM resident r WHERE r.unit_id = u.id AND r.relation = 'tenant')"
    )
    assert not rows("SELECT 1 FROM resident WHERE lease_end < lease_start")


def test_the_demo_office_comes_in_through_the_archive_import(tmp_path: Path) -> None:
    """The same office as plain rows, but checked and written by the archive import (one
    audited import, searchable), with the 入伙 forms of the last half year through the
    move-in service."""
    plain = build(tmp_path / "rows.db", 300, seed=7)
    open_database(tmp_path / "services.db")
    try:
        settings.ensure_office_identity()
        calls: list[tuple[int, int]] = []
        summary = generate_demo_office(
            300,
            seed=7,
            progress=lambda done, total: calls.append((done, total)) is None,
            through_services=Actor.system(),
        )
        assert fingerprint() == plain
        actions = dict(rows("SELECT action, COUNT(*) FROM audit_log GROUP BY action"))
        assert actions["archive.import"] == 1
        since = (REFERENCE_DATE - timedelta(days=182)).isoformat()
        recent = rows(
            f"SELECT COUNT(*) FROM unit u WHERE u.handover_date >= '{since}'"
            " AND u.status != 'vacant'"
            " AND EXISTS (SELECT 1 FROM ownership o WHERE o.unit_id = u.id)"
        )[0][0]
        assert 0 < recent == Handover.select().count() == actions["handover.record"]
        assert summary.ownerships == rows("SELECT COUNT(*) FROM ownership")[0][0]
        family = rows("SELECT COUNT(*) FROM resident WHERE family_role != ''")[0][0]
        assert family == rows("SELECT COUNT(*) FROM resident WHERE relation = 'family'")[0][0]
        owner = Owner.select().order_by(Owner.name).first()
        hits = search(Actor.system(), owner.name_initials)
        assert owner.id in {h.record_id for h in hits}
        assert calls[0] == (0, 300) and calls[-1] == (300, 300)
    finally:
        close_database()
