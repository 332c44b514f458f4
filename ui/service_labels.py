"""Translated names of the service desk's codes (channels, categories, statuses, payers)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.complaints import Urgency

_CODES = {
    "phone": QT_TRANSLATE_NOOP("service", "Phone"),
    "visit": QT_TRANSLATE_NOOP("service", "Visit"),
    "wechat": QT_TRANSLATE_NOOP("service", "WeChat"),
    "letter": QT_TRANSLATE_NOOP("service", "Letter"),
    "other": QT_TRANSLATE_NOOP("service", "Other"),
    "service": QT_TRANSLATE_NOOP("service", "Service attitude"),
    "repair": QT_TRANSLATE_NOOP("service", "Repairs"),
    "cleaning": QT_TRANSLATE_NOOP("service", "Cleaning"),
    "security": QT_TRANSLATE_NOOP("service", "Security"),
    "fees": QT_TRANSLATE_NOOP("service", "Fees"),
    "noise": QT_TRANSLATE_NOOP("service", "Noise"),
    "parking": QT_TRANSLATE_NOOP("service", "Parking"),
    "greening": QT_TRANSLATE_NOOP("service", "Greenery"),
    "waterproofing": QT_TRANSLATE_NOOP("service", "Waterproofing"),
    "electrical": QT_TRANSLATE_NOOP("service", "Electrical wiring"),
    "plumbing": QT_TRANSLATE_NOOP("service", "Water supply and drainage"),
    "equipment": QT_TRANSLATE_NOOP("service", "Equipment"),
    "fitout": QT_TRANSLATE_NOOP("service", "Fit-out"),
    "heating_cooling": QT_TRANSLATE_NOOP("service", "Heating and cooling"),
    "structure": QT_TRANSLATE_NOOP("service", "Structure"),
    "developer": QT_TRANSLATE_NOOP("service", "Developer"),
    "owner": QT_TRANSLATE_NOOP("service", "Owner"),
    "received": QT_TRANSLATE_NOOP("service", "Received"),
    "dispatched": QT_TRANSLATE_NOOP("service", "Dispatched"),
    "in_progress": QT_TRANSLATE_NOOP("service", "In progress"),
    "completed": QT_TRANSLATE_NOOP("service", "Completed"),
    "visited": QT_TRANSLATE_NOOP("service", "Visited"),
    "closed": QT_TRANSLATE_NOOP("service", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("service", "Cancelled"),
    "valid": QT_TRANSLATE_NOOP("service", "Valid"),
    "invalid": QT_TRANSLATE_NOOP("service", "Invalid"),
    "satisfied": QT_TRANSLATE_NOOP("service", "Satisfied"),
    "dissatisfied": QT_TRANSLATE_NOOP("service", "Dissatisfied"),
    "no_answer": QT_TRANSLATE_NOOP("service", "No answer"),
    "open": QT_TRANSLATE_NOOP("service", "Open"),
    "fire": QT_TRANSLATE_NOOP("service", "Fire"),
    "flood": QT_TRANSLATE_NOOP("service", "Flooding"),
    "outage": QT_TRANSLATE_NOOP("service", "Power or water cut"),
    "lift": QT_TRANSLATE_NOOP("service", "People trapped in a lift"),
    "public_security": QT_TRANSLATE_NOOP("service", "Public security"),
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("service", "Overdue"),
    Urgency.TODAY: QT_TRANSLATE_NOOP("service", "Due today"),
    Urgency.PENDING: QT_TRANSLATE_NOOP("service", "Waiting for feedback"),
    Urgency.ANSWERED: QT_TRANSLATE_NOOP("service", "Answered"),
}

_LOG_KINDS = {
    "register": QT_TRANSLATE_NOOP("service", "Registered"),
    "classify": QT_TRANSLATE_NOOP("service", "Classified"),
    "log": QT_TRANSLATE_NOOP("service", "Handling"),
    "feedback": QT_TRANSLATE_NOOP("service", "Feedback"),
    "report": QT_TRANSLATE_NOOP("service", "Reported to head office"),
    "visit": QT_TRANSLATE_NOOP("service", "Return visit"),
    "close": QT_TRANSLATE_NOOP("service", "Closed"),
    "record": QT_TRANSLATE_NOOP("service", "Recorded"),
    "action": QT_TRANSLATE_NOOP("service", "Action"),
}


def label(code: str) -> str:
    return QCoreApplication.translate("service", _CODES.get(code, code))


def log_label(kind: str) -> str:
    """A handling-log entry's kind (登记, 分类, 处理, 反馈, 上报, 回访, 结案)."""
    return QCoreApplication.translate("service", _LOG_KINDS.get(kind, kind))
