"""The global search box (Ctrl+F): hits appear under it as you type."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from app.errors import UserError
from app.search import SearchHit, search
from app.services.permissions import Actor
from ui.icons import icon

_KIND_ICONS = {"unit": "archive", "owner": "user", "resident": "user", "vehicle": "parking"}


class SearchBox(QLineEdit):
    hit_chosen = Signal(object)  # SearchHit

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.setObjectName("global_search")
        self.setClearButtonEnabled(True)
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setPlaceholderText(self.tr("Search units, owners, phones, plates (Ctrl+F)"))
        self.setMinimumWidth(360)
        self.setMaximumWidth(480)
        self.popup = QListWidget()
        self.popup.setObjectName("search_results")
        self.popup.setWindowFlags(Qt.WindowType.ToolTip)
        self.popup.itemActivated.connect(self._choose)
        self.popup.itemClicked.connect(self._choose)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.installEventFilter(self)

    def run_search(self) -> list[SearchHit]:
        try:
            hits = search(self.actor, self.text())
        except UserError:
            hits = []
        self.popup.clear()
        for hit in hits:
            item = QListWidgetItem(
                icon(_KIND_ICONS.get(hit.kind, "search")), f"{hit.title}    {hit.subtitle}"
            )
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.popup.addItem(item)
        if not hits and self.text().strip():
            self.popup.addItem(self.tr("Nothing found"))
        self._place_popup()
        return hits

    def _place_popup(self) -> None:
        if self.popup.count() == 0:
            self.popup.hide()
            return
        self.popup.setFixedWidth(max(self.width(), 420))
        rows = min(self.popup.count(), 12)
        self.popup.setFixedHeight(rows * (self.popup.sizeHintForRow(0) + 2) + 6)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.setCurrentRow(0)

    def _choose(self, item: QListWidgetItem) -> None:
        hit = item.data(Qt.ItemDataRole.UserRole)
        self.popup.hide()
        if hit is not None:
            self.hit_chosen.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress and self.popup.isVisible():
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = (self.popup.currentRow() + step) % max(self.popup.count(), 1)
                self.popup.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.popup.currentItem():
                self._choose(self.popup.currentItem())
                return True
            if key == Qt.Key.Key_Escape:
                self.popup.hide()
                return True
        if watched is self and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self.popup.hide)
        return super().eventFilter(watched, event)
