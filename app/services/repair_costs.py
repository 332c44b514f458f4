"""A repair's materials and what the owner pays.

Materials are picked from the warehouse's items; recording them posts a stock-out (领料单)
naming the repair, so the warehouse balance and the repair agree. Posting stock needs the
warehouse capability too: a user holding both records them (the manager, or the service desk
with the warehouse keeper at its side). Out of warranty the owner pays labour and materials;
in warranty nothing is charged to the owner and the repair is listed for the developer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.billing import Charge, ChargeKind, FeeItem
from app.models.service import RepairOrder, RepairStatus
from app.models.service_more import RepairCharge
from app.models.stock import DocKind, DocReason, StockDocument, StockItem, StockLine
from app.money import from_fen, to_fen
from app.services import audit, stock
from app.services.billing import check_period_open
from app.services.periods import parse_period, period_of
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, optional_text
from app.services.repairs import Payer, payer_for
from app.services.stock import DocumentInput, LineInput
from app.services.unit_facts import check_not_future, get_unit, office_today

REPAIR_FEE_CODE = "WXF"  # the office's one-off fee item for paid repairs (维修费)
DEPARTMENT = "工程部"  # the stock-out's department: repairs are the engineering team's
_WORKING = (RepairStatus.DISPATCHED, RepairStatus.IN_PROGRESS, RepairStatus.COMPLETED)


@dataclass(frozen=True)
class MaterialRow:
    item_code: str
    item_name: str
    uom: str
    quantity: Decimal
    amount: Decimal
    document_number: str


@dataclass(frozen=True)
class ChargebackRow:
    """A repair the developer pays for (质保期内), for the chargeback list."""

    number: str
    unit_code: str
    category: str
    received_on: date
    completed_on: date | None
    warranty_until: date | None
    material_cost: Decimal


def use_materials(
    actor: Actor,
    repair_id: str,
    lines: Sequence[tuple[str, Decimal | str | int]],
    on: date | None = None,
) -> list[MaterialRow]:
    """(item id, quantity) lines taken for this repair: one posted stock-out for all of them;
    refused whole, with the balance named, when an item has too little on hand. Returns all
    the repair's materials so far."""
    require(actor, Cap.SERVICE_EDIT)
    require(actor, Cap.STOCK_EDIT)
    day = on or office_today()
    check_not_future(day, "doc_date", QT_TRANSLATE_NOOP("app", "Date"))
    with transaction():
        repair = get_or_fail(RepairOrder, repair_id)
        if repair.status not in _WORKING:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "app",
                    "Materials: repair {number} is not being worked on; materials are recorded "
                    "between dispatch and completion.",
                ),
                field=None,
                number=repair.number,
            )
        data = DocumentInput(
            DocKind.OUT,
            DocReason.ISSUE,
            day,
            [LineInput(item, qty) for item, qty in lines],
            department=DEPARTMENT,
            recipient=repair.worker or actor.display_name,
            purpose=repair.description[:200],
            repair_order_ref=repair.number,
        )
        doc = stock.create_and_post(actor, data)
        audit.record(
            actor,
            "repair.materials",
            table="repair_order",
            record_id=repair.id,
            after={"stock_document": doc.number, "lines": len(lines)},
        )
    return materials_of(actor, repair_id)


def items_in_stock(actor: Actor) -> list[StockItem]:
    """Active warehouse items with something on hand, to pick a repair's materials from."""
    require(actor, Cap.STOCK_VIEW)
    return list(
        StockItem.select().where(StockItem.active & (StockItem.qty > 0)).order_by(StockItem.code)
    )


def materials_of(actor: Actor, repair_id: str) -> list[MaterialRow]:
    """What the repair used: the lines of the posted stock documents that name it — those
    issued from the 客服 page and from the 仓库 page alike; a reversal (红冲) counts back."""
    require(actor, Cap.SERVICE_VIEW)
    return _materials(repair_id)


def _materials(repair_id: str) -> list[MaterialRow]:
    repair = get_or_fail(RepairOrder, repair_id)
    lines = (
        StockLine.select(StockLine, StockDocument, StockItem)
        .join(StockDocument, on=(StockLine.document == StockDocument.id))
        .switch(StockLine)
        .join(StockItem, on=(StockLine.item == StockItem.id))
        .where(
            (StockDocument.repair_order_ref == repair.number)
            & StockDocument.posted_at.is_null(False)
        )
        .order_by(StockDocument.posted_at, StockDocument.number, StockLine.line_no)
    )
    rows = []
    for line in lines:
        sign = -1 if line.document.kind == DocKind.IN else 1
        rows.append(
            MaterialRow(
                line.item.code,
                line.item.name,
                line.item.uom,
                sign * line.quantity,
                sign * line.amount,
                line.document.number or "",
            )
        )
    return rows


def material_cost(repair_id: str) -> Decimal:
    return sum((m.amount for m in _materials(repair_id)), Decimal("0.00"))


def _amount(value: object, field: str, label: str) -> Decimal:
    try:
        amount = from_fen(to_fen(str(value).strip() or "0"))
    except (ArithmeticError, ValueError, TypeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{label}: enter an amount in yuan, like 80 or 35.50."),
            field=field,
            label=label,
        ) from exc
    if amount < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{label}: can't be below zero."), field=field, label=label
        )
    return amount


def set_charges(
    actor: Actor, repair_id: str, labour: object, material: object, note: str = ""
) -> RepairCharge:
    """Bills the owner for an out-of-warranty repair: a one-off charge (fee item
    REPAIR_FEE_CODE) on the unit's account this month, which the cashier then collects like
    any bill. In warranty the developer pays and nothing is charged to the owner. Once billed
    the amounts stand; a correction is a billing adjustment."""
    require(actor, Cap.SERVICE_EDIT)
    labour_amount = _amount(labour, "labour", QT_TRANSLATE_NOOP("app", "Labour"))
    material_amount = _amount(material, "material", QT_TRANSLATE_NOOP("app", "Materials"))
    text = optional_text(note, "note", QT_TRANSLATE_NOOP("app", "Note"), 200)
    with transaction():
        repair = get_or_fail(RepairOrder, repair_id)
        _check_chargeable(repair)
        charge = RepairCharge(
            repair=repair.id, labour=labour_amount, material=material_amount, note=text
        )
        if labour_amount + material_amount > 0:
            charge.charge = _bill(repair, labour_amount, material_amount).id
        charge.save()
        audit.record(
            actor,
            "repair.charges",
            table="repair_charge",
            record_id=charge.id,
            after=audit.snapshot(charge),
        )
    return charge


def _check_chargeable(repair: RepairOrder) -> None:
    if repair.payer != Payer.OWNER:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Charges: repair {number} is within the developer's warranty; the owner "
                "pays nothing for it.",
            ),
            field="labour",
            number=repair.number,
        )
    if RepairCharge.select().where(RepairCharge.repair == repair.id).exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Charges: repair {number} is billed already; correct the bill with an "
                "adjustment under Fees.",
            ),
            field="labour",
            number=repair.number,
        )


def _bill(repair: RepairOrder, labour: Decimal, material: Decimal) -> Charge:
    item = FeeItem.get_or_none((FeeItem.code == REPAIR_FEE_CODE) & FeeItem.active)
    if item is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app",
                "Charges: there is no active fee item {code} for repair fees; set it up under "
                "Fees → Fee items (kind: one-off) first.",
            ),
            field="labour",
            code=REPAIR_FEE_CODE,
        )
    today = office_today()
    period = period_of(today)
    check_period_open(period)
    start, end = parse_period(period)
    total = labour + material
    return Charge.create(
        unit=repair.unit_id,
        fee_item=item.id,
        kind=ChargeKind.ONE_OFF,
        period=period,
        period_start=start,
        period_end=end,
        due_date=today,
        quantity=Decimal(1),
        unit_price=total,
        amount=total,
        description=f"维修费 {repair.number}（人工 {labour}，材料 {material}）",
    )


def charges_of(actor: Actor, repair_id: str) -> RepairCharge | None:
    require(actor, Cap.SERVICE_VIEW)
    return RepairCharge.get_or_none(RepairCharge.repair == repair_id)


def developer_chargebacks(actor: Actor, start: date, end: date) -> list[ChargebackRow]:
    """Repairs in warranty received in the range, to claim from the developer."""
    require(actor, Cap.SERVICE_VIEW)
    rows = (
        RepairOrder.select()
        .where(
            (RepairOrder.payer == Payer.DEVELOPER)
            & RepairOrder.received_on.between(start, end)
            & (RepairOrder.status != RepairStatus.CANCELLED)
        )
        .order_by(RepairOrder.received_on, RepairOrder.number)
    )
    return [
        ChargebackRow(
            r.number,
            r.unit.code,
            r.category,
            r.received_on,
            r.completed_on,
            r.warranty_until,
            material_cost(r.id),
        )
        for r in rows
    ]


def warranty_for(actor: Actor, unit_id: str, category: str, on: date) -> tuple[date | None, str]:
    """What registering the repair would decide: (warranty end, who pays), for the form."""
    require(actor, Cap.SERVICE_VIEW)
    return payer_for(category, get_unit(unit_id).handover_date, on)
