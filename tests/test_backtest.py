"""The backtest against CBS's manufacturing output guards the documented figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.months import month_label, parse_month
from core.reference.resources import load_json
from tools.backtest import population, run

ROOT = Path(__file__).resolve().parent.parent
DATA = load_json("backtest.json")
MARGIN = 0.5  # percentage point: a smaller population and its sampling noise


def test_cbs_series_covers_march_2020_to_december_2021() -> None:
    series = DATA["periods"]["2020"]["yoy_pct"]
    first, last = parse_month("2020-03"), parse_month("2021-12")
    assert sorted(series) == [month_label(m) for m in range(first, last + 1)]
    assert series["2020-04"] == -10.5 and series["2020-05"] == -11.7  # CBS, revised
    assert not DATA["periods"]["2020"]["first_release"]["2020-05"]["confirmed"]


@pytest.mark.parametrize("period", ["2020", "2008"])
def test_rmse_stays_at_the_documented_figure(period: str) -> None:
    doc = DATA["documented"][period]
    bt = run(period, profiles=500, seed=1)
    assert bt.scenario == doc["scenario"]
    assert len(bt.months) == doc["months"]
    assert bt.rmse <= doc["rmse_pp"] + MARGIN
    months, year = bt.first_year()
    assert len(months) == doc["first_year_months"]
    assert year <= doc["first_year_rmse_pp"] + MARGIN


def test_the_first_year_of_2020_is_within_three_points() -> None:
    """The issue's goal, met for the crisis's first twelve months (not for 2021's boom)."""
    assert DATA["documented"]["2020"]["first_year_rmse_pp"] <= 3.0


def test_population_follows_its_distributions() -> None:
    p = population(20_000, seed=3)
    spec = DATA["population"]
    assert np.median(p.order_months) == pytest.approx(spec["order_book_months"]["median"], rel=0.05)
    export = p.demand[:, 1] + p.demand[:, 2]
    assert export.mean() == pytest.approx(spec["export_share"]["mean"], abs=0.01)
    assert np.allclose(p.demand.sum(axis=1), 1.0)
    assert np.median(p.supply[:, 1]) == pytest.approx(0.06, rel=0.05)


def test_cli_prints_months_and_the_closing_line_and_writes_a_png(tmp_path: Path) -> None:
    png = tmp_path / "b.png"
    out = subprocess.run(
        [sys.executable, "tools/backtest.py", "--profiles", "300", "--png", str(png)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert any(line.startswith("2020-04 ") for line in lines)
    assert any(line.startswith("28     2020-05 ") for line in lines)  # per sub-sector
    assert any(line.startswith("spread in the order of the order books") for line in lines)
    assert lines[-1].startswith("backtest: RMSE ") and lines[-1].endswith(" pp over 22 months")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_rejects_a_bad_assumption() -> None:
    out = subprocess.run(
        [sys.executable, "tools/backtest.py", "--set", "deferral_share=lots"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode != 0 and "NAME=NUMBER" in out.stderr and "Traceback" not in out.stderr


def test_the_nexperia_replay_states_its_error_against_the_stored_series() -> None:
    """Issue 17, item 6: the stress test replayed from October 2025 against Destatis's car
    industry; at its premise it is far from what the sector saw (an upper bound)."""
    from tools.backtest import run_stress

    spec = DATA["stress"]["nexperia_2025"]
    doc = spec["documented"]
    rep = run_stress("nexperia_2025", profiles=500, seed=1)
    assert rep.months == sorted(spec["mom_pct"]) and len(rep.months) == doc["months"]
    assert rep.actual_pct == [spec["mom_pct"][m] for m in rep.months]
    assert rep.critical_share == doc["critical_share"]
    assert rep.model_pct[-1] == pytest.approx(doc["nov_model_pct"], abs=1.0)
    assert rep.rmse == pytest.approx(doc["rmse_pp"], abs=2.0)
    # fewer profiles with a critical Chinese part: a smaller fall in the model
    fewer = run_stress("nexperia_2025", profiles=500, seed=1, critical_share=0.1)
    assert rep.model_pct[-1] < fewer.model_pct[-1] < 0.0
    assert all(where.startswith("https://") for where in spec["where"].values())
    assert spec["primary"] is False


def test_the_method_text_states_the_documented_replay_error() -> None:
    from core.reference.method import sections

    doc = DATA["stress"]["nexperia_2025"]["documented"]
    for lang, figure in (
        ("nl", f"{doc['rmse_pp']:.1f}".replace(".", ",")),
        ("en", f"{doc['rmse_pp']:.1f}"),
    ):
        (sec,) = [s for s in sections(lang) if s.number == 9]
        assert figure in sec.text and "--stress nexperia_2025" in sec.text


SUB = DATA["subsectors"]


def test_every_subsector_figure_names_its_page_and_when_it_was_checked() -> None:
    first, last = parse_month("2020-03"), parse_month("2021-12")
    for key, sector in SUB["sectors"].items():
        months = [*sector["yoy_pct"], *sector["bounds"]]
        assert months, key
        for month in months:
            assert first <= parse_month(month) <= last, (key, month)
            where = sector["where"][month]
            assert "https://" in where and "checked 2026-12-07" in where, (key, month)
        assert "Herstelscan assumption" in sector["order_book_months"]["source"]


def test_subsectors_are_scored_and_the_spring_spread_follows_the_order_books() -> None:
    """The issue's check: in April-June 2020 the sub-sector with the longest order books
    falls least (CBS: machinery did not fall in April and May, metal products -16.7% in
    May); and each sub-sector's error stays at its documented figure."""
    from tools.backtest import spread_check, subsector_runs

    runs = subsector_runs(500, seed=1)
    pct, ordered = spread_check(runs)
    assert ordered and SUB["spread"]["months"] == ["2020-04", "2020-05", "2020-06"]
    assert pct["28"][1] > pct["25"][1] and pct["25"][1] < 0  # May: machinery above metal
    doc = DATA["documented"]["subsectors_2020"]
    for key, bt in runs.items():
        assert len(bt.months) == doc[key]["months"]
        assert bt.rmse <= doc[key]["rmse_pp"] + 2 * MARGIN  # a few months: noisier
    assert [b.month for b in runs["28"].bounds][:3] == ["2020-03", "2020-04", "2020-05"]


def test_the_year_before_the_crisis_lies_on_the_sectors_pre_crisis_trend() -> None:
    """A flat model index compares with a year earlier at exactly the stored trend in the
    crisis's first twelve months, and at 0 after them (the level reached is the normal)."""
    from tools.backtest import _yoy, pre_crisis_trend

    start = parse_month("2020-03")
    flat = [1.0] * 24
    assert _yoy(flat, start, 15.6, start) == pytest.approx(15.6)
    assert _yoy(flat, start, 15.6, start + 11) == pytest.approx(100 * (1.156 ** (1 / 12) - 1))
    assert _yoy(flat, start, 15.6, start + 12) == pytest.approx(0.0)
    assert _yoy(flat, start, -5.45, start + 2) == pytest.approx(100 * (0.9455 ** (10 / 12) - 1))
    assert pre_crisis_trend({}) == 0.0
    sectors = SUB["sectors"]
    assert pre_crisis_trend(sectors["28"]) == pytest.approx((24.0 + 15.0 + 7.9) / 3)
    assert pre_crisis_trend(sectors["25"]) == pytest.approx(-5.45)
    assert pre_crisis_trend(DATA["periods"]["2020"]) == pytest.approx((0.4 - 1.3 - 0.6 - 1.3) / 4)


def test_every_pre_crisis_figure_names_its_page_and_lies_before_the_crisis() -> None:
    start = parse_month(DATA["periods"]["2020"]["first"])
    specs = [DATA["periods"]["2020"], *SUB["sectors"].values()]
    for spec in specs:
        pre = spec["pre_crisis"]
        assert pre["missing"] or pre["yoy_pct"]
        assert sorted(pre["yoy_pct"]) == sorted(pre["where"])
        for month, where in pre["where"].items():
            assert start - 5 <= parse_month(month) < start, month  # October-February
            assert "https://" in where and "checked 2026-12-07" in where, month


def test_with_its_pre_crisis_growth_machinery_does_not_fall_in_spring_2020() -> None:
    """CBS: machinery produced more than a year earlier in March and April 2020 and did
    not decline in May; with its stored pre-crisis trend (+15.6% a year) the model's
    machinery meets those three bounds, while its crisis effect alone is a fall."""
    from tools.backtest import spread_check, subsector_runs

    runs = subsector_runs(500, seed=1)
    spring = [b for b in runs["28"].bounds if b.month in ("2020-03", "2020-04", "2020-05")]
    assert len(spring) == 3 and all(b.met for b in spring)
    effect, ordered = spread_check(runs, trend=False)
    assert ordered and effect["28"][1] < 0  # the order book delays, it does not protect


ORDERS = next(r for r in load_json("realised.json")["scenarios"] if r["id"] == "rec2008")[
    "order_intake"
]


def test_every_order_figure_names_its_page_and_follows_without_a_gap() -> None:
    months = sorted(parse_month(m) for m in ORDERS["yoy_pct"])
    assert months == list(range(parse_month("2008-10"), parse_month("2010-12") + 1))
    for month in ORDERS["yoy_pct"]:
        where = ORDERS["where"][month]
        assert "http" in where and "checked 2026-12-08" in where, month


def test_order_intake_is_chained_against_the_year_before_the_crisis() -> None:
    from core.reference.scenarios import order_level

    level = order_level(ORDERS["yoy_pct"])
    # A year after the trough, +19.8% on March 2009's -26.9% is still below normal.
    assert level[parse_month("2009-03")] == pytest.approx(1 - 0.269)
    assert level[parse_month("2010-03")] == pytest.approx((1 - 0.269) * 1.198)
    assert level[parse_month("2010-03")] < 1.0
    with pytest.raises(ValueError, match="gap"):
        order_level({"2008-10": -15.1, "2008-12": -22.3})


def test_industry_follows_2008_better_with_demand_driven_by_orders() -> None:
    """Issue 21: in 2008 industry fell before GDP did. Order intake as the demand driver,
    both drivers level-matched to CBS's first year, follows CBS closer than GDP does."""
    from core.reference.assumptions import resolve
    from tools.backtest import demand_driven

    doc = DATA["documented"]["orders_2008"]["replay"]
    e = resolve({})["elasticity"]
    rmse = {}
    for driver in ("gdp", "orders"):
        sc = demand_driven("2008", driver, e, level_matched=True)
        bt = run("2008", profiles=500, seed=1, scenario=sc)
        assert len(bt.months) == doc["months"]
        rmse[driver] = bt.rmse
    assert rmse["orders"] <= doc["orders_level_matched_rmse_pp"] + MARGIN
    assert rmse["gdp"] >= doc["gdp_level_matched_rmse_pp"] - MARGIN
    assert rmse["orders"] < rmse["gdp"] - 2.0


def test_the_2008_shape_follows_order_intake_at_its_derived_scale() -> None:
    """The app's "like 2008-2010" shape is the orders path level-matched to CBS: its
    stored demand scale is the derivation's (0.42 of the chained orders / elasticity 2),
    and its gap is 1 - the chained order level, with no orders placed again on top."""
    from core.reference.assumptions import resolve
    from core.reference.scenarios import order_level, realised_scenario
    from tools.backtest import demand_driven

    e = resolve({})["elasticity"]
    derived = demand_driven("2008", "orders", e, level_matched=True)
    shape = realised_scenario("rec2008")
    assert shape.replaced_orders_in_path and derived.replaced_orders_in_path
    assert shape.demand_scale == pytest.approx(0.21)
    # The derived path gives the same order intake as the stored scale, within rounding.
    stored = np.asarray(shape.gap_path) * shape.demand_scale
    assert np.allclose(np.asarray(derived.gap_path) * derived.demand_scale, stored, atol=2e-3)
    level = order_level(ORDERS["yoy_pct"])
    assert shape.gap_path[0] == pytest.approx(1 - level[shape.start_month])
    assert shape.gap_path[-1] == pytest.approx(1 - level[max(level)])  # held after the end
