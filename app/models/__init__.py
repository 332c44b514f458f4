"""peewee models, one module per domain."""

from app.models.archive import (
    Building,
    Community,
    Entrance,
    Owner,
    Ownership,
    Resident,
    Unit,
    Vehicle,
)
from app.models.auth import AuditLog, User, UserRole
from app.models.system import DocumentSequence, OfficeSetting, SchemaHistory

FOUNDATION_MODELS = [OfficeSetting, DocumentSequence, SchemaHistory, User, UserRole, AuditLog]
ARCHIVE_MODELS = [Community, Building, Entrance, Unit, Owner, Ownership, Resident, Vehicle]
ALL_MODELS = FOUNDATION_MODELS + ARCHIVE_MODELS
