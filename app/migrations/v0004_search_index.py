"""Schema 4: the global search index, kept current by triggers.

Every write path (save(), insert_many, update(), raw SQL, importers) goes through SQLite, so
triggers on the archive tables keep the index in the same transaction as the write.

- `search_entry`: one row per indexed record (kind, record_id).
- `search_term`: the record's search keys, normalised (lower case, no spaces): unit code and
  its other spellings, names, pinyin, initials, phones, ID number and its last six
  characters, plates with and without the province character. `field` says which.
- `search_fts`: FTS5 trigram over `search_term.term` (external content; no column sizes, as
  nothing ranks by bm25) for substrings of three or more characters; initials and full ID
  numbers are left out (no substring use).
- `search_gram`: every one- and two-character substring of names, for the short queries
  trigrams cannot answer (王, 王伟); prefixes of every key come from a B-tree range instead.
- `search_pos`: the numbers 1..64, because triggers cannot use recursive CTEs.

The index is derived data: it stays in this office's file and never syncs.
"""

from __future__ import annotations

MAX_GRAM_POSITION = 64  # names longer than this get no one/two-character grams past it
FTS_FIELDS_EXCLUDED = "('initials', 'id')"
RANGE_FIELDS_EXCLUDED = "('id', 'id_tail')"

TABLES = f"""
CREATE TABLE search_entry (id INTEGER PRIMARY KEY, kind TEXT NOT NULL,
    record_id TEXT NOT NULL);
CREATE UNIQUE INDEX search_entry_record_id ON search_entry (record_id);
CREATE TABLE search_term (id INTEGER PRIMARY KEY, entry_id INTEGER NOT NULL,
    kind TEXT NOT NULL, field TEXT NOT NULL, term TEXT NOT NULL);
CREATE INDEX search_term_entry_id ON search_term (entry_id);
CREATE INDEX search_term_kind_term ON search_term (kind, term)
    WHERE field NOT IN {RANGE_FIELDS_EXCLUDED};
CREATE INDEX search_term_id_number ON search_term (term) WHERE field = 'id';
CREATE VIRTUAL TABLE search_fts USING fts5(term, content='search_term', content_rowid='id',
    tokenize='trigram', columnsize=0);
CREATE TABLE search_gram (gram TEXT NOT NULL, kind TEXT NOT NULL, term_id INTEGER NOT NULL,
    PRIMARY KEY (gram, kind, term_id)) WITHOUT ROWID;
CREATE TABLE search_pos (n INTEGER PRIMARY KEY);
INSERT INTO search_pos (n) VALUES {", ".join(f"({n})" for n in range(1, MAX_GRAM_POSITION + 1))}
"""


def _clean(expr: str) -> str:
    return f"lower(replace({expr}, ' ', ''))"


def _phone(expr: str) -> str:
    return f"replace(replace({expr}, ' ', ''), '-', '')"


_UNIT_FROM = (
    "FROM unit u LEFT JOIN entrance e ON e.id = u.entrance_id "
    "LEFT JOIN building b ON b.id = e.building_id"
)
# (field, expression, extra condition) per kind; r is the record's table alias.
_KEYS = {
    "unit": (
        ("code", _clean("u.code"), ""),
        ("alias", _clean("b.name || e.name || u.room_no"), ""),  # 3栋2单元1201
        ("alias", _clean("b.name || u.room_no"), ""),  # 3栋1201
        ("alias", _clean("b.code || '-' || u.room_no"), ""),  # 3-1201
    ),
    "owner": (
        ("name", _clean("r.name"), ""),
        ("pinyin", _clean("r.name_pinyin"), ""),
        ("initials", _clean("r.name_initials"), ""),
        ("phone", _phone("r.phone"), ""),
        ("phone", _phone("r.phone2"), ""),
        ("id", _clean("r.id_number"), ""),
        ("id_tail", f"substr({_clean('r.id_number')}, -6)", "AND length(r.id_number) >= 8"),
    ),
    "resident": (
        ("name", _clean("r.name"), ""),
        ("pinyin", _clean("r.name_pinyin"), ""),
        ("initials", _clean("r.name_initials"), ""),
        ("phone", _phone("r.phone"), ""),
        ("id", _clean("r.id_number"), ""),
        ("id_tail", f"substr({_clean('r.id_number')}, -6)", "AND length(r.id_number) >= 8"),
    ),
    "vehicle": (
        ("plate", _clean("r.plate"), ""),  # 粤b3k7q2
        (
            "plate",
            f"substr({_clean('r.plate')}, 2)",  # b3k7q2
            "AND unicode(r.plate) > 127 AND length(r.plate) > 2",
        ),
    ),
}
_TABLE = {"unit": "unit", "owner": "owner", "resident": "resident", "vehicle": "vehicle"}


def _insert_terms(kind: str, where: str) -> str:
    """INSERT of the keys of every `kind` record matching `where` (entries must exist)."""
    source = _UNIT_FROM if kind == "unit" else f"FROM {_TABLE[kind]} r"
    key = "u.id" if kind == "unit" else "r.id"
    arms = " UNION ".join(
        f"SELECT {key} AS rid, '{field}' AS field, {expr} AS term {source} WHERE {where} {extra}"
        for field, expr, extra in _KEYS[kind]
    )
    return (
        "INSERT INTO search_term (entry_id, kind, field, term) "
        f"SELECT s.id, s.kind, x.field, x.term FROM ({arms}) AS x "
        "JOIN search_entry s ON s.record_id = x.rid WHERE x.term <> ''"
    )


def _forget(record: str) -> list[str]:
    return [
        "DELETE FROM search_term WHERE entry_id = "
        f"(SELECT id FROM search_entry WHERE record_id = {record})",
        f"DELETE FROM search_entry WHERE record_id = {record}",
    ]


def _learn(kind: str, record: str) -> list[str]:
    key = "u.id" if kind == "unit" else "r.id"
    return [
        f"INSERT INTO search_entry (kind, record_id) VALUES ('{kind}', {record})",
        _insert_terms(kind, f"{key} = {record}"),
    ]


def _trigger(name: str, event: str, table: str, when: str, body: list[str]) -> list[str]:
    when_clause = f"WHEN {when} " if when else ""
    steps = ";\n    ".join(body)
    return [
        f"DROP TRIGGER IF EXISTS {name}",
        f"CREATE TRIGGER {name} {event} ON {table} FOR EACH ROW {when_clause}"
        f"BEGIN\n    {steps};\nEND",
    ]


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)


_WATCHED = {
    "unit": ("id", "code", "room_no", "entrance_id"),
    "owner": ("id", "name", "name_pinyin", "name_initials", "phone", "phone2", "id_number"),
    "resident": ("id", "name", "name_pinyin", "name_initials", "phone", "id_number"),
    "vehicle": ("id", "plate"),
}


def _record_triggers(kind: str) -> list[str]:
    table, columns = _TABLE[kind], _WATCHED[kind]
    return [
        *_trigger(
            f"{table}_search_insert",
            "AFTER INSERT",
            table,
            "",
            _forget("NEW.id") + _learn(kind, "NEW.id"),
        ),
        *_trigger(
            f"{table}_search_update",
            f"AFTER UPDATE OF {', '.join(columns)}",
            table,
            _changed(columns),
            _forget("OLD.id") + _learn(kind, "NEW.id"),
        ),
        *_trigger(f"{table}_search_delete", "AFTER DELETE", table, "", _forget("OLD.id")),
    ]


def _units_under(where: str) -> list[str]:
    """Re-derive the spellings of the units under a renamed building or entrance."""
    return [
        "DELETE FROM search_term WHERE entry_id IN (SELECT s.id FROM search_entry s "
        f"JOIN unit u ON u.id = s.record_id LEFT JOIN entrance e ON e.id = u.entrance_id "
        f"WHERE {where})",
        _insert_terms("unit", where),
    ]


def _place_triggers() -> list[str]:
    return [
        *_trigger(
            "building_search_update",
            "AFTER UPDATE OF code, name",
            "building",
            _changed(("code", "name")),
            _units_under("e.building_id = NEW.id"),
        ),
        *_trigger(
            "entrance_search_update",
            "AFTER UPDATE OF code, name, building_id",
            "entrance",
            _changed(("code", "name", "building_id")),
            _units_under("u.entrance_id = NEW.id"),
        ),
    ]


def _grams(term: str, source: str, condition: str, columns: str = "") -> str:
    """The one- and two-character substrings of a name (after `columns`, if given)."""
    return (
        f"SELECT substr({term}, p.n, 1){columns} FROM {source} "
        f"WHERE {condition} AND p.n <= length({term}) "
        f"UNION SELECT substr({term}, p.n, 2){columns} FROM {source} "
        f"WHERE {condition} AND p.n < length({term})"
    )


def _term_triggers() -> list[str]:
    new_grams = _grams("NEW.term", "search_pos p", "NEW.field = 'name'", ", NEW.kind, NEW.id")
    old_grams = _grams("OLD.term", "search_pos p", "OLD.field = 'name'")
    return [
        *_trigger(
            "search_term_insert",
            "AFTER INSERT",
            "search_term",
            "",
            [
                "INSERT INTO search_fts (rowid, term) SELECT NEW.id, NEW.term "
                f"WHERE NEW.field NOT IN {FTS_FIELDS_EXCLUDED}",
                f"INSERT OR IGNORE INTO search_gram (gram, kind, term_id) {new_grams}",
            ],
        ),
        *_trigger(
            "search_term_delete",
            "AFTER DELETE",
            "search_term",
            "",
            [
                "INSERT INTO search_fts (search_fts, rowid, term) "
                f"SELECT 'delete', OLD.id, OLD.term WHERE OLD.field NOT IN {FTS_FIELDS_EXCLUDED}",
                # gram IN (...) with kind and term_id fixed seeks the whole primary key
                "DELETE FROM search_gram WHERE kind = OLD.kind AND term_id = OLD.id "
                f"AND gram IN ({old_grams})",
            ],
        ),
        *_trigger(  # the FTS index holds the old text: a row is replaced, never edited
            "search_term_no_update",
            "BEFORE UPDATE",
            "search_term",
            "",
            ["SELECT RAISE(ABORT, 'search_term rows are deleted and inserted, not updated')"],
        ),
    ]


def _backfill() -> list[str]:
    """Index the rows already in the file (the triggers come after, so this runs in bulk)."""
    sql = []
    for kind, table in _TABLE.items():
        sql.append(
            f"INSERT INTO search_entry (kind, record_id) SELECT '{kind}', id FROM {table} "
            "ORDER BY id"
        )
        sql.append(_insert_terms(kind, "1"))
    sql.append(
        "INSERT INTO search_fts (rowid, term) SELECT id, term FROM search_term "
        f"WHERE field NOT IN {FTS_FIELDS_EXCLUDED}"
    )
    sql.append(
        "INSERT OR IGNORE INTO search_gram (gram, kind, term_id) "
        + _grams("t.term", "search_term t, search_pos p", "t.field = 'name'", ", t.kind, t.id")
    )
    return sql


def statements() -> list[str]:
    sql = [s.strip() for s in TABLES.split(";") if s.strip()]
    sql += _backfill()
    sql += _term_triggers()
    for kind in _TABLE:
        sql += _record_triggers(kind)
    sql += _place_triggers()
    return sql
