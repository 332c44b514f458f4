"""Gapless numbers per document type and year, also with two processes writing at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.db import database, transaction
from app.services.numbering import (
    format_number,
    last_number,
    next_number,
    register_document_type,
)

register_document_type("test_doc", "TD")
register_document_type("other_doc", "OD")


def test_numbers_run_per_type_and_year(db_path: Path) -> None:
    with transaction():
        first = next_number("test_doc", 2026)
        second = next_number("test_doc", 2026)
        other = next_number("other_doc", 2026)
        next_year = next_number("test_doc", 2027)
    assert (first.sequence, second.sequence, other.sequence, next_year.sequence) == (1, 2, 1, 1)
    assert second.text == "TD2026000002"
    assert format_number("SJ", 2026, 123) == "SJ2026000123"


def test_rolled_back_document_gives_its_number_back(db_path: Path) -> None:
    with transaction():
        next_number("test_doc", 2026)
    with pytest.raises(RuntimeError), transaction():
        next_number("test_doc", 2026)
        raise RuntimeError("printer jammed; the receipt is not saved")
    with transaction():
        assert next_number("test_doc", 2026).sequence == 2
    assert last_number("test_doc", 2026) == 2


def test_outside_a_transaction_is_refused(db_path: Path) -> None:
    with pytest.raises(RuntimeError, match="inside the transaction"):
        next_number("test_doc", 2026)


def test_unknown_type_is_refused(db_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown document type"), transaction():
        next_number("nonsense", 2026)


WRITER = """
import sys
from app.db import open_database, transaction, database
from app.services.numbering import next_number, register_document_type
register_document_type("test_doc", "TD")
open_database(sys.argv[1])
name = sys.argv[2]
for i in range(150):
    try:
        with transaction():
            n = next_number("test_doc", 2026)
            database.execute_sql("INSERT INTO issued (number, writer) VALUES (?, ?)",
                                 (n.sequence, name))
            if i % 10 == 3:
                raise KeyError("abandoned")
    except KeyError:
        pass
"""


def test_two_processes_get_no_duplicate_and_no_gap(db_path: Path) -> None:
    database.execute_sql("CREATE TABLE issued (number INTEGER PRIMARY KEY, writer TEXT)")
    root = Path(__file__).resolve().parents[1]
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), name], cwd=root)
        for name in ("a", "b")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    numbers = [n for (n,) in database.execute_sql("SELECT number FROM issued ORDER BY number")]
    writers = {w for (w,) in database.execute_sql("SELECT DISTINCT writer FROM issued")}
    assert numbers == list(range(1, 271))  # 2 × 150 minus 2 × 15 abandoned
    assert writers == {"a", "b"}
    assert last_number("test_doc", 2026) == 270
