"""Fees documents at the command line:

    report arrears [--date D] --out FILE.pdf|.xlsx
    report daily-cash --date D [--cashier USERNAME] --out FILE.pdf|.xlsx
    report statement UNIT_CODE --from D --to D --out FILE.pdf
    export receipts|charges|payments --out FILE.xlsx

IT at the command line has the database file anyway, so the commands act as the system.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from reports.cli_groups import group

FEES_EXPORTS = ("receipts", "charges", "payments")


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = group(sub, "report", "write a report (.pdf or .xlsx)", [common])
    arrears = report.add_parser(
        "arrears", parents=[common], help="arrears by building and unit, with ageing"
    )
    arrears.add_argument("--date", type=_date, help="count charges due by this day (today)")
    arrears.add_argument("--out", type=Path, required=True, help="the .pdf or .xlsx to write")
    arrears.set_defaults(handler=cmd_arrears)

    cash = report.add_parser("daily-cash", parents=[common], help="a day's takings (日结)")
    cash.add_argument("--date", type=_date, required=True, help="the business day, YYYY-MM-DD")
    cash.add_argument("--cashier", help="one cashier's user name (default: every cashier)")
    cash.add_argument("--out", type=Path, required=True, help="the .pdf or .xlsx to write")
    cash.set_defaults(handler=cmd_daily_cash)

    statement = report.add_parser("statement", parents=[common], help="a unit's statement")
    statement.add_argument("unit", metavar="UNIT_CODE", help="e.g. 3-2-1201")
    statement.add_argument("--from", dest="date_from", type=_date, required=True)
    statement.add_argument("--to", dest="date_to", type=_date, required=True)
    statement.add_argument("--out", type=Path, required=True, help="the .pdf to write")
    statement.set_defaults(handler=cmd_statement)

    export = group(sub, "export", "export a list to Excel (.xlsx)", [common])
    for kind in FEES_EXPORTS:
        parser = export.add_parser(kind, parents=[common], help=f"the {kind} list")
        parser.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
        parser.set_defaults(handler=cmd_export_fees, kind=kind)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: write the date as YYYY-MM-DD") from None


def _suffix(path: Path, allowed: tuple[str, ...]) -> None:
    from app.cli import UsageError

    if path.suffix.lower() not in allowed:
        raise UsageError(f"--out must end in {' or '.join(allowed)}: {path}")


def _open(args: argparse.Namespace):
    from app.paths import default_database_path
    from app.services.office import open_office
    from app.services.permissions import Actor

    open_office(args.db or default_database_path())
    return Actor.system()


def cmd_arrears(args: argparse.Namespace) -> dict:
    from app.services.unit_facts import office_today
    from reports.arrears_report import render_arrears

    _suffix(args.out, (".pdf", ".xlsx"))
    actor = _open(args)
    on = args.date or office_today()
    result = render_arrears(actor, on, args.out)
    return {"report": "arrears", "date": on.isoformat(), "file": str(result.path),
            "units": result.rows}  # fmt: skip


def cmd_daily_cash(args: argparse.Namespace) -> dict:
    from app.services.day_close import find_cashier
    from reports.daily_cash import render_daily_cash

    _suffix(args.out, (".pdf", ".xlsx"))
    actor = _open(args)
    cashier = find_cashier(actor, args.cashier) if args.cashier else None
    result = render_daily_cash(actor, args.date, args.out, cashier)
    return {"report": "daily-cash", "date": args.date.isoformat(), "file": str(result.path),
            "cashiers": result.cashiers, "receipts": result.receipts}  # fmt: skip


def cmd_statement(args: argparse.Namespace) -> dict:
    from app.services.statement import unit_id_of
    from reports.unit_statement import render_unit_statement

    _suffix(args.out, (".pdf",))
    actor = _open(args)
    unit_id = unit_id_of(actor, args.unit)
    result = render_unit_statement(actor, unit_id, args.date_from, args.date_to, args.out)
    return {"report": "statement", "unit": args.unit, "file": str(result.path),
            "lines": result.lines, "closing_balance": str(result.closing)}  # fmt: skip


def cmd_export_fees(args: argparse.Namespace) -> dict:
    from reports.fees_export import export_fees_list

    _suffix(args.out, (".xlsx",))
    result = export_fees_list(_open(args), args.kind, args.out)
    return {"kind": result.kind, "file": str(result.path), "rows": result.rows}
