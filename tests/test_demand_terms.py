"""Issue 21's demand terms: the same elasticity both ways, and postponed orders placed
again (an assumption, 0 by default)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from core.case_file import load_case
from core.model.engine import score_cases
from core.model.forecast import _demand_gap
from core.reference.assumptions import resolve
from core.reference.scenarios import cpb_scenarios, realised_scenario
from tests.conftest import EXAMPLES

METAAL = EXAMPLES / "metaal-orderboek.herstelscan.json"


def test_nothing_is_placed_again_by_default() -> None:
    assert resolve()["order_recovery_share"] == 0.0
    sc = cpb_scenarios()[1]
    t = np.arange(-3.0, 36.0, 0.25)[None, :]
    got = _demand_gap(sc, t, np.zeros((1, 1)), np.full((1, 1), 8.0))
    np.testing.assert_array_equal(got, sc.gap_at(t))


def test_every_lost_order_placed_again_comes_back_once() -> None:
    """With share 1 the orders lost over the crisis all return: over a long enough span
    the gap as orders see it sums to zero (scenario I: its gap is gone within years)."""
    sc = dataclasses.replace(cpb_scenarios()[0], horizon_months=240)
    t = np.arange(0.0, 200.0, 1.0 / 32.0)[None, :]
    lost = np.maximum(sc.gap_at(t), 0.0).sum()
    seen = _demand_gap(sc, t, np.ones((1, 1)), np.full((1, 1), 8.0))
    assert lost > 1.0
    assert abs(seen.sum()) < 1e-3 * lost
    # Nothing comes back before half the delay has passed.
    early = t[0] < 4.0
    np.testing.assert_allclose(seen[0, early], sc.gap_at(t)[0, early])


def test_demand_above_trend_is_demand_above_normal() -> None:
    """The same elasticity both ways: GDP 1% above trend lifts orders above normal."""
    case = load_case(METAAL)
    above = dataclasses.replace(
        realised_scenario("nl2020"), gap_path=(-0.01,) * 36, windows=(), supply_disruption=0.0
    )
    orders = score_cases([case], [above]).forecast.orders[0, 0]
    elasticity = resolve(case.assumption_overrides())["elasticity"] * above.demand_scale
    assert orders[6] == pytest.approx(1.0 + 0.01 * elasticity)
