"""Exact decimal quantities stored as scaled integers (areas, meter readings).

Never float: SQLite would store a DECIMAL column with REAL affinity.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import peewee as pw


class ScaledDecimalField(pw.IntegerField):
    def __init__(self, places: int = 2, **kwargs: object) -> None:
        self.places = places
        self._quantum = Decimal(1).scaleb(-places)
        super().__init__(**kwargs)

    def db_value(self, value: object) -> int | None:
        if value is None:
            return None
        if isinstance(value, float | bool):
            raise TypeError(f"{self.name}: use Decimal, not {type(value).__name__}")
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation as exc:
            raise ValueError(f"{self.name}: not a number: {value!r}") from exc
        scaled = number.scaleb(self.places)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{self.name}: more than {self.places} decimals: {value}")
        return int(scaled)

    def python_value(self, value: int | None) -> Decimal | None:
        return (
            None if value is None else Decimal(value).scaleb(-self.places).quantize(self._quantum)
        )
