"""Command groups several modules add to (`report …`, `export …`).

argparse refuses a second `add_parser` with the same name, so every module asks for a group
here: the first call creates it, later calls get the same sub-commands back.
"""

from __future__ import annotations

import argparse


def group(
    sub: argparse._SubParsersAction,
    name: str,
    help: str,
    parents: list[argparse.ArgumentParser] | None = None,
) -> argparse._SubParsersAction:
    """The sub-commands of `main.py NAME`, created on first use."""
    existing = sub.choices.get(name)
    if existing is not None:
        for action in existing._actions:
            if isinstance(action, argparse._SubParsersAction):
                return action
        raise ValueError(f"the command {name!r} exists and takes no sub-commands")
    parser = sub.add_parser(name, parents=parents or [], help=help)
    return parser.add_subparsers(dest=f"{name}_command", metavar="KIND", required=True)
