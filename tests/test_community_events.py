"""社区文化活动: the year's plan, events held or cancelled, the year's report (PDF)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.services import community_events as events
from app.services.community_events import EventKind
from reports.community_events_pdf import render_year_report
from tests.archive_office import Staff, demo_office
from tests.test_archive_pdfs import assert_cjk_embedded, pdf_text


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office(units=30)


def test_plan_held_cancelled_and_the_year_report(staff: Staff, tmp_path: Path) -> None:
    plan = [
        (2, "元宵节猜灯谜", EventKind.FESTIVAL, "1500"),
        (6, "六一亲子游园会", EventKind.CHILDREN, "3000"),
        (9, "重阳节敬老茶话会", EventKind.ELDERLY, "2000"),
    ]
    ids = [
        events.plan_event(staff.assistant, year=2026, planned_month=m, title=t, kind=k,
                          planned_budget=b).id
        for m, t, k, b in plan
    ]  # fmt: skip
    events.record_held(
        staff.assistant, ids[0], held_on=date(2026, 3, 3), place="中心广场", participants=180,
        spent="1320.50", summary="业主参与热情高",
    )  # fmt: skip
    events.record_held(
        staff.assistant, ids[1], held_on=date(2026, 6, 1), place="会所", participants=95,
        spent="2800", summary="亲子互动良好",
    )  # fmt: skip
    events.cancel_event(staff.assistant, ids[2], "暴雨预警，改期")
    with pytest.raises(ValidationError):
        events.record_held(staff.assistant, ids[2], held_on=date(2026, 10, 1), place="x",
                           participants=1, spent="0", summary="x")  # fmt: skip
    with pytest.raises(ValidationError) as err:
        events.plan_event(
            staff.assistant, year=2026, planned_month=13, title="x", kind=EventKind.SPORTS
        )
    assert err.value.field == "planned_month"
    report = events.year_report(staff.assistant, 2026)
    assert (report.planned, report.held, report.cancelled) == (3, 2, 1)
    assert report.participants == 275 and report.spent == Decimal("4120.50")
    assert report.planned_budget == Decimal("6500.00")
    assert report.held_by_kind == {EventKind.FESTIVAL: 1, EventKind.CHILDREN: 1}
    pdf = render_year_report(report, tmp_path / "events.pdf")
    text = pdf_text(pdf)
    assert "2026年社区文化活动年度报告" in text and "元宵节猜灯谜" in text and "已取消" in text
    assert "¥4,120.50" in text and "275" in text
    assert_cjk_embedded(pdf)


def test_held_date_must_be_in_the_plan_year(staff: Staff) -> None:
    event = events.plan_event(staff.assistant, year=2025, planned_month=5, title="趣味运动会",
                              kind=EventKind.SPORTS)  # fmt: skip
    with pytest.raises(ValidationError) as err:
        events.record_held(staff.assistant, event.id, held_on=date(2026, 5, 1), place="球场",
                           participants=40, spent="0", summary="好")  # fmt: skip
    assert err.value.field == "held_on"
