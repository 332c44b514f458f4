"""Accounts, lockout, permissions checked in services, audit rows."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from app.clock import utcnow
from app.db import database
from app.errors import AuthenticationError, PermissionDenied, ValidationError
from app.models import AuditLog, User
from app.services import auth, settings
from app.services.permissions import Actor, Cap, Role, capabilities_of


@pytest.fixture
def admin(db_path: Path) -> Actor:
    auth.create_first_admin("admin", "管理员", "s3cret-pass")
    return auth.authenticate("admin", "s3cret-pass")


def test_first_admin_only_once(admin: Actor) -> None:
    assert admin.can(Cap.USER_MANAGE)
    with pytest.raises(ValidationError, match="already exists"):
        auth.create_first_admin("other", "某人", "s3cret-pass")


def test_password_is_argon2_hashed(admin: Actor) -> None:
    stored = User.get(User.username == "admin").password_hash
    assert stored.startswith("$argon2id$") and "s3cret-pass" not in stored


def test_login_is_case_insensitive_on_username(admin: Actor) -> None:
    assert auth.authenticate("ADMIN", "s3cret-pass").username == "admin"


def test_five_wrong_passwords_lock_for_fifteen_minutes(admin: Actor) -> None:
    auth.create_user(admin, "wangli", "王丽", "cashier-pass", [Role.CASHIER])
    now = utcnow()
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="Wrong username or password"):
            auth.authenticate("wangli", "nope", now=now)
    with pytest.raises(AuthenticationError, match="Wrong"):
        auth.authenticate("wangli", "nope", now=now)  # the fifth locks
    with pytest.raises(AuthenticationError, match="locked"):
        auth.authenticate("wangli", "cashier-pass", now=now + timedelta(minutes=14))
    actor = auth.authenticate("wangli", "cashier-pass", now=now + timedelta(minutes=16))
    assert actor.roles == (Role.CASHIER,)
    actions = [a.action for a in AuditLog.select().order_by(AuditLog.at, AuditLog.id)]
    assert actions.count("user.login_failed") == 4 and actions.count("user.locked") == 1


def test_admin_reset_unlocks(admin: Actor) -> None:
    auth.create_user(admin, "wangli", "王丽", "cashier-pass", [Role.CASHIER])
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.authenticate("wangli", "nope")
    auth.reset_password(admin, "wangli", "new-password")
    assert auth.authenticate("wangli", "new-password").username == "wangli"


def test_disabled_account_cannot_log_in(admin: Actor) -> None:
    auth.create_user(admin, "wangli", "王丽", "cashier-pass", [Role.CASHIER])
    auth.update_user(admin, "wangli", is_active=False)
    with pytest.raises(AuthenticationError):
        auth.authenticate("wangli", "cashier-pass")


def test_services_refuse_without_capability(admin: Actor) -> None:
    auth.create_user(admin, "kefu", "李客服", "service-pass", [Role.SERVICE_ASSISTANT])
    assistant = auth.authenticate("kefu", "service-pass")
    with pytest.raises(PermissionDenied, match=Cap.USER_MANAGE):
        auth.create_user(assistant, "sneaky", "某人", "whatever-pass", [Role.ADMIN])
    with pytest.raises(PermissionDenied):
        auth.list_users(assistant)
    with pytest.raises(PermissionDenied, match=Cap.SETTINGS_MANAGE):
        settings.set_value(assistant, settings.OFFICE_NAME, "改名")
    assert User.select().count() == 2


@pytest.mark.parametrize(
    ("username", "name", "password", "roles", "field"),
    [
        ("", "王丽", "long-enough", [Role.CASHIER], "username"),
        ("has space", "王丽", "long-enough", [Role.CASHIER], "username"),
        ("x" * 40, "王丽", "long-enough", [Role.CASHIER], "username"),
        ("wangli", "  ", "long-enough", [Role.CASHIER], "display_name"),
        ("wangli", "王丽", "short", [Role.CASHIER], "password"),
        ("wangli", "王丽", "long-enough", [], "roles"),
        ("wangli", "王丽", "long-enough", ["pope"], "roles"),
    ],
)
def test_bad_account_input_names_the_field(
    admin: Actor, username, name, password, roles, field
) -> None:
    with pytest.raises(ValidationError) as caught:
        auth.create_user(admin, username, name, password, roles)
    assert caught.value.field == field
    assert User.select().count() == 1  # nothing half-saved


def test_duplicate_username_refused(admin: Actor) -> None:
    auth.create_user(admin, "wangli", "王丽", "cashier-pass", [Role.CASHIER])
    with pytest.raises(ValidationError, match="already taken"):
        auth.create_user(admin, "WangLi", "王丽", "cashier-pass", [Role.CASHIER])


def test_cannot_demote_self(admin: Actor) -> None:
    with pytest.raises(ValidationError):
        auth.update_user(admin, "admin", roles=[Role.CASHIER])
    with pytest.raises(ValidationError):
        auth.update_user(admin, "admin", is_active=False)


def test_audit_records_before_and_after_without_secrets(admin: Actor) -> None:
    auth.create_user(admin, "wangli", "王丽", "cashier-pass", [Role.CASHIER])
    auth.update_user(admin, "wangli", display_name="王丽华", roles=[Role.CASHIER, Role.MANAGER])
    row = AuditLog.get(AuditLog.action == "user.update")
    before, after = json.loads(row.before), json.loads(row.after)
    assert (before["display_name"], after["display_name"]) == ("王丽", "王丽华")
    assert after["roles"] == [Role.CASHIER, Role.MANAGER]
    assert row.username == "admin" and row.user_id == admin.user_id
    assert "password_hash" not in row.after and "password_hash" not in row.before
    create = AuditLog.get(AuditLog.action == "user.create")
    assert "cashier-pass" not in (create.after or "")


def test_audit_log_is_append_only(admin: Actor) -> None:
    with pytest.raises(Exception, match="append-only"):
        database.execute_sql("UPDATE audit_log SET username = 'nobody'")
    with pytest.raises(Exception, match="append-only"):
        database.execute_sql("DELETE FROM audit_log")


def test_change_own_password_needs_the_old_one(admin: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        auth.change_own_password(admin, "wrong-old", "brand-new-pass")
    assert caught.value.field == "old_password"
    auth.change_own_password(admin, "s3cret-pass", "brand-new-pass")
    assert auth.authenticate("admin", "brand-new-pass").username == "admin"


def test_role_capabilities_are_distinct() -> None:
    cashier = capabilities_of([Role.CASHIER])
    keeper = capabilities_of([Role.WAREHOUSE_KEEPER])
    assert Cap.BILLING_COLLECT in cashier and Cap.STOCK_EDIT not in cashier
    assert Cap.STOCK_EDIT in keeper and Cap.RECEIPT_VOID not in keeper
    assert Cap.RECEIPT_VOID in capabilities_of([Role.MANAGER])
    assert Cap.USER_MANAGE not in capabilities_of([Role.MANAGER])
