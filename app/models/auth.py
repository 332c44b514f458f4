"""Accounts, their roles, and the audit trail."""

import peewee as pw

from app.models.base import BaseModel, UtcDateTimeField


class User(BaseModel):
    username = pw.TextField(unique=True, collation="NOCASE")
    display_name = pw.TextField()
    password_hash = pw.TextField()
    is_active = pw.BooleanField(default=True)
    failed_logins = pw.IntegerField(default=0)
    locked_until = UtcDateTimeField(null=True)
    last_login_at = UtcDateTimeField(null=True)

    sync_omit = ("password_hash",)  # the office's secret; head office never needs it

    class Meta:
        table_name = "app_user"


class UserRole(BaseModel):
    user = pw.ForeignKeyField(User, backref="role_links", on_delete="CASCADE")
    role = pw.TextField()

    class Meta:
        indexes = ((("user", "role"), True),)


class AuditLog(BaseModel):
    """Append-only (a trigger refuses UPDATE and DELETE)."""

    at = UtcDateTimeField(index=True)
    user = pw.ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT")
    username = pw.TextField()
    action = pw.TextField(index=True)
    table_name = pw.TextField(null=True)
    record_id = pw.TextField(null=True, index=True)
    before = pw.TextField(null=True)
    after = pw.TextField(null=True)
    detail = pw.TextField(null=True)
