"""档案: the unit list (lazy, sorted and filtered in SQL). Editing arrives with the archives issue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.archive import UNIT_SORT, UnitStatus, count_units, filter_units, units_query
from app.services.permissions import Actor, Cap
from ui.labels import unit_status_label, unit_type_label
from ui.models.query_table_model import Column, QueryTableModel
from ui.pages.base import Page
from ui.tasks import run_task
from ui.widgets.table import RIGHT, configure_table


class ArchivePage(Page):
    key, icon_name, capability = "archive", "archive", Cap.ARCHIVE_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Archives")

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self.search = QLineEdit()
        self.search.setObjectName("unit_filter")
        self.search.setPlaceholderText(self.tr("Unit code or room number, e.g. 3-2-1502"))
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.addItem(self.tr("All statuses"), None)
        for code in UnitStatus.ALL:
            self.status.addItem(unit_status_label(code), code)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setObjectName("units_table")
        self.model = QueryTableModel(self._columns(), lambda: units_query(actor), parent=self)
        configure_table(self.table, self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.status.currentIndexChanged.connect(self.apply_filter)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self._update_count()

    def _columns(self) -> list[Column]:
        return [
            Column("code", self.tr("Unit"), UNIT_SORT["code"]),
            Column("building", self.tr("Building")),
            Column("entrance", self.tr("Entrance")),
            Column("floor", self.tr("Floor"), UNIT_SORT["floor"], RIGHT),
            Column("room_no", self.tr("Room"), UNIT_SORT["room_no"]),
            Column("unit_type", self.tr("Type"), UNIT_SORT["unit_type"], format=unit_type_label),
            Column(
                "gross_area",
                self.tr("Gross area ㎡"),
                UNIT_SORT["gross_area"],
                RIGHT,
                format=lambda v: f"{v:,.2f}",
            ),
            Column("status", self.tr("Status"), UNIT_SORT["status"], format=unit_status_label),
            Column("handover_date", self.tr("Handover"), UNIT_SORT["handover_date"]),
            Column("owner_name", self.tr("Owner")),
        ]

    def show_unit(self, code: str) -> None:
        """Used by the global search: narrow the list to one unit."""
        self.status.setCurrentIndex(0)
        self.search.setText(code)
        self.apply_filter()

    def apply_filter(self) -> None:
        text, status = self.search.text(), self.status.currentData()
        self.model.set_filter(lambda q: filter_units(q, text, status))
        self._update_count()

    def on_shown(self) -> None:
        self.model.refresh()
        self._update_count()

    def _update_count(self) -> None:
        """Counting a large office takes a moment: done in the background, newest wins."""
        self._count_generation = getattr(self, "_count_generation", 0) + 1
        generation, text, status = (
            self._count_generation,
            self.search.text(),
            self.status.currentData(),
        )
        self.count.setText(self.tr("counting…"))
        actor = self.actor

        def show(total: int) -> None:
            if generation == self._count_generation:
                self.count.setText(self.tr("{n} units").format(n=total))

        run_task(lambda _ctx: count_units(actor, text, status), on_success=show, parent=self)
