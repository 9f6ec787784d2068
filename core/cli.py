"""``main.py assess``: score a case file or workbook, print a summary, write JSON/xlsx.

Exit status: 0 done, 2 invalid input (one line per problem, naming the field),
1 an output could not be written (the message names the file and what to do).
Nothing is written when the input is invalid.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from core.assess import assess
from core.atomic import WriteError, write_text_atomic
from core.case_file import load_case
from core.result import Result, result_to_json
from core.scenario_choice import DEFAULT_SCENARIO, scenario_ids
from core.summary import summary_lines
from core.validation import CaseError

EXIT_INVALID = 2
EXIT_WRITE = 1


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: {message}\n")
        raise SystemExit(EXIT_INVALID)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="herstelscan assess", description="Assess a Herstelscan case.")
    p.add_argument(
        "case", type=Path, help="case file (.herstelscan.json) or exported workbook (.xlsx)"
    )
    p.add_argument("--json", type=Path, metavar="OUT.json", help="write the full result as JSON")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="write the Excel advice workbook")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="language (default nl)")
    p.add_argument(
        "--start",
        choices=("2020", "now"),
        default="2020",
        help="the CPB scenarios from March 2020 (default), or the same shapes starting this month",
    )
    p.add_argument(
        "--scenario",
        metavar="ID",
        help=f"the scenario every verdict follows (default: the case's choice, else {DEFAULT_SCENARIO}); "
        f"one of {', '.join(scenario_ids())}",
    )
    p.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)
    return p


def _write_outputs(result: Result, args: argparse.Namespace) -> None:
    # The workbook first: it is the output that can fail for reasons outside our hands
    # (a file open in Excel), and then the JSON is not written either.
    if args.xlsx:
        from core.report.workbook import write_workbook  # openpyxl only when asked for

        write_workbook(result, args.xlsx, args.lang)
    if args.json:
        text = json.dumps(result_to_json(result), ensure_ascii=False, indent=1) + "\n"
        write_text_atomic(args.json, text)


def run_assess(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    lang: str = args.lang
    known = scenario_ids()
    if args.scenario is not None and args.scenario not in known:
        _parser().print_usage(sys.stderr)
        print(
            f"herstelscan assess: --scenario {args.scenario!r} is "
            + ("onbekend; kies uit: " if lang == "nl" else "not known; choose from: ")
            + ", ".join(known),
            file=sys.stderr,
        )
        return EXIT_INVALID
    try:
        case = load_case(args.case)
    except CaseError as exc:
        head = "Ongeldige invoer in" if lang == "nl" else "Invalid input in"
        print(f"{head} {args.case}:", file=sys.stderr)
        for line in exc.lines(lang):
            print(f"  {line}", file=sys.stderr)
        return EXIT_INVALID
    result = assess(case, today=args.today, crisis_now=args.start == "now", scenario=args.scenario)
    try:
        _write_outputs(result, args)
    except WriteError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_WRITE
    print("\n".join(summary_lines(result, lang)))
    return 0


def run_cli(argv: list[str]) -> int:
    command, rest = argv[0], argv[1:]
    if command != "assess":
        print(f"unknown command {command!r}", file=sys.stderr)
        return EXIT_INVALID
    try:
        return run_assess(rest)
    except Exception as exc:  # a bug must still end in a message, not a traceback
        print(
            f"Herstelscan: interne fout ({type(exc).__name__}: {exc}). Bestanden worden in "
            "één keer geschreven, dus er staat geen half bestand; meld dit met het casebestand. "
            "/ Internal error; files are written whole, so none is half-written; please report "
            "it with the case file.",
            file=sys.stderr,
        )
        return EXIT_WRITE
