"""The model: exposure, forecast, NOW. Cases from the sources, and invariants."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from core.advice.assess import assess
from core.case_file import load_case
from core.inputs.case import Case
from core.model.engine import score_cases
from core.model.exposure import exposure, hhi
from core.model.now import now_rules, subsidy
from core.reference.assumptions import resolve
from core.reference.scenarios import scenarios_starting
from tests.conftest import EXAMPLES
from tests.strategies import cases

METAAL = EXAMPLES / "metaal-orderboek.herstelscan.json"
ELEKTRONICA = EXAMPLES / "elektronica-china.herstelscan.json"
SCENARIOS = scenarios_starting(None)  # the CPB four and what happened (nl2020)


def tranche(tranche_id: str):  # type: ignore[no-untyped-def]
    return next(t for t in now_rules().tranches if t.id == tranche_id)


@pytest.mark.parametrize(
    ("tranche_id", "subsidy_eur", "advance_eur"),
    [("NOW-1", 21060.0, 16848.0), ("NOW-3.1", 20160.0, 16128.0)],
)
def test_uwv_examples_are_reproduced_exactly(
    tranche_id: str, subsidy_eur: float, advance_eur: float
) -> None:
    """UWV: 10 employees, wage bill EUR 20,000, drop 30%."""
    one = np.array([1.0])
    eligible, amount, advance = subsidy(tranche(tranche_id), 0.30 * one, 20000 * one, 10 * one)
    assert eligible[0] == 1.0
    assert amount[0] == pytest.approx(subsidy_eur, abs=0.005)
    assert advance[0] == pytest.approx(advance_eur, abs=0.005)


def test_now_threshold_caps_and_wage_cap() -> None:
    one = np.array([1.0])
    # 19.9% is not enough; exactly 20% is.
    assert subsidy(tranche("NOW-1"), 0.199 * one, 20000 * one, 10 * one)[0][0] == 0.0
    assert subsidy(tranche("NOW-1"), 0.20 * one, 20000 * one, 10 * one)[0][0] == 1.0
    # NOW-4 caps the drop at 80%.
    full = subsidy(tranche("NOW-4"), 1.0 * one, 20000 * one, 10 * one)[1][0]
    assert full == pytest.approx(0.8 * 20000 * 3 * 1.4 * 0.85)
    # NOW-5: drop capped at 90%, the advance at 80%.
    _, amount, advance = subsidy(tranche("NOW-5"), 1.0 * one, 20000 * one, 10 * one)
    assert amount[0] == pytest.approx(0.9 * 20000 * 2 * 1.4 * 0.85)
    assert advance[0] == pytest.approx(0.8 * 0.8 * 20000 * 2 * 1.4 * 0.85)
    # The wage bill counts up to 2 x maximum dagloon per employee (EUR 9,538 a month).
    capped = subsidy(tranche("NOW-1"), 0.5 * one, 200000 * one, 10 * one)[1][0]
    assert capped == pytest.approx(0.5 * 95380 * 3 * 1.3 * 0.9)


def test_exposure_matches_the_papers_measure() -> None:
    case = load_case(METAAL)
    e = exposure(case)
    assert e.supply_by_country["DE"] == pytest.approx(0.45 * 0.40)
    assert e.demand_by_country == {"NL": 0.5, "DE": 0.35, "BE": 0.1, "FR": 0.05}
    assert e.unspecified_supply_share == pytest.approx(0.15)
    assert e.benchmark_supply == {"CN": 0.06, "DE": 0.10, "IT": 0.03}
    assert e.sales_hhi == pytest.approx(0.5**2 + 0.35**2 + 0.1**2 + 0.05**2)
    assert hhi([0.4, 0.3, 0.1, 0.05]) == pytest.approx(
        sum((s / 0.85) ** 2 for s in [0.4, 0.3, 0.1, 0.05])
    )
    assert load_case(ELEKTRONICA) and exposure(load_case(ELEKTRONICA)).critical_countries == [
        "CN",
        "TW",
    ]


def test_order_book_delays_the_drop_and_flips_now1() -> None:
    """The paper: firms with an order book over three months see the drop only after the
    summer, too late for NOW-1. Scenario III, the metal example (4.5 months). Under the
    restrictions its capacity is down (absence, distancing, supply; no overtime), so late
    orders pile up and are caught up when they end; the dip in orders then arrives
    through the book and the 20% drop comes in October. Deferred deliveries released
    after the restrictions join the back of the book and come back from November."""
    case = load_case(METAAL)
    with_book = assess(case)
    without = assess(replace(case, order_book_months=0.0))
    first_with = with_book.forecast("cpb3").first_month_drop_20pct
    first_without = without.forecast("cpb3").first_month_drop_20pct
    assert (first_without, first_with) == ("2020-03", "2020-10")
    now1 = {r.scenario: r for r in with_book.now if r.tranche == "NOW-1"}
    now1_without = {r.scenario: r for r in without.now if r.tranche == "NOW-1"}
    assert not now1["cpb3"].eligible and now1_without["cpb3"].eligible
    assert now1["cpb3"].reason_nl == (
        "omzetverlies 15,3% < 20% in apr–jun 2020 (startmaand vrij: mrt, apr of mei 2020)"
    )  # the best of the allowed windows
    # ...and the later tranches (NOW-2/3, the paper's "NOW 2.0") catch it.
    assert any(r.eligible for r in with_book.now if r.scenario == "cpb3")


def test_critical_chinese_supplier_hits_at_once() -> None:
    """The electronics firm's irreplaceable Chinese parts stop production in March 2020
    (China's lockdown came a month earlier and three weeks of stock run out)."""
    result = assess(load_case(ELEKTRONICA))
    cpb2 = result.forecast("cpb2")
    assert cpb2.first_month_drop_20pct == "2020-03"
    assert cpb2.capacity_index[0] == pytest.approx(1 - 0.35)


def test_scenarios_are_ordered_by_severity_for_the_examples() -> None:
    for path in EXAMPLES.glob("*.herstelscan.json"):
        r = assess(load_case(path))
        losses = [r.forecast(s).revenue_loss_eur for s in ("cpb1", "cpb2")]
        assert losses[0] < losses[1], path
        assert r.forecast("cpb1").trough_index > r.forecast("cpb4").trough_index


def test_many_profiles_score_exactly_like_one() -> None:
    examples = [load_case(p) for p in sorted(EXAMPLES.glob("*.herstelscan.json"))]
    together = score_cases(examples, SCENARIOS)
    for i, case in enumerate(examples):
        alone = score_cases([case], SCENARIOS)
        np.testing.assert_allclose(
            together.forecast.revenue[i], alone.forecast.revenue[0], atol=1e-12
        )
        np.testing.assert_allclose(together.now.subsidy_eur[i], alone.now.subsidy_eur[0], atol=1e-6)


def test_crisis_starting_now_drops_the_historic_tranches() -> None:
    import datetime as dt

    r = assess(load_case(METAAL), today=dt.date(2026, 11, 27), crisis_now=True)
    assert r.scenarios[0].months[0] == "2026-11"
    assert r.now == []


def test_changed_assumption_changes_the_result() -> None:
    case = load_case(METAAL)
    harsher = replace(case, assumptions=(("elasticity", 3.0),))
    assert (
        assess(harsher).forecast("cpb2").revenue_loss_eur
        > assess(case).forecast("cpb2").revenue_loss_eur
    )
    assert assess(harsher).changed_assumptions == ["elasticity"]
    assert resolve({"elasticity": 3.0})["elasticity"] == 3.0


# ---------------------------------------------------------------- properties


@settings(max_examples=150, deadline=None)
@given(cases())
def test_exposure_stays_within_0_and_1(case: Case) -> None:
    e = exposure(case)
    values = [
        *e.supply_by_country.values(),
        *e.demand_by_country.values(),
        e.supplier_hhi,
        e.sales_hhi,
    ]
    assert all(0.0 <= v <= 1.0 + 1e-9 for v in values)
    assert sum(e.supply_by_country.values()) <= case.purchasing.share_of_revenue * 1.005 + 1e-9


@settings(max_examples=150, deadline=None)
@given(cases())
def test_revenue_index_stays_within_0_and_1_plus_catch_up(case: Case) -> None:
    scores = score_cases([case], SCENARIOS)
    y = scores.forecast.revenue
    catch_up = resolve(case.assumption_overrides())["catch_up"]
    assert np.all(y >= 0.0) and np.all(y <= 1.0 + catch_up + 1e-12)
    assert np.all(scores.forecast.capacity <= 1.0) and np.all(scores.forecast.backlog >= 0.0)


def _first_drop(case: Case) -> list[int]:
    return [int(x) for x in score_cases([case], SCENARIOS).summary.first_drop_at[0]]


@settings(max_examples=150, deadline=None)
@given(cases(suppliers=False), st.floats(0, 12), st.floats(0, 12))
def test_longer_order_book_never_brings_the_drop_earlier(case: Case, h1: float, h2: float) -> None:
    """Demand-only cases: no suppliers, no workforce losses."""
    assume(abs(h1 - h2) > 1e-6)
    short, long = sorted((h1, h2))
    quiet = (("absence_rate", 0.0), (f"distancing_loss_{case.staff.distancing_possible}", 0.0))
    base = replace(case, assumptions=quiet)
    early = _first_drop(replace(base, order_book_months=short))
    late = _first_drop(replace(base, order_book_months=long))
    for a, b in zip(early, late, strict=True):
        if b >= 0:  # a drop with the longer book...
            assert a >= 0 and a <= b  # ...came no later with the shorter one


@settings(max_examples=150, deadline=None)
@given(cases(critical=False), st.data())
def test_marking_a_supplier_critical_never_raises_cumulative_revenue(
    case: Case, data: st.DataObject
) -> None:
    assume(case.purchasing.suppliers)
    i = data.draw(st.integers(0, len(case.purchasing.suppliers) - 1))
    weeks = float(data.draw(st.integers(0, 52)))
    sup = list(case.purchasing.suppliers)
    sup[i] = replace(sup[i], critical=True, alternative_weeks=weeks)
    critical = replace(case, purchasing=replace(case.purchasing, suppliers=tuple(sup)))
    y = score_cases([case, critical], SCENARIOS).forecast.revenue
    cum_plain, cum_critical = np.cumsum(y[0], axis=1), np.cumsum(y[1], axis=1)
    assert np.all(cum_critical <= cum_plain + 1e-9)


def test_supply_disruption_scale_reaches_the_capacity() -> None:
    case = load_case(ELEKTRONICA)
    base = assess(case).forecast("cpb2").capacity_index[0]
    none = assess(replace(case, assumptions=(("supply_disruption_scale", 0.0),))).forecast("cpb2")
    double = assess(replace(case, assumptions=(("supply_disruption_scale", 2.0),))).forecast("cpb2")
    assert base == pytest.approx(1 - 0.35)  # the critical Chinese parts: 35% fail
    a = resolve()
    workforce = a["distancing_loss_yes"] + a["absence_rate"]  # the firm can keep distance
    assert case.staff.distancing_possible == "yes"
    assert none.capacity_index[0] == pytest.approx(1 - workforce)
    assert double.capacity_index[0] == pytest.approx(1 - 0.70)
