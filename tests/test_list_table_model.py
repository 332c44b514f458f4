"""ListTableModel, the small in-memory lists: figures right-aligned like a ledger's; text,
dates, phones and codes left as they are."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from decimal import Decimal

from PySide6.QtCore import Qt

from app.money import format_money
from ui.models.list_model import ListTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def test_figures_right_aligned_text_and_dates_not(qapp) -> None:
    model = ListTableModel(
        [
            ("space", lambda r: r[0]),
            ("ends", lambda r: r[1]),
            ("days", lambda r: r[2]),
            ("monthly", lambda r: format_money(r[3])),
            ("rate", lambda r: r[4]),
            ("refund", lambda r: format_money(r[5])),
            ("phone", lambda r: r[6]),
            ("code", lambda r: r[7]),
        ]
    )
    model.set_items(
        [
            (
                "CK-A-001",
                "2026-11-30",
                3,
                Decimal("1300"),
                "75.0%",
                Decimal("-2.5"),
                "13812345678",
                "001",
            )
        ]
    )
    aligned = [
        model.data(model.index(0, col), Qt.ItemDataRole.TextAlignmentRole) for col in range(8)
    ]
    assert aligned == [None, None, RIGHT, RIGHT, RIGHT, RIGHT, None, None]
    assert model.data(model.index(0, 3)) == "¥1,300.00"


def test_columns_fit_rows_that_arrive_after_layout(qtbot) -> None:
    """The accounts list showed "cangg…" and "系统…": its rows came after the view was set up."""
    from PySide6.QtWidgets import QTableView

    from ui.widgets.table import configure_table

    model = ListTableModel([("用户名", lambda r: r[0]), ("姓名", lambda r: r[1])])
    view = QTableView()
    qtbot.addWidget(view)
    configure_table(view, model)
    view.show()
    narrow = view.columnWidth(0)
    model.set_items([("cangguan_warehouse", "系统管理员")])
    needed = view.fontMetrics().horizontalAdvance("cangguan_warehouse")
    assert view.columnWidth(0) >= needed > narrow
    # …and the last column still takes the rest (a second resize used to shrink it to its
    # text: the complaints list ended in a gap).
    assert view.horizontalHeader().length() == view.viewport().width()


def test_a_picking_tab_reloads_with_its_last_column_stretched(qtbot) -> None:
    from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

    from ui.widgets.table import PicksFromList, configure_table

    class Tab(PicksFromList, QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.model = ListTableModel([("no", lambda r: r.id), ("who", lambda r: r.who)])
            self.table = QTableView()
            configure_table(self.table, self.model)
            QVBoxLayout(self).addWidget(self.table)

    from types import SimpleNamespace

    tab = Tab()
    qtbot.addWidget(tab)
    tab.resize(900, 300)
    tab.show()
    qtbot.waitExposed(tab)
    for names in (["李客服"], ["李客服", "王收银员"]):
        tab.reload(SimpleNamespace(id=f"TS{i}", who=n) for i, n in enumerate(names))
        header = tab.table.horizontalHeader()
        assert header.length() == tab.table.viewport().width()
