"""Owner and unit archives: community → building → entrance → unit; owners, residents,
vehicles. The archives issue extends these; the foundation needs them for the demo office."""

import peewee as pw

from app.models.base import BaseModel
from app.models.fields import ScaledDecimalField
from app.unit_order import code_sort_key


class UnitType:
    RESIDENTIAL = "residential"  # 住宅
    SHOP = "shop"  # 商铺
    GARAGE = "garage"  # 车库
    STORAGE = "storage"  # 储藏室
    ALL = (RESIDENTIAL, SHOP, GARAGE, STORAGE)


class UnitStatus:
    UNSOLD = "unsold"  # 未售
    VACANT = "vacant"  # 空置
    OCCUPIED = "occupied"  # 已入住
    DECORATING = "decorating"  # 装修中
    RENTED = "rented"  # 出租
    ALL = (UNSOLD, VACANT, OCCUPIED, DECORATING, RENTED)


class Community(BaseModel):
    code = pw.TextField(unique=True)
    name = pw.TextField()
    address = pw.TextField(default="")


class Building(BaseModel):
    community = pw.ForeignKeyField(Community, backref="buildings", on_delete="RESTRICT")
    code = pw.TextField()
    name = pw.TextField()
    floors = pw.IntegerField(default=1)
    sort_order = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("community", "code"), True),)


class Entrance(BaseModel):
    building = pw.ForeignKeyField(Building, backref="entrances", on_delete="RESTRICT")
    code = pw.TextField()
    name = pw.TextField()
    sort_order = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("building", "code"), True),)


class Unit(BaseModel):
    entrance = pw.ForeignKeyField(Entrance, backref="units", on_delete="RESTRICT")
    code = pw.TextField(unique=True)  # e.g. 3-2-1502: building-entrance-room
    floor = pw.IntegerField()
    room_no = pw.TextField()
    unit_type = pw.TextField(default=UnitType.RESIDENTIAL)
    gross_area = ScaledDecimalField(places=2)  # 产权建筑面积 ㎡
    inner_area = ScaledDecimalField(places=2, null=True)  # 套内面积 ㎡
    status = pw.TextField(default=UnitStatus.UNSOLD, index=True)
    handover_date = pw.DateField(null=True)
    remarks = pw.TextField(default="")
    code_sort = pw.TextField()  # the list's order (app/unit_order.py, schema 18); save() sets it

    def save(self, force_insert: bool = False, only: object = None) -> int:
        self.code_sort = code_sort_key(self.code)
        if only is not None:  # a partial save that writes the code writes its order too
            only = [*only, Unit.code_sort]  # type: ignore[misc]
        return super().save(force_insert=force_insert, only=only)


class OwnerKind:
    PERSON = "person"
    COMPANY = "company"
    ALL = (PERSON, COMPANY)


class IdType:
    RESIDENT_ID = "resident_id"  # 居民身份证
    PASSPORT = "passport"  # 护照
    HK_MACAO_PERMIT = "hk_macao"  # 港澳居民来往内地通行证
    TAIWAN_PERMIT = "taiwan"  # 台湾居民来往大陆通行证
    CREDIT_CODE = "credit_code"  # 统一社会信用代码 (companies)
    OTHER = "other"
    ALL = (RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, CREDIT_CODE, OTHER)


class Owner(BaseModel):
    name = pw.TextField(index=True)
    name_pinyin = pw.TextField(default="")  # zhangsan — kept by the services for search
    name_initials = pw.TextField(default="")  # zs
    kind = pw.TextField(default=OwnerKind.PERSON)
    gender = pw.TextField(default="")  # M / F / '' (companies)
    id_type = pw.TextField(default=IdType.RESIDENT_ID)
    id_number = pw.TextField(default="", index=True)
    phone = pw.TextField(default="", index=True)
    phone2 = pw.TextField(default="")
    address = pw.TextField(default="")
    emergency_contact = pw.TextField(default="")
    emergency_phone = pw.TextField(default="")
    remarks = pw.TextField(default="")


class Ownership(BaseModel):
    """A unit's owner over a period; a sale (过户) ends one and starts another."""

    unit = pw.ForeignKeyField(Unit, backref="ownerships", on_delete="RESTRICT")
    owner = pw.ForeignKeyField(Owner, backref="ownerships", on_delete="RESTRICT")
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)

    class Meta:
        indexes = ((("unit", "end_date"), False),)


class Relation:
    FAMILY = "family"  # 家属
    TENANT = "tenant"  # 租户
    ALL = (FAMILY, TENANT)


class Resident(BaseModel):
    unit = pw.ForeignKeyField(Unit, backref="residents", on_delete="RESTRICT")
    name = pw.TextField()
    name_pinyin = pw.TextField(default="")
    name_initials = pw.TextField(default="")
    gender = pw.TextField(default="")
    relation = pw.TextField(default=Relation.FAMILY)
    family_role = pw.TextField(default="")  # 配偶 / 子女 / 父母 ... free text
    phone = pw.TextField(default="")
    id_number = pw.TextField(default="")
    lease_start = pw.DateField(null=True)
    lease_end = pw.DateField(null=True)
    move_in_date = pw.DateField(null=True)
    move_out_date = pw.DateField(null=True)
    remarks = pw.TextField(default="")


class Vehicle(BaseModel):
    plate = pw.TextField(unique=True)
    owner = pw.ForeignKeyField(Owner, null=True, backref="vehicles", on_delete="RESTRICT")
    unit = pw.ForeignKeyField(Unit, null=True, backref="vehicles", on_delete="RESTRICT")
    colour = pw.TextField(default="")
    model = pw.TextField(default="")
    remarks = pw.TextField(default="")


class Attachment(BaseModel):
    """A scanned file kept beside the database by content hash; this row is its metadata."""

    table_name = pw.TextField()
    record_id = pw.TextField()
    file_name = pw.TextField()
    content_hash = pw.TextField()  # sha256 hex: the stored file's name
    size_bytes = pw.IntegerField()
    media_type = pw.TextField(default="application/octet-stream")
    description = pw.TextField(default="")
    uploaded_by = pw.TextField(default="")

    class Meta:
        indexes = ((("table_name", "record_id"), False),)


class Handover(BaseModel):
    """入伙: the day a unit is handed to its owner; starts billing in the fees module. One
    original form per unit; corrections follow it (schema 17)."""

    number = pw.TextField(unique=True)
    unit = pw.ForeignKeyField(Unit, backref="handovers", on_delete="RESTRICT")
    owner = pw.ForeignKeyField(Owner, null=True, backref="+", on_delete="RESTRICT")
    # a form is final: a mistake is put right by a new form naming the one it corrects
    corrects = pw.ForeignKeyField("self", null=True, backref="+", on_delete="RESTRICT", index=False)
    correction_reason = pw.TextField(default="")
    handover_date = pw.DateField()
    keys_handed = pw.IntegerField(default=0)
    key_notes = pw.TextField(default="")
    water_reading = ScaledDecimalField(places=2, null=True)
    electricity_reading = ScaledDecimalField(places=2, null=True)
    gas_reading = ScaledDecimalField(places=2, null=True)
    checklist = pw.TextField(default="[]")  # JSON list of the documents signed
    handled_by = pw.TextField(default="")
    remarks = pw.TextField(default="")


class PermitStatus:
    ISSUED = "issued"
    EXITED = "exited"
    CANCELLED = "cancelled"
    ALL = (ISSUED, EXITED, CANCELLED)


class MoveOutPermit(BaseModel):
    """放行条: goods leaving the estate; refused while the unit owes fees unless overridden."""

    number = pw.TextField(unique=True)
    unit = pw.ForeignKeyField(Unit, backref="permits", on_delete="RESTRICT")
    applicant_name = pw.TextField()
    applicant_phone = pw.TextField(default="")
    items = pw.TextField()
    plate = pw.TextField(default="")
    planned_date = pw.DateField()
    arrears_fen = pw.IntegerField(default=0)  # what the unit owed when the permit was issued
    override_by = pw.TextField(null=True)
    override_reason = pw.TextField(null=True)
    status = pw.TextField(default=PermitStatus.ISSUED, index=True)
    issued_by = pw.TextField(default="")
    exited_at = pw.TextField(null=True)  # UTC instant text
    exit_checked_by = pw.TextField(null=True)
    cancel_reason = pw.TextField(null=True)


class VacancyNotice(BaseModel):
    """The owner's written notice that a unit stands empty (reduced fee rate)."""

    unit = pw.ForeignKeyField(Unit, backref="vacancy_notices", on_delete="RESTRICT")
    owner = pw.ForeignKeyField(Owner, null=True, backref="+", on_delete="RESTRICT")
    notice_date = pw.DateField()
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)
    remarks = pw.TextField(default="")


class VacancyInspection(BaseModel):
    unit = pw.ForeignKeyField(Unit, backref="inspections", on_delete="RESTRICT")
    inspection_date = pw.DateField()
    inspector = pw.TextField()
    findings = pw.TextField(default="")
    needs_action = pw.BooleanField(default=False)
