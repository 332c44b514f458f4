"""The monthly report and the month close at the command line:

    report monthly --month YYYY-MM --out FILE.pdf|.xlsx
    month close --month YYYY-MM / month reopen --month YYYY-MM --reason TEXT / month status

IT at the command line has the database file anyway, so the commands act as the system.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reports.cli_groups import group


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = group(sub, "report", "write a report (.pdf or .xlsx)", [common])
    monthly = report.add_parser(
        "monthly", parents=[common], help="the manager's monthly report (月报)"
    )
    monthly.add_argument("--month", required=True, help="the month, YYYY-MM")
    monthly.add_argument("--out", type=Path, required=True, help="the .pdf or .xlsx to write")
    monthly.set_defaults(handler=cmd_monthly)
    month = group(sub, "month", "month close (月结)", [common])
    close = month.add_parser("close", parents=[common], help="close a month that is over")
    close.add_argument("--month", required=True, help="the month, YYYY-MM")
    close.set_defaults(handler=cmd_close)
    reopen = month.add_parser("reopen", parents=[common], help="reopen a closed month")
    reopen.add_argument("--month", required=True, help="the month, YYYY-MM")
    reopen.add_argument("--reason", required=True, help="why it is reopened (audited)")
    reopen.set_defaults(handler=cmd_reopen)
    status = month.add_parser("status", parents=[common], help="whether a month is closed")
    status.add_argument("--month", required=True, help="the month, YYYY-MM")
    status.set_defaults(handler=cmd_status)


def _open(args: argparse.Namespace) -> None:
    from app.paths import default_database_path
    from app.services.office import open_office

    open_office(args.db or default_database_path())


def cmd_monthly(args: argparse.Namespace) -> dict:
    from app.cli import UsageError
    from app.services.permissions import Actor
    from reports.monthly import render_monthly

    if args.out.suffix.lower() not in (".pdf", ".xlsx"):
        raise UsageError(f"--out must end in .pdf or .xlsx: {args.out}")
    _open(args)
    result = render_monthly(Actor.system(), args.month, args.out)
    return {"report": "monthly", "month": args.month, "file": str(result.path),
            "sections": result.sections, "closed": result.closed}  # fmt: skip


def cmd_close(args: argparse.Namespace) -> dict:
    from app.services.month_close import close_month
    from app.services.permissions import Actor

    _open(args)
    report = close_month(Actor.system(), args.month)
    return {"month": args.month, "closed": True, "closed_at": report.closed_at}


def cmd_reopen(args: argparse.Namespace) -> dict:
    from app.services.month_close import reopen_month
    from app.services.permissions import Actor

    _open(args)
    reopen_month(Actor.system(), args.month, args.reason)
    return {"month": args.month, "closed": False}


def cmd_status(args: argparse.Namespace) -> dict:
    from app.services.month_close import month_state
    from app.services.permissions import Actor

    _open(args)
    state = month_state(Actor.system(), args.month)
    return {"month": args.month, "closed": state.closed, "closed_by": state.closed_by,
            "events": [[e.action, e.by, e.reason] for e in state.history]}  # fmt: skip
