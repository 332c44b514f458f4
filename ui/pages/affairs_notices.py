"""公共信息发布: fill a notice template, issue and print it on A4, and keep the register of
where each copy is posted. The rules live in app.services.notices."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import notices
from app.services.permissions import Actor, Cap
from ui.dialogs.errors import attempt
from ui.dialogs.form_dialog import FormDialog, choice_combo
from ui.models.list_model import ListTableModel
from ui.models.query_table_model import Column
from ui.pages.affairs_common import SelectsById, log_table, selected_row
from ui.widgets.buttons import named_button
from ui.widgets.dates import DateEdit
from ui.widgets.export_button import ExportButton
from ui.widgets.table import configure_table


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("app", notices.KIND_LABELS.get(kind, kind))


class NoticeDialog(FormDialog):
    """Template, its fields, then the title and text as they will print (still editable)."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setWindowTitle(self.tr("New notice"))
        self.kind = QComboBox()
        for kind in notices.TEMPLATES:
            self.kind.addItem(kind_label(kind), kind)
        self.add_row(self.tr("Template"), "kind", self.kind)
        self.values = QFormLayout()
        holder = QWidget()
        holder.setLayout(self.values)
        self.form.addRow(holder)
        self.fill_button = QPushButton(self.tr("&Fill in the text"))
        self.fill_button.setObjectName("fill_notice")
        self.fill_button.clicked.connect(self.fill)
        self.form.addRow("", self.fill_button)
        self.title = self.add_row(self.tr("Title"), "title", QLineEdit())
        self.body = self.add_row(self.tr("Text"), "body", QPlainTextEdit())
        self.body.setMinimumHeight(160)
        self.issued_on = self.add_row(self.tr("Date"), "issued_on", DateEdit())
        self.inputs: dict[str, QLineEdit] = {}
        self.kind.currentIndexChanged.connect(lambda _i: self._build_fields())
        self._build_fields()
        self.setMinimumWidth(560)

    def _build_fields(self) -> None:
        while self.values.rowCount():
            self.values.removeRow(0)
        self.inputs = {}
        for name in notices.template(self.kind.currentData()).fields:
            edit = QLineEdit()
            edit.setObjectName(name)
            self.inputs[name] = edit
            self.fields[name] = edit  # a refused fill focuses it
            label = QCoreApplication.translate("app", notices.FIELD_LABELS.get(name, name))
            self.values.addRow(label, edit)

    def fill(self) -> bool:
        self.error.clear_error()
        values = {name: edit.text() for name, edit in self.inputs.items()}
        try:
            title, body = notices.fill_template(self.kind.currentData(), values)
        except UserError as exc:
            self.error.show_error(exc, self.fields)
            return False
        self.title.setText(title)
        self.body.setPlainText(body)
        return True

    def submit(self) -> str:
        notice = notices.issue_notice(
            self.actor,
            self.kind.currentData(),
            self.title.text(),
            self.body.toPlainText(),
            self.issued_on.value(),
        )
        return notice.id


class PostingDialog(FormDialog):
    def __init__(self, actor: Actor, notice_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.notice_id = notice_id
        self.setWindowTitle(self.tr("Notice posted"))
        self.place = self.add_row(self.tr("Posted at"), "place", choice_combo(notices.PLACES))
        self.posted_on = self.add_row(self.tr("Posted on"), "posted_on", DateEdit())

    def submit(self) -> str:
        posting = notices.post_notice(
            self.actor, self.notice_id, self.place.currentText(), self.posted_on.value()
        )
        return posting.id


class NoticesTab(SelectsById, QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        sort = notices.NOTICE_SORT
        columns = [
            Column("number", self.tr("Number"), sort["number"]),
            Column("issued_on", self.tr("Date"), sort["issued_on"]),
            Column("kind", self.tr("Template"), format=kind_label),
            Column("title", self.tr("Title"), sort["title"]),
            Column("posted_at", self.tr("Posted at now")),
            Column("issued_by", self.tr("Issued by")),
        ]
        self.model, self.table = log_table(
            self, "notices_table", columns, lambda: notices.notices_query(actor)
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_postings())
        self.postings = ListTableModel(
            [
                (self.tr("Posted at"), lambda p: p.place),
                (self.tr("Posted on"), lambda p: p.posted_on.isoformat()),
                (self.tr("Posted by"), lambda p: p.posted_by),
                (self.tr("Taken down"), lambda p: p.removed_on.isoformat() if p.removed_on else ""),
            ],
            self,
        )
        self.postings_table = QTableView()
        self.postings_table.setObjectName("postings_table")
        configure_table(self.postings_table, self.postings)
        self.postings_table.setSortingEnabled(False)
        editable = actor.can(Cap.AFFAIRS_EDIT)
        self.new_button = named_button(
            self.tr("&New notice…"), "new_notice", self.open_new, editable
        )
        self.print_button = named_button(
            self.tr("&Print…"), "print_notice", self.print_selected, True
        )
        self.post_button = named_button(
            self.tr("P&osted at…"), "post_notice", self.open_posting, editable
        )
        self.down_button = named_button(
            self.tr("&Taken down"), "take_down_notice", self.take_down_selected, editable
        )
        bar = QHBoxLayout()
        bar.addStretch(1)
        for button in (self.new_button, self.print_button, self.post_button):
            bar.addWidget(button)
        bar.addWidget(ExportButton(actor, self.table, self.tr("Notices"), self))
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Where the chosen notice was posted")))
        head.addStretch(1)
        head.addWidget(self.down_button)
        lower_layout.addLayout(head)
        lower_layout.addWidget(self.postings_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split)

    def refresh(self) -> None:
        chosen = self.selected_id()
        self.model.refresh()
        if chosen:
            self.select_id(chosen)
        self._show_postings()

    def _show_postings(self) -> None:
        notice_id = self.selected_id()
        self.postings.set_items(notices.postings(self.actor, notice_id) if notice_id else [])

    def open_new(self) -> NoticeDialog:
        dialog = NoticeDialog(self.actor, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, notice_id: str) -> None:
        self.model.refresh()
        self.select_id(notice_id)
        self._show_postings()

    def open_posting(self) -> PostingDialog | None:
        notice_id = self.selected_id()
        if not notice_id:
            return None
        dialog = PostingDialog(self.actor, notice_id, self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def take_down_selected(self) -> bool:
        row = selected_row(self.postings_table)
        if row is None:
            return False
        if not attempt(self, lambda: notices.take_down(self.actor, self.postings.item(row).id)):
            return False
        self.refresh()
        return True

    def print_selected(self) -> bool:
        notice_id = self.selected_id()
        if not notice_id:
            return False
        from reports.notice_pdf import render_notice
        from ui.pdf_preview import print_document

        notice = notices.get_notice(self.actor, notice_id)
        return print_document(
            self,
            lambda out: render_notice(notice_id, out),
            f"{notice.number}.pdf",
            self.tr("Notice {number}").format(number=notice.number),
        )
