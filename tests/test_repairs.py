"""Repairs (报修): the state machine, and the statutory warranty deciding who pays
(RULES.md, service desk; 《建设工程质量管理条例》 art. 40)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.errors import PermissionDenied, ValidationError
from app.models import AuditLog, RepairLog, RepairOrder, Unit
from app.models.archive import UnitStatus
from app.services import repairs
from app.services.complaints import Satisfaction
from app.services.repairs import Payer, RepairCategory, payer_for, warranty_until
from tests.archive_office import Staff, demo_office, unit_with_status

DAY = date(2026, 11, 27)


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office(units=30)


def handed_over(on: date) -> Unit:
    unit = unit_with_status(UnitStatus.OCCUPIED)
    Unit.update(handover_date=on).where(Unit.id == unit.id).execute()
    return Unit.get_by_id(unit.id)


def register(staff: Staff, unit: Unit, category: str = RepairCategory.PLUMBING) -> RepairOrder:
    return repairs.register_repair(
        staff.assistant,
        unit_id=unit.id,
        category=category,
        description="厨房下水管漏水",
        received_on=DAY,
    )


@pytest.mark.parametrize(
    ("category", "until"),
    [
        (RepairCategory.WATERPROOFING, date(2029, 6, 9)),
        (RepairCategory.ELECTRICAL, date(2026, 6, 9)),
        (RepairCategory.PLUMBING, date(2026, 6, 9)),
        (RepairCategory.EQUIPMENT, date(2026, 6, 9)),
        (RepairCategory.FITOUT, date(2026, 6, 9)),
        (RepairCategory.HEATING_COOLING, date(2026, 3, 15)),  # seasons 2024/25, 2025/26
        (RepairCategory.STRUCTURE, date(2074, 6, 9)),
        (RepairCategory.OTHER, None),
    ],
)
def test_warranty_periods(category: str, until: date | None) -> None:
    assert warranty_until(category, date(2024, 6, 10)) == until


def test_heating_season_running_at_handover_is_not_counted() -> None:
    assert warranty_until(RepairCategory.HEATING_COOLING, date(2024, 12, 1)) == date(2027, 3, 15)
    assert warranty_until(RepairCategory.HEATING_COOLING, date(2024, 11, 15)) == date(2026, 3, 15)


def test_leap_day_handover() -> None:
    assert warranty_until(RepairCategory.PLUMBING, date(2024, 2, 29)) == date(2026, 2, 27)


def test_who_pays() -> None:
    handover = date(2024, 6, 10)
    assert payer_for(RepairCategory.PLUMBING, handover, date(2026, 6, 9))[1] == Payer.DEVELOPER
    assert payer_for(RepairCategory.PLUMBING, handover, date(2026, 6, 10))[1] == Payer.OWNER
    assert payer_for(RepairCategory.OTHER, handover, date(2024, 6, 11))[1] == Payer.OWNER
    assert payer_for(RepairCategory.OTHER, None, DAY) == (None, Payer.DEVELOPER)


def test_register_judges_the_warranty_from_the_units_handover(staff: Staff) -> None:
    unit = handed_over(date(2022, 8, 1))
    leak = register(staff, unit, RepairCategory.WATERPROOFING)
    assert leak.number.startswith("BX")
    assert leak.payer == Payer.DEVELOPER and leak.warranty_until == date(2027, 7, 31)
    assert leak.handover_date == date(2022, 8, 1)
    assert leak.receiver == "李客服" and leak.contact  # the current owner
    pipe = register(staff, unit, RepairCategory.PLUMBING)
    assert pipe.payer == Payer.OWNER and pipe.warranty_until == date(2024, 7, 31)
    assert AuditLog.select().where(AuditLog.action == "repair.register").count() == 2


def test_the_whole_way_through(staff: Staff) -> None:
    repair = register(staff, handed_over(date(2025, 3, 1)))
    repairs.dispatch(staff.assistant, repair.id, "张师傅")
    repairs.dispatch(staff.assistant, repair.id, "刘师傅", "张师傅请假")
    repairs.start_work(staff.assistant, repair.id)
    repairs.complete(staff.assistant, repair.id, "更换下水管接头", DAY)
    repairs.return_visit(staff.assistant, repair.id, Satisfaction.SATISFIED, "", DAY)
    done = repairs.close(staff.assistant, repair.id)
    assert done.status == "closed" and done.worker == "刘师傅"
    assert done.work_done == "更换下水管接头" and done.satisfaction == "satisfied"
    statuses = [log.status for log in repairs.repair_log(staff.assistant, repair.id)]
    assert statuses == [
        "received",
        "dispatched",
        "dispatched",
        "in_progress",
        "completed",
        "visited",
        "closed",
    ]
    assert repairs.open_repairs(staff.assistant) == []


@pytest.mark.parametrize("step", ["start", "complete", "visit", "close"])
def test_steps_cannot_be_skipped(staff: Staff, step: str) -> None:
    repair = register(staff, handed_over(date(2025, 3, 1)))
    calls = {
        "start": lambda: repairs.start_work(staff.assistant, repair.id),
        "complete": lambda: repairs.complete(staff.assistant, repair.id, "完成", DAY),
        "visit": lambda: repairs.return_visit(staff.assistant, repair.id, "satisfied", on=DAY),
        "close": lambda: repairs.close(staff.assistant, repair.id),
    }
    with pytest.raises(ValidationError, match="does not follow"):
        calls[step]()
    assert RepairOrder.get_by_id(repair.id).status == "received"
    assert RepairLog.select().count() == 1


def test_cancel_only_before_work_starts(staff: Staff) -> None:
    repair = register(staff, handed_over(date(2025, 3, 1)))
    repairs.dispatch(staff.assistant, repair.id, "张师傅")
    repairs.start_work(staff.assistant, repair.id)
    with pytest.raises(ValidationError, match="does not follow"):
        repairs.cancel(staff.assistant, repair.id, "业主撤回")
    other = register(staff, handed_over(date(2025, 3, 1)))
    assert repairs.cancel(staff.assistant, other.id, "重复报修").status == "cancelled"
    with pytest.raises(ValidationError, match="does not follow"):
        repairs.dispatch(staff.assistant, other.id, "张师傅")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"category": "magic"}, "category"),
        ({"description": ""}, "description"),
        ({"received_on": date(2099, 1, 1)}, "received_on"),
    ],
)
def test_bad_input_saves_nothing(staff: Staff, change: dict, field: str) -> None:
    args = {
        "unit_id": handed_over(date(2025, 3, 1)).id,
        "category": RepairCategory.PLUMBING,
        "description": "漏水",
        "received_on": DAY,
    }
    args.update(change)
    with pytest.raises(ValidationError) as caught:
        repairs.register_repair(staff.assistant, **args)
    assert caught.value.field == field
    assert RepairOrder.select().count() == 0


def test_dispatch_needs_a_worker(staff: Staff) -> None:
    repair = register(staff, handed_over(date(2025, 3, 1)))
    with pytest.raises(ValidationError) as caught:
        repairs.dispatch(staff.assistant, repair.id, " ")
    assert caught.value.field == "worker"


def test_cashier_cannot_take_repairs(staff: Staff) -> None:
    unit = handed_over(date(2025, 3, 1))
    with pytest.raises(PermissionDenied):
        repairs.register_repair(
            staff.cashier, unit_id=unit.id, category="plumbing", description="漏水"
        )


def test_repairs_show_in_the_units_record(staff: Staff) -> None:
    unit = handed_over(date(2025, 3, 1))
    repair = register(staff, unit)
    assert [r.id for r in repairs.repairs_for_unit(staff.assistant, unit.id)] == [repair.id]
