"""Time-ordered UUIDs (RFC 9562 version 7) as canonical strings.

Python 3.11 has no uuid7. Ids sort by creation time, so head office can key rows on
(office, id) and indexes stay append-mostly. Within one millisecond a counter keeps them
monotonic in this process.
"""

from __future__ import annotations

import os
import random
import threading
import time

_lock = threading.Lock()
_last_ms = 0
_counter = 0
# The 62 random bits come from a generator seeded by the OS (again in a forked child): one
# os.urandom call per id was a third of new_id's time, and ids need uniqueness, not secrecy.
_random = random.Random(os.urandom(32))
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=lambda: _random.seed(os.urandom(32)))


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
        rand_b = _random.getrandbits(62)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | _counter << 64 | 0b10 << 62 | rand_b
    text = f"{value:032x}"  # the canonical 8-4-4-4-12 form, without building a uuid.UUID
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
