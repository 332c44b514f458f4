"""The demo office's fees and the bulk payments behind them: items on the right units,
three months billed, receipts gapless and consistent with payments, allocations and charges,
a realistic share in arrears, the same office for the same seed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.db import database
from app.demo import REFERENCE_DATE, generate_demo_office
from app.demo_fees import billed_months, create_demo_fees
from app.errors import ValidationError
from app.models import Charge, DayClose, Receipt
from app.services import billing
from app.services.bulk_collect import PaidCharges, collect_in_bulk
from app.services.collection import (
    CollectRequest,
    Tender,
    _period_text,
    collect,
    current_owner_names,
)
from app.services.permissions import Actor


def scalar(sql: str) -> object:
    return database.execute_sql(sql).fetchone()[0]


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> dict[str, int]:
    generate_demo_office(400, seed=6)
    return create_demo_fees(system_actor, seed=6)


def test_items_go_to_the_unit_types_that_pay_them(office: dict[str, int]) -> None:
    assert billed_months() == ["2026-08", "2026-09", "2026-10"]
    pairs = set(
        database.execute_sql(
            "SELECT DISTINCT f.code, u.unit_type FROM fee_assignment a "
            "JOIN fee_item f ON f.id = a.fee_item_id JOIN unit u ON u.id = a.unit_id"
        ).fetchall()
    )
    assert pairs == {
        ("WYF", "residential"), ("WYF", "shop"), ("LJF", "residential"), ("LJF", "shop"),
        ("SF", "residential"), ("CWF", "garage"),
    }  # fmt: skip
    periods = {p for (p,) in Charge.select(Charge.period).where(Charge.kind == "bill").tuples()}
    assert periods == set(billed_months())
    assert scalar("SELECT COUNT(*) FROM charge WHERE rate_percent = 70") > 0  # vacancy notices
    assert scalar("SELECT COUNT(*) FROM charge c JOIN fee_item f ON f.id = c.fee_item_id "
                  "WHERE f.code = 'SF'") > 0  # fmt: skip
    assert billing.generate_bills(Actor.system(), "2026-10").nothing_new


def test_money_adds_up_and_receipts_run_without_gaps(office: dict[str, int]) -> None:
    count = Receipt.select().count()
    assert count == office["receipts"] > 0
    assert sorted(r.sequence for r in Receipt.select()) == list(range(1, count + 1))
    assert scalar("SELECT MAX(business_date) FROM receipt") < REFERENCE_DATE.isoformat()
    numbers = [r.number for r in Receipt.select().order_by(Receipt.sequence)]
    dates = [r.business_date for r in Receipt.select().order_by(Receipt.sequence)]
    assert dates == sorted(dates) and numbers[0] == "SJ2026000001"
    checks = {
        "receipt vs payment": "SELECT COUNT(*) FROM receipt r JOIN payment p "
        "ON p.id = r.payment_id WHERE r.total <> p.amount OR r.unit_id <> p.unit_id",
        "payment vs allocations": "SELECT COUNT(*) FROM payment p WHERE p.amount <> "
        "(SELECT SUM(amount) FROM allocation a WHERE a.payment_id = p.id)",
        "payment vs method lines": "SELECT COUNT(*) FROM payment p WHERE p.amount <> "
        "(SELECT SUM(amount) FROM payment_method_line m WHERE m.payment_id = p.id)",
        "receipt vs lines": "SELECT COUNT(*) FROM receipt r WHERE r.total <> "
        "(SELECT SUM(amount) FROM receipt_line l WHERE l.receipt_id = r.id)",
        "charge vs allocations": "SELECT COUNT(*) FROM charge c WHERE c.settled <> "
        "COALESCE((SELECT SUM(amount) FROM allocation a WHERE a.charge_id = c.id), 0)",
        "partly paid": "SELECT COUNT(*) FROM charge WHERE settled > 0 AND settled < amount",
    }
    assert {name: scalar(sql) for name, sql in checks.items()} == dict.fromkeys(checks, 0)


def test_a_realistic_share_owes(office: dict[str, int]) -> None:
    billed = scalar("SELECT COUNT(DISTINCT unit_id) FROM charge")
    owing = scalar("SELECT COUNT(DISTINCT unit_id) FROM charge WHERE amount > settled")
    assert owing == office["units_owing"]
    assert 0.08 < owing / billed < 0.25
    carried = Charge.select().where(Charge.kind == "one_off")
    assert carried.count() >= 1
    assert all(c.description.startswith("期初欠费") and c.settled == 0 for c in carried)


def test_same_seed_same_fees(tmp_path: Path, system_actor: Actor) -> None:
    from app.db import close_database, open_database

    def build(name: str) -> list[tuple]:
        open_database(tmp_path / name)
        try:
            generate_demo_office(150, seed=2)
            create_demo_fees(system_actor, seed=2)
            return database.execute_sql(
                "SELECT u.code, c.period, c.amount, c.settled, r.number FROM charge c "
                "JOIN unit u ON u.id = c.unit_id LEFT JOIN receipt_line l ON l.charge_id = c.id "
                "LEFT JOIN receipt r ON r.id = l.receipt_id ORDER BY 1, 2, 3, 4, 5"
            ).fetchall()
        finally:
            close_database()

    assert build("a.db") == build("b.db")


# ---------------------------------------------------------------------------- bulk payments


def open_bills(unit_code: str) -> tuple[str, list[str]]:
    rows = database.execute_sql(
        "SELECT c.unit_id, c.id FROM charge c JOIN unit u ON u.id = c.unit_id "
        "WHERE u.code = ? AND c.amount > c.settled ORDER BY c.period",
        (unit_code,),
    ).fetchall()
    return rows[0][0], [charge_id for _unit, charge_id in rows]


def first_owing_codes(count: int) -> list[str]:
    rows = database.execute_sql(
        "SELECT DISTINCT u.code FROM charge c JOIN unit u ON u.id = c.unit_id "
        "WHERE c.amount > c.settled AND c.kind = 'bill' ORDER BY u.code LIMIT ?",
        (count,),
    ).fetchall()
    return [code for (code,) in rows]


def test_bulk_payments_match_the_counter(db_path: Path, system_actor: Actor) -> None:
    generate_demo_office(120, seed=4)
    create_demo_fees(system_actor, seed=4)
    before = Receipt.select().count()
    bulk_code, counter_code = first_owing_codes(2)
    unit_id, charge_ids = open_bills(bulk_code)
    owed = sum(Charge.get_by_id(c).amount - Charge.get_by_id(c).settled for c in charge_ids)
    (number,) = collect_in_bulk(
        system_actor, [PaidCharges(unit_id, tuple(charge_ids), "alipay", date(2026, 11, 20))]
    )
    bulk = Receipt.get(Receipt.number == number)
    assert bulk.sequence == before + 1 and bulk.total == owed
    assert bulk.methods_text == f"支付宝 {owed:,.2f}"
    assert all(Charge.get_by_id(c).settled == Charge.get_by_id(c).amount for c in charge_ids)
    counter_unit, counter_ids = open_bills(counter_code)
    counter_owed = sum(
        Charge.get_by_id(c).amount - Charge.get_by_id(c).settled for c in counter_ids
    )
    counter = collect(
        system_actor,
        CollectRequest(counter_unit, counter_ids, [Tender("alipay", counter_owed)],
                       business_date=date(2026, 11, 20)),
    )  # fmt: skip
    assert counter.sequence == before + 2

    lines = [(line.line_no, line.charge_id, line.amount, line.period_text) for line in bulk.lines]
    charges = [Charge.get_by_id(c) for c in charge_ids]
    assert sorted(lines) == [(n, c.id, c.amount, _period_text(c)) for n, c in enumerate(charges, 1)]
    assert bulk.payer == bulk.payment.payer == current_owner_names(unit_id)


def test_bulk_payments_are_all_or_nothing(db_path: Path, system_actor: Actor) -> None:
    generate_demo_office(120, seed=4)
    create_demo_fees(system_actor, seed=4)
    before = (Receipt.select().count(), scalar("SELECT COUNT(*) FROM allocation"))
    first, second = first_owing_codes(2)
    unit_a, ids_a = open_bills(first)
    unit_b, ids_b = open_bills(second)
    day = date(2026, 11, 20)
    with pytest.raises(ValidationError, match="list changed"):
        collect_in_bulk(
            system_actor,
            [PaidCharges(unit_a, tuple(ids_a), "cash", day),
             PaidCharges(unit_b, tuple(ids_a), "cash", day)],
        )  # fmt: skip
    DayClose.create(cashier_id="system", cashier_name="system", business_date=day,
                    closed_at="2026-11-20T10:00:00.000Z", totals="{}")  # fmt: skip
    with pytest.raises(ValidationError, match="closed"):
        collect_in_bulk(system_actor, [PaidCharges(unit_b, tuple(ids_b), "cash", day)])
    assert (Receipt.select().count(), scalar("SELECT COUNT(*) FROM allocation")) == before
