"""The chosen scenario is part of the case: validated, and kept through the case file
and the workbook's hidden case sheet."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

from core.assess import assess
from core.case import case_to_dict
from core.case_file import load_case
from core.report.reader import read_case_from_workbook
from core.report.workbook import write_workbook
from core.scenario_choice import DEFAULT_SCENARIO, scenario_ids
from core.validation import check_case
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
