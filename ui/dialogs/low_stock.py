"""Low-stock items (below their minimum), opened from the 工作台's tile while the warehouse
page is not in this version; rows come from app.services.stock.low_stock."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.permissions import Actor
from app.services.stock import LowStockRow, low_stock
from ui.tasks import run_task


class LowStockDialog(QDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("low_stock_dialog")
        self.setWindowTitle(self.tr("Low-stock items"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Unit"),
                self.tr("On hand"),
                self.tr("Minimum"),
                self.tr("Suggested order"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 360)
        run_task(lambda _ctx: low_stock(actor), on_success=self._fill, parent=self)

    def _fill(self, rows: list[LowStockRow]) -> None:
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (
                row.item.code,
                row.item.name,
                row.item.uom,
                f"{row.qty}",
                f"{row.min_qty}",
                f"{row.suggested}",
            )
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
