"""The office's settings through the service the screen and the CLI call: all or nothing,
audited, only the settings an office may change."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import PermissionDenied, ValidationError
from app.models import AuditLog
from app.services import auth, settings
from app.services.permissions import Actor, Role


def test_all_or_nothing_and_only_changes_are_written(db_path: Path, system_actor: Actor) -> None:
    with pytest.raises(ValidationError) as refused:
        settings.save_settings(
            system_actor, {"billing.vacant_rate_percent": "60", "billing.late_fee_daily_rate": "2"}
        )
    assert refused.value.field == "billing.late_fee_daily_rate"
    assert settings.get(settings.VACANT_RATE_PERCENT) == "70"
    changed = settings.save_settings(
        system_actor,
        {
            "billing.vacant_rate_percent": " 60 ",
            "billing.due_day": "15",
            "office.timezone": "Asia/Urumqi",
        },
    )
    assert changed == {"billing.vacant_rate_percent": "60", "office.timezone": "Asia/Urumqi"}
    assert AuditLog.select().where(AuditLog.action == "setting.change").count() == 2
    assert settings.editable_values()["billing.vacant_rate_percent"] == "60"


def test_the_programs_own_settings_and_other_roles_are_refused(
    db_path: Path, system_actor: Actor
) -> None:
    office_id = settings.get(settings.OFFICE_ID)
    with pytest.raises(ValidationError) as refused:
        settings.save_settings(system_actor, {"office.id": "another"})
    assert refused.value.field == "office.id"
    assert settings.get(settings.OFFICE_ID) == office_id
    auth.create_user(system_actor, "shouyin", "王收银", "cashier-pass", [Role.CASHIER])
    cashier = auth.authenticate("shouyin", "cashier-pass")
    with pytest.raises(PermissionDenied):
        settings.save_settings(cashier, {"billing.due_day": "10"})
    with pytest.raises(ValidationError):
        settings.save_settings(system_actor, {"office.timezone": "Mars/Olympus"})
