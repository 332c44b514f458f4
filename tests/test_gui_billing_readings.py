"""抄表 on screen: the month's grid shows the last reading, typing a reading shows the usage,
a reading below the last is refused until the line is marked as a meter change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit

from app.models import MeterReading
from app.models.billing import FeeKind
from app.services import fees
from app.services.meter_readings import ReadingEntry, record_reading
from app.services.permissions import Actor
from tests.billing_fixtures import cashier_and_manager, small_office
from ui.main_window import MainWindow
from ui.pages.billing_readings import CHANGE, CURRENT, LAST, NOTE, USAGE

D = Decimal


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> dict[str, object]:
    office = small_office(system_actor)
    water = fees.create_fee_item(
        system_actor, "SF", "水费", FeeKind.METERED, "4.5", date(2025, 1, 1), "元/吨"
    )
    units = (office["a"].id, office["b"].id)
    fees.assign_in_bulk(
        system_actor, water.id, fees.UnitSelection(unit_ids=units), date(2025, 1, 1)
    )
    entry = ReadingEntry(office["a"].id, "100.5")
    record_reading(system_actor, water.id, "2026-10", date(2026, 10, 28), entry)
    office["water"] = water
    office["cashier"], _manager = cashier_and_manager(system_actor)
    return office


def type_into(qtbot, table, row: int, column: int, text: str) -> None:
    """Types into the cell's editor as the user would, and ends the edit."""
    table.setCurrentCell(row, column)
    before = set(table.viewport().findChildren(QLineEdit))
    table.editItem(table.item(row, column))
    (editor,) = set(table.viewport().findChildren(QLineEdit)) - before
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    # what the delegate does on Enter (offscreen the editor never has focus to get it)
    table.commitData(editor)
    table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)


def open_tab(qtbot, office):
    window = MainWindow(office["cashier"])
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("billing")
    page.tabs.setCurrentWidget(page.readings)
    tab = page.readings
    tab.period.selectAll()
    qtbot.keyClicks(tab.period, "2026-11")
    qtbot.keyClick(tab.period, Qt.Key.Key_Return)
    return window, tab


def test_grid_shows_last_reading_and_usage(qtbot, office, tmp_path: Path) -> None:
    window, tab = open_tab(qtbot, office)
    table = tab.table
    assert tab.item.currentText() == "水费 (SF)"
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["1-1-101", "1-1-102"]
    assert table.item(0, LAST).text() == "100.50" and table.item(1, LAST).text() == ""
    type_into(qtbot, table, 0, CURRENT, "112.75")
    type_into(qtbot, table, 1, CURRENT, "8")
    assert table.item(0, USAGE).text() == "12.25"
    assert table.item(1, USAGE).text() == "8.00"
    assert tab.summary.text() == "2 of 2 meters read"
    window.resize(1100, 600)
    tab.grab().save(str(tmp_path / "readings.png"))
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    saved = {r.unit_id: r.current_reading for r in MeterReading.select().where(
        MeterReading.period == "2026-11")}  # fmt: skip
    assert saved == {office["a"].id: D("112.75"), office["b"].id: D("8.00")}
    assert "2 saved" in tab.summary.text()


def test_below_the_last_needs_meter_changed(qtbot, office) -> None:
    _window, tab = open_tab(qtbot, office)
    table = tab.table
    type_into(qtbot, table, 0, CURRENT, "3")
    assert "Below the last reading" in table.item(0, NOTE).text()
    assert table.item(0, USAGE).text() == "-97.50"
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    assert tab.error.isVisible() and "1-1-101" in tab.error.text()
    assert table.currentRow() == 0
    assert MeterReading.select().where(MeterReading.period == "2026-11").count() == 0
    table.item(0, CHANGE).setCheckState(Qt.CheckState.Checked)
    assert table.item(0, USAGE).text() == "3.00" and table.item(0, NOTE).text() == ""
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    row = MeterReading.get(MeterReading.period == "2026-11")
    assert (row.previous_reading, row.current_reading, row.meter_change) == (D(0), D(3), True)
    assert not tab.error.isVisible()
