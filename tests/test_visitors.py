"""会务接待: the visitor log keeps only an ID tail; receptions close when the checklist is done."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.db import database
from app.errors import ValidationError
from app.models import Reception, Visitor
from app.models.affairs import ReceptionStatus
from app.services import visitors
from app.services.visitors import CHECKLIST_CODES
from tests.archive_office import Staff, demo_office


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office(units=30)


def test_only_the_id_tail_is_stored(staff: Staff) -> None:
    visitor = visitors.register_visitor(
        staff.assistant, name="周访客", id_number="11010519491231002x", purpose="探亲",
        host="3-1-502 王业主", people=2, plate="沪a12345",
    )  # fmt: skip
    assert visitor.id_tail == "002X" and visitor.plate == "沪A12345"
    stored = database.execute_sql("SELECT * FROM visitor").fetchall()
    assert "11010519491231002" not in repr(stored)
    assert visitors.masked_id_tail(visitor.id_tail) == "**************002X"
    rows = list(visitors.visitors_query(staff.assistant).dicts())
    assert rows[0]["id_tail"] == "002X" and rows[0]["out_at"] is None


def test_in_and_out(staff: Staff) -> None:
    now = datetime.now(UTC)
    visitor = visitors.register_visitor(
        staff.assistant, name="外卖员", purpose="送餐", host="2-1-301", in_at=now
    )
    with pytest.raises(ValidationError) as err:
        visitors.visitor_left(staff.assistant, visitor.id, now - timedelta(minutes=1))
    assert err.value.field == "out_at"
    left = visitors.visitor_left(staff.assistant, visitor.id, now + timedelta(minutes=20))
    assert left.out_at == now + timedelta(minutes=20)
    with pytest.raises(ValidationError):
        visitors.visitor_left(staff.assistant, visitor.id)
    inside = visitors.filter_visitors(visitors.visitors_query(staff.assistant), "", True)
    assert inside.count() == 0


def test_bad_visitor_input_names_the_field(staff: Staff) -> None:
    for kwargs, field in (
        ({"name": "", "purpose": "a", "host": "b"}, "name"),
        ({"name": "a", "purpose": "a", "host": "b", "id_number": "12"}, "id_number"),
        ({"name": "a", "purpose": "a", "host": "b", "people": 0}, "people"),
    ):
        with pytest.raises(ValidationError) as err:
            visitors.register_visitor(staff.assistant, **kwargs)
        assert err.value.field == field
    assert Visitor.select().count() == 0


def test_reception_finishes_only_with_the_checklist_done(staff: Staff) -> None:
    when = datetime.now(UTC) + timedelta(days=2)
    row = visitors.schedule_reception(
        staff.assistant, guest_org="市住建局", guests=5, purpose="物业服务检查",
        host="王经理", scheduled_at=when, place="二楼会议室",
    )  # fmt: skip
    visitors.set_checklist(staff.assistant, row.id, ["room", "confirm"])
    assert Reception.get_by_id(row.id).checklist == "confirm,room"
    with pytest.raises(ValidationError) as err:
        visitors.finish_reception(staff.assistant, row.id, "检查顺利")
    assert err.value.field == "checklist"
    visitors.set_checklist(staff.assistant, row.id, list(CHECKLIST_CODES))
    done = visitors.finish_reception(staff.assistant, row.id, "检查顺利，无整改项")
    assert done.status == ReceptionStatus.DONE and done.summary == "检查顺利，无整改项"
    with pytest.raises(ValidationError):
        visitors.cancel_reception(staff.assistant, row.id, "改期")
    listed = visitors.receptions(staff.assistant)
    assert [r.id for r in listed] == [row.id] and listed[0].progress == "10/10"
