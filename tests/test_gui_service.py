"""The 客服 page: complaints due first and highlighted, registering one, the missing-schedule
warning."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from app.models import Complaint, Unit
from app.models.archive import UnitStatus
from app.services import complaints, holidays
from app.services.complaints import Category, Channel
from app.services.permissions import Actor
from app.services.unit_facts import office_today
from tests.archive_office import Staff, demo_office
from ui.main_window import MainWindow


@pytest.fixture
def staff(db_path: Path) -> Staff:
    return demo_office(units=30)


def _register(staff: Staff, unit: Unit, received_on: date) -> Complaint:
    return complaints.register_complaint(
        staff.assistant,
        channel=Channel.PHONE,
        category=Category.NOISE,
        description="噪音",
        unit_id=unit.id,
        received_on=received_on,
    )


def test_overdue_complaint_heads_the_list_highlighted(qtbot, staff: Staff) -> None:
    units = list(Unit.select().where(Unit.status == UnitStatus.OCCUPIED).limit(2))
    today = office_today()
    fresh = _register(staff, units[0], today)
    old = _register(staff, units[1], date(2026, 11, 2))
    window = MainWindow(staff.assistant)
    qtbot.addWidget(window)
    page = window.show_page("service")
    table = page.findChild(QTableView, "complaints_table")
    model = table.model()
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == old.number and model.index(1, 0).data() == fresh.number
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_register_a_complaint_from_the_page(qtbot, staff: Staff) -> None:
    unit = Unit.select().where(Unit.status == UnitStatus.OCCUPIED).first()
    window = MainWindow(staff.assistant)
    qtbot.addWidget(window)
    tab = window.show_page("service").complaints
    dialog = tab.open_register()
    dialog.picker.choose(unit.code)
    dialog.description.setPlainText("楼道灯坏了")
    dialog.save()
    assert dialog.saved_id is not None
    complaint = Complaint.get_by_id(dialog.saved_id)
    assert complaint.unit_id == unit.id and complaint.receiver == "李客服"
    assert tab.model.rowCount() == 1


def test_refused_registration_shows_the_message(qtbot, staff: Staff) -> None:
    window = MainWindow(staff.assistant)
    qtbot.addWidget(window)
    dialog = window.show_page("service").complaints.open_register()
    dialog.save()  # no unit, no description
    assert dialog.saved_id is None and dialog.error.text()
    assert Complaint.select().count() == 0


def test_warning_while_a_schedule_is_missing(qtbot, staff: Staff, system_actor: Actor) -> None:
    year = office_today().year
    window = MainWindow(staff.assistant)
    qtbot.addWidget(window)
    page = window.show_page("service")
    missing = holidays.missing_years(staff.assistant, [year, year + 1])
    assert page.warning.isVisibleTo(page) == bool(missing)
    for missing_year in missing:
        holidays.set_day(system_actor, date(missing_year, 1, 1), False, "元旦")
    page.on_shown()
    assert not page.warning.isVisibleTo(page)
