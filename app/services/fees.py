"""Fee items, their dated rates, assignment to units and shared costs (meter readings:
app/services/meter_readings.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

import peewee as pw

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import Entrance, Unit
from app.models.billing import FeeAssignment, FeeItem, FeeKind, FeeRate, SharedCost
from app.money import to_decimal
from app.services import audit
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, required_text

PRICE_PLACES = Decimal("0.0001")


@dataclass(frozen=True)
class UnitSelection:
    """Which units an item is assigned to in bulk; None means any."""

    building_id: str | None = None
    unit_types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    unit_ids: tuple[str, ...] = ()


def _price(value: object) -> Decimal:
    try:
        price = to_decimal(value) if not isinstance(value, Decimal) else value
    except (TypeError, ValueError, InvalidOperation):
        price = None
    if price is None or price < 0 or price != price.quantize(PRICE_PLACES):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Price: enter a non-negative amount with at most 4 decimals, e.g. 2.3500."
            ),
            field="price",
        )
    return price


def create_fee_item(
    actor: Actor,
    code: str,
    name: str,
    kind: str,
    price: object,
    effective_from: date,
    unit_label: str = "",
    vacant_discount: bool = False,
    late_fee: bool = False,
) -> FeeItem:
    require(actor, Cap.BILLING_SETUP)
    code = required_text(code, "code", QT_TRANSLATE_NOOP("app", "Code"), 20)
    name = required_text(name, "name", QT_TRANSLATE_NOOP("app", "Name"), 40)
    if kind not in FeeKind.ALL:
        raise ValidationError(QT_TRANSLATE_NOOP("app", "Kind: choose a fee kind."), field="kind")
    price = _price(price)
    with transaction():
        if FeeItem.select().where(FeeItem.code == code).exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Code: {code} is already used."), field="code", code=code
            )
        order = FeeItem.select(pw.fn.COALESCE(pw.fn.MAX(FeeItem.sort_order), 0)).scalar() + 1
        item = FeeItem.create(
            code=code,
            name=name,
            kind=kind,
            unit_label=unit_label,
            vacant_discount=vacant_discount,
            late_fee=late_fee,
            sort_order=order,
        )
        FeeRate.create(fee_item=item, effective_from=effective_from, price=price)
        audit.record(
            actor,
            "fee_item.create",
            table="fee_item",
            record_id=item.id,
            after={
                **audit.snapshot(item),
                "price": str(price),
                "effective_from": effective_from.isoformat(),
            },
        )
    return item


def set_rate(actor: Actor, fee_item_id: str, effective_from: date, price: object) -> FeeRate:
    """A new price from a date: bills for periods from that date use it; earlier ones don't."""
    require(actor, Cap.BILLING_SETUP)
    price = _price(price)
    with transaction():
        item = get_or_fail(FeeItem, fee_item_id)
        existing = FeeRate.get_or_none(
            (FeeRate.fee_item == item) & (FeeRate.effective_from == effective_from)
        )
        before = None
        if existing:
            before = {"price": str(existing.price)}
            existing.price = price
            existing.save()
            rate = existing
        else:
            rate = FeeRate.create(fee_item=item, effective_from=effective_from, price=price)
        audit.record(
            actor,
            "fee_rate.set",
            table="fee_rate",
            record_id=rate.id,
            before=before,
            after={
                "fee_item": item.code,
                "effective_from": effective_from.isoformat(),
                "price": str(price),
            },
        )
    return rate


def rate_on(fee_item_id: str, day: date) -> Decimal | None:
    rate = (
        FeeRate.select()
        .where((FeeRate.fee_item == fee_item_id) & (FeeRate.effective_from <= day))
        .order_by(FeeRate.effective_from.desc())
        .first()
    )
    return rate.price if rate else None


def assign_in_bulk(
    actor: Actor, fee_item_id: str, selection: UnitSelection, start_date: date
) -> int:
    """Assigns an item to every selected unit that doesn't have it running; returns how many."""
    require(actor, Cap.BILLING_SETUP)
    with transaction():
        item = get_or_fail(FeeItem, fee_item_id)
        query = Unit.select(Unit.id).join(Entrance)
        if selection.building_id:
            query = query.where(Entrance.building == selection.building_id)
        if selection.unit_types:
            query = query.where(Unit.unit_type.in_(selection.unit_types))
        if selection.statuses:
            query = query.where(Unit.status.in_(selection.statuses))
        if selection.unit_ids:
            query = query.where(Unit.id.in_(selection.unit_ids))
        running = FeeAssignment.select(FeeAssignment.unit).where(
            (FeeAssignment.fee_item == item) & FeeAssignment.end_date.is_null()
        )
        unit_ids = [u.id for u in query.where(Unit.id.not_in(running))]
        rows = [{"unit": uid, "fee_item": item.id, "start_date": start_date} for uid in unit_ids]
        for chunk in pw.chunked(rows, 500):
            FeeAssignment.insert_many(chunk).execute()
        audit.record(
            actor,
            "fee_item.assign",
            table="fee_item",
            record_id=item.id,
            detail=f"{len(unit_ids)} units from {start_date.isoformat()}",
        )
    return len(unit_ids)


def end_assignment(actor: Actor, assignment_id: str, end_date: date) -> None:
    require(actor, Cap.BILLING_SETUP)
    with transaction():
        row = get_or_fail(FeeAssignment, assignment_id)
        if end_date < row.start_date:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "End date: it must not be before the start."),
                field="end_date",
            )
        row.end_date = end_date
        row.save()
        audit.record(
            actor,
            "fee_assignment.end",
            table="fee_assignment",
            record_id=row.id,
            after={"end_date": end_date.isoformat()},
        )


def set_shared_cost(
    actor: Actor, fee_item_id: str, period: str, total: object, remarks: str = ""
) -> SharedCost:
    require(actor, Cap.BILLING_SETUP)
    amount = to_decimal(total)
    if amount < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Total: it can't be negative."), field="total"
        )
    with transaction():
        item = get_or_fail(FeeItem, fee_item_id)
        row, created = SharedCost.get_or_create(
            fee_item=item, period=period, defaults={"total": amount, "remarks": remarks}
        )
        if not created:
            row.total, row.remarks = amount, remarks
            row.save()
        audit.record(
            actor,
            "shared_cost.set",
            table="shared_cost",
            record_id=row.id,
            after={"period": period, "total": str(amount)},
        )
    return row


def fee_items(actor: Actor, active_only: bool = True) -> list[FeeItem]:
    require(actor, Cap.BILLING_VIEW)
    query = FeeItem.select().order_by(FeeItem.sort_order)
    return list(query.where(FeeItem.active) if active_only else query)


@dataclass(frozen=True)
class FeeItemRow:
    id: str
    code: str
    name: str
    kind: str
    unit_label: str
    price: Decimal | None
    price_from: date | None
    assigned_units: int


def fee_item_rows(actor: Actor, on: date) -> list[FeeItemRow]:
    """Every item with the price in force on `on` and how many units it runs for."""
    require(actor, Cap.BILLING_VIEW)
    counts = dict(
        FeeAssignment.select(FeeAssignment.fee_item, pw.fn.COUNT(FeeAssignment.id))
        .where(FeeAssignment.end_date.is_null())
        .group_by(FeeAssignment.fee_item)
        .tuples()
    )
    rows = []
    for item in FeeItem.select().order_by(FeeItem.sort_order):
        rate = (
            FeeRate.select()
            .where((FeeRate.fee_item == item) & (FeeRate.effective_from <= on))
            .order_by(FeeRate.effective_from.desc())
            .first()
        )
        rows.append(
            FeeItemRow(
                item.id,
                item.code,
                item.name,
                item.kind,
                item.unit_label,
                rate.price if rate else None,
                rate.effective_from if rate else None,
                counts.get(item.id, 0),
            )
        )
    return rows
