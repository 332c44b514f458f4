"""Field parsing and checks shared by the Excel importer and the edit forms.

Each function returns the value in its stored form or raises `InvalidValue` (a ValueError)
whose text is a short English reason; `template` and `params` let the UI translate it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from app.clock import local_today
from app.errors import QT_TRANSLATE_NOOP


class InvalidValue(ValueError):
    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


# ---------------------------------------------------------------------------- text

_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def to_halfwidth(text: str) -> str:
    """Full-width ASCII (８９．５, ＡＢＣ, ideographic space) to ordinary ASCII."""
    return text.translate(_HALFWIDTH)


# ---------------------------------------------------------------------------- areas

CENT = Decimal("0.01")
MAX_AREA = Decimal("99999.99")
_AREA_UNITS = re.compile(r"(?:㎡|m²|m2|平方米|平米|平方|平)$", re.IGNORECASE)


def parse_area(value: object) -> Decimal:
    """A floor area in ㎡: positive, at most two decimals ('89.5', '89.5㎡', '89.50 平方米',
    '８９.５', or a number cell)."""
    if isinstance(value, bool):
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "not a number"))
    if isinstance(value, int | float | Decimal):
        text = repr(value) if isinstance(value, float) else str(value)
    else:
        text = _AREA_UNITS.sub("", to_halfwidth(str(value)).strip()).strip().replace(",", "")
    try:
        area = Decimal(text)
    except InvalidOperation:
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "not a number")) from None
    if not area.is_finite() or area <= 0:
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "the area must be above zero"))
    if area != area.quantize(CENT):
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "at most two decimals"))
    if area > MAX_AREA:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("validation", "larger than {maximum} ㎡"), maximum=MAX_AREA
        )
    return area.quantize(CENT)


# ---------------------------------------------------------------------------- dates

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 (Excel's 1900 leap-year bug absorbed)
FIRST_YEAR, LAST_YEAR = 1900, 2100
_DATE_TEXT = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
)


def parse_date(value: object) -> date:
    """A business date: an Excel date cell or serial number, '2024-01-05', '2024/1/5',
    '2024.1.5', '2024年1月5日' or '20240105'."""
    if isinstance(value, datetime):
        return _in_range(value.date())
    if isinstance(value, date):
        return _in_range(value)
    if isinstance(value, bool):
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "not a date"))
    if isinstance(value, int | float) and value == int(value):
        number = int(value)
        if 19000101 <= number <= 21001231:  # typed as yyyymmdd into a number cell
            return _ymd(number // 10000, number // 100 % 100, number % 100)
        if 1 <= number <= 80_000:  # an Excel serial that lost its date format
            return _in_range(EXCEL_EPOCH + timedelta(days=number))
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "not a date"))
    text = to_halfwidth(str(value)).strip()
    if re.fullmatch(r"\d{8}", text):
        return _ymd(int(text[:4]), int(text[4:6]), int(text[6:]))
    match = _DATE_TEXT.fullmatch(text)
    if match is None:
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "not a date (write it like 2024-01-05)"))
    return _ymd(*(int(group) for group in match.groups()))


def _ymd(year: int, month: int, day: int) -> date:
    try:
        parsed = date(year, month, day)
    except ValueError:
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "no such day in the calendar")) from None
    return _in_range(parsed)


def _in_range(day: date) -> date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("validation", "the year must be between {first} and {last}"),
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    return day


# ---------------------------------------------------------------------------- ID numbers

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
# First two digits of a resident ID: provinces, plus 71/81/82 (Taiwan, Hong Kong, Macao)
# and 83 (residence permits of Taiwan residents).
ID_PROVINCES = frozenset(
    str(code)
    for code in (
        *range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47), *range(50, 55),
        *range(61, 66), 71, 81, 82, 83,
    )
)  # fmt: skip
CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_RESIDENT_ID = re.compile(r"\d{17}[\dX]")
_CREDIT_CODE = re.compile(f"[{CREDIT_CHARS}]{{18}}")


def id_check_digit(body: str) -> str:
    """ISO 7064 mod 11-2 check character of the first 17 digits of a resident ID (GB 11643)."""
    return ID_CHECK[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS, strict=True)) % 11]


def org_check_char(code: str) -> str:
    """Check character of an 8-character organisation code (GB 11714)."""
    value = 11 - sum(CREDIT_CHARS.index(c) * w for c, w in zip(code, ORG_WEIGHTS, strict=True)) % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def credit_check_char(body: str) -> str:
    """Check character of the first 17 characters of a unified social credit code (GB 32100)."""
    total = sum(CREDIT_CHARS.index(c) * w for c, w in zip(body, CREDIT_WEIGHTS, strict=True))
    return CREDIT_CHARS[(31 - total % 31) % 31]


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", to_halfwidth(str(text))).upper()


def check_resident_id(text: str, today: date | None = None) -> str:
    """An 18-character resident ID number (居民身份证号码): region, birth date, check digit."""
    number = _compact(text)
    if len(number) != 18:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("validation", "an ID number has 18 characters, not {length}"),
            length=len(number),
        )
    if not _RESIDENT_ID.fullmatch(number):
        raise InvalidValue(
            QT_TRANSLATE_NOOP("validation", "only digits, and X as the last character")
        )
    if number[:2] not in ID_PROVINCES:
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "the region code is not valid"))
    try:
        birth = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        birth = None
    if birth is None or birth.year < FIRST_YEAR or birth > (today or local_today()):
        raise InvalidValue(QT_TRANSLATE_NOOP("validation", "the birth date is not valid"))
    expected = id_check_digit(number[:17])
    if number[17] != expected:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("validation", "the check digit should be {expected}"),
            expected=expected,
        )
    return number


def check_credit_code(text: str) -> str:
    """An 18-character unified social credit code (统一社会信用代码, GB 32100)."""
    code = _compact(text)
    if len(code) != 18:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("validation", "a credit code has 18 characters, not {length}"),
            length=len(code),
        )
    if not _CREDIT_CODE.fullmatch(code):
        raise InvalidValue(
            QT_TRANSLATE_NOOP("validation", "only digits and capital letters except I, O, S, V, Z")
        )
    expected = credit_check_char(code[:17])
    if code[17] != expected:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("validation", "the check character should be {expected}"),
            expected=expected,
        )
    return code


# ---------------------------------------------------------------------------- phones

_MOBILE = re.compile(r"(?:\+?86|0086)?(1[3-9]\d{9})")
_LANDLINE = re.compile(
    r"\(?(0(?:[12]\d|[3-9]\d{2}))\)?-?(\d{7,8})(?:(?:-|转|EXT\.?|X|#)(\d{1,6}))?"
)


def check_phone(text: str) -> str:
    """A mainland mobile ('13812345678', '+86 138-1234-5678') or landline with area code
    ('0755-12345678', '010 87654321 转 123'). Returns '13812345678' or '0755-12345678[-123]'."""
    compact = re.sub(r"[\s()]", "", to_halfwidth(str(text))).upper()
    mobile = _MOBILE.fullmatch(compact.replace("-", ""))
    if mobile:
        return mobile.group(1)
    landline = _LANDLINE.fullmatch(compact.removeprefix("+86").removeprefix("0086"))
    if landline:
        area, number, extension = landline.groups()
        return f"{area}-{number}" + (f"-{extension}" if extension else "")
    raise InvalidValue(
        QT_TRANSLATE_NOOP(
            "validation", "not a mobile number (11 digits) or a landline with its area code"
        )
    )


# ---------------------------------------------------------------------------- plates

PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE = re.compile(
    f"[{PLATE_PROVINCES}][A-HJ-NP-Z](?:[A-HJ-NP-Z0-9]{{4}}[A-HJ-NP-Z0-9挂学警港澳]|[A-HJ-NP-Z0-9]{{6}})"
)


def normalize_plate(text: str) -> str:
    """A licence plate in one spelling: '粤b·12345' → '粤B12345'; new-energy plates have
    six characters after the letter ('粤BD12345')."""
    plate = re.sub(r"[\s.·•・\-]", "", to_halfwidth(str(text))).upper()
    if not _PLATE.fullmatch(plate):
        raise InvalidValue(
            QT_TRANSLATE_NOOP(
                "validation",
                "not a plate: a province character, a letter, then 5 characters (6 for "
                "new-energy cars)",
            )
        )
    return plate


# ---------------------------------------------------------------------------- masking


def mask_id(text: str) -> str:
    """110***********1234: the region's first digits and the last four stay."""
    if not text:
        return ""
    if len(text) < 8:
        return text[0] + "*" * (len(text) - 1)
    return text[:3] + "*" * (len(text) - 7) + text[-4:]


def mask_phone(text: str) -> str:
    """138****5678; a landline keeps its area code and last four digits (0755-****5678)."""
    if not text:
        return ""
    area, dash, rest = text.partition("-")
    if dash and area.startswith("0"):
        number, _, extension = rest.partition("-")
        masked = "*" * max(0, len(number) - 4) + number[-4:]
        return f"{area}-{masked}" + (f"-{extension}" if extension else "")
    if len(text) < 8:
        return text[0] + "*" * (len(text) - 1)
    return text[:3] + "*" * (len(text) - 7) + text[-4:]
