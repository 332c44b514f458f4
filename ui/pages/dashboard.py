"""工作台: the office at a glance. Figures load in the background (ui.tasks) from the same
query layer as the monthly report; each figure tile opens the list behind it."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.money import format_money
from app.services.archive import UnitStatus
from app.services.dashboard_figures import DashboardFigures, dashboard_figures
from app.services.overview import OfficeOverview, office_overview
from app.services.permissions import Actor, Cap
from app.services.sync import SyncStatus
from ui.labels import unit_status_label
from ui.pages.base import Page
from ui.sync_texts import status_line
from ui.tasks import run_task

# tile key → the list it opens ("page:view"); tiles without a target don't click.
TARGETS = {
    "receipts_today": "billing:receipts",
    "collected_today": "billing:receipts",
    "collection_rate": "billing:bills",
    "arrears": "billing:arrears",
    "complaints_due": "service:complaints",
    "repairs_awaiting_visit": "service:repairs",
    "low_stock": "dashboard:low_stock",
    "invoice_books_low": "parking:invoice_books",
    "sync_state": "sync:status",
}


LATER_TILES = ("invoice_books_low", "sync_state")  # placed when their figure arrives


class Tile(QFrame):
    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("tile")
        self.value = QLabel("…")
        self.value.setObjectName("tile_value")
        self.value.setStyleSheet("font-size: 26px; font-weight: 600; color: #1565c0;")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #546e7a;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setMinimumWidth(150)
        self.setMinimumHeight(72)

    def make_clickable(self, tip: str) -> None:
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tip)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def set_value(self, value: int) -> None:
        self.value.setText(QLocale().toString(value))

    def set_text(self, text: str) -> None:
        self.value.setText(text)


def sync_tile_text(status: SyncStatus) -> str:
    """Short words for the tile (the status bar's full line is its tooltip)."""
    if status.state == "pending":
        return QCoreApplication.translate("DashboardPage", "{n} to upload").format(
            n=QLocale().toString(status.pending)
        )
    words = {
        "not_configured": QT_TRANSLATE_NOOP("DashboardPage", "Not set up"),
        "synced": QT_TRANSLATE_NOOP("DashboardPage", "Synced"),
        "offline": QT_TRANSLATE_NOOP("DashboardPage", "Offline"),
        "attention": QT_TRANSLATE_NOOP("DashboardPage", "Needs attention"),
    }
    return QCoreApplication.translate("DashboardPage", words.get(status.state, status.state))


def percent_text(rate: object) -> str:
    return "—" if rate is None else f"{float(rate) * 100:.1f}%"  # type: ignore[arg-type]


class DashboardPage(Page):
    key, icon_name, capability = "dashboard", "dashboard", Cap.DASHBOARD_VIEW
    open_list = Signal(str)  # "page:view", e.g. "billing:arrears"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Dashboard")

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18px;")
        self.tiles: dict[str, Tile] = {}
        self._add_work_tiles(actor)
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
        for key, tile in self.tiles.items():
            if key in TARGETS:
                tile.make_clickable(self.tr("Open the list"))
                tile.clicked.connect(lambda k=key: self.open_list.emit(TARGETS[k]))
        self.grid = QGridLayout()
        for key, tile in self.tiles.items():
            if key not in LATER_TILES:
                self._place(tile)
        self.trend_chart = self._chart_view("trend_chart")
        self.category_chart = self._chart_view("category_chart")
        charts = QHBoxLayout()
        charts.addWidget(self.trend_chart, 3)
        charts.addWidget(self.category_chart, 2)
        self.trend_chart.setVisible(actor.can(Cap.BILLING_VIEW))
        self.category_chart.setVisible(actor.can(Cap.SERVICE_VIEW))
        # A new office's first steps, until it has units (links open the pages).
        self.welcome = QLabel(
            self.tr(
                "A new office. First <a href='archive:units'>set up the estate, its buildings "
                "and units</a>, or <a href='archive:owners'>import the whole archive from "
                "Excel</a> (units and owners at once); then "
                "<a href='billing:fee_items'>set the fee items</a>."
            )
        )
        self.welcome.setObjectName("welcome")
        self.welcome.setWordWrap(True)
        self.welcome.setStyleSheet(
            "background: #e3f2fd; border: 1px solid #90caf9; padding: 10px; font-size: 14px;"
        )
        self.welcome.linkActivated.connect(self.open_list)
        self.welcome.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.welcome)
        layout.addLayout(self.grid)
        layout.addLayout(charts, 1)
        self._loading = False
        self.refreshes = 0  # finished refreshes of the tiles, then of the charts (tests wait)
        self.chart_refreshes = 0

    def _add_work_tiles(self, actor: Actor) -> None:
        if actor.can(Cap.BILLING_VIEW):
            self.tiles["receipts_today"] = Tile(self.tr("Receipts today"))
            self.tiles["collected_today"] = Tile(self.tr("Collected today"))
            self.tiles["collection_rate"] = Tile(self.tr("This month's collection rate"))
            self.tiles["arrears"] = Tile(self.tr("Arrears due"))
        if actor.can(Cap.SERVICE_VIEW):
            self.tiles["complaints_due"] = Tile(self.tr("Complaints due today / overdue"))
            self.tiles["repairs_awaiting_visit"] = Tile(self.tr("Repairs awaiting a return visit"))
        if actor.can(Cap.STOCK_VIEW):
            self.tiles["low_stock"] = Tile(self.tr("Low-stock items"))
        # Invoice books running out show once parking gives the figure
        # (app.services.dashboard_figures.INVOICE_BOOKS_SOURCE); sync once its status is read.
        self.tiles["invoice_books_low"] = Tile(self.tr("Invoice books running out"))
        self.tiles["sync_state"] = Tile(self.tr("Sync"))

    def _place(self, tile: Tile) -> None:
        """Next free cell, four tiles a row (hidden tiles take no cell until shown)."""
        index = self.grid.count()
        self.grid.addWidget(tile, index // 4, index % 4)
        tile.setVisible(True)

    def _chart_view(self, name: str) -> QChartView:
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        view = QChartView(chart)
        view.setObjectName(name)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(220)
        return view

    def on_shown(self) -> None:
        today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        self.heading.setText(self.tr("Today is {date}").format(date=today))
        if self._loading:
            return
        self._loading = True
        actor = self.actor
        run_task(
            lambda _ctx: (
                office_overview(actor, with_fees=False),
                dashboard_figures(actor, charts=False),
            ),
            on_success=self._show,
            on_failure=self._failed,
            parent=self,
        )

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        from ui.dialogs.errors import show_error

        show_error(self, error)

    def _show(self, result: tuple[OfficeOverview, DashboardFigures]) -> None:
        overview, figures = result
        self._loading = False
        self.welcome.setVisible(overview.units == 0 and self.actor.can(Cap.ARCHIVE_EDIT))
        for key in ("units", "buildings", "owners", "vehicles"):
            self.tiles[key].set_value(getattr(overview, key))
        for status in UnitStatus.ALL:
            self.tiles[status].set_value(overview.units_by_status.get(status, 0))
        self._show_work(figures)
        self.refreshes += 1
        actor = self.actor
        run_task(
            lambda _ctx: dashboard_figures(actor, charts=True),
            on_success=self._show_charts,
            on_failure=self._failed,
            parent=self,
        )

    def _show_charts(self, figures: DashboardFigures) -> None:
        """The second step of a refresh: the tiles are already there."""
        self._show_work(figures)
        self._show_trend(figures)
        self._show_categories(figures)
        self.chart_refreshes += 1

    def _show_work(self, f: DashboardFigures) -> None:
        if f.receipts_today is not None:
            self.tiles["receipts_today"].set_value(f.receipts_today)
            self.tiles["collected_today"].set_text(format_money(f.collected_today or 0))
            self.tiles["collection_rate"].set_text(percent_text(f.collection_rate))
            self.tiles["arrears"].set_text(format_money(f.arrears or 0))
        if f.complaints_due_today is not None:
            self.tiles["complaints_due"].set_text(
                f"{f.complaints_due_today} / {f.complaints_overdue}"
            )
            self.tiles["repairs_awaiting_visit"].set_value(f.repairs_awaiting_visit or 0)
        if f.low_stock is not None:
            self.tiles["low_stock"].set_value(f.low_stock)
        if f.invoice_books_low is not None:
            self.tiles["invoice_books_low"].set_value(f.invoice_books_low)
            if self.grid.indexOf(self.tiles["invoice_books_low"]) < 0:
                self._place(self.tiles["invoice_books_low"])
        if f.sync is not None:
            self.tiles["sync_state"].set_text(sync_tile_text(f.sync))
            self.tiles["sync_state"].setToolTip(status_line(f.sync))
            if self.grid.indexOf(self.tiles["sync_state"]) < 0:
                self._place(self.tiles["sync_state"])

    def _show_trend(self, f: DashboardFigures) -> None:
        chart = self.trend_chart.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(self.tr("Collection rate, last 12 months (%)"))
        # One line per run of billed months: a month without bills has no rate, and a line
        # drawn across it would invent one.
        runs: list[QLineSeries] = []
        labels = []
        previous = False
        for i, (period, rate) in enumerate(f.trend):
            labels.append(QLocale().monthName(int(period[5:]), QLocale.FormatType.ShortFormat))
            if rate is None:
                previous = False
                continue
            if not previous:
                runs.append(QLineSeries())
                runs[-1].setPointsVisible(True)
                runs[-1].setPen(QPen(QColor("#1565c0"), 2))
            runs[-1].append(i, float(rate) * 100)
            previous = True
        x = QBarCategoryAxis()
        x.append(labels)
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in runs:
            chart.addSeries(series)
            series.attachAxis(x)
            series.attachAxis(y)

    def _show_categories(self, f: DashboardFigures) -> None:
        chart = self.category_chart.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(self.tr("Complaints this month by category"))
        # Horizontal bars: category names (服务态度, 环境卫生…) keep their full width on
        # the left instead of being cut to "服…" under narrow columns. Qt draws the first
        # category at the bottom, so the list goes in reversed to put the largest on top.
        rows = list(reversed(f.complaints_by_category))
        bars = QBarSet(self.tr("Complaints"))
        for _label, count in rows:
            bars.append(count)
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([label for label, _ in rows])
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        top = max([n for _, n in rows] + [1])
        counts.setRange(0, top)
        counts.setTickCount(min(top, 5) + 1)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(counts)
