"""报表: the manager's monthly report — pick a month, preview the PDF, print, export to PDF
or Excel, close the month (月结) or, as administrator, reopen it with a reason. The report is
written in the background; the preview shows the very PDF that prints."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.month_close import MonthState, close_month, month_state, reopen_month
from app.services.permissions import Actor, Cap
from reports.monthly import render_monthly
from ui.pages.base import Page
from ui.tasks import run_task

MONTHS_BACK = 24


def recent_months(today: QDate, count: int = MONTHS_BACK) -> list[str]:
    first = QDate(today.year(), today.month(), 1)
    return [first.addMonths(-k).toString("yyyy-MM") for k in range(count)]


class ReportsPage(Page):
    key, icon_name, capability = "reports", "reports", Cap.REPORT_VIEW

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("pages", "Reports")

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(actor, parent)
        self._folder = tempfile.TemporaryDirectory(prefix="propdesk-report-")
        self.month = QComboBox()
        self.month.setObjectName("report_month")
        self.month.addItems(recent_months(QDate.currentDate()))
        self.month.setCurrentIndex(1)  # last month: the one usually reported and closed
        self.status = QLabel()
        self.status.setObjectName("month_status")
        self.preview_button = QPushButton(self.tr("Preview"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.xlsx_button = QPushButton(self.tr("Export Excel…"))
        self.close_button = QPushButton(self.tr("Close month"))
        self.reopen_button = QPushButton(self.tr("Reopen month"))
        self.close_button.setVisible(actor.can(Cap.MONTH_CLOSE))
        self.reopen_button.setVisible(actor.can(Cap.MONTH_REOPEN))
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("report_preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month)
        for button in (
            self.preview_button,
            self.print_button,
            self.pdf_button,
            self.xlsx_button,
            self.close_button,
            self.reopen_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.month.currentIndexChanged.connect(lambda _i: self.on_shown())
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        self.close_button.clicked.connect(self.close_month)
        self.reopen_button.clicked.connect(self.reopen_month)
        self.preview_path: Path | None = None
        self.state: MonthState | None = None

    def period(self) -> str:
        return self.month.currentText()

    def on_shown(self) -> None:
        actor, period = self.actor, self.period()
        run_task(lambda _ctx: month_state(actor, period), on_success=self._show_state, parent=self)

    def _show_state(self, state: MonthState) -> None:
        if state.period != self.period():
            return
        self.state = state
        if state.closed:
            when = state.closed_at.astimezone().strftime("%Y-%m-%d %H:%M")  # type: ignore[union-attr]
            self.status.setText(
                self.tr(
                    "{month} is closed ({when}, {who}); the report shows the figures "
                    "stored at the close."
                ).format(month=state.period, when=when, who=state.closed_by)
            )
        else:
            self.status.setText(self.tr("{month} is open.").format(month=state.period))
        self.close_button.setEnabled(not state.closed)
        self.reopen_button.setEnabled(state.closed)

    # --- documents --------------------------------------------------------------------

    def _render(self, out: Path, then: object) -> None:
        actor, period = self.actor, self.period()
        run_task(
            lambda _ctx: render_monthly(actor, period, out).path,
            on_success=then,  # type: ignore[arg-type]
            parent=self,
            progress_label=self.tr("Writing the monthly report…"),
            cancellable=False,
        )

    def preview(self) -> None:
        out = Path(self._folder.name) / f"monthly-{self.period()}.pdf"
        self._render(out, self._show_preview)

    def _show_preview(self, path: Path) -> None:
        self.document.close()
        self.document.load(str(path))
        self.preview_path = path

    def print_report(self) -> None:
        from ui.pdf_preview import print_pdf

        title = self.tr("Monthly report {month}").format(month=self.period())
        out = Path(self._folder.name) / f"print-{self.period()}.pdf"
        self._render(out, lambda path: print_pdf(self, path, title))

    def export(self, suffix: str, path: str | None = None) -> None:
        if path is None:
            kind = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Excel (*.xlsx)")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the monthly report"), f"月报-{self.period()}{suffix}", kind
            )
        if not path:
            return
        target = Path(path).with_suffix(suffix)
        self._render(
            target, lambda p: self.status.setText(self.tr("Saved to {path}").format(path=str(p)))
        )

    # --- month close ------------------------------------------------------------------

    def confirm_close(self, period: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Close month"),
            self.tr(
                "Close {month}? Its bills, receipts and stock documents are locked and "
                "the report's figures are stored."
            ).format(month=period),
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_reason(self, period: str) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Reopen month"),
            self.tr("Why is {month} reopened? (kept in the audit log)").format(month=period),
        )
        return text if ok else None

    def close_month(self) -> None:
        period = self.period()
        if not self.confirm_close(period):
            return
        actor = self.actor
        run_task(
            lambda _ctx: close_month(actor, period),
            on_success=lambda _r: self.on_shown(),
            parent=self,
        )

    def reopen_month(self) -> None:
        period = self.period()
        reason = self.ask_reason(period)
        if reason is None:
            return
        actor = self.actor
        run_task(
            lambda _ctx: reopen_month(actor, period, reason),
            on_success=lambda _r: self.on_shown(),
            parent=self,
        )
