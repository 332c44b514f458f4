"""Attachments: files beside the database by content hash, metadata rows, no half-saves."""

from __future__ import annotations

import hashlib
from pathlib import Path

import peewee as pw
import pytest

from app.db import database, transaction
from app.errors import PermissionDenied, ValidationError
from app.models import Attachment, AuditLog, Unit
from app.models.archive import UnitStatus
from app.services import attachments
from tests.archive_office import Staff, demo_office, unit_with_status

CONTRACT = "购房合同扫描件 — page 1".encode() * 100


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office(units=50)


@pytest.fixture
def unit(staff: Staff) -> Unit:
    return unit_with_status(UnitStatus.OCCUPIED)


def scan(tmp_path: Path, name: str = "合同.pdf", content: bytes = CONTRACT) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def stored_files() -> list[Path]:
    root = attachments.files_root()
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_file_is_stored_by_hash_beside_the_database(
    staff: Staff, unit: Unit, db_path: Path, tmp_path: Path
) -> None:
    source = scan(tmp_path)
    item = attachments.add_attachment(staff.assistant, "unit", unit.id, source, " 购房合同 ")
    digest = hashlib.sha256(CONTRACT).hexdigest()
    expected = db_path.parent / "office-files" / digest[:2] / digest
    assert attachments.attachment_path(item) == expected
    assert expected.read_bytes() == CONTRACT
    stored = Attachment.get_by_id(item.id)
    assert (stored.file_name, stored.content_hash, stored.size_bytes) == (
        "合同.pdf",
        digest,
        len(CONTRACT),
    )
    assert stored.media_type == "application/pdf" and stored.description == "购房合同"
    assert stored.uploaded_by == "kefu"
    [row] = AuditLog.select().where(AuditLog.action == "attachment.add")
    assert row.record_id == item.id
    assert stored_files() == [expected]  # no temporary file left behind


def test_same_content_is_stored_once(staff: Staff, unit: Unit, tmp_path: Path) -> None:
    first = attachments.add_attachment(staff.assistant, "unit", unit.id, scan(tmp_path))
    copy = scan(tmp_path, "copy.pdf")
    second = attachments.add_attachment(staff.assistant, "unit", unit.id, copy, "again")
    assert first.content_hash == second.content_hash and first.id != second.id
    assert len(stored_files()) == 1
    listed = attachments.list_attachments(staff.cashier, "unit", unit.id)
    assert [a.id for a in listed] == [first.id, second.id]


def test_missing_and_empty_files_are_refused(staff: Staff, unit: Unit, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"nowhere\.pdf does not exist") as err:
        attachments.add_attachment(staff.assistant, "unit", unit.id, tmp_path / "nowhere.pdf")
    assert err.value.field == "file"
    with pytest.raises(ValidationError, match=r"empty\.pdf is empty"):
        attachments.add_attachment(
            staff.assistant, "unit", unit.id, scan(tmp_path, "empty.pdf", b"")
        )
    with pytest.raises(ValidationError, match="does not exist"):
        attachments.add_attachment(staff.assistant, "unit", unit.id, tmp_path)  # a folder
    assert Attachment.select().count() == 0 and stored_files() == []


def test_files_over_the_limit_are_refused(staff: Staff, unit: Unit, tmp_path: Path) -> None:
    big = tmp_path / "huge.tif"
    with big.open("wb") as handle:
        handle.truncate(attachments.MAX_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(ValidationError, match=r"huge\.tif is larger than 50 MB"):
        attachments.add_attachment(staff.assistant, "unit", unit.id, big)
    assert Attachment.select().count() == 0


def test_the_record_must_exist(staff: Staff, unit: Unit, tmp_path: Path) -> None:
    source = scan(tmp_path)
    with pytest.raises(ValidationError, match="no table") as err:
        attachments.add_attachment(staff.assistant, "contract; drop", unit.id, source)
    assert err.value.field == "table_name"
    with pytest.raises(ValidationError, match="does not exist") as err:
        attachments.add_attachment(staff.assistant, "unit", "not-an-id", source)
    assert err.value.field == "record_id"


def test_failed_insert_leaves_no_row_and_no_file(staff: Staff, unit: Unit, tmp_path: Path) -> None:
    database.execute_sql(
        "CREATE TEMP TRIGGER refuse_attachment BEFORE INSERT ON main.attachment "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(pw.IntegrityError, match="disk full"):
        attachments.add_attachment(staff.assistant, "unit", unit.id, scan(tmp_path))
    assert Attachment.select().count() == 0
    assert stored_files() == []
    database.execute_sql("DROP TRIGGER temp.refuse_attachment")


def test_cleanup_keeps_files_that_other_rows_use(staff: Staff, unit: Unit, tmp_path: Path) -> None:
    kept = attachments.add_attachment(staff.assistant, "unit", unit.id, scan(tmp_path))
    with pytest.raises(RuntimeError, match="rolled back"), transaction():
        attachments.add_attachment(staff.assistant, "unit", unit.id, scan(tmp_path, "b.pdf"))
        raise RuntimeError("rolled back by the caller")
    assert [a.id for a in Attachment.select()] == [kept.id]
    assert stored_files() == [attachments.attachment_path(kept)]


def test_permissions(staff: Staff, unit: Unit, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        attachments.add_attachment(staff.cashier, "unit", unit.id, scan(tmp_path))
    assert attachments.list_attachments(staff.cashier, "unit", unit.id) == []


def test_path_refuses_a_forged_hash(staff: Staff) -> None:
    with pytest.raises(ValueError, match="SHA-256"):
        attachments.attachment_path(Attachment(content_hash="../../office.db"))
