"""Warehouse documents at the command line:

    report stock-ledger --month YYYY-MM --out FILE.pdf|.xlsx

IT at the command line has the database file anyway, so the command acts as the system.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reports.cli_groups import group


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = group(sub, "report", "write a report (.pdf or .xlsx)", [common])
    ledger = report.add_parser(
        "stock-ledger", parents=[common], help="a month's stock ledger (进销存汇总)"
    )
    ledger.add_argument("--month", required=True, help="the month, YYYY-MM")
    ledger.add_argument("--out", type=Path, required=True, help="the .pdf or .xlsx to write")
    ledger.set_defaults(handler=cmd_stock_ledger)


def cmd_stock_ledger(args: argparse.Namespace) -> dict:
    from app.cli import UsageError
    from app.paths import default_database_path
    from app.services.office import open_office
    from app.services.permissions import Actor
    from reports.stock_ledger import render_stock_ledger

    if args.out.suffix.lower() not in (".pdf", ".xlsx"):
        raise UsageError(f"--out must end in .pdf or .xlsx: {args.out}")
    open_office(args.db or default_database_path())
    result = render_stock_ledger(Actor.system(), args.month, args.out)
    return {"report": "stock-ledger", "month": args.month, "file": str(result.path),
            "items": result.rows}  # fmt: skip
