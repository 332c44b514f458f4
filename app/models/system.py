"""Office configuration that travels with the data, and the document number counters."""

import peewee as pw

from app.models.base import LocalModel, UtcDateTimeField


class OfficeSetting(LocalModel):
    key = pw.TextField(primary_key=True)
    value = pw.TextField()


class DocumentSequence(LocalModel):
    """Last number issued per document type and year (gapless numbering)."""

    doc_type = pw.TextField()
    year = pw.IntegerField()
    last_number = pw.IntegerField(default=0)

    class Meta:
        primary_key = pw.CompositeKey("doc_type", "year")


class SchemaHistory(LocalModel):
    version = pw.IntegerField(primary_key=True)
    name = pw.TextField()
    applied_at = UtcDateTimeField()
    app_version = pw.TextField()
