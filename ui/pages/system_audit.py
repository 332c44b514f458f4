"""系统 → 操作日志: the audit trail, newest first, in words (收据作废, not receipt.void), with
the record it names (SJ2026…, 3-2-1502), filtered by days, account, kind, or one record's
number to see everything that happened to it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from app.clock import local_today
from app.services import audit
from app.services.permissions import Actor
from ui.audit_labels import action_label, subject_label
from ui.models.query_table_model import Column, QueryTableModel
from ui.widgets.dates import OptionalDateEdit
from ui.widgets.export_button import ExportButton
from ui.widgets.filter_edit import filter_edit
from ui.widgets.table import configure_table
from ui.widgets.times import local_moment

RECENT_DAYS = 30  # the tab opens on the last month; clear the date to see all


class AuditTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        columns = [
            Column("at", self.tr("When"), audit.AUDIT_SORT["at"], format=local_moment),
            Column("username", self.tr("User"), audit.AUDIT_SORT["username"]),
            Column("action", self.tr("Action"), audit.AUDIT_SORT["action"], format=action_label),
            Column("subject", self.tr("Record"), tooltip=lambda row: row.get("record_id")),
            Column("detail", self.tr("Detail")),
        ]
        self.model = QueryTableModel(
            columns,
            lambda: audit.log_query(actor),
            sort_column=0,
            sort_order=Qt.SortOrder.DescendingOrder,
            parent=self,
        )
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        configure_table(self.table, self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        layout.addWidget(self.table)

    def _filter_bar(self) -> QHBoxLayout:
        self.date_from = OptionalDateEdit(local_today() - timedelta(days=RECENT_DAYS))
        self.date_to = OptionalDateEdit()
        self.user = QComboBox()
        self.user.setObjectName("audit_user")
        self.kind = QComboBox()
        self.kind.setObjectName("audit_kind")
        self.kind.setMinimumContentsLength(8)
        self.reference = filter_edit(
            self, "audit_reference", self.tr("Number or code, e.g. SJ2026000123, 3-2-1502"),
            self.apply,
        )  # fmt: skip
        self.reference.setMinimumWidth(260)
        self.count = QLabel()
        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("From"), self.date_from),
            (self.tr("to"), self.date_to),
            (self.tr("Account"), self.user),
            (self.tr("Kind"), self.kind),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.reference)
        bar.addStretch(1)
        bar.addWidget(self.count)
        self.export_button = ExportButton(self.actor, self.table, self.tr("Audit trail"), self)
        bar.addWidget(self.export_button)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.apply())
        for combo in (self.user, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.apply())
        return bar

    def wanted(self) -> audit.AuditFilter:
        return audit.AuditFilter(
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            username=self.user.currentData() or "",
            subject=self.kind.currentData() or "",
            reference=self.reference.text(),
        )

    def apply(self) -> None:
        wanted = self.wanted()
        self.model.set_filter(lambda query: audit.filter_log(query, wanted))
        self.count.setText(self.tr("{n} entries").format(n=f"{self.model.total_count():,}"))

    def refresh(self) -> None:
        self._fill_choices()
        self.apply()

    def _fill_choices(self) -> None:
        """Accounts and kinds found in the trail, keeping what was chosen."""
        for combo, everything, values, label in (
            (self.user, self.tr("All accounts"), audit.usernames(), str),
            (self.kind, self.tr("All kinds"), audit.subjects(), subject_label),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in sorted(values, key=label):
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
