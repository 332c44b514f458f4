"""系统 → 节假日: the office's own holiday schedule (the State Council's yearly notice), which
overrides chinese-calendar and the weekend rule for complaint deadlines."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import holidays
from app.services.permissions import Actor, Cap
from ui.dialogs.errors import attempt
from ui.models.list_model import ListTableModel
from ui.widgets.table import configure_table


class HolidaysTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.year = QSpinBox()
        self.year.setObjectName("holiday_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(QDate.currentDate().year() + 1)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.status = QLabel()
        self.model = ListTableModel(
            [
                (self.tr("Date"), lambda h: h.day.isoformat()),
                (
                    self.tr("Kind"),
                    lambda h: self.tr("Working day (调休)") if h.is_workday else self.tr("Holiday"),
                ),
                (self.tr("Name"), lambda h: h.name),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("holidays_table")
        configure_table(self.table, self.model)
        self.table.setSortingEnabled(False)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("holiday_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.setObjectName("holiday_kind")
        self.kind.addItem(self.tr("Holiday"), False)
        self.kind.addItem(self.tr("Working day (调休)"), True)
        self.name = QLineEdit()
        self.name.setObjectName("holiday_name")
        self.name.setPlaceholderText(self.tr("e.g. 春节"))
        can = actor.can(Cap.SETTINGS_MANAGE)
        add = QPushButton(self.tr("&Add / change"))
        add.setObjectName("add_holiday")
        add.setEnabled(can)
        add.clicked.connect(self.add_day)
        remove = QPushButton(self.tr("&Remove"))
        remove.setObjectName("remove_holiday")
        remove.setEnabled(can)
        remove.clicked.connect(self.remove_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.status, 1)
        entry = QHBoxLayout()
        for widget in (self.day, self.kind, self.name, add, remove):
            entry.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(entry)

    def refresh(self) -> None:
        year = self.year.value()
        self.model.set_items(holidays.list_holidays(self.actor, year))
        missing = holidays.missing_years(self.actor, [year])
        self.status.setText(
            self.tr(
                "No schedule for {year} yet: deadlines count only weekends and the fixed "
                "holidays. Enter the State Council's notice here."
            ).format(year=year)
            if missing
            else self.tr("The schedule for {year} is known.").format(year=year)
        )

    def add_day(self) -> None:
        if not attempt(
            self,
            lambda: holidays.set_day(
                self.actor, self.day.date().toPython(), self.kind.currentData(), self.name.text()
            ),
        ):
            return
        self.year.setValue(self.day.date().year())
        self.refresh()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        if not attempt(
            self, lambda: holidays.remove_day(self.actor, self.model.item(rows[0].row()).id)
        ):
            return
        self.refresh()
