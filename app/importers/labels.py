"""The Chinese words of the archive workbook (import template and list exports).

They are the file format, not screen text: an office's spreadsheet says 住宅 and 已入住,
so the importer reads those words and the exports write them.
"""

from __future__ import annotations

from functools import cache

from app.models.archive import IdType, OwnerKind, Relation, UnitStatus, UnitType

UNIT_TYPES = {
    UnitType.RESIDENTIAL: "住宅",
    UnitType.SHOP: "商铺",
    UnitType.GARAGE: "车库",
    UnitType.STORAGE: "储藏室",
}
UNIT_STATUSES = {
    UnitStatus.UNSOLD: "未售",
    UnitStatus.VACANT: "空置",
    UnitStatus.OCCUPIED: "已入住",
    UnitStatus.DECORATING: "装修中",
    UnitStatus.RENTED: "出租",
}
OWNER_KINDS = {OwnerKind.PERSON: "个人", OwnerKind.COMPANY: "单位"}
ID_TYPES = {
    IdType.RESIDENT_ID: "身份证",
    IdType.PASSPORT: "护照",
    IdType.HK_MACAO_PERMIT: "港澳通行证",
    IdType.TAIWAN_PERMIT: "台湾通行证",
    IdType.CREDIT_CODE: "统一社会信用代码",
    IdType.OTHER: "其他",
}
RELATIONS = {Relation.FAMILY: "家属", Relation.TENANT: "租户"}
GENDERS = {"M": "男", "F": "女"}

# Other words offices use for the same thing, read on import.
_ALIASES: dict[str, dict[str, str]] = {
    "unit_type": {"住房": UnitType.RESIDENTIAL, "商业": UnitType.SHOP, "车位": UnitType.GARAGE,
                  "储物间": UnitType.STORAGE, "杂物间": UnitType.STORAGE},
    "status": {"入住": UnitStatus.OCCUPIED, "自住": UnitStatus.OCCUPIED,
               "空置房": UnitStatus.VACANT, "装修": UnitStatus.DECORATING,
               "出租中": UnitStatus.RENTED, "已出租": UnitStatus.RENTED},
    "kind": {"公司": OwnerKind.COMPANY, "企业": OwnerKind.COMPANY, "单位业主": OwnerKind.COMPANY},
    "id_type": {"居民身份证": IdType.RESIDENT_ID, "港澳居民来往内地通行证": IdType.HK_MACAO_PERMIT,
                "回乡证": IdType.HK_MACAO_PERMIT, "台胞证": IdType.TAIWAN_PERMIT,
                "台湾居民来往大陆通行证": IdType.TAIWAN_PERMIT, "营业执照": IdType.CREDIT_CODE,
                "信用代码": IdType.CREDIT_CODE},
    "relation": {"家人": Relation.FAMILY, "亲属": Relation.FAMILY, "租客": Relation.TENANT,
                 "承租人": Relation.TENANT},
    "gender": {"男性": "M", "女性": "F"},
}  # fmt: skip

_LABELS = {
    "unit_type": UNIT_TYPES,
    "status": UNIT_STATUSES,
    "kind": OWNER_KINDS,
    "id_type": ID_TYPES,
    "relation": RELATIONS,
    "gender": GENDERS,
}


@cache
def choices(kind: str) -> dict[str, str]:
    """Word → code for one kind of choice: the labels, the aliases and the codes themselves."""
    labels = _LABELS[kind]
    words = {label: code for code, label in labels.items()}
    words |= _ALIASES[kind]
    words |= {code: code for code in labels}
    return words


def label(kind: str, code: str) -> str:
    return _LABELS[kind].get(code, code)
