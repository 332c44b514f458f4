"""账单: generate a month's bills (in the background, with progress and the result)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.money import format_money
from app.services.billing import GenerationResult, generate_bills
from app.services.permissions import Actor, Cap
from ui.tasks import run_task
from ui.widgets.form import ErrorLabel


class BillsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.period = QLineEdit(QDate.currentDate().toString("yyyy-MM"))
        self.period.setObjectName("period")
        self.period.setInputMask("9999-99")
        self.generate = QPushButton(self.tr("&Generate this month's bills"))
        self.generate.setObjectName("generate_bills")
        self.generate.setEnabled(actor.can(Cap.BILLING_GENERATE))
        self.generate.clicked.connect(self.start_generation)
        self.result = QLabel()
        self.result.setObjectName("generation_result")
        self.result.setWordWrap(True)
        self.error = ErrorLabel()
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.period)
        row.addWidget(self.generate)
        row.addStretch(1)
        form.addRow(self.tr("Month"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def refresh(self) -> None:
        pass

    def start_generation(self) -> None:
        period, actor = self.period.text(), self.actor
        self.error.clear_error()
        self.generate.setEnabled(False)
        self.result.setText(self.tr("Generating the bills of {period}…").format(period=period))
        run_task(
            lambda _ctx: generate_bills(actor, period),
            on_success=self.show_result,
            on_failure=self.show_failure,
            parent=self,
            progress_label=self.tr("Generating bills…"),
            cancellable=False,
        )

    def show_result(self, result: GenerationResult) -> None:
        self.generate.setEnabled(True)
        if result.nothing_new:
            text = self.tr(
                "Nothing new: the bills of {period} were already generated ({n} charges)."
            ).format(period=result.period, n=result.already_there)
        else:
            text = self.tr(
                "{period}: {n} new charges, total {total}; {m} were already there."
            ).format(
                period=result.period,
                n=result.created,
                total=format_money(result.total),
                m=result.already_there,
            )
        self.result.setText(text)

    def show_failure(self, exc: BaseException) -> None:
        from app.errors import UserError
        from ui.dialogs.errors import show_error

        self.generate.setEnabled(True)
        self.result.clear()
        if isinstance(exc, UserError):
            self.error.show_error(exc)
        else:
            show_error(self, exc)
