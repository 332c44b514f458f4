"""peewee models, one module per domain."""

from app.models.archive import (
    Attachment,
    Building,
    Community,
    Entrance,
    Handover,
    MoveOutPermit,
    Owner,
    Ownership,
    Resident,
    Unit,
    VacancyInspection,
    VacancyNotice,
    Vehicle,
)
from app.models.auth import AuditLog, User, UserRole
from app.models.system import DocumentSequence, OfficeSetting, SchemaHistory

FOUNDATION_MODELS = [OfficeSetting, DocumentSequence, SchemaHistory, User, UserRole, AuditLog]
ARCHIVE_MODELS = [
    Community,
    Building,
    Entrance,
    Unit,
    Owner,
    Ownership,
    Resident,
    Vehicle,
    Attachment,
    Handover,
    MoveOutPermit,
    VacancyNotice,
    VacancyInspection,
]
ALL_MODELS = FOUNDATION_MODELS + ARCHIVE_MODELS
