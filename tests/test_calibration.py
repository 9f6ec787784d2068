"""The CPB scenarios' GDP gap paths reproduce CPB's annual GDP growth, and look sane."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.model.calibration import CPB_YEARS, annual_gdp_growth, scenario_annual_growth
from core.months import parse_month
from core.reference.resources import load_json
from core.reference.scenarios import Gap, Scenario, cpb_scenarios, gdp_gap, trend_growth_annual

SCENARIOS = {s.id: s for s in cpb_scenarios()}
IDS = sorted(SCENARIOS)
PP = 0.01  # one percentage point, as a fraction
FEB_2023 = parse_month("2023-02")


def by_cpb(cpb: str) -> Scenario:
    return next(s for s in cpb_scenarios() if s.cpb == cpb)


def path(s: Scenario, first: int = -24, last: int = 120) -> np.ndarray:
    return gdp_gap(s.gap, s.restriction_months, np.arange(first, last + 1))


def test_four_cpb_scenarios() -> None:
    assert [s.cpb for s in cpb_scenarios()] == ["I", "II", "III", "IV"]
    assert all(s.start_month == parse_month("2020-03") for s in cpb_scenarios())


# --- the fit ---------------------------------------------------------------------------


@pytest.mark.parametrize("scenario_id", IDS)
@pytest.mark.parametrize("year", CPB_YEARS)
def test_reproduces_cpb_gdp_growth(scenario_id: str, year: int) -> None:
    s = SCENARIOS[scenario_id]
    growth = scenario_annual_growth(s)[year]
    target = s.targets[f"gdp_growth_{year}"]
    assert growth == pytest.approx(target, abs=0.1 * PP)


@pytest.mark.parametrize("scenario_id", IDS)
def test_calibration_record_is_current(scenario_id: str) -> None:
    """The growth written next to the parameters is what those parameters give."""
    row = next(r for r in load_json("scenarios.json")["scenarios"] if r["id"] == scenario_id)
    growth = scenario_annual_growth(SCENARIOS[scenario_id])
    for year in CPB_YEARS:
        assert row["calibration"][f"gdp_growth_{year}"] == pytest.approx(growth[year], abs=1e-6)
    assert row["calibration"]["why"].strip()


# --- plausibility of the fitted paths --------------------------------------------------


@pytest.mark.parametrize("scenario_id", IDS)
def test_gap_is_zero_before_the_start(scenario_id: str) -> None:
    s = SCENARIOS[scenario_id]
    assert np.all(path(s, -36, -1) == 0.0)
    assert path(s, 0, 0)[0] > 0.0  # the shock is there from the first month


@pytest.mark.parametrize("scenario_id", IDS)
def test_gap_is_never_negative_and_bounded(scenario_id: str) -> None:
    s = SCENARIOS[scenario_id]
    g = path(s)
    assert np.all(g >= 0.0)
    assert np.all(g <= 0.5)
    assert 0.0 <= s.gap.scar <= 0.1
    assert 0.5 <= s.gap.tau <= 36.0


def test_scenarios_i_to_iii_are_plateaus_without_a_real_scar() -> None:
    for cpb in ("I", "II", "III"):
        gap = by_cpb(cpb).gap
        assert gap.depth == gap.depth_end
        assert gap.scar < 0.001
    assert by_cpb("I").gap.scar == 0.0
    assert by_cpb("II").gap.scar == 0.0


def test_scenario_iv_deepens_then_ends_near_trend() -> None:
    s = by_cpb("IV")
    assert s.restriction_months == 12
    assert s.gap.depth_end > s.gap.depth >= by_cpb("I").gap.depth
    g = path(s, 0, 11)
    assert np.all(np.diff(g) > 0)  # deepening through the restrictions
    end = float(gdp_gap(s.gap, s.restriction_months, FEB_2023 - s.start_month))
    assert end <= 0.05


def test_scenario_i_recovers_faster_than_ii() -> None:
    one, two = by_cpb("I"), by_cpb("II")
    assert one.gap.tau < two.gap.tau
    assert np.all(path(one) <= path(two))
    # Months after the start until the gap is below 1% of trend.
    t = np.arange(0, 120)

    def closes(s: Scenario) -> int:
        return int(t[gdp_gap(s.gap, s.restriction_months, t) < 0.01][0])

    assert closes(one) < closes(two)


def test_more_severe_scenarios_lose_more_output_in_2020_and_2021() -> None:
    # Over the CPB years only: after 2021 the least persistent IV path closes faster than
    # III, whose weak 2021 forces the slowest recovery allowed (see scenarios.json).
    loss = [path(by_cpb(c), 0, 21).sum() for c in ("I", "II", "III", "IV")]
    assert loss == sorted(loss)


# --- the growth arithmetic -------------------------------------------------------------

trend_rates = st.floats(min_value=-0.05, max_value=0.1)
years = st.integers(min_value=1950, max_value=2150)


@given(trend=trend_rates, year=years)
def test_no_gap_means_trend_growth(trend: float, year: int) -> None:
    no_gap = Gap(depth=0.0, depth_end=0.0, tau=1.0, scar=0.0)
    growth = annual_gdp_growth(no_gap, 3, year * 12 + 2, trend, [year, year + 1])
    assert growth[year] == pytest.approx(trend, abs=1e-12)
    assert growth[year + 1] == pytest.approx(trend, abs=1e-12)


@given(trend=trend_rates, year=years, depth=st.floats(min_value=0.0, max_value=0.5))
def test_permanent_gap_from_january(trend: float, year: int, depth: float) -> None:
    """A gap of ``d`` for good from January of year Y: Y's level is (1 - d) x trend."""
    permanent = Gap(depth=depth, depth_end=depth, tau=5.0, scar=depth)
    growth = annual_gdp_growth(permanent, 6, year * 12, trend, [year, year + 1])
    assert growth[year] == pytest.approx((1 + trend) * (1 - depth) - 1, abs=1e-12)
    assert growth[year + 1] == pytest.approx(trend, abs=1e-12)


def test_scenario_growth_uses_the_resource_trend() -> None:
    s = by_cpb("II")
    expected = annual_gdp_growth(
        s.gap, s.restriction_months, s.start_month, trend_growth_annual(), CPB_YEARS
    )
    assert scenario_annual_growth(s) == expected
    assert trend_growth_annual() == pytest.approx(0.014)


# --- properties of the gap family ------------------------------------------------------

levels = st.floats(min_value=0.0, max_value=0.5)
gaps = st.builds(
    Gap,
    depth=levels,
    depth_end=levels,
    tau=st.floats(min_value=0.5, max_value=36.0),
    scar=st.floats(min_value=0.0, max_value=0.1),
)
restrictions = st.integers(min_value=1, max_value=24)
times = st.floats(min_value=-1e6, max_value=1e6)


@given(gap=gaps, restriction_months=restrictions, t=st.lists(times, min_size=1, max_size=50))
def test_gap_within_its_levels(gap: Gap, restriction_months: int, t: list[float]) -> None:
    g = gdp_gap(gap, restriction_months, t)
    top = max(gap.depth, gap.depth_end, gap.scar)
    assert g.shape == (len(t),)
    assert np.all(g >= 0.0)
    assert np.all(g <= top + 1e-12)


@given(gap=gaps, restriction_months=restrictions, t=st.floats(max_value=-1e-9, min_value=-1e9))
def test_gap_is_zero_before_any_start(gap: Gap, restriction_months: int, t: float) -> None:
    assert float(gdp_gap(gap, restriction_months, t)) == 0.0


@given(gap=gaps, restriction_months=restrictions)
def test_gap_recovers_towards_the_scar(gap: Gap, restriction_months: int) -> None:
    t = np.arange(restriction_months, restriction_months + 600)
    after = gdp_gap(gap, restriction_months, t)
    assert after[0] == pytest.approx(gap.depth_end)
    assert after[-1] == pytest.approx(gap.scar, abs=1e-6)
    # Monotone towards the scar once the restrictions are over.
    step = np.diff(after) * np.sign(gap.depth_end - gap.scar)
    assert np.all(step <= 1e-15)
