"""Confidential fields (ID numbers, phone numbers).

Lists, search results and dialogs show them masked to everyone; a user holding
`archive.view_sensitive` can reveal one value at a time, and every reveal is written to the
audit trail (the manual's 借阅 rule: looking at the archive is recorded).
"""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP, NotFound
from app.models.archive import Owner, Resident
from app.services import audit
from app.services.permissions import Actor, Cap, require
from app.validation import mask_id, mask_phone

SENSITIVE_FIELDS = {
    "owner": (Owner, ("id_number", "phone", "phone2", "emergency_phone")),
    "resident": (Resident, ("id_number", "phone")),
}


def masked(value: str, kind: str = "phone") -> str:
    return mask_id(value) if kind == "id" else mask_phone(value)


def reveal(actor: Actor, table: str, record_id: str, field: str) -> str:
    """The full value of one confidential field, for the 'show' button; audited."""
    require(actor, Cap.ARCHIVE_VIEW_SENSITIVE)
    model, fields = SENSITIVE_FIELDS[table]
    if field not in fields:
        raise ValueError(f"{table}.{field} is not a confidential field")
    row = model.get_or_none(model.id == record_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("app", "The record no longer exists."))
    audit.record(actor, "archive.view_sensitive", table=table, record_id=record_id, detail=field)
    return getattr(row, field)
