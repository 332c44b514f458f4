"""Parking spaces (车位) and their use by units: 产权 spaces pay a management fee, 租赁 spaces
a rent, both monthly through a fee assignment of a parking fee item, so bills, receipts and
arrears treat them like any other fee (RULES.md: monthly parking is a fee item)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import peewee as pw

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import Owner, Unit, Vehicle
from app.models.billing import FeeAssignment, FeeItem, FeeKind
from app.models.parking import ParkingRental, ParkingSpace, SpaceType
from app.money import to_decimal
from app.services import audit
from app.services.permissions import Actor, Cap, require
from app.services.records import check_unchanged, get_or_fail, optional_text, required_text
from app.services.unit_facts import get_unit, office_today, pick_owner

SPACE_TYPES = SpaceType.ALL  # for the forms: pages never import models


def create_space(
    actor: Actor,
    *,
    code: str,
    space_type: str,
    zone: str = "",
    unit_id: str | None = None,
    owner_id: str | None = None,
    remarks: str = "",
) -> ParkingSpace:
    """An 产权 space names the unit (and owner) it belongs to; others may leave it empty."""
    require(actor, Cap.PARKING_MANAGE)
    code = required_text(code, "code", QT_TRANSLATE_NOOP("app", "Space code"), 20)
    zone = optional_text(zone, "zone", QT_TRANSLATE_NOOP("app", "Zone"), 20)
    remarks = optional_text(remarks, "remarks", QT_TRANSLATE_NOOP("app", "Remarks"), 200)
    if space_type not in SpaceType.ALL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Type: choose owned, rented or visitor."), field="space_type"
        )
    if space_type == SpaceType.OWNED and not unit_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Unit: an owned space belongs to a unit; choose it."),
            field="unit",
        )
    with transaction():
        if ParkingSpace.select().where(ParkingSpace.code == code).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Space code: {code} is already used."),
                field="code",
                code=code,
            )
        unit = get_unit(unit_id) if unit_id else None
        owner = pick_owner(unit, owner_id) if unit else None
        space = ParkingSpace.create(
            code=code, zone=zone, space_type=space_type, unit=unit, owner=owner, remarks=remarks
        )
        audit.record(
            actor,
            "parking_space.create",
            table="parking_space",
            record_id=space.id,
            after=audit.snapshot(space),
        )
    return space


def update_space(
    actor: Actor,
    space_id: str,
    *,
    zone: str,
    remarks: str,
    active: bool,
    expected_version: int | None = None,
) -> ParkingSpace:
    """A space's zone and remarks, and whether it is in use. Its code and type stay: they are
    on its rentals' bills. A space taken out of use (停用, a pillar moved, a charger fitted)
    keeps its history, but not while a rental of it runs — end that first."""
    require(actor, Cap.PARKING_MANAGE)
    zone = optional_text(zone, "zone", QT_TRANSLATE_NOOP("app", "Zone"), 20)
    remarks = optional_text(remarks, "remarks", QT_TRANSLATE_NOOP("app", "Remarks"), 200)
    with transaction():
        space = get_or_fail(ParkingSpace, space_id)
        check_unchanged(space, expected_version)
        running = _running_rental(space, office_today()) if not active else None
        if running is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "In use: space {code} is rented until {end}; end the rental before taking "
                    "the space out of use.",
                ),
                field="active",
                code=space.code,
                end=running.end_date.isoformat() if running.end_date else "—",
            )
        before = audit.snapshot(space)
        space.zone, space.remarks, space.active = zone, remarks, active
        space.save()
        audit.record(
            actor,
            "parking_space.update",
            table="parking_space",
            record_id=space.id,
            before=before,
            after=audit.snapshot(space),
        )
    return space


def _price(value: object) -> Decimal:
    try:
        price = to_decimal(value) if not isinstance(value, Decimal) else value
    except (TypeError, ValueError, ArithmeticError):
        price = None
    if price is None or price < 0 or price != price.quantize(Decimal("0.01")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Monthly price: enter an amount in yuan, e.g. 300."),
            field="monthly_price",
        )
    return price


def _running_rental(space: ParkingSpace, start: date) -> ParkingRental | None:
    """A rental of the space still running on or after `start`."""
    return (
        ParkingRental.select()
        .where(
            (ParkingRental.space == space)
            & (ParkingRental.end_date.is_null() | (ParkingRental.end_date >= start))
        )
        .first()
    )


def rent_space(
    actor: Actor,
    *,
    space_id: str,
    unit_id: str,
    fee_item_id: str,
    monthly_price: object,
    start_date: date,
    end_date: date | None = None,
    owner_id: str | None = None,
    vehicle_id: str | None = None,
) -> ParkingRental:
    """The unit pays `monthly_price` for the space from `start_date` to `end_date` (the
    contract's last day; None = until ended) through a parking fee item."""
    require(actor, Cap.PARKING_MANAGE)
    price = _price(monthly_price)
    if end_date is not None and end_date < start_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "End date: it must not be before the start."),
            field="end_date",
        )
    with transaction():
        space = get_or_fail(ParkingSpace, space_id)
        unit = get_unit(unit_id)
        item = get_or_fail(FeeItem, fee_item_id)
        if item.kind != FeeKind.PARKING:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Fee item: choose a parking fee item."), field="fee_item"
            )
        if not space.active:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Space: {code} is out of use; put it back in use first."),
                field="space",
                code=space.code,
            )
        if space.space_type == SpaceType.VISITOR:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Space: {code} is a visitor space, not rented out."),
                field="space",
                code=space.code,
            )
        running = _running_rental(space, start_date)
        if running is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app", "Space: {code} is used by unit {unit} until {end}; end that first."
                ),
                field="space",
                code=space.code,
                unit=running.unit.code,
                end=running.end_date.isoformat() if running.end_date else "—",
            )
        clash = FeeAssignment.get_or_none(
            (FeeAssignment.unit == unit)
            & (FeeAssignment.fee_item == item)
            & (FeeAssignment.start_date == start_date)
        )
        if clash is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Start date: unit {unit} already starts {item} on {day} (space {other}); "
                    "start this space a day later or use another parking fee item.",
                ),
                field="start_date",
                unit=unit.code,
                item=item.name,
                day=start_date.isoformat(),
                other=clash.reference,
            )
        owner = pick_owner(unit, owner_id)
        vehicle = get_or_fail(Vehicle, vehicle_id) if vehicle_id else None
        assignment = FeeAssignment.create(
            unit=unit,
            fee_item=item,
            start_date=start_date,
            end_date=end_date,
            price_override=price,
            reference=space.code,
        )
        rental = ParkingRental.create(
            space=space,
            unit=unit,
            owner=owner,
            vehicle=vehicle,
            fee_item=item,
            assignment=assignment,
            monthly_price=price,
            start_date=start_date,
            end_date=end_date,
        )
        audit.record(
            actor,
            "parking_rental.create",
            table="parking_rental",
            record_id=rental.id,
            after={
                "space": space.code,
                "unit": unit.code,
                "price": str(price),
                "start": start_date.isoformat(),
                "end": end_date.isoformat() if end_date else None,
            },
        )
    return rental


def change_end(actor: Actor, rental_id: str, end_date: date) -> ParkingRental:
    """Renew (a later end) or end early (an earlier one): billing follows the assignment."""
    require(actor, Cap.PARKING_MANAGE)
    with transaction():
        rental = get_or_fail(ParkingRental, rental_id)
        if end_date < rental.start_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "End date: it must not be before the start."),
                field="end_date",
            )
        before = rental.end_date
        rental.end_date = end_date
        rental.ended_on = office_today() if end_date <= office_today() else None
        rental.save()
        assignment = rental.assignment
        assignment.end_date = end_date
        assignment.save()
        audit.record(
            actor,
            "parking_rental.end",
            table="parking_rental",
            record_id=rental.id,
            before={"end_date": before.isoformat() if before else None},
            after={"end_date": end_date.isoformat()},
        )
    return rental


@dataclass(frozen=True)
class SpaceRow:
    id: str
    code: str
    zone: str
    space_type: str
    unit_code: str
    owner_name: str
    plate: str
    monthly_price: Decimal | None
    rental_end: date | None
    rental_id: str | None
    active: bool
    remarks: str
    row_version: int


def space_rows(actor: Actor, on: date | None = None) -> list[SpaceRow]:
    """Every space with the rental running on `on` (today), if any."""
    require(actor, Cap.PARKING_VIEW)
    day = on or office_today()
    running = {
        r.space_id: r
        for r in ParkingRental.select(ParkingRental, Unit, Owner, Vehicle)
        .join(Unit)
        .switch(ParkingRental)
        .join(Owner, join_type=pw.JOIN.LEFT_OUTER)
        .switch(ParkingRental)
        .join(Vehicle, join_type=pw.JOIN.LEFT_OUTER)
        .where(
            (ParkingRental.start_date <= day)
            & (ParkingRental.end_date.is_null() | (ParkingRental.end_date >= day))
        )
    }
    rows = []
    spaces = (
        ParkingSpace.select(ParkingSpace, Unit, Owner)
        .join(Unit, join_type=pw.JOIN.LEFT_OUTER)
        .switch(ParkingSpace)
        .join(Owner, join_type=pw.JOIN.LEFT_OUTER)
        .order_by(ParkingSpace.zone, ParkingSpace.code)
    )
    for s in spaces:
        r = running.get(s.id)
        unit = r.unit if r else s.unit
        owner = r.owner if r else s.owner
        rows.append(
            SpaceRow(
                s.id,
                s.code,
                s.zone,
                s.space_type,
                unit.code if unit else "",
                owner.name if owner else "",
                r.vehicle.plate if r and r.vehicle else "",
                r.monthly_price if r else None,
                r.end_date if r else None,
                r.id if r else None,
                s.active,
                s.remarks,
                s.row_version,
            )
        )
    return rows


@dataclass(frozen=True)
class ExpiringRental:
    rental_id: str
    space_code: str
    unit_code: str
    owner_name: str
    end_date: date
    days_left: int
    monthly_price: Decimal


def expiring_rentals(
    actor: Actor, within_days: int = 30, on: date | None = None
) -> list[ExpiringRental]:
    """Rentals whose contract ends within `within_days` of `on` (today), soonest first; a
    rental already renewed has a later end and drops off the list."""
    require(actor, Cap.PARKING_VIEW)
    day = on or office_today()
    query = (
        ParkingRental.select(ParkingRental, ParkingSpace, Unit, Owner)
        .join(ParkingSpace)
        .switch(ParkingRental)
        .join(Unit)
        .switch(ParkingRental)
        .join(Owner, join_type=pw.JOIN.LEFT_OUTER)
        .where(
            ParkingRental.end_date.between(day, day + timedelta(days=within_days))
            & ParkingRental.ended_on.is_null()
        )
        .order_by(ParkingRental.end_date, ParkingSpace.code)
    )
    return [
        ExpiringRental(
            r.id,
            r.space.code,
            r.unit.code,
            r.owner.name if r.owner else "",
            r.end_date,
            (r.end_date - day).days,
            r.monthly_price,
        )
        for r in query
    ]


def parking_fee_items(actor: Actor) -> list[FeeItem]:
    require(actor, Cap.PARKING_VIEW)
    return list(
        FeeItem.select()
        .where((FeeItem.kind == FeeKind.PARKING) & FeeItem.active)
        .order_by(FeeItem.sort_order)
    )


def unit_vehicles(actor: Actor, unit_id: str) -> list[Vehicle]:
    """The cars registered to a unit, for the rental form's choice of car."""
    require(actor, Cap.PARKING_VIEW)
    return list(Vehicle.select().where(Vehicle.unit == unit_id).order_by(Vehicle.plate))
