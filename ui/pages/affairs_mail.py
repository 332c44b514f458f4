"""邮件收发: incoming log (receive, notify, pick up, return), uncollected by age, outgoing log.
The rules live in app.services.mail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.money import format_money
from app.services import mail
from app.services.mail import WaitingItem
from app.services.permissions import Actor, Cap
from ui.dialogs.errors import attempt
from ui.dialogs.form_dialog import FormDialog, choice_combo, code_combo
from ui.models.list_model import Index, ListTableModel
from ui.models.query_table_model import Column
from ui.pages.affairs_common import SelectsById, label, log_table, selected_row, time_formatter
from ui.widgets.buttons import named_button
from ui.widgets.dates import DateEdit
from ui.widgets.export_button import ExportButton
from ui.widgets.filter_edit import filter_edit
from ui.widgets.table import RIGHT, configure_table
from ui.widgets.unit_picker import UnitPicker

OLD_DAYS = 3  # waiting longer than this is highlighted


class ReceiveMailDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.unit_id: str | None = None
        self.setWindowTitle(self.tr("Receive mail"))
        self.add_row(self.tr("Kind"), "kind", code_combo(mail.MailKind.ALL, label))
        self.carrier = self.add_row(self.tr("Carrier"), "carrier", choice_combo(mail.CARRIERS))
        self.tracking = self.add_row(self.tr("Tracking number"), "tracking_no", QLineEdit())
        self.picker = UnitPicker(actor)
        self.picker.unit_chosen.connect(self._unit_chosen)
        self.add_row(self.tr("Unit"), "unit_id", self.picker)
        self.addressee = self.add_row(self.tr("Addressee"), "addressee", QLineEdit())
        self.addressee.setPlaceholderText(self.tr("Empty: the unit's owner"))
        self.phone = self.add_row(self.tr("Phone"), "phone", QLineEdit())
        self.shelf = self.add_row(self.tr("Shelf"), "shelf", QLineEdit())

    def _unit_chosen(self, unit_id: str, _code: str) -> None:
        self.unit_id = unit_id

    def submit(self) -> str:
        item = mail.receive_mail(
            self.actor,
            kind=self.fields["kind"].currentData(),
            carrier=self.carrier.currentText(),
            tracking_no=self.tracking.text(),
            unit_id=self.unit_id,
            addressee=self.addressee.text(),
            phone=self.phone.text(),
            shelf=self.shelf.text(),
        )
        return item.id


class PickupDialog(FormDialog):
    def __init__(
        self, actor: Actor, mail_id: str, addressee: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.actor = actor
        self.mail_id = mail_id
        self.setWindowTitle(self.tr("Pick up mail"))
        self.collector = self.add_row(self.tr("Collected by"), "collector", QLineEdit(addressee))

    def submit(self) -> str:
        return mail.collect_mail(self.actor, self.mail_id, self.collector.text()).id


class NotifyDialog(QDialog):
    """The message to paste into WeChat or an SMS; Copy also marks the item notified."""

    def __init__(self, actor: Actor, mail_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.mail_id = mail_id
        self.setWindowTitle(self.tr("Notify the addressee"))
        self.text = QPlainTextEdit(mail.notification_text(actor, mail_id))
        self.text.setObjectName("notification_text")
        self.text.setMinimumSize(420, 120)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy and mark notified"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button.setObjectName("copy_notification")
        buttons.accepted.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        if not attempt(self, lambda: mail.mark_notified(self.actor, self.mail_id)):
            return
        self.accept()


class SendMailDialog(FormDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.unit_id: str | None = None
        self.setWindowTitle(self.tr("Send mail"))
        self.add_row(self.tr("Kind"), "kind", code_combo(mail.MailKind.ALL, label))
        self.sent_on = self.add_row(self.tr("Sent on"), "sent_on", DateEdit())
        self.sender = self.add_row(self.tr("Sender"), "sender", QLineEdit())
        self.picker = UnitPicker(actor)
        self.picker.unit_chosen.connect(lambda unit_id, _code: setattr(self, "unit_id", unit_id))
        self.add_row(self.tr("Sender's unit"), "unit_id", self.picker)
        self.recipient = self.add_row(self.tr("Recipient"), "recipient", QLineEdit())
        self.destination = self.add_row(self.tr("Destination"), "destination", QLineEdit())
        self.carrier = self.add_row(self.tr("Carrier"), "carrier", choice_combo(mail.CARRIERS))
        self.tracking = self.add_row(self.tr("Tracking number"), "tracking_no", QLineEdit())
        self.postage = self.add_row(self.tr("Postage (yuan)"), "postage", QLineEdit("0"))

    def submit(self) -> str:
        row = mail.send_mail(
            self.actor,
            kind=self.fields["kind"].currentData(),
            sent_on=self.sent_on.value(),
            sender=self.sender.text(),
            unit_id=self.unit_id,
            recipient=self.recipient.text(),
            destination=self.destination.text(),
            carrier=self.carrier.currentText(),
            tracking_no=self.tracking.text(),
            postage=self.postage.text(),
        )
        return row.id


class IncomingTab(SelectsById, QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.search = filter_edit(
            self,
            "mail_filter",
            self.tr("Tracking number tail, addressee or unit"),
            lambda: self.apply_filter(),
        )
        self.waiting_only = QCheckBox(self.tr("Waiting only"))
        self.waiting_only.setObjectName("mail_waiting_only")
        sort = mail.MAIL_SORT
        local_time = time_formatter()
        columns = [
            Column("received_at", self.tr("Received"), sort["received_at"], format=local_time),
            Column("kind", self.tr("Kind"), format=label),
            Column("carrier", self.tr("Carrier")),
            Column("tracking_no", self.tr("Tracking number"), sort["tracking_no"]),
            Column("unit_code", self.tr("Unit")),
            Column("addressee", self.tr("Addressee"), sort["addressee"]),
            Column("shelf", self.tr("Shelf")),
            Column("status", self.tr("Status"), sort["status"], format=label),
            Column("notified_at", self.tr("Notified"), format=local_time),
            Column("collector", self.tr("Collected by")),
            Column("collected_at", self.tr("Collected at"), format=local_time),
            Column("received_by", self.tr("Received by")),
        ]
        self.model, self.table = log_table(
            self, "mail_table", columns, lambda: mail.mail_query(actor)
        )
        editable = actor.can(Cap.AFFAIRS_EDIT)
        self.receive_button = named_button(
            self.tr("&Receive…"), "receive_mail", self.open_receive, editable
        )
        self.notify_button = named_button(
            self.tr("&Notify…"), "notify_mail", self.open_notify, editable
        )
        self.pickup_button = named_button(
            self.tr("&Pick up…"), "pickup_mail", self.open_pickup, editable
        )
        self.return_button = named_button(
            self.tr("Re&turn…"), "return_mail", self.return_selected, editable
        )
        self.export_button = ExportButton(actor, self.table, self.tr("Mail received"), self)
        self.waiting_only.toggled.connect(self.apply_filter)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.waiting_only)
        bar.addStretch(1)
        for button in (
            self.receive_button,
            self.notify_button,
            self.pickup_button,
            self.return_button,
        ):
            bar.addWidget(button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def apply_filter(self) -> None:
        text, waiting = self.search.text(), self.waiting_only.isChecked()
        self.model.set_filter(lambda q: mail.filter_mail(q, text, waiting))

    def refresh(self) -> None:
        self.model.refresh()

    def open_receive(self) -> ReceiveMailDialog:
        dialog = ReceiveMailDialog(self.actor, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, mail_id: str) -> None:
        self.refresh()
        self.select_id(mail_id)

    def open_notify(self) -> NotifyDialog | None:
        mail_id = self.selected_id()
        if not mail_id:
            return None
        dialog = NotifyDialog(self.actor, mail_id, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def open_pickup(self) -> PickupDialog | None:
        row = selected_row(self.table)
        if row is None:
            return None
        dialog = PickupDialog(
            self.actor, self.model.row_id(row), self.model.row_dict(row)["addressee"], self
        )
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def return_selected(self, reason: str | None = None) -> bool:
        mail_id = self.selected_id()
        if not mail_id:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Return mail"), self.tr("Why is it returned?")
            )
            if not ok:
                return False
        if not attempt(self, lambda: mail.return_mail(self.actor, mail_id, reason)):
            return False
        self.refresh()
        return True


class WaitingModel(ListTableModel):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#fff1b8") if self.item(index.row()).age_days > OLD_DAYS else None
        return super().data(index, role)


class UncollectedTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.summary = QLabel()
        self.summary.setObjectName("uncollected_summary")
        self.model = WaitingModel(
            [
                (self.tr("Days waiting"), lambda i: str(i.age_days)),
                (self.tr("Received"), lambda i: i.received_on.isoformat()),
                (self.tr("Unit"), lambda i: i.unit_code),
                (self.tr("Addressee"), lambda i: i.addressee),
                (self.tr("Kind"), lambda i: label(i.kind)),
                (self.tr("Carrier"), lambda i: i.carrier),
                (self.tr("Tracking number"), lambda i: i.tracking_no),
                (self.tr("Shelf"), lambda i: i.shelf),
                (self.tr("Notified"), lambda i: self.tr("yes") if i.notified else self.tr("no")),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("uncollected_table")
        configure_table(self.table, self.model)
        self.table.setSortingEnabled(False)  # oldest first, as the service orders them
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(ExportButton(actor, self.table, self.tr("Mail waiting"), self))
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        items: list[WaitingItem] = mail.uncollected(self.actor)
        self.model.set_items(items)
        old = sum(1 for i in items if i.age_days > OLD_DAYS)
        self.summary.setText(
            self.tr("{n} items waiting, {old} of them for more than {days} days.").format(
                n=len(items), old=old, days=OLD_DAYS
            )
        )


class OutgoingTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        sort = mail.OUTGOING_SORT
        columns = [
            Column("sent_on", self.tr("Sent on"), sort["sent_on"]),
            Column("kind", self.tr("Kind"), format=label),
            Column("sender", self.tr("Sender")),
            Column("unit_code", self.tr("Unit")),
            Column("recipient", self.tr("Recipient"), sort["recipient"]),
            Column("destination", self.tr("Destination")),
            Column("carrier", self.tr("Carrier")),
            Column("tracking_no", self.tr("Tracking number")),
            Column("postage", self.tr("Postage"), align=RIGHT, format=format_money),
            Column("handled_by", self.tr("Handled by")),
        ]
        self.model, self.table = log_table(
            self, "outgoing_table", columns, lambda: mail.outgoing_query(actor)
        )
        self.send_button = QPushButton(self.tr("&Send…"))
        self.send_button.setObjectName("send_mail")
        self.send_button.setVisible(actor.can(Cap.AFFAIRS_EDIT))
        self.send_button.clicked.connect(self.open_send)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.send_button)
        bar.addWidget(ExportButton(actor, self.table, self.tr("Mail sent"), self))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.model.refresh()

    def open_send(self) -> SendMailDialog:
        dialog = SendMailDialog(self.actor, self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog


class MailTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.incoming = IncomingTab(actor)
        self.uncollected = UncollectedTab(actor)
        self.outgoing = OutgoingTab(actor)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mail_tabs")
        self.tabs.addTab(self.incoming, self.tr("Received"))
        self.tabs.addTab(self.uncollected, self.tr("Waiting by age"))
        self.tabs.addTab(self.outgoing, self.tr("Sent"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        QVBoxLayout(self).addWidget(self.tabs)

    def refresh(self) -> None:
        self.tabs.currentWidget().refresh()
