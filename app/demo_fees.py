"""The demo office's fees, so the 收费 screens and the arrears reports have data: four fee
items assigned to the unit types that pay them, written vacancy notices, water readings,
bills for the three months before the demo's reference date (through the billing service),
and a payment history — most units paid up, about 15% one to three months behind, and a
few long-term debtors with arrears carried over from before the program (期初欠费).

Payments go through `bulk_collect` (the counter's rows, numbered receipts without gaps):
collecting them one by one would take minutes for a 20,000-unit office. Every business
value comes from `random.Random(seed)`, like the archive generator.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import peewee as pw

from app.clock import DEFAULT_TIMEZONE, to_utc_text, utcnow
from app.db import database, transaction
from app.demo import reference_date
from app.ids import new_id
from app.models.archive import Ownership, Unit, UnitStatus, UnitType, VacancyNotice
from app.models.billing import Charge, ChargeKind, FeeItem, FeeKind, PayMethod
from app.services import billing, fees
from app.services.bulk_collect import PaidCharges, collect_in_bulk
from app.services.periods import add_months, parse_period, period_of
from app.services.permissions import Actor

ITEMS_FROM = date(2019, 1, 1)
BILLED_MONTHS = 3
LONG_TERM_SHARE, BEHIND_SHARE, QUARTERLY_SHARE = 0.02, 0.13, 0.25
NOTICE_SHARE = 0.6  # vacant flats whose owner gave the written notice (reduced rate)
METHODS = (
    (PayMethod.WECHAT, 45),
    (PayMethod.ALIPAY, 20),
    (PayMethod.TRANSFER, 15),
    (PayMethod.CARD, 10),
    (PayMethod.CASH, 10),
)
ROWS_PER_INSERT = 2_000
_READING_INSERT = (
    "INSERT INTO meter_reading (id, created_at, updated_at, row_version, unit_id, fee_item_id, "
    "period, previous_reading, current_reading, reading_date, recorded_by) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(frozen=True)
class _Item:
    code: str
    name: str
    kind: str
    price: str
    label: str
    unit_types: tuple[str, ...]
    vacant_discount: bool = False
    late_fee: bool = False


ITEMS = (
    _Item("WYF", "物业服务费", FeeKind.AREA, "2.35", "元/㎡·月",
          (UnitType.RESIDENTIAL, UnitType.SHOP), vacant_discount=True, late_fee=True),
    _Item("LJF", "垃圾清运费", FeeKind.FIXED, "10", "元/户·月",
          (UnitType.RESIDENTIAL, UnitType.SHOP)),
    _Item("SF", "水费", FeeKind.METERED, "4.5", "元/吨", (UnitType.RESIDENTIAL,)),
    _Item("CWF", "车位管理费", FeeKind.PARKING, "60", "元/个·月", (UnitType.GARAGE,)),
)  # fmt: skip
MONTHLY_TONNES = {  # (low, high) of a month's water use by the unit's status
    UnitStatus.OCCUPIED: (6, 22),
    UnitStatus.RENTED: (5, 18),
    UnitStatus.DECORATING: (1, 6),
}


def billed_months() -> list[str]:
    """The months before the reference month, oldest first ('2026-08' … '2026-10')."""
    current = period_of(reference_date())
    return [add_months(current, -k) for k in range(BILLED_MONTHS, 0, -1)]


def create_demo_fees(
    actor: Actor, seed: int = 1, before_bills: Callable[[], object] | None = None
) -> dict[str, int]:
    """`before_bills` runs once the items exist and before the months are billed: other
    modules' fee items (parking rents) are then billed and paid like these."""
    rng = random.Random(f"fees-{seed}")
    months = billed_months()
    items = {spec.code: _item(actor, spec) for spec in ITEMS}
    if before_bills is not None:
        before_bills()
    with transaction():
        _vacancy_notices(rng, parse_period(months[0])[0])
        _water_readings(rng, items["SF"], months)
    charges = sum(billing.generate_bills(actor, month).created for month in months)
    habits = _habits(rng)
    charges += _opening_arrears(rng, items["WYF"], months[0], habits)
    receipts = collect_in_bulk(actor, _payments(rng, habits, months))
    return {
        "fee_items": len(items),
        "charges": charges,
        "receipts": len(receipts),
        "units_owing": sum(1 for h in habits.values() if h.behind),
    }


def _item(actor: Actor, spec: _Item) -> FeeItem:
    item = fees.create_fee_item(
        actor,
        spec.code,
        spec.name,
        spec.kind,
        spec.price,
        ITEMS_FROM,
        spec.label,
        vacant_discount=spec.vacant_discount,
        late_fee=spec.late_fee,
    )
    fees.assign_in_bulk(actor, item.id, fees.UnitSelection(unit_types=spec.unit_types), ITEMS_FROM)
    return item


def _insert(model: type[pw.Model], rows: list[dict[str, object]]) -> None:
    for chunk in pw.chunked(rows, ROWS_PER_INSERT):
        model.insert_many(chunk).execute()


def _vacancy_notices(rng: random.Random, first_day: date) -> None:
    query = (
        Unit.select(Unit.id, Unit.handover_date, Ownership.owner)
        .join(Ownership, on=(Ownership.unit == Unit.id))
        .where(
            (Unit.status == UnitStatus.VACANT)
            & (Unit.unit_type == UnitType.RESIDENTIAL)
            & (Unit.handover_date < first_day)
            & Ownership.end_date.is_null()
        )
        .order_by(Unit.code)
    )
    rows = []
    for unit_id, handover, owner_id in query.tuples():
        if rng.random() < NOTICE_SHARE:
            start = min(first_day, handover + timedelta(days=rng.randint(30, 400)))
            notice = start - timedelta(days=rng.randint(3, 20))
            rows.append(
                {"unit": unit_id, "owner": owner_id, "notice_date": notice, "start_date": start,
                 "remarks": "书面空置申请"}
            )  # fmt: skip
    _insert(VacancyNotice, rows)


def _water_readings(rng: random.Random, water: FeeItem, months: list[str]) -> None:
    """A reading per residential unit and month; empty flats use none (no water bill).
    Plain executemany: 60,000 readings through insert_many took seconds of peewee."""
    units = (
        Unit.select(Unit.id, Unit.status)
        .where(Unit.unit_type == UnitType.RESIDENTIAL)
        .order_by(Unit.code)
        .tuples()
    )
    stamp = to_utc_text(utcnow())
    rows = []
    for unit_id, status in units:
        reading = rng.randint(50, 3000) * 100  # tonnes, stored in hundredths
        low, high = MONTHLY_TONNES.get(status, (0, 0))
        for month in months:
            used = rng.randint(low * 10, high * 10) * 10
            read_on = parse_period(month)[1] - timedelta(days=rng.randint(0, 4))
            rows.append(
                (new_id(), stamp, stamp, 1, unit_id, water.id, month, reading,
                 reading + used, read_on.isoformat(), "李客服")
            )  # fmt: skip
            reading += used
    database.cursor().executemany(_READING_INSERT, rows)


# ---------------------------------------------------------------------------- paying


@dataclass(frozen=True)
class _Habit:
    behind: int  # months left unpaid: 0 paid up, 1-3 behind, -1 a long-term debtor
    method: str
    all_at_once: bool  # pays the months together rather than month by month


def _habits(rng: random.Random) -> dict[str, _Habit]:
    billed = (
        Unit.select(Unit.id, Unit.status)
        .where(Unit.id.in_(Charge.select(Charge.unit)))
        .order_by(Unit.code)
        .tuples()
    )
    methods, weights = zip(*METHODS, strict=True)
    habits = {}
    for unit_id, status in billed:
        if status == UnitStatus.UNSOLD:  # the developer pays for its unsold units
            habits[unit_id] = _Habit(0, PayMethod.TRANSFER, True)
            continue
        draw = rng.random()
        behind = 0
        if draw < LONG_TERM_SHARE:
            behind = -1
        elif draw < LONG_TERM_SHARE + BEHIND_SHARE:
            behind = rng.choices((1, 2, 3), (55, 30, 15))[0]
        method = rng.choices(methods, weights)[0]
        habits[unit_id] = _Habit(behind, method, rng.random() < QUARTERLY_SHARE)
    return habits


def _opening_arrears(
    rng: random.Random, service: FeeItem, first_month: str, habits: dict[str, _Habit]
) -> int:
    """Long-term debtors also owe property fees from before the program: one charge each,
    carried over from the old books (期初欠费)."""
    debtors = [u for u, habit in habits.items() if habit.behind < 0]
    monthly = dict(
        Charge.select(Charge.unit, Charge.amount)
        .where(
            Charge.unit.in_(debtors) & (Charge.fee_item == service) & (Charge.period == first_month)
        )
        .tuples()
    )
    end = parse_period(first_month)[0] - timedelta(days=1)
    rows = []
    for unit_id in debtors:
        if unit_id not in monthly:
            continue
        months = rng.randint(3, 21)
        start = parse_period(add_months(period_of(end), 1 - months))[0]
        rows.append(
            {"unit": unit_id, "fee_item": service.id, "kind": ChargeKind.ONE_OFF,
             "period": period_of(start), "period_start": start, "period_end": end,
             "due_date": start + timedelta(days=14), "quantity": Decimal(months),
             "unit_price": monthly[unit_id], "amount": monthly[unit_id] * months,
             "description": f"期初欠费 {period_of(start)}至{period_of(end)}（{months}个月）"}
        )  # fmt: skip
    with transaction():
        _insert(Charge, rows)
    return len(rows)


def _payments(
    rng: random.Random, habits: dict[str, _Habit], months: list[str]
) -> list[PaidCharges]:
    bills = _bills_by_month()
    payments = []
    for unit_id, habit in habits.items():
        by_month = bills.get(unit_id, {})
        paid = [m for m in months[: len(months) - max(habit.behind, 0)] if m in by_month]
        if habit.behind < 0 or not paid:
            continue
        if habit.all_at_once and habit.behind == 0:
            ids = tuple(c for m in paid for c in by_month[m])
            payments.append(_payment(rng, unit_id, ids, habit.method, paid[-1]))
            continue
        for month in paid:
            payments.append(_payment(rng, unit_id, tuple(by_month[month]), habit.method, month))
    return payments


def _bills_by_month() -> dict[str, dict[str, list[str]]]:
    query = (
        Charge.select(Charge.id, Charge.unit, Charge.period)
        .join(FeeItem)
        .where(Charge.kind == ChargeKind.BILL)
        .order_by(Charge.unit, Charge.period, FeeItem.sort_order)
        .tuples()
    )
    bills: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for charge_id, unit_id, period in query:
        bills[unit_id][period].append(charge_id)
    return bills


def _payment(
    rng: random.Random, unit_id: str, charge_ids: tuple[str, ...], method: str, month: str
) -> PaidCharges:
    """Paid on a working hour of a day in the month billed, before the reference date."""
    first = parse_period(month)[0]
    day = first + timedelta(days=rng.randint(0, min(27, (reference_date() - first).days - 1)))
    local = datetime.combine(day, time(rng.randint(8, 17), rng.randint(0, 59)))
    paid_at = local.replace(tzinfo=ZoneInfo(DEFAULT_TIMEZONE)).astimezone(UTC)
    return PaidCharges(unit_id, charge_ids, method, day, paid_at)
