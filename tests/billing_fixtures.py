"""A small office with fee items, for the fees tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from app.models import Building, Community, Entrance, Owner, Ownership, Unit
from app.models.billing import FeeKind
from app.services import auth, fees
from app.services.permissions import Actor, Role

if TYPE_CHECKING:
    from app.importers.archive_book import Sheet


def small_office(system: Actor) -> dict[str, object]:
    """Three units in one entrance: occupied since 2025, handed over mid-Nov 2026, unsold."""
    community = Community.create(code="T", name="测试小区")
    building = Building.create(community=community, code="1", name="1栋", floors=10)
    entrance = Entrance.create(building=building, code="1", name="1单元")

    def unit(room: str, area: str, status: str, handover: date | None) -> Unit:
        return Unit.create(
            entrance=entrance,
            code=f"1-1-{room}",
            floor=int(room[:-2]),
            room_no=room,
            gross_area=Decimal(area),
            status=status,
            handover_date=handover,
        )

    a = unit("101", "89.50", "occupied", date(2025, 3, 1))
    b = unit("102", "120.33", "occupied", date(2026, 11, 16))
    c = unit("103", "60.00", "unsold", None)
    owner = Owner.create(name="张三", phone="13800001111")
    Ownership.create(unit=a, owner=owner, start_date=date(2025, 3, 1))
    Ownership.create(
        unit=b, owner=Owner.create(name="李四", phone="13900002222"), start_date=date(2026, 11, 16)
    )
    start = date(2025, 1, 1)
    service = fees.create_fee_item(
        system,
        "WYF",
        "物业服务费",
        FeeKind.AREA,
        "2.3500",
        start,
        "元/㎡·月",
        vacant_discount=True,
        late_fee=True,
    )
    garbage = fees.create_fee_item(system, "LJF", "垃圾清运费", FeeKind.FIXED, "10", start)
    for item in (service, garbage):
        fees.assign_in_bulk(system, item.id, fees.UnitSelection(), start)
    return {"a": a, "b": b, "c": c, "service": service, "garbage": garbage}


def user(system: Actor, username: str, role: str) -> Actor:
    auth.create_user(system, username, username, f"{username}-pass", [role])
    return auth.authenticate(username, f"{username}-pass")


def cashier_and_manager(system: Actor) -> tuple[Actor, Actor]:
    return user(system, "shouyin", Role.CASHIER), user(system, "jingli", Role.MANAGER)


def demo_with_fees(system: Actor, units: int = 200, seed: int = 3) -> None:
    """A small demo archive with the demo's fee items, bills and payments."""
    from app.demo import generate_demo_office
    from app.demo_fees import create_demo_fees

    generate_demo_office(units, seed=seed)
    create_demo_fees(system, seed=seed)


def one_sheet_book(path: Path, sheet: Sheet, rows: list[list[object]]) -> Path:
    """An import workbook of one sheet: the template's header, then these rows."""
    from openpyxl import Workbook

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet.name
    worksheet.append([column.name for column in sheet.columns])
    for row in rows:
        worksheet.append(row)
    workbook.save(path)
    return path
