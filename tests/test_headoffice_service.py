"""The head-office service over real HTTP against a real PostgreSQL: exactly-once apply,
refusals that write nothing, issued records kept, tombstones, version guard, concurrency."""

from __future__ import annotations

import gzip
import re
import threading
from dataclasses import replace
from datetime import date

import httpx
import psycopg
import pytest

from app.sync import protocol
from tests.headoffice_fixtures import (
    ThreadServer,
    assert_converged,
    headoffice_url,
    make_batch,
    new_office,
    owner_row,
    push,
    query,
    receipt_row,
    service,
    unit_row,
    written,
)

pytestmark = pytest.mark.postgres
__all__ = ["headoffice_url", "service"]  # fixtures, imported for pytest


def test_happy_path_over_several_tables(headoffice_url: str, service: ThreadServer) -> None:
    office = new_office(headoffice_url)
    unit, owner, receipt = unit_row(), owner_row(), receipt_row()
    first = make_batch(office, 1, [("unit", unit), ("owner", owner)], first_seq=1)
    answer = push(service.base_url, office.token, first)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"status": "applied", "acked_seq": 2, "batch_no": 1, "quarantined": 0}

    moved = {**unit, "status": "vacant", "row_version": 2}
    second = make_batch(office, 2, [("receipt", receipt), ("unit", moved, "U")], first_seq=3)
    assert push(service.base_url, office.token, second).json()["acked_seq"] == 4

    assert_converged(
        headoffice_url,
        office,
        {
            ("unit", unit["id"]): moved,
            ("owner", owner["id"]): owner,
            ("receipt", receipt["id"]): receipt,
        },
    )
    state = httpx.get(
        service.base_url + protocol.SYNC_STATE_PATH,
        headers={"Authorization": f"Bearer {office.token}"},
    ).json()
    assert state == {
        "office": office.code,
        "generation": office.generation,
        "acked_seq": 4,
        "last_batch_no": 2,
        "min_schema": protocol.MIN_SCHEMA_VERSION,
        "max_schema": protocol.MAX_SCHEMA_VERSION,
    }
    assert query(
        headoffice_url,
        "SELECT op, table_name, batch_no FROM change_log WHERE office = %s AND seq = 4",
        office.code,
    ) == [("U", "unit", 2)]


def test_same_batch_twice_is_a_duplicate(headoffice_url: str, service: ThreadServer) -> None:
    office = new_office(headoffice_url)
    batch = make_batch(office, 1, [("unit", unit_row()), ("owner", owner_row())], first_seq=1)
    assert push(service.base_url, office.token, batch).json()["status"] == "applied"
    again = push(service.base_url, office.token, batch)
    assert again.status_code == 200
    assert again.json()["status"] == "duplicate" and again.json()["acked_seq"] == 2
    assert written(headoffice_url, office) == (2, 2, 1, 2)


def test_four_identical_posts_at_once_apply_once(
    headoffice_url: str, service: ThreadServer
) -> None:
    office = new_office(headoffice_url)
    rows = [("unit", unit_row(code=f"1-1-{n:04d}")) for n in range(800)]
    batch = make_batch(office, 1, rows, first_seq=1)
    start, answers = threading.Barrier(4), []

    def send() -> None:
        start.wait()
        answers.append(push(service.base_url, office.token, batch))

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = sorted(a.json()["status"] for a in answers)
    assert statuses == ["applied", "duplicate", "duplicate", "duplicate"]
    assert {a.json()["acked_seq"] for a in answers} == {800}
    assert written(headoffice_url, office) == (800, 800, 1, 800)
    assert_converged(headoffice_url, office, {("unit", r["id"]): r for _, r in rows})


def test_same_batch_number_with_other_bytes_conflicts(
    headoffice_url: str, service: ThreadServer
) -> None:
    office = new_office(headoffice_url)
    push(service.base_url, office.token, make_batch(office, 1, [("unit", unit_row())], 1))
    other = make_batch(office, 1, [("unit", unit_row(code="9-9-0909"))], 1)
    answer = push(service.base_url, office.token, other)
    assert answer.status_code == 422
    assert answer.json()["error"] == "batch_conflict" and answer.json()["message"]
    assert written(headoffice_url, office) == (1, 1, 1, 1)


def test_gap_answers_409_with_the_servers_acked_seq(
    headoffice_url: str, service: ThreadServer
) -> None:
    office = new_office(headoffice_url)
    push(service.base_url, office.token, make_batch(office, 1, [("unit", unit_row())], 1))
    ahead = push(service.base_url, office.token, make_batch(office, 3, [("owner", owner_row())], 5))
    assert ahead.status_code == 409
    assert ahead.json()["error"] == "gap" and ahead.json()["acked_seq"] == 1
    assert ahead.json()["generation"] == office.generation
    # Seqs head office already has, under a batch number it never saw: not a duplicate.
    behind = push(
        service.base_url, office.token, make_batch(office, 7, [("owner", owner_row())], 1)
    )
    assert behind.status_code == 409 and behind.json()["acked_seq"] == 1
    assert written(headoffice_url, office) == (1, 1, 1, 1)
    # Batches out of order: the client sends 2 again after 3 was refused, then 3.
    second = make_batch(office, 2, [("owner", owner_row())], 2)
    third = make_batch(office, 3, [("owner", owner_row())], 3)
    assert push(service.base_url, office.token, third).status_code == 409
    assert push(service.base_url, office.token, second).json()["status"] == "applied"
    assert push(service.base_url, office.token, third).json()["acked_seq"] == 3


def test_generation_mismatch_is_never_overwritten(
    headoffice_url: str, service: ThreadServer
) -> None:
    office = new_office(headoffice_url)
    kept = unit_row()
    push(service.base_url, office.token, make_batch(office, 1, [("unit", kept)], 1))
    restored = make_batch(office, 2, [("unit", unit_row())], 2, generation="gen-restored")
    answer = push(service.base_url, office.token, restored)
    assert answer.status_code == 409
    assert answer.json()["error"] == "generation_mismatch"
    assert answer.json()["generation"] == office.generation and answer.json()["acked_seq"] == 1
    assert_converged(headoffice_url, office, {("unit", kept["id"]): kept})


def test_tampered_or_malformed_bodies_write_nothing(
    headoffice_url: str, service: ThreadServer
) -> None:
    office = new_office(headoffice_url)
    batch = make_batch(office, 1, [("unit", unit_row())], 1)
    body = bytearray(protocol.encode_batch(batch))
    body[len(body) // 2] ^= 0xFF  # a flipped byte in transit, digest of the original
    tampered = push(
        service.base_url,
        office.token,
        batch,
        body=bytes(body),
        X_Body_SHA256=protocol.body_sha256(protocol.encode_batch(batch)),
    )
    assert tampered.status_code == 422 and tampered.json()["error"] == "hash_mismatch"
    no_digest = push(service.base_url, office.token, batch, X_Body_SHA256="")
    assert no_digest.status_code == 422 and no_digest.json()["error"] == "hash_mismatch"
    garbage = push(service.base_url, office.token, batch, body=gzip.compress(b'{"office": 1}'))
    assert garbage.status_code == 422 and garbage.json()["error"] == "malformed"
    wrong_key = push(service.base_url, office.token, batch, Idempotency_Key="x:y:1")
    assert wrong_key.status_code == 422 and wrong_key.json()["error"] == "malformed"
    assert written(headoffice_url, office) == (0, 0, 0, 0)
    assert push(service.base_url, office.token, batch).json()["status"] == "applied"


def test_schema_version_out_of_range_answers_426(
    headoffice_url: str, service: ThreadServer
) -> None:
    office = new_office(headoffice_url)
    for version in (protocol.MIN_SCHEMA_VERSION - 1, protocol.MAX_SCHEMA_VERSION + 1):
        batch = make_batch(office, 1, [("unit", unit_row())], 1, schema_version=version)
        answer = push(service.base_url, office.token, batch)
        assert answer.status_code == 426
        assert answer.json() == {
            "error": "schema_out_of_range",
            "message": answer.json()["message"],
            "min": protocol.MIN_SCHEMA_VERSION,
            "max": protocol.MAX_SCHEMA_VERSION,
        }
    assert written(headoffice_url, office) == (0, 0, 0, 0)
    assert query(headoffice_url, "SELECT generation FROM office WHERE code = %s", office.code) == [
        (None,)
    ]


def test_bad_tokens_are_refused_and_write_nothing(
    headoffice_url: str, service: ThreadServer
) -> None:
    office, other = new_office(headoffice_url), new_office(headoffice_url, "其他物业")
    batch = make_batch(office, 1, [("unit", unit_row())], 1)
    assert push(service.base_url, None, batch).status_code == 401
    assert push(service.base_url, "not-a-token", batch).json()["error"] == "unauthorized"
    assert push(service.base_url, office.token, batch, Authorization="Basic abc").status_code == 401
    foreign = push(service.base_url, other.token, batch)
    assert foreign.status_code == 403 and foreign.json()["error"] == "forbidden"
    from app.headoffice import store

    store.revoke_office(headoffice_url, office.code)
    revoked = push(service.base_url, office.token, batch)
    assert revoked.status_code == 403 and "revoked" in revoked.json()["message"]
    state = httpx.get(service.base_url + protocol.SYNC_STATE_PATH)
    assert state.status_code == 401
    assert written(headoffice_url, office) == (0, 0, 0, 0)
    assert written(headoffice_url, other) == (0, 0, 0, 0)


def test_a_changed_issued_receipt_is_quarantined_and_the_original_kept(
    headoffice_url: str, service: ThreadServer
) -> None:
    office = new_office(headoffice_url)
    receipt = receipt_row(total=36000)
    push(service.base_url, office.token, make_batch(office, 1, [("receipt", receipt)], 1))
    # Changed behind the program's back: the total edited, re-captured as an update.
    forged = {**receipt, "total": 3600, "row_version": 2}
    again = {**receipt}  # an identical copy (a snapshot resent) is simply already there
    batch = make_batch(
        office,
        2,
        [("receipt", forged, "U"), ("receipt", again), ("receipt", {**receipt, "payer": "李四"})],
        2,
    )
    answer = push(service.base_url, office.token, batch)
    assert answer.status_code == 200 and answer.json()["quarantined"] == 2
    assert query(
        headoffice_url,
        "SELECT data->>'total', row_version FROM office_row WHERE office = %s AND row_id = %s",
        office.code,
        receipt["id"],
    ) == [("36000", 1)]
    held = query(
        headoffice_url,
        "SELECT seq, op, data->>'total', original->>'total', data->>'payer', reason "
        "FROM quarantine WHERE office = %s ORDER BY seq",
        office.code,
    )
    assert held == [
        (2, "U", "3600", "36000", "张伟", "update of an issued record"),
        (4, "I", "36000", "36000", "李四", "changed copy of an issued record"),
    ]
    assert written(headoffice_url, office) == (4, 1, 2, 4)  # every seq logged, acked


def test_delete_leaves_a_tombstone(headoffice_url: str, service: ThreadServer) -> None:
    office = new_office(headoffice_url)
    owner = owner_row()
    push(service.base_url, office.token, make_batch(office, 1, [("owner", owner)], 1))
    push(service.base_url, office.token, make_batch(office, 2, [("owner", owner, "D")], 2))
    assert query(
        headoffice_url,
        "SELECT deleted, data->>'name', last_seq FROM office_row WHERE office = %s",
        office.code,
    ) == [(True, "张伟", 2)]
    assert_converged(headoffice_url, office, {})


def test_an_older_row_version_never_overwrites_a_newer_one(
    headoffice_url: str, service: ThreadServer
) -> None:
    office = new_office(headoffice_url)
    unit = unit_row(version=1)
    v3 = {**unit, "row_version": 3, "remarks": "第三版"}
    v2 = {**unit, "row_version": 2, "remarks": "第二版"}
    # Within one batch (the newest wins whatever the order) and across batches.
    push(
        service.base_url,
        office.token,
        make_batch(office, 1, [("unit", unit), ("unit", v3, "U"), ("unit", v2, "U")], 1),
    )
    push(service.base_url, office.token, make_batch(office, 2, [("unit", v2, "U")], 4))
    assert query(
        headoffice_url,
        "SELECT row_version, data->>'remarks' FROM office_row WHERE office = %s",
        office.code,
    ) == [(3, "第三版")]
    assert written(headoffice_url, office)[0] == 4


def test_two_offices_pushing_at_once(headoffice_url: str, service: ThreadServer) -> None:
    offices = [new_office(headoffice_url, name) for name in ("东区物业", "西区物业")]
    expected: dict[str, dict] = {o.code: {} for o in offices}
    failures: list[str] = []

    def office_pushes(office) -> None:
        seq = 1
        for batch_no in range(1, 9):
            rows = [("unit", unit_row(code=f"{batch_no}-1-{n:04d}")) for n in range(200)]
            for _, row in rows:
                expected[office.code][("unit", row["id"])] = row
            answer = push(service.base_url, office.token, make_batch(office, batch_no, rows, seq))
            if answer.status_code != 200:
                failures.append(answer.text)
            seq += len(rows)

    threads = [threading.Thread(target=office_pushes, args=(o,)) for o in offices]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    for office in offices:
        assert_converged(headoffice_url, office, expected[office.code])
        assert written(headoffice_url, office) == (1600, 1600, 8, 1600)


def test_busy_office_answers_503_with_retry_after(
    headoffice_url: str, service: ThreadServer
) -> None:
    office = new_office(headoffice_url)
    batch = make_batch(office, 1, [("unit", unit_row())], 1)
    with psycopg.connect(headoffice_url) as holder:
        holder.execute("SELECT 1 FROM office WHERE code = %s FOR UPDATE", (office.code,))
        answer = push(service.base_url, office.token, batch)
        assert answer.status_code == 503
        assert answer.json()["error"] == "busy" and int(answer.headers["Retry-After"]) > 0
    assert written(headoffice_url, office) == (0, 0, 0, 0)
    assert push(service.base_url, office.token, batch).json()["status"] == "applied"


def test_a_body_over_the_limit_is_refused_with_413(
    headoffice_url: str, service: ThreadServer
) -> None:
    office = new_office(headoffice_url)
    batch = make_batch(office, 1, [("unit", unit_row())], 1)
    huge = b"\0" * (protocol.MAX_BODY_BYTES + 1)
    answer = push(service.base_url, office.token, batch, body=huge)
    assert answer.status_code == 413 and answer.json()["error"] == "too_large"
    assert written(headoffice_url, office) == (0, 0, 0, 0)


def test_status_page_health_and_openapi(headoffice_url: str, service: ThreadServer) -> None:
    office = new_office(headoffice_url, "<b>翠湖苑</b> & 二期")
    receipt = receipt_row()
    push(service.base_url, office.token, make_batch(office, 1, [("receipt", receipt)], 1))
    forged = make_batch(office, 2, [("receipt", {**receipt, "total": 1}, "U")], 2)
    push(service.base_url, office.token, forged)
    page = httpx.get(service.base_url + "/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "&lt;b&gt;翠湖苑&lt;/b&gt; &amp; 二期" in page.text and "<b>翠湖苑" not in page.text
    line = next(x for x in page.text.splitlines() if office.code in x)
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", line)
    assert cells[2:4] == ["2", "2"] and cells[5] == "1"  # acked seq, batch no., quarantined
    assert cells[4].startswith(str(date.today().year)) and 'class="attention"' in line
    assert httpx.get(service.base_url + "/healthz").json() == {"status": "ok"}
    paths = httpx.get(service.base_url + "/openapi.json").json()["paths"]
    assert {protocol.BATCHES_PATH, protocol.SYNC_STATE_PATH, "/", "/healthz"} <= set(paths)


def test_a_value_postgresql_cannot_store_is_refused_not_a_500(
    headoffice_url: str, service: ThreadServer
) -> None:
    office = new_office(headoffice_url)
    batch = make_batch(office, 1, [("unit", unit_row()), ("owner", owner_row(name="张\x00伟"))], 1)
    answer = push(service.base_url, office.token, batch)
    assert answer.status_code == 422 and answer.json()["error"] == "malformed"
    assert "cannot store" in answer.json()["message"]
    assert written(headoffice_url, office) == (0, 0, 0, 0)


def test_one_office_transaction_larger_than_a_batch_travels_whole(
    headoffice_url: str, service: ThreadServer
) -> None:
    """A month's bills are one office transaction: its batch may exceed 1,000 changes."""
    office = new_office(headoffice_url)
    rows = [("charge", unit_row(code=f"bill-{n}")) for n in range(2500)]
    batch = make_batch(office, 1, rows, 1)
    whole = replace(batch, changes=tuple(replace(c, txn=1) for c in batch.changes))
    answer = push(service.base_url, office.token, whole)
    assert answer.status_code == 200 and answer.json()["acked_seq"] == 2500
    assert written(headoffice_url, office) == (2500, 2500, 1, 2500)
