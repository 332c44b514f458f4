"""工作台: the office at a glance; figures load in the background."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.money import format_money
from app.services.archive import UnitStatus
from app.services.overview import OfficeOverview, office_overview
from app.services.permissions import Actor, Cap
from ui.labels import unit_status_label
from ui.pages.base import Page
from ui.tasks import run_task


class Tile(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("tile")
        self.value = QLabel("…")
        self.value.setObjectName("tile_value")
        self.value.setStyleSheet("font-size: 26px; font-weight: 600; color: #1565c0;")
        caption_label = QLabel(caption)
        caption_label.setStyleSheet("color: #546e7a;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(caption_label)
        self.setMinimumWidth(150)

    def set_value(self, value: int) -> None:
        self.value.setText(QLocale().toString(value))

    def set_text(self, text: str) -> None:
        self.value.setText(text)


class DashboardPage(Page):
    key, icon_name, capability = "dashboard", "dashboard", Cap.DASHBOARD_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Dashboard")

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18px;")
        self.tiles: dict[str, Tile] = {}
        if actor.can(Cap.BILLING_VIEW):
            self.tiles.update(
                {
                    "receipts_today": Tile(self.tr("Receipts today")),
                    "collected_today": Tile(self.tr("Collected today")),
                    "collection_rate": Tile(self.tr("This month collected")),
                    "arrears": Tile(self.tr("Arrears due")),
                }
            )
        self.tiles.update(
            {
                "units": Tile(self.tr("Units")),
                "buildings": Tile(self.tr("Buildings")),
                "owners": Tile(self.tr("Owners")),
                "vehicles": Tile(self.tr("Vehicles")),
            }
        )
        for status in UnitStatus.ALL:
            self.tiles[status] = Tile(unit_status_label(status))
        grid = QGridLayout()
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 4, i % 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._loading = False

    def on_shown(self) -> None:
        today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        self.heading.setText(self.tr("Today is {date}").format(date=today))
        if self._loading:
            return
        self._loading = True
        actor = self.actor
        run_task(lambda _ctx: office_overview(actor), on_success=self._show, parent=self)

    def _show(self, overview: OfficeOverview) -> None:
        self._loading = False
        for key in ("units", "buildings", "owners", "vehicles"):
            self.tiles[key].set_value(getattr(overview, key))
        for status in UnitStatus.ALL:
            self.tiles[status].set_value(overview.units_by_status.get(status, 0))
        if overview.fees is not None and "arrears" in self.tiles:
            fees = overview.fees
            self.tiles["receipts_today"].set_value(fees.receipts_today)
            self.tiles["collected_today"].set_text(format_money(fees.collected_today))
            rate = fees.collection_rate
            self.tiles["collection_rate"].set_text("—" if rate is None else f"{rate}%")
            self.tiles["arrears"].set_text(format_money(fees.arrears))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignLeft)
