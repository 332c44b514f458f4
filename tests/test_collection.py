"""At the counter: collect, allocate, receipt; voids, reprints, waivers, refunds, credit."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.db import database
from app.errors import PermissionDenied, ValidationError
from app.models import Allocation, Charge, Receipt, ReceiptLine, ReceiptVoid
from app.money import amount_in_words
from app.services import billing, collection, receipts
from app.services.accounts import account_of, unit_credit
from app.services.collection import CollectRequest, Tender
from app.services.permissions import Actor
from tests.billing_fixtures import cashier_and_manager, small_office


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> dict[str, object]:
    office = small_office(system_actor)
    billing.generate_bills(system_actor, "2026-10")
    billing.generate_bills(system_actor, "2026-11")
    office["cashier"], office["manager"] = cashier_and_manager(system_actor)
    return office


def open_ids(unit) -> list[str]:
    return [c.id for c in account_of(unit.id, date(2026, 11, 27)).charges]


def test_two_months_in_two_methods(office) -> None:
    unit, cashier = office["a"], office["cashier"]
    account = account_of(unit.id, date(2026, 11, 27))
    assert account.owed == Decimal("440.66")  # (210.33 + 10) × 2
    receipt = collection.collect(
        cashier,
        CollectRequest(
            unit.id,
            open_ids(unit),
            [Tender("wechat", "200"), Tender("cash", "300")],
            business_date=date(2026, 11, 27),
        ),
    )
    assert receipt.number == "SJ2026000001"
    assert receipt.total == Decimal("440.66")
    assert receipt.payer == "张三"
    assert "找零 59.34" in receipt.methods_text
    assert [line.amount for line in receipt.lines.order_by(ReceiptLine.line_no)] == [
        Decimal("210.33"),
        Decimal("10.00"),
        Decimal("210.33"),
        Decimal("10.00"),
    ]
    assert account_of(unit.id).owed == 0
    assert amount_in_words(receipt.total) == "肆佰肆拾元零陆角陆分"
    methods = {m.method: m.amount for m in receipt.payment.methods}
    assert methods == {"wechat": Decimal("200.00"), "cash": Decimal("240.66")}


def test_short_payment_and_overpaid_card_are_refused(office) -> None:
    unit, cashier = office["a"], office["cashier"]
    with pytest.raises(ValidationError, match="still missing"):
        collection.collect(
            cashier, CollectRequest(unit.id, open_ids(unit), [Tender("cash", "100")])
        )
    with pytest.raises(ValidationError, match="only cash"):
        collection.collect(
            cashier, CollectRequest(unit.id, open_ids(unit), [Tender("card", "500")])
        )
    with pytest.raises(ValidationError, match="Amount"):
        collection.collect(
            cashier, CollectRequest(unit.id, open_ids(unit), [Tender("cash", "1.005")])
        )
    assert Receipt.select().count() == 0 and Allocation.select().count() == 0


def test_paying_ahead_bills_the_coming_months(office) -> None:
    unit, cashier = office["a"], office["cashier"]
    receipt = collection.collect(
        cashier, CollectRequest(unit.id, [], [Tender("alipay", "660.99")], prepay_months=3)
    )
    periods = sorted({c.period for c in Charge.select().where(Charge.unit == unit)})
    assert periods == ["2026-10", "2026-11", "2026-12", "2027-01", "2027-02"]
    assert receipt.total == Decimal("660.99")  # 3 × 220.33
    with pytest.raises(ValidationError, match="at most 12"):
        collection.collect(
            cashier, CollectRequest(unit.id, [], [Tender("cash", "9999")], prepay_months=13)
        )
    # next generation finds those months already billed
    assert billing.generate_bills(office["cashier"], "2026-12").already_there >= 2


def test_credit_settles_the_next_bills_by_itself(office, system_actor) -> None:
    unit, cashier = office["a"], office["cashier"]
    collection.collect(
        cashier,
        CollectRequest(
            unit.id, open_ids(unit), [Tender("transfer", "540.66")], keep_as_credit="100.00"
        ),
    )
    assert unit_credit(unit.id) == Decimal("100.00")
    billing.generate_bills(system_actor, "2026-12")
    december = Charge.select().where((Charge.unit == unit) & (Charge.period == "2026-12"))
    assert sum(c.settled for c in december) == Decimal("100.00")
    assert unit_credit(unit.id) == 0


def test_void_keeps_the_number_and_reopens_the_charges(office) -> None:
    unit, cashier, manager = office["a"], office["cashier"], office["manager"]
    receipt = collection.collect(
        cashier, CollectRequest(unit.id, open_ids(unit), [Tender("cash", "440.66")])
    )
    with pytest.raises(PermissionDenied):
        receipts.void_receipt(cashier, receipt.id, "打错了")
    with pytest.raises(ValidationError, match="Reason"):
        receipts.void_receipt(manager, receipt.id, " ")
    receipts.void_receipt(manager, receipt.id, "业主要求改为微信支付")
    assert Receipt.get_by_id(receipt.id).number == "SJ2026000001"
    assert ReceiptVoid.get(ReceiptVoid.receipt == receipt).reason == "业主要求改为微信支付"
    assert account_of(unit.id).owed == Decimal("440.66")
    assert unit_credit(unit.id) == 0  # voided money is not a balance
    with pytest.raises(ValidationError, match="already void"):
        receipts.void_receipt(manager, receipt.id, "again")
    again = collection.collect(
        cashier, CollectRequest(unit.id, open_ids(unit), [Tender("wechat", "440.66")])
    )
    assert again.number == "SJ2026000002"


def test_issued_receipts_cannot_be_changed_by_sql(office) -> None:
    unit = office["a"]
    receipt = collection.collect(
        office["cashier"], CollectRequest(unit.id, open_ids(unit), [Tender("cash", "440.66")])
    )
    for sql in (
        "UPDATE receipt SET total = 1",
        "DELETE FROM receipt",
        "UPDATE receipt_line SET amount = 1",
        "DELETE FROM allocation",
        "UPDATE payment SET amount = 0",
    ):
        with pytest.raises(Exception, match="final"):
            database.execute_sql(sql)
    assert Receipt.get_by_id(receipt.id).total == Decimal("440.66")


def test_reprints_are_counted(office) -> None:
    receipt = collection.collect(
        office["cashier"],
        CollectRequest(office["a"].id, open_ids(office["a"]), [Tender("cash", "440.66")]),
    )
    assert receipts.record_print(office["cashier"], receipt.id) == 1
    assert receipts.record_print(office["cashier"], receipt.id) == 2
    assert receipts.receipt_view(office["cashier"], receipt.id).print_count == 2


def test_waiver_needs_a_manager_and_a_reason(office) -> None:
    charge_id = open_ids(office["a"])[0]
    with pytest.raises(PermissionDenied):
        receipts.waive(office["cashier"], charge_id, "10", "老人困难")
    with pytest.raises(ValidationError, match="up to"):
        receipts.waive(office["manager"], charge_id, "999", "老人困难")
    waiver = receipts.waive(office["manager"], charge_id, "10.33", "老人困难")
    assert waiver.number == "JM2026000001"
    assert Charge.get_by_id(charge_id).settled == Decimal("10.33")


def test_refund_of_credit(office) -> None:
    unit = office["a"]
    collection.collect(
        office["cashier"], CollectRequest(unit.id, [], [Tender("cash", "50")], keep_as_credit="50")
    )
    with pytest.raises(ValidationError, match="up to"):
        receipts.refund_credit(office["manager"], unit.id, "60", "cash", "业主搬走")
    refund = receipts.refund_credit(office["manager"], unit.id, "50", "cash", "业主搬走")
    assert refund.number == "TK2026000001" and unit_credit(unit.id) == 0


def test_closed_day_takes_no_more_receipts(office) -> None:
    from app.models import DayClose

    cashier = office["cashier"]
    DayClose.create(
        cashier_id=cashier.user_id,
        cashier_name="x",
        business_date=date(2026, 11, 27),
        closed_at="2026-11-27T10:00:00.000Z",
        totals="{}",
    )
    with pytest.raises(ValidationError, match="closed"):
        collection.collect(
            cashier,
            CollectRequest(
                office["a"].id,
                open_ids(office["a"]),
                [Tender("cash", "440.66")],
                business_date=date(2026, 11, 27),
            ),
        )


def test_late_fee_when_switched_on(office, system_actor) -> None:
    from app.services import settings

    settings.set_value(system_actor, settings.LATE_FEE_ENABLED, "yes")
    account = account_of(office["a"].id, date(2026, 11, 27))
    october = next(
        c for c in account.charges if c.period == "2026-10" and c.fee_item == "物业服务费"
    )
    assert october.late_fee == Decimal("4.52")  # 210.33 × 0.0005 × 43 days = 4.522
    garbage = next(c for c in account.charges if c.fee_item == "垃圾清运费")
    assert garbage.late_fee == 0  # the item doesn't carry a late fee


WRITER = """
import sys
from decimal import Decimal
from app.services.office import open_office
from app.services.accounts import account_of
from app.services.collection import collect, CollectRequest, Tender
from app.services.permissions import Actor
from app.models import Unit
open_office(sys.argv[1])
for unit in list(Unit.select().where(Unit.id.in_(sys.argv[2:]))):
    account = account_of(unit.id)
    collect(Actor.system(), CollectRequest(unit.id, [c.id for c in account.charges],
                                           [Tender("transfer", str(account.owed))]))
"""


def test_two_processes_issue_unique_contiguous_numbers(db_path: Path, system_actor: Actor) -> None:
    from app.demo import generate_demo_office
    from app.models import Unit
    from app.models.billing import FeeKind
    from app.services import fees

    generate_demo_office(120, seed=9)
    item = fees.create_fee_item(
        system_actor, "LJF", "垃圾清运费", FeeKind.FIXED, "10", date(2019, 1, 1)
    )
    fees.assign_in_bulk(system_actor, item.id, fees.UnitSelection(), date(2019, 1, 1))
    billing.generate_bills(system_actor, "2026-11")
    ids = [u.id for u in Unit.select().where(Unit.status != "unsold").order_by(Unit.code)]
    root = Path(__file__).resolve().parents[1]
    halves = (ids[::2], ids[1::2])
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), *half], cwd=root)
        for half in halves
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    sequences = sorted(r.sequence for r in Receipt.select())
    assert sequences == list(range(1, len(ids) + 1))


def test_void_is_refused_when_its_prepayment_was_refunded(office) -> None:
    unit = office["a"]
    receipt = collection.collect(
        office["cashier"], CollectRequest(unit.id, [], [Tender("cash", "50")], keep_as_credit="50")
    )
    receipts.refund_credit(office["manager"], unit.id, "50", "cash", "业主搬走")
    with pytest.raises(ValidationError, match="refunded"):
        receipts.void_receipt(office["manager"], receipt.id, "录入错误")
    assert ReceiptVoid.select().count() == 0 and unit_credit(unit.id) == 0


def test_receipt_line_periods_always_name_the_year() -> None:
    from types import SimpleNamespace

    from app.models.billing import ChargeKind
    from app.services.collection import _period_text

    def charge(start: date, end: date, description: str = "") -> SimpleNamespace:
        return SimpleNamespace(
            kind=ChargeKind.ONE_OFF, period=f"{start:%Y-%m}", period_start=start,
            period_end=end, description=description,
        )  # fmt: skip

    assert _period_text(charge(date(2026, 10, 1), date(2026, 10, 31))) == "2026-10"
    part = charge(date(2026, 10, 12), date(2026, 10, 31))
    assert _period_text(part) == "2026-10-12至10-31"
    carried = charge(date(2025, 2, 1), date(2026, 7, 31), "期初欠费")
    assert _period_text(carried) == "2025-02-01至2026-07-31"
