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
    }
    assert len(s["months"]) == len(s["revenue_index"]) == 36 and s["months"][0] == "2020-03"
    assert s["first_month_drop_20pct"] == "2021-01"
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
    from core.reference.scenarios import scenarios_starting

    out = run("assess", "--list-scenarios", "--lang", "en")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "--start 2020:" in lines and "--start now:" in lines
    now_at = lines.index("--start now:")
    for part, day in ((lines[:now_at], None), (lines[now_at:], dt.date.today())):
        rows = {ln.split()[0]: ln.split()[1] for ln in part if ln.startswith("  ") and ln[2] != " "}
        scs = scenarios_starting(day)
        assert rows == {base_id(s.id): s.kind for s in scs}
        for s in scs:
            assert s.source[:40] in "\n".join(part), s.id


def test_assess_without_a_case_names_the_missing_argument() -> None:
    out = run("assess")
    assert out.returncode == 2
    assert "case" in out.stderr and "Traceback" not in out.stderr
