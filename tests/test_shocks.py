"""Shocks per country in three channels (issue 17, items 1 and 2): properties of the
vectorised engine under stress scenarios (core/model/shocks.py)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from core.advice.assess import assess
from core.case_file import load_case
from core.inputs.case import Case, Finance, OwnScenario, Supplier
from core.model.engine import score_cases
from core.model.profiles import WEEKS_PER_MONTH
from core.reference.assumptions import resolve
from core.reference.scenarios import Scenario, stress_scenario
from core.reference.stress import Shock
from tests.conftest import EXAMPLES
from tests.strategies import COUNTRIES, cases

START = 24_300  # month ordinal of 2025-01; any month will do
TODAY = dt.date(2026, 12, 7)
QUIET = (("absence_rate", 0.0),)


def scenario(*shocks: Shock) -> Scenario:
    return stress_scenario("test", "test", "test", tuple(shocks), None, START, "test")


def timing(draw: st.DrawFn) -> dict[str, float | None]:
    return {
        "start": float(draw(st.integers(0, 12))),
        "ramp_months": float(draw(st.integers(0, 3))),
        "duration": draw(st.one_of(st.none(), st.integers(1, 12).map(float))),
        "recovery": float(draw(st.integers(0, 4))),
    }


@st.composite
def shocks(draw: st.DrawFn, channel: str | None = None) -> Shock:
    ch = channel or draw(st.sampled_from(("demand", "supply", "input_cost")))
    codes = tuple(draw(st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=3, unique=True)))
    top = 3.0 if ch == "input_cost" else 1.0
    return Shock(
        channel=ch,
        countries=codes,
        size=draw(st.floats(0.05, top)),
        via="tariff" if ch == "demand" and draw(st.booleans()) else "share",
        applies_to="critical" if ch == "supply" and draw(st.booleans()) else "all",
        scale=draw(st.sampled_from((1.0, 0.4))),
        **timing(draw),  # type: ignore[arg-type]
    )


def paths(case: Case, *scs: Scenario) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    f = score_cases([case], scs).forecast
    return f.orders[0], f.capacity[0], f.revenue[0]


@settings(max_examples=80, deadline=None)
@given(cases(), st.data())
def test_a_demand_shock_on_a_country_without_sales_changes_nothing(
    case: Case, data: st.DataObject
) -> None:
    sold = {s.country for s in case.sales}
    others = [c for c in COUNTRIES if c not in sold]
    assume(others)
    shock = data.draw(shocks("demand"))
    shock = replace(shock, countries=(data.draw(st.sampled_from(others)),))
    hit, calm = score_cases([case], [scenario(shock), scenario()]).forecast.revenue[0]
    np.testing.assert_array_equal(hit, calm)


def _first_effect(case: Case, sc: Scenario) -> int:
    y = score_cases([case], [sc]).forecast.revenue[0, 0]
    below = np.nonzero(y < 1.0 - 1e-9)[0]
    return int(below[0]) if len(below) else -1


@settings(max_examples=80, deadline=None)
@given(cases(suppliers=False), st.data(), st.floats(0, 12), st.floats(0, 12))
def test_a_longer_order_book_never_brings_a_demand_shock_earlier(
    case: Case, data: st.DataObject, h1: float, h2: float
) -> None:
    shock = replace(data.draw(shocks("demand")), countries=(case.sales[0].country,))
    sc = scenario(shock)
    short, long = sorted((h1, h2))
    base = replace(case, assumptions=QUIET)
    early = _first_effect(replace(base, order_book_months=short), sc)
    late = _first_effect(replace(base, order_book_months=long), sc)
    if late >= 0:
        assert 0 <= early <= late
    # The first effect is the first month the order book lets the shock through.
    if early >= 0:
        assert early >= math.ceil(shock.start + short - 1e-9)


@settings(max_examples=80, deadline=None)
@given(cases(), st.data(), st.integers(0, 26))
def test_stock_delays_a_supply_shock_by_its_length(
    case: Case, data: st.DataObject, weeks: int
) -> None:
    """With stock S a shock starting at s hits exactly as one starting at s + S with none."""
    shock = data.draw(shocks("supply"))
    stocked = replace(case, purchasing=replace(case.purchasing, stock_weeks=float(weeks)))
    bare = replace(case, purchasing=replace(case.purchasing, stock_weeks=0.0))
    later = replace(shock, start=shock.start + weeks / WEEKS_PER_MONTH)
    _, cap_stocked, _ = paths(stocked, scenario(shock))
    _, cap_bare, _ = paths(bare, scenario(later))
    np.testing.assert_allclose(cap_stocked, cap_bare, atol=1e-12)


@settings(max_examples=80, deadline=None)
@given(
    cases(critical=False),
    st.sampled_from(COUNTRIES),
    st.floats(0.01, 0.5),
    st.integers(0, 52),
    st.floats(0.1, 1.0),
    st.integers(0, 6),
)
def test_a_critical_supplier_in_a_hit_country_caps_capacity_until_the_alternative(
    case: Case, country: str, share: float, alt_weeks: int, size: float, start: int
) -> None:
    others = tuple(s for s in case.purchasing.suppliers if s.country != country)
    room = 1.0 - sum(s.share for s in others)
    assume(room >= share)
    crit = Supplier(country, share, critical=True, alternative_weeks=float(alt_weeks))
    purchasing = replace(case.purchasing, stock_weeks=0.0, suppliers=(*others, crit))
    c = replace(case, purchasing=purchasing)
    shock = Shock("supply", (country,), size, start=float(start))
    _, cap, _ = paths(c, scenario(shock))
    t = np.arange(cap.shape[1])
    alt = alt_weeks / WEEKS_PER_MONTH
    stopped = (t >= start) & (t < start + alt)
    assert np.all(cap[0, stopped] <= 1.0 - size + 1e-12)
    value_share = c.purchasing.share_of_revenue * share
    after = t >= start + alt
    np.testing.assert_allclose(cap[0, after], 1.0 - value_share * size, atol=1e-12)
    assert np.all(cap[0, t < start] == 1.0)


def _with_money(case: Case) -> Case:
    return replace(
        case,
        finance=Finance(cash_eur=250_000.0, other_fixed_costs_monthly_eur=20_000.0),
        start="stress",
    )


@settings(max_examples=40, deadline=None)
@given(cases(), st.data())
def test_input_cost_never_changes_revenue_and_lowers_cash_by_the_formula(
    case: Case, data: st.DataObject
) -> None:
    demand = data.draw(shocks("demand"))
    cost = data.draw(shocks("input_cost"))
    c = _with_money(case)
    plain = assess(replace(c, own_scenario=OwnScenario("a", None, (demand,))), today=TODAY)
    dear = assess(replace(c, own_scenario=OwnScenario("b", None, (demand, cost))), today=TODAY)
    a, b = plain.forecast("own"), dear.forecast("own")
    assert a.revenue_index == b.revenue_index and a.orders_index == b.orders_index
    assert a.input_cost_index == [0.0] * len(a.months)
    p = case.purchasing
    hit = cost.codes()
    exposure = sum(p.share_of_revenue * s.share for s in p.suppliers if s.country in hit)
    keep = 1.0 - resolve()["input_cost_pass_through"]
    t = np.arange(len(a.months)) - p.stock_weeks / WEEKS_PER_MONTH
    size = cost.size * cost.scale
    expected = exposure * size * cost.shape(t) * keep * np.asarray(b.revenue_index)
    np.testing.assert_allclose(b.input_cost_index, expected, atol=1e-12)
    monthly = case.company.annual_revenue_eur / 12
    cash_a = next(x for x in plain.cash if x.scenario == "own").balance_eur
    cash_b = next(x for x in dear.cash if x.scenario == "own").balance_eur
    np.testing.assert_allclose(
        np.asarray(cash_a) - np.asarray(cash_b), np.cumsum(expected) * monthly, rtol=1e-9, atol=1e-6
    )
    assert b.margin_loss_eur - a.margin_loss_eur == pytest.approx(
        float(np.sum(expected)) * monthly, rel=1e-9, abs=1e-6
    )


@settings(max_examples=30, deadline=None)
@given(st.lists(cases(), min_size=2, max_size=5), st.lists(shocks(), min_size=1, max_size=4))
def test_many_cases_under_stress_score_exactly_like_each_alone(
    batch: list[Case], hits: list[Shock]
) -> None:
    scs = [scenario(*hits), scenario(hits[0])]
    together = score_cases(batch, scs)
    for i, case in enumerate(batch):
        alone = score_cases([case], scs)
        for name in ("orders", "due", "capacity", "revenue", "backlog"):
            np.testing.assert_allclose(
                getattr(together.forecast, name)[i], getattr(alone.forecast, name)[0], atol=1e-12
            )
        cost_t, cost_a = together.forecast.input_cost, alone.forecast.input_cost
        assert (cost_t is None) == (cost_a is None)
        if cost_t is not None and cost_a is not None:
            np.testing.assert_allclose(cost_t[i], cost_a[0], atol=1e-12)
        np.testing.assert_allclose(together.now.subsidy_eur[i], alone.now.subsidy_eur[0])


def test_the_tariff_elasticity_scales_a_tariff_shock() -> None:

    case = replace(load_case(EXAMPLES / "elektronica-china.herstelscan.json"), order_book_months=0)
    tariff = Shock("demand", ("US",), 0.15, via="tariff")
    us = next(s.share for s in case.sales if s.country == "US")
    for e in (0.0, 1.0, 2.0):
        c = replace(case, assumptions=(("tariff_price_elasticity", e),))
        orders, _, _ = paths(c, scenario(tariff))
        np.testing.assert_allclose(orders[0], 1.0 - us * 0.15 * e, atol=1e-12)


def test_old_scenarios_carry_no_input_cost_and_the_2020_start_is_unchanged() -> None:

    r = assess(load_case(EXAMPLES / "metaal-orderboek.herstelscan.json"), today=TODAY)
    assert [s.kind for s in r.scenarios] == ["forecast"] * 4 + ["reference"]
    for s in r.scenarios:
        assert s.input_cost_index == [0.0] * len(s.months)
        purchases = r.case.purchasing.share_of_revenue
        assert s.margin_loss_eur == pytest.approx(s.revenue_loss_eur * (1 - purchases))


@settings(max_examples=60, deadline=None)
@given(cases(), st.floats(0.0, 0.1), st.integers(0, 6), st.integers(0, 6))
def test_a_stress_gdp_gap_hits_every_customer_at_once_through_the_elasticity(
    case: Case, depth: float, start: int, ramp: int
) -> None:
    """No China lead for a stress test: 2020's lockdown calendar is not today's."""
    from core.reference.stress import GdpShock

    gdp = GdpShock(depth, start=float(start), ramp_months=float(ramp))
    sc = stress_scenario("gdp", "gdp", "gdp", (), gdp, START, "test")
    orders, _, _ = paths(case, sc)
    a = resolve()
    t = np.arange(orders.shape[1], dtype=np.float64)
    loss = np.clip(a["elasticity"] * a["foreign_severity"] * gdp.shape(t), 0.0, 1.0)
    np.testing.assert_allclose(orders[0], np.maximum(1.0 - loss, 0.0), atol=1e-9)


def test_a_member_with_us_customers_and_a_critical_chinese_part_sees_both_shocks() -> None:
    """The closing note's own case (tests/data, made from the metaal example): 20% of sales
    in the US, a critical Chinese supplier with a 12-week alternative. Tariffs cost orders
    but stop nothing; the Nexperia-like stop halts production in the month stock runs out
    and WTV stays "mogelijk" (no source decides a foreign export stop); Taiwan is not its
    country and changes nothing."""
    from pathlib import Path

    case = load_case(Path(__file__).parent / "data" / "us-customers-critical-cn.herstelscan.json")
    today = dt.date(2026, 12, 7)
    by_id = {}
    for sid in ("us_tariffs_2025", "nexperia_2025", "taiwan_stop"):
        r = assess(case, today=today, start="stress", scenario=sid)
        by_id[sid] = r
    tariffs = next(s for s in by_id["us_tariffs_2025"].scenarios if s.id == "us_tariffs_2025")
    stop = next(s for s in by_id["nexperia_2025"].scenarios if s.id == "nexperia_2025")
    taiwan = next(s for s in by_id["taiwan_stop"].scenarios if s.id == "taiwan_stop")
    assert 0.85 < tariffs.trough_index < 0.99 and tariffs.revenue_loss_eur > 0
    assert stop.trough_index < 0.05 and stop.trough_month == "2027-01"
    assert taiwan.trough_index == pytest.approx(1.0) and taiwan.revenue_loss_eur == pytest.approx(0)
    wtv = {m.id: m for m in by_id["nexperia_2025"].measures}["wtv"]
    assert wtv.verdict == "possible"
    assert {m.id: m for m in by_id["us_tariffs_2025"].measures}["wtv"].verdict != "eligible"


@pytest.mark.parametrize("weeks", [3, 4, 13, 26])
def test_a_critical_stop_ending_on_a_month_boundary_ends_there_with_or_without_stock(
    weeks: int,
) -> None:
    """Stock of ``weeks`` and an alternative after 52 - ``weeks`` more end the stop 12
    months after the shock, as 52 weeks without stock do: the clocks differ by a
    rounding error only (hypothesis found 3 + 49 weeks ending a month apart). The 2020
    path's critical stop uses the same test (core.model.shocks.critical_stop)."""
    base = load_case(EXAMPLES / "metaal-orderboek.herstelscan.json")

    def with_tw(stock: float, alt: float) -> Case:
        crit = Supplier("TW", 0.0, critical=True, alternative_weeks=alt)
        purchasing = replace(
            base.purchasing, share_of_revenue=0.0, stock_weeks=stock, suppliers=(crit,)
        )
        return replace(base, purchasing=purchasing)

    shock = Shock("supply", ("TW",), 1.0, start=1.0)
    later = replace(shock, start=1.0 + weeks / WEEKS_PER_MONTH)
    _, stocked, _ = paths(with_tw(float(weeks), 52.0 - weeks), scenario(shock))
    _, bare, _ = paths(with_tw(0.0, 52.0 - weeks), scenario(later))
    assert np.array_equal(stocked, bare)
    assert stocked[0, 12] == 0.0 and stocked[0, 13] == 1.0  # stopped until month 13
