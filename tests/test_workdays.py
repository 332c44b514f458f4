"""Working days: chinese-calendar's 调休 for the years it knows, a safe fallback beyond it,
and the office's holiday table over both (RULES.md, working days; TRAPS.md)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.errors import PermissionDenied
from app.models import AuditLog, Holiday
from app.services import auth, holidays
from app.services.permissions import Actor, Role
from app.workdays import add_workdays, is_workday, library_knows, schedule_missing, workdays_left


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 9, 20), True),  # Sunday made a working day for National Day
        (date(2026, 10, 1), False),
        (date(2026, 10, 5), False),  # Monday inside the National Day week
        (date(2026, 10, 7), False),
        (date(2026, 10, 8), True),
        (date(2026, 10, 10), True),  # Saturday made a working day
        (date(2026, 10, 11), False),  # ordinary Sunday
        (date(2026, 11, 27), True),
        (date(2026, 11, 28), False),
    ],
)
def test_2026_follows_the_state_council_schedule(day: date, expected: bool) -> None:
    assert is_workday(day) is expected


def test_rules_example_friday_plus_two_is_tuesday() -> None:
    assert add_workdays(date(2026, 11, 27), 2) == date(2026, 12, 1)
    assert add_workdays(date(2026, 11, 27), 1) == date(2026, 11, 30)
    assert add_workdays(date(2026, 11, 27), 0) == date(2026, 11, 27)


def test_national_day_week_is_skipped_and_the_makeup_saturday_counts() -> None:
    # Received Wed 30 Sep: 1–7 Oct rest, Thu 8 and Fri 9 work.
    assert add_workdays(date(2026, 9, 30), 2) == date(2026, 10, 9)
    # Fri 9 Oct + 1 lands on the 调休 Saturday 10 Oct.
    assert add_workdays(date(2026, 10, 9), 1) == date(2026, 10, 10)
    # Sat 19 Sep + 1 lands on the 调休 Sunday 20 Sep.
    assert add_workdays(date(2026, 9, 19), 1) == date(2026, 9, 20)


def test_late_december_crosses_into_2027_without_error() -> None:
    assert not library_knows(2027)
    # Wed 30 Dec: Thu 31 Dec works, Fri 1 Jan 2027 is New Year, weekend, Mon 4 Jan.
    assert add_workdays(date(2026, 12, 30), 2) == date(2027, 1, 4)
    assert add_workdays(date(2026, 12, 31), 2) == date(2027, 1, 5)


@pytest.mark.parametrize(
    "day",
    [
        date(2027, 1, 1),
        date(2027, 5, 1),
        date(2027, 5, 2),
        date(2027, 10, 1),
        date(2027, 10, 2),
        date(2027, 10, 3),
        date(2027, 3, 6),  # Saturday
        date(2027, 3, 7),  # Sunday
    ],
)
def test_beyond_the_library_fixed_holidays_and_weekends_rest(day: date) -> None:
    assert is_workday(day) is False


def test_beyond_the_library_plain_weekdays_work() -> None:
    assert is_workday(date(2027, 3, 8)) is True
    assert is_workday(date(2030, 10, 4)) is True  # the fallback knows no 调休
    # Fri 30 Apr 2027 + 1: Sat 1 May holiday, Sun 2 May, Mon 3 May.
    assert add_workdays(date(2027, 4, 30), 1) == date(2027, 5, 3)


def test_countdown_in_working_days() -> None:
    assert workdays_left(date(2026, 11, 27), date(2026, 12, 1)) == 2
    assert workdays_left(date(2026, 12, 1), date(2026, 12, 1)) == 0
    assert workdays_left(date(2026, 12, 3), date(2026, 12, 1)) == -2


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        add_workdays(date(2026, 11, 27), -1)


# ------------------------------------------------------------------ the office's table


def test_office_row_overrides_the_library_and_the_weekend(
    db_path: Path, system_actor: Actor
) -> None:
    assert is_workday(date(2026, 11, 30)) is True
    holidays.set_day(system_actor, date(2026, 11, 30), False, "停电放假")
    assert is_workday(date(2026, 11, 30)) is False
    assert add_workdays(date(2026, 11, 27), 2) == date(2026, 12, 2)

    holidays.set_day(system_actor, date(2026, 11, 28), True, "调休上班")
    assert is_workday(date(2026, 11, 28)) is True  # a Saturday
    assert add_workdays(date(2026, 11, 27), 1) == date(2026, 11, 28)

    holidays.set_day(system_actor, date(2026, 9, 20), False)  # library says 调休 workday
    assert is_workday(date(2026, 9, 20)) is False


def test_office_row_overrides_the_fixed_holiday_fallback(
    db_path: Path, system_actor: Actor
) -> None:
    holidays.set_day(system_actor, date(2027, 10, 3), True, "调休上班")
    holidays.set_day(system_actor, date(2027, 10, 4), False, "国庆节")
    assert is_workday(date(2027, 10, 3)) is True
    assert is_workday(date(2027, 10, 4)) is False


def test_schedule_missing_until_the_office_enters_the_year(
    db_path: Path, system_actor: Actor
) -> None:
    assert schedule_missing(2026) is False
    assert schedule_missing(2027) is True
    assert holidays.missing_years(system_actor, [2026, 2027, 2028]) == [2027, 2028]
    row = holidays.set_day(system_actor, date(2027, 2, 6), True, "春节调休")
    assert schedule_missing(2027) is False
    assert schedule_missing(2028) is True
    holidays.remove_day(system_actor, row.id)
    assert schedule_missing(2027) is True


def test_setting_a_day_twice_updates_it_and_is_audited(db_path: Path, system_actor: Actor) -> None:
    holidays.set_day(system_actor, date(2027, 2, 8), False, "春节")
    holidays.set_day(system_actor, date(2027, 2, 8), True, "春节调休")
    rows = holidays.list_holidays(system_actor, 2027)
    assert [(r.day, r.is_workday, r.name) for r in rows] == [(date(2027, 2, 8), True, "春节调休")]
    assert Holiday.select().count() == 1
    assert AuditLog.select().where(AuditLog.action == "holiday.set").count() == 2


def test_only_settings_managers_edit_the_table(db_path: Path) -> None:
    auth.create_first_admin("admin", "管理员", "test-pass-123")
    admin = auth.authenticate("admin", "test-pass-123")
    auth.create_user(admin, "jingli", "王经理", "test-pass-123", [Role.MANAGER])
    manager = auth.authenticate("jingli", "test-pass-123")
    with pytest.raises(PermissionDenied):
        holidays.set_day(manager, date(2027, 1, 2), False, "元旦")
    assert Holiday.select().count() == 0
