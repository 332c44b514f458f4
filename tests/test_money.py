"""app.money: exact amounts, formatting, 大写金额 (RULES.md) and the fen column."""

from __future__ import annotations

import ast
import random
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, localcontext
from itertools import combinations
from pathlib import Path

import peewee as pw
import pytest

from app import money
from app.money import (
    MoneyField,
    amount_in_words,
    format_money,
    from_fen,
    round_half_up,
    to_decimal,
    to_fen,
)

# --- amount_in_words: examples ---------------------------------------------------------------

RULES_EXAMPLES = [
    ("1409.50", "壹仟肆佰零玖元伍角整"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
    ("107000.53", "壹拾万柒仟元零伍角叁分"),
    ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    ("532.00", "伍佰叁拾贰元整"),
    # rules stated in the bullets
    ("10.00", "壹拾元整"),
    ("15.00", "壹拾伍元整"),
    ("1010.00", "壹仟零壹拾元整"),
    ("0.50", "伍角整"),
    ("0.05", "伍分"),
    ("0", "零元整"),
]

# Traps the widely copied implementations fall into, plus the 万/亿 boundaries.
EXTRA_EXAMPLES = [
    ("100000", "壹拾万元整"),
    ("100000000", "壹亿元整"),
    ("10", "壹拾元整"),
    ("15", "壹拾伍元整"),
    ("1010", "壹仟零壹拾元整"),
    ("110000", "壹拾壹万元整"),
    ("100010000", "壹亿零壹万元整"),
    ("1000001", "壹佰万零壹元整"),
    ("10000000", "壹仟万元整"),
    ("100001000", "壹亿零壹仟元整"),
    ("110000000", "壹亿壹仟万元整"),
    ("200000000000.00", "贰仟亿元整"),
    ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ("0.5", "伍角整"),
    ("2.3", "贰元叁角整"),
    ("1.05", "壹元零伍分"),
    ("10.5", "壹拾元零伍角整"),
    ("100.05", "壹佰元零伍分"),
    ("10000.5", "壹万元零伍角整"),
    ("1004.56", "壹仟零肆元伍角陆分"),
    ("100100", "壹拾万零壹佰元整"),
    ("100000001", "壹亿零壹元整"),
    ("1000000000", "壹拾亿元整"),
    ("1000001000", "壹拾亿零壹仟元整"),
    ("1010000000", "壹拾亿壹仟万元整"),
    ("101000000", "壹亿零壹佰万元整"),
    ("1", "壹元整"),
    ("0.01", "壹分"),
    ("0.10", "壹角整"),
    ("0.11", "壹角壹分"),
    ("10.01", "壹拾元零壹分"),
    ("20", "贰拾元整"),
    ("1000000.1", "壹佰万元零壹角整"),
    ("1.000", "壹元整"),  # three decimals but exact: nothing to round
]


@pytest.mark.parametrize(("amount", "words"), RULES_EXAMPLES + EXTRA_EXAMPLES)
def test_amount_in_words(amount: str, words: str) -> None:
    assert amount_in_words(amount) == words
    assert amount_in_words(Decimal(amount)) == words


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (100000, "壹拾万元整"),
        (0, "零元整"),
        (Decimal("-0.00"), "零元整"),
        (" ¥1,680.32 ", "壹仟陆佰捌拾元零叁角贰分"),
        ("￥107,000.53", "壹拾万柒仟元零伍角叁分"),
    ],
)
def test_amount_in_words_accepts_int_and_text(value: money.Amount, words: str) -> None:
    assert amount_in_words(value) == words


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        ("-0.01", ValueError, "zero or more"),
        (-1, ValueError, "zero or more"),
        (Decimal("-532.00"), ValueError, "zero or more"),
        ("1.005", ValueError, "more than two decimals"),
        (Decimal("0.001"), ValueError, "more than two decimals"),
        ("999999999999.999", ValueError, "more than two decimals"),
        (10**12, ValueError, "below 1,000,000,000,000"),
        ("1000000000000.00", ValueError, "below 1,000,000,000,000"),
        (Decimal("1E+20"), ValueError, "below 1,000,000,000,000"),
        (1.005, TypeError, "float"),
        (100.0, TypeError, "float"),
        (True, TypeError, "bool"),
        ("一百", ValueError, "not an amount"),
        ("12元", ValueError, "not an amount"),
        ("", ValueError, "empty"),
        (Decimal("NaN"), ValueError, "NaN or Infinity"),
        (None, TypeError, "NoneType"),
    ],
)
def test_amount_in_words_rejects(value: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        amount_in_words(value)  # type: ignore[arg-type]


# --- amount_in_words: properties -------------------------------------------------------------

DIGIT = {char: value for value, char in enumerate("零壹贰叁肆伍陆柒捌玖")}
PLACE = {"拾": 1, "佰": 2, "仟": 3}
GROUP_BASE = {"亿": 8, "万": 4, "元": 0}
FRACTION = {"角": -1, "分": -2}
ALLOWED = set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")


@dataclass(frozen=True)
class Term:
    position: int  # power of ten of the digit in yuan: 仟 = 3, 万 = 4, 角 = -1
    digit: int
    after_zero: bool  # a 零 was written right before it
    group: int | None  # 8, 4, 0 for the 亿, 万 and 元 groups; None for 角 and 分


def read_terms(words: str) -> list[Term]:
    """Splits words into positioned digits, enforcing the order of units."""
    body = words.removesuffix("整")
    terms: list[Term] = []
    pending: list[tuple[int, int, bool]] = []  # (place, digit, after_zero) of the open group
    zero, closed, yuan, i = False, 9, False, 0
    while i < len(body):
        char, unit = body[i], body[i + 1 : i + 2]
        if char == "零":
            if zero:
                raise ValueError("零零")
            zero, i = True, i + 1
            continue
        if char in GROUP_BASE:
            base = GROUP_BASE[char]
            empty = not pending and (base != 0 or not terms)  # only 元 may close an empty group
            if zero or base >= closed or empty:
                raise ValueError(f"misplaced {char}")
            terms += [Term(base + place, digit, z, base) for place, digit, z in pending]
            pending, closed, yuan, i = [], base, base == 0, i + 1
            continue
        if not DIGIT.get(char):
            raise ValueError(f"unexpected {char!r}")
        if unit in FRACTION:
            position = FRACTION[unit]
            integer_open = terms and terms[-1].group is not None and not yuan  # no 元 yet
            if pending or integer_open or (terms and terms[-1].position <= position):
                raise ValueError(f"misplaced {unit}")
            terms.append(Term(position, DIGIT[char], zero, None))
            i += 2
        else:
            place = PLACE.get(unit, 0)
            if pending and place >= pending[-1][0]:
                raise ValueError(f"place out of order at {char}{unit}")
            pending.append((place, DIGIT[char], zero))
            i += 2 if unit in PLACE else 1
        zero = False
    if pending or zero or not terms or (terms[-1].group is not None and not yuan):
        raise ValueError("unfinished amount")
    return terms


def zero_required(prev: Term, term: Term) -> bool:
    """The zero rule restated as gaps between written digits."""
    if term.group is None or prev.group == term.group:
        # Inside a group, or into 角/分: 元 never stands in for a zero (…捌拾元零叁角).
        return prev.position - term.position > 1
    # The 万/亿 that closed prev's group stands in for the zeros ending that group.
    assert prev.group is not None
    return prev.group - term.position > 1


def parse_words(words: str) -> Decimal:
    """Reads 大写 words back to an amount, checking each 零 and the final 整."""
    if words == "零元整":
        return Decimal("0.00")
    terms = read_terms(words)
    for prev, term in zip([None, *terms], terms, strict=False):
        expected = prev is not None and zero_required(prev, term)
        if term.after_zero != expected:
            raise ValueError(f"零 {'missing' if expected else 'not expected'} at {term}")
    if words.endswith("整") == (terms[-1].position == -2):
        raise ValueError("整 must end an amount without 分, and only then")
    fen = sum(term.digit * 10 ** (term.position + 2) for term in terms)
    return Decimal(fen).scaleb(-2)


@pytest.mark.parametrize(("amount", "words"), RULES_EXAMPLES + EXTRA_EXAMPLES)
def test_parser_reads_the_examples(amount: str, words: str) -> None:
    assert parse_words(words) == Decimal(amount)


@pytest.mark.parametrize(
    "words",
    [
        "壹拾万零柒仟元整",  # 零 where the 万 already marks the group's trailing zero
        "壹亿壹仟元整",  # a skipped 万 group needs 零
        "壹仟陆佰捌拾元叁角贰分",  # 元 digit zero needs 零 before 角
        "壹元伍分",  # 角 zero needs 零
        "壹佰贰元整",
        "壹仟零零壹元整",
        "壹亿万元整",
        "壹拾元零角整",
        "零伍分",
        "伍角",
        "伍分整",
        "壹元零整",
        "拾元整",
        "壹万整",
        "壹万伍角整",
        "元整",
        "人民币壹元整",
        "壹佰佰元整",
    ],
)
def test_parser_rejects_non_canonical_words(words: str) -> None:
    with pytest.raises(ValueError):
        parse_words(words)


def word_problem(amount: Decimal) -> str | None:
    words = amount_in_words(amount)
    ending = "分" if amount * 100 % 10 else "整"
    checks = {
        "uses a character outside the allowed set": not set(words) <= ALLOWED,
        f"does not end with {ending}": not words.endswith(ending),
        "contains 零零": "零零" in words,
        "starts with 零": words.startswith("零") and words != "零元整",
        "has 零 before 元/万/亿": words != "零元整" and any(f"零{u}" in words for u in "元万亿"),
    }
    failed = [name for name, bad in checks.items() if bad]
    if failed:
        return f"{amount} → {words}: {', '.join(failed)}"
    try:
        parsed = parse_words(words)
    except ValueError as exc:
        return f"{amount} → {words}: {exc}"
    return None if parsed == amount else f"{amount} → {words} reads back as {parsed}"


def problems(fens: Iterable[int]) -> list[str]:
    found = [word_problem(Decimal(fen).scaleb(-2)) for fen in fens]
    return [problem for problem in found if problem][:10]


MAX_FEN_IN_WORDS = 10**14 - 1


def test_words_properties_every_amount_under_100_yuan() -> None:
    assert problems(range(10_000)) == []


def sparse_fens() -> Iterator[int]:
    """Every amount with one or two non-zero digits, and three 5s anywhere: the zero rules."""
    positions = range(14)
    for position in positions:
        for digit in range(1, 10):
            yield digit * 10**position
    for high, low in combinations(positions, 2):
        for a in range(1, 10):
            for b in range(1, 10):
                yield a * 10**high + b * 10**low
    for places in combinations(positions, 3):
        yield sum(5 * 10**p for p in places)


def test_words_properties_sparse_amounts() -> None:
    assert problems(sparse_fens()) == []


def random_fens(rng: random.Random, count: int) -> Iterator[int]:
    for _ in range(count):
        yield rng.randint(0, MAX_FEN_IN_WORDS)
        # zero-heavy digits of random length: where the 零 rules bite
        length = rng.randint(1, 14)
        yield int(
            "".join(str(rng.randint(1, 9)) if rng.random() < 0.3 else "0" for _ in range(length))
        )


def test_words_properties_random_amounts() -> None:
    fens = [*random_fens(random.Random(20261127), 2500), MAX_FEN_IN_WORDS]
    assert problems(fens) == []


# --- to_decimal ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("1.23"), "1.23"),
        (7, "7"),
        (-7, "-7"),
        ("42", "42"),
        (" 12.5 \n", "12.5"),
        ("1,234.50", "1234.50"),
        ("1,234,567", "1234567"),
        ("¥1,234.50", "1234.50"),
        ("￥8", "8"),
        ("¥ 8.00", "8.00"),
        ("-¥1,234.50", "-1234.50"),
        ("-3.5", "-3.5"),
        ("+3", "3"),
        (".5", "0.5"),
        ("0.0001", "0.0001"),
    ],
)
def test_to_decimal_accepts(value: money.Amount, expected: str) -> None:
    result = to_decimal(value)
    assert isinstance(result, Decimal)
    assert result == Decimal(expected)


@pytest.mark.parametrize("value", [1.5, 0.0, float("nan"), True, False, None, b"1", [1]])
def test_to_decimal_rejects_types(value: object) -> None:
    with pytest.raises(TypeError):
        to_decimal(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("abc", "not an amount"),
        ("1.2.3", "not an amount"),
        ("1,23", "not an amount"),
        ("12,34.5", "not an amount"),
        ("1 000", "not an amount"),
        ("5.", "not an amount"),
        ("1e5", "not an amount"),
        ("NaN", "not an amount"),
        ("Infinity", "not an amount"),
        ("¥", "not an amount"),
        ("--1", "not an amount"),
        ("１２", "not an amount"),  # full-width digits: ask the user to retype
        (Decimal("NaN"), "NaN or Infinity"),
        (Decimal("sNaN"), "NaN or Infinity"),
        (Decimal("Infinity"), "NaN or Infinity"),
        (Decimal("-Infinity"), "NaN or Infinity"),
    ],
)
def test_to_decimal_rejects_values(value: money.Amount, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        to_decimal(value)


# --- to_fen / from_fen ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "fen"),
    [
        ("0.01", 1),
        ("1", 100),
        (1, 100),
        ("1234.5", 123450),
        ("¥1,234.56", 123456),
        (Decimal("1.000"), 100),
        (Decimal("1.2300000"), 123),
        ("-0.10", -10),
        (Decimal("-0"), 0),
        (Decimal("0E-10"), 0),
        (Decimal("0E+30"), 0),
        (Decimal("1E+2"), 10000),
        (10**12, 10**14),
        (Decimal("92233720368547758.07"), 2**63 - 1),
    ],
)
def test_to_fen(value: money.Amount, fen: int) -> None:
    assert to_fen(value) == fen


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1.005", "more than two decimals"),
        (Decimal("0.001"), "more than two decimals"),
        (Decimal("1E-3"), "more than two decimals"),
        (Decimal("1.0000001"), "more than two decimals"),
        (Decimal("-2.345"), "more than two decimals"),
        (Decimal("92233720368547758.08"), "too large"),
        (Decimal("1E+17"), "too large"),
        (Decimal("1E+1000000"), "too large"),
        ("x", "not an amount"),
    ],
)
def test_to_fen_rejects(value: money.Amount, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        to_fen(value)


def test_to_fen_rejects_float() -> None:
    with pytest.raises(TypeError, match="float"):
        to_fen(0.1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fen", "text"),
    [(0, "0.00"), (1, "0.01"), (-5, "-0.05"), (100, "1.00"), (123450, "1234.50")],
)
def test_from_fen_has_two_decimals(fen: int, text: str) -> None:
    assert str(from_fen(fen)) == text


@pytest.mark.parametrize("fen", [1.0, True, "1", Decimal(1), None])
def test_from_fen_rejects_non_int(fen: object) -> None:
    with pytest.raises(TypeError):
        from_fen(fen)  # type: ignore[arg-type]


def test_fen_round_trips() -> None:
    fens = [*range(-1_000, 1_001), 10**14 - 1, -(10**14), 2**63 - 1, -(2**63) + 1]
    assert [to_fen(from_fen(fen)) for fen in fens] == fens
    amounts = [Decimal("0.00"), Decimal("0.01"), Decimal("1234.56"), Decimal("-99.90")]
    assert [from_fen(to_fen(amount)) for amount in amounts] == amounts


# --- round_half_up -------------------------------------------------------------------------


def test_bill_line_product_is_exact() -> None:
    assert Decimal("89.5") * Decimal("2.3500") == Decimal("210.325")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("0.125"), "0.13"),
        (Decimal("2.345"), "2.35"),
        (Decimal("89.5") * Decimal("2.3500"), "210.33"),  # 89.5 ㎡ × 2.3500 元/㎡
        (Decimal("0.124"), "0.12"),
        (Decimal("0.1249999"), "0.12"),
        (Decimal("0.005"), "0.01"),
        (Decimal("0.0049"), "0.00"),
        ("1.005", "1.01"),  # a float would give 1.00
        (Decimal("-0.125"), "-0.13"),  # halves away from zero
        (Decimal("1"), "1.00"),
        (7, "7.00"),
        (Decimal("1.20"), "1.20"),
    ],
)
def test_round_half_up(value: money.Amount, expected: str) -> None:
    assert str(round_half_up(value)) == expected


def test_round_half_up_ignores_caller_precision() -> None:
    with localcontext() as context:
        context.prec = 3
        assert round_half_up(Decimal("12345.675")) == Decimal("12345.68")


@pytest.mark.parametrize(("value", "error"), [(0.125, TypeError), (Decimal("1E+30"), ValueError)])
def test_round_half_up_rejects(value: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        round_half_up(value)  # type: ignore[arg-type]


# --- format_money --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "with_symbol", "without_symbol"),
    [
        (Decimal("1234.5"), "¥1,234.50", "1,234.50"),
        (Decimal("-1234.5"), "-¥1,234.50", "-1,234.50"),
        (0, "¥0.00", "0.00"),
        (Decimal("-0.00"), "¥0.00", "0.00"),
        (Decimal("0.05"), "¥0.05", "0.05"),
        (Decimal("-0.05"), "-¥0.05", "-0.05"),
        (999, "¥999.00", "999.00"),
        (1000, "¥1,000.00", "1,000.00"),
        ("1234567.8", "¥1,234,567.80", "1,234,567.80"),
        (Decimal("999999999999.99"), "¥999,999,999,999.99", "999,999,999,999.99"),
    ],
)
def test_format_money(value: money.Amount, with_symbol: str, without_symbol: str) -> None:
    assert format_money(value) == with_symbol
    assert format_money(value, symbol=False) == without_symbol
    assert to_decimal(with_symbol) == to_decimal(value)


@pytest.mark.parametrize(("value", "error"), [("1.005", ValueError), (1.5, TypeError)])
def test_format_money_never_rounds(value: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        format_money(value)  # type: ignore[arg-type]


# --- MoneyField ----------------------------------------------------------------------------


class Payment(pw.Model):
    amount = MoneyField()
    refund = MoneyField(null=True)


@pytest.fixture
def money_db(tmp_path: Path) -> Iterator[pw.SqliteDatabase]:
    db = pw.SqliteDatabase(str(tmp_path / "m.db"))
    with db.bind_ctx([Payment]):
        db.create_tables([Payment])
        yield db
    db.close()


def stored(db: pw.SqliteDatabase, row_id: int, column: str = "amount") -> tuple[object, str]:
    sql = f"SELECT {column}, typeof({column}) FROM payment WHERE id = ?"
    return db.execute_sql(sql, (row_id,)).fetchone()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("1234.5"), "1234.50"),
        ("¥1,234.56", "1234.56"),
        (7, "7.00"),
        (Decimal("0"), "0.00"),
        ("-12.30", "-12.30"),
        (Decimal("1.000"), "1.00"),
        ("999999999999.99", "999999999999.99"),
        (Decimal("92233720368547758.07"), "92233720368547758.07"),
    ],
)
def test_money_field_round_trip(
    money_db: pw.SqliteDatabase, value: money.Amount, expected: str
) -> None:
    row = Payment.create(amount=value)
    assert stored(money_db, row.id) == (to_fen(expected), "integer")
    amount = Payment.get_by_id(row.id).amount
    assert isinstance(amount, Decimal)
    assert str(amount) == expected


def test_money_field_null(money_db: pw.SqliteDatabase) -> None:
    row = Payment.create(amount="1", refund=None)
    assert stored(money_db, row.id, "refund") == (None, "null")
    assert Payment.get_by_id(row.id).refund is None


def test_money_field_converts_query_values(money_db: pw.SqliteDatabase) -> None:
    for value in ("5", "10.00", "1234.50"):
        Payment.create(amount=value)

    def amounts(query: pw.ModelSelect) -> list[str]:
        return sorted(str(payment.amount) for payment in query)

    assert amounts(Payment.select().where(Payment.amount > Decimal("10"))) == ["1234.50"]
    assert amounts(Payment.select().where(Payment.amount == "1,234.50")) == ["1234.50"]
    assert amounts(Payment.select().where(Payment.amount.in_([5, "10"]))) == ["10.00", "5.00"]
    assert Payment.select(pw.fn.MAX(Payment.amount)).scalar() == Decimal("1234.50")


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (1.5, TypeError, "amount: float"),
        (True, TypeError, "amount: a bool"),
        ("1.005", ValueError, "amount: .*more than two decimals"),
        ("abc", ValueError, "amount: 'abc' is not an amount"),
    ],
)
def test_money_field_rejects(
    money_db: pw.SqliteDatabase, value: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        Payment.create(amount=value)
    assert Payment.select().count() == 0


def test_money_field_refuses_a_real_in_the_column(money_db: pw.SqliteDatabase) -> None:
    money_db.execute_sql("INSERT INTO payment (amount) VALUES (12.5)")
    with pytest.raises(ValueError, match="integer fen"):
        list(Payment.select())


def test_money_field_is_a_64_bit_integer_column() -> None:
    assert isinstance(Payment.amount, pw.IntegerField)
    # SQLite integers are 64-bit anyway; PostgreSQL's INTEGER would not be.
    with pw.PostgresqlDatabase("unused").bind_ctx([Payment]):
        sql, _ = Payment._schema._create_table().query()
    assert '"amount" BIGINT NOT NULL' in sql


# --- the module itself ---------------------------------------------------------------------


def test_money_module_has_no_float_arithmetic() -> None:
    tree = ast.parse(Path(money.__file__).read_text(encoding="utf-8"))
    suspects = [
        node.lineno
        for node in ast.walk(tree)
        if (isinstance(node, ast.Constant) and isinstance(node.value, float))
        or (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div))
        or (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "float")
    ]
    assert suspects == []


def test_money_module_does_not_import_qt() -> None:
    code = "import sys, app.money; assert not any(m.startswith('PySide6') for m in sys.modules)"
    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)
