"""What the warehouse tabs share: labels of the core's codes, quantity text, the selected
row of a table."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTableView

from app.services.stock import DocKind, DocReason

_CODES = {
    DocKind.IN: QT_TRANSLATE_NOOP("stock", "Stock in"),
    DocKind.OUT: QT_TRANSLATE_NOOP("stock", "Stock out"),
    DocReason.PURCHASE: QT_TRANSLATE_NOOP("stock", "Purchase"),
    DocReason.RETURN: QT_TRANSLATE_NOOP("stock", "Returned to store"),
    DocReason.ISSUE: QT_TRANSLATE_NOOP("stock", "Issue"),
    DocReason.REVERSAL: QT_TRANSLATE_NOOP("stock", "Reversal"),
    DocReason.STOCKTAKE: QT_TRANSLATE_NOOP("stock", "Stocktake adjustment"),
    "draft": QT_TRANSLATE_NOOP("stock", "Draft"),
    "posted": QT_TRANSLATE_NOOP("stock", "Posted"),
}

# Departments that draw materials in a property office (data, not UI text: it is printed).
DEPARTMENTS = ("工程部", "保洁部", "秩序部", "绿化部", "客服部", "综合办公室")


def label(code: str) -> str:
    return QCoreApplication.translate("stock", _CODES.get(code, code))


def qty_text(value: Decimal | None) -> str:
    """A quantity without trailing zeros: 20, 2.5, 0.125."""
    if value is None:
        return ""
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def price_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.4f}"


def selected_row(table: QTableView) -> int:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else -1
