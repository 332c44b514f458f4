"""Move-in (入伙) handovers and move-out permits (放行条), refused for arrears unless overridden."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import peewee as pw
import pytest

from app.db import database
from app.errors import PermissionDenied, ValidationError
from app.models import AuditLog, Handover, MoveOutPermit, Ownership, Unit
from app.models.archive import PermitStatus, UnitStatus
from app.services import arrears, move_in, move_out, numbering
from app.services.move_in import HandoverInput
from app.services.permissions import Cap
from app.services.unit_facts import office_today
from tests.archive_office import Staff, demo_office, sold_unit, unit_with_status

OWED = Decimal("1234.50")


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office()


@pytest.fixture
def owing_unit(staff: Staff) -> Iterator[Unit]:
    """An occupied unit the (simulated) fees module says owes ¥1,234.50."""
    unit = unit_with_status(UnitStatus.OCCUPIED)

    def fees(unit_id: str) -> Decimal:
        return OWED if unit_id == unit.id else Decimal("0.00")

    arrears.register_arrears_source(fees)
    try:
        yield unit
    finally:
        arrears.unregister_arrears_source(fees)


def audit_rows(action: str) -> list[AuditLog]:
    return list(AuditLog.select().where(AuditLog.action == action).order_by(AuditLog.id))


# ------------------------------------------------------------------------------ move-in


def test_handover_sets_unit_status_and_date(staff: Staff) -> None:
    today = office_today()
    unit, owner = sold_unit(today - timedelta(days=10))
    handover = move_in.record_handover(
        staff.assistant,
        unit.id,
        HandoverInput(
            today,
            keys_handed=3,
            key_notes="入户门2把、信报箱1把",
            water_reading="12.5",
            electricity_reading=Decimal("300"),
            gas_reading=0,
            checklist=[*move_in.STANDARD_CHECKLIST[:3], " 《车位协议》 ", "《入伙通知书》"],
            remarks="无",
        ),
    )
    assert handover.number == f"RH{today.year}000001"
    stored = Handover.get_by_id(handover.id)
    assert stored.owner_id == owner.id and stored.handled_by == "李客服"
    assert (stored.water_reading, stored.electricity_reading, stored.gas_reading) == (
        Decimal("12.50"),
        Decimal("300.00"),
        Decimal("0.00"),
    )
    assert json.loads(stored.checklist) == [*move_in.STANDARD_CHECKLIST[:3], "《车位协议》"]
    unit = Unit.get_by_id(unit.id)
    assert unit.status == UnitStatus.OCCUPIED and unit.handover_date == today
    [row] = audit_rows("unit.handover")
    assert json.loads(row.before)["status"] == UnitStatus.UNSOLD
    assert json.loads(row.after) == {"status": "occupied", "handover_date": today.isoformat()}
    assert len(audit_rows("handover.record")) == 1


def test_one_handover_per_unit(staff: Staff) -> None:
    unit, _ = sold_unit(office_today())
    move_in.record_handover(staff.assistant, unit.id, HandoverInput(office_today()))
    with pytest.raises(ValidationError, match="already handed over") as err:
        move_in.record_handover(staff.assistant, unit.id, HandoverInput(office_today()))
    assert err.value.field == "unit_id"
    assert Handover.select().count() == 1


def test_unsold_unit_without_owner_cannot_be_handed_over(staff: Staff) -> None:
    unit = unit_with_status(UnitStatus.UNSOLD)
    with pytest.raises(ValidationError, match="no current owner"):
        move_in.record_handover(staff.assistant, unit.id, HandoverInput(office_today()))
    assert Unit.get_by_id(unit.id).handover_date is None
    assert numbering.last_number(move_in.DOC_TYPE, office_today().year) == 0


def test_owner_must_be_a_current_owner(staff: Staff) -> None:
    unit, owner = sold_unit(office_today())
    former = Ownership.select().where(Ownership.unit != unit.id).first().owner_id
    with pytest.raises(ValidationError, match="not a current owner") as err:
        move_in.record_handover(
            staff.assistant, unit.id, HandoverInput(office_today(), owner_id=former)
        )
    assert err.value.field == "owner_id"
    handover = move_in.record_handover(
        staff.assistant, unit.id, HandoverInput(office_today(), owner.id)
    )
    assert handover.owner_id == owner.id


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"handover_date": "future"}, "handover_date"),
        ({"water_reading": "-1"}, "water_reading"),
        ({"electricity_reading": "12.345"}, "electricity_reading"),
        ({"gas_reading": 1.5}, "gas_reading"),
        ({"gas_reading": "abc"}, "gas_reading"),
        ({"keys_handed": -1}, "keys_handed"),
        ({"checklist": ["《入伙通知书》", "  "]}, "checklist"),
    ],
)
def test_bad_handover_input_saves_nothing(staff: Staff, kwargs: dict, field: str) -> None:
    unit, _ = sold_unit(office_today() - timedelta(days=1))
    values = {"handover_date": office_today(), **kwargs}
    if values["handover_date"] == "future":
        values["handover_date"] = office_today() + timedelta(days=1)
    with pytest.raises(ValidationError) as err:
        move_in.record_handover(staff.assistant, unit.id, HandoverInput(**values))
    assert err.value.field == field
    assert Handover.select().count() == 0
    assert Unit.get_by_id(unit.id).status == UnitStatus.UNSOLD


def test_rented_unit_keeps_its_status(staff: Staff) -> None:
    unit = unit_with_status(UnitStatus.RENTED)
    move_in.record_handover(staff.assistant, unit.id, HandoverInput(unit.handover_date))
    assert Unit.get_by_id(unit.id).status == UnitStatus.RENTED
    assert audit_rows("unit.handover") == []  # nothing about the unit changed


def test_recorded_handover_date_is_not_silently_moved(staff: Staff) -> None:
    unit = unit_with_status(UnitStatus.OCCUPIED)
    other_day = unit.handover_date + timedelta(days=1)
    with pytest.raises(ValidationError, match=unit.handover_date.isoformat()):
        move_in.record_handover(staff.assistant, unit.id, HandoverInput(other_day))


def test_cashier_cannot_record_a_handover(staff: Staff) -> None:
    unit, _ = sold_unit(office_today())
    with pytest.raises(PermissionDenied, match=Cap.ARCHIVE_EDIT):
        move_in.record_handover(staff.cashier, unit.id, HandoverInput(office_today()))


# ------------------------------------------------------------------------------ arrears


def test_arrears_sum_the_registered_sources(staff: Staff) -> None:
    unit = unit_with_status(UnitStatus.OCCUPIED)
    assert arrears.unit_arrears(unit.id) == Decimal("0.00")

    def fees(unit_id: str) -> Decimal:
        return Decimal("100.10")

    def parking(unit_id: str) -> Decimal:
        return Decimal("0.005")

    arrears.register_arrears_source(fees)
    try:
        assert arrears.unit_arrears(unit.id) == Decimal("100.10")
        arrears.register_arrears_source(parking)
        with pytest.raises(ValueError, match="more than two decimals"):
            arrears.unit_arrears(unit.id)
    finally:
        arrears.unregister_arrears_source(fees)
        arrears.unregister_arrears_source(parking)
    assert arrears.unit_arrears(unit.id) == Decimal("0.00")


# ------------------------------------------------------------------------------ move-out


def request(actor, unit: Unit, reason: str | None = None) -> MoveOutPermit:
    return move_out.request_permit(
        actor,
        unit.id,
        "张三",
        "13812345678",
        "冰箱一台、纸箱十个",
        "粤b 12345",
        office_today() + timedelta(days=1),
        override_reason=reason,
    )


def test_permit_for_a_unit_without_arrears(staff: Staff) -> None:
    unit = unit_with_status(UnitStatus.OCCUPIED)
    permit = request(staff.assistant, unit, reason="not needed here")
    assert permit.number == f"FX{office_today().year}000001"
    stored = MoveOutPermit.get_by_id(permit.id)
    assert stored.status == PermitStatus.ISSUED and stored.arrears_fen == 0
    assert stored.plate == "粤B12345" and stored.issued_by == "李客服"
    assert stored.override_by is None and stored.override_reason is None
    assert len(audit_rows("permit.issue")) == 1 and audit_rows("permit.override") == []


def test_permit_refused_for_arrears(staff: Staff, owing_unit: Unit) -> None:
    with pytest.raises(move_out.ArrearsOwed) as err:
        request(staff.assistant, owing_unit)
    assert err.value.owed == OWED and err.value.field == "override_reason"
    message = str(err.value)
    assert "¥1,234.50" in message and owing_unit.code in message
    assert "manager can override with a reason" in message
    assert MoveOutPermit.select().count() == 0
    assert numbering.last_number(move_out.DOC_TYPE, office_today().year) == 0


def test_manager_override_is_logged(staff: Staff, owing_unit: Unit) -> None:
    reason = "业主承诺本月底前结清，经理同意放行"
    permit = request(staff.manager, owing_unit, reason=f"  {reason} ")
    stored = MoveOutPermit.get_by_id(permit.id)
    assert stored.arrears_fen == 123450
    assert (stored.override_by, stored.override_reason) == ("王经理", reason)
    [row] = audit_rows("permit.override")
    assert row.username == "jingli" and row.record_id == permit.id and row.detail == reason
    assert json.loads(row.after) == {
        "arrears": "1234.50",
        "override_by": "王经理",
        "reason": reason,
    }


@pytest.mark.parametrize("who", ["assistant", "cashier"])
def test_override_refused_without_the_capability(staff: Staff, owing_unit: Unit, who: str) -> None:
    with pytest.raises(PermissionDenied):
        request(getattr(staff, who), owing_unit, reason="老熟人了，先放行吧")
    assert MoveOutPermit.select().count() == 0


def test_assistant_is_told_which_permission_overrides(staff: Staff, owing_unit: Unit) -> None:
    with pytest.raises(PermissionDenied, match=Cap.PERMIT_OVERRIDE):
        request(staff.assistant, owing_unit, reason="老熟人了，先放行吧")


def test_override_needs_a_real_reason(staff: Staff, owing_unit: Unit) -> None:
    with pytest.raises(ValidationError, match="at least 4 characters") as err:
        request(staff.manager, owing_unit, reason=" 同意 ")
    assert err.value.field == "override_reason"


def test_exit_is_logged_once(staff: Staff) -> None:
    permit = request(staff.assistant, unit_with_status(UnitStatus.OCCUPIED))
    move_out.record_exit(staff.assistant, permit.id)
    stored = MoveOutPermit.get_by_id(permit.id)
    assert stored.status == PermitStatus.EXITED and stored.exit_checked_by == "李客服"
    assert stored.exited_at.endswith("Z")
    [row] = audit_rows("permit.exit")
    assert json.loads(row.before)["status"] == "issued"
    with pytest.raises(ValidationError, match="already exited"):
        move_out.record_exit(staff.assistant, permit.id)
    with pytest.raises(ValidationError, match="already exited"):
        move_out.cancel_permit(staff.assistant, permit.id, "写错了")


def test_cancelled_permit_cannot_be_used(staff: Staff) -> None:
    permit = request(staff.assistant, unit_with_status(UnitStatus.OCCUPIED))
    with pytest.raises(ValidationError, match="Cancel reason"):
        move_out.cancel_permit(staff.assistant, permit.id, "  ")
    move_out.cancel_permit(staff.assistant, permit.id, "业主改期")
    stored = MoveOutPermit.get_by_id(permit.id)
    assert (stored.status, stored.cancel_reason) == (PermitStatus.CANCELLED, "业主改期")
    with pytest.raises(ValidationError, match="already cancelled"):
        move_out.record_exit(staff.assistant, permit.id)
    assert audit_rows("permit.cancel")[0].detail == "业主改期"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"applicant_name": " "}, "applicant_name"),
        ({"items": ""}, "items"),
        ({"applicant_phone": "138-abc"}, "applicant_phone"),
        ({"plate": "粤B-1234!"}, "plate"),
        ({"planned_date": "yesterday"}, "planned_date"),
    ],
)
def test_bad_permit_input(staff: Staff, change: dict, field: str) -> None:
    values = {
        "applicant_name": "张三",
        "applicant_phone": "13812345678",
        "items": "冰箱",
        "plate": "",
        "planned_date": office_today(),
        **change,
    }
    if values["planned_date"] == "yesterday":
        values["planned_date"] = office_today() - timedelta(days=1)
    unit = unit_with_status(UnitStatus.OCCUPIED)
    with pytest.raises(ValidationError) as err:
        move_out.request_permit(staff.assistant, unit.id, **values)
    assert err.value.field == field


def test_cashier_cannot_issue_permits(staff: Staff) -> None:
    with pytest.raises(PermissionDenied, match=Cap.ARCHIVE_EDIT):
        request(staff.cashier, unit_with_status(UnitStatus.OCCUPIED))


def test_permit_content_has_no_editing_service() -> None:
    public = {name for name in vars(move_out) if not name.startswith("_")}
    assert not {n for n in public if n.startswith(("update", "edit", "change", "set_"))}


# ------------------------------------------------------------------------------ final records


def test_an_issued_handover_form_is_final(staff: Staff) -> None:
    unit, _owner = sold_unit(office_today() - timedelta(days=3))
    handover = move_in.record_handover(
        staff.assistant, unit.id, HandoverInput(office_today(), keys_handed=2)
    )
    for sql in (
        "UPDATE handover SET keys_handed = 5 WHERE id = ?",
        "UPDATE handover SET remarks = 'changed' WHERE id = ?",
        "DELETE FROM handover WHERE id = ?",
    ):
        with pytest.raises(pw.IntegrityError, match="final once issued"):
            database.execute_sql(sql, (handover.id,))
    assert Handover.get_by_id(handover.id).keys_handed == 2


def test_a_handover_mistake_is_corrected_by_a_new_form(staff: Staff, tmp_path: Path) -> None:
    from reports.handover_form import render_handover_form
    from tests.receipt_fixtures import pdftotext

    today = office_today()
    unit, _owner = sold_unit(today - timedelta(days=3))
    first = move_in.record_handover(
        staff.assistant, unit.id, HandoverInput(today, keys_handed=2, water_reading="12.5")
    )
    with pytest.raises(ValidationError) as err:  # a correction says why
        move_in.correct_handover(
            staff.assistant, first.id, " ", HandoverInput(today, keys_handed=3)
        )
    assert err.value.field == "reason"
    fixed = move_in.correct_handover(
        staff.assistant,
        first.id,
        "钥匙数量登记错误",
        HandoverInput(today, keys_handed=3, water_reading="12.5"),
    )
    assert fixed.number == f"RH{today.year}000002" and fixed.corrects_id == first.id
    assert Handover.get_by_id(first.id).keys_handed == 2  # the signed form stays as it was
    assert move_in.handover_of_unit(staff.assistant, unit.id).id == fixed.id
    with pytest.raises(ValidationError, match="already corrected by"):
        move_in.correct_handover(
            staff.assistant, first.id, "再改", HandoverInput(today, keys_handed=4)
        )
    again = move_in.correct_handover(
        staff.assistant,
        fixed.id,
        "表读数错误",
        HandoverInput(today, keys_handed=3, water_reading="13"),
    )
    assert move_in.handover_of_unit(staff.assistant, unit.id).id == again.id
    with pytest.raises(ValidationError, match="already handed over"):  # still one original
        move_in.record_handover(staff.assistant, unit.id, HandoverInput(today))
    [row] = audit_rows("handover.correct")[:1]
    assert json.loads(row.before)["keys_handed"] == 2
    pdf = render_handover_form(fixed.id, tmp_path / "fixed.pdf")
    assert f"更正单：更正 {first.number}，原因：钥匙数量登记错误" in pdftotext(pdf)


def test_a_correction_belongs_to_the_unit_of_its_form(staff: Staff) -> None:
    today = office_today()
    unit, _ = sold_unit(today - timedelta(days=3))
    first = move_in.record_handover(staff.assistant, unit.id, HandoverInput(today))
    other, _ = sold_unit(today - timedelta(days=3))
    move_in.record_handover(staff.assistant, other.id, HandoverInput(today))
    with pytest.raises(pw.IntegrityError, match="belongs to the unit"):
        database.execute_sql(
            "INSERT INTO handover (id, created_at, updated_at, row_version, number, unit_id,"
            " corrects_id, correction_reason, handover_date, keys_handed, key_notes,"
            " checklist, handled_by, remarks) VALUES ('x', '', '', 1, 'RHX', ?, ?, 'r', ?,"
            " 0, '', '[]', '', '')",
            (other.id, first.id, today.isoformat()),
        )


def test_an_issued_permit_changes_only_by_exit_or_cancel(staff: Staff) -> None:
    unit = unit_with_status(UnitStatus.OCCUPIED)
    permit = request(staff.assistant, unit)
    for sql in (
        "UPDATE move_out_permit SET items = '钢琴一台' WHERE id = ?",
        "UPDATE move_out_permit SET arrears_fen = 0, override_by = 'x' WHERE id = ?",
        "DELETE FROM move_out_permit WHERE id = ?",
    ):
        with pytest.raises(pw.IntegrityError, match="final"):
            database.execute_sql(sql, (permit.id,))
    exited = move_out.record_exit(staff.assistant, permit.id)  # the gate's check is allowed
    assert exited.status == PermitStatus.EXITED
    with pytest.raises(pw.IntegrityError, match="already used or cancelled"):
        database.execute_sql(
            "UPDATE move_out_permit SET status = 'issued', exited_at = NULL WHERE id = ?",
            (permit.id,),
        )
    other = request(staff.assistant, unit)
    cancelled = move_out.cancel_permit(staff.assistant, other.id, "业主改期")
    assert cancelled.status == PermitStatus.CANCELLED
    with pytest.raises(pw.IntegrityError, match="already used or cancelled"):
        database.execute_sql(
            "UPDATE move_out_permit SET cancel_reason = 'x' WHERE id = ?", (other.id,)
        )
