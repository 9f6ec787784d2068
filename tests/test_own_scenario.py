"""The member's own stress test in the case (issue 17, item 4): validation naming the
field in Dutch and English, and the round trip through the case file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from core.case_file import load_case, save_case
from core.inputs.case import case_to_dict
from core.inputs.validation import check_case, parse_case
from core.reference.stress import Shock
from tests.conftest import EXAMPLES

EXAMPLE = EXAMPLES / "elektronica-china.herstelscan.json"

OWN: dict[str, Any] = {
    "name": "Eigen scenario: VS-heffing en Chinese chips",
    "based_on": "us_tariffs_2025",
    "gdp_gap": {"depth": 0.01, "start": 0, "ramp_months": 12, "duration": None, "recovery": 0},
    "shocks": [
        {"channel": "demand", "countries": ["US"], "size": 0.15, "via": "tariff"},
        {
            "channel": "supply",
            "countries": ["CN"],
            "size": 0.8,
            "applies_to": "critical",
            "start": 1,
            "duration": 2,
            "recovery": 1,
        },
        {"channel": "input_cost", "countries": ["EU27_EX_NL"], "size": 0.1, "duration": 6},
    ],
}


def raw_case(own: Any = OWN) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw["start"] = "stress"
    raw["own_scenario"] = json.loads(json.dumps(own))
    return raw


def texts(raw: Any, lang: str) -> list[str]:
    return [p.text(lang) for p in check_case(raw)[1]]


def test_a_valid_own_scenario_is_read_with_its_defaults() -> None:
    case = parse_case(raw_case())
    own = case.own_scenario
    assert own is not None and own.based_on == "us_tariffs_2025"
    assert own.shocks[0] == Shock("demand", ("US",), 0.15, via="tariff")
    assert own.shocks[1].applies_to == "critical" and own.shocks[1].duration == 2.0
    assert own.gdp_gap is not None and own.gdp_gap.ramp_months == 12.0
    assert case.start == "stress"


def test_round_trip_through_the_case_file(tmp_path: Path) -> None:
    case = parse_case(raw_case())
    path = tmp_path / "eigen.herstelscan.json"
    save_case(case, path)
    assert load_case(path) == case
    assert parse_case(case_to_dict(case)) == case


def test_problems_name_the_field_in_both_languages() -> None:
    own = json.loads(json.dumps(OWN))
    own["shocks"][0]["size"] = 1.5
    own["shocks"][1]["countries"] = ["XX"]
    own["shocks"][2]["size"] = 4
    own["shocks"].append({"channel": "supply", "countries": ["CN"], "size": 0.1, "via": "tariff"})
    own["shocks"].append({"channel": "demand", "countries": ["US"], "size": 0.1, "duration": 0})
    nl, en = texts(raw_case(own), "nl"), texts(raw_case(own), "en")
    assert any(t.startswith("own_scenario.shocks[0].size: 1,5 valt buiten") for t in nl)
    assert any(t.startswith("own_scenario.shocks[0].size: 1.5 is out of range") for t in en)
    assert any(t.startswith("own_scenario.shocks[1].countries: 'XX'") for t in en)
    assert any("own_scenario.shocks[2].size" in t and "3" in t for t in en)
    assert any(t.startswith("own_scenario.shocks[3].via") for t in nl)
    assert any(t.startswith("own_scenario.shocks[4].duration") for t in en)
    assert len(nl) == len(en) == 5


def test_too_many_shocks_and_an_empty_scenario_are_refused() -> None:
    many = dict(OWN, shocks=[OWN["shocks"][0]] * 21)
    assert any(
        t.startswith("own_scenario.shocks: expected a list of at most 20")
        for t in texts(raw_case(many), "en")
    )
    empty = dict(OWN, shocks=[], gdp_gap=None)
    assert any(t.startswith("own_scenario.shocks: is empty") for t in texts(raw_case(empty), "en"))
    assert any(
        t.startswith("own_scenario.based_on")
        for t in texts(raw_case(dict(OWN, based_on="xx")), "en")
    )
    assert any(t.startswith("own_scenario.name") for t in texts(raw_case(dict(OWN, name="")), "en"))


def test_own_as_the_chosen_scenario_needs_the_scenario() -> None:
    raw = raw_case()
    del raw["own_scenario"]
    raw["scenario"] = "own"
    assert any(t.startswith('scenario: "own"') for t in texts(raw, "en"))
    raw = raw_case()
    raw["scenario"] = "own"
    assert parse_case(raw).scenario == "own"


def test_the_start_lists_its_three_values() -> None:
    raw = raw_case()
    raw["start"] = "later"
    assert any('expected "2020", "now" or "stress"' in t for t in texts(raw, "en"))
    assert any('verwacht "2020", "now" of "stress"' in t for t in texts(raw, "nl"))


def test_round_trip_through_the_workbook_which_shows_it_readably(tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl import load_workbook

    from core.advice.assess import assess
    from core.report.reader import read_case_from_workbook
    from core.report.workbook import write_workbook

    case = parse_case(dict(raw_case(), scenario="own"))
    result = assess(case, today=dt.date(2026, 12, 7))
    assert result.scenario == "own"
    for lang, words in (
        ("nl", "Levering: alleen onmisbare leveranciers"),
        ("en", "Demand: import"),
    ):
        path = tmp_path / f"advies-{lang}.xlsx"
        write_workbook(result, path, lang)
        assert read_case_from_workbook(path) == case
        ws = load_workbook(path)["Invoer" if lang == "nl" else "Inputs"]
        rows = {r[5]: r for r in ws.iter_rows(values_only=True) if r[5]}
        assert rows["own_scenario.name"][1] == OWN["name"]
        assert "us_tariffs_2025" in rows["own_scenario.based_on"][1]
        shocks = [rows[f"own_scenario.shocks[{i}]"] for i in range(3)]
        assert any(str(r[0]).startswith(words) for r in shocks)
        assert shocks[1][1] == "CN" and shocks[1][2] == 0.8 and shocks[1][3] == 1
        assert "EU27_EX_NL" in shocks[2][1]


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 50) | st.floats(-2, 40) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
KEYS = ("channel", "countries", "size", "via", "scale", "applies_to", "start",
        "ramp_months", "duration", "recovery")  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), JSON, max_size=10), JSON)
def test_any_shock_is_read_or_refused_by_name_never_a_traceback(shock: Any, other: Any) -> None:
    import datetime as dt

    from core.advice.assess import assess

    for own in (dict(OWN, shocks=[shock]), dict(OWN, gdp_gap=other), other):
        case, problems = check_case(raw_case(own))
        errors = [p for p in problems if p.severity == "error"]
        assert (case is None) == bool(errors)
        assert all(p.field.startswith("own_scenario") for p in errors)
        if case is not None and case.own_scenario is not None:
            result = assess(case, today=dt.date(2026, 12, 7), scenario="own")
            y = result.forecast("own").revenue_index
            assert all(0.0 <= v <= 1.2 for v in y)
