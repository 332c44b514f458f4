"""Schema 18: units listed in the order people count them (1-1-101 before 1-1-1001).

`unit.code_sort` holds the code with each of its first three '-'-separated parts zero-padded
when it is all digits (app/unit_order.py keeps every later write to the same rule), with an
index on (code_sort, id) so the unit list pages through it by keyset. A stored column: a
virtual generated one made `quick_check` three times slower. The backfill bumps row_version
itself, so the row-version trigger stays out of it and sync sends each unit once.
"""


def _part(text: str) -> str:
    """A code part: zero-padded to 8 when it is all digits, else as written."""
    return (
        f"(CASE WHEN ({text}) <> '' AND ({text}) NOT GLOB '*[^0-9]*' "
        f"THEN substr('00000000' || ({text}), -max(8, length({text}))) ELSE ({text}) END)"
    )


def _split(text: str) -> tuple[str, str]:
    """(first part, rest) of `text` at its first '-'."""
    at = f"instr({text}, '-')"
    return (
        f"(CASE WHEN {at} > 0 THEN substr({text}, 1, {at} - 1) ELSE {text} END)",
        f"(CASE WHEN {at} > 0 THEN substr({text}, {at} + 1) ELSE '' END)",
    )


def _key() -> str:
    first, rest = _split('"code"')
    second, third = _split(rest)
    return f"{_part(first)} || '-' || {_part(second)} || '-' || {_part(third)}"


def statements() -> list[str]:
    return [
        "ALTER TABLE unit ADD COLUMN code_sort TEXT NOT NULL DEFAULT ''",
        f"UPDATE unit SET code_sort = {_key()}, row_version = row_version + 1, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
        "CREATE INDEX unit_code_sort ON unit (code_sort, id)",
    ]
