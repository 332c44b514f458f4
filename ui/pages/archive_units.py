"""The units tab: the estate tree (community → building → entrance) beside the unit table,
with a toolbar for new structure and units, editing, move-in and move-out permits."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services.archive import (
    UNIT_SORT,
    UnitFilter,
    UnitStatus,
    count_units,
    filter_units,
    units_query,
)
from app.services.permissions import Actor, Cap
from app.services.structure import TreeNode, estate_tree
from ui.dialogs.handover_dialog import HandoverDialog, start_move_in
from ui.dialogs.permit_dialog import PermitDialog
from ui.dialogs.structure_forms import BuildingDialog, CommunityDialog, EntranceDialog
from ui.dialogs.unit_form import UnitDialog
from ui.labels import unit_status_label, unit_type_label
from ui.models.query_table_model import Column, QueryTableModel
from ui.tasks import run_task
from ui.widgets.export_button import add_export_button
from ui.widgets.table import RIGHT, configure_table

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
_MNEMONIC = re.compile(r"\(&\w\)|&(?=\w)")  # "(&N)" in Chinese labels, "&N" in English


class UnitsTab(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self._node: TreeNode | None = None
        self.tree = QTreeView()
        self.tree.setObjectName("estate_tree")
        self.tree.setHeaderHidden(True)
        self.tree_model = QStandardItemModel(self)
        self.tree.setModel(self.tree_model)
        self.tree.selectionModel().currentChanged.connect(self._tree_moved)
        self.search = QLineEdit()
        self.search.setObjectName("unit_filter")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Unit code or room number, e.g. 3-2-1502"))
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.addItem(self.tr("All statuses"), None)
        for code in UnitStatus.ALL:
            self.status.addItem(unit_status_label(code), code)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setObjectName("units_table")
        self.model = QueryTableModel(self._columns(), lambda: units_query(actor), parent=self)
        configure_table(self.table, self.model)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.table.doubleClicked.connect(
            lambda index: self.open_unit(self.model.row_id(index.row()))
        )
        self.last_dialog: QDialog | None = None  # the form opened last (tests answer it)
        self._build_actions()
        self._layout()
        self.load_tree()
        self._update_count()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        self.toolbar_widget = QToolBar()
        self.toolbar_widget.setObjectName("units_toolbar")
        self.toolbar_widget.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        may_edit = self.actor.can(Cap.ARCHIVE_EDIT)
        specs = (
            ("new_community", self.tr("New &community…"), (), self.new_community),
            ("new_building", self.tr("New &building…"), (), self.new_building),
            ("new_entrance", self.tr("New en&trance…"), (), self.new_entrance),
            ("new_unit", self.tr("&New unit…"), ("Ctrl+N",), self.new_unit),
            None,
            ("edit_unit", self.tr("&Edit unit…"), ("Ctrl+E", "F2"), self.edit_unit),
            ("move_in", self.tr("Move-&in…"), (), self.move_in),
            ("permit", self.tr("Move-out &permit…"), (), self.move_out_permit),
        )
        for spec in specs:
            if spec is None:
                self.toolbar_widget.addSeparator()
                continue
            name, text, keys, slot = spec
            action = QAction(text, self)
            action.setObjectName(f"action_{name}")
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, f=slot: f())
            action.setVisible(may_edit)  # viewers see the list; forms are for editors
            if keys:
                plain = _MNEMONIC.sub("", text)
                action.setToolTip(f"{plain} ({' / '.join(keys)})")
            self.toolbar_widget.addAction(action)
            self.addAction(action)  # the shortcuts work while the tab is shown
            self.actions_by_name[name] = action
        self.toolbar_widget.setVisible(may_edit)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.count)
        self.export_button = add_export_button(bar, self.actor, self.table, self.tr("Units"), self)
        self.toolbar = bar
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar_widget)
        layout.addWidget(splitter)

    def _columns(self) -> list[Column]:
        return [
            Column("code", self.tr("Unit"), UNIT_SORT["code"]),
            Column("building", self.tr("Building")),
            Column("entrance", self.tr("Entrance")),
            Column("floor", self.tr("Floor"), UNIT_SORT["floor"], RIGHT),
            Column("room_no", self.tr("Room"), UNIT_SORT["room_no"]),
            Column("unit_type", self.tr("Type"), UNIT_SORT["unit_type"], format=unit_type_label),
            Column(
                "gross_area",
                self.tr("Gross area ㎡"),
                UNIT_SORT["gross_area"],
                RIGHT,
                format=lambda v: f"{v:,.2f}",
            ),
            Column("status", self.tr("Status"), UNIT_SORT["status"], format=unit_status_label),
            Column("handover_date", self.tr("Handover"), UNIT_SORT["handover_date"]),
            Column("owner_name", self.tr("Owner")),
        ]

    def open_unit(self, unit_id: str) -> None:
        from ui.dialogs.unit_record import UnitRecordDialog

        dialog = UnitRecordDialog(self.actor, unit_id, self)
        dialog.exec()
        self.refresh()

    # --- the toolbar's forms: opened window-modal, the list refreshes when one saves ---

    def _open(self, dialog: QDialog, select: bool = False) -> QDialog:
        dialog.saved.connect(lambda saved_id: self._saved(saved_id if select else None))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, node_id: str | None) -> None:
        self.refresh()
        if node_id:
            self.select_node(node_id)

    def new_community(self) -> CommunityDialog:
        return self._open(CommunityDialog(self.actor, self), select=True)

    def new_building(self) -> BuildingDialog | None:
        community = self._selected_node("community")
        if community is None:
            return None
        return self._open(BuildingDialog(self.actor, community.id, self), select=True)

    def new_entrance(self) -> EntranceDialog | None:
        building = self._selected_node("building")
        if building is None:
            return None
        return self._open(EntranceDialog(self.actor, building.id, self), select=True)

    def new_unit(self) -> UnitDialog:
        node = self._node
        entrance_id = None
        if node is not None and node.kind == "entrance":
            entrance_id = node.id
        elif node is not None and node.kind == "building" and node.children:
            entrance_id = node.children[0].id
        tree = estate_tree(self.actor)
        return self._open(UnitDialog(self.actor, tree, entrance_id=entrance_id, parent=self))

    def selected_unit_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def edit_unit(self) -> UnitDialog | None:
        unit_id = self.selected_unit_id()
        if unit_id is None:
            return None
        tree = estate_tree(self.actor)
        return self._open(UnitDialog(self.actor, tree, unit_id=unit_id, parent=self))

    def move_in(self) -> HandoverDialog | None:
        unit_id = self.selected_unit_id()
        if unit_id is None:
            return None
        dialog = start_move_in(self, self.actor, unit_id)
        if dialog is not None:
            dialog.saved.connect(lambda _id: self.refresh())
            self.last_dialog = dialog
        return dialog

    def move_out_permit(self) -> PermitDialog | None:
        unit_id = self.selected_unit_id()
        if unit_id is None:
            return None
        return self._open(PermitDialog(self.actor, unit_id, self))

    def _selected_node(self, kind: str) -> TreeNode | None:
        """The selected tree node of that kind, or the one above the selected node."""
        index = self.tree.currentIndex()
        while index.isValid():
            node = index.data(NODE_ROLE)
            if node.kind == kind:
                return node
            index = index.parent()
        return None

    def select_node(self, node_id: str) -> bool:
        found = self._find_item(self.tree_model.invisibleRootItem(), node_id)
        if found is None:
            return False
        self.tree.setCurrentIndex(found.index())
        self.tree.expand(found.index())
        return True

    def _find_item(self, parent: QStandardItem, node_id: str) -> QStandardItem | None:
        for row in range(parent.rowCount()):
            child = parent.child(row)
            if child.data(NODE_ROLE).id == node_id:
                return child
            found = self._find_item(child, node_id)
            if found is not None:
                return found
        return None

    def _update_actions(self) -> None:
        actions = self.actions_by_name
        has_entrance = any(b.children for c in self._tree_nodes() for b in c.children)
        actions["new_building"].setEnabled(self._selected_node("community") is not None)
        actions["new_entrance"].setEnabled(self._selected_node("building") is not None)
        actions["new_unit"].setEnabled(has_entrance)
        has_unit = self.selected_unit_id() is not None
        for name in ("edit_unit", "move_in", "permit"):
            actions[name].setEnabled(has_unit)

    def _tree_nodes(self) -> list[TreeNode]:
        root = self.tree_model.invisibleRootItem()
        return [root.child(row).data(NODE_ROLE) for row in range(root.rowCount())]

    def load_tree(self) -> None:
        selected = self._node.id if self._node else None
        self.tree_model.clear()
        root = self.tree_model.invisibleRootItem()
        for community in estate_tree(self.actor):
            root.appendRow(self._tree_item(community))
        self.tree.expandToDepth(0)
        if selected and not self.select_node(selected):
            self._node = None

    def _tree_item(self, node: TreeNode) -> QStandardItem:
        item = QStandardItem(f"{node.name}（{node.units}）")
        item.setEditable(False)
        item.setData(node, NODE_ROLE)
        for child in node.children:
            item.appendRow(self._tree_item(child))
        return item

    def _tree_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._node = current.data(NODE_ROLE) if current.isValid() else None
        self.apply_filter()
        self._update_actions()

    def current_filter(self) -> UnitFilter:
        node = self._node
        return UnitFilter(
            text=self.search.text(),
            status=self.status.currentData(),
            building_id=node.id if node and node.kind == "building" else None,
            entrance_id=node.id if node and node.kind == "entrance" else None,
        )

    def show_unit(self, code: str) -> None:
        self.tree.clearSelection()
        self.tree.setCurrentIndex(self.tree_model.index(-1, -1))
        self._node = None
        self.status.setCurrentIndex(0)
        self.search.setText(code)
        self.apply_filter()

    def apply_filter(self) -> None:
        where = self.current_filter()
        self.model.set_filter(lambda q: filter_units(q, where))
        self._update_count()
        if hasattr(self, "actions_by_name"):
            self._update_actions()

    def refresh(self) -> None:
        self.load_tree()
        self.model.refresh()
        self._update_count()
        self._update_actions()

    def _update_count(self) -> None:
        """Counting a large office takes a moment: done in the background, newest wins."""
        self._count_generation = getattr(self, "_count_generation", 0) + 1
        generation, where, actor = self._count_generation, self.current_filter(), self.actor
        self.count.setText(self.tr("counting…"))

        def show(total: int) -> None:
            if generation == self._count_generation:
                self.count.setText(self.tr("{n} units").format(n=total))

        run_task(lambda _ctx: count_units(actor, where), on_success=show, parent=self)
