"""Parking spaces and rentals: billed monthly through a parking fee item; expiring rentals."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.models import Charge, FeeAssignment, Vehicle
from app.models.billing import FeeKind
from app.models.parking import SpaceType
from app.services import billing, fees, parking_spaces
from app.services.permissions import Actor
from app.services.unit_facts import office_today
from tests.billing_fixtures import small_office


def _office(system: Actor) -> dict[str, object]:
    office = small_office(system)
    office["rent"] = fees.create_fee_item(
        system, "CWZJ", "车位租金", FeeKind.PARKING, "300", date(2025, 1, 1), "元/个·月"
    )
    return office


def test_rental_is_billed_through_its_fee_item(db_path: Path, system_actor: Actor) -> None:
    office = _office(system_actor)
    unit = office["a"]
    car = Vehicle.create(plate="京A88888", unit=unit)
    space = parking_spaces.create_space(
        system_actor, code="B1-001", zone="B1", space_type=SpaceType.RENTED
    )
    rental = parking_spaces.rent_space(
        system_actor,
        space_id=space.id,
        unit_id=unit.id,
        fee_item_id=office["rent"].id,
        monthly_price="350",
        start_date=date(2026, 10, 1),
        end_date=date(2026, 12, 31),
        vehicle_id=car.id,
    )
    assignment = FeeAssignment.get_by_id(rental.assignment_id)
    assert (assignment.reference, assignment.price_override) == ("B1-001", Decimal("350.0000"))
    assert rental.owner.name == "张三"
    billing.generate_bills(system_actor, "2026-11")
    charge = Charge.get(
        (Charge.unit == unit) & (Charge.fee_item == office["rent"]) & (Charge.period == "2026-11")
    )
    assert charge.amount == Decimal("350.00")
    # the contract ends with December: January is not billed
    billing.generate_bills(system_actor, "2027-01")
    assert (
        not Charge.select()
        .where((Charge.fee_item == office["rent"]) & (Charge.period == "2027-01"))
        .exists()
    )
    row = parking_spaces.space_rows(system_actor, on=date(2026, 11, 15))[0]
    assert (row.code, row.unit_code, row.owner_name, row.plate) == (
        "B1-001",
        unit.code,
        "张三",
        "京A88888",
    )


def test_space_used_twice_is_refused(db_path: Path, system_actor: Actor) -> None:
    office = _office(system_actor)
    space = parking_spaces.create_space(system_actor, code="A-1", space_type=SpaceType.RENTED)
    args = {"space_id": space.id, "fee_item_id": office["rent"].id, "monthly_price": "300"}
    parking_spaces.rent_space(
        system_actor, **args, unit_id=office["a"].id, start_date=date(2026, 1, 1)
    )
    with pytest.raises(ValidationError, match="A-1 is used by unit 1-1-101"):
        parking_spaces.rent_space(
            system_actor, **args, unit_id=office["b"].id, start_date=date(2026, 12, 1)
        )


def test_space_checks(db_path: Path, system_actor: Actor) -> None:
    office = _office(system_actor)
    with pytest.raises(ValidationError, match="owned space belongs to a unit"):
        parking_spaces.create_space(system_actor, code="X", space_type=SpaceType.OWNED)
    visitor = parking_spaces.create_space(system_actor, code="V1", space_type=SpaceType.VISITOR)
    with pytest.raises(ValidationError, match="visitor space"):
        parking_spaces.rent_space(
            system_actor,
            space_id=visitor.id,
            unit_id=office["a"].id,
            fee_item_id=office["rent"].id,
            monthly_price="1",
            start_date=date(2026, 1, 1),
        )
    owned = parking_spaces.create_space(
        system_actor, code="P1", space_type=SpaceType.OWNED, unit_id=office["a"].id
    )
    with pytest.raises(ValidationError, match="parking fee item"):
        parking_spaces.rent_space(
            system_actor,
            space_id=owned.id,
            unit_id=office["a"].id,
            fee_item_id=office["garbage"].id,
            monthly_price="60",
            start_date=date(2026, 1, 1),
        )
    with pytest.raises(ValidationError, match="already used"):
        parking_spaces.create_space(system_actor, code="P1", space_type=SpaceType.RENTED)


def test_expiring_rentals_and_renewal(db_path: Path, system_actor: Actor) -> None:
    office = _office(system_actor)
    today = office_today()
    ends = {"S1": 3, "S2": 40, "S3": 25}
    rentals = {}
    for code, days in ends.items():
        space = parking_spaces.create_space(system_actor, code=code, space_type=SpaceType.RENTED)
        rentals[code] = parking_spaces.rent_space(
            system_actor,
            space_id=space.id,
            unit_id=office["a"].id,
            fee_item_id=office["rent"].id,
            monthly_price="300",
            start_date=today - timedelta(days=100 + days),  # distinct starts per unit/item
            end_date=today + timedelta(days=days),
        )
    listed = parking_spaces.expiring_rentals(system_actor, within_days=30)
    assert [(r.space_code, r.days_left) for r in listed] == [("S1", 3), ("S3", 25)]
    parking_spaces.change_end(system_actor, rentals["S1"].id, today + timedelta(days=365))
    assert [r.space_code for r in parking_spaces.expiring_rentals(system_actor)] == ["S3"]
    assert FeeAssignment.get_by_id(rentals["S1"].assignment_id).end_date == today + timedelta(
        days=365
    )


def test_a_space_is_edited_and_taken_out_of_use_only_when_free(
    db_path: Path, system_actor: Actor
) -> None:
    office = _office(system_actor)
    space = parking_spaces.create_space(system_actor, code="C-7", space_type=SpaceType.RENTED)
    today = office_today()
    rental = parking_spaces.rent_space(
        system_actor, space_id=space.id, unit_id=office["a"].id, fee_item_id=office["rent"].id,
        monthly_price="300", start_date=today - timedelta(days=40),
        end_date=today + timedelta(days=20),
    )  # fmt: skip
    with pytest.raises(ValidationError, match="rented until") as err:
        parking_spaces.update_space(system_actor, space.id, zone="C", remarks="", active=False)
    assert err.value.field == "active"
    edited = parking_spaces.update_space(
        system_actor, space.id, zone="C区", remarks="靠近电梯", active=True
    )
    with pytest.raises(ValidationError, match="changed this record"):  # a stale form
        parking_spaces.update_space(system_actor, space.id, zone="D", remarks="", active=True,
                                    expected_version=edited.row_version - 1)  # fmt: skip
    parking_spaces.change_end(system_actor, rental.id, today - timedelta(days=1))
    parking_spaces.update_space(system_actor, space.id, zone="C区", remarks="改充电桩",
                                active=False)  # fmt: skip
    [row] = parking_spaces.space_rows(system_actor)
    assert (row.zone, row.remarks, row.active) == ("C区", "改充电桩", False)
    with pytest.raises(ValidationError, match="out of use"):
        parking_spaces.rent_space(
            system_actor, space_id=space.id, unit_id=office["b"].id,
            fee_item_id=office["rent"].id, monthly_price="300", start_date=today,
        )  # fmt: skip
