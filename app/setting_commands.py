"""`setting list` and `setting set KEY=VALUE ...`: the office's settings for IT at the command
line, through the same service as 系统 → 设置 (all or nothing, audited as the system)."""

from __future__ import annotations

import argparse

from app.cli import UsageError
from app.cli_groups import subcommands


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = subcommands(sub, "setting", "the office's settings", "setting_command", "ACTION")
    lst = group.add_parser("list", parents=[common], help="every setting the office may change")
    lst.set_defaults(handler=cmd_list)
    change = group.add_parser("set", parents=[common], help="change settings, all or none")
    change.add_argument("pairs", nargs="+", metavar="KEY=VALUE", help="e.g. billing.due_day=10")
    change.set_defaults(handler=cmd_set)


def cmd_list(args: argparse.Namespace) -> list[dict[str, str]]:
    from app.cli import _open
    from app.services import settings

    _open(args)
    values = settings.editable_values()
    return [
        {"key": s.key, "label": s.label, "value": values[s.key], "default": s.default}
        for _group, members in settings.EDITABLE
        for s in members
    ]


def cmd_set(args: argparse.Namespace) -> dict[str, str]:
    from app.cli import _open, _system_actor
    from app.services import settings

    values = {}
    for pair in args.pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise UsageError(f"{pair!r}: write KEY=VALUE, e.g. billing.due_day=10")
        values[key.strip()] = value
    _open(args)
    return settings.save_settings(_system_actor(), values)
