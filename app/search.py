"""The global search behind Ctrl+F and `main.py search`: units, owners, residents, vehicles.

The index (schema 4, kept by triggers) holds each record's normalised keys. One keystroke
query reads, per kind and with a small LIMIT each:

- a B-tree range on the keys for exact and prefix matches (any length);
- the one/two-character name grams for short substrings (王, 王伟), which trigrams can't do;
- the FTS5 trigram index for substrings of three or more characters (phone fragments,
  `2-1201`, `sanfeng`), plus the ID number's last six characters for ID tails;
- the full ID number, exact only.

Candidates are ranked in Python: exact, then tail (last digits of a phone, end of an ID
number), then prefix, then substring; within a class the kind order (unit, owner, resident,
vehicle; vehicles first for a plate-shaped query, people first for 4–6 digits), then the
shorter key. Only the hits shown are read from the archive tables, so subtitles (current
units, masked phones) are always current.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import peewee as pw

from app.db import database
from app.models.archive import Building, Entrance, Owner, Ownership, Resident, Unit, Vehicle
from app.services.permissions import Actor, Cap, require
from app.validation import mask_id, mask_phone

MAX_HITS = 20
MAX_QUERY_CHARS = 64  # longer than any key: the rest can't change the answer
KINDS = ("unit", "owner", "resident", "vehicle")
EXACT, TAIL, PREFIX, SUBSTRING = 0, 1, 2, 3
RANKS = {EXACT: "exact", TAIL: "tail", PREFIX: "prefix", SUBSTRING: "substring"}

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"
_PLATE = re.compile(rf"[{_PROVINCES}][a-z][a-z0-9]{{0,6}}|[a-z](?=[a-z0-9]*\d)[a-z0-9]{{1,6}}")
_TAIL = re.compile(r"\d{4,6}|\d{3,5}x")
_PHONE = re.compile(r"1\d{2}-\d{4}-\d{4}")
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−﹣", "-"))
_DROPPED = re.compile(r"[\s·•]+")


@dataclass(frozen=True)
class SearchHit:
    kind: str  # unit / owner / resident / vehicle
    record_id: str
    title: str
    subtitle: str
    unit_code: str | None
    rank: int = SUBSTRING  # EXACT, TAIL, PREFIX or SUBSTRING
    matched: str = ""  # the key that matched: code, alias, name, pinyin, phone, id, plate...


@dataclass(frozen=True, order=True)
class _Candidate:
    sort_key: tuple[int, int, int, str, str]
    kind: str
    record_id: str
    field: str
    term: str


def search(actor: Actor, text: str, limit: int = MAX_HITS) -> list[SearchHit]:
    """The best `limit` hits for what was typed, grouped by kind, best group first."""
    require(actor, Cap.ARCHIVE_VIEW)
    query = normalise(text)
    if not query or limit <= 0:
        return []
    rows = database.execute_sql(*_candidate_sql(query, per_kind=2 * limit)).fetchall()
    best = _rank(query, rows)[:limit]
    return _grouped(_display(actor, best))


def normalise(text: str) -> str:
    """What the keys are stored as: half-width, lower case, no spaces, dots or controls."""
    text = unicodedata.normalize("NFKC", text or "").translate(_DASHES)
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cs", "Cf"))
    text = _DROPPED.sub("", text).lower()[:MAX_QUERY_CHARS]
    return text.replace("-", "") if _PHONE.fullmatch(text) else text


# ---------------------------------------------------------------------------- candidates

_COLUMNS = "s.kind, s.record_id, t.field, t.term"
_RANGE = (
    f"SELECT * FROM (SELECT {_COLUMNS} FROM search_term t "
    "JOIN search_entry s ON s.id = t.entry_id "
    "WHERE t.kind = ? AND t.term >= ? AND t.term < ? AND t.field NOT IN ('id', 'id_tail') "
    "ORDER BY t.term LIMIT ?)"
)
_GRAM = (
    f"SELECT * FROM (SELECT {_COLUMNS} FROM search_gram g "
    "JOIN search_term t ON t.id = g.term_id JOIN search_entry s ON s.id = t.entry_id "
    "WHERE g.gram = ? AND g.kind = ? LIMIT ?)"
)
_FTS = (
    f"SELECT * FROM (SELECT {_COLUMNS} FROM search_fts f "
    "JOIN search_term t ON t.id = f.rowid JOIN search_entry s ON s.id = t.entry_id "
    "WHERE search_fts MATCH ? LIMIT ?)"
)
_ID_NUMBER = (
    f"SELECT {_COLUMNS} FROM search_term t JOIN search_entry s ON s.id = t.entry_id "
    "WHERE t.field = 'id' AND t.term = ?"
)


def _candidate_sql(query: str, per_kind: int) -> tuple[str, list[object]]:
    """One statement (UNION ALL of small LIMITed reads) so a keystroke is one round trip."""
    parts: list[str] = []
    params: list[object] = []
    upper = _after_prefix(query)
    for kind in KINDS:
        parts.append(_RANGE)
        params += [kind, query, upper, per_kind]
    if len(query) < 3:
        for kind in KINDS:
            parts.append(_GRAM)
            params += [query, kind, per_kind]
    else:
        parts.append(_FTS)
        params += [_fts_phrase(query), 4 * per_kind]
        parts.append(_ID_NUMBER)
        params.append(query)
    return " UNION ALL ".join(parts), params


def _after_prefix(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix`."""
    last = ord(prefix[-1])
    if last >= 0x10FFFF:
        return prefix + "\U0010ffff"
    return prefix[:-1] + chr(last + 1 if last + 1 not in range(0xD800, 0xE000) else 0xE000)


def _fts_phrase(query: str) -> str:
    """The query as one FTS5 string literal: quotes doubled, so no input is syntax."""
    return '"' + query.replace('"', '""') + '"'


# ---------------------------------------------------------------------------- ranking


def _match_rank(query: str, field: str, term: str) -> int | None:
    if field == "id_tail":  # only the very end of an ID number counts
        return TAIL if len(query) >= 4 and term.endswith(query) else None
    if field == "id":
        return EXACT if term == query else None
    if term == query:
        return EXACT
    if field == "phone" and len(query) >= 4 and query.isdigit() and term.endswith(query):
        return TAIL
    if term.startswith(query):
        return PREFIX
    return SUBSTRING if query in term else None


def _kind_order(query: str) -> dict[str, int]:
    if _PLATE.fullmatch(query):
        order: Sequence[str] = ("vehicle", "unit", "owner", "resident")
    elif _TAIL.fullmatch(query):
        order = ("owner", "resident", "unit", "vehicle")
    else:
        order = KINDS
    return {kind: index for index, kind in enumerate(order)}


def _rank(query: str, rows: Iterable[tuple[str, str, str, str]]) -> list[_Candidate]:
    """One candidate per record (its best key), best first, in a fully determined order."""
    order = _kind_order(query)
    best: dict[tuple[str, str], _Candidate] = {}
    for kind, record_id, field, term in rows:
        rank = _match_rank(query, field, term)
        if rank is None:
            continue
        key = (rank, order[kind], len(term), term, record_id)
        candidate = _Candidate(key, kind, record_id, field, term)
        previous = best.get((kind, record_id))
        if previous is None or candidate < previous:
            best[(kind, record_id)] = candidate
    return sorted(best.values())


def _grouped(hits: list[SearchHit]) -> list[SearchHit]:
    """Kinds together, each group where its best hit ranked; order inside groups kept."""
    groups: dict[str, list[SearchHit]] = {}
    for hit in hits:
        groups.setdefault(hit.kind, []).append(hit)
    return [hit for group in groups.values() for hit in group]


# ---------------------------------------------------------------------------- display


@dataclass(frozen=True)
class _Record:
    """What a hit shows; phone and ID number are raw here and masked when composed."""

    title: str
    unit_code: str | None
    details: tuple[str, ...]
    phone: str = ""
    phone2: str = ""
    id_number: str = ""


def _display(actor: Actor, best: list[_Candidate]) -> list[SearchHit]:
    """SearchHits in `best` order; a record deleted since the index read is skipped."""
    records: dict[tuple[str, str], _Record] = {}
    for kind, reader in (
        ("unit", _units),
        ("owner", _owners),
        ("resident", _residents),
        ("vehicle", _vehicles),
    ):
        record_ids = [c.record_id for c in best if c.kind == kind]
        if record_ids:
            records.update(((kind, rid), rec) for rid, rec in reader(record_ids).items())
    hits = []
    for candidate in best:
        record = records.get((candidate.kind, candidate.record_id))
        if record is not None:
            subtitle = " · ".join(
                part for part in (_contact(record, candidate), *record.details) if part
            )
            hits.append(
                SearchHit(
                    candidate.kind,
                    candidate.record_id,
                    record.title,
                    subtitle,
                    record.unit_code,
                    rank=candidate.sort_key[0],
                    matched=candidate.field,
                )
            )
    return hits


def _contact(record: _Record, candidate: _Candidate) -> str:
    """The phone (or, when the ID number matched, the ID number), always masked: a search
    list is read over the counter, and full values are revealed one at a time, audited, in
    the record dialog (app.services.sensitive)."""
    if candidate.field in ("id", "id_tail"):
        return mask_id(record.id_number)
    phone = record.phone or record.phone2
    if candidate.field == "phone" and record.phone2 and _phone_key(record.phone2) == candidate.term:
        phone = record.phone2
    return mask_phone(phone)


def _phone_key(phone: str) -> str:
    return phone.replace(" ", "").replace("-", "")


def _current_units(owner_ids: list[str]) -> dict[str, list[str]]:
    rows = (
        Ownership.select(Ownership.owner, Unit.code)
        .join(Unit)
        .where(Ownership.owner.in_(owner_ids) & Ownership.end_date.is_null())
        .order_by(Unit.code)
        .tuples()
    )
    units: dict[str, list[str]] = {}
    for owner_id, code in rows:
        units.setdefault(owner_id, []).append(code)
    return units


def _units(ids: list[str]) -> dict[str, _Record]:
    owners: dict[str, list[str]] = {}
    for unit_id, name in (
        Ownership.select(Ownership.unit, Owner.name)
        .join(Owner)
        .where(Ownership.unit.in_(ids) & Ownership.end_date.is_null())
        .order_by(Owner.name)
        .tuples()
    ):
        owners.setdefault(unit_id, []).append(name)
    rows = (
        Unit.select(Unit.id, Unit.code, Unit.gross_area, Building.name, Entrance.name)
        .join(Entrance, pw.JOIN.LEFT_OUTER)
        .join(Building, pw.JOIN.LEFT_OUTER)
        .where(Unit.id.in_(ids))
        .tuples()
    )
    return {
        unit_id: _Record(
            code,
            code,
            (f"{building or ''}{entrance or ''}", f"{area} ㎡", "、".join(owners.get(unit_id, ()))),
        )
        for unit_id, code, area, building, entrance in rows
    }


def _owners(ids: list[str]) -> dict[str, _Record]:
    units = _current_units(ids)
    rows = (
        Owner.select(Owner.id, Owner.name, Owner.phone, Owner.phone2, Owner.id_number)
        .where(Owner.id.in_(ids))
        .tuples()
    )
    records = {}
    for owner_id, name, phone, phone2, id_number in rows:
        codes = units.get(owner_id, [])
        records[owner_id] = _Record(
            name, codes[0] if codes else None, ("、".join(codes),), phone, phone2, id_number
        )
    return records


def _residents(ids: list[str]) -> dict[str, _Record]:
    rows = (
        Resident.select(Resident.id, Resident.name, Resident.phone, Resident.id_number, Unit.code)
        .join(Unit, pw.JOIN.LEFT_OUTER)
        .where(Resident.id.in_(ids))
        .tuples()
    )
    return {
        resident_id: _Record(name, code, (code or "",), phone, "", id_number)
        for resident_id, name, phone, id_number, code in rows
    }


def _vehicles(ids: list[str]) -> dict[str, _Record]:
    rows = (
        Vehicle.select(
            Vehicle.id, Vehicle.plate, Vehicle.model, Vehicle.colour, Unit.code, Owner.name
        )
        .join(Unit, pw.JOIN.LEFT_OUTER, on=(Unit.id == Vehicle.unit))
        .switch(Vehicle)
        .join(Owner, pw.JOIN.LEFT_OUTER, on=(Owner.id == Vehicle.owner))
        .where(Vehicle.id.in_(ids))
        .tuples()
    )
    return {
        vehicle_id: _Record(
            plate,
            code,
            (f"{colour}{model}" if colour and model else model, code or "", owner or ""),
        )
        for vehicle_id, plate, model, colour, code, owner in rows
    }
