"""New or edit a resident of a unit: a household member or a tenant (with the lease dates)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from app.clock import local_today
from app.services.archive import Relation
from app.services.permissions import Actor
from app.services.residents import ResidentInput, add_resident, resident_input, update_resident
from app.validation import check_phone, check_resident_id
from ui.dialogs.form_dialog import FormDialog, choice_combo, code_combo, select_code
from ui.labels import GENDERS, gender_label, relation_label
from ui.widgets.dates import OptionalDateEdit

# Stored as typed: these are the office's own words for a household member's role.
FAMILY_ROLES = ("配偶", "子女", "父母", "亲属", "其他")


class ResidentDialog(FormDialog):
    def __init__(
        self,
        actor: Actor,
        unit_id: str,
        resident_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.actor, self.unit_id, self.resident_id = actor, unit_id, resident_id
        self.version: int | None = None
        self.setWindowTitle(self.tr("New resident"))
        self.name = self.add_row(self.tr("&Name"), "name", QLineEdit())
        self.relation = self.add_row(
            self.tr("&Relation"), "relation", code_combo(Relation.ALL, relation_label)
        )
        self.family_role = self.add_row(
            self.tr("Role in &family"), "family_role", choice_combo(FAMILY_ROLES)
        )
        self.lease_start = self.add_row(self.tr("Lease &start"), "lease_start", OptionalDateEdit())
        self.lease_end = self.add_row(self.tr("Lease &end"), "lease_end", OptionalDateEdit())
        self.gender = self.add_row(self.tr("&Gender"), "gender", code_combo(GENDERS, gender_label))
        self.phone = self.add_checked_row(
            self.tr("&Phone"),
            "phone",
            QLineEdit(),
            check_phone,
            self.tr(
                "Enter a mobile number (13812345678) or a landline with its area code "
                "(0755-12345678)."
            ),
        )
        self.id_number = self.add_checked_row(
            self.tr("ID n&umber"),
            "id_number",
            QLineEdit(),
            check_resident_id,
            self.tr("A resident ID number has 18 characters; the last may be X."),
        )
        self.move_in_date = self.add_row(
            self.tr("&Moved in"), "move_in_date", OptionalDateEdit(local_today())
        )
        self.remarks = self.add_row(self.tr("Re&marks"), "remarks", QLineEdit())
        self.relation.currentIndexChanged.connect(self._relation_changed)
        if resident_id is not None:
            self._load(resident_id)
        self._relation_changed()

    def _relation_changed(self) -> None:
        tenant = self.relation.currentData() == Relation.TENANT
        for name in ("lease_start", "lease_end"):
            self.set_row_visible(name, tenant)
        self.set_row_visible("family_role", not tenant)

    def _load(self, resident_id: str) -> None:
        data, self.version = resident_input(self.actor, resident_id)
        self.setWindowTitle(self.tr("Edit resident {name}").format(name=data.name))
        self.name.setText(data.name)
        select_code(self.relation, data.relation)
        self.family_role.setCurrentText(data.family_role)
        select_code(self.gender, data.gender)
        self.phone.setText(data.phone)
        self.id_number.setText(data.id_number)
        self.lease_start.set_value(data.lease_start)
        self.lease_end.set_value(data.lease_end)
        self.move_in_date.set_value(data.move_in_date)
        self.remarks.setText(data.remarks)

    def resident_input(self) -> ResidentInput:
        tenant = self.relation.currentData() == Relation.TENANT
        return ResidentInput(
            unit_id=self.unit_id,
            name=self.name.text(),
            relation=self.relation.currentData(),
            family_role="" if tenant else self.family_role.currentText(),
            gender=self.gender.currentData(),
            phone=self.phone.text(),
            id_number=self.id_number.text(),
            lease_start=self.lease_start.value() if tenant else None,
            lease_end=self.lease_end.value() if tenant else None,
            move_in_date=self.move_in_date.value(),
            remarks=self.remarks.text(),
        )

    def submit(self) -> str:
        if self.resident_id is None:
            return add_resident(self.actor, self.resident_input()).id
        return update_resident(self.actor, self.resident_id, self.resident_input(), self.version).id
