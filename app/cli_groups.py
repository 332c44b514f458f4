"""Command groups shared by several modules (`template archives` and `template payments`,
`fee item add` and `fee assign`): argparse refuses a second parser of the same name, so
each module asks for the group and gets the one already there."""

from __future__ import annotations

import argparse


def subcommands(
    sub: argparse._SubParsersAction, name: str, help: str, dest: str, metavar: str = "KIND"
) -> argparse._SubParsersAction:
    """The subcommands of group `name` (`main.py NAME KIND ...`), created on first use."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help)
        return parser.add_subparsers(dest=dest, metavar=metavar, required=True)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise ValueError(f"the command {name!r} exists but takes no subcommands")
