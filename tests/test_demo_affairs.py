"""The demo office's 事务: a year of records made through the services, consistent."""

from __future__ import annotations

from pathlib import Path

from app.clock import to_local
from app.db import close_database
from app.demo_office import create_demo_office
from app.models import (
    Appraisal,
    CommunityEvent,
    DepositSettlement,
    ExpenseClaim,
    MailItem,
    Notice,
    Reception,
    Renovation,
    Unit,
    Visitor,
)
from app.models.affairs import MailStatus, RenovationStatus
from app.models.archive import UnitStatus


def test_demo_office_has_a_year_of_affairs(tmp_path: Path) -> None:
    summary = create_demo_office(tmp_path / "demo.db", units=120, seed=3)
    try:
        assert summary["mail_items"] == MailItem.select().count() > 200
        assert summary["visitors"] == Visitor.select().count() > 50
        assert Reception.select().count() == 14 and Notice.select().count() == 24
        days = {m.received_on for m in MailItem.select(MailItem.received_on)}
        assert (max(days) - min(days)).days > 330
        collected = MailItem.select().where(MailItem.status == MailStatus.COLLECTED)
        assert all(m.collector and m.collected_at > m.received_at for m in collected)
        # Collected over the counter, in opening hours (never 04:30).
        assert {to_local(m.collected_at).hour for m in collected} <= set(range(8, 22))
        statuses = {r.status for r in Renovation.select()}
        assert {RenovationStatus.IN_PROGRESS, RenovationStatus.SETTLED} <= statuses
        for row in Renovation.select().where(Renovation.status == RenovationStatus.IN_PROGRESS):
            assert Unit.get_by_id(row.unit_id).status == UnitStatus.DECORATING
        assert summary["community_events"] == CommunityEvent.select().count() == 8
        assert summary["expense_claims"] == ExpenseClaim.select().count() == 36
        assert Appraisal.select().count() == 6
        settled = Renovation.select().where(Renovation.status == RenovationStatus.SETTLED)
        assert DepositSettlement.select().count() == settled.count()
    finally:
        close_database()
