"""Record ids: RFC 9562 version-7 UUIDs as canonical text, in creation order, unique."""

from __future__ import annotations

import os
import uuid

import pytest

from app.ids import new_id


def test_ids_are_canonical_version_7_uuids() -> None:
    value = new_id()
    parsed = uuid.UUID(value)
    assert str(parsed) == value and parsed.version == 7
    assert parsed.variant == uuid.RFC_4122


def test_ids_sort_in_creation_order_and_never_repeat() -> None:
    ids = [new_id() for _ in range(50_000)]  # many share a millisecond: the counter orders them
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
def test_a_forked_process_draws_other_random_bits() -> None:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its ids' random tails, then out without pytest's cleanup
        os.write(write, ",".join(new_id()[-12:] for _ in range(20)).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    child = set(os.read(read, 4096).decode().split(","))
    os.close(read)
    mine = {new_id()[-12:] for _ in range(20)}
    assert child and not child & mine
