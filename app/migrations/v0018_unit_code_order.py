"""Schema 18: units listed in the order people count them (1-1-101 before 1-1-1001).

Unit codes sort as text, so 1-1-1001 came before 1-1-101. `unit.code_sort` is a virtual
generated column — the code with each of its first three '-'-separated parts zero-padded when
it is a number — with an index, so the archive's unit list pages through it by keyset like any
other column. SQLite computes it: no write path can forget it, and sync never sends it
(generated columns are not in PRAGMA table_info, which the capture triggers are built from).
"""


def _part(text: str) -> str:
    """A code part: zero-padded when it is all digits, else as written."""
    return (
        f"(CASE WHEN ({text}) <> '' AND ({text}) NOT GLOB '*[^0-9]*' "
        f"THEN printf('%08d', CAST(({text}) AS INTEGER)) ELSE ({text}) END)"
    )


def _split(text: str) -> tuple[str, str]:
    """(first part, rest) of `text` at its first '-'."""
    at = f"instr({text}, '-')"
    return (
        f"(CASE WHEN {at} > 0 THEN substr({text}, 1, {at} - 1) ELSE {text} END)",
        f"(CASE WHEN {at} > 0 THEN substr({text}, {at} + 1) ELSE '' END)",
    )


def _natural_key() -> str:
    first, rest = _split('"code"')
    second, third = _split(rest)
    return f"{_part(first)} || '-' || {_part(second)} || '-' || {_part(third)}"


def statements() -> list[str]:
    return [
        f"ALTER TABLE unit ADD COLUMN code_sort TEXT GENERATED ALWAYS AS ({_natural_key()}) VIRTUAL",
        "CREATE INDEX unit_code_sort ON unit (code_sort, id)",  # id: the pages' tie-break
    ]
