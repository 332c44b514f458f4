"""The 报表 page and the 工作台 on the demo office, driven off-screen: preview the monthly
report, export it, close and reopen the month; tiles show the report's figures, charts fill,
and a tile opens its list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument

from app.demo import generate_demo_office
from app.demo_desk import create_demo_desk
from app.demo_fees import create_demo_fees
from app.services.dashboard_figures import dashboard_figures
from app.services.month_close import month_state
from app.services.monthly_fees import month_collection
from app.services.permissions import Actor, Role
from app.services.unit_facts import office_today
from tests.billing_fixtures import user
from ui.main_window import MainWindow
from ui.pages.dashboard import percent_text

MONTH = "2026-10"


@pytest.fixture
def office(db_path: Path, system_actor: Actor) -> dict[str, Actor]:
    generate_demo_office(120, seed=4)
    create_demo_fees(system_actor, seed=4)
    create_demo_desk(system_actor, seed=4)
    return {"manager": user(system_actor, "jingli", Role.MANAGER),
            "admin": user(system_actor, "guanli", Role.ADMIN)}  # fmt: skip


def _reports_page(qtbot, actor: Actor):
    window = MainWindow(actor)
    qtbot.addWidget(window)
    page = window.show_page("reports")
    page.month.setCurrentIndex(page.month.findText(MONTH))
    return window, page


def test_preview_and_export(qtbot, office, tmp_path: Path) -> None:
    _window, page = _reports_page(qtbot, office["manager"])
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready, timeout=15000)
    assert page.document.pageCount() >= 3
    page.export(".xlsx", str(tmp_path / "m.xlsx"))
    qtbot.waitUntil(lambda: (tmp_path / "m.xlsx").exists(), timeout=15000)
    assert "m.xlsx" in page.status.text() or (tmp_path / "m.xlsx").stat().st_size > 0


def test_close_and_reopen_month(qtbot, office) -> None:
    _window, page = _reports_page(qtbot, office["manager"])
    assert not page.reopen_button.isVisible() or not page.reopen_button.isEnabled()
    page.confirm_close = lambda _period: True
    qtbot.waitUntil(lambda: page.state is not None and page.state.period == MONTH, timeout=5000)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state.closed, timeout=15000)
    assert MONTH in page.status.text() and not page.close_button.isEnabled()
    _window2, admin_page = _reports_page(qtbot, office["admin"])
    admin_page.ask_reason = lambda _period: "补录漏开的收据"
    qtbot.waitUntil(lambda: admin_page.state is not None and admin_page.state.closed, timeout=5000)
    qtbot.mouseClick(admin_page.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not admin_page.state.closed, timeout=10000)
    assert month_state(office["admin"], MONTH).history[-1].reason == "补录漏开的收据"


def test_dashboard_tiles_charts_and_lists(qtbot, office, tmp_path: Path) -> None:
    manager = office["manager"]
    window = MainWindow(manager)
    qtbot.addWidget(window)
    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.chart_refreshes >= 1, timeout=10000)
    assert page.welcome.isHidden()  # an office with units is past its first steps
    figures = dashboard_figures(manager)
    today = office_today()
    rate = month_collection(f"{today:%Y-%m}", today).rate
    assert page.tiles["collection_rate"].value.text() == percent_text(rate)
    assert page.tiles["repairs_awaiting_visit"].value.text() == str(figures.repairs_awaiting_visit)
    assert page.tiles["low_stock"].value.text() == str(figures.low_stock)
    books = page.tiles["invoice_books_low"]
    assert page.grid.indexOf(books) >= 0
    assert books.value.text() == str(figures.invoice_books_low)
    qtbot.mouseClick(books, Qt.MouseButton.LeftButton)
    parking = window.pages["parking"]
    assert window.stack.currentWidget() is parking and parking.tabs.currentWidget() is parking.books
    window.show_page("dashboard")
    assert page.tiles["sync_state"].value.text() == "Not set up"  # read from sync.status()
    qtbot.mouseClick(page.tiles["sync_state"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.pages["sync"]
    window.show_page("dashboard")
    runs = page.trend_chart.chart().series()  # one line per run of billed months
    rated = [rate for _p, rate in dashboard_figures(manager).trend if rate is not None]
    assert runs and sum(s.count() for s in runs) == len(rated)
    assert page.category_chart.chart().series()
    qtbot.mouseClick(page.tiles["arrears"], Qt.MouseButton.LeftButton)
    billing = window.pages["billing"]
    assert window.stack.currentWidget() is billing
    assert billing.tabs.currentWidget() is billing.arrears
    window.show_page("dashboard")
    qtbot.mouseClick(page.tiles["repairs_awaiting_visit"], Qt.MouseButton.LeftButton)
    service = window.pages["service"]
    assert service.tabs.currentWidget() is service.repairs
    window.resize(1280, 800)
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.chart_refreshes >= 2, timeout=10000)
    shot = tmp_path / "dashboard.png"  # at the office's window size, for a look when it fails
    assert page.grab().save(str(shot)) and shot.stat().st_size > 0
