"""物业装修管理: application → approval (charges) → paid at the counter → permit (unit 装修中)
→ inspections → acceptance (status back) → deposit settled with deductions (refund)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import peewee as pw
import pytest

from app.errors import PermissionDenied, ValidationError
from app.models import DepositDeduction, DepositSettlement, Renovation, Unit
from app.models.affairs import RenovationStatus
from app.models.archive import UnitStatus
from app.models.billing import Charge, ChargeKind, PayMethod, Receipt, Refund
from app.services import day_close, renovation_deposit, renovations
from app.services.renovation_deposit import Deduction
from app.services.renovations import ChargeLine
from app.services.unit_facts import office_today
from reports.renovation_docs import render_permit, render_settlement
from tests.archive_office import Staff, demo_office
from tests.renovation_fixtures import Items, application, approved, occupied_unit, renovation_items
from tests.test_archive_pdfs import assert_cjk_embedded, assert_renders_one_page, pdf_text


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office(units=30)


@pytest.fixture
def items(staff: Staff) -> Items:
    return renovation_items(staff.admin)


def _running(staff: Staff, items: Items) -> Renovation:
    row = approved(staff, items)
    renovation_deposit.collect_renovation_fees(staff.cashier, row.id, PayMethod.WECHAT)
    return renovations.issue_permit(staff.assistant, row.id)


def test_whole_life_of_a_renovation(staff: Staff, items: Items, tmp_path: Path) -> None:
    unit = occupied_unit()
    row = renovations.apply_renovation(staff.assistant, application(unit))
    assert row.number.startswith("ZX") and row.status == RenovationStatus.APPLIED
    assert row.workers == "刘工\n张师傅\n李师傅" and row.received_by == "李客服"
    lines = [ChargeLine(items.deposit.id, "3000"), ChargeLine(items.fee.id, "300")]
    with pytest.raises(PermissionDenied):
        renovations.approve_renovation(staff.assistant, row.id, lines)
    row = renovations.approve_renovation(staff.manager, row.id, lines)
    owed = renovations.charges_of(row.id)
    assert [c.kind for c in owed.charges] == [ChargeKind.DEPOSIT, ChargeKind.ONE_OFF]
    assert owed.due == Decimal("3300.00") and not owed.paid
    with pytest.raises(ValidationError) as err:
        renovations.issue_permit(staff.assistant, row.id)
    assert err.value.field == "charges"

    receipt = renovation_deposit.collect_renovation_fees(staff.cashier, row.id, PayMethod.CASH)
    assert receipt.total == Decimal("3300.00") and receipt.unit_id == unit.id
    assert renovations.charges_of(row.id).paid
    row = renovations.issue_permit(staff.assistant, row.id)
    assert row.permit_number.startswith("XK") and row.previous_status == UnitStatus.OCCUPIED
    assert Unit.get_by_id(unit.id).status == UnitStatus.DECORATING
    permit = render_permit(row.id, tmp_path / "permit.pdf")
    text = pdf_text(permit)
    assert "装修许可证" in text and row.permit_number in text and unit.code in text
    assert (
        "美居装饰公司" in text and "13800001111" not in text
    )  # the owner's phone stays off the door
    assert_cjk_embedded(permit)
    assert_renders_one_page(permit, tmp_path)

    today = office_today()
    seen = renovations.record_inspection(staff.assistant, row.id, findings="施工正常")
    bad = renovations.record_inspection(
        staff.assistant, row.id, findings="楼道堆放垃圾", violation="装修垃圾堆放楼道",
        rectify_by=today + timedelta(days=1),
    )  # fmt: skip
    assert seen.violation == "" and bad.rectify_by == today + timedelta(days=1)
    with pytest.raises(ValidationError) as err:
        renovations.accept_completion(staff.manager, row.id, "验收合格")
    assert err.value.field == "violation"
    renovations.mark_rectified(staff.assistant, bad.id)
    row = renovations.accept_completion(staff.manager, row.id, "验收合格，无破坏公共设施")
    assert row.status == RenovationStatus.ACCEPTED
    assert Unit.get_by_id(unit.id).status == UnitStatus.OCCUPIED

    with pytest.raises(PermissionDenied):
        renovation_deposit.settle_deposit(staff.cashier, row.id, [])
    settlement = renovation_deposit.settle_deposit(
        staff.manager, row.id,
        [Deduction("楼道垃圾清运", "200"), Deduction("损坏楼道墙面修补", "150.50")],
        PayMethod.CASH,
    )  # fmt: skip
    assert settlement.deposit == Decimal("3000.00") and settlement.deductions == Decimal("350.50")
    assert settlement.refunded == Decimal("2649.50")
    refund = Refund.get_by_id(settlement.refund_id)
    assert refund.amount == Decimal("2649.50") and refund.charge_id == row.deposit_charge_id
    assert Renovation.get_by_id(row.id).status == RenovationStatus.SETTLED
    reasons = [d.reason for d in DepositDeduction.select().order_by(DepositDeduction.line_no)]
    assert reasons == ["楼道垃圾清运", "损坏楼道墙面修补"]
    with pytest.raises(pw.IntegrityError, match="final"):
        DepositSettlement.update(deductions=0).execute()

    # The fees module sees both: the receipt on the cashier's day, the refund on the manager's.
    cashier_day = day_close.day_report(staff.cashier, day_close.cashier_key(staff.cashier), today)
    assert [r.number for r in cashier_day.receipts] == [receipt.number]
    assert {ln.key: ln.collected for ln in cashier_day.by_item} == {
        "装修押金": Decimal("3000.00"), "装修管理费": Decimal("300.00"),
    }  # fmt: skip
    manager_day = day_close.day_report(staff.manager, day_close.cashier_key(staff.manager), today)
    assert [r.number for r in manager_day.refunds] == [refund.number]
    assert manager_day.refunded == Decimal("2649.50")

    form = render_settlement(row.id, tmp_path / "settlement.pdf")
    text = pdf_text(form)
    assert "装修押金结算单" in text and "楼道垃圾清运" in text and "¥2,649.50" in text
    assert "贰仟陆佰肆拾玖元伍角整" in text and refund.number in text
    assert_renders_one_page(form, tmp_path)


def test_deductions_cannot_exceed_the_deposit(staff: Staff, items: Items) -> None:
    row = _running(staff, items)
    renovations.accept_completion(staff.manager, row.id, "验收合格")
    with pytest.raises(ValidationError) as err:
        renovation_deposit.settle_deposit(staff.manager, row.id, [Deduction("罚款", "3000.01")])
    assert err.value.field == "deductions"
    whole = renovation_deposit.settle_deposit(
        staff.manager, row.id, [Deduction("全额扣除", "3000")]
    )
    assert whole.refunded == 0 and whole.refund_id is None
    assert Refund.select().count() == 0


def test_a_second_open_renovation_of_a_unit_is_refused(staff: Staff, items: Items) -> None:
    row = approved(staff, items)
    with pytest.raises(ValidationError) as err:
        renovations.apply_renovation(staff.assistant, application(Unit.get_by_id(row.unit_id)))
    assert err.value.field == "unit_id"


def test_application_checks_dates_and_charges(staff: Staff, items: Items) -> None:
    unit = occupied_unit()
    bad = application(unit)
    with pytest.raises(ValidationError) as err:
        renovations.apply_renovation(
            staff.assistant,
            bad.__class__(**{**bad.__dict__, "planned_end": bad.planned_start - timedelta(days=1)}),
        )
    assert err.value.field == "planned_end"
    row = renovations.apply_renovation(staff.assistant, bad)
    with pytest.raises(ValidationError) as err:
        renovations.approve_renovation(staff.manager, row.id, [ChargeLine(items.fee.id, "300")])
    assert err.value.field == "charges"  # no deposit
    with pytest.raises(ValidationError) as err:
        lines = [ChargeLine(items.deposit.id, "abc")]
        renovations.approve_renovation(staff.manager, row.id, lines)
    assert err.value.field == "charges"
    assert Charge.select().count() == 0 and Renovation.get_by_id(row.id).status == "applied"


def test_overdue_list(staff: Staff, items: Items) -> None:
    row = _running(staff, items)
    today = office_today()
    assert renovations.overdue_renovations(staff.assistant, today) == []
    late = row.planned_end + timedelta(days=1)
    assert [r.id for r in renovations.overdue_renovations(staff.assistant, late)] == [row.id]
    query = renovations.filter_renovations(
        renovations.renovations_query(staff.assistant), overdue_on=late
    )
    assert [r["id"] for r in query.dicts()] == [row.id]


def test_rejected_application_raises_no_charge(staff: Staff, items: Items) -> None:
    row = renovations.apply_renovation(staff.assistant, application(occupied_unit()))
    renovations.reject_renovation(staff.manager, row.id, "涉及拆改承重墙")
    assert Renovation.get_by_id(row.id).status == RenovationStatus.REJECTED
    assert Charge.select().count() == 0 and Receipt.select().count() == 0
