"""Display names of the core's codes (roles, unit types, statuses) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.permissions import ROLE_LABELS

_UNIT_STATUS = {
    "unsold": QT_TRANSLATE_NOOP("labels", "Unsold"),
    "vacant": QT_TRANSLATE_NOOP("labels", "Vacant"),
    "occupied": QT_TRANSLATE_NOOP("labels", "Occupied"),
    "decorating": QT_TRANSLATE_NOOP("labels", "Renovating"),
    "rented": QT_TRANSLATE_NOOP("labels", "Rented"),
}
_UNIT_TYPE = {
    "residential": QT_TRANSLATE_NOOP("labels", "Residential"),
    "shop": QT_TRANSLATE_NOOP("labels", "Shop"),
    "garage": QT_TRANSLATE_NOOP("labels", "Garage"),
    "storage": QT_TRANSLATE_NOOP("labels", "Storage room"),
}


def unit_status_label(code: str) -> str:
    return QCoreApplication.translate("labels", _UNIT_STATUS.get(code, code))


def unit_type_label(code: str) -> str:
    return QCoreApplication.translate("labels", _UNIT_TYPE.get(code, code))


def role_label(code: str) -> str:
    return QCoreApplication.translate("roles", ROLE_LABELS.get(code, code))
