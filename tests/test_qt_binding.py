"""Guards against a Qt binding that corrupts the interpreter.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method returning
void; after a few thousand calls the interpreter aborts ('deallocating None'). pyproject pins
a release without the bug; this test catches a future upgrade that brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_alive() -> None:
    target = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        target.setObjectName("probe")
    assert sys.getrefcount(None) - before > -100
