"""事务 logs: each log tab opens on 100,000 entries (first page shown; target ≤ 300 ms); and
the 操作日志 (audit trail) of two of them, 200,000 entries.

The office (500 units, 100,000 rows in each log) is written once with raw SQL into
benchmarks/.cache — the services' realism is not needed to measure a table. The figure is
the real tab widget built, shown and painted, as when the user opens it; the baseline is the
same first page (201 rows, same order) read with plain sqlite3.

Run alone: `uv run python -m benchmarks.affairs_bench`.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

CACHE = Path(__file__).resolve().parent / ".cache"
ROWS = 100_000
UNITS = 500
TARGET = 0.3
SEED = 14
STAFF = ("kefu", "shouyin", "manager")

Report = Callable[[str, float, float, float | None], None]


def run(report: Report) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.services.office import close_office, open_office
    from app.services.permissions import Actor
    from ui.pages.affairs_expenses import ExpensesTab
    from ui.pages.affairs_mail import IncomingTab, OutgoingTab
    from ui.pages.affairs_notices import NoticesTab
    from ui.pages.affairs_renovation import RenovationsTab
    from ui.pages.affairs_visitors import VisitorLogTab

    app = QApplication.instance() or QApplication([])
    path = office_file()
    open_office(path)
    actor = Actor.system()
    conn = sqlite3.connect(path)
    logs = (
        ("mail received", IncomingTab, "mail_item", "received_at"),
        ("mail sent", OutgoingTab, "outgoing_mail", "sent_on"),
        ("visitors", VisitorLogTab, "visitor", "in_at"),
        ("notices", NoticesTab, "notice", "number"),
        ("renovations", RenovationsTab, "renovation", "number"),
        ("expense claims", ExpensesTab, "expense_claim", "number"),
    )
    widgets = []
    _audit_figures(app, actor, conn, report)

    for name, tab_class, table, order in logs:

        def open_tab(tab_class: type = tab_class) -> None:
            tab = tab_class(actor)
            tab.resize(1200, 700)
            tab.show()
            app.processEvents()
            widgets.append(tab)

        sql = f"SELECT * FROM {table} ORDER BY {order} DESC, id DESC LIMIT 201"
        baseline = _median(lambda sql=sql: conn.execute(sql).fetchall())
        report(f"{name} log, {ROWS:,} rows, opens", _median(open_tab), baseline, TARGET)
        for widget in widgets:
            widget.close()
        widgets.clear()
    conn.close()
    close_office()


def _audit_figures(app, actor, conn: sqlite3.Connection, report: Report) -> None:
    """系统 → 操作日志 on 2 × ROWS entries: the tab opening (last 30 days), then one unit's
    whole history found by typing its code."""
    from ui.pages.system_audit import AuditTab

    tab = AuditTab(actor)
    tab.resize(1200, 700)
    tab.show()

    def open_tab() -> None:
        tab.refresh()
        app.processEvents()

    first_page = "SELECT * FROM audit_log ORDER BY at DESC, id DESC LIMIT 201"
    baseline = _median(lambda: conn.execute(first_page).fetchall())
    report(f"audit trail, {2 * ROWS:,} entries, opens", _median(open_tab), baseline, TARGET)
    unit_id, code = conn.execute("SELECT id, code FROM unit ORDER BY code LIMIT 1").fetchone()

    def history() -> None:
        tab.reference.setText(code)
        tab.apply()
        app.processEvents()

    raw = (
        "SELECT * FROM audit_log WHERE record_id IN (SELECT id FROM mail_item WHERE unit_id = ?"
        " UNION ALL SELECT id FROM visitor WHERE unit_id = ?) ORDER BY at DESC LIMIT 201"
    )
    base = _median(lambda: conn.execute(raw, (unit_id, unit_id)).fetchall())
    report("audit trail, one unit's history by its code", _median(history), base, TARGET)
    tab.close()


def _median(fn: Callable[[], object], repeat: int = 7) -> float:
    fn()  # warm: the first open also loads fonts and icons
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def office_file() -> Path:
    from app import migrations

    path = CACHE / f"affairs-{ROWS}-v{migrations.CURRENT_VERSION}-3.db"
    if path.exists():
        return path
    from app.ids import new_id
    from app.services.office import close_office, open_office

    CACHE.mkdir(exist_ok=True)
    building = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    open_office(building)
    close_office()
    rng = random.Random(SEED)
    conn = sqlite3.connect(building)
    with conn:
        units = _units(conn, new_id)
        start = datetime(2026, 11, 27, 10, tzinfo=UTC)
        moments = sorted(start - timedelta(minutes=rng.randint(0, 525_600)) for _ in range(ROWS))
        mail_ids = [new_id() for _ in moments]
        conn.executemany(
            "INSERT INTO mail_item VALUES (?,?,?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (_mail_row(rng, id_, at, units) for id_, at in zip(mail_ids, moments, strict=True)),
        )
        conn.executemany(
            "INSERT INTO outgoing_mail VALUES (?,?,?,1,?,?,?,?,?,?,?,?,?,?,?)",
            (_outgoing_row(rng, new_id(), at, units) for at in moments),
        )
        visitor_ids = [new_id() for _ in moments]
        conn.executemany(
            "INSERT INTO visitor VALUES (?,?,?,1,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                _visitor_row(rng, id_, at, units)
                for id_, at in zip(visitor_ids, moments, strict=True)
            ),
        )
        # The audit trail of both logs: 2 × ROWS entries, as the services write them.
        conn.executemany(
            "INSERT INTO audit_log VALUES (?,?,?,1,?,NULL,?,?,?,?,NULL,NULL,NULL)",
            ((new_id(), _stamp(at), _stamp(at), _stamp(at), rng.choice(STAFF), action, table, id_)
             for ids, action, table in ((mail_ids, "mail.receive", "mail_item"),
                                        (visitor_ids, "visitor.in", "visitor"))
             for id_, at in zip(ids, moments, strict=True)),
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO notice VALUES (?,?,?,1,?,'water','停水通知','正文',?,'李客服','服务中心')",
            ((new_id(), _stamp(at), _stamp(at), f"GG{n:010d}", at.date().isoformat())
             for n, at in enumerate(moments)),
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO renovation VALUES (?,?,?,1,?,?,NULL,'业主','','装饰公司','','','','装修',"
            "?,?,?,'李客服','settled','',NULL,'',NULL,NULL,NULL,'',NULL,'','')",
            ((new_id(), _stamp(at), _stamp(at), f"ZX{n:010d}", units[n % len(units)],
              at.date().isoformat(), at.date().isoformat(), at.date().isoformat())
             for n, at in enumerate(moments)),
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO expense_claim VALUES (?,?,?,1,?,'李客服',?,'日常开支',?,'李客服','paid',"
            "'陈经理',NULL,'',?,'王收银','cash')",
            ((new_id(), _stamp(at), _stamp(at), f"BX{n:010d}", at.date().isoformat(),
              rng.randint(100, 200_000), at.date().isoformat())
             for n, at in enumerate(moments)),
        )  # fmt: skip
    conn.close()
    building.rename(path)
    return path


def _stamp(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _units(conn: sqlite3.Connection, new_id: Callable[[], str]) -> list[str]:
    from app.unit_order import code_sort_key

    stamp = "2026-01-01T00:00:00.000Z"
    community, building, entrance = new_id(), new_id(), new_id()
    conn.execute("INSERT INTO community VALUES (?,?,?,1,'B','社区','')", (community, stamp, stamp))
    conn.execute(
        "INSERT INTO building VALUES (?,?,?,1,?,'1','1栋',30,1)",
        (building, stamp, stamp, community),
    )
    conn.execute(
        "INSERT INTO entrance VALUES (?,?,?,1,?,'1','1单元',1)", (entrance, stamp, stamp, building)
    )
    ids = [new_id() for _ in range(UNITS)]
    conn.executemany(
        "INSERT INTO unit VALUES (?,?,?,1,?,?,?,?,'residential',9000,NULL,'occupied',"
        "'2020-01-01','',?)",
        (
            (u, stamp, stamp, entrance, f"1-1-{n // 4 + 1}{n % 4 + 1:02d}", n // 4 + 1,
             f"{n // 4 + 1}{n % 4 + 1:02d}", code_sort_key(f"1-1-{n // 4 + 1}{n % 4 + 1:02d}"))
            for n, u in enumerate(ids)
        ),
    )  # fmt: skip
    return ids


def _mail_row(rng: random.Random, id_: str, at: datetime, units: list[str]) -> tuple:
    stamp = _stamp(at)
    collected = rng.random() < 0.97
    return (
        id_, stamp, stamp, "parcel", rng.choice(("顺丰", "中通", "京东")),
        f"SF{rng.randint(10**11, 10**12 - 1)}", rng.choice(units), f"业主{rng.randint(1, 999)}",
        "", stamp, at.date().isoformat(), "李客服", f"A{rng.randint(1, 9)}", None,
        "collected" if collected else "waiting", "本人" if collected else "",
        _stamp(at + timedelta(hours=5)) if collected else None, "李客服" if collected else "", "",
    )  # fmt: skip


def _outgoing_row(rng: random.Random, id_: str, at: datetime, units: list[str]) -> tuple:
    stamp = _stamp(at)
    return (
        id_, stamp, stamp, at.date().isoformat(), "ems", "EMS", f"E{rng.randint(10**9, 10**10)}",
        "物业服务中心", rng.choice(units), "开发商", "上海", rng.randint(0, 3000), "李客服", "",
    )  # fmt: skip


def _visitor_row(rng: random.Random, id_: str, at: datetime, units: list[str]) -> tuple:
    stamp = _stamp(at)
    return (
        id_, stamp, stamp, f"访客{rng.randint(1, 9999)}", f"{rng.randint(0, 9999):04d}", "",
        "探亲", f"业主{rng.randint(1, 999)}", rng.choice(units), 1, "", at.date().isoformat(),
        stamp, _stamp(at + timedelta(hours=2)), "门岗",
    )  # fmt: skip


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from benchmarks.figures import report

    run(report)
