"""The Excel import wizard (archives, payments or meter readings): pick a file, see every problem at once,
import only a clean file.

1. What the file holds, a button that saves the template, and the file to import.
2. A dry run in a background task: counts per sheet and a table of every problem (sheet,
   row, column, what is wrong), which can be saved to Excel; Back picks a fixed file and
   "Check again" re-reads the same one after it was corrected in Excel.
3. Only after a clean dry run: the import itself (all or nothing), then a summary.
Nothing is written before step 3.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import UserError
from app.importers import archive_book, archives, payments, readings
from app.importers.rows import ImportIssue, ImportReport
from app.services.permissions import Actor
from reports.xlsx_export import INTEGER, XlsxColumn, write_list
from ui.icons import icon
from ui.messages import user_message
from ui.models.list_model import ListTableModel
from ui.tasks import TaskContext, run_task
from ui.widgets.table import configure_table

FOLDER_KEY = "import/last_folder"
OK_STYLE, BAD_STYLE = "color: #2e7d32;", "color: #c62828;"


# --------------------------------------------------------------------------- the two kinds


@dataclass(frozen=True)
class ImportKind:
    write_template: Callable[[Path | str], Path]
    run: Callable[[Actor, Path | str, bool], ImportReport]
    title: str  # texts in the "ImportWizard" context, translated when shown
    intro: str
    template_name: str
    counts: dict[str, str]  # report.counts key → label


KINDS = {
    "archives": ImportKind(
        archives.write_template,
        lambda actor, path, dry_run: archives.import_archives(actor, path, dry_run=dry_run),
        QT_TRANSLATE_NOOP("ImportWizard", "Import the archive from Excel"),
        QT_TRANSLATE_NOOP(
            "ImportWizard",
            "The workbook has one sheet each for units (房屋), owners (业主), residents (住户) "
            "and vehicles (车辆); red headers are required, and every header has a note that "
            "says what to write. Start from the template: its example rows show the format.\n\n"
            "The whole file is checked first and every problem is listed at once, with its "
            "sheet, row and column. Nothing is imported unless every row is right.",
        ),
        QT_TRANSLATE_NOOP("ImportWizard", "archive import template.xlsx"),
        {
            "units": QT_TRANSLATE_NOOP("ImportWizard", "Rows in sheet {sheet}"),
            "owners": QT_TRANSLATE_NOOP("ImportWizard", "Rows in sheet {sheet}"),
            "residents": QT_TRANSLATE_NOOP("ImportWizard", "Rows in sheet {sheet}"),
            "vehicles": QT_TRANSLATE_NOOP("ImportWizard", "Rows in sheet {sheet}"),
            "ownerships": QT_TRANSLATE_NOOP("ImportWizard", "Owners linked to units"),
            "entrances": QT_TRANSLATE_NOOP("ImportWizard", "New entrances"),
        },
    ),
    "payments": ImportKind(
        payments.write_template,
        lambda actor, path, dry_run: payments.import_payments(actor, path, dry_run=dry_run),
        QT_TRANSLATE_NOOP("ImportWizard", "Import payments from Excel"),
        QT_TRANSLATE_NOOP(
            "ImportWizard",
            "One row per bank, WeChat or Alipay payment: unit, amount, method, date and the "
            "transaction reference. Each payment settles the unit's oldest open charges and "
            "gets a numbered receipt; what is left over becomes prepaid credit. A reference "
            "that was already taken in is refused, so the same money is never taken twice.\n\n"
            "The whole file is checked first and every problem is listed at once, with its "
            "row and column. Nothing is taken in unless every row is right.",
        ),
        QT_TRANSLATE_NOOP("ImportWizard", "payment import template.xlsx"),
        {
            "rows": QT_TRANSLATE_NOOP("ImportWizard", "Rows in the file"),
            "payments": QT_TRANSLATE_NOOP("ImportWizard", "Payments"),
            "units": QT_TRANSLATE_NOOP("ImportWizard", "Units paying"),
            "total": QT_TRANSLATE_NOOP("ImportWizard", "Total amount (yuan)"),
            "charges_paid": QT_TRANSLATE_NOOP("ImportWizard", "Charges paid in full"),
            "charges_part_paid": QT_TRANSLATE_NOOP("ImportWizard", "Charges paid in part"),
            "prepaid_rows": QT_TRANSLATE_NOOP("ImportWizard", "Payments leaving prepaid credit"),
            "prepaid": QT_TRANSLATE_NOOP("ImportWizard", "Prepaid credit (yuan)"),
        },
    ),
    "readings": ImportKind(
        readings.write_template,
        lambda actor, path, dry_run: readings.import_readings(actor, path, dry_run=dry_run),
        QT_TRANSLATE_NOOP("ImportWizard", "Import meter readings from Excel"),
        QT_TRANSLATE_NOOP(
            "ImportWizard",
            "One row per meter and month: unit, fee item (水费, 电费), month and the reading. "
            "Usage is this reading minus last month's; a reading below the last one is "
            "refused unless the row says the meter was changed (换表). A month already "
            "billed from its readings can't take a different reading.\n\n"
            "The whole file is checked first and every problem is listed at once, with its "
            "row and column. Nothing is imported unless every row is right.",
        ),
        QT_TRANSLATE_NOOP("ImportWizard", "meter reading import template.xlsx"),
        {
            "rows": QT_TRANSLATE_NOOP("ImportWizard", "Rows in the file"),
            "readings": QT_TRANSLATE_NOOP("ImportWizard", "Readings"),
            "units": QT_TRANSLATE_NOOP("ImportWizard", "Units"),
            "meter_changes": QT_TRANSLATE_NOOP("ImportWizard", "Meter changes"),
        },
    ),
}
_SHEET_NAMES = {sheet.key: sheet.name for sheet in archive_book.SHEETS}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def _translate(context: str, template: str, params: dict[str, object]) -> str:
    text = QCoreApplication.translate(context, template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the problem
        return template.format(**params)


def issue_message(issue: ImportIssue) -> str:
    """The problem of one cell in the user's language (without its location)."""
    params = dict(issue.params)
    if issue.cause is not None and "reason" in params:
        params["reason"] = _translate("validation", issue.cause.template, issue.cause.params)
    return _translate("import", issue.template, params)


def count_lines(kind: ImportKind, counts: dict[str, object]) -> list[tuple[str, str]]:
    lines = []
    for key, value in counts.items():
        label = kind.counts.get(key)
        text = _tr(label).format(sheet=_SHEET_NAMES.get(key, "")) if label else key
        lines.append((text, str(value)))
    return lines


# --------------------------------------------------------------------------- shared widgets


def _problems_model(parent: QWidget) -> ListTableModel:
    return ListTableModel(
        [
            (QCoreApplication.translate("ImportWizard", "Sheet"), lambda i: i.sheet),
            (
                QCoreApplication.translate("ImportWizard", "Row"),
                lambda i: str(i.row) if i.row else "",
            ),
            (QCoreApplication.translate("ImportWizard", "Column"), lambda i: i.column),
            (QCoreApplication.translate("ImportWizard", "Problem"), issue_message),
        ],
        parent,
    )


class CountsBox(QGroupBox):
    """The report's figures, a few pairs to a row so the problem table keeps the room."""

    PAIRS_PER_ROW = 3

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(12)
        self.lines: list[tuple[str, str]] = []

    def show_lines(self, lines: list[tuple[str, str]]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.lines = lines
        for index, (label, value) in enumerate(lines):
            row, pair = divmod(index, self.PAIRS_PER_ROW)
            figure = QLabel(value)
            font = figure.font()
            font.setBold(True)
            figure.setFont(font)
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(QLabel(label), row, 2 * pair)
            self.grid.addWidget(figure, row, 2 * pair + 1)
        for pair in range(self.PAIRS_PER_ROW):
            self.grid.setColumnStretch(2 * pair, 1)


def _last_folder() -> str:
    return str(QSettings().value(FOLDER_KEY, "") or Path.home())


def _remember_folder(path: Path) -> None:
    QSettings().setValue(FOLDER_KEY, str(path.parent))


def _with_suffix(chosen: str) -> Path:
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


# --------------------------------------------------------------------------- 1: the file


class ChooseFilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose the Excel file"))
        intro = QLabel(_tr(wizard.kind.intro))
        intro.setWordWrap(True)
        self.template_button = QPushButton(icon("excel"), self.tr("&Save the template…"))
        self.template_button.setObjectName("save_template")
        self.template_button.clicked.connect(lambda: self.save_template())
        self.file = QLineEdit()
        self.file.setObjectName("import_file")
        self.file.setPlaceholderText(self.tr("The .xlsx file to import"))
        self.file.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("&Choose…"))
        browse.setObjectName("choose_file")
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("File to import:")))
        layout.addLayout(row)
        layout.addStretch(1)

    def path(self) -> Path | None:
        text = self.file.text().strip()
        return Path(text) if text else None

    def isComplete(self) -> bool:
        path = self.path()
        return path is not None and path.suffix.lower() == ".xlsx" and path.is_file()

    def save_template(self, path: Path | str | None = None) -> Path | None:
        """Writes the template to `path`, or to a file the user picks."""
        if path is None:
            suggested = Path(_last_folder()) / _tr(self.wizard_.kind.template_name)
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the template"), str(suggested), _excel_filter()
            )
            if not chosen:
                return None
            path = _with_suffix(chosen)
        path = Path(path)
        try:
            self.wizard_.kind.write_template(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Template"),
                self.tr("The template could not be saved: {error}").format(error=exc),
            )
            return None
        _remember_folder(path)
        if not self.file.text().strip():
            self.file.setText(str(path))  # fill it in Excel, then import this very file
        return path

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the Excel file"), _last_folder(), _excel_filter()
        )
        if chosen:
            self.file.setText(chosen)
            _remember_folder(Path(chosen))


def _excel_filter() -> str:
    return QCoreApplication.translate("ImportWizard", "Excel workbook (*.xlsx)")


# --------------------------------------------------------------------------- 2: the check


class CheckPage(QWizardPage):
    """The dry run and its result; the commit page: Import is the only way on."""

    checked = Signal()  # a check ended (result, failure or cancel)
    errors_saved = Signal(str)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.report: ImportReport | None = None
        self.running = False
        self._generation = 0
        self.setTitle(self.tr("Check the file"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.status = QLabel()
        self.status.setObjectName("check_status")
        self.status.setWordWrap(True)
        self.counts_box = CountsBox(self.tr("What the file holds"))
        self.problems = _problems_model(self)
        self.table = QTableView()
        self.table.setObjectName("import_errors")
        configure_table(self.table, self.problems)
        self.table.setSortingEnabled(False)
        self.save_errors_button = QPushButton(icon("excel"), self.tr("&Save the problem list…"))
        self.save_errors_button.setObjectName("save_errors")
        self.save_errors_button.clicked.connect(lambda: self.save_errors())
        self.again_button = QPushButton(icon("refresh"), self.tr("Check &again"))
        self.again_button.setObjectName("check_again")
        self.again_button.clicked.connect(self.start_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_errors_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.counts_box)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        self.start_check()

    def cleanupPage(self) -> None:
        self._generation += 1  # a check still running answers nobody
        self.running = False
        self._show(None)

    def isComplete(self) -> bool:
        return not self.running and self.report is not None and self.report.ok

    def start_check(self) -> None:
        path = self.wizard_.path()
        if path is None:
            return
        self._generation += 1
        generation, actor, kind = self._generation, self.wizard_.actor, self.wizard_.kind
        self.running = True
        self._show(None)
        self.status.setText(self.tr("Checking {file}…").format(file=path.name))
        self.status.setStyleSheet("")
        self.again_button.setEnabled(False)

        def work(_context: TaskContext) -> ImportReport:
            return kind.run(actor, path, True)

        def answer(handler: Callable[..., None]) -> Callable[..., None]:
            def deliver(*args: object) -> None:
                if generation == self._generation:
                    self.running = False
                    self.again_button.setEnabled(True)
                    handler(*args)
                    self.completeChanged.emit()
                    self.checked.emit()

            return deliver

        run_task(
            work,
            on_success=answer(self._checked),
            on_failure=answer(self._failed),
            on_cancel=answer(self._cancelled),
            parent=self,
            progress_label=self.tr("Checking every row of {file}…").format(file=path.name),
            cancellable=True,
        )

    def _checked(self, report: ImportReport) -> None:
        self._show(report)
        if report.ok:
            self._say(self.tr("No problems found. Press Import to take the file in."), OK_STYLE)
        else:
            self._say(
                self.tr(
                    "{n} problems found; nothing has been imported. Correct them in Excel, "
                    "save the file, then press Check again (or Back to choose another file)."
                ).format(n=len(report.issues)),
                BAD_STYLE,
            )

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            from ui.dialogs.errors import show_error

            show_error(self, error)
            self._say(self.tr("The file could not be checked."), BAD_STYLE)
            return
        self._say(user_message(error), BAD_STYLE)

    def _cancelled(self) -> None:
        self._say(self.tr("The check was cancelled; nothing was imported."), BAD_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)

    def _show(self, report: ImportReport | None) -> None:
        self.report = report
        issues = report.issues if report else []
        self.problems.set_items(issues)
        self.counts_box.setVisible(report is not None)
        self.counts_box.show_lines(count_lines(self.wizard_.kind, report.counts) if report else [])
        self.table.setVisible(bool(issues))
        self.save_errors_button.setEnabled(bool(issues))

    def save_errors(self, path: Path | str | None = None) -> None:
        """Writes the problem list to `path` (or a file the user picks), as the table shows."""
        if not self.report or not self.report.issues:
            return
        if path is None:
            source = self.wizard_.path()
            stem = source.stem if source else "import"
            suggested = Path(_last_folder()) / self.tr("{file} - problems.xlsx").format(file=stem)
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the problem list"), str(suggested), _excel_filter()
            )
            if not chosen:
                return
            path = _with_suffix(chosen)
        target = Path(path)
        columns = [
            XlsxColumn(QCoreApplication.translate("ImportWizard", "Sheet")),
            XlsxColumn(QCoreApplication.translate("ImportWizard", "Row"), INTEGER),
            XlsxColumn(QCoreApplication.translate("ImportWizard", "Column")),
            XlsxColumn(QCoreApplication.translate("ImportWizard", "Problem"), width=90),
        ]
        rows = [(i.sheet, i.row or None, i.column, issue_message(i)) for i in self.report.issues]
        sheet = self.tr("Problems")
        run_task(
            lambda _context: write_list(target, columns, rows, sheet_name=sheet),
            on_success=lambda _count: self.errors_saved.emit(str(target)),
            parent=self,
            progress_label=self.tr("Saving the problem list…"),
        )


# --------------------------------------------------------------------------- 3: the import


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.report: ImportReport | None = None
        self.running = False
        self.setTitle(self.tr("Import"))
        self.setFinalPage(True)
        self.status = QLabel()
        self.status.setObjectName("import_summary")
        self.status.setWordWrap(True)
        self.counts_box = CountsBox(self.tr("Imported"))
        self.problems = _problems_model(self)
        self.table = QTableView()
        self.table.setObjectName("import_refused")
        configure_table(self.table, self.problems)
        self.table.setSortingEnabled(False)
        self.table.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.counts_box)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)

    def initializePage(self) -> None:
        path, actor, kind = self.wizard_.path(), self.wizard_.actor, self.wizard_.kind
        if path is None:
            return
        self.running = True
        self.counts_box.hide()
        self.status.setText(self.tr("Importing {file}…").format(file=path.name))
        run_task(
            lambda _context: kind.run(actor, path, False),
            on_success=self._done,
            on_failure=self._failed,
            parent=self,
            progress_label=self.tr("Importing {file}…").format(file=path.name),
            cancellable=False,  # one transaction: once started it commits or rolls back whole
        )

    def isComplete(self) -> bool:
        return not self.running

    def _finish(self) -> None:
        self.running = False
        self.completeChanged.emit()
        self.wizard_.finished_import.emit(self.report is not None and self.report.written)

    def _done(self, report: ImportReport) -> None:
        self.report = report
        if report.written:
            self.status.setText(self.tr("The file was imported."))
            self.status.setStyleSheet(OK_STYLE)
            self.counts_box.show_lines(count_lines(self.wizard_.kind, report.counts))
            self.counts_box.show()
        else:  # the database changed since the check (another desk): nothing was written
            self.status.setText(
                self.tr(
                    "Nothing was imported: the records changed since the check. The problems "
                    "are listed below; correct the file and import it again."
                )
            )
            self.status.setStyleSheet(BAD_STYLE)
            self.problems.set_items(report.issues)
            self.table.show()
        self._finish()

    def _failed(self, error: BaseException) -> None:
        text = user_message(error) if isinstance(error, UserError) else None
        if text is None:
            from ui.dialogs.errors import show_error

            show_error(self, error)
            text = self.tr("The import stopped; nothing was imported.")
        self.status.setText(text)
        self.status.setStyleSheet(BAD_STYLE)
        self._finish()


# --------------------------------------------------------------------------- the wizard


class ImportWizard(QWizard):
    """`ImportWizard(actor, "archives" | "payments" | "readings", parent)`; exec() it, then look at
    `imported` (True when the file was written) to refresh the lists."""

    finished_import = Signal(bool)

    def __init__(self, actor: Actor, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"unknown import kind: {kind}")
        self.actor = actor
        self.kind_name = kind
        self.kind = KINDS[kind]
        self.setObjectName(f"import_wizard_{kind}")
        self.setWindowTitle(_tr(self.kind.title))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.choose_page = ChooseFilePage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        for page in (self.choose_page, self.check_page, self.import_page):
            self.addPage(page)
        self.resize(820, 560)

    def path(self) -> Path | None:
        return self.choose_page.path()

    @property
    def imported(self) -> bool:
        report = self.import_page.report
        return report is not None and report.written

    def reject(self) -> None:
        if self.import_page.running:
            return  # the import commits or rolls back as a whole; wait for it
        super().reject()
