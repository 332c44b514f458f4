"""The estate's structure: communities (小区) → buildings (楼栋) → entrances (单元)."""

from __future__ import annotations

from dataclasses import dataclass, field

import peewee as pw

from app.db import transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import Building, Community, Entrance, Unit
from app.services import audit
from app.services.permissions import Actor, Cap, require
from app.services.records import get_or_fail, required_text

_CODE_LABEL = QT_TRANSLATE_NOOP("app", "Code")
_NAME_LABEL = QT_TRANSLATE_NOOP("app", "Name")


@dataclass
class TreeNode:
    kind: str  # community / building / entrance
    id: str
    name: str
    code: str
    units: int = 0
    children: list[TreeNode] = field(default_factory=list)


def _unique(query: pw.Select, field_name: str, code: str) -> None:
    if query.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Code: {code} is already used here; choose another."),
            field=field_name,
            code=code,
        )


def create_community(actor: Actor, code: str, name: str, address: str = "") -> Community:
    require(actor, Cap.ARCHIVE_EDIT)
    code = required_text(code, "code", _CODE_LABEL, 20)
    name = required_text(name, "name", _NAME_LABEL, 60)
    with transaction():
        _unique(Community.select().where(Community.code == code), "code", code)
        row = Community.create(code=code, name=name, address=address.strip())
        audit.record(
            actor,
            "community.create",
            table="community",
            record_id=row.id,
            after=audit.snapshot(row),
        )
    return row


def create_building(
    actor: Actor, community_id: str, code: str, name: str = "", floors: int = 1
) -> Building:
    """`code` is what unit codes start with (3 → 3-2-1201); the name defaults to 3栋."""
    require(actor, Cap.ARCHIVE_EDIT)
    code = required_text(code, "code", _CODE_LABEL, 10)
    name = (name or "").strip() or f"{code}栋"
    if not 1 <= int(floors) <= 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Floors: enter a number from 1 to 200."), field="floors"
        )
    with transaction():
        community = get_or_fail(Community, community_id)
        _unique(
            Building.select().where((Building.community == community) & (Building.code == code)),
            "code",
            code,
        )
        order = Building.select(pw.fn.COALESCE(pw.fn.MAX(Building.sort_order), 0)).scalar() + 1
        row = Building.create(
            community=community, code=code, name=name, floors=int(floors), sort_order=order
        )
        audit.record(
            actor, "building.create", table="building", record_id=row.id, after=audit.snapshot(row)
        )
    return row


def create_entrance(actor: Actor, building_id: str, code: str, name: str = "") -> Entrance:
    require(actor, Cap.ARCHIVE_EDIT)
    code = required_text(code, "code", _CODE_LABEL, 10)
    name = (name or "").strip() or f"{code}单元"
    with transaction():
        building = get_or_fail(Building, building_id)
        _unique(
            Entrance.select().where((Entrance.building == building) & (Entrance.code == code)),
            "code",
            code,
        )
        order = (
            Entrance.select(pw.fn.COALESCE(pw.fn.MAX(Entrance.sort_order), 0))
            .where(Entrance.building == building)
            .scalar()
        ) + 1
        row = Entrance.create(building=building, code=code, name=name, sort_order=order)
        audit.record(
            actor, "entrance.create", table="entrance", record_id=row.id, after=audit.snapshot(row)
        )
    return row


def estate_tree(actor: Actor) -> list[TreeNode]:
    """Communities → buildings → entrances with unit counts, in display order."""
    require(actor, Cap.ARCHIVE_VIEW)
    counts = dict(Unit.select(Unit.entrance, pw.fn.COUNT(Unit.id)).group_by(Unit.entrance).tuples())
    communities = {
        c.id: TreeNode("community", c.id, c.name, c.code)
        for c in Community.select().order_by(Community.code)
    }
    buildings: dict[str, TreeNode] = {}
    for b in Building.select().order_by(Building.sort_order, Building.code):
        node = TreeNode("building", b.id, b.name, b.code)
        buildings[b.id] = node
        communities[b.community_id].children.append(node)
    for e in Entrance.select().order_by(Entrance.sort_order, Entrance.code):
        node = TreeNode("entrance", e.id, e.name, e.code, counts.get(e.id, 0))
        parent = buildings[e.building_id]
        parent.children.append(node)
        parent.units += node.units
    for community in communities.values():
        community.units = sum(b.units for b in community.children)
    return list(communities.values())
