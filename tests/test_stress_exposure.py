"""Which of the company's countries a stress test hits, and the shares at stake
(core.model.exposure.stress_exposure, issue 17 item 5): worked by hand on the
electronics example, and invariants over any shock."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.case_file import load_case
from core.inputs.case import OwnScenario
from core.model.exposure import scenario_shocks, stress_exposure
from core.reference.stress import CHANNELS, Shock, groups, library
from tests.conftest import EXAMPLES

# Sales NL 45%, DE 25%, US 15%, GB 10%, CN 5%; purchases 55% of revenue from CN 35%
# (critical), TW 15% (critical), DE 25%, NL 15%.
CASE = load_case(EXAMPLES / "elektronica-china.herstelscan.json")
VALUES = {"tariff_price_elasticity": 0.8, "input_cost_pass_through": 0.4}


def _by_channel(shocks, values=VALUES, case=CASE):
    return {ch.channel: ch for ch in stress_exposure(case, shocks, values)}


def test_demand_counts_the_sales_countries_the_shock_names_groups_expanded():
    out = _by_channel([Shock("demand", ("EU27_EX_NL", "US"), 0.10)])
    demand = out["demand"]
    assert demand.countries == ("DE", "US")  # NL is left out by the group, GB is not in the EU
    assert demand.exposed == pytest.approx(0.25 + 0.15)
    assert demand.value_chain == pytest.approx(0.40)
    assert demand.at_full_size == pytest.approx(0.40 * 0.10)
    assert set(out) == {"demand"}


def test_a_tariff_works_through_the_elasticity_and_the_scale():
    out = _by_channel([Shock("demand", ("US",), 0.15, via="tariff", scale=0.5)])
    assert out["demand"].exposed == pytest.approx(0.15)
    assert out["demand"].at_full_size == pytest.approx(0.15 * 0.15 * 0.5 * 0.8)
    # Without the assumption the figure is unknown, never a guess.
    unknown = _by_channel([Shock("demand", ("US",), 0.15, via="tariff")], values={})
    assert unknown["demand"].at_full_size is None


def test_supply_on_critical_suppliers_stops_production_by_the_size():
    out = _by_channel([Shock("supply", ("CN", "DE"), 0.5, applies_to="critical")])
    supply = out["supply"]
    assert supply.countries == ("CN",)  # the German suppliers are not critical
    assert supply.critical == ("CN",)
    assert supply.exposed == pytest.approx(0.35)
    assert supply.value_chain == pytest.approx(0.55 * 0.35)
    assert supply.at_full_size == pytest.approx(0.5)  # the Leontief rule: the line stops


def test_supply_without_a_critical_supplier_loses_its_value_chain_share():
    out = _by_channel([Shock("supply", ("DE",), 0.4)])
    assert out["supply"].critical == ()
    assert out["supply"].at_full_size == pytest.approx(0.55 * 0.25 * 0.4)


def test_input_cost_is_margin_after_pass_through_not_revenue():
    out = _by_channel([Shock("input_cost", ("CN", "TW"), 0.2, scale=0.5)])
    cost = out["input_cost"]
    assert cost.exposed == pytest.approx(0.50)
    assert cost.critical == ()  # criticality is a supply matter
    assert cost.at_full_size == pytest.approx(0.55 * 0.50 * 0.2 * 0.5 * (1 - 0.4))


def test_countries_are_counted_once_per_channel_and_shocks_add_up():
    shocks = [Shock("demand", ("DE",), 0.6), Shock("demand", ("EU27",), 0.6)]
    demand = _by_channel(shocks)["demand"]
    assert demand.countries == ("NL", "DE")
    assert demand.exposed == pytest.approx(0.70)  # DE once
    assert demand.at_full_size == pytest.approx(min(1.0, 0.25 * 0.6 + 0.70 * 0.6))
    assert [s.index for s in demand.shocks] == [0, 1]


def test_a_shock_on_countries_the_company_does_not_have_hits_nothing():
    out = _by_channel([Shock("supply", ("JP",), 1.0), Shock("demand", ("BR",), 1.0)])
    assert out["supply"].countries == () and out["supply"].exposed == 0
    assert out["demand"].at_full_size == 0


def test_the_shocks_of_a_scenario_id():
    first = library()[0]
    assert scenario_shocks(CASE, first.id) == first.shocks
    assert scenario_shocks(CASE, "cpb2") is None
    assert scenario_shocks(CASE, "own") is None
    own = OwnScenario("Eigen", None, (Shock("demand", ("US",), 0.2),))
    assert scenario_shocks(replace(CASE, own_scenario=own), "own") == own.shocks


codes = st.sampled_from(["NL", "DE", "US", "GB", "CN", "TW", "JP", *groups()])
shocks = st.builds(
    Shock,
    channel=st.sampled_from(CHANNELS),
    countries=st.lists(codes, min_size=1, max_size=4, unique=True).map(tuple),
    size=st.floats(0, 1),
    scale=st.floats(0, 1),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(shocks, min_size=1, max_size=5))
def test_shares_stay_within_zero_and_one(drawn):
    for ch in stress_exposure(CASE, drawn, VALUES):
        assert 0 <= ch.exposed <= 1 + 1e-9
        assert 0 <= ch.value_chain <= ch.exposed + 1e-9
        assert ch.at_full_size is not None and 0 <= ch.at_full_size <= 3
        if ch.channel != "input_cost":
            assert ch.at_full_size <= 1 + 1e-9


def test_input_cost_at_full_size_is_the_engines_peak_extra_cost():
    """Core's exposure and the engine agree: a constant input-cost shock with no revenue
    effect reaches exactly the share at full size in the forecast's input_cost_index."""
    import datetime as dt

    from core.advice.assess import assess

    shock = Shock("input_cost", ("CN", "DE"), 0.3, scale=0.8)
    case = replace(CASE, own_scenario=OwnScenario("Eigen", None, (shock,)), start="stress")
    result = assess(case, scenario="own", today=dt.date(2026, 12, 7))
    (cost,) = stress_exposure(case, (shock,), result.assumptions)
    assert max(result.forecast("own").input_cost_index) == pytest.approx(cost.at_full_size)
