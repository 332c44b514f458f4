"""The order people count units in: 1-1-101 before 1-1-1001.

Unit codes are building-entrance-room text, so as text 1-1-1001 sorts before 1-1-101. The unit
list sorts by `unit.code_sort` instead: the code's first three '-'-separated parts, each
zero-padded when it is all digits. The same rule is SQL in schema 18 (its backfill); this is
what every write of a unit stores.
"""

from __future__ import annotations

WIDTH = 8


def code_sort_key(code: str) -> str:
    first, _, rest = code.partition("-")
    second, _, third = rest.partition("-")
    return "-".join(_padded(part) for part in (first, second, third))


def _padded(part: str) -> str:
    return part.zfill(WIDTH) if part.isascii() and part.isdigit() else part
