"""``main.py assess`` as a user runs it: summary, JSON contract, exit codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES
from tests.conftest import run_main as run

METAAL = EXAMPLES / "metaal-orderboek.herstelscan.json"


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0 and out.stdout.startswith("Herstelscan ")


def test_assess_prints_summary_and_writes_the_result_contract(tmp_path: Path) -> None:
    target = tmp_path / "result.json"
    out = run("assess", METAAL, "--json", target)
    assert out.returncode == 0, out.stderr
    assert "Voorbeeld Metaal BV" in out.stdout and "NOW-1" in out.stdout
    assert "zonder orderportefeuille: mrt 2020" in out.stdout
    data: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert set(data["exposure"]) >= {
        "supply_by_country",
        "demand_by_country",
        "critical_countries",
        "supplier_hhi",
        "sales_hhi",
    }
    assert [s["id"] for s in data["scenarios"]] == ["cpb1", "cpb2", "cpb3", "cpb4", "nl2020"]
    s = data["scenarios"][2]
    assert set(s) >= {
        "months",
        "orders_index",
        "capacity_index",
        "revenue_index",
        "trough_index",
        "trough_month",
        "first_month_drop_20pct",
        "revenue_loss_eur",
        "kind",
        "input_cost_index",
        "margin_loss_eur",
    }
    assert len(s["months"]) == len(s["revenue_index"]) == 36 and s["months"][0] == "2020-03"
    # Additive (issue 17): no dearer purchases outside a stress test.
    assert s["kind"] == "forecast" and s["input_cost_index"] == [0.0] * 36
    assert s["first_month_drop_20pct"] == "2020-10"
    now = data["now"][0]
    assert set(now) >= {
        "tranche",
        "scenario",
        "drop",
        "eligible",
        "subsidy_eur",
        "advance_eur",
        "window",
    }
    assert {n["tranche"] for n in data["now"]} == {
        "NOW-1",
        "NOW-2",
        "NOW-3.1",
        "NOW-3.2",
        "NOW-3.3",
        "NOW-4",
        "NOW-5",
        "NOW-6",
    }
    assert isinstance(data["measures"], list)


def test_english_summary() -> None:
    out = run("assess", METAAL, "--lang", "en")
    assert out.returncode == 0
    assert "Revenue forecast per scenario" in out.stdout and "Germany" in out.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"schema_version": 1,', "not valid JSON"),
        ("[1, 2]", "case: expected a JSON object"),
        ('{"schema_version": 7}', "newer Herstelscan"),
        (None, "file not found"),
    ],
)
def test_invalid_input_exits_2_without_traceback_or_output(
    tmp_path: Path, content: str | None, expected: str
) -> None:
    case = tmp_path / "case.json"
    if content is not None:
        case.write_text(content, encoding="utf-8")
    target = tmp_path / "out.json"
    out = run("assess", case, "--json", target, "--lang", "en")
    assert out.returncode == 2
    assert expected in out.stderr and "Traceback" not in out.stderr
    assert not target.exists()


def test_shares_that_do_not_add_up_are_named(tmp_path: Path) -> None:
    raw = json.loads(METAAL.read_text(encoding="utf-8"))
    raw["sales"][0]["share"] = 0.35
    raw["sales"].append({"country": "DE", "share": 0.15})
    case = tmp_path / "case.json"
    case.write_text(json.dumps(raw), encoding="utf-8")
    out = run("assess", case, "--lang", "en")
    assert out.returncode == 2
    assert "sales[4].country: DE is already in row 2; each country may appear once" in out.stderr


def test_unwritable_target_is_explained(tmp_path: Path) -> None:
    out = run("assess", METAAL, "--json", tmp_path / "missing" / "r.json", "--lang", "en")
    assert out.returncode == 1
    assert "does not exist" in out.stderr and "Traceback" not in out.stderr


def test_unwritable_workbook_writes_no_json_either(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    out = run("assess", METAAL, "--json", target, "--xlsx", tmp_path / "missing" / "a.xlsx")
    assert out.returncode == 1 and "bestaat niet" in out.stderr
    assert not target.exists()


def test_scenario_choice_drives_verdicts_json_and_summary(tmp_path: Path) -> None:
    target = tmp_path / "iv.json"
    out = run("assess", METAAL, "--scenario", "cpb4", "--json", target, "--today", "2026-11-30")
    assert out.returncode == 0, out.stderr
    assert "Gekozen scenario: Scenario IV" in out.stdout
    data: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
    assert data["scenario"] == "cpb4"
    now = next(m for m in data["measures"] if m["id"] == "now")
    assert now["verdict"] == now["by_scenario"]["cpb4"]["verdict"] == "eligible"
    assert now["amount_eur"] == now["by_scenario"]["cpb4"]["amount_eur"]
    assert now["kind"] == "subsidy" and now["claimable_now"] is False
    assert set(data["totals"]) == {"claimable_now", "chosen_scenario", "history"}
    # NOW 2020-2022 is history, never added to today's praktijkleren (another era).
    assert data["totals"]["history"]["subsidy"] == now["amount_eur"]
    assert data["totals"]["chosen_scenario"].get("subsidy", 0) != now["amount_eur"]
    default = run("assess", METAAL, "--today", "2026-11-30")
    assert "Gekozen scenario: Scenario II" in default.stdout
    assert "Nu aan te vragen (open op 30 november 2026)" in default.stdout


def test_scenario_from_the_case_file_and_unknown_ids(tmp_path: Path) -> None:
    raw = json.loads(METAAL.read_text(encoding="utf-8"))
    raw["scenario"] = "cpb3"
    case = tmp_path / "case.json"
    case.write_text(json.dumps(raw), encoding="utf-8")
    out = run("assess", case, "--lang", "en")
    assert out.returncode == 0 and "Chosen scenario: Scenario III" in out.stdout
    raw["scenario"] = "cpb7"
    case.write_text(json.dumps(raw), encoding="utf-8")
    bad_case = run("assess", case, "--lang", "en")
    assert bad_case.returncode == 2
    assert (
        "scenario: 'cpb7' is not known; expected one of: cpb1, cpb2, cpb3, cpb4" in bad_case.stderr
    )
    target = tmp_path / "out.json"
    bad_flag = run("assess", METAAL, "--scenario", "II", "--json", target, "--lang", "en")
    assert bad_flag.returncode == 2 and "Traceback" not in bad_flag.stderr
    assert "--scenario 'II' is not known; choose from: cpb1, cpb2, cpb3, cpb4" in bad_flag.stderr
    assert not target.exists()


def test_list_scenarios_prints_every_scenario_with_kind_and_source() -> None:
    from core.reference.scenario_choice import base_id
    from core.reference.scenarios import scenarios_starting, stress_scenarios

    out = run("assess", "--list-scenarios", "--lang", "en")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "--start 2020:" in lines and "--start now:" in lines and "--start stress:" in lines
    now_at, stress_at = lines.index("--start now:"), lines.index("--start stress:")
    today = dt.date.today()
    sets = (
        (lines[:now_at], scenarios_starting(None), {}),
        (lines[now_at:stress_at], scenarios_starting(today), {}),
        (lines[stress_at:], stress_scenarios(today), {"own": "stress"}),
    )
    for part, scs, extra in sets:
        rows = {ln.split()[0]: ln.split()[1] for ln in part if ln.startswith("  ") and ln[2] != " "}
        assert rows == {**{base_id(s.id): s.kind for s in scs}, **extra}
        for s in scs:
            assert s.source[:40] in "\n".join(part), s.id
    assert all(s.kind == "stress" for s in sets[2][1])


def test_assess_without_a_case_names_the_missing_argument() -> None:
    out = run("assess")
    assert out.returncode == 2
    assert "case" in out.stderr and "Traceback" not in out.stderr


# ------------------------------------------------------------ stress tests (issue 17)

OWN = {
    "name": "Eigen scenario: Chinese onderdelen",
    "based_on": None,
    "gdp_gap": None,
    "shocks": [
        {"channel": "supply", "countries": ["CN"], "size": 0.8, "applies_to": "critical",
         "start": 1, "duration": 2, "recovery": 1},
    ],
}  # fmt: skip


def _stress_ids() -> tuple[str, ...]:
    from core.reference.stress import stress_ids

    return stress_ids()


@pytest.mark.parametrize("sid", _stress_ids())
def test_every_stress_id_picks_the_stress_start_by_itself(tmp_path: Path, sid: str) -> None:
    target = tmp_path / "r.json"
    out = run("assess", METAAL, "--scenario", sid, "--json", target, "--today", "2026-12-07")
    assert out.returncode == 0, out.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["scenario"] == sid
    assert {s["kind"] for s in data["scenarios"]} == {"stress"}
    assert [s["id"] for s in data["scenarios"]] == list(_stress_ids())
    first = data["scenarios"][0]
    assert first["months"][0] == "2026-12"
    assert len(first["input_cost_index"]) == len(first["months"]) == 36
    assert isinstance(first["margin_loss_eur"], float)


def test_start_stress_with_the_cases_own_scenario(tmp_path: Path) -> None:
    raw = json.loads((EXAMPLES / "elektronica-china.herstelscan.json").read_text("utf-8"))
    raw["own_scenario"] = OWN
    case = tmp_path / "eigen.herstelscan.json"
    case.write_text(json.dumps(raw), encoding="utf-8")
    target = tmp_path / "r.json"
    out = run("assess", case, "--start", "stress", "--scenario", "own", "--json", target)
    assert out.returncode == 0, out.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["scenario"] == "own"
    own = next(s for s in data["scenarios"] if s["id"] == "own")
    assert own["label"]["nl"] == OWN["name"] and own["kind"] == "stress"
    assert own["trough_index"] < 0.5  # the critical Chinese parts stop production
    # Without --scenario the stress start takes the library's first stress test.
    out = run("assess", case, "--start", "stress", "--json", target)
    assert out.returncode == 0, out.stderr
    assert json.loads(target.read_text("utf-8"))["scenario"] == _stress_ids()[0]


def test_own_without_an_own_scenario_and_a_stress_id_in_another_start_are_refused() -> None:
    out = run("assess", METAAL, "--scenario", "own", "--lang", "en")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "--scenario own: the case has no own scenario (own_scenario)" in out.stderr
    sid = _stress_ids()[0]
    out = run("assess", METAAL, "--start", "now", "--scenario", sid, "--lang", "en")
    assert out.returncode == 2
    assert f"--scenario '{sid}' is not known; choose from: cpb1" in out.stderr


def test_help_says_a_stress_id_picks_the_stress_start() -> None:
    out = run("assess", "--help")
    text = " ".join(out.stdout.split())
    assert "{2020,now,stress}" in text
    assert "a stress test's id or own picks --start stress when no --start is given" in text
