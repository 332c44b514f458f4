"""Command-line subcommands whose work is a document: `export KIND --out FILE.xlsx`.

main.py adds them to app.cli's parser; the core never imports reports/. `export` is a group
other modules add kinds to (reports.cli_groups).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reports.cli_groups import group

EXPORT_KINDS = ("units", "owners", "residents", "vehicles")


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = group(sub, "export", "export a list to Excel (.xlsx)", [common])
    for kind in EXPORT_KINDS:
        parser = export.add_parser(kind, parents=[common], help=f"the {kind} list")
        parser.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
        parser.set_defaults(handler=cmd_export, kind=kind)


def cmd_export(args: argparse.Namespace) -> dict:
    from app.paths import default_database_path
    from app.services.office import open_office
    from app.services.permissions import Actor
    from reports.archive_export import export_archive_list

    open_office(args.db or default_database_path())
    # IT at the command line has the database file anyway: the system exports unmasked,
    # and the export is audited.
    result = export_archive_list(Actor.system(), args.kind, args.out)
    return {"kind": result.kind, "file": str(result.path), "rows": result.rows,
            "masked": result.masked}  # fmt: skip
