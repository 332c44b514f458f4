"""The audit trail: who changed what, when, before and after (append-only table)."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import peewee as pw

from app.clock import utcnow
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
    from app.services.permissions import Cap, require

    require(actor, Cap.AUDIT_VIEW)
    return AuditLog.select(
        AuditLog.id,
        AuditLog.at,
        AuditLog.username,
        AuditLog.action,
        AuditLog.table_name,
        AuditLog.record_id,
        AuditLog.detail,
    )


AUDIT_SORT = {"at": AuditLog.at, "username": AuditLog.username, "action": AuditLog.action}
