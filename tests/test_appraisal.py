"""岗位考核: figures counted from a known mix of records equal the hand-computed values.

李客服, October 2026:
- complaints received: 4; fed back within 2 working days: 2 → 50.00
- valid complaints: 2 (one invalid, one unclassified); visited back: 1 → 50.00
- repairs received: 2 (a third cancelled); completed within 3 working days: 1 → 50.00
- their building's October charges: 400.00 billed, 250.00 settled → 62.50
- receipts voided: 0 → 100
- post standards: appearance 90, attitude 80, discipline 100, records 70
total = (20×50 + 15×50 + 15×50 + 20×62.5 + 10×100 + 5×90 + 5×80 + 5×100 + 5×70) / 100 = 64.50

赵收银, October 2026: one receipt voided → 80; nothing else to count; post standards 100 each
total = (10×80 + 20×100) / 30 = 93.33
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.errors import PermissionDenied, ValidationError
from app.models import Appraisal, Building, Charge, Entrance, Unit
from app.models.billing import ChargeKind, FeeKind
from app.services import appraisal, collection, complaints, fees, receipts, repairs
from app.services.collection import CollectRequest, Tender
from app.services.complaints import Category, Channel, Satisfaction
from reports.appraisal_xlsx import export_appraisals
from tests.archive_office import Staff, demo_office

OCT = "2026-10"
MANUAL = {"appearance": 90, "attitude": 80, "discipline": 100, "records": 70}


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office(units=60)


def _units_of(building: Building) -> list[Unit]:
    return list(
        Unit.select().join(Entrance).where(Entrance.building == building).order_by(Unit.code)
    )


def _charge(unit: Unit, item_id: str, amount: str, settled: str, period: str = OCT) -> None:
    Charge.create(
        unit=unit, fee_item=item_id, kind=ChargeKind.ONE_OFF, period=period,
        period_start=date(2026, 10, 1), period_end=date(2026, 10, 31), due_date=date(2026, 10, 15),
        quantity=Decimal(1), unit_price=Decimal(amount), amount=Decimal(amount),
        settled=Decimal(settled),
    )  # fmt: skip


def _complaint(staff: Staff, unit: Unit, day: date) -> str:
    return complaints.register_complaint(
        staff.assistant, channel=Channel.PHONE, category=Category.NOISE, description="噪音",
        unit_id=unit.id, received_on=day,
    ).id  # fmt: skip


def _repair(staff: Staff, unit: Unit, day: date, done: date | None) -> str:
    repair = repairs.register_repair(
        staff.assistant, unit_id=unit.id, category="plumbing", description="漏水", received_on=day
    )
    if done is None:
        repairs.cancel(staff.assistant, repair.id, "业主撤回")
        return repair.id
    repairs.dispatch(staff.assistant, repair.id, "王师傅")
    repairs.start_work(staff.assistant, repair.id)
    repairs.complete(staff.assistant, repair.id, "已修好", on=done)
    return repair.id


def _records(staff: Staff) -> None:
    buildings = list(Building.select().order_by(Building.sort_order, Building.code))
    mine, other = _units_of(buildings[0]), _units_of(buildings[1])
    item = fees.create_fee_item(staff.admin, "QT", "其他", FeeKind.ONE_OFF, "1", date(2025, 1, 1))
    _charge(mine[0], item.id, "100", "100")
    _charge(mine[1], item.id, "300", "150")
    _charge(mine[2], item.id, "500", "0", period="2026-09")  # another month
    _charge(other[0], item.id, "700", "0")  # another building
    appraisal.assign_buildings(staff.manager, staff.assistant.user_id, [buildings[0].id])

    c1 = _complaint(staff, mine[0], date(2026, 10, 19))  # due 10-21
    c2 = _complaint(staff, mine[0], date(2026, 10, 20))  # due 10-22
    c3 = _complaint(staff, mine[1], date(2026, 10, 21))  # due 10-23
    _complaint(staff, mine[1], date(2026, 10, 26))  # no feedback yet
    _complaint(staff, mine[1], date(2026, 9, 28))  # September: not counted
    complaints.record_feedback(staff.assistant, c1, "已处理", on=date(2026, 10, 20))
    complaints.record_feedback(staff.assistant, c2, "已处理", on=date(2026, 10, 26))  # late
    complaints.record_feedback(staff.assistant, c3, "已解释", on=date(2026, 10, 22))
    complaints.classify(staff.manager, c1, True, "属实")
    complaints.classify(staff.manager, c2, True, "属实")
    complaints.classify(staff.manager, c3, False, "非物业责任")
    complaints.return_visit(staff.assistant, c1, Satisfaction.SATISFIED, on=date(2026, 10, 23))

    _repair(staff, mine[0], date(2026, 10, 19), date(2026, 10, 21))  # deadline 10-22
    _repair(staff, mine[1], date(2026, 10, 20), date(2026, 10, 27))  # deadline 10-23: late
    _repair(staff, mine[2], date(2026, 10, 21), None)  # cancelled

    # The cashier's October: one receipt, voided the next day.
    _charge(other[1], item.id, "50", "0")
    charge = Charge.get((Charge.unit == other[1]) & (Charge.amount == Decimal("50")))
    receipt = collection.collect(
        staff.cashier,
        CollectRequest(other[1].id, [charge.id], [Tender("cash", "50")],
                       business_date=date(2026, 10, 20)),
    )  # fmt: skip
    receipts.void_receipt(staff.manager, receipt.id, "金额错误", business_date=date(2026, 10, 21))


def test_figures_and_total_equal_hand_computed_values(staff: Staff) -> None:
    _records(staff)
    scored = appraisal.preview(staff.manager, staff.assistant.user_id, OCT, MANUAL)
    f = scored.figures
    assert (f.complaints, f.complaints_on_time, f.valid_complaints, f.visited) == (4, 2, 2, 1)
    assert (f.repairs, f.repairs_on_time, f.voids) == (2, 1, 0)
    assert (f.billed, f.settled) == (Decimal("400.00"), Decimal("250.00"))
    assert scored.scores["feedback"] == Decimal("50.00")
    assert scored.scores["return_visits"] == Decimal("50.00")
    assert scored.scores["repairs"] == Decimal("50.00")
    assert scored.scores["collection"] == Decimal("62.50")
    assert scored.scores["voids"] == Decimal("100")
    assert scored.total == Decimal("64.50")

    cashier = appraisal.preview(
        staff.manager, staff.cashier.user_id, OCT, dict.fromkeys(appraisal.MANUAL, 100)
    )
    assert cashier.figures.voids == 1 and cashier.scores["voids"] == Decimal("80")
    assert cashier.scores["feedback"] is None and cashier.scores["collection"] is None
    assert cashier.total == Decimal("93.33")


def test_saved_confirmed_and_exported(staff: Staff, tmp_path: Path) -> None:
    _records(staff)
    with pytest.raises(PermissionDenied):
        appraisal.save_appraisal(staff.assistant, staff.assistant.user_id, OCT, MANUAL)
    with pytest.raises(ValidationError) as err:
        appraisal.save_appraisal(
            staff.manager, staff.assistant.user_id, OCT, {**MANUAL, "records": 101}
        )
    assert err.value.field == "records"
    draft = appraisal.save_appraisal(staff.manager, staff.assistant.user_id, OCT, MANUAL)
    again = appraisal.save_appraisal(
        staff.manager, staff.assistant.user_id, OCT, {**MANUAL, "records": 90}
    )
    assert again.id == draft.id and again.total == Decimal("65.50")  # +5×20/100
    appraisal.save_appraisal(
        staff.manager, staff.cashier.user_id, OCT, dict.fromkeys(appraisal.MANUAL, 100)
    )
    confirmed = appraisal.confirm_appraisal(staff.manager, draft.id)
    assert confirmed.status == "confirmed" and confirmed.confirmed_by == "王经理"
    with pytest.raises(ValidationError):
        appraisal.save_appraisal(staff.manager, staff.assistant.user_id, OCT, MANUAL)
    assert Appraisal.select().count() == 2

    out = export_appraisals(appraisal.month_sheet(staff.manager, OCT), tmp_path / "oct.xlsx")
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "2026-10 岗位考核"
    by_name = {r[0]: r for r in rows[2:] if r[0]}
    assert by_name["李客服"][-3] == 65.5 and by_name["赵收银"][-3] == 93.33
    assert by_name["李客服"][-2] == "已确认"


def test_buildings_replace_the_earlier_list(staff: Staff) -> None:
    buildings = list(Building.select().order_by(Building.code))
    appraisal.assign_buildings(
        staff.manager, staff.assistant.user_id, [buildings[0].id, buildings[1].id]
    )
    appraisal.assign_buildings(staff.manager, staff.assistant.user_id, [buildings[1].id])
    assert appraisal.buildings_of(staff.manager, staff.assistant.user_id) == [buildings[1].id]
