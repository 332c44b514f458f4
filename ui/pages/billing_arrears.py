"""欠费: units owing with ageing, reminder notices (催缴通知单) and the reminder log."""

from __future__ import annotations

import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.money import format_money
from app.services import reminders
from app.services.arrears_list import ArrearsRow, arrears_by_unit
from app.services.permissions import Actor, Cap
from app.services.structure import estate_tree
from reports.reminder_notices import render_reminder_notices
from ui.dialogs.errors import show_error
from ui.dialogs.form_dialog import FormDialog
from ui.models.list_model import ListTableModel
from ui.tasks import run_task
from ui.widgets.dates import DateEdit
from ui.widgets.export_button import ExportButton
from ui.widgets.table import configure_table


class ReminderDialog(FormDialog):
    """登记催缴: one reminder for each chosen unit."""

    def __init__(
        self, actor: Actor, unit_ids: list[str], on: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.actor, self.unit_ids = actor, unit_ids
        self.setWindowTitle(self.tr("Record reminder"))
        self.channel = self.add_row(self.tr("Channel"), "channel", QComboBox())
        for code, name in reminders.CHANNEL_NAMES.items():
            self.channel.addItem(name, code)
        self.day = self.add_row(self.tr("Date"), "reminder_date", DateEdit(on))
        self.result = self.add_row(self.tr("Result"), "result", QLineEdit())

    def submit(self) -> str:
        day, channel = self.day.date().toPython(), self.channel.currentData()
        ids = [
            reminders.record_reminder(self.actor, unit_id, channel, day, self.result.text()).id
            for unit_id in self.unit_ids
        ]
        return ids[-1]


class ArrearsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.rows: list[ArrearsRow] = []
        self.building = QComboBox()
        self.building.setObjectName("arrears_building")
        self.building.addItem(self.tr("All buildings"), None)
        self.date = DateEdit()
        self.date.setObjectName("arrears_date")
        self.model = ListTableModel(self._columns(), self)
        self.table = QTableView()
        self.table.setObjectName("arrears_table")
        configure_table(self.table, self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.summary = QLabel()
        self.summary.setObjectName("arrears_summary")
        self.notices_button = QPushButton(self.tr("Reminder &notices"))
        self.notices_button.setObjectName("print_notices")
        self.notices_button.clicked.connect(self.print_notices)
        self.remind_button = QPushButton(self.tr("&Record reminder…"))
        self.remind_button.setObjectName("record_reminder")
        self.remind_button.clicked.connect(self.record_reminder)
        for button in (self.notices_button, self.remind_button):
            button.setVisible(actor.can(Cap.BILLING_COLLECT))
        self.export_button = ExportButton(actor, self.table, self.tr("Arrears"), self)
        self._fill_buildings()
        self.building.currentIndexChanged.connect(lambda _i: self.refresh())
        self.date.dateChanged.connect(lambda _d: self.refresh())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Building")))
        bar.addWidget(self.building)
        bar.addWidget(QLabel(self.tr("As of")))
        bar.addWidget(self.date)
        bar.addStretch(1)
        bar.addWidget(self.notices_button)
        bar.addWidget(self.remind_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)

    def _columns(self) -> list:
        def bucket(i: int):
            return lambda r: (
                format_money(r.buckets.as_tuple()[i]) if r.buckets.as_tuple()[i] else ""
            )

        return [
            (self.tr("Unit"), lambda r: r.unit_code),
            (self.tr("Owner"), lambda r: r.owners),
            (self.tr("Phone"), lambda r: r.phone),
            (self.tr("Owed"), lambda r: format_money(r.total)),
            (self.tr("≤30 days"), bucket(0)),
            (self.tr("31–90 days"), bucket(1)),
            (self.tr("91–180 days"), bucket(2)),
            (self.tr(">180 days"), bucket(3)),
            (self.tr("Oldest period"), lambda r: r.oldest_period),
            (self.tr("Last reminder"), self._last_reminder),
        ]

    def _last_reminder(self, row: ArrearsRow) -> str:
        if not row.last_reminder_date:
            return ""
        channel = reminders.CHANNEL_NAMES.get(row.last_reminder_channel, "")
        return f"{row.last_reminder_date.isoformat()} {channel}"

    def _fill_buildings(self) -> None:
        try:
            tree = estate_tree(self.actor)
        except UserError:
            return
        for community in tree:
            for node in community.children:
                self.building.addItem(f"{community.name} {node.name}", node.id)

    def on(self) -> date:
        return self.date.date().toPython()

    def refresh(self) -> None:
        actor, on, building = self.actor, self.on(), self.building.currentData()
        run_task(
            lambda _ctx: arrears_by_unit(actor, on, building_id=building),
            on_success=self.show_rows,
            parent=self,
        )

    def show_rows(self, rows: list[ArrearsRow]) -> None:
        self.rows = list(rows)
        self.model.set_items(self.rows)
        self.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        zero = Decimal("0.00")
        sums = [sum((r.buckets.as_tuple()[i] for r in self.rows), zero) for i in range(4)]
        owed = sum((r.total for r in self.rows), zero)
        return self.tr(
            "{n} units owe {total}: ≤30 days {a}, 31–90 days {b}, 91–180 days {c}, >180 days {d}"
        ).format(
            n=len(self.rows),
            total=format_money(owed),
            a=format_money(sums[0]),
            b=format_money(sums[1]),
            c=format_money(sums[2]),
            d=format_money(sums[3]),
        )

    def selected_unit_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.item(r).unit_id for r in rows]

    def make_notices(self, unit_ids: list[str], out: Path) -> Path:
        """The notices PDF for the units, each logged as a "notice" reminder."""
        on = self.on()
        render_reminder_notices(self.actor, unit_ids, on, out)
        for unit_id in unit_ids:
            reminders.record_reminder(self.actor, unit_id, "notice", on)
        return out

    def print_notices(self) -> None:
        unit_ids = self.selected_unit_ids()
        if not unit_ids:
            return
        from ui.pdf_preview import print_pdf

        with tempfile.TemporaryDirectory(prefix="propdesk-print-") as folder:
            try:
                pdf = self.make_notices(unit_ids, Path(folder) / "reminder_notices.pdf")
            except UserError as exc:
                show_error(self, exc)
                return
            print_pdf(self, pdf, self.tr("Reminder notices"))
        self.refresh()

    def reminder_dialog(self) -> ReminderDialog | None:
        unit_ids = self.selected_unit_ids()
        return ReminderDialog(self.actor, unit_ids, self.on(), self) if unit_ids else None

    def record_reminder(self) -> None:
        dialog = self.reminder_dialog()
        if dialog and dialog.exec():
            self.refresh()
