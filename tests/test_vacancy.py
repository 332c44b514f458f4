"""Vacant units (空置房): the list by building, written notices, the inspection log."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.errors import PermissionDenied, ValidationError
from app.models import AuditLog, Building, Entrance, Unit, VacancyInspection, VacancyNotice
from app.models.archive import UnitStatus
from app.services import attachments, vacancy
from app.services.unit_facts import office_today
from tests.archive_office import Staff, demo_office, unit_with_status

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64  # enough for a stored file; nothing decodes it


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office()


@pytest.fixture
def vacant(staff: Staff) -> Unit:
    return unit_with_status(UnitStatus.VACANT)


def photo(tmp_path: Path, name: str, content: bytes = PNG) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_vacant_units_by_building(staff: Staff) -> None:
    rows = vacancy.vacant_units(staff.cashier)
    expected = {u.id for u in Unit.select().where(Unit.status == UnitStatus.VACANT)}
    assert {r.unit_id for r in rows} == expected and len(rows) == len(expected)
    order = {
        unit.id: (b.sort_order, b.code, e.sort_order, e.code, unit.floor, unit.room_no)
        for unit, e, b in (
            (u, u.entrance, u.entrance.building)
            for u in Unit.select(Unit, Entrance, Building).join(Entrance).join(Building)
        )
    }
    keys = [order[r.unit_id] for r in rows]
    assert keys == sorted(keys)
    assert all(r.owner_name and r.building and not r.has_notice for r in rows)
    assert all(r.last_inspection is None for r in rows)


def test_notice_and_inspection_show_in_the_list(staff: Staff, vacant: Unit) -> None:
    today = office_today()
    vacancy.record_vacancy_notice(staff.assistant, vacant.id, today, today, remarks="书面通知")
    vacancy.record_inspection(staff.assistant, vacant.id, today, "李工", "门窗完好")
    [row] = [r for r in vacancy.vacant_units(staff.assistant) if r.unit_id == vacant.id]
    assert row.has_notice and row.notice_start == today and row.last_inspection == today


def test_only_vacant_units_take_a_notice(staff: Staff) -> None:
    occupied = unit_with_status(UnitStatus.OCCUPIED)
    with pytest.raises(ValidationError, match="not marked vacant") as err:
        vacancy.record_vacancy_notice(staff.assistant, occupied.id, office_today(), office_today())
    assert err.value.field == "unit_id"
    assert VacancyNotice.select().count() == 0


def test_overlapping_notices_are_refused(staff: Staff, vacant: Unit) -> None:
    today = office_today()
    start = today - timedelta(days=60)
    first = vacancy.record_vacancy_notice(staff.assistant, vacant.id, start, start)
    with pytest.raises(ValidationError, match="already has a vacancy notice"):
        vacancy.record_vacancy_notice(staff.assistant, vacant.id, today, today)
    vacancy.end_vacancy_notice(staff.assistant, first.id, today - timedelta(days=10))
    with pytest.raises(ValidationError, match="already has a vacancy notice"):
        day = today - timedelta(days=10)  # the last day of the first notice
        vacancy.record_vacancy_notice(staff.assistant, vacant.id, day, day)
    second = vacancy.record_vacancy_notice(
        staff.assistant, vacant.id, today - timedelta(days=9), today - timedelta(days=9)
    )
    assert second.owner_id is not None
    assert [n.id for n in vacancy.notices(staff.cashier, vacant.id)] == [second.id, first.id]


def test_active_notice_covers_start_to_end_inclusive(staff: Staff, vacant: Unit) -> None:
    today = office_today()
    start, end = today - timedelta(days=30), today - timedelta(days=5)
    notice = vacancy.record_vacancy_notice(staff.assistant, vacant.id, start, start)
    vacancy.end_vacancy_notice(staff.assistant, notice.id, end)
    assert vacancy.active_notice(vacant.id, start - timedelta(days=1)) is None
    assert vacancy.active_notice(vacant.id, start).id == notice.id
    assert vacancy.active_notice(vacant.id, end).id == notice.id
    assert vacancy.active_notice(vacant.id, end + timedelta(days=1)) is None
    [row] = AuditLog.select().where(AuditLog.action == "vacancy.notice_end")
    assert row.record_id == notice.id


def test_notice_dates_are_checked(staff: Staff, vacant: Unit) -> None:
    today = office_today()
    with pytest.raises(ValidationError) as err:
        vacancy.record_vacancy_notice(staff.assistant, vacant.id, today, today - timedelta(1))
    assert err.value.field == "start_date"
    with pytest.raises(ValidationError) as err:
        vacancy.record_vacancy_notice(staff.assistant, vacant.id, today + timedelta(1), today)
    assert err.value.field == "notice_date"
    notice = vacancy.record_vacancy_notice(staff.assistant, vacant.id, today, today)
    with pytest.raises(ValidationError, match="notice's start"):
        vacancy.end_vacancy_notice(staff.assistant, notice.id, today - timedelta(days=1))
    vacancy.end_vacancy_notice(staff.assistant, notice.id, today)
    with pytest.raises(ValidationError, match="already ended"):
        vacancy.end_vacancy_notice(staff.assistant, notice.id, today)


def test_inspection_with_photos(staff: Staff, vacant: Unit, tmp_path: Path) -> None:
    today = office_today()
    photos = [photo(tmp_path, "客厅.jpg"), photo(tmp_path, "卫生间.png", PNG + b"x")]
    inspection = vacancy.record_inspection(
        staff.assistant, vacant.id, today, "李工", "卫生间渗水", needs_action=True, photos=photos
    )
    stored = VacancyInspection.get_by_id(inspection.id)
    assert stored.needs_action and stored.findings == "卫生间渗水"
    files = attachments.list_attachments(staff.cashier, "vacancy_inspection", inspection.id)
    assert [f.file_name for f in files] == ["客厅.jpg", "卫生间.png"]
    assert [f.media_type for f in files] == ["image/jpeg", "image/png"]
    for item, source in zip(files, photos, strict=True):
        assert attachments.attachment_path(item).read_bytes() == source.read_bytes()
    actions = [a.action for a in AuditLog.select().order_by(AuditLog.id)]
    assert actions.count("vacancy.inspect") == 1 and actions.count("attachment.add") == 2


def test_bad_photo_saves_no_inspection(staff: Staff, vacant: Unit, tmp_path: Path) -> None:
    good = photo(tmp_path, "a.jpg")
    for bad, message in (
        (tmp_path / "missing.jpg", "missing.jpg does not exist"),
        (photo(tmp_path, "empty.jpg", b""), "empty.jpg is empty"),
        (photo(tmp_path, "notes.txt", b"text"), "notes.txt is not a picture"),
    ):
        with pytest.raises(ValidationError, match=message) as err:
            vacancy.record_inspection(
                staff.assistant, vacant.id, office_today(), "李工", photos=[good, bad]
            )
        assert err.value.field in ("file", "photos")
    assert VacancyInspection.select().count() == 0
    assert not any(p.is_file() for p in attachments.files_root().rglob("*"))


def test_inspection_is_for_vacant_units(staff: Staff) -> None:
    occupied = unit_with_status(UnitStatus.OCCUPIED)
    with pytest.raises(ValidationError, match="not vacant"):
        vacancy.record_inspection(staff.assistant, occupied.id, office_today(), "李工")


def test_inspection_needs_an_inspector_and_a_past_date(staff: Staff, vacant: Unit) -> None:
    with pytest.raises(ValidationError) as err:
        vacancy.record_inspection(staff.assistant, vacant.id, office_today(), "  ")
    assert err.value.field == "inspector"
    with pytest.raises(ValidationError) as err:
        tomorrow = office_today() + timedelta(days=1)
        vacancy.record_inspection(staff.assistant, vacant.id, tomorrow, "李工")
    assert err.value.field == "inspection_date"


def test_inspection_log_newest_first(staff: Staff, vacant: Unit) -> None:
    today = office_today()
    for days in (30, 0, 60):
        vacancy.record_inspection(staff.assistant, vacant.id, today - timedelta(days=days), "李工")
    dates = [i.inspection_date for i in vacancy.inspections(staff.cashier, vacant.id)]
    assert dates == [today, today - timedelta(days=30), today - timedelta(days=60)]


def test_cashier_cannot_record_vacancy_data(staff: Staff, vacant: Unit) -> None:
    today = office_today()
    with pytest.raises(PermissionDenied):
        vacancy.record_vacancy_notice(staff.cashier, vacant.id, today, today)
    with pytest.raises(PermissionDenied):
        vacancy.record_inspection(staff.cashier, vacant.id, today, "赵收银")
