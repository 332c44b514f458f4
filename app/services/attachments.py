"""Attachments: scanned contracts, handover forms, inspection photos kept beside the database.

A file is stored once under its SHA-256 (`<db stem>-files/ab/abcdef…`); the `attachment` row
is its metadata. The copy is written to a temporary name and renamed, and the rename happens
under the database write lock together with the row, so a clean-up after a failed save can't
remove a file another writer has just referenced.
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.db import database, database_path, transaction
from app.errors import QT_TRANSLATE_NOOP, ValidationError
from app.models.archive import Attachment
from app.services import audit
from app.services.permissions import Actor, Cap, require

MAX_BYTES = 50 * 1024 * 1024
MAX_DESCRIPTION = 200
_CHUNK = 1024 * 1024
_HASH = re.compile(r"[0-9a-f]{64}")
_TABLE = re.compile(r"[a-z_][a-z0-9_]*")


@dataclass(frozen=True)
class StagedFile:
    """A source file copied into the store's folder under a temporary name, hashed."""

    file_name: str
    temp: Path
    content_hash: str
    size_bytes: int
    media_type: str


def files_root() -> Path:
    db = database_path()
    return db.with_name(f"{db.stem}-files")


def attachment_path(attachment: Attachment) -> Path:
    return _hash_path(attachment.content_hash)


def _hash_path(content_hash: str) -> Path:
    if not _HASH.fullmatch(content_hash):  # synced rows are data: never trust them as paths
        raise ValueError(f"not a SHA-256 hex digest: {content_hash!r}")
    return files_root() / content_hash[:2] / content_hash


def check_source(source: Path | str) -> Path:
    """The file exists, is not empty and is within the size limit; else a ValidationError."""
    path = Path(source)
    if not path.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "File: {file} does not exist or is not a file."),
            field="file",
            file=str(path),
        )
    size = path.stat().st_size
    if size == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "File: {file} is empty; choose the scanned file."),
            field="file",
            file=path.name,
        )
    if size > MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "File: {file} is larger than {limit} MB; scan it at a lower resolution."
            ),
            field="file",
            file=path.name,
            limit=MAX_BYTES // (1024 * 1024),
        )
    return path


def stage_file(source: Path | str) -> StagedFile:
    """Copies and hashes in one pass, outside any transaction (it may take a while)."""
    path = check_source(source)
    root = files_root()
    root.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    handle, temp_name = tempfile.mkstemp(dir=root, prefix=".incoming-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out, path.open("rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return StagedFile(path.name, Path(temp_name), digest.hexdigest(), size, media_type)


def discard(staged: Iterable[StagedFile]) -> None:
    for item in staged:
        item.temp.unlink(missing_ok=True)


def attach_staged(
    actor: Actor, table_name: str, record_id: str, staged: StagedFile, description: str = ""
) -> Attachment:
    """Inside the caller's transaction: puts the file in place and writes its row."""
    if not database.in_transaction():
        raise RuntimeError("attach_staged must run inside the transaction that saves the row")
    _place(staged)
    attachment = Attachment.create(
        table_name=table_name,
        record_id=record_id,
        file_name=staged.file_name,
        content_hash=staged.content_hash,
        size_bytes=staged.size_bytes,
        media_type=staged.media_type,
        description=description,
        uploaded_by=actor.username,
    )
    audit.record(
        actor,
        "attachment.add",
        table="attachment",
        record_id=attachment.id,
        after=audit.snapshot(attachment),
    )
    return attachment


def _place(staged: StagedFile) -> None:
    target = _hash_path(staged.content_hash)
    if target.is_file() and target.stat().st_size == staged.size_bytes:
        staged.temp.unlink(missing_ok=True)  # the same content is already stored
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staged.temp, target)  # atomic: readers see the whole file or none


def remove_unreferenced(staged: Iterable[StagedFile]) -> None:
    """After a failed save: drop stored files no row points at (best effort)."""
    hashes = {item.content_hash for item in staged}
    if not hashes or database.in_transaction():
        return  # an outer transaction may still commit rows that reference them
    with contextlib.suppress(Exception), transaction():  # the write lock: no one adds meanwhile
        used = {
            a.content_hash
            for a in Attachment.select(Attachment.content_hash).where(
                Attachment.content_hash.in_(hashes)
            )
        }
        for content_hash in hashes - used:
            _hash_path(content_hash).unlink(missing_ok=True)


def check_target(table_name: str, record_id: str) -> None:
    """The record the file belongs to exists (any table of the office database)."""
    if not _TABLE.fullmatch(table_name) or table_name not in database.get_tables():
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Attachment: there is no table {table}."),
            field="table_name",
            table=table_name,
        )
    found = database.execute_sql(
        f'SELECT 1 FROM "{table_name}" WHERE id = ?', (record_id,)
    ).fetchone()
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "app", "Attachment: the record {record} of {table} does not exist (deleted?)."
            ),
            field="record_id",
            table=table_name,
            record=record_id,
        )


def check_description(description: str) -> str:
    description = description.strip()
    if len(description) > MAX_DESCRIPTION:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "Description: use at most {n} characters."),
            field="description",
            n=MAX_DESCRIPTION,
        )
    return description


def add_attachment(
    actor: Actor, table_name: str, record_id: str, source_path: Path | str, description: str = ""
) -> Attachment:
    require(actor, Cap.ARCHIVE_EDIT)
    description = check_description(description)
    check_target(table_name, record_id)
    staged = stage_file(source_path)
    try:
        with transaction():
            check_target(table_name, record_id)  # again under the lock: it may be gone now
            return attach_staged(actor, table_name, record_id, staged, description)
    except BaseException:
        remove_unreferenced([staged])
        raise
    finally:
        discard([staged])


def list_attachments(actor: Actor, table_name: str, record_id: str) -> list[Attachment]:
    require(actor, Cap.ARCHIVE_VIEW)
    return list(
        Attachment.select()
        .where((Attachment.table_name == table_name) & (Attachment.record_id == record_id))
        .order_by(Attachment.created_at, Attachment.id)
    )
