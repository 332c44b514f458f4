"""Time-ordered UUIDs (RFC 9562 version 7) as canonical strings.

Python 3.11 has no uuid7. Ids sort by creation time, so head office can key rows on
(office, id) and indexes stay append-mostly. Within one millisecond a counter keeps them
monotonic in this process.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def new_id() -> str:
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            _last_ms, _counter = ms, int.from_bytes(os.urandom(2), "big") & 0x3FF
        else:
            ms = _last_ms  # clock went back or same millisecond: keep order
            _counter += 1
            if _counter > 0xFFF:
                _last_ms = ms = ms + 1
                _counter = 0
        rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | _counter << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))
