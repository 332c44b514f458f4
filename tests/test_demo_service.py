"""The demo's service desk: made through the services, finished in the past, open lately."""

from __future__ import annotations

from pathlib import Path

from app.demo_service import create_demo_service
from app.models import Complaint, RepairOrder
from app.models.service_more import Incident, SurveyResponse
from app.models.stock import StockDocument
from app.services import service_queue
from app.services.unit_facts import office_today
from tests.archive_office import demo_office


def test_a_year_of_service_desk_work(db_path: Path) -> None:
    staff = demo_office(units=60)
    summary = create_demo_service(staff.assistant, staff.manager, seed=3)
    today = office_today()
    assert Complaint.select().count() == summary["complaints"] >= 4
    assert RepairOrder.select().count() == summary["repairs"] >= 6
    assert Incident.select().count() == summary["incidents"] == 4
    assert SurveyResponse.select().count() > 0
    assert StockDocument.select().where(StockDocument.repair_order_ref.is_null(False)).count() > 0
    oldest = Complaint.select().order_by(Complaint.received_on).first().received_on
    assert (today - oldest).days > 180
    assert Complaint.select().where(Complaint.status == "closed").count() > 0
    assert RepairOrder.select().where(RepairOrder.status == "closed").count() > 0
    open_repairs = RepairOrder.select().where(RepairOrder.status.not_in(("closed",))).count()
    assert open_repairs > 0
    assert all(i.due_date <= today for i in service_queue.due_complaints(staff.assistant))
