"""Moments shown in the office's time zone."""

from __future__ import annotations

from datetime import datetime

from app.clock import to_local
from app.services import settings


def local_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return to_local(moment, settings.get(settings.TIMEZONE)).strftime("%Y-%m-%d %H:%M")


def local_moment(moment: datetime | None) -> str:
    """To the second: for logs, where order within a minute matters."""
    if moment is None:
        return ""
    return to_local(moment, settings.get(settings.TIMEZONE)).strftime("%Y-%m-%d %H:%M:%S")
