"""Office configuration that must travel with the data (QSettings keeps per-PC things).

Settings are declared here with their defaults; reading an unknown key is a programming
error, not a silent default.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.ids import new_id
from app.models.system import OfficeSetting
from app.services import audit
from app.services.permissions import Actor, Cap, require


def _text(max_len: int) -> Callable[[str], str]:
    def parse(value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError(QT_TRANSLATE_NOOP("app", "must not be empty"))
        if len(value) > max_len:
            raise ValueError(QT_TRANSLATE_NOOP("app", "is too long"))
        return value

    return parse


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(QT_TRANSLATE_NOOP("app", "is not a known time zone")) from exc
    return value


@dataclass(frozen=True)
class Setting:
    key: str
    default: str
    parse: Callable[[str], str]
    label: str


OFFICE_ID = Setting("office.id", "", str, QT_TRANSLATE_NOOP("app", "Office id"))
OFFICE_NAME = Setting(
    "office.name", "物业服务中心", _text(60), QT_TRANSLATE_NOOP("app", "Office name")
)
TIMEZONE = Setting(
    "office.timezone", "Asia/Shanghai", _timezone, QT_TRANSLATE_NOOP("app", "Time zone")
)


def _choice(*allowed: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        if value not in allowed:
            raise ValueError(QT_TRANSLATE_NOOP("app", "is not one of the allowed values"))
        return value

    return parse


def _int_range(low: int, high: int) -> Callable[[str], str]:
    def parse(value: str) -> str:
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValueError(QT_TRANSLATE_NOOP("app", "must be a whole number")) from None
        if not low <= number <= high:
            raise ValueError(QT_TRANSLATE_NOOP("app", "is out of range"))
        return str(number)

    return parse


def _decimal_text(value: str) -> str:
    from decimal import Decimal, InvalidOperation

    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        raise ValueError(QT_TRANSLATE_NOOP("app", "must be a number")) from None
    if number < 0 or number > 1:
        raise ValueError(QT_TRANSLATE_NOOP("app", "is out of range"))
    return str(number)


# Fees (RULES.md "Property fees")
PRORATE_FIRST_MONTH = Setting(
    "billing.prorate_first_month",
    "days",
    _choice("days", "whole"),
    QT_TRANSLATE_NOOP("app", "First month after handover"),
)
VACANT_RATE_PERCENT = Setting(
    "billing.vacant_rate_percent",
    "70",
    _int_range(0, 100),
    QT_TRANSLATE_NOOP("app", "Vacant-unit rate (%)"),
)
PREPAY_CAP_MONTHS = Setting(
    "billing.prepay_cap_months",
    "12",
    _int_range(0, 60),
    QT_TRANSLATE_NOOP("app", "Prepayment cap (months)"),
)
DUE_DAY = Setting(
    "billing.due_day", "15", _int_range(1, 28), QT_TRANSLATE_NOOP("app", "Due day of the month")
)
LATE_FEE_ENABLED = Setting(
    "billing.late_fee_enabled",
    "no",
    _choice("yes", "no"),
    QT_TRANSLATE_NOOP("app", "Late-payment charge"),
)
LATE_FEE_DAILY_RATE = Setting(
    "billing.late_fee_daily_rate",
    "0.0005",
    _decimal_text,
    QT_TRANSLATE_NOOP("app", "Late-payment charge per day"),
)

# Backups (app/services/backup.py): the newest backup of each of the last N days that have
# one, and of each of the last M months.
BACKUP_KEEP_DAILY = Setting(
    "backup.keep_daily", "30", _int_range(1, 3650), QT_TRANSLATE_NOOP("app", "Daily backups kept")
)
BACKUP_KEEP_MONTHLY = Setting(
    "backup.keep_monthly",
    "12",
    _int_range(0, 1200),
    QT_TRANSLATE_NOOP("app", "Monthly backups kept"),
)
# A new value each time the file is restored from a backup: sync compares it with the one it
# pushed under and stops instead of overwriting head office with older data.
SYNC_GENERATION = Setting(
    "sync.generation_id", "", str, QT_TRANSLATE_NOOP("app", "Database generation")
)

DECLARED = {
    s.key: s
    for s in (
        OFFICE_ID,
        OFFICE_NAME,
        TIMEZONE,
        PRORATE_FIRST_MONTH,
        VACANT_RATE_PERCENT,
        PREPAY_CAP_MONTHS,
        DUE_DAY,
        LATE_FEE_ENABLED,
        LATE_FEE_DAILY_RATE,
        BACKUP_KEEP_DAILY,
        BACKUP_KEEP_MONTHLY,
        SYNC_GENERATION,
    )
}


# What the office may change itself (系统 → 设置, `main.py setting`), in groups, in order.
# The office id and the sync generation are the program's own.
EDITABLE = (
    (QT_TRANSLATE_NOOP("app", "Office"), (OFFICE_NAME, TIMEZONE)),
    (
        QT_TRANSLATE_NOOP("app", "Fee rules"),
        (
            DUE_DAY,
            PRORATE_FIRST_MONTH,
            VACANT_RATE_PERCENT,
            PREPAY_CAP_MONTHS,
            LATE_FEE_ENABLED,
            LATE_FEE_DAILY_RATE,
        ),
    ),
    (QT_TRANSLATE_NOOP("app", "Backups"), (BACKUP_KEEP_DAILY, BACKUP_KEEP_MONTHLY)),
)
EDITABLE_KEYS = {s.key: s for _group, group_settings in EDITABLE for s in group_settings}
# The settings that take one of a few values, and those values (the screens name them).
CHOICES = {PRORATE_FIRST_MONTH.key: ("days", "whole"), LATE_FEE_ENABLED.key: ("yes", "no")}
# Time zones an office in the trade may keep (any IANA name is accepted).
COMMON_TIMEZONES = ("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei")


def editable_values() -> dict[str, str]:
    return {key: get(setting) for key, setting in EDITABLE_KEYS.items()}


def save_settings(actor: Actor, values: dict[str, str]) -> dict[str, str]:
    """Checks every value first and saves the changed ones in one transaction (each change
    audited): a refused value saves none. Returns what changed."""
    require(actor, Cap.SETTINGS_MANAGE)
    parsed = {}
    for key, value in values.items():
        setting = EDITABLE_KEYS.get(key)
        if setting is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("app", "Setting {key}: there is no such setting to change."),
                field=key,
                key=key,
            )
        parsed[key] = _parsed(setting, value)
    current = editable_values()
    changed = {key: value for key, value in parsed.items() if current[key] != value}
    with transaction():
        for key, value in changed.items():
            _store(actor, EDITABLE_KEYS[key], current[key], value)
    return changed


def _parsed(setting: Setting, value: str) -> str:
    try:
        return setting.parse(value)
    except ValueError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "{label}: {problem}."),
            field=setting.key,
            label=setting.label,
            problem=str(exc),
        ) from exc


def _store(actor: Actor, setting: Setting, before: str, value: str) -> None:
    OfficeSetting.insert(key=setting.key, value=value).on_conflict_replace().execute()
    audit.record(
        actor,
        "setting.change",
        table="office_setting",
        record_id=setting.key,
        before={"value": before},
        after={"value": value},
    )


def get(setting: Setting) -> str:
    row = OfficeSetting.get_or_none(OfficeSetting.key == setting.key)
    return row.value if row else setting.default


def set_value(actor: Actor, setting: Setting, value: str) -> str:
    require(actor, Cap.SETTINGS_MANAGE)
    parsed = _parsed(setting, value)
    with transaction():
        _store(actor, setting, get(setting), parsed)
    return parsed


def ensure_office_identity() -> str:
    """Gives a new database its permanent office id (sync keys every row on it)."""
    with transaction():
        office_id = get(OFFICE_ID)
        if not office_id:
            office_id = new_id()
            OfficeSetting.create(key=OFFICE_ID.key, value=office_id)
    return office_id
