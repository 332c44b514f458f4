"""报修 tab: register, dispatch, start, materials, complete, charges, return visit, close,
and the printed 派工单; the selected repair's steps show underneath."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import repair_costs, repairs
from app.services.permissions import Actor, Cap
from app.services.repair_lists import OPEN, repair_rows
from app.services.repairs import RepairCategory, RepairStatus
from reports.repair_work_order import render_work_order
from ui.dialogs.errors import attempt
from ui.dialogs.form_dialog import FormDialog, code_combo
from ui.dialogs.service_forms import (
    ChargesDialog,
    LineDialog,
    MaterialsDialog,
    NoteDialog,
    VisitDialog,
)
from ui.models.list_model import ListTableModel
from ui.pdf_preview import print_document
from ui.service_labels import label
from ui.widgets.buttons import action_buttons, button_row
from ui.widgets.dates import DateEdit
from ui.widgets.table import PicksFromList, configure_table
from ui.widgets.times import local_time
from ui.widgets.unit_picker import UnitPicker


class RepairDialog(FormDialog):
    """受理: unit, category, what is wrong; the form says who will pay (warranty)."""

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.unit_id: str | None = None
        self.setWindowTitle(self.tr("Register a repair"))
        self.picker = UnitPicker(actor)
        self.picker.unit_chosen.connect(self._unit_chosen)
        self.add_row(self.tr("Unit"), "unit_id", self.picker)
        self.category = self.add_row(
            self.tr("Category"), "category", code_combo(RepairCategory.ALL, label)
        )
        self.category.currentIndexChanged.connect(lambda _i: self._show_warranty())
        self.warranty = QLabel()
        self.warranty.setObjectName("warranty_note")
        self.form.addRow("", self.warranty)
        self.description = self.add_row(self.tr("Description"), "description", QPlainTextEdit())
        self.contact = self.add_row(self.tr("Contact"), "contact", QLineEdit())
        self.phone = self.add_row(self.tr("Phone"), "phone", QLineEdit())
        self.day = self.add_row(self.tr("Received on"), "received_on", DateEdit())
        self.day.dateChanged.connect(lambda _d: self._show_warranty())

    def _unit_chosen(self, unit_id: str, _code: str) -> None:
        self.unit_id = unit_id
        self._show_warranty()

    def _show_warranty(self) -> None:
        if self.unit_id is None:
            self.warranty.clear()
            return
        until, payer = repair_costs.warranty_for(
            self.actor, self.unit_id, self.category.currentData(), self.day.value()
        )
        if payer == "developer":
            text = self.tr("In warranty: the developer pays")
            if until:
                text += self.tr(" (until {date})").format(date=until.isoformat())
        else:
            text = self.tr("Out of warranty: the owner pays")
        self.warranty.setText(text)

    def submit(self) -> str:
        if self.unit_id is None:
            self.picker.choose_typed()
        return repairs.register_repair(
            self.actor,
            unit_id=self.unit_id or "",
            category=self.category.currentData(),
            description=self.description.toPlainText(),
            contact=self.contact.text(),
            phone=self.phone.text(),
            received_on=self.day.value(),
        ).id


class RepairsTab(PicksFromList, QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.model = ListTableModel(
            [
                (self.tr("No."), lambda r: r.number),
                (self.tr("Received"), lambda r: r.received_on.isoformat()),
                (self.tr("Unit"), lambda r: r.unit_code),
                (self.tr("Category"), lambda r: label(r.category)),
                (self.tr("Paid by"), lambda r: label(r.payer)),
                (self.tr("Status"), lambda r: label(r.status)),
                (self.tr("Worker"), lambda r: r.worker),
                (self.tr("Description"), lambda r: r.description),
            ],
            self,
        )
        self.status = QComboBox()
        self.status.setObjectName("repair_status_filter")
        self.status.addItem(self.tr("Open"), OPEN)
        for code in RepairStatus.ALL:
            self.status.addItem(label(code), code)
        self.status.addItem(self.tr("All"), "")
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = QTableView()
        self.table.setObjectName("repairs_table")
        configure_table(self.table, self.model)
        self.table.setSortingEnabled(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("repair_detail")
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(140)
        edit = actor.can(Cap.SERVICE_EDIT)
        self.buttons = action_buttons(
            "repair",
            (
                ("register", self.tr("&Register a repair…"), self.open_register, edit),
                ("dispatch", self.tr("Dispatch…"), self.open_dispatch, edit),
                ("start", self.tr("Start work"), self.start_work, edit),
                (
                    "materials",
                    self.tr("Materials…"),
                    self.open_materials,
                    edit and actor.can(Cap.STOCK_EDIT),
                ),
                ("complete", self.tr("Complete…"), self.open_complete, edit),
                ("charges", self.tr("Charges…"), self.open_charges, edit),
                ("visit", self.tr("Return visit…"), self.open_visit, edit),
                ("close", self.tr("Close"), self.close_repair, edit),
                ("print", self.tr("Work order…"), self.print_work_order, True),
            ),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(button_row([self.status, *self.buttons.values()]))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)

    def refresh(self) -> None:
        self.reload(repair_rows(self.actor, self.status.currentData()))
        self._show_detail()

    def select_number(self, number: str) -> None:
        self.select_where(lambda repair: repair.number == number)

    def _show_detail(self) -> None:
        repair_id = self.selected_id()
        if repair_id is None:
            self.detail.clear()
            return
        lines = [
            f"{local_time(e.at)}  {label(e.status)}  {e.by}：{e.note}"
            for e in repairs.repair_log(self.actor, repair_id)
        ]
        lines += [
            self.tr("Material: {name} × {qty} {uom}, {amount} yuan ({doc})").format(
                name=m.item_name,
                qty=f"{m.quantity:g}",
                uom=m.uom,
                amount=m.amount,
                doc=m.document_number,
            )
            for m in repair_costs.materials_of(self.actor, repair_id)
        ]
        self.detail.setPlainText("\n".join(lines))

    def _need(self) -> str | None:
        return self.chosen_id(self.tr("Repairs"), self.tr("Choose a repair first."))

    def _open(self, make: Callable[[str], FormDialog]) -> FormDialog | None:
        repair_id = self._need()
        if repair_id is None:
            return None
        dialog = make(repair_id)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def _run(self, action: Callable[[str], object]) -> bool:
        repair_id = self._need()
        if repair_id is None:
            return False
        if not attempt(self, lambda: action(repair_id)):
            return False
        self.refresh()
        return True

    def open_register(self) -> RepairDialog:
        dialog = RepairDialog(self.actor, self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def open_dispatch(self) -> FormDialog | None:
        return self._open(
            lambda rid: LineDialog(
                self.tr("Dispatch"),
                self.tr("Worker"),
                "worker",
                lambda name, _day: repairs.dispatch(self.actor, rid, name).id,
                parent=self,
            )
        )

    def start_work(self) -> bool:
        return self._run(lambda rid: repairs.start_work(self.actor, rid))

    def open_materials(self) -> FormDialog | None:
        return self._open(
            lambda rid: MaterialsDialog(
                self.actor,
                lambda lines: (repair_costs.use_materials(self.actor, rid, lines), rid)[1],
                self,
            )
        )

    def open_complete(self) -> FormDialog | None:
        return self._open(
            lambda rid: NoteDialog(
                self.tr("Complete"),
                self.tr("Work done"),
                "work_done",
                lambda text, day: repairs.complete(self.actor, rid, text, day).id,
                with_date=self.tr("Completed on"),
                parent=self,
            )
        )

    def open_charges(self) -> FormDialog | None:
        repair_id = self.selected_id()
        material = str(repair_costs.material_cost(repair_id)) if repair_id else "0"
        return self._open(
            lambda rid: ChargesDialog(
                lambda labour, mat, note: (
                    repair_costs.set_charges(self.actor, rid, labour, mat, note).id
                ),
                material,
                self,
            )
        )

    def open_visit(self) -> FormDialog | None:
        return self._open(
            lambda rid: VisitDialog(
                lambda answer, note, day: (
                    repairs.return_visit(self.actor, rid, answer, note, day).id
                ),
                self,
            )
        )

    def close_repair(self) -> bool:
        return self._run(lambda rid: repairs.close(self.actor, rid))

    def render_work_order(self, out: object) -> object:
        repair_id = self.selected_id()
        assert repair_id is not None
        return render_work_order(self.actor, repair_id, out)

    def print_work_order(self) -> bool:
        if self._need() is None:
            return False
        return print_document(
            self,
            self.render_work_order,
            "work_order.pdf",
            QCoreApplication.translate("RepairsTab", "Work order"),
        )
