"""Display names of the core's codes (roles, unit types, statuses, owner kinds, ID types,
relations, genders) in the user's language."""

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
_ID_TYPE = {
    "resident_id": QT_TRANSLATE_NOOP("labels", "Resident ID card"),
    "passport": QT_TRANSLATE_NOOP("labels", "Passport"),
    "hk_macao": QT_TRANSLATE_NOOP("labels", "Hong Kong/Macao travel permit"),
    "taiwan": QT_TRANSLATE_NOOP("labels", "Taiwan travel permit"),
    "credit_code": QT_TRANSLATE_NOOP("labels", "Unified social credit code"),
    "other": QT_TRANSLATE_NOOP("labels", "Other document"),
}
_GENDER = {
    "": QT_TRANSLATE_NOOP("labels", "Not given"),
    "M": QT_TRANSLATE_NOOP("labels", "Male"),
    "F": QT_TRANSLATE_NOOP("labels", "Female"),
}
GENDERS = tuple(_GENDER)


def unit_status_label(code: str) -> str:
    return QCoreApplication.translate("labels", _UNIT_STATUS.get(code, code))


def unit_type_label(code: str) -> str:
    return QCoreApplication.translate("labels", _UNIT_TYPE.get(code, code))


def role_label(code: str) -> str:
    return QCoreApplication.translate("roles", ROLE_LABELS.get(code, code))


_OWNER_KIND = {
    "person": QT_TRANSLATE_NOOP("labels", "Person"),
    "company": QT_TRANSLATE_NOOP("labels", "Company"),
}


def owner_kind_label(code: str) -> str:
    return QCoreApplication.translate("labels", _OWNER_KIND.get(code, code))


_RELATION = {
    "family": QT_TRANSLATE_NOOP("labels", "Family"),
    "tenant": QT_TRANSLATE_NOOP("labels", "Tenant"),
}


def relation_label(code: str) -> str:
    return QCoreApplication.translate("labels", _RELATION.get(code, code))


def id_type_label(code: str) -> str:
    return QCoreApplication.translate("labels", _ID_TYPE.get(code, code))


def gender_label(code: str) -> str:
    return QCoreApplication.translate("labels", _GENDER.get(code, code))


_FEE_KIND = {
    "area": QT_TRANSLATE_NOOP("labels", "By area"),
    "fixed": QT_TRANSLATE_NOOP("labels", "Fixed per unit"),
    "metered": QT_TRANSLATE_NOOP("labels", "Metered"),
    "shared": QT_TRANSLATE_NOOP("labels", "Shared by area"),
    "parking": QT_TRANSLATE_NOOP("labels", "Parking space"),
    "one_off": QT_TRANSLATE_NOOP("labels", "One-off"),
    "deposit": QT_TRANSLATE_NOOP("labels", "Deposit"),
}


def fee_kind_label(code: str) -> str:
    return QCoreApplication.translate("labels", _FEE_KIND.get(code, code))
