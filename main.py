"""PropDesk 物业客服台: `python main.py` opens the GUI; a subcommand runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli import build_parser, run_command
    from app.logging_setup import configure_logging

    args = build_parser().parse_args(argv)
    configure_logging(debug=args.debug)
    if args.command:
        return run_command(args)
    from ui.application import run_gui  # Qt is imported only when a window is wanted

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
