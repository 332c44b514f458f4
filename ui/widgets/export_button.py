"""导出 Excel: any list to .xlsx as the screen shows it.

Every row matching the list's filter is written, not only the pages the view has loaded,
in the list's order, with the visible columns' titles and the display texts (masked phones,
translated labels), so the file says what the screen says. Reading and writing run in a
background task with a progress dialog that can be cancelled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QSettings,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QMessageBox,
    QTableView,
    QToolButton,
    QWidget,
)

from app.clock import local_today
from app.errors import UserError
from app.services.permissions import Actor
from reports.xlsx_export import XlsxColumn, write_list
from ui.icons import icon
from ui.models.query_table_model import QueryTableModel, RowSnapshot
from ui.tasks import Cancelled, Task, TaskContext, run_task

log = logging.getLogger(__name__)

LAST_FOLDER_KEY = "export/last_folder"
BATCH = 1000
PROGRESS_EVERY = 500


@dataclass(frozen=True)
class ListShape:
    """What a list shows: its model and visible columns (in screen order) with titles."""

    model: QAbstractItemModel
    sections: tuple[int, ...]
    titles: tuple[str, ...]


def list_shape(source: QTableView | QAbstractItemModel) -> ListShape:
    """The visible columns of a table view in the order the user sees them (hidden ones
    left out, moved ones where they were moved), or every column of a bare model."""
    if isinstance(source, QTableView):
        model, header = source.model(), source.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        sections = tuple(s for s in logical if not header.isSectionHidden(s))
    else:
        model = source
        sections = tuple(range(model.columnCount()))
    titles = tuple(
        str(model.headerData(s, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        for s in sections
    )
    return ListShape(model, sections, titles)


class ExportFailed(UserError):
    """The file could not be written (often: it is open in Excel)."""

    context = "ExportButton"


CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "ExportButton",
    "{file} could not be written: {error}. If it is open in Excel, close it and export again, "
    "or choose another file name.",
)


def export_list(
    parent: QWidget,
    source: QTableView | QAbstractItemModel,
    default_name: str,
    path: Path | str | None = None,
    on_done: Callable[[Path, int], None] | None = None,
) -> Task | None:
    """Asks for a file (unless `path` is given) and writes the list there in a background
    task; `on_done(path, rows)` runs on the GUI thread afterwards. Returns the task, or
    None when the user chose no file. This is what the 导出 Excel button does; a page
    without the button can call it from its own menu."""
    target = Path(path) if path is not None else choose_export_path(parent, default_name)
    if target is None:
        return None
    return run_task(
        export_work(source, default_name, target),
        on_success=lambda count: on_done(target, count) if on_done else None,
        parent=parent,
        progress_label=QCoreApplication.translate(
            "ExportButton", "Exporting {name} to Excel…"
        ).format(name=default_name),
        cancellable=True,
    )


def export_work(
    source: QTableView | QAbstractItemModel, sheet: str, target: Path
) -> Callable[[TaskContext], int]:
    """The task that writes the list to `target`; built on the GUI thread (it reads the
    view's columns and the model's query there), run in the background."""
    shape = list_shape(source)
    rows = _row_reader(shape)
    columns = [XlsxColumn(title) for title in shape.titles]

    def work(context: TaskContext) -> int:
        try:
            return write_list(target, columns, rows(context), sheet_name=sheet)
        except Cancelled:
            _remove_partial(target)
            raise
        except OSError as exc:
            _remove_partial(target)
            raise ExportFailed(CANNOT_WRITE, file=target.name, error=exc.strerror or exc) from exc

    return work


def add_export_button(
    layout: QBoxLayout,
    actor: Actor,
    source: QTableView | QAbstractItemModel,
    default_name: str,
    parent: QWidget,
) -> ExportButton:
    """Puts an 导出 Excel button at the end of a page's button row and returns it."""
    button = ExportButton(actor, source, default_name, parent)
    layout.addWidget(button)
    return button


def choose_export_path(parent: QWidget | None, default_name: str) -> Path | None:
    settings = QSettings()
    folder = Path(str(settings.value(LAST_FOLDER_KEY, "") or Path.home()))
    suggested = folder / f"{_safe_file_name(default_name)}-{local_today():%Y%m%d}.xlsx"
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportButton", "Export to Excel"),
        str(suggested),
        QCoreApplication.translate("ExportButton", "Excel workbook (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    settings.setValue(LAST_FOLDER_KEY, str(path.parent))
    return path


def _safe_file_name(name: str) -> str:
    return "".join("_" if c in '\\/:*?"<>|' else c for c in name).strip() or "export"


# --------------------------------------------------------------------------- reading rows


def _row_reader(shape: ListShape) -> Callable[[TaskContext], Iterator[list[str]]]:
    """A function the task calls to stream the rows. A query model is read in the task
    (by its frozen query, batch by batch); any other model lives in memory and is copied
    here, on the GUI thread, where Qt models must be read."""
    model = shape.model
    if isinstance(model, QueryTableModel):
        snapshot = model.snapshot()
        return lambda context: _query_rows(snapshot, shape.sections, context)
    copied = _model_rows(model, shape.sections)
    return lambda context: _memory_rows(copied, context)


def _query_rows(
    snapshot: RowSnapshot, sections: Sequence[int], context: TaskContext
) -> Iterator[list[str]]:
    context.check()
    total = snapshot.count()
    context.progress(0, total)
    for done, row in enumerate(snapshot.rows(BATCH), start=1):
        context.check()
        yield snapshot.display_row(row, sections)
        if done % PROGRESS_EVERY == 0:
            context.progress(done, total)


def _model_rows(model: QAbstractItemModel, sections: Sequence[int]) -> list[list[str]]:
    root = QModelIndex()
    while model.canFetchMore(root):
        model.fetchMore(root)
    display = Qt.ItemDataRole.DisplayRole
    return [
        ["" if (v := model.index(r, s).data(display)) is None else str(v) for s in sections]
        for r in range(model.rowCount())
    ]


def _memory_rows(rows: list[list[str]], context: TaskContext) -> Iterator[list[str]]:
    for done, row in enumerate(rows, start=1):
        context.check()
        yield row
        if done % PROGRESS_EVERY == 0:
            context.progress(done, len(rows))


def _remove_partial(path: Path) -> None:
    # write_list builds the file beside the target and renames it at the end; a stopped
    # export would leave that half-written file behind.
    partial = path.with_name(path.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
    except OSError:
        log.warning("could not remove %s", partial)


# --------------------------------------------------------------------------- the button


class ExportButton(QToolButton):
    """导出 Excel…: writes what the list shows to a chosen file, then offers to open it."""

    exported = Signal(str, int)  # path, rows

    def __init__(
        self,
        actor: Actor,
        source: QTableView | QAbstractItemModel,
        default_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor = actor  # the list's query already runs as this user
        self.source = source
        self.default_name = default_name
        self.setObjectName("export_excel")
        self.setText(self.tr("Export to Excel…"))
        self.setToolTip(self.tr("Writes every row that matches the filter to an Excel file"))
        self.setIcon(icon("excel"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clicked.connect(lambda: self.export())
        self.offer: QMessageBox | None = None

    def export(self, path: Path | str | None = None) -> Task | None:
        """Exports to `path`, or to a file the user picks when None."""
        return export_list(self, self.source, self.default_name, path, self._done)

    def _done(self, path: Path, rows: int) -> None:
        self.exported.emit(str(path), rows)
        self.offer = self._offer_to_open(path, rows)

    def _offer_to_open(self, path: Path, rows: int) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Exported"),
            self.tr("{rows} rows were written to {file}.").format(rows=rows, file=path.name),
            parent=self.window(),
        )
        box.setObjectName("export_done")
        box.setInformativeText(str(path))
        open_button = box.addButton(self.tr("&Open the file"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)

        def chosen(button: object) -> None:
            if button is open_button:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        box.buttonClicked.connect(chosen)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal but not blocking: the page keeps its event loop
        return box
