"""The shell: left navigation, pages, status bar, global search, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.search import SearchHit
from app.services import settings
from app.services.permissions import Actor
from app.services.units import unit_id_by_code
from ui.icons import icon
from ui.labels import role_label
from ui.pages.affairs import AffairsPage
from ui.pages.archive import ArchivePage
from ui.pages.base import Page
from ui.pages.billing import BillingPage
from ui.pages.dashboard import DashboardPage
from ui.pages.parking import ParkingPage
from ui.pages.reports import ReportsPage
from ui.pages.service import ServicePage
from ui.pages.stock import StockPage
from ui.pages.sync import SyncPage
from ui.pages.system import SystemPage
from ui.sync_runner import SyncRunner
from ui.sync_texts import status_line
from ui.widgets.search_box import SearchBox

PAGE_CLASSES: tuple[type[Page], ...] = (
    DashboardPage,
    ArchivePage,
    BillingPage,
    ParkingPage,
    StockPage,
    ServicePage,
    AffairsPage,
    ReportsPage,
    SyncPage,
    SystemPage,
)


class MainWindow(QMainWindow):
    logout_requested = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName("main_window")
        office = settings.get(settings.OFFICE_NAME)
        self.setWindowTitle(self.tr("PropDesk — {office}").format(office=office))
        self.setWindowIcon(icon("office"))
        self.pages: dict[str, Page] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 15px; }"
            "QListWidget#navigation::item { padding: 8px 6px; }"
        )
        self.stack = QStackedWidget()
        self._build_pages()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.search_box = SearchBox(actor)
        self.search_box.hit_chosen.connect(self.open_hit)
        self._build_toolbar()
        self.sync_runner = SyncRunner(self)
        self._build_status_bar(office)
        self.nav.currentRowChanged.connect(self._show_row)
        self._restore_state()

    def _build_pages(self) -> None:
        """Navigation entries now; each page is built the first time it is shown."""
        self.page_classes: dict[str, type[Page]] = {}
        for page_class in PAGE_CLASSES:
            if not self.actor.can(page_class.capability):
                continue  # a role sees only the pages it may use
            self.page_classes[page_class.key] = page_class
            item = QListWidgetItem(icon(page_class.icon_name), page_class.title())
            item.setData(Qt.ItemDataRole.UserRole, page_class.key)
            self.nav.addItem(item)

    def page(self, key: str) -> Page:
        if key not in self.pages:
            page = self.page_classes[key](self.actor)
            if isinstance(page, SyncPage):
                page.attach(self.sync_runner)
            self.pages[key] = page
            if isinstance(page, DashboardPage):
                page.open_list.connect(self.open_list)
            self.stack.addWidget(page)
        return self.pages[key]

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.search_box)
        self.actions_by_name: dict[str, QAction] = {}
        find = self._action(
            "find", self.tr("Search"), QKeySequence.StandardKey.Find, self.focus_search, "search"
        )
        refresh = self._action(
            "refresh",
            self.tr("Refresh"),
            QKeySequence.StandardKey.Refresh,
            lambda: self.stack.currentWidget().refresh(),
            "refresh",
        )
        logout = self._action(
            "logout",
            self.tr("Log out"),
            QKeySequence("Ctrl+Shift+L"),
            self.logout_requested.emit,
            "logout",
        )
        quit_action = self._action(
            "quit", self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close, None
        )
        bar.addSeparator()
        for action in (find, refresh, logout):
            bar.addAction(action)
        self.addAction(quit_action)
        for row in range(self.nav.count()):
            key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
            action = self._action(
                f"page_{key}",
                self.page_classes[key].title(),
                QKeySequence(f"Ctrl+{row + 1}"),
                lambda _checked=False, r=row: self.nav.setCurrentRow(r),
                None,
            )
            self.addAction(action)
            self.nav.item(row).setToolTip(
                action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )

    def _action(
        self,
        name: str,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey,
        slot: object,
        icon_name: str | None,
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        action.setObjectName(f"action_{name}")
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.actions_by_name[name] = action
        return action

    def _build_status_bar(self, office: str) -> None:
        roles = "、".join(role_label(r) for r in self.actor.roles)
        self.user_label = QLabel(f"{self.actor.display_name}（{roles}）")
        self.user_label.setObjectName("status_user")
        self.office_label = QLabel(office)
        self.office_label.setObjectName("status_office")
        self.sync_label = QLabel(status_line(None))
        self.sync_label.setObjectName("status_sync")
        self.sync_label.setToolTip(self.tr("Sync to head office: details on the 同步 page"))
        self.sync_runner.status_changed.connect(
            lambda status: self.sync_label.setText(status_line(status))
        )
        status = self.statusBar()
        status.addWidget(self.user_label)
        status.addWidget(self.office_label)
        status.addPermanentWidget(self.sync_label)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        page.on_shown()

    def show_page(self, key: str) -> Page:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
        return self.page(key)

    def open_list(self, target: str) -> None:
        """A 工作台 tile's list: "page:view" shows the page and, where it has one, the view."""
        page_key, _, view = target.partition(":")
        if page_key == "dashboard" and view == "low_stock":
            from ui.dialogs.low_stock import LowStockDialog

            LowStockDialog(self.actor, self).open()
            return
        if page_key not in self.page_classes:
            return
        page = self.show_page(page_key)
        if view and hasattr(page, "show_view"):
            page.show_view(view)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def open_hit(self, hit: SearchHit) -> None:
        """Enter on a search hit opens the unit's record (owners, residents and vehicles
        open the unit they belong to) and shows the unit in the archive list."""
        if not hit.unit_code or "archive" not in self.page_classes:
            return
        page = self.show_page("archive")
        page.show_unit(hit.unit_code)  # type: ignore[attr-defined]
        unit_id = unit_id_by_code(self.actor, hit.unit_code)
        if unit_id:
            page.units.open_unit(unit_id)  # type: ignore[attr-defined]

    def _restore_state(self) -> None:
        store = QSettings()
        if not self.restoreGeometry(store.value("main_window/geometry", b"")):
            self.resize(1280, 800)
        self.restoreState(store.value("main_window/state", b""))
        last = store.value("main_window/page", "dashboard")
        keys = [self.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.nav.count())]
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync_runner.stop()
        store = QSettings()
        store.setValue("main_window/geometry", self.saveGeometry())
        store.setValue("main_window/state", self.saveState())
        current = self.nav.currentItem()
        if current is not None:
            store.setValue("main_window/page", current.data(Qt.ItemDataRole.UserRole))
        super().closeEvent(event)
