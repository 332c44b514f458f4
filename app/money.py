"""Money: integer fen in storage, Decimal yuan in Python, 大写金额 on receipts.

Never float: a binary fraction can't hold 0.10 exactly, and a receipt must agree to the fen.
Nothing here rounds silently; bill lines are rounded on purpose with `round_half_up`.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import TypeAlias

from peewee import IntegerField

Amount: TypeAlias = Decimal | int | str

CENT = Decimal("0.01")
# amount_in_words knows the units up to 仟亿; 万亿 would need a unit the rules don't define.
WORDS_LIMIT = Decimal(10**12)
_MAX_FEN = 2**63 - 1  # SQLite and PostgreSQL BIGINT are signed 64-bit
_MAX_ADJUSTED = 16  # 1e17 yuan is already beyond _MAX_FEN; checked before building big ints
# Our own context, so a caller's lowered precision can't change a bill line.
_CONTEXT = Context(prec=40)

_AMOUNT_TEXT = re.compile(
    r"(?P<sign>[+-]?)[¥￥]?\s*"
    r"(?P<number>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)"
)

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("仟", "佰", "拾", "")  # inside a four-digit group, most significant first
_GROUPS = ((10**8, "亿"), (10**4, "万"), (1, ""))


def to_decimal(value: Amount) -> Decimal:
    """A finite Decimal from a Decimal, an int or text such as ' ¥1,234.50 '."""
    # bool is an int subclass: True would quietly become one yuan.
    if isinstance(value, bool):
        raise TypeError(f"a bool ({value}) is not an amount")
    if isinstance(value, float):
        raise TypeError(f"float {value!r} is not accepted for money; pass a Decimal, int or str")
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, str):
        amount = _parse_text(value)
    else:
        raise TypeError(f"{type(value).__name__} is not an amount; pass a Decimal, int or str")
    if not amount.is_finite():
        raise ValueError(f"{value!r} is not a finite amount (NaN or Infinity)")
    return amount


def _parse_text(text: str) -> Decimal:
    stripped = text.strip()
    if not stripped:
        raise ValueError("an empty string is not an amount")
    match = _AMOUNT_TEXT.fullmatch(stripped)
    if match is None:
        raise ValueError(f"{text!r} is not an amount; expected digits such as '1,234.50'")
    return Decimal(match["sign"] + match["number"].replace(",", ""))


def _check_magnitude(amount: Decimal) -> None:
    if not amount.is_zero() and amount.adjusted() > _MAX_ADJUSTED:
        raise ValueError(f"amount {amount} is too large")


def to_fen(value: Amount) -> int:
    """Yuan to integer fen; more than two (non-zero) decimals is an error, never rounded."""
    amount = to_decimal(value)
    _check_magnitude(amount)
    sign, digits, exponent = amount.as_tuple()
    assert isinstance(exponent, int)  # to_decimal let only finite numbers through
    extra = -exponent - 2  # digits below the fen
    if extra > 0:
        if any(digits[-extra:]):
            raise ValueError(
                f"amount {amount} has more than two decimals; "
                "round it on purpose with round_half_up() first"
            )
        digits, exponent = digits[:-extra] or (0,), -2
    fen = int("".join(map(str, digits))) * 10 ** (exponent + 2)
    if fen > _MAX_FEN:
        raise ValueError(f"amount {amount} is too large")
    return -fen if sign else fen


def from_fen(fen: int) -> Decimal:
    """Integer fen to Decimal yuan with exactly two decimals."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"fen must be an int, not {type(fen).__name__}")
    return Decimal(f"{fen}E-2")  # exact whatever the context precision


def round_half_up(value: Amount) -> Decimal:
    """Round to the fen, halves away from zero (四舍五入): 210.325 → 210.33, -0.125 → -0.13."""
    amount = to_decimal(value)
    _check_magnitude(amount)
    return amount.quantize(CENT, rounding=ROUND_HALF_UP, context=_CONTEXT)


def format_money(value: Amount, symbol: bool = True) -> str:
    """'¥1,234.50', '-¥1,234.50', or '1,234.50' without the symbol."""
    fen = to_fen(value)
    yuan, cents = divmod(abs(fen), 100)
    sign = "-" if fen < 0 else ""
    return f"{sign}{'¥' if symbol else ''}{yuan:,}.{cents:02d}"


def amount_in_words(value: Amount) -> str:
    """大写金额 per RULES.md: 1680.32 → 壹仟陆佰捌拾元零叁角贰分; no 人民币 prefix."""
    fen = _words_fen(value)
    if fen == 0:
        return "零元整"
    yuan, jiao, fen_digit = fen // 100, fen // 10 % 10, fen % 10
    words = [_integer_words(yuan) + "元"] if yuan else []
    if jiao:
        if yuan and yuan % 10 == 0:
            words.append("零")  # 元 digit zero: 1680.32 → …捌拾元零叁角贰分
        words.append(_DIGITS[jiao] + "角")
    if fen_digit:
        if yuan and not jiao:
            words.append("零")  # 325.04 → …伍元零肆分
        words.append(_DIGITS[fen_digit] + "分")
    else:
        words.append("整")
    return "".join(words)


def _words_fen(value: Amount) -> int:
    amount = to_decimal(value)
    if amount < 0:
        raise ValueError(f"amount in words needs an amount of zero or more, not {amount}")
    if amount >= WORDS_LIMIT:
        raise ValueError(f"amount in words needs an amount below 1,000,000,000,000, not {amount}")
    return to_fen(amount)


def _integer_words(yuan: int) -> str:
    words: list[str] = []
    skipped = False  # a whole group of zeros since the last written group
    for size, unit in _GROUPS:
        group = yuan // size % 10_000
        if group == 0:
            skipped = bool(words)
            continue
        # The unit 万/亿 written after the previous group stands for that group's trailing
        # zeros (107000 → 壹拾万柒仟), so 零 marks only a leading zero of this group or a
        # skipped group, whose unit isn't written (100001000 → 壹亿零壹仟).
        if words and (skipped or group < 1000):
            words.append("零")
        words.append(_group_words(group) + unit)
        skipped = False
    return "".join(words)


def _group_words(group: int) -> str:
    """1..9999; interior zeros once as 零, leading and trailing zeros write nothing."""
    words: list[str] = []
    gap = False
    for digit, place in zip(f"{group:04d}", _PLACES, strict=True):
        if digit == "0":
            gap = bool(words)
            continue
        if gap:
            words.append("零")
        words.append(_DIGITS[int(digit)] + place)
        gap = False
    return "".join(words)


class MoneyField(IntegerField):
    """Integer fen in the database, Decimal yuan (two decimals) in Python.

    peewee converts the right-hand side of `field <op> value` with db_value, so
    `Bill.amount > Decimal("10")` compares with 1000 fen — and `Bill.amount * 2` would multiply
    by 200: write `Bill.amount * Value(2, converter=False)`.
    """

    field_type = "BIGINT"  # PostgreSQL INTEGER is 32-bit: it would cap amounts near 2,147万 yuan

    def db_value(self, value: Amount | None) -> int | None:
        if value is None:
            return None
        try:
            return to_fen(value)
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"{self.name}: {exc}") from exc

    def python_value(self, value: object) -> Decimal | None:
        if value is None:
            return None
        # PostgreSQL returns SUM(bigint) as numeric.
        if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
            value = int(value)
        # ValueError, not TypeError: the data is wrong, and list(query) swallows a TypeError.
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{self.name}: expected integer fen from the database, got {value!r}")
        return from_fen(value)
