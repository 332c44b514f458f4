"""Move-out permits against real fees: refused while bills are owed, a manager overrides."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.clock import local_today
from app.errors import ValidationError
from app.models import AuditLog
from app.services import billing, collection
from app.services.accounts import account_of
from app.services.move_out import request_permit
from app.services.periods import add_months, period_of
from app.services.permissions import Actor, Role
from tests.billing_fixtures import cashier_and_manager, small_office, user


def test_permit_refused_for_unpaid_bills_until_paid_or_overridden(
    db_path: Path, system_actor: Actor
) -> None:
    office = small_office(system_actor)
    last_month = add_months(period_of(local_today()), -1)
    billing.generate_bills(system_actor, last_month)  # due mid last month: owed now
    cashier, manager = cashier_and_manager(system_actor)
    desk = user(system_actor, "kefu", Role.SERVICE_ASSISTANT)
    unit = office["a"]
    planned = local_today() + timedelta(days=1)
    with pytest.raises(ValidationError, match=r"220\.33"):
        request_permit(desk, unit.id, "张三", "13800001111", "沙发一套", "", planned)
    permit = request_permit(
        manager,
        unit.id,
        "张三",
        "13800001111",
        "沙发一套",
        "",
        planned,
        override_reason="业主已承诺周五前缴清",
    )
    assert permit.arrears_fen == 22033 and permit.override_by
    assert AuditLog.select().where(AuditLog.action == "permit.override").count() == 1
    account = account_of(unit.id)
    collection.collect(
        cashier,
        collection.CollectRequest(
            unit.id, [c.id for c in account.charges], [collection.Tender("cash", "220.33")]
        ),
    )
    assert (
        request_permit(desk, unit.id, "张三", "13800001111", "冰箱", "", planned).arrears_fen == 0
    )
    assert account_of(unit.id).owed == Decimal("0.00")
