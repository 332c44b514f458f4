"""A unit's account: what it owes, charge by charge, and what it has paid ahead."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import peewee as pw

from app.models.billing import (
    Allocation,
    Charge,
    FeeItem,
    Payment,
    Receipt,
    ReceiptVoid,
    Refund,
)
from app.money import from_fen, round_half_up
from app.services import settings
from app.services.arrears import register_arrears_source
from app.services.permissions import Actor, Cap, require
from app.services.unit_facts import office_today


@dataclass(frozen=True)
class OpenCharge:
    id: str
    fee_item: str
    kind: str
    period: str
    due_date: date
    amount: Decimal
    outstanding: Decimal
    late_fee: Decimal  # what 违约金 would be today (0 when the setting is off)
    description: str


@dataclass
class Account:
    unit_id: str
    charges: list[OpenCharge] = field(default_factory=list)
    credit: Decimal = Decimal("0.00")  # paid ahead, not yet set against a charge

    @property
    def owed(self) -> Decimal:
        return sum((c.outstanding for c in self.charges), Decimal("0.00"))

    def owed_by(self, day: date) -> Decimal:
        return sum((c.outstanding for c in self.charges if c.due_date <= day), Decimal("0.00"))


def open_charges_query(unit_id: str) -> pw.Select:
    return (
        Charge.select(
            Charge, FeeItem.name.alias("item_name"), FeeItem.late_fee.alias("item_late_fee")
        )
        .join(FeeItem)
        .where((Charge.unit == unit_id) & (Charge.amount > Charge.settled))
        .order_by(Charge.period, FeeItem.sort_order, Charge.created_at)
        .objects()
    )


def late_fee(outstanding: Decimal, due: date, on: date, applies: bool) -> Decimal:
    """违约金: daily rate × days overdue × the overdue principal, never compounding, capped
    at the principal (RULES.md); off unless the office turns it on."""
    if not applies or on <= due or settings.get(settings.LATE_FEE_ENABLED) != "yes":
        return Decimal("0.00")
    rate = Decimal(settings.get(settings.LATE_FEE_DAILY_RATE))
    return min(round_half_up(outstanding * rate * (on - due).days), outstanding)


def fen_sum(field: pw.Field) -> pw.Function:
    """SUM of a money column as raw integer fen (0 when there are no rows)."""
    return pw.fn.COALESCE(pw.fn.SUM(field), 0).coerce(False)


def unit_credit(unit_id: str) -> Decimal:
    """Paid but not set against any charge: payments (voided ones excluded) − allocations −
    refunds of the balance."""
    live = Payment.select(Payment.id).where(
        (Payment.unit == unit_id) & Payment.id.not_in(voided_payments())
    )
    paid = Payment.select(fen_sum(Payment.amount)).where(Payment.id.in_(live)).scalar()
    allocated = (
        Allocation.select(fen_sum(Allocation.amount)).where(Allocation.payment.in_(live)).scalar()
    )
    refunded = (
        Refund.select(fen_sum(Refund.amount))
        .where((Refund.unit == unit_id) & Refund.charge.is_null())
        .scalar()
    )
    return from_fen(int(paid) - int(allocated) - int(refunded))


def voided_payments() -> pw.Select:
    return Receipt.select(Receipt.payment).join(ReceiptVoid)


def unit_account(actor: Actor, unit_id: str, on: date | None = None) -> Account:
    require(actor, Cap.BILLING_VIEW)
    return account_of(unit_id, on)


def account_of(unit_id: str, on: date | None = None) -> Account:
    on = on or office_today()
    account = Account(unit_id, credit=unit_credit(unit_id))
    for c in open_charges_query(unit_id):
        outstanding = c.amount - c.settled
        account.charges.append(
            OpenCharge(
                c.id,
                c.item_name,
                c.kind,
                c.period,
                c.due_date,
                c.amount,
                outstanding,
                late_fee(outstanding, c.due_date, on, bool(c.item_late_fee)),
                c.description,
            )
        )
    return account


def owed_now(unit_id: str) -> Decimal:
    """The arrears figure move-out permits and reminders use: charges already due."""
    return account_of(unit_id).owed_by(office_today())


register_arrears_source(owed_now)
