"""The chosen scenario is part of the case: validated, and kept through the case file
and the workbook's hidden case sheet."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

from core.advice.assess import assess
from core.case_file import load_case
from core.inputs.case import case_to_dict
from core.inputs.validation import check_case
from core.reference.scenario_choice import DEFAULT_SCENARIO, scenario_ids
from core.report.reader import read_case_from_workbook
from core.report.workbook import write_workbook
from tests.conftest import EXAMPLES

METAAL = load_case(EXAMPLES / "metaal-orderboek.herstelscan.json")


def test_the_ids_come_from_the_data_and_the_default_is_among_them() -> None:
    ids = scenario_ids()
    assert DEFAULT_SCENARIO in ids and len(ids) >= 4


def test_case_file_round_trip(tmp_path: Path) -> None:
    case = replace(METAAL, scenario="cpb4")
    raw = case_to_dict(case)
    assert raw["scenario"] == "cpb4"
    path = tmp_path / "c.herstelscan.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert load_case(path) == case
    assert "scenario" not in case_to_dict(METAAL)  # optional: absent means the default


def test_an_unknown_scenario_is_named_with_the_valid_ids() -> None:
    raw = case_to_dict(METAAL) | {"scenario": 4}
    case, problems = check_case(raw)
    assert case is None
    [p] = [p for p in problems if p.field == "scenario"]
    assert all(i in p.en for i in scenario_ids())


def test_workbook_keeps_the_choice(tmp_path: Path) -> None:
    case = replace(METAAL, scenario="cpb3")
    result = assess(case, today=dt.date(2026, 11, 30))
    assert result.scenario == "cpb3"
    path = tmp_path / "advies.xlsx"
    write_workbook(result, path, "nl")
    assert read_case_from_workbook(path).scenario == "cpb3"


def test_each_start_has_its_own_scenarios_and_a_saved_choice_falls_back() -> None:
    assert "nl2020" in scenario_ids(False) and "nl2020" not in scenario_ids(True)
    assert "rec2008" in scenario_ids(True) and "rec2008" not in scenario_ids(False)
    assert set(scenario_ids()) == (
        set(scenario_ids(False)) | set(scenario_ids(True)) | set(scenario_ids("stress"))
    )
    assert "own" in scenario_ids("stress") and "own" not in scenario_ids(True)
    today = dt.date(2026, 11, 30)
    assert assess(METAAL, today=today, crisis_now=True, scenario="rec2008").scenario == (
        "rec2008_now"
    )
    # The 2020 reference saved with the case does not exist for a crisis starting now:
    # the default takes its place instead of an error.
    saved = replace(METAAL, scenario="nl2020")
    assert assess(saved, today=today).scenario == "nl2020"
    assert assess(saved, today=today, crisis_now=True).scenario == "cpb2_now"


def test_cli_checks_the_scenario_against_the_start(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    case = EXAMPLES / "metaal-orderboek.herstelscan.json"
    out = tmp_path / "r.json"
    ok = subprocess.run(
        [
            sys.executable,
            "main.py",
            "assess",
            str(case),
            "--start",
            "now",
            "--scenario",
            "rec2008",
            "--json",
            str(out),
        ],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["scenario"] == "rec2008_now"
    bad = subprocess.run(
        [sys.executable, "main.py", "assess", str(case), "--start", "now", "--scenario", "nl2020"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "nl2020" in bad.stderr and "rec2008" in bad.stderr


def test_the_crisis_start_is_saved_with_the_case(tmp_path: Path) -> None:
    """'Crisis begint: deze maand' is part of the case, as the scenario is: the case file,
    the workbook and ``assess`` all follow it; ``--start`` still overrides it."""
    today = dt.date(2026, 11, 30)
    case = replace(METAAL, start="now", scenario="rec2008")
    raw = case_to_dict(case)
    assert raw["start"] == "now" and "start" not in case_to_dict(METAAL)
    path = tmp_path / "c.herstelscan.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert load_case(path) == case
    assert assess(case, today=today).scenario == "rec2008_now"  # the saved start is used
    assert assess(case, today=today, crisis_now=False).scenario == "cpb2"  # overridden
    book = tmp_path / "c.xlsx"
    write_workbook(assess(case, today=today), book, "nl")
    assert read_case_from_workbook(book).start == "now"
    bad = case_to_dict(METAAL) | {"start": "2019"}
    _, problems = check_case(bad)
    assert [p.field for p in problems] == ["start"]


def test_cli_follows_the_saved_start_unless_told(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    path = tmp_path / "c.herstelscan.json"
    path.write_text(json.dumps(case_to_dict(replace(METAAL, start="now"))), encoding="utf-8")
    for extra, first in (([], "_now"), (["--start", "2020"], "cpb1")):
        out = tmp_path / "r.json"
        run = subprocess.run(
            [sys.executable, "main.py", "assess", str(path), "--json", str(out), *extra],
            cwd=root,
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stderr
        ids = [s["id"] for s in json.loads(out.read_text(encoding="utf-8"))["scenarios"]]
        assert ids[0].endswith(first) if first == "_now" else ids[0] == first
