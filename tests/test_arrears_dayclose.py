"""Arrears with ageing, the reminder log, day close (日结) and the unit statement."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.clock import local_today
from app.errors import PermissionDenied, ValidationError
from app.models import AuditLog, DayClose, Receipt, Reminder
from app.services import collection, receipts
from app.services.accounts import account_of, unit_credit
from app.services.arrears_list import (
    arrears_by_unit,
    arrears_details,
    arrears_summary,
    summarise,
)
from app.services.collection import CollectRequest, Tender
from app.services.day_close import close_day, day_report, day_reports, is_closed
from app.services.permissions import Actor
from app.services.reminders import record_reminder, reminders_of
from app.services.statement import unit_statement
from tests.fees_reports_office import MONTHS, ON, Office, pay, two_buildings

D = Decimal


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> Office:
    return two_buildings(system_actor)


# --- arrears ---------------------------------------------------------------------------


def test_ageing_buckets_on_a_fixed_date(office: Office) -> None:
    rows = arrears_by_unit(office.cashier, ON)
    assert [r.unit_code for r in rows] == ["1-1-101", "2-1-101"]  # 1-1-102 paid all
    first, second = rows
    assert first.total == D("700.00")
    assert first.buckets.as_tuple() == (D("100.00"), D("200.00"), D("300.00"), D("100.00"))
    assert first.oldest_period == "2026-05"
    assert (first.building, first.owners, first.phone) == ("1栋", "张三", "138****1111")
    assert second.total == D("200.00")
    assert second.buckets.as_tuple() == (D("100.00"), D("100.00"), D("0.00"), D("0.00"))
    assert second.oldest_period == "2026-10"
    # the same figure the counter shows
    assert first.total == account_of(office.u101.id).owed_by(ON)


def test_bucket_edges_are_30_90_and_180_days(office: Office) -> None:
    def buckets(on: date) -> tuple:
        row = next(r for r in arrears_by_unit(office.cashier, on) if r.unit_code == "1-1-101")
        return row.buckets.as_tuple()

    # 2026-11-14: Oct 15 is 30 days back (≤30), Aug 15 91 (91–180), Nov 15 not due yet
    assert buckets(date(2026, 11, 14)) == (D(100), D(100), D(300), D(100))
    # 2026-11-13: Aug 15 is exactly 90 days back
    assert buckets(date(2026, 11, 13)) == (D(100), D(200), D(200), D(100))
    # 2026-11-11: May 15 is exactly 180 days back
    assert buckets(date(2026, 11, 11)) == (D(100), D(200), D(300), D(0))
    assert buckets(date(2026, 11, 12)) == (D(100), D(200), D(200), D(100))


def test_per_building_subtotals_and_filter(office: Office) -> None:
    summary = arrears_summary(office.manager, ON)
    assert [(b.building, b.units, b.total) for b in summary.buildings] == [
        ("1栋", 1, D("700.00")),
        ("2栋", 1, D("200.00")),
    ]
    assert summary.overall.units == 2 and summary.overall.total == D("900.00")
    assert summary.overall.buckets.as_tuple() == (D(200), D(300), D(300), D(100))
    rows = arrears_by_unit(office.manager, ON)
    assert summarise(ON, rows) == summary  # documents add up their own rows the same way
    for building in summary.buildings:
        mine = [r for r in rows if r.building_id == building.building_id]
        assert sum(r.total for r in mine) == building.total
    building_two = summary.buildings[1].building_id
    assert [r.unit_code for r in arrears_by_unit(office.manager, ON, building_two)] == ["2-1-101"]


def test_arrears_need_the_billing_view_permission(office: Office) -> None:
    from tests.billing_fixtures import user

    assistant = user(office.system, "kefu", "service_assistant")
    with pytest.raises(PermissionDenied):
        arrears_by_unit(assistant, ON)


def test_details_itemise_what_a_notice_prints(office: Office) -> None:
    [detail] = arrears_details(office.cashier, [office.u201.id, office.u102.id], ON)
    assert detail.unit_code == "2-1-101" and detail.owners == "王五"
    assert [(i.period, i.outstanding) for i in detail.items] == [
        ("2026-10", D("100.00")),
        ("2026-11", D("100.00")),
    ]


# --- reminders -------------------------------------------------------------------------


def test_reminder_log_stores_the_amount_owed(office: Office) -> None:
    early = record_reminder(office.cashier, office.u101.id, "notice", date(2026, 11, 10), "已张贴")
    late = record_reminder(
        office.cashier, office.u101.id, "phone", date(2026, 11, 20), "答应月底交"
    )
    assert early.amount_owed == D("600.00")  # November not due yet on the 10th
    assert late.amount_owed == D("700.00")
    assert [r.channel for r in reminders_of(office.cashier, office.u101.id)] == ["phone", "notice"]
    row = arrears_by_unit(office.cashier, ON)[0]
    assert (row.last_reminder_date, row.last_reminder_channel) == (date(2026, 11, 20), "phone")
    # as of an earlier day, only the reminders made by then count
    row = arrears_by_unit(office.cashier, date(2026, 11, 15))[0]
    assert row.last_reminder_channel == "notice"
    assert AuditLog.select().where(AuditLog.action == "reminder.record").count() == 2


def test_reminder_input_is_checked(office: Office) -> None:
    with pytest.raises(ValidationError, match="Channel"):
        record_reminder(office.cashier, office.u101.id, "water_cut", ON, "")
    with pytest.raises(ValidationError, match="future"):
        record_reminder(office.cashier, office.u101.id, "phone", date(2999, 1, 1), "")
    with pytest.raises(ValidationError, match="Result"):
        record_reminder(office.cashier, office.u101.id, "visit", ON, "x" * 201)
    assert Reminder.select().count() == 0


# --- day close -------------------------------------------------------------------------

DAY = date(2026, 11, 20)


def two_receipts(office: Office):
    cash = pay(office.cashier, office.u101, MONTHS[:3], DAY, "cash")
    charges = [c for c in account_of(office.u201.id).charges]
    wechat = collection.collect(
        office.cashier,
        CollectRequest(
            office.u201.id,
            [c.id for c in charges],
            [Tender("wechat", "150"), Tender("cash", "100")],
            keep_as_credit="50",
            business_date=DAY,
        ),
    )
    return cash, wechat


def test_day_report_totals_by_method_and_item_equal_the_receipts(office: Office) -> None:
    cash, mixed = two_receipts(office)
    report = day_report(office.cashier, office.cashier.user_id, DAY)
    assert [r.number for r in report.receipts] == [cash.number, mixed.number]
    assert report.collected == cash.total + mixed.total == D("550.00")
    methods = {x.key: x.collected for x in report.by_method}
    assert methods == {"cash": D("400.00"), "wechat": D("150.00")}
    items = {x.key: x.collected for x in report.by_item}
    assert items == {"物业服务费": D("500.00"), "预存款": D("50.00")}
    assert sum(methods.values()) == sum(items.values()) == report.net
    assert report.voids == [] and report.refunds == [] and not report.closed


def test_close_refuses_a_second_time_and_stops_collection(office: Office) -> None:
    two_receipts(office)
    close = close_day(office.cashier, DAY)
    assert is_closed(office.cashier.user_id, DAY)
    assert json.loads(close.totals)["net"] == "550.00"
    with pytest.raises(ValidationError, match="already closed"):
        close_day(office.cashier, DAY)
    with pytest.raises(ValidationError, match="closed"):
        pay(office.cashier, office.u101, MONTHS[3:4], DAY)
    assert DayClose.select().count() == 1
    assert AuditLog.select().where(AuditLog.action == "day.close").count() == 1
    # the next day is open
    assert pay(office.cashier, office.u101, MONTHS[3:4], date(2026, 11, 21)).total == D("100.00")


def test_void_after_close_shows_on_the_next_day_only(office: Office) -> None:
    cash, _ = two_receipts(office)
    close_day(office.cashier, DAY)
    stored = json.loads(DayClose.get().totals)
    receipts.void_receipt(
        office.manager, cash.id, "金额收错，重开", business_date=date(2026, 11, 21)
    )
    closed = day_report(office.manager, office.cashier.user_id, DAY)
    assert closed.totals() == stored and closed.matches_close
    assert stored["voided"] == "0.00" and stored["voids"] == []
    next_day = day_report(office.cashier, office.cashier.user_id, date(2026, 11, 21))
    assert [(v.number, v.amount, v.receipt_date) for v in next_day.voids] == [
        (cash.number, D("300.00"), DAY)
    ]
    assert next_day.voids[0].voided_by == "jingli"
    assert {x.key: x.voided for x in next_day.by_method} == {"cash": D("300.00")}
    assert next_day.net == D("-300.00")


def test_refunds_of_the_day_and_all_cashiers(office: Office) -> None:
    two_receipts(office)
    receipts.refund_credit(office.manager, office.u201.id, "50", "cash", "业主要求退回预存")
    today = local_today()  # refunds are dated the day they are made
    report = day_report(office.manager, office.manager.user_id, today)
    assert [(r.amount, r.item) for r in report.refunds] == [(D("50.00"), "预存款")]
    assert {x.key: x.refunded for x in report.by_method} == {"cash": D("50.00")}
    everyone = {r.cashier_name: r for r in day_reports(office.manager, DAY)}
    assert set(everyone) == {"shouyin"}
    with pytest.raises(PermissionDenied):  # a cashier sees only their own day
        day_report(office.cashier, office.manager.user_id, DAY)


# --- statement -------------------------------------------------------------------------


def test_statement_running_balance_ends_at_the_account(office: Office) -> None:
    unit = office.u201
    first = Receipt.get((Receipt.unit == unit.id) & (Receipt.business_date == date(2026, 11, 1)))
    collection.collect(
        office.cashier,
        CollectRequest(
            unit.id,
            [c.id for c in account_of(unit.id).charges][:1],
            [Tender("cash", "130")],
            keep_as_credit="30",
            business_date=DAY,
        ),
    )
    november = account_of(unit.id).charges[0]
    receipts.waive(office.manager, november.id, "20", "维修期间减免")
    receipts.refund_credit(office.manager, unit.id, "10", "cash", "退部分预存")
    receipts.void_receipt(office.manager, first.id, "重开收据", business_date=date(2026, 11, 22))
    statement = unit_statement(office.cashier, unit.id, date(2026, 1, 1), date(2026, 12, 31))
    account = account_of(unit.id)
    assert statement.opening == 0
    # May–Sep reopened by the void (500) + November less the waiver (80) − 20 paid ahead
    assert statement.closing == account.owed - unit_credit(unit.id) == D("560.00")
    kinds = [line.entry.kind for line in statement.lines]
    assert kinds.count("charge") == 7 and kinds.count("payment") == 2
    assert kinds.count("void") == kinds.count("waiver") == kinds.count("refund") == 1
    running = statement.opening
    for line in statement.lines:
        running += line.entry.debit - line.entry.credit
        assert line.balance == running
    assert [line.entry.day for line in statement.lines] == sorted(
        line.entry.day for line in statement.lines
    )
    # a later window carries the balance forward
    later = unit_statement(office.cashier, unit.id, date(2026, 11, 2), date(2026, 12, 31))
    assert later.opening == D("100.00")  # May–Oct due (600) − paid on 11-01 (500)
    assert later.closing == statement.closing


def test_statement_dates_must_be_in_order(office: Office) -> None:
    with pytest.raises(ValidationError, match="end date"):
        unit_statement(office.cashier, office.u101.id, date(2026, 12, 1), date(2026, 11, 1))
