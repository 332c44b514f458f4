"""日结: the current cashier's day — totals by method and fee item, receipts, voids —
the printed 日结单, and the close itself (once a day)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.money import format_money
from app.services.collection import METHOD_NAMES
from app.services.day_close import DayReport, cashier_key, close_day, day_report
from app.services.permissions import Actor, Cap
from reports.daily_cash import render_daily_cash
from ui.dialogs.errors import show_error
from ui.models.list_model import ListTableModel
from ui.widgets.form import ErrorLabel
from ui.widgets.table import configure_table


def _money(value: Decimal) -> str:
    return format_money(value) if value else ""


class DayCloseTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.report: DayReport | None = None
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("day_close_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.dateChanged.connect(lambda _d: self.refresh())
        self.status = QLabel()
        self.status.setObjectName("day_status")
        self.methods = ListTableModel(self._line_columns(self._method_name), self)
        self.items = ListTableModel(self._line_columns(lambda key: key), self)
        self.voids = ListTableModel(
            [
                (self.tr("Receipt"), lambda v: v.number),
                (self.tr("Unit"), lambda v: v.unit_code),
                (self.tr("Amount"), lambda v: format_money(v.amount)),
                (self.tr("Reason"), lambda v: v.reason),
                (self.tr("Voided by"), lambda v: v.voided_by),
            ],
            self,
        )
        self.tables = {}
        for name, model in (("by_method", self.methods), ("by_item", self.items)):
            table = QTableView()
            table.setObjectName(f"day_{name}")
            configure_table(table, model)
            self.tables[name] = table
        self.voids_table = QTableView()
        self.voids_table.setObjectName("day_voids")
        configure_table(self.voids_table, self.voids)
        self.print_button = QPushButton(self.tr("&Print day sheet"))
        self.print_button.setObjectName("print_day_sheet")
        self.print_button.clicked.connect(self.print_sheet)
        self.close_button = QPushButton(self.tr("&Close the day"))
        self.close_button.setObjectName("close_day")
        self.close_button.setVisible(actor.can(Cap.BILLING_DAY_CLOSE))
        self.close_button.clicked.connect(self.confirm_close)
        self.error = ErrorLabel()
        self._layout()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Business date")))
        bar.addWidget(self.date)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        grid = QGridLayout()
        for col, (title, table) in enumerate(
            (
                (self.tr("By payment method"), self.tables["by_method"]),
                (self.tr("By fee item"), self.tables["by_item"]),
            )
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            grid.addWidget(box, 0, col)
        voids_box = QGroupBox(self.tr("Voids"))
        QVBoxLayout(voids_box).addWidget(self.voids_table)
        grid.addWidget(voids_box, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addLayout(grid)

    def _line_columns(self, name) -> list:
        return [
            (self.tr("Item"), lambda line: name(line.key)),
            (self.tr("Collected"), lambda line: _money(line.collected)),
            (self.tr("Voided"), lambda line: _money(line.voided)),
            (self.tr("Refunded"), lambda line: _money(line.refunded)),
            (self.tr("Net"), lambda line: format_money(line.net)),
        ]

    @staticmethod
    def _method_name(key: str) -> str:
        return METHOD_NAMES.get(key, key)

    def day(self) -> date:
        return self.date.date().toPython()

    def refresh(self) -> None:
        self.error.clear_error()
        try:
            self.report = day_report(self.actor, cashier_key(self.actor), self.day())
        except UserError as exc:
            self.error.show_error(exc)
            return
        report = self.report
        self.methods.set_items(report.by_method)
        self.items.set_items(report.by_item)
        self.voids.set_items(report.voids)
        net = sum((line.net for line in report.by_method), Decimal("0.00"))
        text = self.tr("{n} receipts, net {net}").format(
            n=len(report.receipts), net=format_money(net)
        )
        if report.closed_at:
            text = self.tr("Day closed · {text}").format(text=text)
        self.status.setText(text)
        self.close_button.setEnabled(report.closed_at is None)

    def make_sheet(self, out) -> None:
        render_daily_cash(self.actor, self.day(), out, cashier_key(self.actor))

    def print_sheet(self) -> None:
        from ui.pdf_preview import print_document

        def render(path):
            self.make_sheet(path)
            return path

        try:
            print_document(self, render, "daily_cash.pdf", self.tr("Day sheet"))
        except UserError as exc:
            show_error(self, exc)

    def confirm_close(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Close the day"),
            self.tr("Close your day {date}? No more receipts can be issued on it.").format(
                date=self.day().isoformat()
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.close_the_day()

    def close_the_day(self) -> bool:
        try:
            close_day(self.actor, self.day())
        except UserError as exc:
            self.error.show_error(exc)
            return False
        self.refresh()
        return True
