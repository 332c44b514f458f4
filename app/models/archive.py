"""Owner and unit archives: community → building → entrance → unit; owners, residents,
vehicles. The archives issue extends these; the foundation needs them for the demo office."""

import peewee as pw

from app.models.base import BaseModel
from app.models.fields import ScaledDecimalField


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


class Owner(BaseModel):
    name = pw.TextField(index=True)
    gender = pw.TextField(default="")  # M / F / '' (companies)
    id_type = pw.TextField(default="resident_id")
    id_number = pw.TextField(default="")
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


class Resident(BaseModel):
    unit = pw.ForeignKeyField(Unit, backref="residents", on_delete="RESTRICT")
    name = pw.TextField()
    relation = pw.TextField(default="family")  # family / tenant
    phone = pw.TextField(default="")
    id_number = pw.TextField(default="")
    lease_start = pw.DateField(null=True)
    lease_end = pw.DateField(null=True)
    remarks = pw.TextField(default="")


class Vehicle(BaseModel):
    plate = pw.TextField(unique=True)
    owner = pw.ForeignKeyField(Owner, null=True, backref="vehicles", on_delete="RESTRICT")
    unit = pw.ForeignKeyField(Unit, null=True, backref="vehicles", on_delete="RESTRICT")
    colour = pw.TextField(default="")
    model = pw.TextField(default="")
    remarks = pw.TextField(default="")
