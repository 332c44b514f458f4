"""导出 Excel: every row matching the filter (not only the loaded page), the visible column
titles in screen order, and the texts the screen shows (masked phones, labels)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.demo import generate_demo_office
from app.models.archive import Owner
from app.services.permissions import Actor
from ui.pages.archive_owners import OwnersTab
from ui.pages.system_audit import AuditTab
from ui.tasks import Cancelled, Task
from ui.widgets.export_button import export_work, list_shape

WAIT = 30_000
MASKED_PHONE = re.compile(r"^1\d{2}\*{4}\d{4}$")


@pytest.fixture
def office(db_path: Path) -> Path:
    generate_demo_office(2000, seed=3)
    return db_path


@pytest.fixture
def owners(qtbot, office: Path, system_actor: Actor) -> OwnersTab:
    tab = OwnersTab(system_actor)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    tab.search.setText("l")  # pinyin initial: several hundred owners, more than a page
    tab.apply_filter()
    return tab


def export(qtbot, button, path: Path) -> list[tuple]:
    with qtbot.waitSignal(button.exported, timeout=WAIT) as done:
        button.export(path)
    assert done.args == [str(path), button_rows(path)]
    return list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))


def button_rows(path: Path) -> int:
    return load_workbook(path, read_only=True).active.max_row - 1


def shown_rows(tab: OwnersTab) -> list[tuple[str, ...]]:
    """The texts of the loaded rows, as the view shows them, in the visible column order."""
    shape = list_shape(tab.table)
    model = tab.model
    return [
        tuple(model.index(r, s).data() or None for s in shape.sections)
        for r in range(model.rowCount())
    ]


def test_export_writes_every_filtered_row_as_shown(
    qtbot, owners: OwnersTab, tmp_path: Path
) -> None:
    model = owners.model
    total = model.total_count()
    assert total > model.page_size and model.rowCount() < total  # only a page is loaded

    rows = export(qtbot, owners.export_button, tmp_path / "owners.xlsx")
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert list(rows[0]) == titles == ["Name", "Kind", "Phone", "ID number", "Units"]
    assert len(rows) - 1 == total
    assert rows[1 : model.rowCount() + 1] == shown_rows(owners)  # same order, same texts
    assert total < Owner.select().count()  # the filter was applied

    phones = [row[2] for row in rows[1:] if row[2]]
    assert phones and all(MASKED_PHONE.match(p) for p in phones)
    full = {o.phone for o in Owner.select(Owner.phone)}
    assert not full & {cell for row in rows[1:] for cell in row}  # no full number leaks
    assert {row[1] for row in rows[1:]} <= {"Person", "Company"}  # labels, not codes

    offer = owners.export_button.offer
    assert isinstance(offer, QMessageBox) and offer.isVisible()
    assert f"{total} rows" in offer.text()
    offer.reject()


def test_export_follows_hidden_and_moved_columns_and_the_sort(
    qtbot, owners: OwnersTab, tmp_path: Path
) -> None:
    header = owners.table.horizontalHeader()
    header.hideSection(3)  # ID number
    header.moveSection(4, 0)  # units first
    owners.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # by name, descending
    rows = export(qtbot, owners.export_button, tmp_path / "owners.xlsx")
    assert list(rows[0]) == ["Units", "Name", "Kind", "Phone"]
    assert rows[1 : owners.model.rowCount() + 1] == shown_rows(owners)
    assert len(rows) - 1 == owners.model.total_count()
    owners.export_button.offer.reject()


def test_all_rows_iterate_once_in_order(owners: OwnersTab) -> None:
    model = owners.model
    model.sort(0, Qt.SortOrder.DescendingOrder)
    rows = list(model.iter_all_rows(batch=37))  # pages that end inside ties of the sort key
    assert len(rows) == model.total_count() == len({r["id"] for r in rows})
    names = [r["name"] for r in rows]
    assert names == sorted(names, reverse=True)
    assert rows[: model.rowCount()] == [model.row_dict(r) for r in range(model.rowCount())]


def test_a_cancelled_export_leaves_no_file(owners: OwnersTab, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    task = Task(lambda _context: None)  # only for its real TaskContext
    task.context.cancel()
    work = export_work(owners.table, "业主", folder / "owners.xlsx")
    with pytest.raises(Cancelled):
        work(task.context)
    assert list(folder.iterdir()) == []  # neither the file nor a half-written one


def test_an_unwritable_file_is_a_plain_message(owners: OwnersTab, tmp_path: Path) -> None:
    from ui.widgets.export_button import ExportFailed

    target = tmp_path / "no-such-folder" / "owners.xlsx"
    work = export_work(owners.table, "业主", target)
    with pytest.raises(ExportFailed) as raised:
        work(Task(lambda _context: None).context)
    assert "owners.xlsx could not be written" in str(raised.value)


def test_the_audit_tab_exports_too(qtbot, office: Path, system_actor: Actor, tmp_path: Path):
    from app.services import auth

    auth.create_user(system_actor, "cashier2", "收银员二", "secret-pass-1", ["cashier"])
    tab = AuditTab(system_actor)
    qtbot.addWidget(tab)
    tab.refresh()
    rows = export(qtbot, tab.export_button, tmp_path / "audit.xlsx")
    assert rows[0] == ("When", "User", "Action", "Record", "Detail")
    assert ("Account created", "cashier2") in {row[2:4] for row in rows[1:]}  # not user.create
    assert len(rows) - 1 == tab.model.total_count()
    tab.export_button.offer.reject()


def test_the_receipts_tab_exports_amounts_as_shown(
    qtbot, db_path: Path, system_actor: Actor, tmp_path: Path
) -> None:
    from app.demo_fees import create_demo_fees
    from ui.pages.billing_receipts import ReceiptsTab

    generate_demo_office(200, seed=3)
    create_demo_fees(system_actor, seed=3)
    tab = ReceiptsTab(system_actor)
    qtbot.addWidget(tab)
    assert tab.model.total_count() > tab.model.page_size
    rows = export(qtbot, tab.export_button, tmp_path / "receipts.xlsx")
    assert len(rows) - 1 == tab.model.total_count()
    shown = [
        tuple(tab.model.index(r, c).data() or None for c in range(tab.model.columnCount()))
        for r in range(tab.model.rowCount())
    ]
    assert rows[1 : len(shown) + 1] == shown  # newest first, amounts formatted as on screen
    tab.export_button.offer.reject()
