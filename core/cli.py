"""``main.py assess``: score a case file or workbook, print a summary, write JSON/xlsx.

Exit status: 0 done, 2 invalid input (one line per problem, naming the field; also
an output path that is the input or the other output), 1 an output could not be
written (the message names the file and what to do). Nothing is written when the input
is invalid. Every text that can fail is made before the first output is written, and
printing falls back to plain characters on a console that cannot show them (cp1252), so
a summary never fails after the files are written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TextIO

from core.advice.assess import assess
from core.advice.summary import summary_lines
from core.atomic import Staged, WriteError, output_problem, stage
from core.case_file import load_case
from core.inputs.text_safety import excerpt
from core.inputs.validation import STARTS, CaseError, Problem
from core.reference.scenario_choice import DEFAULT_SCENARIO, OWN_SCENARIO, scenario_ids, start_of
from core.result import Result, result_to_json

EXIT_INVALID = 2
EXIT_WRITE = 1


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        emit(self.format_usage().rstrip(), sys.stderr)
        emit(f"{self.prog}: {excerpt(message, 300)}", sys.stderr)
        raise SystemExit(EXIT_INVALID)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="herstelscan assess", description="Assess a Herstelscan case.")
    p.add_argument(
        "case",
        type=Path,
        nargs="?",
        help="case file (.herstelscan.json) or exported workbook (.xlsx)",
    )
    p.add_argument(
        "--list-scenarios",
        action="store_true",
        help="print every scenario with its start, kind (forecast, reference, shape, stress) "
        "and source, and stop",
    )
    # Kept as typed (a Path would drop the trailing slash of a folder name).
    p.add_argument(
        "--json", metavar="OUT.json", help="write the full result as JSON ('-': standard output)"
    )
    p.add_argument(
        "--xlsx", metavar="OUT.xlsx", help="write the Excel advice workbook ('-': standard output)"
    )
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="language (default nl)")
    p.add_argument(
        "--start",
        choices=STARTS,
        default=None,
        help="2020: the CPB scenarios from March 2020 and 2020-21 as it happened; now: the "
        "same shapes and the 2008-10 recession starting this month; stress: the stress "
        "tests of today (shocks per country) starting this month, and the case's own "
        "scenario (own) when it has one (default: the start of a stress --scenario, else "
        "the case's saved start, else 2020)",
    )
    p.add_argument(
        "--scenario",
        metavar="ID",
        help=f"the scenario every verdict follows (default: the case's choice, else {DEFAULT_SCENARIO}, "
        f"in the stress start its first stress test); one of {', '.join(scenario_ids())}; "
        "a stress test's id or own picks --start stress when no --start is given",
    )
    p.add_argument("--today", type=dt.date.fromisoformat, help=argparse.SUPPRESS)
    return p


# Characters a legacy console code page (cp1252, cp437) may lack, and what to print.
_PLAIN = str.maketrans(
    {"\u2212": "-", "\u2013": "-", "\u2014": "-", "\u2009": " ", "\u202f": " ",
     "\u00a0": " ", "\u2248": "~", "\u2264": "<=", "\u2265": ">=", "\u2192": "->",
     "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2026": "...",
     "\u20ac": "EUR", "\u00b7": "-"}
)  # fmt: skip


class _Stdout:
    """The default of :func:`emit`: standard output as it is when printing."""


_STDOUT = _Stdout()


def emit(text: str, stream: TextIO | _Stdout | None = _STDOUT) -> None:
    """Print ``text``; characters the console cannot show become plain ones, never an error.

    ``stream`` None is a closed stream (``sys.stderr`` when standard error is closed, or
    a windowed executable): nothing is printed, and never to standard output instead,
    where it would mix with a result written there.
    """
    if isinstance(stream, _Stdout):
        stream = sys.stdout
    if stream is None:
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        text = text.translate(_PLAIN).encode(encoding, "replace").decode(encoding)
    except LookupError:
        text = text.encode("ascii", "replace").decode("ascii")
    try:
        stream.write(text + "\n")
        stream.flush()
    except (OSError, ValueError, UnicodeError):
        pass  # a closed pipe: the outputs are written, nothing more to say


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return a.samefile(b)
        return os.path.normcase(a.resolve()) == os.path.normcase(b.resolve())
    except (OSError, ValueError, RuntimeError):
        return False


STDOUT = "-"


def _output_problems(args: argparse.Namespace) -> list[Problem]:
    """Outputs that would overwrite the input case or each other, or that are not a
    file that can be written (a folder, a block device, a socket): checked before
    anything is written."""
    problems: list[Problem] = []
    if args.json == STDOUT and args.xlsx == STDOUT:
        return [
            Problem(
                "--xlsx",
                "--json en --xlsx kunnen niet allebei naar de standaarduitvoer ('-'); geef er één een bestandsnaam.",
                "--json and --xlsx cannot both go to standard output ('-'); give one a file name.",
            )
        ]
    outputs = [
        (option, Path(raw), raw)
        for option, raw in (("--json", args.json), ("--xlsx", args.xlsx))
        if raw is not None and raw != STDOUT
    ]
    for option, out, raw in outputs:
        problem = output_problem(raw)
        if problem is not None:
            problems.append(Problem(option, *problem))
        elif _same_file(out, args.case):
            problems.append(
                Problem(
                    option,
                    f"{out} is het invoerbestand zelf; dat wordt nooit overschreven. Kies een andere naam.",
                    f"{out} is the input case itself; it is never overwritten. Choose another name.",
                )
            )
    if (
        len(outputs) == 2
        and not problems
        and _same_file(Path(args.json), Path(args.xlsx))
        and not _is_stream(Path(args.json))
    ):
        problems.append(
            Problem(
                "--xlsx",
                f"{args.xlsx} is ook het --json-bestand; geef de twee uitvoerbestanden elk een eigen naam.",
                f"{args.xlsx} is also the --json file; give the two outputs a name each.",
            )
        )
    return problems


def _refuse(where: Path, problems: list[Problem], lang: str) -> int:
    head = "Ongeldige invoer in" if lang == "nl" else "Invalid input in"
    emit(f"{head} {excerpt(str(where), 200)}:", sys.stderr)
    for line in CaseError(problems).lines(lang):
        emit(f"  {line}", sys.stderr)
    return EXIT_INVALID


def _is_stream(path: Path) -> bool:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def _write_outputs(result: Result, args: argparse.Namespace, json_text: str) -> None:
    """Both outputs are made complete beside their targets first, then put in place:
    when either cannot be made, neither is written. The workbook is renamed first: it
    is the one that can still fail for reasons outside our hands (a file open in Excel)."""
    staged: list[Staged] = []
    try:
        if args.xlsx:
            from core.report.workbook import build_workbook  # openpyxl only when asked for

            wb = build_workbook(result, args.lang)
            if args.xlsx == STDOUT:
                _to_stdout(wb.save)
            else:
                staged.append(stage(Path(args.xlsx), wb.save))
        if args.json:
            data = json_text.encode("utf-8")
            if args.json == STDOUT:
                _to_stdout(lambda fh: fh.write(data))
            else:
                staged.append(stage(Path(args.json), lambda fh: fh.write(data)))
        for i, item in enumerate(staged):
            try:
                item.commit()
            except WriteError:
                for rest in staged[i + 1 :]:
                    rest.discard()
                raise
    except BaseException:
        for item in staged:
            item.discard()
        raise


_pending_stdout: list[Callable[[BinaryIO], object]] = []


def _to_stdout(write: Callable[[BinaryIO], object]) -> None:
    """An output for standard output is written after the files are in place."""
    _pending_stdout.append(write)


def _flush_stdout() -> None:
    stream = getattr(sys.stdout, "buffer", None)
    writes = list(_pending_stdout)
    _pending_stdout.clear()
    if stream is None:
        return
    for write in writes:
        try:
            write(stream)
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed pipe: nothing more to say


def scenario_list_lines(lang: str, today: dt.date | None = None) -> list[str]:
    """The scenario library as ``assess --list-scenarios`` prints it: per start, each
    scenario's id, kind, name and source."""
    from core.reference.scenario_choice import base_id
    from core.reference.scenarios import scenarios_starting, stress_scenarios

    day = today or dt.date.today()
    sets = (("2020", scenarios_starting(None)), ("now", scenarios_starting(day)))
    stress = stress_scenarios(day)
    width = max(10, *(len(sc.id) for sc in stress))
    lines: list[str] = []
    for start, scenarios in (*sets, ("stress", stress)):
        lines.append(f"--start {start}:")
        for sc in scenarios:
            name = sc.nl if lang == "nl" else sc.en
            lines.append(f"  {base_id(sc.id):<{width}} {sc.kind:<10} {name}")
            if sc.source:
                lines.append(f"  {'':<{width}} {'':<10} {excerpt(sc.source, 300)}")
    own = (
        "het eigen scenario van de case (own_scenario), als die er een heeft"
        if lang == "nl"
        else "the case's own scenario (own_scenario), when it has one"
    )
    lines.append(f"  {OWN_SCENARIO:<{width}} {'stress':<10} {own}")
    return lines


def run_assess(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    lang: str = args.lang
    if args.list_scenarios:
        emit("\n".join(scenario_list_lines(lang, args.today)))
        return 0
    if args.case is None:
        _parser().error("the following arguments are required: case")
    try:
        case = load_case(args.case)
    except CaseError as exc:
        return _refuse(args.case, exc.problems, lang)
    start: str = args.start or (args.scenario and start_of(args.scenario)) or case.start or "2020"
    known = [i for i in scenario_ids(start) if i != OWN_SCENARIO or case.own_scenario is not None]
    if args.scenario is not None and args.scenario not in known:
        emit(_parser().format_usage().rstrip(), sys.stderr)  # print_usage(None) is stdout
        if args.scenario == OWN_SCENARIO and start == "stress":
            what = "own: " + (
                "de case heeft geen eigen scenario (own_scenario); kies uit: "
                if lang == "nl"
                else "the case has no own scenario (own_scenario); choose from: "
            )
        else:
            what = f"{excerpt(args.scenario, 60)!r} is " + (
                "onbekend; kies uit: " if lang == "nl" else "not known; choose from: "
            )
        emit(f"herstelscan assess: --scenario {what}" + ", ".join(known), sys.stderr)
        return EXIT_INVALID
    clashes = _output_problems(args)
    if clashes:
        return _refuse(args.case, clashes, lang)
    result = assess(case, today=args.today, start=start, scenario=args.scenario)
    # Everything that could fail on the content is made before the first file is written.
    summary = "\n".join(summary_lines(result, lang))
    json_text = (
        json.dumps(result_to_json(result), ensure_ascii=False, indent=1) + "\n" if args.json else ""
    )
    _pending_stdout.clear()
    try:
        _write_outputs(result, args, json_text)
    except WriteError as exc:
        _pending_stdout.clear()
        emit(excerpt(exc.message(lang), 1000), sys.stderr)
        return EXIT_WRITE
    if STDOUT in (args.json, args.xlsx):
        _flush_stdout()
        emit(summary, sys.stderr)  # standard output holds the result itself
    else:
        emit(summary)
    return 0


def run_cli(argv: list[str]) -> int:
    command, rest = argv[0], argv[1:]
    if command != "assess":
        emit(f"unknown command {excerpt(command, 60)!r}", sys.stderr)
        return EXIT_INVALID
    try:
        return run_assess(rest)
    except Exception as exc:  # a bug must still end in a message, not a traceback
        emit(
            f"Herstelscan: interne fout ({type(exc).__name__}: {excerpt(str(exc), 200)}). Bestanden worden in "
            "één keer geschreven, dus er staat geen half bestand; meld dit met het casebestand. "
            "/ Internal error; files are written whole, so none is half-written; please report "
            "it with the case file.",
            sys.stderr,
        )
        return EXIT_WRITE
