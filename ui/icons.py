"""Meaning → qtawesome icon name, in one place (so a theme change is one edit)."""

from __future__ import annotations

from functools import cache

import qtawesome as qta
from PySide6.QtGui import QIcon

ICONS = {
    "dashboard": "mdi6.view-dashboard-outline",
    "archive": "mdi6.home-city-outline",
    "billing": "mdi6.cash-register",
    "parking": "mdi6.car-outline",
    "stock": "mdi6.warehouse",
    "service": "mdi6.face-agent",
    "affairs": "mdi6.clipboard-text-outline",
    "reports": "mdi6.file-chart-outline",
    "sync": "mdi6.cloud-sync-outline",
    "system": "mdi6.cog-outline",
    "search": "mdi6.magnify",
    "user_add": "mdi6.account-plus-outline",
    "user_edit": "mdi6.account-edit-outline",
    "password": "mdi6.lock-reset",
    "logout": "mdi6.logout",
    "lock": "mdi6.lock-outline",
    "refresh": "mdi6.refresh",
    "excel": "mdi6.microsoft-excel",
    "user": "mdi6.account-outline",
    "office": "mdi6.office-building-outline",
    "database": "mdi6.database-outline",
    "info": "mdi6.information-outline",
    "language": "mdi6.translate",
    "history": "mdi6.history",
    "sync_off": "mdi6.cloud-off-outline",
    "warning": "mdi6.alert-circle-outline",
}


@cache
def icon(meaning: str, color: str = "#37474f") -> QIcon:
    return qta.icon(ICONS[meaning], color=color)


def warm_up() -> None:
    """Loads the icon fonts (≈50 ms) while the login dialog waits for the password."""
    for meaning in ICONS:
        icon(meaning)
