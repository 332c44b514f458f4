"""The headless command line: `main.py [global options] COMMAND ...`.

Exit codes: 0 success, 1 unexpected failure, 2 bad usage, 3 rejected input. One clear line on
stderr when something goes wrong; `--json` prints machine-readable results on stdout.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app import __version__

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3
log = logging.getLogger(__name__)


class UsageError(Exception):
    pass


# More subcommands, added by the program's entry point (main.py registers the report and
# export commands: app/ never imports reports/).
CommandAdder = Callable[["argparse._SubParsersAction", argparse.ArgumentParser], None]


def build_parser(extra_commands: tuple[CommandAdder, ...] = ()) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py", description="PropDesk 物业客服台 — property-service office desktop."
    )
    parser.add_argument("--version", action="version", version=f"PropDesk {__version__}")
    parser.add_argument("--db", type=Path, help="office database file (default: user data folder)")
    parser.add_argument("--debug", action="store_true", help="verbose log, also on the console")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open every page off-screen and exit 0, or 1 naming what failed",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the GUI on a demo office (created on first use)"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = _common_options()

    init = sub.add_parser("init", parents=[common], help="create an empty office database")
    init.add_argument("--office-name", help="the office's name printed on documents")
    init.set_defaults(handler=cmd_init)

    demo = sub.add_parser("demo", parents=[common], help="create a realistic demo office database")
    demo.add_argument("--units", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--as-of",
        type=_demo_day,
        help="the demo's today: YYYY-MM-DD or 'today' (default: a fixed day, the same office "
        "every time)",
    )
    demo.set_defaults(handler=cmd_demo)

    find = sub.add_parser(
        "search", parents=[common], help="the global search: units, owners, phones, plates"
    )
    find.add_argument("text", help="unit (3-2-1201, 3栋1201), name, pinyin, phone, plate, ID tail")
    find.add_argument("--limit", type=int, default=20, help="at most this many hits (20)")
    find.set_defaults(handler=cmd_search)

    user = sub.add_parser("user", help="accounts").add_subparsers(
        dest="user_command", metavar="ACTION", required=True
    )
    add = user.add_parser("add", parents=[common], help="create an account")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="the person's name")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        help="admin, manager, service_assistant, cashier, warehouse_keeper",
    )
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(handler=cmd_user_add)
    passwd = user.add_parser(
        "passwd", parents=[common], help="set an account's password (unlocks it)"
    )
    passwd.add_argument("username")
    passwd.add_argument("--password-stdin", action="store_true")
    passwd.set_defaults(handler=cmd_user_passwd)
    lst = user.add_parser("list", parents=[common], help="list accounts")
    lst.set_defaults(handler=cmd_user_list)
    _add_archive_commands(sub, common)
    from app.fees_commands import add_commands as fee_commands  # it imports this module

    fee_commands(sub, common)
    for add_commands in extra_commands:
        add_commands(sub, common)
    return parser


def _add_archive_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    template = sub.add_parser("template", help="write an Excel import template").add_subparsers(
        dest="template_command", metavar="KIND", required=True
    )
    archives = template.add_parser(
        "archives", parents=[common], help="units, owners, residents and vehicles"
    )
    archives.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    archives.set_defaults(handler=cmd_template_archives)
    imports = sub.add_parser("import", help="import an Excel file").add_subparsers(
        dest="import_command", metavar="KIND", required=True
    )
    archives = imports.add_parser(
        "archives", parents=[common], help="units, owners, residents and vehicles (.xlsx)"
    )
    archives.add_argument("file", type=Path, help="the filled-in template")
    archives.add_argument(
        "--dry-run", action="store_true", help="check every row and write nothing"
    )
    archives.set_defaults(handler=cmd_import_archives)


def _common_options() -> argparse.ArgumentParser:
    """Global options also accepted after the subcommand (`main.py demo --db x.db`)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="office database")
    common.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="machine-readable output on stdout",
    )
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS)
    return common


def _open(args: argparse.Namespace) -> Path:
    from app.paths import default_database_path
    from app.services.office import open_office

    return open_office(args.db or default_database_path())


def _system_actor():  # IT at the command line has the file anyway: act as the system
    from app.services.permissions import Actor

    return Actor.system()


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat password: "):
        raise UsageError("the two passwords differ")
    return first


def cmd_init(args: argparse.Namespace) -> dict:
    from app.services import settings

    path = _open(args)
    if args.office_name:
        settings.set_value(_system_actor(), settings.OFFICE_NAME, args.office_name)
    return {
        "database": str(path),
        "office_id": settings.get(settings.OFFICE_ID),
        "office_name": settings.get(settings.OFFICE_NAME),
    }


def _demo_day(text: str) -> date:
    from app.clock import local_today

    if text == "today":
        return local_today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: write YYYY-MM-DD or today") from None


def cmd_demo(args: argparse.Namespace) -> dict:
    from app.demo_office import create_demo_office

    path = args.db
    if path is None:
        raise UsageError("demo needs --db PATH (a new file), so it never touches a real office")
    summary = create_demo_office(Path(path), units=args.units, seed=args.seed, as_of=args.as_of)
    return {"database": str(path), **summary}


def cmd_user_add(args: argparse.Namespace) -> dict:
    from app.services import auth

    _open(args)
    password = _read_password(args)
    user = auth.create_user(_system_actor(), args.username, args.name, password, args.role)
    return {"username": user.username, "roles": list(user.roles)}


def cmd_user_passwd(args: argparse.Namespace) -> dict:
    from app.services import auth

    _open(args)
    auth.reset_password(_system_actor(), args.username, _read_password(args))
    return {"username": args.username, "password": "changed"}


def cmd_user_list(args: argparse.Namespace) -> list[dict]:
    from app.services import auth

    _open(args)
    return [
        {
            "username": u.username,
            "name": u.display_name,
            "roles": list(u.roles),
            "active": u.is_active,
            "locked_until": u.locked_until.isoformat() if u.locked_until else None,
        }
        for u in auth.list_users(_system_actor())
    ]


def cmd_search(args: argparse.Namespace) -> list[dict]:
    from dataclasses import asdict

    from app.search import RANKS, search

    if args.limit < 1:
        raise UsageError("--limit must be 1 or more")
    _open(args)
    hits = search(_system_actor(), args.text, limit=args.limit)
    return [{**asdict(hit), "rank": RANKS[hit.rank]} for hit in hits]


def cmd_template_archives(args: argparse.Namespace) -> dict:
    from app.importers.archives import write_template

    return {"template": str(write_template(args.out))}


def cmd_import_archives(args: argparse.Namespace) -> dict | list[dict]:
    from app.importers.archives import import_archives

    return run_import(args, import_archives)


def run_import(args: argparse.Namespace, importer: Callable) -> dict | list[dict]:
    """Every `import KIND FILE [--dry-run]`: all or nothing; exit 3 still prints the problems."""
    if not args.file.is_file():
        raise UsageError(f"no such file: {args.file}")
    _open(args)
    report = importer(_system_actor(), args.file, dry_run=args.dry_run)
    result = report.as_json() if args.json else (report.counts if report.ok else report.errors)
    if not report.ok:
        raise Rejected(
            f"{len(report.errors)} problems in {args.file.name}; nothing was imported", result
        )
    return result


class Rejected(Exception):
    """Rejected input whose details are still printed (exit 3 with the JSON on stdout)."""

    def __init__(self, message: str, result: object, exit_code: int = EXIT_REJECTED) -> None:
        super().__init__(message)
        self.result = result
        self.exit_code = exit_code


def _print_result(result: object, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    elif isinstance(result, list):
        for row in result:
            print("\t".join(str(v) for v in row.values()))
    elif isinstance(result, dict):
        for key, value in result.items():
            print(f"{key}: {value}")


def run_command(args: argparse.Namespace) -> int:
    from app.errors import UserError

    handler: Callable[[argparse.Namespace], object] = args.handler
    try:
        _print_result(handler(args), args.json)
        return EXIT_OK
    except UsageError as exc:
        print(f"main.py: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Rejected as exc:
        _print_result(exc.result, args.json)
        print(
            f"main.py: {'rejected' if exc.exit_code == EXIT_REJECTED else 'failed'}: {exc}",
            file=sys.stderr,
        )
        return exc.exit_code
    except UserError as exc:
        print(f"main.py: rejected: {exc}", file=sys.stderr)
        return EXIT_REJECTED
    except Exception as exc:
        log.exception("command %s failed", args.command)
        print(f"main.py: failed: {type(exc).__name__}: {exc} (details in the log)", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        from app.services.office import close_office

        close_office()
