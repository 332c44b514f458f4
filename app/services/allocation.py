"""Setting money against charges: one allocation row per (payment, charge), and the charge's
`settled` figure moved in the same transaction."""

from __future__ import annotations

from decimal import Decimal

import peewee as pw

from app.models.billing import Allocation, Charge, Payment
from app.money import from_fen, to_fen
from app.services.accounts import fen_sum, unit_credit, voided_payments


def allocate(
    payment: Payment, charge: Charge, amount: Decimal, reverses: Allocation | None = None
) -> Allocation:
    allocation = Allocation.create(payment=payment, charge=charge, amount=amount, reverses=reverses)
    Charge.update(settled=Charge.settled + pw.Value(to_fen(amount), converter=False)).where(
        Charge.id == charge.id
    ).execute()
    return allocation


def _free_money(unit_id: str) -> list[list]:
    """[payment, unallocated amount] of the unit's live payments, oldest first."""
    live = (
        Payment.select()
        .where((Payment.unit == unit_id) & Payment.id.not_in(voided_payments()))
        .order_by(Payment.paid_at)
    )
    pools = []
    for payment in live:
        used = (
            Allocation.select(fen_sum(Allocation.amount))
            .where(Allocation.payment == payment)
            .scalar()
        )
        free = payment.amount - from_fen(int(used))
        if free > 0:
            pools.append([payment, free])
    return pools


def apply_credit(unit_id: str) -> int:
    """A prepaid balance settles the unit's open charges, oldest first; returns how many
    charges it touched. No receipt: the money was receipted when it was paid in."""
    if unit_credit(unit_id) <= 0:
        return 0
    pools = _free_money(unit_id)
    touched = 0
    open_charges = (
        Charge.select()
        .where((Charge.unit == unit_id) & (Charge.amount > Charge.settled))
        .order_by(Charge.period, Charge.created_at)
    )
    for charge in open_charges:
        if not pools:
            break
        need = charge.amount - charge.settled
        while need > 0 and pools:
            take = min(need, pools[0][1])
            allocate(pools[0][0], charge, take)
            need -= take
            pools[0][1] -= take
            if pools[0][1] <= 0:
                pools.pop(0)
        touched += 1
    return touched


def units_with_credit() -> list[str]:
    """Units whose live payments exceed what has been allocated from them."""
    paid = (
        Payment.select(Payment.unit, pw.fn.SUM(Payment.amount).alias("paid"))
        .where(Payment.id.not_in(voided_payments()))
        .group_by(Payment.unit)
    )
    used = (
        Allocation.select(Payment.unit, pw.fn.SUM(Allocation.amount).alias("used"))
        .join(Payment)
        .where(Payment.id.not_in(voided_payments()))
        .group_by(Payment.unit)
    )
    used_by_unit = {u: int(x) for u, x in used.tuples()}
    return [u for u, p in paid.tuples() if int(p) > used_by_unit.get(u, 0)]
