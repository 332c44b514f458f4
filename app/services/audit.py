"""The audit trail: who changed what, when, before and after (append-only table)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import peewee as pw

from app.clock import utcnow
from app.db import database
from app.models.auth import AuditLog
from app.services.permissions import Actor

_SECRET_FIELDS = {"password_hash"}


def snapshot(instance: pw.Model) -> dict[str, object]:
    """A model's stored fields as JSON-ready values, secrets left out."""
    data = {}
    for name, fld in instance._meta.fields.items():
        if name in _SECRET_FIELDS:
            continue
        key = fld.column_name if isinstance(fld, pw.ForeignKeyField) else name
        data[key] = instance.__data__.get(name)
    return data


def _default(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def _dump(data: dict[str, object] | None) -> str | None:
    return None if data is None else json.dumps(data, ensure_ascii=False, default=_default)


def record(
    actor: Actor,
    action: str,
    *,
    table: str | None = None,
    record_id: str | None = None,
    before: dict[str, object] | None = None,
    after: dict[str, object] | None = None,
    detail: str | None = None,
) -> AuditLog:
    return AuditLog.create(
        at=utcnow(),
        user=actor.user_id,
        username=actor.username,
        action=action,
        table_name=table,
        record_id=record_id,
        before=_dump(before),
        after=_dump(after),
        detail=detail,
    )


def changed_fields(before: dict[str, object], after: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in after.items() if before.get(k) != v}


def log_query(actor: Actor) -> pw.Select:
    """The trail, each row with `subject`: the record it names as people know it (a receipt's
    number, a unit's code), looked up for the rows a page shows."""
    from app.services.permissions import Cap, require

    require(actor, Cap.AUDIT_VIEW)
    return AuditLog.select(
        AuditLog.id,
        AuditLog.at,
        AuditLog.username,
        AuditLog.action,
        AuditLog.table_name,
        AuditLog.record_id,
        _subject().alias("subject"),
        AuditLog.detail,
    )


AUDIT_SORT = {"at": AuditLog.at, "username": AuditLog.username, "action": AuditLog.action}


@dataclass(frozen=True)
class AuditFilter:
    date_from: date | None = None  # office days, both ends included
    date_to: date | None = None
    username: str = ""
    subject: str = ""  # the action's first part: "receipt", "unit", "user"…
    reference: str = ""  # a number or code: everything that happened to that record


def _day_start(day: date) -> datetime:
    from app.services import settings  # settings records its changes here

    return datetime.combine(day, time(0), tzinfo=ZoneInfo(settings.get(settings.TIMEZONE)))


def filter_log(query: pw.Select, wanted: AuditFilter) -> pw.Select:
    if wanted.date_from:
        query = query.where(AuditLog.at >= _day_start(wanted.date_from))
    if wanted.date_to:
        query = query.where(AuditLog.at < _day_start(wanted.date_to + timedelta(days=1)))
    if wanted.username:
        query = query.where(AuditLog.username == wanted.username)
    if wanted.subject:
        # A range on the action index: "receipt." ≤ action < "receipt/" ('/' follows '.').
        query = query.where(
            (AuditLog.action >= f"{wanted.subject}.") & (AuditLog.action < f"{wanted.subject}/")
        )
    if reference := wanted.reference.strip():
        query = query.where(AuditLog.record_id.in_(_records_named(reference)))
    return query


def usernames() -> list[str]:
    """Who can appear in the trail: every account (they are never deleted) and the program
    itself. Read from the accounts, not by scanning a year of entries."""
    from app.models.auth import User

    return [u for (u,) in User.select(User.username).tuples()] + [Actor.system().username]


def subjects() -> list[str]:
    """The first parts of the actions on record ("receipt", "unit"…), for a filter list:
    one seek on the action index per kind, however long the trail."""
    found: list[str] = []
    after = ""
    while row := database.execute_sql(
        "SELECT action FROM audit_log WHERE action >= ? ORDER BY action LIMIT 1", [after]
    ).fetchone():
        kind = row[0].split(".", 1)[0]
        found.append(kind)
        after = f"{kind}/" if "." in row[0] else f"{row[0]}\x00"  # '/' follows '.'
    return found


# How a record is known to people, per table: numbered documents by number, archives by
# code or name. Tables not listed show no subject (the detail and the record id remain).
_NAMED_BY = {
    "unit": "code", "owner": "name", "app_user": "username", "building": "name",
    "receipt": "number", "refund": "number", "complaint": "number", "repair_order": "number",
    "incident": "number", "stock_document": "number", "stocktake": "number",
    "notice": "number", "expense_claim": "number", "renovation": "number",
    "handover": "number", "move_out_permit": "number", "parking_shift": "number",
    "survey_round": "number", "stock_item": "name", "supplier": "name", "fee_item": "name",
    "invoice_book": "book_code", "parking_space": "code", "community_event": "title",
    "mail_item": "tracking_no", "outgoing_mail": "tracking_no", "vehicle": "plate",
    "appraisal": "period",
}  # fmt: skip
# Unique numbers and codes: what a user types to find a record's history.
_FOUND_BY = ("unit", "receipt", "refund", "complaint", "repair_order", "incident",
             "stock_document", "stocktake", "notice", "expense_claim", "renovation",
             "handover", "move_out_permit", "parking_shift", "survey_round", "invoice_book",
             "parking_space", "app_user")  # fmt: skip


# Records known through another: a rental by its space, a charge by its unit and month.
_NAMED_THROUGH = {
    "parking_rental": '(SELECT "code" FROM "parking_space" s WHERE s."id" = r."space_id")',
    "charge": '(SELECT "code" FROM "unit" u WHERE u."id" = r."unit_id")' + " || ' ' || r.period",
    "resident": 'r."name"',
    "ownership": '(SELECT "code" FROM "unit" u WHERE u."id" = r."unit_id")',
}


def _subject() -> pw.Node:
    named = {table: f'r."{column}"' for table, column in _NAMED_BY.items()} | _NAMED_THROUGH
    # The outer column through peewee, so the subquery follows whatever alias the query gets.
    cases = [
        (table, pw.NodeList((
            pw.SQL(f'(SELECT {expression} FROM "{table}" r WHERE r."id" ='),
            AuditLog.record_id,
            pw.SQL(")"),
        )))
        for table, expression in named.items()
    ]  # fmt: skip
    return pw.Case(AuditLog.table_name, cases)


# A unit's history is also that of its documents and archive rows (each on a unit_id index).
_OF_A_UNIT = ("receipt", "refund", "charge", "complaint", "repair_order", "incident",
              "renovation", "handover", "move_out_permit", "mail_item", "outgoing_mail",
              "vehicle", "parking_space", "parking_rental", "resident", "ownership",
              "vacancy_notice", "reminder", "meter_reading")  # fmt: skip


def _records_named(reference: str) -> list[str]:
    ids: list[str] = []
    for table in _FOUND_BY:
        column = _NAMED_BY[table]
        found = [i for (i,) in database.execute_sql(
            f'SELECT "id" FROM "{table}" WHERE "{column}" = ?', [reference]
        )]  # fmt: skip
        ids += found
        if table == "unit" and found:
            for other in _OF_A_UNIT:
                sql = f'SELECT "id" FROM "{other}" WHERE "unit_id" = ?'
                ids += [i for (i,) in database.execute_sql(sql, found)]
    return ids
