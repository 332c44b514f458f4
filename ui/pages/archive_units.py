"""The units tab: the estate tree (community → building → entrance) beside the unit table."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
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
from app.services.permissions import Actor
from app.services.structure import TreeNode, estate_tree
from ui.labels import unit_status_label, unit_type_label
from ui.models.query_table_model import Column, QueryTableModel
from ui.tasks import run_task
from ui.widgets.table import RIGHT, configure_table

NODE_ROLE = Qt.ItemDataRole.UserRole + 1


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
        self._layout()
        self.load_tree()
        self._update_count()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.count)
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
        QVBoxLayout(self).addWidget(splitter)

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
        self.model.refresh()

    def load_tree(self) -> None:
        self.tree_model.clear()
        root = self.tree_model.invisibleRootItem()
        for community in estate_tree(self.actor):
            root.appendRow(self._tree_item(community))
        self.tree.expandToDepth(0)

    def _tree_item(self, node: TreeNode) -> QStandardItem:
        item = QStandardItem(f"{node.name}（{node.units}）")
        item.setEditable(False)
        item.setData(node, NODE_ROLE)
        for child in node.children:
            item.appendRow(self._tree_item(child))
        return item

    def _tree_moved(self, current, _previous) -> None:
        self._node = current.data(NODE_ROLE) if current.isValid() else None
        self.apply_filter()

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

    def refresh(self) -> None:
        self.load_tree()
        self.model.refresh()
        self._update_count()

    def _update_count(self) -> None:
        """Counting a large office takes a moment: done in the background, newest wins."""
        self._count_generation = getattr(self, "_count_generation", 0) + 1
        generation, where, actor = self._count_generation, self.current_filter(), self.actor
        self.count.setText(self.tr("counting…"))

        def show(total: int) -> None:
            if generation == self._count_generation:
                self.count.setText(self.tr("{n} units").format(n=total))

        run_task(lambda _ctx: count_units(actor, where), on_success=show, parent=self)
