"""What a unit owes, for the checks that depend on it (move-out permits, reminders).

The archive doesn't know about bills; the fees module registers a source that sums a unit's
unpaid bills, and anything else that can be owed (parking, deposits) may register its own.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from app.money import from_fen, to_fen

ArrearsSource = Callable[[str], Decimal]

_SOURCES: list[ArrearsSource] = []


def register_arrears_source(source: ArrearsSource) -> None:
    """`source(unit_id)` returns the amount the unit owes (Decimal, two decimals, ≥ 0)."""
    if source not in _SOURCES:
        _SOURCES.append(source)


def unregister_arrears_source(source: ArrearsSource) -> None:
    if source in _SOURCES:
        _SOURCES.remove(source)


def unit_arrears(unit_id: str) -> Decimal:
    total = 0
    for source in _SOURCES:
        owed = to_fen(source(unit_id))  # raises on a third decimal: no silent rounding
        if owed < 0:
            raise ValueError(f"arrears source {source!r} returned a negative amount for {unit_id}")
        total += owed
    return from_fen(total)
