"""Two buildings billed 100.00 a month from May to November 2026, for the arrears, day-close
and statement tests. Ages on 2026-11-27 (due on the 15th): Nov 12 days, Oct 43, Sep 73,
Aug 104, Jul 135, Jun 165, May 196."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.models import Building, Community, Entrance, Owner, Ownership, Unit
from app.models.billing import FeeKind
from app.services import billing, collection, fees, settings
from app.services.accounts import account_of
from app.services.collection import CollectRequest, Tender
from app.services.permissions import Actor
from tests.billing_fixtures import cashier_and_manager

ON = date(2026, 11, 27)
MONTHS = [f"2026-{m:02d}" for m in range(5, 12)]


@dataclass
class Office:
    system: Actor
    cashier: Actor
    manager: Actor
    u101: Unit  # building 1: owes every month (700.00)
    u102: Unit  # building 1: paid everything
    u201: Unit  # building 2: owes October and November (200.00)


def two_buildings(system: Actor) -> Office:
    settings.set_value(system, settings.OFFICE_NAME, "翠湖苑物业服务中心")
    community = Community.create(code="CH", name="翠湖苑")
    units = []
    for b, room, owner, phone in (
        ("1", "101", "张三", "13800001111"),
        ("1", "102", "李四", "13900002222"),
        ("2", "101", "王五", "13700003333"),
    ):
        building = Building.get_or_none(Building.code == b) or Building.create(
            community=community, code=b, name=f"{b}栋", floors=20, sort_order=int(b)
        )
        entrance = Entrance.get_or_none(Entrance.building == building) or Entrance.create(
            building=building, code="1", name="1单元"
        )
        unit = Unit.create(
            entrance=entrance,
            code=f"{b}-1-{room}",
            floor=1,
            room_no=room,
            gross_area=Decimal("100.00"),
            status="occupied",
            handover_date=date(2025, 1, 1),
        )
        Ownership.create(
            unit=unit, owner=Owner.create(name=owner, phone=phone), start_date=date(2025, 1, 1)
        )
        units.append(unit)
    item = fees.create_fee_item(system, "WYF", "物业服务费", FeeKind.FIXED, "100", date(2026, 1, 1))
    fees.assign_in_bulk(system, item.id, fees.UnitSelection(), date(2026, 1, 1))
    for period in MONTHS:
        billing.generate_bills(system, period)
    cashier, manager = cashier_and_manager(system)
    office = Office(system, cashier, manager, *units)
    pay(cashier, office.u102, MONTHS, date(2026, 11, 1))
    pay(cashier, office.u201, MONTHS[:5], date(2026, 11, 1))
    return office


def pay(cashier: Actor, unit: Unit, periods: list[str], day: date, method: str = "cash"):
    charges = [c for c in account_of(unit.id).charges if c.period in periods]
    total = sum((c.outstanding for c in charges), Decimal("0.00"))
    return collection.collect(
        cashier,
        CollectRequest(
            unit.id, [c.id for c in charges], [Tender(method, total)], business_date=day
        ),
    )
