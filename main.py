"""PropDesk 物业客服台: `python main.py` opens the GUI; a subcommand runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app.audit_commands import add_commands as audit_commands
    from app.backup_commands import add_commands as backup_commands
    from app.cli import build_parser, run_command
    from app.headoffice.commands import add_commands as headoffice_commands
    from app.logging_setup import configure_logging
    from app.setting_commands import add_commands as setting_commands
    from app.sync_commands import add_commands as sync_commands
    from reports.commands import add_commands as report_commands  # app/ never imports reports/
    from reports.commands_fees import add_commands as fees_commands
    from reports.commands_monthly import add_commands as monthly_commands
    from reports.commands_parking import add_commands as parking_commands
    from reports.commands_receipts import add_commands as receipt_commands
    from reports.commands_stock import add_commands as stock_commands

    args = build_parser(
        (
            report_commands,
            receipt_commands,
            fees_commands,
            stock_commands,
            parking_commands,
            monthly_commands,
            backup_commands,
            sync_commands,
            setting_commands,
            audit_commands,
            headoffice_commands,
        )
    ).parse_args(argv)
    if args.command != "headoffice":
        _skip_postgres_drivers()
    configure_logging(debug=args.debug)
    if args.command == "headoffice":  # head office has no office database to open
        from app.headoffice.commands import run as run_headoffice

        return run_headoffice(args)
    if args.command:
        return run_command(args)
    from ui.application import run_gui  # Qt is imported only when a window is wanted

    return run_gui(args)


def _skip_postgres_drivers() -> None:
    """The office program never talks to PostgreSQL, but peewee imports any installed driver
    when it loads (≈250 ms of start-up for psycopg). Marking them absent skips that."""
    for name in ("psycopg", "psycopg2", "psycopg2cffi"):
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]


if __name__ == "__main__":
    sys.exit(main())
