"""New or edit an owner (业主): a person or a company; a new owner may join a unit at once."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from app.services.archive import IdType, OwnerKind
from app.services.owners import OwnerInput, create_owner, owner_input, update_owner
from app.services.permissions import Actor
from app.services.units import unit_record
from app.validation import check_credit_code, check_phone, check_resident_id
from ui.dialogs.form_dialog import FormDialog, code_combo, select_code
from ui.labels import GENDERS, gender_label, id_type_label, owner_kind_label
from ui.widgets.dates import DateEdit


class OwnerDialog(FormDialog):
    def __init__(
        self,
        actor: Actor,
        owner_id: str | None = None,
        unit_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor, self.owner_id = actor, owner_id
        self.unit_id = unit_id if owner_id is None else None
        self.version: int | None = None
        self.setWindowTitle(self.tr("New owner"))
        self.kind = self.add_row(
            self.tr("&Kind"), "kind", code_combo(OwnerKind.ALL, owner_kind_label)
        )
        self.name = self.add_row(self.tr("&Name"), "name", QLineEdit())
        self.gender = self.add_row(self.tr("&Gender"), "gender", code_combo(GENDERS, gender_label))
        self.id_type = self.add_row(
            self.tr("ID &type"), "id_type", code_combo(IdType.ALL, id_type_label)
        )
        self.id_number = self.add_checked_row(
            self.tr("ID n&umber"), "id_number", QLineEdit(), self._check_id, self._id_hint
        )
        self._add_phones()
        self.address = self.add_row(self.tr("&Address"), "address", QLineEdit())
        self.remarks = self.add_row(self.tr("Re&marks"), "remarks", QLineEdit())
        if self.unit_id is not None:
            self.start_date = self.add_row(self.tr("Owner &since"), "start_date", DateEdit())
            code = unit_record(actor, self.unit_id).code
            self.setWindowTitle(self.tr("New owner of {unit}").format(unit=code))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.id_type.currentIndexChanged.connect(lambda _i: self.checks["id_number"].run())
        if owner_id is not None:
            self._load(owner_id)

    def _add_phones(self) -> None:
        hint = self.tr(
            "Enter a mobile number (13812345678) or a landline with its area code (0755-12345678)."
        )
        self.phone = self.add_checked_row(
            self.tr("&Phone"), "phone", QLineEdit(), check_phone, hint
        )
        self.phone2 = self.add_checked_row(
            self.tr("Phone &2"), "phone2", QLineEdit(), check_phone, hint
        )
        self.emergency_contact = self.add_row(
            self.tr("&Emergency contact"), "emergency_contact", QLineEdit()
        )
        self.emergency_phone = self.add_checked_row(
            self.tr("Emergency p&hone"), "emergency_phone", QLineEdit(), check_phone, hint
        )

    def _check_id(self, text: str) -> object:
        id_type = self.id_type.currentData()
        if id_type == IdType.RESIDENT_ID:
            return check_resident_id(text)
        if id_type == IdType.CREDIT_CODE:
            return check_credit_code(text)
        return text  # other documents have no checkable format

    def _id_hint(self) -> str:
        if self.id_type.currentData() == IdType.CREDIT_CODE:
            return self.tr("A credit code has 18 characters: digits and capital letters.")
        return self.tr("A resident ID number has 18 characters; the last may be X.")

    def _kind_changed(self) -> None:
        company = self.kind.currentData() == OwnerKind.COMPANY
        if company:
            select_code(self.id_type, IdType.CREDIT_CODE)
            select_code(self.gender, "")
        elif self.id_type.currentData() == IdType.CREDIT_CODE:
            select_code(self.id_type, IdType.RESIDENT_ID)
        self.set_row_visible("gender", not company)

    def _load(self, owner_id: str) -> None:
        data, self.version = owner_input(self.actor, owner_id)
        self.setWindowTitle(self.tr("Edit owner {name}").format(name=data.name))
        select_code(self.kind, data.kind)
        select_code(self.id_type, data.id_type)
        select_code(self.gender, data.gender)
        self.set_row_visible("gender", data.kind != OwnerKind.COMPANY)
        for name in (
            "name",
            "id_number",
            "phone",
            "phone2",
            "address",
            "emergency_contact",
            "emergency_phone",
            "remarks",
        ):
            getattr(self, name).setText(getattr(data, name))  # the edits share the field names

    def owner_input(self) -> OwnerInput:
        return OwnerInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            gender=self.gender.currentData(),
            id_type=self.id_type.currentData(),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            phone2=self.phone2.text(),
            address=self.address.text(),
            emergency_contact=self.emergency_contact.text(),
            emergency_phone=self.emergency_phone.text(),
            remarks=self.remarks.text(),
        )

    def submit(self) -> str:
        if self.owner_id is not None:
            return update_owner(self.actor, self.owner_id, self.owner_input(), self.version).id
        start = self.start_date.value() if self.unit_id is not None else None
        return create_owner(self.actor, self.owner_input(), self.unit_id, start).id
