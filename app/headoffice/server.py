"""The head-office HTTP service (FastAPI): the offices push batches, IT reads the status page.

    POST /v1/batches     apply one batch (app.sync.protocol describes the contract)
    GET  /v1/sync-state  where head office stands for the token's office
    GET  /               status page for head-office staff (plain HTML)
    GET  /healthz        the service and its database answer

Database work is blocking psycopg; it runs in Starlette's thread pool so the event loop only
reads bodies and writes answers.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import psycopg
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from app.headoffice import store
from app.headoffice.apply import Refused, apply_batch
from app.headoffice.status_page import render_status_page
from app.sync import protocol

log = logging.getLogger(__name__)
DATABASE_RETRY_AFTER = 5


class ConnectionPool:
    """A few idle connections kept for the next request (psycopg_pool is not a dependency).
    A broken connection (database restarted) is dropped instead of being returned."""

    def __init__(self, database_url: str, keep: int = 8) -> None:
        self.database_url = database_url
        self._idle: queue.LifoQueue[psycopg.Connection] = queue.LifoQueue(maxsize=keep)

    @contextmanager
    def connection(self) -> Iterator[psycopg.Connection]:
        try:
            conn = self._idle.get_nowait()
        except queue.Empty:
            conn = store.connect(self.database_url, autocommit=True, connect_timeout=10)
        try:
            yield conn
        finally:
            self._give_back(conn)

    def _give_back(self, conn: psycopg.Connection) -> None:
        idle = conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        if conn.closed or conn.broken or not idle:
            conn.close()
            return
        try:
            self._idle.put_nowait(conn)
        except queue.Full:
            conn.close()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


def create_app(database_url: str, *, pool_size: int = 8) -> FastAPI:
    pool = ConnectionPool(database_url, pool_size)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(
        title="PropDesk head office",
        version=str(protocol.PROTOCOL_VERSION),
        description="Receives the offices' change batches (store and forward).",
        lifespan=lifespan,
    )
    app.state.pool = pool

    @app.exception_handler(Refused)
    async def refused(_request: Request, exc: Refused) -> JSONResponse:
        return JSONResponse(exc.body, status_code=exc.status, headers=exc.headers)

    @app.exception_handler(psycopg.OperationalError)
    async def database_down(_request: Request, exc: psycopg.OperationalError) -> JSONResponse:
        log.warning("head-office database unavailable: %s", exc)
        body = {"error": protocol.ERROR_BUSY, "message": "head-office database unavailable"}
        headers = {"Retry-After": str(DATABASE_RETRY_AFTER)}
        return JSONResponse(body, status_code=503, headers=headers)

    @app.post(protocol.BATCHES_PATH, summary="Apply one office batch")
    async def post_batch(request: Request) -> dict[str, Any]:
        token = _bearer(request)
        body = await _read_body(request)
        return await run_in_threadpool(_receive, pool, token, body, request.headers)

    @app.get(protocol.SYNC_STATE_PATH, summary="Head office's state for the token's office")
    def sync_state(request: Request) -> dict[str, Any]:
        token = _bearer(request)
        with pool.connection() as conn:
            office = _authorised_office(conn, token)
            state = store.office_state(conn, office)
        assert state is not None  # the token was just found on this office
        return {
            "office": state.code,
            "generation": state.generation,
            "acked_seq": state.acked_seq,
            "last_batch_no": state.last_batch_no,
            "min_schema": protocol.MIN_SCHEMA_VERSION,
            "max_schema": protocol.MAX_SCHEMA_VERSION,
        }

    @app.get("/", response_class=HTMLResponse, summary="Status page for head-office staff")
    def status_page() -> HTMLResponse:
        with pool.connection() as conn:
            offices = store.overview(conn)
        return HTMLResponse(render_status_page(offices))

    @app.get("/healthz", summary="The service and its database answer")
    def healthz() -> dict[str, str]:
        with pool.connection() as conn:
            conn.execute("SELECT 1").fetchone()
        return {"status": "ok"}

    return app


def _bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Refused(401, protocol.ERROR_UNAUTHORIZED, "a bearer token is required")
    return token.strip()


async def _read_body(request: Request) -> bytes:
    """The raw (gzipped) body, refused as soon as it passes MAX_BODY_BYTES."""
    too_large = Refused(
        413, protocol.ERROR_TOO_LARGE, f"a batch body is at most {protocol.MAX_BODY_BYTES} bytes"
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > protocol.MAX_BODY_BYTES:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > protocol.MAX_BODY_BYTES:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _authorised_office(conn: psycopg.Connection, token: str) -> str:
    found = store.office_for_token(conn, token)
    if found is None:
        raise Refused(401, protocol.ERROR_UNAUTHORIZED, "unknown token")
    office, revoked = found
    if revoked:
        raise Refused(403, protocol.ERROR_FORBIDDEN, f"the token of office {office} is revoked")
    return office


def _receive(pool: ConnectionPool, token: str, body: bytes, headers: Any) -> dict[str, Any]:
    with pool.connection() as conn:
        office = _authorised_office(conn, token)
        batch = _decode(body, headers.get("x-body-sha256", ""))
        if batch.office != office:
            raise Refused(
                403, protocol.ERROR_FORBIDDEN, f"this token belongs to office {office}, "
                f"not {batch.office}"
            )  # fmt: skip
        if headers.get("idempotency-key", "") != batch.idempotency_key:
            raise Refused(
                422,
                protocol.ERROR_MALFORMED,
                f"Idempotency-Key must be {batch.idempotency_key}",
            )
        answer = apply_batch(conn, batch, protocol.body_sha256(body))
    log.info(
        "office %s batch %s seq %s..%s: %s",
        batch.office,
        batch.batch_no,
        batch.first_seq,
        batch.last_seq,
        answer["status"],
    )
    return answer


def _decode(body: bytes, claimed_sha256: str) -> protocol.Batch:
    if claimed_sha256.strip().lower() != protocol.body_sha256(body):
        raise Refused(
            422, protocol.ERROR_HASH, "X-Body-SHA256 does not match the body (damaged in transit)"
        )
    try:
        return protocol.decode_batch(body)
    except protocol.ProtocolError as exc:
        status = 413 if exc.code == protocol.ERROR_TOO_LARGE else 422
        raise Refused(status, exc.code, str(exc)) from exc
