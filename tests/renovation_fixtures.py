"""A demo office with the renovation fee items (deposit and management fee) set up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.models import Unit
from app.models.affairs import Renovation
from app.models.archive import UnitStatus
from app.models.billing import FeeItem, FeeKind
from app.services import fees, renovations
from app.services.permissions import Actor
from app.services.renovations import Application, ChargeLine
from app.services.unit_facts import office_today
from tests.archive_office import Staff

DEPOSIT, FEE = "3000", "300"


@dataclass(frozen=True)
class Items:
    deposit: FeeItem
    fee: FeeItem


def renovation_items(system: Actor) -> Items:
    start = date(2025, 1, 1)
    deposit = fees.create_fee_item(
        system, "ZXYJ", "装修押金", FeeKind.DEPOSIT, DEPOSIT, start, "元/户"
    )
    fee = fees.create_fee_item(system, "ZXGL", "装修管理费", FeeKind.ONE_OFF, FEE, start, "元/户")
    return Items(deposit, fee)


def occupied_unit() -> Unit:
    return Unit.select().where(Unit.status == UnitStatus.OCCUPIED).order_by(Unit.code).first()


def application(unit: Unit, days: int = 30) -> Application:
    today = office_today()
    return Application(
        unit_id=unit.id, applicant="王业主", phone="13800001111", contractor="美居装饰公司",
        contractor_phone="0571-87654321", site_manager="刘工", workers="刘工\n张师傅\n李师傅",
        scope="厨卫改造、墙面翻新", planned_start=today, planned_end=today + timedelta(days=days),
    )  # fmt: skip


def approved(staff: Staff, items: Items, unit: Unit | None = None) -> Renovation:
    row = renovations.apply_renovation(staff.assistant, application(unit or occupied_unit()))
    lines = [ChargeLine(items.deposit.id, DEPOSIT), ChargeLine(items.fee.id, FEE)]
    return renovations.approve_renovation(staff.manager, row.id, lines)
