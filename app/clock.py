"""Instants are UTC; business dates are local dates in the office's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = "Asia/Shanghai"
_ISO_FORMAT = "%Y-%m-%dT%H:%M:%S"


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_utc_text(moment: datetime) -> str:
    """Fixed-width UTC text with milliseconds, the same shape SQLite's strftime('%f') gives."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: instants must carry a time zone")
    moment = moment.astimezone(UTC)
    return f"{moment.strftime(_ISO_FORMAT)}.{moment.microsecond // 1000:03d}Z"


def from_utc_text(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def local_today(timezone: str = DEFAULT_TIMEZONE) -> date:
    return datetime.now(ZoneInfo(timezone)).date()


def to_local(moment: datetime, timezone: str = DEFAULT_TIMEZONE) -> datetime:
    return moment.astimezone(ZoneInfo(timezone))
