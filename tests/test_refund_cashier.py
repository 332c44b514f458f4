"""A refund names the cashier who paid it out; day close attributes refunds by that column
(schema 12), and refunds written before schema 12 get it from the audit row of their issue."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.clock import local_today
from app.db import close_database, database, open_database
from app.migrations import migrate
from app.models import Refund
from app.services import collection, receipts
from app.services.collection import CollectRequest, Tender
from app.services.day_close import SYSTEM_CASHIER, cashiers_of_day, day_report
from app.services.permissions import Actor, Role
from tests.billing_fixtures import user
from tests.fees_reports_office import Office, two_buildings

D = Decimal


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> Office:
    office = two_buildings(system_actor)
    request = CollectRequest(office.u201.id, [], [Tender("cash", "100")], keep_as_credit="100")
    collection.collect(office.cashier, request)  # 100 paid ahead, to refund from
    return office


def test_refund_row_names_its_cashier(office: Office, system_actor: Actor) -> None:
    second = user(system_actor, "jingli2", Role.MANAGER)
    receipts.refund_credit(office.manager, office.u201.id, "30", "cash", "业主要求退回预存")
    receipts.refund_credit(second, office.u201.id, "20", "wechat", "再退一部分")
    today = local_today()
    rows = {r.amount: r for r in Refund.select()}
    assert rows[D("30.00")].cashier_id == office.manager.user_id
    assert rows[D("20.00")].cashier_id == second.user_id
    assert rows[D("20.00")].cashier_name == second.display_name
    first = day_report(office.manager, office.manager.user_id, today)
    other = day_report(office.manager, second.user_id, today)
    assert [(r.amount, r.method) for r in first.refunds] == [(D("30.00"), "cash")]
    assert [(r.amount, r.method) for r in other.refunds] == [(D("20.00"), "wechat")]
    assert {office.manager.user_id, second.user_id} <= set(cashiers_of_day(today))
    with pytest.raises(Exception, match="final"):
        database.execute_sql("UPDATE refund SET cashier_id = NULL")


def test_old_refunds_take_their_cashier_from_the_audit_log(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    open_database(path, migrate=False)
    migrate(database, target=7)
    close_database()
    stamp = "2026-11-20T08:00:00.000Z"
    with sqlite3.connect(path) as old:  # a schema-7 refund and the audit row of its issue
        old.execute(
            "INSERT INTO app_user (id, created_at, updated_at, row_version, username, "
            "display_name, password_hash, is_active, failed_logins) "
            "VALUES ('u1', ?, ?, 1, 'jingli', '经理', 'x', 1, 0)",
            (stamp, stamp),
        )
        old.execute("PRAGMA foreign_keys = OFF")
        old.execute(
            "INSERT INTO refund (id, created_at, updated_at, row_version, number, unit_id, "
            "amount, method, reason, approved_by, refunded_at, business_date) "
            "VALUES ('r1', ?, ?, 1, 'TK2026-0001', 'unit-x', 5000, 'cash', '退预存', "
            "'经理', ?, '2026-11-20')",
            (stamp, stamp, stamp),
        )
        old.execute(
            "INSERT INTO audit_log (id, created_at, updated_at, row_version, at, user_id, "
            "username, action, table_name, record_id) "
            "VALUES ('a1', ?, ?, 1, ?, 'u1', 'jingli', 'refund.issue', 'refund', 'r1')",
            (stamp, stamp, stamp),
        )
    open_database(path)
    try:
        refund = Refund.get_by_id("r1")
        assert (refund.cashier_id, refund.cashier_name) == ("u1", "jingli")
        assert cashiers_of_day(date(2026, 11, 20)) == ["u1"]
        with pytest.raises(Exception, match="final"):
            database.execute_sql("DELETE FROM refund")
    finally:
        close_database()


def test_system_refunds_belong_to_the_system_cashier(office: Office) -> None:
    receipts.refund_credit(office.system, office.u201.id, "10", "cash", "系统退款")
    assert Refund.get().cashier_id is None
    report = day_report(office.manager, SYSTEM_CASHIER, local_today())
    assert [r.amount for r in report.refunds] == [D("10.00")]
    assert day_report(office.manager, office.manager.user_id, local_today()).refunds == []
