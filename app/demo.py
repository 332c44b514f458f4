"""A realistic demo office: one community of high-rises, its owners, residents and cars.

Every business value comes from `random.Random(seed)`, so one seed and size always give
the same office (only the uuid7 ids and timestamps differ), whichever writer stores it
(app/demo_archive.py): the archive services, like records typed in at the front desk, for
the demo office; plain rows for test fixtures and benchmarks. Either way it all goes in
inside one transaction: a cancelled run leaves nothing behind.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from app.db import database
from app.demo_archive import ImportWriter, RowWriter
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import (
    Building,
    Community,
    Entrance,
    Owner,
    Ownership,
    Resident,
    Unit,
    UnitStatus,
    UnitType,
    Vehicle,
)
from app.services.permissions import Actor
from app.validation import CREDIT_CHARS, credit_check_char, id_check_digit, org_check_char

MAX_UNITS = 200_000
# The demo's "today". Tests and benchmarks build the same office every day of the year on
# this fixed day; the `--demo` GUI and `demo --as-of today` build it up to the real today
# (complaints, repairs and today's receipts follow the office's clock in any case).
REFERENCE_DATE = date(2026, 11, 1)
_as_of: list[date | None] = [None]


def reference_date() -> date:
    return _as_of[-1] or REFERENCE_DATE


def desk_today() -> date:
    """The day the service desk's deadlines and today's money run to: the demo's today when
    one was given, else the office's clock (so the fixed-day demo still has work due today)."""
    from app.services.unit_facts import office_today

    return _as_of[-1] or office_today()


@contextmanager
def reference_day(day: date | None) -> Iterator[None]:
    """Builds inside this block treat `day` as the demo's today (None: the fixed day)."""
    _as_of.append(day)
    try:
        yield
    finally:
        _as_of.pop()


COMMUNITY = {"code": "YGHY", "name": "阳光花园", "address": "广东省深圳市龙岗区龙城街道阳光路88号"}
GARAGE_BUILDING = ("CK", "地下车库")
GARAGE_ZONE_SIZE = 500  # 26 zones (A–Z) hold every garage of the largest demo
SHOP_SHARE, GARAGE_SHARE, STORAGE_SHARE = 0.02, 0.05, 0.03

Writer = RowWriter | ImportWriter
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class DemoSummary:
    buildings: int
    entrances: int
    units: int
    owners: int
    ownerships: int
    residents: int
    vehicles: int


class _Cancelled(Exception):
    """Raised inside the transaction so that it rolls back."""


# ---------------------------------------------------------------------------- value pools


def _weighted(text: str) -> tuple[list[str], list[int]]:
    """'王712 李700' or '粤B^72 粤A^5' → (values, weights), each value beside its weight."""
    values, weights = [], []
    for item in text.split():
        value, _, weight = item.rpartition("^") if "^" in item else (item[0], "", item[1:])
        values.append(value)
        weights.append(int(weight))
    return values, weights


# Weights ≈ per ten thousand of the population (2020 census order).
SURNAMES = _weighted(
    "王712 李700 张674 刘510 陈461 杨322 黄245 赵219 吴205 周196 徐148 孙141 马133 朱126 "
    "胡131 郭118 何117 高107 林102 罗101 郑97 梁96 谢83 宋80 唐79 许70 韩69 冯66 邓65 "
    "曹64 彭62 曾61 肖60 田57 董56 袁54 潘53 于52 蒋51 蔡50 余49 杜48 叶47 程46 苏45 "
    "魏44 吕43 丁42 任41 沈40 姚39 卢38 姜37 崔36 钟36 谭35 陆34 汪33 范33 金32 石32 "
    "廖31 贾30 夏30 韦29 付29 方28 白27 邹27 孟26 熊26 秦25 邱25 江24 尹24 薛23 闫23 "
    "段22 雷22 侯21 龙21 史20 陶20 黎19 贺19 顾18 毛18 郝17 龚17 邵16 万16 钱15 严15 "
    "覃14 武14 戴14 莫13 孔13 向12 汤12 欧10 易10 常10 温9 康9 施9 文9 牛8 樊8 葛8"
)
GIVEN_FIRST = {
    "M": "子志建俊家国文明永嘉浩宇思天伟晓佳金海承振立德世光春少伟泽博一锦",
    "F": "晓丽美雅思佳欣雨诗梦秀桂慧婷子紫玉海春淑若静安可欣梓一",
}
GIVEN_LAST = {
    "M": "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳峰亮成文博晨轩睿泽海东"
    "振荣宏毅诚然豪杭铭辰楠栋彬",
    "F": "芳娜敏静丽艳娟霞燕玲婷雪慧琳颖倩洁晶欣怡萍红梅莉琴云璐蕾薇月萱悦馨涵琪瑶妍茜琦岚蓉",
}
# Where owners' ID numbers were issued: half local (Shenzhen and Guangdong), half migrants.
ID_REGIONS = _weighted(
    "440303^6 440304^7 440305^6 440306^8 440307^9 440309^4 440106^4 440104^2 441402^3 "
    "440511^2 445281^3 441581^2 440882^2 445102^2 441302^2 430104^3 430602^2 431002^2 "
    "360702^2 360102^2 420106^2 421002^1 410102^2 411302^1 510104^2 500103^2 450103^2 "
    "350102^1 110105^1 310104^1 320102^1 330106^1 610113^1 370102^1 340104^1 520302^1 "
    "530102^1 230103^1 210102^1 140105^1 620102^1 460106^1"
)
PHONE_PREFIXES = (  # mobile blocks of the three carriers: 1[3-9]x
    *range(130, 140), 147, 149, *range(150, 154), *range(155, 160), 166,
    *range(173, 179), *range(180, 190), 191, 198, 199,
)  # fmt: skip
COMPANY_WORDS = "鑫盛华信宏达金鹏创源恒通美佳百顺汇丰润泰嘉禾永兴瑞康福安隆德祥和新宇天益"
COMPANY_TRADES = (
    "贸易", "餐饮管理", "商贸", "便利店", "医药连锁", "教育科技", "文化传播", "实业",
    "烟酒商行", "美容美发", "电子科技", "家居建材",
)  # fmt: skip
STREETS = ("龙城大道", "龙岗大道", "清林路", "吉祥路", "黄阁路", "爱联路", "五和大道")

PLATE_REGIONS = _weighted(
    "粤B^72 粤A^5 粤S^4 粤L^3 粤E^2 湘A^3 赣B^2 鄂A^2 桂A^2 川A^2 闽D^1 豫A^1 粤F^1"
)
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # plates never use I or O
# (model, weight, plate kind): "" petrol, "D" battery, "F" plug-in hybrid (green plates).
# fmt: off
CARS = (
    ("大众朗逸", 9, ""), ("大众速腾", 5, ""), ("大众帕萨特", 4, ""), ("丰田卡罗拉", 6, ""),
    ("丰田凯美瑞", 5, ""), ("丰田RAV4荣放", 3, ""), ("本田雅阁", 5, ""), ("本田思域", 4, ""),
    ("本田CR-V", 3, ""), ("日产轩逸", 6, ""), ("别克英朗", 3, ""), ("宝马3系", 3, ""),
    ("奔驰C级", 3, ""), ("奥迪A4L", 3, ""), ("哈弗H6", 3, ""), ("吉利星瑞", 2, ""),
    ("长安CS75", 2, ""), ("马自达3昂克赛拉", 2, ""), ("五菱宏光", 1, ""),
    ("比亚迪秦PLUS", 6, "F"), ("比亚迪宋PLUS", 5, "F"), ("理想L7", 3, "F"),
    ("比亚迪汉EV", 4, "D"), ("比亚迪海豚", 3, "D"), ("特斯拉Model 3", 4, "D"),
    ("特斯拉Model Y", 5, "D"), ("小鹏P7", 2, "D"), ("蔚来ES6", 2, "D"),
    ("广汽埃安AION S", 3, "D"), ("五菱宏光MINIEV", 2, "D"),
)
# fmt: on
CAR_WEIGHTS = [car[1] for car in CARS]
COLOURS = _weighted("白^35 黑^25 灰^15 银^12 蓝^7 红^6")

# Status shares per unit type (unsold units have no owner).
STATUS_WEIGHTS = {
    UnitType.RESIDENTIAL: {
        UnitStatus.OCCUPIED: 68,
        UnitStatus.VACANT: 12,
        UnitStatus.RENTED: 12,
        UnitStatus.DECORATING: 4,
        UnitStatus.UNSOLD: 4,
    },
    UnitType.SHOP: {
        UnitStatus.RENTED: 50,
        UnitStatus.OCCUPIED: 20,
        UnitStatus.VACANT: 15,
        UnitStatus.DECORATING: 5,
        UnitStatus.UNSOLD: 10,
    },
    UnitType.GARAGE: {
        UnitStatus.OCCUPIED: 70,
        UnitStatus.RENTED: 5,
        UnitStatus.VACANT: 5,
        UnitStatus.UNSOLD: 20,
    },
    UnitType.STORAGE: {UnitStatus.OCCUPIED: 75, UnitStatus.VACANT: 15, UnitStatus.UNSOLD: 10},
}
# Second units: mostly a garage or storage room bought by someone who owns a flat here.
SECOND_UNIT_CHANCE = {
    UnitType.RESIDENTIAL: 0.015,
    UnitType.SHOP: 0.0,
    UnitType.GARAGE: 0.5,
    UnitType.STORAGE: 0.5,
}
COMPANY_SHOP_CHANCE = 0.3
FAMILY_CHANCE, CAR_CHANCE, SECOND_CAR_CHANCE, TENANT_CAR_CHANCE = 0.6, 0.35, 0.1, 0.2
CENT = Decimal("0.01")


# ---------------------------------------------------------------------------- layout plan


@dataclass(slots=True)
class _Slot:
    """One planned unit."""

    entrance: _EntrancePlan
    floor: int
    room_no: str
    unit_type: str
    gross: Decimal
    inner: Decimal | None


@dataclass(slots=True)
class _EntrancePlan:
    building: _BuildingPlan
    code: str
    name: str
    sort_order: int
    id: str = ""
    storage_rooms: int = 0


@dataclass(slots=True)
class _BuildingPlan:
    code: str
    name: str
    floors: int
    sort_order: int
    handover_phase: date = field(default_factory=reference_date)
    entrances: list[_EntrancePlan] = field(default_factory=list)
    slots: list[_Slot] = field(default_factory=list)
    id: str = ""


def _split_units(units: int) -> tuple[int, int, int, int]:
    """(residential, shops, garages, storage rooms) adding up to `units` exactly."""
    shops = int(units * SHOP_SHARE)
    garages = int(units * GARAGE_SHARE)
    storage = int(units * STORAGE_SHARE)
    return units - shops - garages - storage, shops, garages, storage


def _money(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def _inner(gross: Decimal, permille: int) -> Decimal:
    return (gross * permille / 1000).quantize(CENT, rounding=ROUND_HALF_UP)


def _floor_plans(rng: random.Random, per_floor: int) -> list[tuple[Decimal, Decimal]]:
    """(gross, inner) per position on a floor: the end flats are the larger ones."""
    base = rng.randint(80, 135)
    plans = []
    for position in range(per_floor):
        end = position in (0, per_floor - 1)
        metres = base * (1.18 if end else 0.85) + rng.randint(-8, 8)
        cents = max(6000, min(18000, round(metres) * 100 + rng.randint(0, 99)))
        gross = _money(cents)
        plans.append((gross, _inner(gross, rng.randint(750, 820))))
    return plans


def _layout(entrances: int, per_floor: int, floors: int, shops: int) -> tuple[int, int]:
    """(shops on the ground floor, residential capacity) of a building shape."""
    shop_here = min(shops, entrances * per_floor)
    first = 2 if shop_here else 1
    return shop_here, entrances * per_floor * (floors - first + 1)


def _fit_last(residential: int, shops: int) -> tuple[int, int, int]:
    """Shape for the last building holding exactly `residential` flats with least waste."""
    best: tuple[tuple[int, int, int], tuple[int, int, int]] | None = None
    for entrances in (2, 3):
        for per_floor in (2, 3, 4):
            shop_here = min(shops, entrances * per_floor)
            first = 2 if shop_here else 1
            floors = -(-residential // (entrances * per_floor)) + first - 1
            if floors > 33:
                continue
            waste = entrances * per_floor * (floors - first + 1) - residential
            key = (shops - shop_here, waste, -floors)  # all shops placed first, then tidy
            if best is None or key < best[0]:
                best = (key, (entrances, per_floor, floors))
    assert best is not None  # the caller only fits what one 33-floor building can hold
    return best[1]


def _plan_building(
    rng: random.Random, number: int, residential: int, shops: int
) -> tuple[_BuildingPlan, int, int]:
    """One high-rise; returns it with the flats and shops it took."""
    entrances, per_floor, floors = rng.randint(2, 3), rng.randint(2, 4), rng.randint(18, 33)
    shop_here, capacity = _layout(entrances, per_floor, floors, shops)
    if residential <= capacity:
        entrances, per_floor, floors = _fit_last(residential, shops)
        shop_here, capacity = _layout(entrances, per_floor, floors, shops)
    flats = min(residential, capacity)
    building = _BuildingPlan(str(number), f"{number}栋", floors, number)
    plans = _floor_plans(rng, per_floor)
    shop_areas = [_money(rng.randint(4000, 20000)) for _ in range(shop_here)]
    flat_floors = range(2 if shop_here else 1, floors + 1)
    flats_left = flats
    for index in range(1, entrances + 1):
        entrance = _EntrancePlan(building, str(index), f"{index}单元", index)
        before = len(building.slots)
        for position in range(per_floor):
            if shop_areas:  # shops front the street on the ground floor
                gross = shop_areas.pop()
                inner = _inner(gross, rng.randint(820, 900))
                _add_slot(entrance, 1, position, UnitType.SHOP, gross, inner)
        for floor in flat_floors:
            for position in range(per_floor):
                if flats_left > 0:
                    gross, inner = plans[position]
                    _add_slot(entrance, floor, position, UnitType.RESIDENTIAL, gross, inner)
                    flats_left -= 1
        if len(building.slots) > before:  # the last building may not need every entrance
            building.entrances.append(entrance)
    return building, flats, shop_here


def _add_slot(
    entrance: _EntrancePlan,
    floor: int,
    position: int,
    unit_type: str,
    gross: Decimal,
    inner: Decimal | None,
) -> None:
    room_no = f"{floor}{position + 1:02d}"
    entrance.building.slots.append(_Slot(entrance, floor, room_no, unit_type, gross, inner))


def _plan_storage(rng: random.Random, buildings: list[_BuildingPlan], count: int) -> None:
    """Storage rooms on floor -1, dealt round the entrances so each gets a few."""
    entrances = [e for b in buildings for e in b.entrances]
    for index in range(count):
        entrance = entrances[index % len(entrances)]
        entrance.storage_rooms += 1
        gross = _money(rng.randint(500, 1200))
        room_no = f"D{entrance.storage_rooms:02d}"
        entrance.building.slots.append(_Slot(entrance, -1, room_no, UnitType.STORAGE, gross, None))


def _plan_garages(rng: random.Random, count: int, sort_order: int) -> _BuildingPlan | None:
    if count == 0:
        return None
    code, name = GARAGE_BUILDING
    building = _BuildingPlan(code, name, 1, sort_order)
    for index in range(count):
        zone, number = divmod(index, GARAGE_ZONE_SIZE)
        if number == 0:
            letter = chr(ord("A") + zone)
            building.entrances.append(_EntrancePlan(building, letter, f"{letter}区", zone + 1))
        gross = _money(rng.randint(1200, 2000))
        building.slots.append(
            _Slot(building.entrances[-1], -1, f"{number + 1:03d}", UnitType.GARAGE, gross, None)
        )
    return building


def _plan_office(rng: random.Random, units: int) -> list[_BuildingPlan]:
    residential, shops, garages, storage = _split_units(units)
    buildings: list[_BuildingPlan] = []
    while residential > 0:
        building, flats, shop_here = _plan_building(rng, len(buildings) + 1, residential, shops)
        buildings.append(building)
        residential -= flats
        shops -= shop_here
    assert shops == 0, "every shop has a ground floor"
    _plan_storage(rng, buildings, storage)
    _assign_phases(rng, buildings)
    garage = _plan_garages(rng, garages, len(buildings) + 1)
    if garage is not None:
        garage.handover_phase = buildings[0].handover_phase
        buildings.append(garage)
    return buildings


def _assign_phases(rng: random.Random, buildings: list[_BuildingPlan]) -> None:
    """Buildings are handed over in up to six phases from mid-2019 to late 2025."""
    phases = min(6, len(buildings))
    starts = [
        date(2019, 6, 1) + timedelta(days=k * 2300 // max(1, phases - 1) + rng.randint(0, 60))
        for k in range(phases)
    ]
    for index, building in enumerate(buildings):
        building.handover_phase = starts[index * phases // len(buildings)]


# ---------------------------------------------------------------------------- people


@dataclass(slots=True)
class _Person:
    name: str
    surname: str
    gender: str
    birth: date
    id_number: str
    phone: str


class _People:
    """Names, phones and ID numbers; phones and ID numbers never repeat in one office."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.phones: set[str] = set()
        self.id_numbers: set[str] = set()
        self.companies: set[str] = set()

    def name(self, gender: str, surname: str | None = None) -> tuple[str, str]:
        rng = self.rng
        surname = surname or rng.choices(*SURNAMES)[0]
        given = rng.choice(GIVEN_LAST[gender])
        if rng.random() < 0.75:
            given = rng.choice(GIVEN_FIRST[gender]) + given
        return surname + given, surname

    def phone(self) -> str:
        while True:
            phone = f"{self.rng.choice(PHONE_PREFIXES)}{self.rng.randrange(10**8):08d}"
            if phone not in self.phones:
                self.phones.add(phone)
                return phone

    def id_number(self, birth: date, gender: str) -> str:
        rng = self.rng
        while True:
            sequence = rng.randrange(1, 100) * 10 + rng.randrange(5) * 2 + (gender == "M")
            body = f"{rng.choices(*ID_REGIONS)[0]}{birth:%Y%m%d}{sequence:03d}"
            number = body + id_check_digit(body)
            if number not in self.id_numbers:
                self.id_numbers.add(number)
                return number

    def person(
        self,
        birth: date,
        gender: str | None = None,
        surname: str | None = None,
        with_phone: bool = True,
    ) -> _Person:
        gender = gender or self.rng.choice("MF")
        name, surname = self.name(gender, surname)
        phone = self.phone() if with_phone else ""
        return _Person(name, surname, gender, birth, self.id_number(birth, gender), phone)

    def birth(self, year: int) -> date:
        return date(year, 1, 1) + timedelta(days=self.rng.randrange(365))

    def company(self) -> tuple[str, str]:
        """(name, unified social credit code) of a small Shenzhen business."""
        rng = self.rng
        while True:
            words = "".join(rng.sample(COMPANY_WORDS, 2))
            name = f"深圳市{words}{rng.choice(COMPANY_TRADES)}有限公司"
            if name not in self.companies:
                self.companies.add(name)
                break
        org = "".join(rng.choice(CREDIT_CHARS[:10]) for _ in range(8))
        org += org_check_char(org)
        body = "91440300" + org
        return name, body + credit_check_char(body)


# ---------------------------------------------------------------------------- writing


@dataclass(slots=True)
class _OwnerRecord:
    id: str
    person: _Person | None


class _OfficeBuilder:
    """Turns the layout plan into rows: units, then who owns, lives in and parks there."""

    def __init__(self, rng: random.Random, writer: Writer) -> None:
        self.rng = rng
        self.writer = writer
        self.people = _People(rng)
        self.plates: set[str] = set()
        self.single_owners: list[_OwnerRecord] = []  # flat owners who may buy a second unit

    def structure(self, buildings: list[_BuildingPlan]) -> None:
        community = self.writer.add(Community, **COMMUNITY)
        for b in buildings:
            b.id = self.writer.add(
                Building,
                community=community,
                code=b.code,
                name=b.name,
                floors=b.floors,
                sort_order=b.sort_order,
            )
            for e in b.entrances:
                e.id = self.writer.add(
                    Entrance, building=b.id, code=e.code, name=e.name, sort_order=e.sort_order
                )

    def unit(self, slot: _Slot) -> None:
        rng = self.rng
        weights = STATUS_WEIGHTS[slot.unit_type]
        status = rng.choices(list(weights), list(weights.values()))[0]
        building = slot.entrance.building
        handover = None if status == UnitStatus.UNSOLD else self._handover(slot, status)
        unit_id = self.writer.add(
            Unit,
            entrance=slot.entrance.id,
            code=f"{building.code}-{slot.entrance.code}-{slot.room_no}",
            floor=slot.floor,
            room_no=slot.room_no,
            unit_type=slot.unit_type,
            gross_area=slot.gross,
            inner_area=slot.inner,
            status=status,
            handover_date=handover,
        )
        if handover is None:
            return
        owner = self._owner(slot.unit_type, handover)
        self.writer.add(Ownership, unit=unit_id, owner=owner.id, start_date=handover)
        if status == UnitStatus.RENTED:
            self._tenants(unit_id, slot.unit_type, handover)
        elif status == UnitStatus.OCCUPIED and slot.unit_type == UnitType.RESIDENTIAL:
            if owner.person is not None and rng.random() < FAMILY_CHANCE:
                self._household(unit_id, owner.person)
            if rng.random() < CAR_CHANCE:
                self._vehicle(unit_id, owner.id)
                if rng.random() < SECOND_CAR_CHANCE:
                    self._vehicle(unit_id, owner.id)

    def _handover(self, slot: _Slot, status: str) -> date:
        rng = self.rng
        phase = slot.entrance.building.handover_phase
        if status == UnitStatus.DECORATING:
            return max(phase, reference_date() - timedelta(days=rng.randint(20, 240)))
        if slot.unit_type == UnitType.GARAGE:  # bought whenever a car came along
            return phase + timedelta(days=rng.randrange((reference_date() - phase).days - 30))
        latest = (reference_date() - phase).days - 60
        if status != UnitStatus.RENTED and latest > 180 and rng.random() < 0.2:
            return phase + timedelta(days=rng.randint(181, latest))  # sold later
        return phase + timedelta(days=rng.randint(0, 180))

    def _owner(self, unit_type: str, handover: date) -> _OwnerRecord:
        rng = self.rng
        if self.single_owners and rng.random() < SECOND_UNIT_CHANCE[unit_type]:
            index = rng.randrange(len(self.single_owners))
            self.single_owners[index], self.single_owners[-1] = (
                self.single_owners[-1],
                self.single_owners[index],
            )
            return self.single_owners.pop()
        if unit_type == UnitType.SHOP and rng.random() < COMPANY_SHOP_CHANCE:
            return self._company_owner()
        people = self.people
        person = people.person(people.birth(handover.year - rng.randint(25, 60)))
        extra: dict[str, str] = {}
        if rng.random() < 0.15:
            extra["phone2"] = people.phone()
        if rng.random() < 0.4:
            extra["emergency_contact"] = people.name(rng.choice("MF"))[0]
            extra["emergency_phone"] = people.phone()
        record = _OwnerRecord(
            self.writer.add(
                Owner,
                name=person.name,
                gender=person.gender,
                id_type="resident_id",
                id_number=person.id_number,
                phone=person.phone,
                **extra,
            ),
            person,
        )
        if unit_type == UnitType.RESIDENTIAL:
            self.single_owners.append(record)
        return record

    def _company_owner(self) -> _OwnerRecord:
        people = self.people
        name, code = people.company()
        contact = people.name(self.rng.choice("MF"))[0]
        address = f"深圳市龙岗区{self.rng.choice(STREETS)}{self.rng.randint(1, 399)}号"
        owner_id = self.writer.add(
            Owner,
            name=name,
            kind="company",
            gender="",
            id_type="credit_code",
            id_number=code,
            phone=people.phone(),
            address=address,
            emergency_contact=contact,
            emergency_phone=people.phone(),
            remarks=f"联系人：{contact}",
        )
        return _OwnerRecord(owner_id, None)

    def _household(self, unit_id: str, head: _Person) -> None:
        """Family living with the owner: spouse, children, sometimes a parent."""
        rng = self.rng
        members: list[tuple[_Person, str]] = []
        if rng.random() < 0.75:
            spouse_gender = "F" if head.gender == "M" else "M"
            birth = self.people.birth(head.birth.year + rng.randint(-5, 5))
            members.append((self.people.person(birth, spouse_gender), "配偶"))
        father = head if head.gender == "M" else (members[0][0] if members else head)
        for _ in range(rng.choices((0, 1, 2), (25, 45, 30))[0]):
            birth = self.people.birth(head.birth.year + rng.randint(24, 38))
            if birth < reference_date():
                adult = _age(birth) >= 18
                child = self.people.person(birth, surname=father.surname, with_phone=adult)
                members.append((child, "子女"))
        if rng.random() < 0.2:
            birth = self.people.birth(head.birth.year - rng.randint(24, 32))
            members.append((self.people.person(birth, surname=head.surname), "父母"))
        if not members:
            birth = self.people.birth(head.birth.year + rng.randint(-5, 5))
            members.append((self.people.person(birth), "亲属"))
        for person, role in members:
            self.writer.add(
                Resident,
                unit=unit_id,
                name=person.name,
                gender=person.gender,
                relation="family",
                family_role=role,
                phone=person.phone,
                id_number=person.id_number,
            )

    def _tenants(self, unit_id: str, unit_type: str, handover: date) -> None:
        rng = self.rng
        start = max(
            reference_date() - timedelta(days=rng.randint(15, 700)),
            handover + timedelta(days=rng.randint(15, 60)),
        )
        years = 1 if _add_years(start, 1) > reference_date() and rng.random() < 0.6 else 2
        if unit_type == UnitType.SHOP:
            years += rng.randint(1, 3)  # shops let for longer
        end = _add_years(start, years) - timedelta(days=1)
        count = 2 if unit_type == UnitType.RESIDENTIAL and rng.random() < 0.4 else 1
        tenants = [
            self.people.person(self.people.birth(reference_date().year - rng.randint(22, 55)))
            for _ in range(count)
        ]
        for person in tenants:
            self.writer.add(
                Resident,
                unit=unit_id,
                name=person.name,
                gender=person.gender,
                relation="tenant",
                phone=person.phone,
                id_number=person.id_number,
                lease_start=start,
                lease_end=end,
            )
        if unit_type == UnitType.RESIDENTIAL and rng.random() < TENANT_CAR_CHANCE:
            self._vehicle(unit_id, None, remarks=f"租户车辆（{tenants[0].name}）")

    def _vehicle(self, unit_id: str, owner_id: str | None, remarks: str = "") -> None:
        rng = self.rng
        model, _, energy = rng.choices(CARS, CAR_WEIGHTS)[0]
        self.writer.add(
            Vehicle,
            plate=self._plate(energy),
            owner=owner_id,
            unit=unit_id,
            colour=rng.choices(*COLOURS)[0],
            model=model,
            remarks=remarks,
        )

    def _plate(self, energy: str) -> str:
        rng = self.rng
        while True:
            region = rng.choices(*PLATE_REGIONS)[0]
            if energy:
                tail = energy + f"{rng.randrange(10**5):05d}"
            else:
                chars = [rng.choice("0123456789") for _ in range(5)]
                for _ in range(rng.choices((0, 1, 2), (60, 30, 10))[0]):
                    chars[rng.randrange(5)] = rng.choice(PLATE_LETTERS)
                tail = "".join(chars)
            plate = region + tail
            if plate not in self.plates:
                self.plates.add(plate)
                return plate


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _age(birth: date) -> int:
    before = (reference_date().month, reference_date().day) < (birth.month, birth.day)
    return reference_date().year - birth.year - before


# ---------------------------------------------------------------------------- entry point


def generate_demo_office(
    units: int,
    seed: int = 1,
    progress: Progress | None = None,
    through_services: Actor | None = None,
) -> DemoSummary | None:
    """Fill the open, empty database with a demo office of exactly `units` units: through
    the archive import as the actor `through_services`, or as plain rows without it
    (app/demo_archive.py).

    `progress(done, total)` is called now and then with unit counts; returning False
    cancels: everything is rolled back and None is returned.
    """
    _check_size(units)
    try:
        with database.atomic():
            _check_empty()
            return _generate(units, seed, progress, _writer(through_services))
    except _Cancelled:
        return None


def _check_size(units: int) -> None:
    if not 1 <= units <= MAX_UNITS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "demo", "A demo office has between {minimum} and {maximum} units, not {units}."
            ),
            field="units",
            minimum=1,
            maximum=MAX_UNITS,
            units=units,
        )


def _check_empty() -> None:
    if Unit.select().exists() or Community.select().exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "demo", "The database already holds an office; use a new file for the demo."
            ),
            field="units",
        )


def _writer(actor: Actor | None) -> Writer:
    if actor is None:
        return RowWriter()
    # PropDesk came in half a year ago: older 入伙 forms are on paper, their dates imported
    return ImportWriter(actor, forms_since=reference_date() - timedelta(days=182))


def _generate(units: int, seed: int, progress: Progress | None, writer: Writer) -> DemoSummary:
    rng = random.Random(seed)
    buildings = _plan_office(rng, units)
    builder = _OfficeBuilder(rng, writer)
    builder.structure(buildings)
    _report(progress, 0, units)
    for done, slot in enumerate(_slots(buildings), start=1):
        builder.unit(slot)
        if done % writer.BATCH == 0 or done == units:
            writer.flush()
            _report(progress, done, units)
    writer.finish()
    counts = writer.counts
    return DemoSummary(
        buildings=counts[Building],
        entrances=counts[Entrance],
        units=counts[Unit],
        owners=counts[Owner],
        ownerships=counts[Ownership],
        residents=counts[Resident],
        vehicles=counts[Vehicle],
    )


def _slots(buildings: list[_BuildingPlan]) -> Iterator[_Slot]:
    for building in buildings:
        yield from building.slots


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise _Cancelled
