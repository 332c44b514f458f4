"""Field parsing and checks shared by the importer and the edit forms."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from app.validation import (
    InvalidValue,
    check_credit_code,
    check_phone,
    check_resident_id,
    credit_check_char,
    id_check_digit,
    mask_id,
    mask_phone,
    normalize_plate,
    parse_area,
    parse_date,
    to_halfwidth,
)

# GB 11643's own example number, and a unified social credit code with a correct check char.
GOOD_ID = "11010519491231002X"
GOOD_CREDIT = "91350100M000100Y43"


def test_to_halfwidth() -> None:
    assert to_halfwidth("８９．５　ＡＢｃ－") == "89.5 ABc-"
    assert to_halfwidth("张三 1-2-1502") == "张三 1-2-1502"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("89.5", "89.50"),
        ("89.5㎡", "89.50"),
        ("89.50 平方米", "89.50"),
        ("８９.５", "89.50"),
        ("８９．５㎡", "89.50"),
        (" 1,089.5 m² ", "1089.50"),
        ("120平", "120.00"),
        (89.5, "89.50"),
        (120, "120.00"),
        (Decimal("72.35"), "72.35"),
        ("89.500", "89.50"),
    ],
)
def test_parse_area_accepts(value: object, expected: str) -> None:
    assert parse_area(value) == Decimal(expected)
    assert str(parse_area(value)) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("0", "above zero"),
        ("-12.5", "above zero"),
        ("89.555", "two decimals"),
        (89.555, "two decimals"),
        ("abc", "not a number"),
        ("", "not a number"),
        (True, "not a number"),
        ("NaN", "above zero"),
        ("1e9", "larger than"),
    ],
)
def test_parse_area_refuses(value: object, reason: str) -> None:
    with pytest.raises(InvalidValue, match=reason):
        parse_area(value)


@pytest.mark.parametrize(
    "value",
    [
        date(2024, 1, 5),
        datetime(2024, 1, 5, 0, 0),
        "2024-01-05",
        "2024-1-5",
        "2024/1/5",
        "2024.1.5",
        "2024年1月5日",
        "２０２４年１月５日",
        "2024-01-05 00:00:00",
        "20240105",
        20240105,
        45296,  # an Excel serial number without its date format
        45296.0,
    ],
)
def test_parse_date_accepts(value: object) -> None:
    assert parse_date(value) == date(2024, 1, 5)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2024-13-01", "no such day"),
        ("2023年2月30日", "no such day"),
        ("明天", "not a date"),
        ("05/01/2024", "not a date"),
        ("1850-01-01", "year must be"),
        (45296.5, "not a date"),
        (True, "not a date"),
    ],
)
def test_parse_date_refuses(value: object, reason: str) -> None:
    with pytest.raises(InvalidValue, match=reason):
        parse_date(value)


def test_resident_id() -> None:
    assert id_check_digit(GOOD_ID[:17]) == "X"
    assert check_resident_id(GOOD_ID) == GOOD_ID
    assert check_resident_id(" 11010519491231002x ") == GOOD_ID  # lower-case x normalised
    assert check_resident_id("１１０１０５１９４９１２３１００２Ｘ") == GOOD_ID


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("110105194912310021", "check digit should be X"),
        ("11010519491231002", "18 characters, not 17"),
        ("1101051949123100XX", "only digits"),
        ("990105194912310020", "region code"),
        ("110105194913310020", "birth date"),
        ("110105290001010020", "birth date"),  # born in the future
    ],
)
def test_resident_id_refuses(value: str, reason: str) -> None:
    with pytest.raises(InvalidValue, match=reason):
        check_resident_id(value, today=date(2026, 11, 1))


def test_credit_code() -> None:
    assert credit_check_char(GOOD_CREDIT[:17]) == GOOD_CREDIT[17]
    assert check_credit_code(GOOD_CREDIT.lower()) == GOOD_CREDIT
    with pytest.raises(InvalidValue, match="check character should be"):
        check_credit_code(GOOD_CREDIT[:17] + ("0" if GOOD_CREDIT[17] != "0" else "1"))
    with pytest.raises(InvalidValue, match="18 characters"):
        check_credit_code("9135010")
    with pytest.raises(InvalidValue, match="except I, O"):
        check_credit_code("91350100M000100YIO")


def test_demo_numbers_use_these_checks() -> None:
    from app import demo

    assert demo.id_check_digit is id_check_digit
    assert demo.credit_check_char is credit_check_char


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("008613812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        (" 19912345678 ", "19912345678"),
        ("0755-12345678", "0755-12345678"),
        ("075512345678", "0755-12345678"),
        ("(0755) 1234567", "0755-1234567"),
        ("010-87654321", "010-87654321"),
        ("02087654321", "020-87654321"),
        ("0755-12345678-123", "0755-12345678-123"),
        ("0755-12345678 转 8001", "0755-12345678-8001"),
        ("0755-12345678 ext. 12", "0755-12345678-12"),
    ],
)
def test_phone_accepts(value: str, expected: str) -> None:
    assert check_phone(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "1381234567",
        "12812345678",
        "138123456789",
        "12345678",
        "0755-123",
        "abc",
        "",
        "1-800-FLOWERS",
    ],
)
def test_phone_refuses(value: str) -> None:
    with pytest.raises(InvalidValue, match="mobile number"):
        check_phone(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("粤B12345", "粤B12345"),
        ("粤b·12345", "粤B12345"),
        ("粤B 3K7Q2", "粤B3K7Q2"),
        ("粤B.D12345", "粤BD12345"),
        ("京A-12345", "京A12345"),
        ("粤BD12345", "粤BD12345"),
        ("粤Ｂ１２３４５", "粤B12345"),
        ("粤B1234学", "粤B1234学"),
    ],
)
def test_plate_accepts(value: str, expected: str) -> None:
    assert normalize_plate(value) == expected


@pytest.mark.parametrize(
    "value", ["粤B1234", "粤B1234567", "B12345", "粤112345", "粤BI2345", "X粤12345"]
)
def test_plate_refuses(value: str) -> None:
    with pytest.raises(InvalidValue, match="not a plate"):
        normalize_plate(value)


def test_masking() -> None:
    assert mask_id("110105194912310021") == "110***********0021"
    assert mask_id("91350100M000100Y43") == "913***********0Y43"
    assert mask_id("E1234567") == "E12*4567"
    assert mask_id("") == ""
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("0755-12345678") == "0755-****5678"
    assert mask_phone("0755-12345678-123") == "0755-****5678-123"
    assert mask_phone("") == ""


def test_reasons_are_translatable_templates() -> None:
    with pytest.raises(InvalidValue) as caught:
        check_resident_id("110105194912310021")
    assert caught.value.template == "the check digit should be {expected}"
    assert caught.value.params == {"expected": "X"}
    assert isinstance(caught.value, ValueError)
