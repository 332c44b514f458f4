"""The 放行条 tab: move-out permits with their status; the gate's exit is logged here, a permit
not used is cancelled with a reason, and any permit can be printed again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.money import format_money, from_fen
from app.services.move_out import (
    PermitStatus,
    cancel_permit,
    list_permits,
    record_exit,
)
from app.services.permissions import Actor, Cap
from app.services.units import unit_codes
from ui.dialogs.errors import attempt
from ui.dialogs.permit_dialog import print_permit
from ui.dialogs.record_tables import fit_columns, record_table
from ui.widgets.table import RIGHT

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


_STATUS = {
    PermitStatus.ISSUED: QT_TRANSLATE_NOOP("PermitsTab", "Issued"),
    PermitStatus.EXITED: QT_TRANSLATE_NOOP("PermitsTab", "Exited"),
    PermitStatus.CANCELLED: QT_TRANSLATE_NOOP("PermitsTab", "Cancelled"),
}


def status_label(status: str) -> str:
    return QCoreApplication.translate("PermitsTab", _STATUS.get(status, status))


class PermitsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName("permits_tab")
        self.status = QComboBox()
        self.status.setObjectName("permit_status_filter")
        for code in (PermitStatus.ISSUED, PermitStatus.EXITED, PermitStatus.CANCELLED):
            self.status.addItem(status_label(code), code)
        self.status.addItem(self.tr("All permits"), None)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.count = QLabel()
        headers = [
            self.tr("Number"),
            self.tr("Unit"),
            self.tr("Applicant"),
            self.tr("Items"),
            self.tr("Plate"),
            self.tr("Planned"),
            self.tr("Status"),
            self.tr("Owed at issue"),
            self.tr("Override by"),
            self.tr("Issued by"),
        ]
        self.table = record_table(headers, "permits_table")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.status)
        bar.addWidget(self.count)
        bar.addStretch(1)
        may_edit = actor.can(Cap.ARCHIVE_EDIT)
        for name, text, slot, shown in (
            ("record_exit", self.tr("Goods &left (gate)…"), self.record_exit_selected, may_edit),
            ("cancel", self.tr("&Cancel permit…"), self.cancel_selected, may_edit),
            ("reprint", self.tr("&Print again…"), self.reprint_selected, True),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, f=slot: f())
            button.setVisible(shown)
            bar.addWidget(button)
            self.buttons[name] = button
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        permits = list_permits(self.actor, status=self.status.currentData())
        codes = unit_codes(self.actor, (p.unit_id for p in permits))
        self.table.setRowCount(len(permits))
        for row, p in enumerate(permits):
            values = [
                p.number,
                codes.get(p.unit_id, ""),
                p.applicant_name,
                p.items.replace("\n", " "),
                p.plate,
                p.planned_date.isoformat(),
                status_label(p.status),
                format_money(from_fen(p.arrears_fen)) if p.arrears_fen else "",
                p.override_by or "",
                p.issued_by,
            ]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, p.id)
                item.setData(STATUS_ROLE, p.status)
                if col == 7:
                    item.setTextAlignment(RIGHT)
                if col == 8 and p.override_reason:
                    item.setToolTip(p.override_reason)
                self.table.setItem(row, col, item)
        fit_columns(self.table)
        self.count.setText(self.tr("{n} permits").format(n=len(permits)))
        self._update_buttons()

    def select_number(self, number: str) -> bool:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == number:
                self.table.selectRow(row)
                return True
        return False

    def _selected(self) -> tuple[str, str, str] | None:
        """(id, number, status) of the selected permit."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(ID_ROLE), item.text(), item.data(STATUS_ROLE)

    def _update_buttons(self) -> None:
        chosen = self._selected()
        issued = chosen is not None and chosen[2] == PermitStatus.ISSUED
        self.buttons["record_exit"].setEnabled(issued)
        self.buttons["cancel"].setEnabled(issued)
        self.buttons["reprint"].setEnabled(chosen is not None)

    def record_exit_selected(self, confirm: bool = True) -> bool:
        chosen = self._selected()
        if chosen is None:
            return False
        permit_id, number, _status = chosen
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Goods left"),
                self.tr(
                    "Record that the goods of permit {number} have left through the gate? "
                    "This can't be undone."
                ).format(number=number),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._change(lambda: record_exit(self.actor, permit_id))

    def cancel_selected(self, reason: str | None = None) -> bool:
        chosen = self._selected()
        if chosen is None:
            return False
        permit_id, number, _status = chosen
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Cancel permit"),
                self.tr("Why is permit {number} cancelled?").format(number=number),
            )
            if not ok:
                return False
        return self._change(lambda: cancel_permit(self.actor, permit_id, reason))

    def _change(self, action: Callable[[], object]) -> bool:
        if not attempt(self, lambda: action()):
            return False
        self.reload()
        return True

    def reprint_selected(self) -> bool:
        chosen = self._selected()
        return chosen is not None and print_permit(self, chosen[0])
