"""`main.py headoffice ...`: IT's commands for the head-office service.

    headoffice init          --database URL
    headoffice add-office    CODE --name NAME      (prints the office's token once)
    headoffice revoke-office CODE
    headoffice serve         --host H --port P [--tls-cert F --tls-key F]
    headoffice status        [--json]
    headoffice report        --month YYYY-MM --out FILE.xlsx
    headoffice accept-restore CODE --yes   (the office restored a backup: start it afresh)
    headoffice lost-rows     CODE          (what that restore lost, once the office resent)

Every command takes `--database URL` (a libpq URL or DSN; PROPDESK_HEADOFFICE_DATABASE is the
default, which keeps a password off the process list). Exit codes follow the office CLI: 0 ok,
2 bad usage, 3 refused, 1 unexpected failure. This module imports nothing heavy at load: the
desktop program builds its parser with it but never loads the server stack.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3
DATABASE_ENV = "PROPDESK_HEADOFFICE_DATABASE"
log = logging.getLogger(__name__)


class UsageError(Exception):
    pass


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("headoffice", help="the head-office service (for IT at head office)")
    actions = group.add_subparsers(dest="headoffice_command", metavar="ACTION", required=True)
    database = argparse.ArgumentParser(add_help=False)
    database.add_argument(
        "--database",
        default=os.environ.get(DATABASE_ENV),
        help=f"PostgreSQL URL or DSN (default: ${DATABASE_ENV})",
    )
    parents = [common, database]

    init = actions.add_parser("init", parents=parents, help="create the head-office tables")
    init.set_defaults(handler=cmd_init)
    add = actions.add_parser("add-office", parents=parents, help="register an office")
    add.add_argument("code", help="the office code the office configures (sync configure)")
    add.add_argument("--name", required=True, help="the office's name")
    add.set_defaults(handler=cmd_add_office)
    revoke = actions.add_parser(
        "revoke-office", parents=parents, help="refuse the office's token from now on"
    )
    revoke.add_argument("code")
    revoke.set_defaults(handler=cmd_revoke_office)
    serve = actions.add_parser("serve", parents=parents, help="run the service (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--tls-cert", type=Path, help="certificate chain (PEM) for HTTPS")
    serve.add_argument("--tls-key", type=Path, help="private key (PEM) for HTTPS")
    serve.set_defaults(handler=cmd_serve)
    status = actions.add_parser("status", parents=parents, help="every office's sync state")
    status.set_defaults(handler=cmd_status)
    report = actions.add_parser(
        "report", parents=parents, help="collection, arrears and complaints per office (.xlsx)"
    )
    report.add_argument("--month", required=True, help="the month, YYYY-MM")
    report.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    report.set_defaults(handler=cmd_report)
    accept = actions.add_parser(
        "accept-restore",
        parents=parents,
        help="accept an office's restored database: set aside what head office holds of it "
        "and take everything again from the office",
    )
    accept.add_argument("code")
    accept.add_argument("--yes", action="store_true", help="do it (without: only say what)")
    accept.set_defaults(handler=cmd_accept_restore)
    lost = actions.add_parser(
        "lost-rows", parents=parents, help="rows the office's latest accepted restore lost"
    )
    lost.add_argument("code")
    lost.set_defaults(handler=cmd_lost_rows)


def run(args: argparse.Namespace) -> int:
    """Run a `headoffice` command: the desktop's runner would open an office database."""
    handler: Callable[[argparse.Namespace], Any] = args.handler
    try:
        if not args.database:
            raise UsageError(f"--database URL is required (or set {DATABASE_ENV})")
        result = handler(args)
        if result is not None:
            _print(result, args.json)
        return EXIT_OK
    except UsageError as exc:
        print(f"main.py: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        from app.headoffice.store import StoreError

        if isinstance(exc, StoreError):
            print(f"main.py: rejected: {exc}", file=sys.stderr)
            return EXIT_REJECTED
        log.exception("headoffice %s failed", args.headoffice_command)
        print(f"main.py: failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILURE


def _print(result: Any, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    elif isinstance(result, list):
        for row in result:
            print("\t".join(str(v) for v in row.values()))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")


def cmd_init(args: argparse.Namespace) -> dict:
    from app.headoffice import store

    return {"schema_version": store.init(args.database)}


def cmd_add_office(args: argparse.Namespace) -> dict:
    from app.headoffice import store

    token = store.add_office(args.database, args.code, args.name)
    if not args.json:
        print("The token is shown only this once; give it to the office's IT.", file=sys.stderr)
    return {"office": args.code.strip(), "name": args.name.strip(), "token": token}


def cmd_revoke_office(args: argparse.Namespace) -> dict:
    from app.headoffice import store

    return {"office": args.code, "revoked_at": store.revoke_office(args.database, args.code)}


def cmd_serve(args: argparse.Namespace) -> None:
    import uvicorn

    from app.headoffice.server import create_app

    if (args.tls_cert is None) != (args.tls_key is None):
        raise UsageError("--tls-cert and --tls-key go together")
    for path in (args.tls_cert, args.tls_key):
        if path is not None and not path.is_file():
            raise UsageError(f"no such file: {path}")
    uvicorn.run(
        create_app(args.database),
        host=args.host,
        port=args.port,
        ssl_certfile=str(args.tls_cert) if args.tls_cert else None,
        ssl_keyfile=str(args.tls_key) if args.tls_key else None,
        log_level="info",
    )


def cmd_status(args: argparse.Namespace) -> list[dict]:
    from app.headoffice import store

    with store.connection(args.database) as conn:
        summaries = store.summaries(conn)
    return [
        {
            "office": s.state.code,
            "name": s.state.name,
            "revoked": s.state.revoked_at is not None,
            "generation": s.state.generation,
            "acked_seq": s.state.acked_seq,
            "last_batch_no": s.state.last_batch_no,
            "last_batch_at": s.state.last_batch_at.isoformat() if s.state.last_batch_at else None,
            "batches": s.batches,
            "rows": s.rows_per_table if args.json else sum(s.rows_per_table.values()),
            "deleted_rows": s.deleted_rows,
            "quarantined": s.quarantined,
        }
        for s in summaries
    ]


def cmd_report(args: argparse.Namespace) -> dict:
    from app.headoffice import report, store

    if args.out.suffix.lower() != ".xlsx":
        raise UsageError(f"--out must end in .xlsx: {args.out}")
    try:
        report.month_bounds(args.month)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    with store.connection(args.database) as conn:
        rows = report.write_report(conn, args.month, args.out, date.today())
    return {
        "report": "headoffice",
        "month": args.month,
        "file": str(args.out),
        "offices": len(rows),
    }


def cmd_accept_restore(args: argparse.Namespace) -> dict:
    from app.headoffice import restore, store

    if not args.yes:
        with store.connection(args.database) as conn:
            state = store.office_state(conn, args.code)
        if state is None:
            raise store.StoreError(f"no office {args.code}")
        raise UsageError(
            f"office {args.code} (generation {state.generation}, confirmed up to "
            f"{state.acked_seq}) would be set aside and taken again from the office's "
            "restored database: add --yes to do it"
        )
    done = restore.accept_restore(args.database, args.code)
    if not args.json:
        print(
            "Now ask the office to send everything again (同步 → 重新上传全部, or "
            "`main.py sync resend`), then list what the restore lost with `lost-rows`.",
            file=sys.stderr,
        )
    return {
        "office": done.office,
        "old_generation": done.old_generation,
        "old_acked_seq": done.old_acked_seq,
        "rows_set_aside": done.rows_retired,
        "changes_set_aside": done.changes_retired,
        "at": done.at.isoformat(),
    }


def cmd_lost_rows(args: argparse.Namespace) -> list[dict]:
    from app.headoffice import restore, store

    with store.connection(args.database) as conn:
        state = store.office_state(conn, args.code)
        if state is None:
            raise store.StoreError(f"no office {args.code}")
        lost = restore.lost_rows(conn, args.code)
    if not args.json:
        print(
            f"office {args.code}: head office now holds its changes up to {state.acked_seq}; "
            f"{len(lost)} rows from before the restore are not back",
            file=sys.stderr,
        )
    return [{"table": row.table, "id": row.row_id, "number": row.number or ""} for row in lost]
