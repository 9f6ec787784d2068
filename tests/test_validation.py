"""Case validation: every problem at once, named by field, in Dutch and English."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.case_file import case_json, load_case, save_case
from core.inputs.case import case_to_dict
from core.inputs.validation import CaseError, check_case, parse_case
from tests.conftest import EXAMPLES
from tests.strategies import cases

EXAMPLE = EXAMPLES / "metaal-orderboek.herstelscan.json"


def raw_example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def messages(raw: Any, lang: str = "en") -> list[str]:
    _, problems = check_case(raw)
    return [p.text(lang) for p in problems]


def test_examples_are_valid() -> None:
    for path in EXAMPLES.glob("*.herstelscan.json"):
        case, problems = check_case(json.loads(path.read_text(encoding="utf-8")))
        assert case is not None, (path, problems)
        assert problems == []


def test_sales_total_named_with_field_in_both_languages() -> None:
    raw = raw_example()
    raw["sales"][0]["share"] = 0.35  # 0.35 + 0.35 + 0.10 + 0.05 = 85%
    assert messages(raw, "en") == ["sales: shares add up to 85%, expected 100%"]
    assert messages(raw, "nl") == ["sales: aandelen tellen op tot 85%, verwacht 100%"]


def test_every_problem_is_reported_at_once() -> None:
    raw = raw_example()
    raw["sales"][2]["country"] = "XX"
    raw["sales"].append({"country": "DE", "share": 0.0})
    raw["purchasing"]["suppliers"][0]["share"] = 1.5
    raw["order_book"]["months"] = 48
    raw["staff"]["distancing_possible"] = "sometimes"
    raw["company"]["kvk"] = "1234"
    del raw["staff"]["fte"]
    found = messages(raw)
    assert (
        "sales[2].country: 'XX' is not a known ISO country code (for example NL, DE, CN, GB)"
        in found
    )
    assert "sales[4].country: DE is already in row 2; each country may appear once" in found
    assert any(m.startswith("purchasing.suppliers[0].share: 1.5 is out of range") for m in found)
    assert any(
        m.startswith("order_book.months: 48 is out of range; expected from 0 to 36") for m in found
    )
    assert any(m.startswith("staff.distancing_possible: 'sometimes' is not known") for m in found)
    assert any(m.startswith("company.kvk: '1234' is not a KvK number") for m in found)
    assert any(m.startswith("staff.fte: is missing") for m in found)
    assert len(found) == 7


def test_wrong_types_and_missing_sections() -> None:
    raw = raw_example()
    raw["company"]["annual_revenue_eur"] = "twelve million"
    raw["purchasing"]["suppliers"][1]["critical"] = "yes"
    del raw["staff"]
    raw["sales"] = {"NL": 1}
    found = messages(raw)
    assert any(
        m.startswith("company.annual_revenue_eur: 'twelve million' is not a number") for m in found
    )
    assert any(
        m.startswith("purchasing.suppliers[1].critical: 'yes' is not a yes/no") for m in found
    )
    assert "staff: is missing; expected a section" in found
    assert "sales: expected a list of countries" in found


def test_critical_supplier_needs_weeks_to_alternative() -> None:
    raw = raw_example()
    raw["purchasing"]["suppliers"][0]["critical"] = True
    assert messages(raw) == [
        "purchasing.suppliers[0].alternative_weeks: is missing; expected a number from 0 to 104 weeks"
    ]


def test_supplier_shares_may_leave_a_remainder_but_not_exceed_100() -> None:
    raw = raw_example()
    raw["purchasing"]["suppliers"][0]["share"] = 0.70
    assert messages(raw) == ["purchasing.suppliers: shares add up to 115%, expected at most 100%"]


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        (2, "this file was made by a newer Herstelscan (schema 2)"),
        (0, "0 is not a valid version"),
        ("1", "'1' is not a version number"),
        (None, "is missing"),
    ],
)
def test_schema_versions(version: Any, expected: str) -> None:
    raw = raw_example()
    raw["schema_version"] = version
    found = messages(raw)
    assert len(found) == 1 and expected in found[0]


def test_unknown_assumption_and_out_of_range_override() -> None:
    raw = raw_example()
    raw["assumptions"] = {"elasticity": 9, "magic": 1}
    found = messages(raw)
    assert any(m.startswith("assumptions.elasticity: 9 is out of range") for m in found)
    assert any(m.startswith("assumptions.magic: unknown assumption") for m in found)


def test_changed_assumptions_are_kept() -> None:
    raw = raw_example()
    raw["assumptions"] = {"elasticity": 2.5}
    case = parse_case(raw)
    assert case.assumption_overrides() == {"elasticity": 2.5}
    assert case_to_dict(case)["assumptions"] == {"elasticity": 2.5}


def test_example_round_trips_through_json(tmp_path: Path) -> None:
    case = load_case(EXAMPLE)
    target = tmp_path / "copy.herstelscan.json"
    save_case(case, target)
    assert load_case(target) == case
    assert case_to_dict(case) == {k: v for k, v in raw_example().items()}


def test_malformed_json_and_missing_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1,', encoding="utf-8")
    with pytest.raises(CaseError) as info:
        load_case(broken)
    assert "not valid JSON (line 1" in info.value.lines("en")[0]
    with pytest.raises(CaseError) as info:
        load_case(tmp_path / "absent.json")
    assert info.value.lines("nl")[0].endswith("bestand niet gevonden")


@settings(max_examples=200, deadline=None)
@given(cases())
def test_any_valid_case_survives_a_json_round_trip(case: Any) -> None:
    assert parse_case(json.loads(case_json(case))) == case


json_values = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=True) | st.integers() | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def mutated_cases(draw: st.DrawFn) -> Any:
    """The example with one value somewhere replaced by arbitrary JSON."""
    raw = copy.deepcopy(raw_example())
    section = draw(st.sampled_from(sorted(raw)))
    if isinstance(raw[section], dict) and raw[section] and draw(st.booleans()):
        key = draw(st.sampled_from(sorted(raw[section])))
        raw[section][key] = draw(json_values)
    else:
        raw[section] = draw(json_values)
    return raw


@settings(max_examples=300, deadline=None)
@given(st.one_of(json_values, mutated_cases()))
def test_validation_never_raises_on_arbitrary_json(raw: Any) -> None:
    case, problems = check_case(raw)
    assert (case is None) == any(p.severity == "error" for p in problems)
    for p in problems:
        assert p.field and p.nl and p.en
