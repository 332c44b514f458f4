"""Arrears "as of" a past day count the charges due by then and only the money set against
them by then: payments made later are not subtracted, a later void does not reopen the day,
a later waiver does not reduce it. Figures worked out by hand from the two-building office
(100.00 a month, due on the 15th, May–November 2026)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.models import Charge, Receipt
from app.services import receipts
from app.services.arrears_list import (
    arrears_by_unit,
    arrears_details,
    arrears_summary,
    owed_on,
)
from app.services.permissions import Actor
from app.services.unit_facts import office_today
from tests.fees_reports_office import Office, two_buildings

D = Decimal
BEFORE_PAYMENTS = date(2026, 10, 20)  # u102 and u201 paid on 2026-11-01
PAY_DAY = date(2026, 11, 1)
AFTER_NOV_DUE = date(2026, 11, 20)


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> Office:
    return two_buildings(system_actor)


def totals(office: Office, on: date) -> dict[str, Decimal]:
    return {r.unit_code: r.total for r in arrears_by_unit(office.cashier, on)}


def test_payments_after_the_day_are_not_subtracted(office: Office) -> None:
    # 2026-10-20: May–Oct are due (6 × 100); nobody had paid yet
    assert totals(office, BEFORE_PAYMENTS) == {
        "1-1-101": D("600.00"),
        "1-1-102": D("600.00"),
        "2-1-101": D("600.00"),
    }
    row = next(
        r for r in arrears_by_unit(office.cashier, BEFORE_PAYMENTS) if r.unit_code == "1-1-102"
    )
    # overdue on 10-20: Oct 5 days; Sep 35, Aug 66; Jul 97, Jun 127, May 158
    assert row.buckets.as_tuple() == (D("100.00"), D("200.00"), D("300.00"), D("0.00"))
    assert row.oldest_period == "2026-05"
    # on the payment day the payments count: u102 paid all, u201 May–Sep
    assert totals(office, PAY_DAY) == {"1-1-101": D("600.00"), "2-1-101": D("100.00")}
    summary = arrears_summary(office.cashier, BEFORE_PAYMENTS)
    assert summary.overall.total == D("1800.00") and summary.overall.units == 3
    assert owed_on(office.u102.id, BEFORE_PAYMENTS) == D("600.00")
    details = arrears_details(office.cashier, [office.u201.id], BEFORE_PAYMENTS)
    assert [(i.period, i.outstanding) for i in details[0].items] == [
        (f"2026-{m:02d}", D("100.00")) for m in range(5, 11)
    ]


def test_later_void_and_waiver_leave_the_past_day_alone(office: Office) -> None:
    november = Charge.get((Charge.unit == office.u101.id) & (Charge.period == "2026-11"))
    receipts.waive(office.manager, november.id, "30", "维修期间减免")  # given today
    paid = Receipt.get(Receipt.unit == office.u201.id)
    receipts.void_receipt(office.manager, paid.id, "重开收据")  # voided today
    today = totals(office, office_today())
    assert today["1-1-101"] == D("670.00") and today["2-1-101"] == D("700.00")
    # on 2026-11-20 the waiver had not been given and the receipt was still good
    assert totals(office, AFTER_NOV_DUE) == {"1-1-101": D("700.00"), "2-1-101": D("200.00")}
    assert owed_on(office.u201.id, AFTER_NOV_DUE) == D("200.00")
