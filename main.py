"""Herstelscan: the desktop app by default, sub-commands for headless use.

python main.py [--demo] [--lang nl|en] [--screenshots DIR] [CASE]
python main.py assess CASE [--json OUT.json] [--xlsx OUT.xlsx] [--lang nl|en]
python main.py --version
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core import APP_NAME, __version__


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="herstelscan", description=f"{APP_NAME} {__version__}")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    p.add_argument("--demo", action="store_true", help="open with the example company")
    p.add_argument("--lang", choices=("nl", "en"), help="language of the window")
    p.add_argument(
        "--screenshots", type=Path, metavar="DIR", help="render every page to DIR and exit"
    )
    p.add_argument("case", nargs="?", type=Path, help="a case file or exported workbook to open")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from core.fmt import ensure_timezone

    ensure_timezone()  # a TZ that is no time zone: UTC and one line, before anything else
    if argv and argv[0] == "assess":
        from core.cli import run_cli

        return run_cli(argv)
    args = _gui_parser().parse_args(argv)
    from ui.platform_check import display_problem

    problem = display_problem()
    if problem is not None:
        if sys.stderr is not None:  # a closed stderr: say nothing rather than on stdout
            print(problem, file=sys.stderr)
        return 3
    from ui.app import run_app

    return run_app(
        demo=args.demo, lang=args.lang, screenshots=args.screenshots, open_path=args.case
    )


if __name__ == "__main__":
    sys.exit(main())
