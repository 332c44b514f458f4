"""Parking documents at the command line:

    report invoice-register --month YYYY-MM --out FILE.pdf|.xlsx
    report parking-shift --number BC2026000001 --out FILE.pdf

IT at the command line has the database file anyway, so the command acts as the system.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reports.cli_groups import group


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = group(sub, "report", "write a report (.pdf or .xlsx)", [common])
    register = report.add_parser(
        "invoice-register",
        parents=[common],
        help="a month's invoice-book register (发票领用登记簿)",
    )
    register.add_argument("--month", required=True, help="the month, YYYY-MM")
    register.add_argument("--out", type=Path, required=True, help="the .pdf or .xlsx to write")
    register.set_defaults(handler=cmd_invoice_register)
    shift = report.add_parser(
        "parking-shift", parents=[common], help="one parking shift's handover report (交班报表)"
    )
    shift.add_argument("--number", required=True, help="the shift number, e.g. BC2026000001")
    shift.add_argument("--out", type=Path, required=True, help="the .pdf to write")
    shift.set_defaults(handler=cmd_parking_shift)


def _open(args: argparse.Namespace) -> None:
    from app.paths import default_database_path
    from app.services.office import open_office

    open_office(args.db or default_database_path())


def cmd_invoice_register(args: argparse.Namespace) -> dict:
    from app.cli import UsageError
    from app.services.periods import parse_period
    from app.services.permissions import Actor
    from reports.invoice_register import render_invoice_register

    if args.out.suffix.lower() not in (".pdf", ".xlsx"):
        raise UsageError(f"--out must end in .pdf or .xlsx: {args.out}")
    try:
        parse_period(args.month)
    except Exception as exc:
        raise UsageError(f"--month must be YYYY-MM: {args.month}") from exc
    _open(args)
    result = render_invoice_register(Actor.system(), args.month, args.out)
    return {
        "report": "invoice-register",
        "month": args.month,
        "file": str(result.path),
        "books": result.books,
    }


def cmd_parking_shift(args: argparse.Namespace) -> dict:
    from app.cli import UsageError
    from app.models.parking import ParkingShift
    from app.services.permissions import Actor
    from reports.parking_shift import render_shift_report

    if args.out.suffix.lower() != ".pdf":
        raise UsageError(f"--out must end in .pdf: {args.out}")
    _open(args)
    shift = ParkingShift.get_or_none(ParkingShift.number == args.number)
    if shift is None:
        raise UsageError(f"no parking shift numbered {args.number}")
    path = render_shift_report(Actor.system(), shift.id, args.out)
    return {"report": "parking-shift", "number": args.number, "file": str(path)}
