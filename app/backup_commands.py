"""`backup create [--out DIR]`, `backup list [--dir DIR]`, `backup restore FILE [--yes]`.

IT runs them as the system (it has the database file anyway). `restore` never opens the
current database through the program (it may be the damaged file being replaced); it asks
for YES on a terminal, and without a terminal it needs --yes (exit 2 otherwise).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import UsageError
from app.cli_groups import subcommands


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    backup = subcommands(
        sub, "backup", "backups of the office database", "backup_command", "ACTION"
    )
    create = backup.add_parser(
        "create", parents=[common], help="back up now (checked and compressed)"
    )
    create.add_argument("--out", type=Path, help="folder to write to (default: the data folder)")
    create.set_defaults(handler=cmd_backup_create)
    listing = backup.add_parser(
        "list", parents=[common], help="the backups and what each holds, newest first"
    )
    listing.add_argument("--dir", type=Path, help="folder to list (default: the data folder)")
    listing.set_defaults(handler=cmd_backup_list)
    restore = backup.add_parser(
        "restore", parents=[common], help="replace the database with a backup (kept aside)"
    )
    restore.add_argument("file", type=Path, help="the backup (.db.gz)")
    restore.add_argument("--yes", action="store_true", help="don't ask for confirmation")
    restore.set_defaults(handler=cmd_backup_restore)


def _database(args: argparse.Namespace) -> Path:
    from app.paths import default_database_path

    return Path(args.db or default_database_path())


def _as_dict(info) -> dict[str, object]:
    return {
        "file": str(info.path),
        "created_at": info.created_at.isoformat(),
        "reason": info.reason,
        "size": info.size,
        "office": info.office_name,
        "units": info.units,
        "owners": info.owners,
        "receipts": info.receipts,
        "last_receipt_number": info.last_receipt_number,
        "schema_version": info.schema_version,
    }


def cmd_backup_create(args: argparse.Namespace) -> dict[str, object]:
    from app.services import backup
    from app.services.office import open_office
    from app.services.permissions import Actor

    open_office(_database(args))
    return _as_dict(backup.create_backup(Actor.system(), args.out, "manual"))


def cmd_backup_list(args: argparse.Namespace) -> list[dict[str, object]]:
    from app.services import backup

    folder = args.dir or backup.backup_dir(_database(args))
    if args.dir and not args.dir.is_dir():
        raise UsageError(f"no such folder: {args.dir}")
    return [_as_dict(info) for info in backup.list_backups(folder)]


def cmd_backup_restore(args: argparse.Namespace) -> dict[str, object]:
    from app.services import backup
    from app.services.permissions import Actor

    info = backup.read_backup(args.file)
    target = _database(args)
    if not args.yes:
        _confirm(info, target)
    result = backup.restore_backup(Actor.system(), args.file, target)
    return {
        **_as_dict(result.backup),
        "database": str(result.database),
        "kept_aside": str(result.kept_aside) if result.kept_aside else None,
        "generation_id": result.generation_id,
    }


def _confirm(info, target: Path) -> None:
    if not sys.stdin.isatty():
        raise UsageError("restore replaces the database: confirm with --yes")
    print(
        f"Backup {info.path.name}\n"
        f"  made {info.created_at:%Y-%m-%d %H:%M} UTC ({info.reason}), office {info.office_name}\n"
        f"  {info.units} units, {info.owners} owners, {info.receipts} receipts, "
        f"last receipt {info.last_receipt_number or '-'}\n"
        f"It replaces {target} (the current file is kept beside it).",
        file=sys.stderr,
    )
    answer = input("Type YES to restore: ")
    if answer.strip() != "YES":
        raise UsageError("not confirmed; nothing was changed")
