"""The Excel import wizard, driven by its buttons: template, dry run with every problem in
the table, nothing written before the last step, a fixed file imported, payments too."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.db import database
from app.demo import generate_demo_office
from app.demo_fees import create_demo_fees
from app.importers.payment_book import EXAMPLE_REFERENCE
from app.models import MeterReading, Payment
from app.models.archive import Building, Unit
from app.services.permissions import Actor
from tests.archive_workbook import add_mistakes, make_book
from ui.dialogs.import_wizard import ImportWizard, issue_message
from ui.pages.archive_owners import OwnersTab
from ui.pages.billing_receipts import ReceiptsTab

TABLES = ("unit", "entrance", "owner", "ownership", "resident", "vehicle", "audit_log")
MONEY = ("payment", "receipt", "allocation", "audit_log")
WAIT = 30_000


def counts(tables: tuple[str, ...] = TABLES) -> dict[str, int]:
    return {t: database.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


@pytest.fixture
def office(db_path: Path) -> Path:
    generate_demo_office(200, seed=3)
    return db_path


def demo_buildings() -> list[tuple[str, str]]:
    query = Building.select().where(Building.code != "CK").order_by(Building.sort_order)
    return [(b.code, b.name) for b in query]


def open_wizard(qtbot, actor: Actor, kind: str) -> ImportWizard:
    wizard = ImportWizard(actor, kind)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def click(qtbot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def check(qtbot, wizard: ImportWizard, path: Path) -> None:
    """Types the file name on the first page and presses Next: the dry run."""
    wizard.choose_page.file.setText(str(path))
    with qtbot.waitSignal(wizard.check_page.checked, timeout=WAIT):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.check_page


def commit(qtbot, wizard: ImportWizard) -> bool:
    with qtbot.waitSignal(wizard.finished_import, timeout=WAIT) as done:
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    return done.args[0]


def table_cells(wizard: ImportWizard) -> list[tuple[str, str, str, str]]:
    model = wizard.check_page.table.model()
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def commit_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_the_template_imports_cleanly(qtbot, office: Path, system_actor: Actor, tmp_path):
    wizard = open_wizard(qtbot, system_actor, "archives")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    template = wizard.choose_page.save_template(tmp_path / "archives.xlsx")
    assert template.is_file()
    assert wizard.choose_page.file.text() == str(template)  # ready to import as it is
    before = counts()

    check(qtbot, wizard, template)
    page = wizard.check_page
    assert page.report.ok and page.table.model().rowCount() == 0
    assert counts() == before  # the dry run wrote nothing
    assert commit_enabled(wizard) and not page.save_errors_button.isEnabled()
    shown = dict(page.counts_box.lines)
    assert shown["Rows in sheet 房屋"] == "1" and shown["Rows in sheet 车辆"] == "1"

    assert commit(qtbot, wizard) is True
    assert wizard.imported and wizard.currentPage() is wizard.import_page
    assert wizard.import_page.status.text() == "The file was imported."
    after = counts()
    assert after["unit"] == before["unit"] + 1 and after["vehicle"] == before["vehicle"] + 1
    assert after["audit_log"] == before["audit_log"] + 1
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_every_problem_is_listed_and_nothing_written_then_a_fixed_file_imports(
    qtbot, office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    good = make_book(demo_buildings(), 300, seed=5)
    wrong = add_mistakes(make_book(demo_buildings(), 300, seed=5), 15)
    bad_path = wrong.save(tmp_path / "archives-with-mistakes.xlsx")
    before = counts()
    wizard = open_wizard(qtbot, system_actor, "archives")

    check(qtbot, wizard, bad_path)
    page = wizard.check_page
    report = page.report
    assert not report.ok and len(report.issues) == len(wrong.mistakes) == 15
    cells = table_cells(wizard)
    assert {(sheet, int(row), column) for sheet, row, column, _ in cells} == set(wrong.mistakes)
    headers = [page.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Sheet", "Row", "Column", "Problem"]
    for (_sheet, _row, _column, problem), issue in zip(cells, report.issues, strict=True):
        assert problem == issue_message(issue) == issue.problem  # English: no translator
        assert problem and not problem.startswith("Sheet ")  # the location has its columns
    assert "15 problems found" in page.status.text()
    assert not commit_enabled(wizard)
    assert counts() == before

    with qtbot.waitSignal(page.errors_saved, timeout=WAIT):
        page.save_errors(tmp_path / "problems.xlsx")
    saved = list(load_workbook(tmp_path / "problems.xlsx").active.iter_rows(values_only=True))
    assert list(saved[0]) == headers
    assert [(s, r, c) for s, r, c, _ in saved[1:]] == [(s, int(r), c) for s, r, c, _ in cells]
    assert [p for *_, p in saved[1:]] == [p for *_, p in cells]

    click(qtbot, wizard, QWizard.WizardButton.BackButton)  # pick the corrected file
    assert wizard.currentPage() is wizard.choose_page and page.report is None
    check(qtbot, wizard, good.save(tmp_path / "archives-fixed.xlsx"))
    assert page.report.ok and page.table.model().rowCount() == 0 and commit_enabled(wizard)
    assert counts() == before

    assert commit(qtbot, wizard) is True
    assert counts()["unit"] == before["unit"] + 300
    assert Unit.select().count() == before["unit"] + 300


def test_check_again_reads_the_corrected_file(
    qtbot, office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "archives.xlsx"
    add_mistakes(make_book(demo_buildings(), 300, seed=8), 15).save(path)
    wizard = open_wizard(qtbot, system_actor, "archives")
    check(qtbot, wizard, path)
    assert not wizard.check_page.report.ok
    make_book(demo_buildings(), 300, seed=8).save(path)  # corrected in Excel, same name
    with qtbot.waitSignal(wizard.check_page.checked, timeout=WAIT):
        qtbot.mouseClick(wizard.check_page.again_button, Qt.MouseButton.LeftButton)
    assert wizard.check_page.report.ok and commit_enabled(wizard)


def test_a_file_that_is_not_a_workbook_is_explained(
    qtbot, office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "not-excel.xlsx"
    path.write_text("name,phone\n", encoding="utf-8")
    wizard = open_wizard(qtbot, system_actor, "archives")
    check(qtbot, wizard, path)
    assert wizard.check_page.report is None and not commit_enabled(wizard)
    assert "not-excel.xlsx is not an Excel workbook" in wizard.check_page.status.text()


def test_payments_all_or_nothing(qtbot, office: Path, system_actor: Actor, tmp_path: Path) -> None:
    create_demo_fees(system_actor, seed=3)
    wizard = open_wizard(qtbot, system_actor, "payments")
    template = wizard.choose_page.save_template(tmp_path / "payments.xlsx")
    before = counts(MONEY)
    check(qtbot, wizard, template)
    page = wizard.check_page
    assert page.report.ok and commit_enabled(wizard) and counts(MONEY) == before
    shown = dict(page.counts_box.lines)
    assert shown["Payments"] == "1" and shown["Total amount (yuan)"] == "600.00"
    assert commit(qtbot, wizard) is True
    assert Payment.get(Payment.reference == EXAMPLE_REFERENCE).source == "import"
    after = counts(MONEY)

    again = open_wizard(qtbot, system_actor, "payments")  # the same file a second time
    check(qtbot, again, template)
    assert [(s, r, c) for s, r, c, _ in table_cells(again)] == [("缴费", "2", "交易流水号")]
    assert "already taken in" in table_cells(again)[0][3]
    assert not commit_enabled(again) and counts(MONEY) == after


def test_meter_readings_through_the_wizard(
    qtbot, office: Path, system_actor: Actor, tmp_path: Path
) -> None:
    create_demo_fees(system_actor, seed=3)
    wizard = open_wizard(qtbot, system_actor, "readings")
    template = wizard.choose_page.save_template(tmp_path / "readings.xlsx")
    before = MeterReading.select().count()
    check(qtbot, wizard, template)
    page = wizard.check_page
    assert page.report.ok and commit_enabled(wizard) and MeterReading.select().count() == before
    shown = dict(page.counts_box.lines)
    assert shown["Readings"] == "1" and shown["Meter changes"] == "0"
    assert commit(qtbot, wizard) is True
    assert MeterReading.select().count() == before + 1


def test_pages_offer_the_wizards_to_who_may_import(qtbot, office: Path) -> None:
    from app.services import auth
    from app.services.permissions import Role

    auth.create_first_admin("admin", "管理员", "admin-pass")
    admin = auth.authenticate("admin", "admin-pass")
    auth.create_user(admin, "kefu", "李客服", "service-pass", [Role.SERVICE_ASSISTANT])
    assistant = auth.authenticate("kefu", "service-pass")
    owners = OwnersTab(assistant)
    qtbot.addWidget(owners)
    assert owners.import_button.isHidden() and not owners.export_button.isHidden()
    owners = OwnersTab(admin)
    qtbot.addWidget(owners)
    assert not owners.import_button.isHidden()
    receipts = ReceiptsTab(admin)
    qtbot.addWidget(receipts)
    assert not receipts.import_button.isHidden() and not receipts.export_button.isHidden()
