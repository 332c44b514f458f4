"""Moving weighted average cost (移动加权平均), exact to the fen.

The rules, in one place:
- An item's stock VALUE is kept exactly in fen: value = Σ values in − Σ values out.
- A receipt line's value = round_half_up(quantity × unit price) to the fen.
- The average unit cost = value ÷ quantity, rounded half-up to 4 decimals (yuan), worked
  out again after every movement; it is what an issue is priced at, never summed.
- An issue line's value = round_half_up(quantity × average) to the fen, but never more than
  the value on hand; issuing the whole remaining quantity takes the whole remaining value,
  so no fen is left behind on an empty shelf.
- Quantities have up to 3 decimals and never go below zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.money import round_half_up

UNIT_COST = Decimal("0.0001")
ZERO = Decimal("0")


@dataclass(frozen=True)
class Balance:
    qty: Decimal
    value: Decimal  # yuan, two decimals (exact fen)

    @property
    def avg_cost(self) -> Decimal:
        if self.qty <= 0:
            return ZERO.quantize(UNIT_COST)
        return (self.value / self.qty).quantize(UNIT_COST, rounding=ROUND_HALF_UP)

    def receive(self, qty: Decimal, value: Decimal) -> Balance:
        return Balance(self.qty + qty, self.value + value)

    def issue(self, qty: Decimal, value: Decimal) -> Balance:
        return Balance(self.qty - qty, self.value - value)


def receipt_value(qty: Decimal, unit_price: Decimal) -> Decimal:
    return round_half_up(qty * unit_price)


def issue_value(balance: Balance, qty: Decimal, fixed: Decimal | None = None) -> Decimal:
    """What `qty` taken out of `balance` is worth; `fixed` is a reversal's original value."""
    if qty == balance.qty:
        return balance.value
    wanted = round_half_up(qty * balance.avg_cost) if fixed is None else fixed
    return max(ZERO, min(wanted, balance.value))
