"""Arrears (欠费) by unit with ageing: what each unit owes of the charges already due, split
by how long it has been overdue, with the owners and the last reminder.

Set-based: one GROUP BY over the open charges for the amounts, one query for the current
owners and one for the latest reminders, whatever the number of units. "Owed" is the same
figure the counter shows (`amount − settled` of charges due on or before the day).

For a day in the past the figure is what was owed that day: only charges due by then, and
only the money set against them by then — payments made after the day (and waivers given
after it) are added back, and a receipt voided after the day still counts as paid on it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from itertools import groupby
from zoneinfo import ZoneInfo

import peewee as pw

from app.db import database
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import Building, Entrance, Owner, Ownership, Unit
from app.models.billing import (
    Allocation,
    Charge,
    FeeItem,
    Payment,
    Receipt,
    ReceiptVoid,
    Reminder,
    Waiver,
)
from app.money import from_fen
from app.services import settings
from app.services.accounts import fen_sum
from app.services.permissions import Actor, Cap, require
from app.services.sensitive import masked
from app.services.unit_facts import office_today

BUCKET_DAYS = (30, 90, 180)  # upper bounds of the first three buckets; the fourth is > 180
CHUNK = 2_000  # unit ids per IN (…) list: well under SQLite's bound-parameter limit


@dataclass(frozen=True)
class Buckets:
    upto_30: Decimal = Decimal("0.00")
    days_31_90: Decimal = Decimal("0.00")
    days_91_180: Decimal = Decimal("0.00")
    over_180: Decimal = Decimal("0.00")

    def as_tuple(self) -> tuple[Decimal, Decimal, Decimal, Decimal]:
        return (self.upto_30, self.days_31_90, self.days_91_180, self.over_180)


@dataclass(frozen=True)
class ArrearsRow:
    unit_id: str
    unit_code: str
    building_id: str
    building: str
    owners: str  # current owners' names, 、-separated
    phone: str  # the first owner's phone, masked
    total: Decimal
    buckets: Buckets
    oldest_period: str  # YYYY-MM of the oldest unpaid charge
    last_reminder_date: date | None
    last_reminder_channel: str  # phone / notice / visit / wechat, "" when never reminded


@dataclass(frozen=True)
class ArrearsTotals:
    building_id: str | None  # None for the overall line
    building: str
    units: int
    total: Decimal
    buckets: Buckets


@dataclass(frozen=True)
class ArrearsSummary:
    on: date
    buildings: list[ArrearsTotals]
    overall: ArrearsTotals


@dataclass(frozen=True)
class OwedItem:
    period: str
    fee_item: str
    kind: str
    due_date: date
    outstanding: Decimal
    description: str


@dataclass
class UnitArrears:
    """What a reminder notice prints for one unit."""

    unit_id: str
    unit_code: str
    building: str
    owners: str
    items: list[OwedItem] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((i.outstanding for i in self.items), Decimal("0.00"))


class AsOf:
    """What each charge still owed at the end of day `on`. Today (or later) that is
    `amount − settled`; for a past day, the settlements made after it are added back:
    allocations of payments made after the day, the negative twins of receipts voided
    after it, and waivers given after it."""

    def __init__(self, on: date) -> None:
        self.on = on
        self.past = on < office_today()
        outstanding = Charge.amount - Charge.settled
        if self.past:
            self.paid_later = _settled_after(on)
            self.waived_later = _waived_after(on)
            outstanding = (
                outstanding
                + pw.fn.COALESCE(self.paid_later.c.fen, 0)
                + pw.fn.COALESCE(self.waived_later.c.fen, 0)
            )
        self.outstanding = outstanding

    def join(self, query: pw.Select) -> pw.Select:
        """`query` (over Charge) with what the outstanding figure needs."""
        if not self.past:
            return query
        return (
            query.switch(Charge)
            .join(
                self.paid_later,
                pw.JOIN.LEFT_OUTER,
                on=(self.paid_later.c.charge_id == Charge.id),
            )
            .switch(Charge)
            .join(
                self.waived_later,
                pw.JOIN.LEFT_OUTER,
                on=(self.waived_later.c.charge_id == Charge.id),
            )
            .switch(Charge)
        )

    @property
    def owed(self) -> pw.Expression:
        """Charges counted as arrears on the day: due by then and not settled by then."""
        return (Charge.due_date <= self.on) & (self.outstanding > 0)


def _settled_after(on: date) -> pw.Select:
    """Per charge, the allocations that happened after `on` (raw fen)."""
    query = (
        Allocation.select(
            Allocation.charge.alias("charge_id"), fen_sum(Allocation.amount).alias("fen")
        )
        .join(Payment, on=(Allocation.payment == Payment.id))
        .switch(Allocation)
        .join(Receipt, pw.JOIN.LEFT_OUTER, on=(Receipt.payment == Allocation.payment))
        .join(ReceiptVoid, pw.JOIN.LEFT_OUTER, on=(ReceiptVoid.receipt == Receipt.id))
        .where(
            (Allocation.reverses.is_null() & (Payment.business_date > on))
            | (Allocation.reverses.is_null(False) & (ReceiptVoid.business_date > on))
        )
        .group_by(Allocation.charge)
    )
    return query.alias("paid_later")


def _waived_after(on: date) -> pw.Select:
    zone = ZoneInfo(settings.get(settings.TIMEZONE))
    end_of_day = datetime.combine(on + timedelta(days=1), time(0), tzinfo=zone)
    query = (
        Waiver.select(Waiver.charge.alias("charge_id"), fen_sum(Waiver.amount).alias("fen"))
        .where(Waiver.approved_at >= end_of_day)
        .group_by(Waiver.charge)
    )
    return query.alias("waived_later")


def _bucket_columns(as_of: AsOf) -> list[pw.Node]:
    """SUM(outstanding) per ageing bucket; days overdue = on − due_date, so the bounds are
    plain date comparisons (no date arithmetic in SQL)."""
    limits = [as_of.on - timedelta(days=d) for d in BUCKET_DAYS]  # due on or after → within
    conditions = [
        Charge.due_date >= limits[0],
        (Charge.due_date < limits[0]) & (Charge.due_date >= limits[1]),
        (Charge.due_date < limits[1]) & (Charge.due_date >= limits[2]),
        Charge.due_date < limits[2],
    ]
    names = ("upto_30", "days_31_90", "days_91_180", "over_180")
    return [
        fen_sum(pw.Case(None, ((condition, as_of.outstanding),), 0)).alias(name)
        for condition, name in zip(conditions, names, strict=True)
    ]


def _buckets(row: dict) -> Buckets:
    return Buckets(
        from_fen(int(row["upto_30"])),
        from_fen(int(row["days_31_90"])),
        from_fen(int(row["days_91_180"])),
        from_fen(int(row["over_180"])),
    )


def arrears_by_unit(actor: Actor, on: date, building_id: str | None = None) -> list[ArrearsRow]:
    """Every unit owing something due by `on`, sorted by building, entrance, floor, room."""
    require(actor, Cap.BILLING_VIEW)
    as_of = AsOf(on)
    per_unit = (
        as_of.join(
            Charge.select(
                Charge.unit.alias("unit_id"),
                fen_sum(as_of.outstanding).alias("total"),
                *_bucket_columns(as_of),
                pw.fn.MIN(Charge.period).alias("oldest"),
            )
        )
        .where(as_of.owed)
        .group_by(Charge.unit)
    ).alias("owed")
    latest = _latest_reminders(on)
    query = (
        Unit.select(
            Unit.id,
            Unit.code,
            Building.id.alias("building_id"),
            Building.name.alias("building"),
            per_unit.c.total,
            per_unit.c.upto_30,
            per_unit.c.days_31_90,
            per_unit.c.days_91_180,
            per_unit.c.over_180,
            per_unit.c.oldest,
            latest.c.reminder_date.alias("reminded_on"),
            latest.c.channel.alias("reminded_by"),
        )
        .join(per_unit, on=(per_unit.c.unit_id == Unit.id))
        .switch(Unit)
        .join(Entrance)
        .join(Building)
        .switch(Unit)
        .join(latest, pw.JOIN.LEFT_OUTER, on=(latest.c.unit_id == Unit.id))
        .order_by(
            Building.sort_order,
            Building.code,
            Entrance.sort_order,
            Entrance.code,
            Unit.floor,
            Unit.room_no,
            Unit.code,
        )
    )
    if building_id is not None:
        query = query.where(Building.id == building_id)
    # Raw rows: peewee's per-row conversion costs more than the query on 20,000 units.
    rows = database.execute(query).fetchall()
    owners = _current_owners([r[0] for r in rows] if len(rows) <= CHUNK else None)
    return [_row(r, owners.get(r[0], ([], ""))) for r in rows]


def _row(r: tuple, owners: tuple[list[str], str]) -> ArrearsRow:
    unit_id, code, building_id, building, total, b30, b90, b180, older, oldest = r[:10]
    reminded_on, reminded_by = r[10:]
    names, phone = owners
    return ArrearsRow(
        unit_id=unit_id,
        unit_code=code,
        building_id=building_id,
        building=building,
        owners="、".join(names),
        phone=masked(phone),
        total=from_fen(int(total)),
        buckets=Buckets(*(from_fen(int(x)) for x in (b30, b90, b180, older))),
        oldest_period=oldest,
        last_reminder_date=_as_date(reminded_on),
        last_reminder_channel=reminded_by or "",
    )


def _as_date(value: object) -> date | None:
    """A raw DATE column: text in SQLite, a date from other drivers."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _latest_reminders(on: date) -> pw.Select:
    """Each unit's newest reminder on or before `on` (ROW_NUMBER: SQLite ≥ 3.25 and
    PostgreSQL alike)."""
    ranked = Reminder.select(
        Reminder.unit.alias("unit_id"),
        Reminder.reminder_date,
        Reminder.channel,
        pw.fn.ROW_NUMBER()
        .over(
            partition_by=[Reminder.unit],
            order_by=[Reminder.reminder_date.desc(), Reminder.created_at.desc()],
        )
        .alias("rank"),
    ).where(Reminder.reminder_date <= on)
    ranked = ranked.alias("ranked")
    return (
        pw.Select(
            from_list=[ranked],
            columns=[ranked.c.unit_id, ranked.c.reminder_date, ranked.c.channel],
        )
        .where(ranked.c.rank == 1)
        .alias("latest")
    )


def _current_owners(unit_ids: list[str] | None) -> dict[str, tuple[list[str], str]]:
    """unit id → (owner names in order of ownership, first non-empty phone), for the given
    units (at most CHUNK) or, with None, every unit (one plain scan beats a long IN list)."""
    query = (
        Ownership.select(Ownership.unit, Owner.name, Owner.phone)
        .join(Owner)
        .where(Ownership.end_date.is_null())
        .order_by(Ownership.unit, Ownership.start_date, Owner.name)
    )
    if unit_ids is not None:
        query = query.where(Ownership.unit.in_(unit_ids))
    result: dict[str, tuple[list[str], str]] = {}
    for unit_id, name, phone in database.execute(query).fetchall():
        names, first_phone = result.get(unit_id, ([], ""))
        names.append(name)
        result[unit_id] = (names, first_phone or phone or "")
    return result


def arrears_summary(actor: Actor, on: date) -> ArrearsSummary:
    """Per building: units owing, total and the four ageing buckets; then the estate."""
    require(actor, Cap.BILLING_VIEW)
    as_of = AsOf(on)
    query = (
        as_of.join(
            Charge.select(
                Building.id.alias("building_id"),
                Building.name.alias("building"),
                pw.fn.COUNT(Charge.unit.distinct()).alias("units"),
                fen_sum(as_of.outstanding).alias("total"),
                *_bucket_columns(as_of),
            )
        )
        .join(Unit)
        .join(Entrance)
        .join(Building)
        .where(as_of.owed)
        .group_by(Building.id, Building.name, Building.sort_order, Building.code)
        .order_by(Building.sort_order, Building.code)
        .dicts()
    )
    buildings = [
        ArrearsTotals(
            r["building_id"], r["building"], r["units"], from_fen(int(r["total"])), _buckets(r)
        )
        for r in query
    ]
    return ArrearsSummary(on, buildings, _added(None, "合计", buildings))


def summarise(on: date, rows: list[ArrearsRow]) -> ArrearsSummary:
    """The per-building summary of rows already fetched (a document then adds up to its own
    lines even if a payment comes in while it is being written)."""
    buildings = [
        _added(building_id, group[0].building, group)
        for building_id, group in (
            (key, list(items)) for key, items in groupby(rows, key=lambda r: r.building_id)
        )
    ]
    return ArrearsSummary(on, buildings, _added(None, "合计", buildings))


def _added(
    building_id: str | None, name: str, parts: list[ArrearsRow] | list[ArrearsTotals]
) -> ArrearsTotals:
    zero = Decimal("0.00")
    return ArrearsTotals(
        building_id,
        name,
        sum(getattr(p, "units", 1) for p in parts),
        sum((p.total for p in parts), zero),
        Buckets(*(sum((p.buckets.as_tuple()[i] for p in parts), zero) for i in range(4))),
    )


def owed_on(unit_id: str, on: date) -> Decimal:
    """The unit's arrears on `on` (the figure the list shows for it)."""
    as_of = AsOf(on)
    fen = (
        as_of.join(Charge.select(fen_sum(as_of.outstanding)))
        .where((Charge.unit == unit_id) & as_of.owed)
        .scalar()
    )
    return from_fen(int(fen))


def arrears_details(actor: Actor, unit_ids: Iterable[str], on: date) -> list[UnitArrears]:
    """Each chosen unit's unpaid charges due by `on`, charge by charge (for reminder
    notices), in the order the ids were given; units owing nothing are left out."""
    require(actor, Cap.BILLING_VIEW)
    ids = list(dict.fromkeys(unit_ids))
    found: dict[str, UnitArrears] = {}
    items: dict[str, list[OwedItem]] = defaultdict(list)
    as_of = AsOf(on)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        for unit in (
            Unit.select(Unit.id, Unit.code, Building.name.alias("building"))
            .join(Entrance)
            .join(Building)
            .where(Unit.id.in_(chunk))
            .objects()
        ):
            found[unit.id] = UnitArrears(unit.id, unit.code, unit.building, "")
        charges = (
            as_of.join(
                Charge.select(
                    Charge.unit,
                    Charge.period,
                    FeeItem.name,
                    Charge.kind,
                    Charge.due_date,
                    as_of.outstanding.coerce(False).alias("outstanding"),
                    Charge.description,
                ).join(FeeItem)
            )
            .where(Charge.unit.in_(chunk) & as_of.owed)
            .order_by(Charge.period, FeeItem.sort_order, Charge.kind, Charge.created_at)
            .tuples()
        )
        for unit_id, period, item, kind, due, fen, description in charges:
            owed = from_fen(int(fen))
            items[unit_id].append(OwedItem(period, item, kind, due, owed, description))
        owners = _current_owners(chunk)
        for unit_id, (names, _phone) in owners.items():
            found[unit_id].owners = "、".join(names)
    result = []
    for unit_id in ids:
        if unit_id in found and items.get(unit_id):
            found[unit_id].items = items[unit_id]
            result.append(found[unit_id])
    return result


def units_to_remind(actor: Actor, unit_ids: Iterable[str], on: date) -> list[UnitArrears]:
    """The chosen units that owe something due by `on` (one reminder notice each)."""
    units = arrears_details(actor, unit_ids, on)
    if not units:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Units: none of the chosen units owes anything due by {date}."
            ),
            field="units",
            date=on.isoformat(),
        )
    return units
