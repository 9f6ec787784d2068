"""Issue 21's demand terms: the same elasticity both ways, and postponed orders placed
again (all of them by default, as the gap closes), with deferred deliveries requeued at
the back of the order book."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest

from core.case_file import load_case
from core.model.engine import score_cases
from core.model.forecast import _demand_gap
from core.reference.assumptions import resolve
from core.reference.scenarios import cpb_scenarios, realised_scenario, scenarios_starting
from tests.conftest import EXAMPLES

METAAL = EXAMPLES / "metaal-orderboek.herstelscan.json"


def test_nothing_is_placed_again_with_share_0() -> None:
    sc = cpb_scenarios()[1]
    t = np.arange(-3.0, 36.0, 0.25)[None, :]
    got = _demand_gap(sc, t, np.zeros((1, 1)), np.full((1, 1), 8.0))
    np.testing.assert_array_equal(got, sc.gap_at(t))


def test_lost_orders_come_back_only_as_the_gap_closes() -> None:
    """Placed again by default, but never while the gap still deepens: up to the worst
    point the gap as orders see it is the gap itself, and after it the orders placed
    again never exceed how far the gap has narrowed."""
    assert resolve()["order_recovery_share"] == 1.0
    for sc in (*cpb_scenarios(), realised_scenario("nl2020")):
        t = np.arange(0.0, 36.0, 0.25)[None, :]
        gap = sc.gap_at(t)[0]
        seen = _demand_gap(sc, t, np.ones((1, 1)), np.full((1, 1), 8.0))[0]
        worst = np.maximum.accumulate(gap)
        deepening = gap >= worst - 1e-12
        np.testing.assert_allclose(seen[deepening], gap[deepening], atol=1e-9)
        assert np.all(gap - seen <= worst - gap + 1e-9)
        assert np.any(seen < gap - 1e-4), sc.id  # and something does come back


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


ORDER_BOOKS = np.arange(0.0, 12.0 + 1e-9, 0.1)


@pytest.mark.parametrize("deferral", [None, 0.4])
@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.herstelscan.json")), ids=str)
def test_a_longer_order_book_never_brings_the_drop_earlier_on_a_grid(
    example: object, deferral: float | None
) -> None:
    """The order-book property, deterministically, with orders placed again and deferred
    deliveries requeued (the defaults): over books of 0 to 12 months in steps of 0.1 and
    every scenario (as of 2020 and from today), demand only, the 20% drop never comes
    earlier with the longer book. Released deferred deliveries that came back at once
    broke this (a long book's dip arrived after they had all been delivered)."""
    case = load_case(example)  # type: ignore[arg-type]
    quiet: tuple[tuple[str, float], ...] = (
        ("absence_rate", 0.0),
        (f"distancing_loss_{case.staff.distancing_possible}", 0.0),
    )
    if deferral is not None:
        quiet += (("deferral_share", deferral),)
    base = dataclasses.replace(
        case, assumptions=quiet, purchasing=dataclasses.replace(case.purchasing, suppliers=())
    )
    cases = [dataclasses.replace(base, order_book_months=float(h)) for h in ORDER_BOOKS]
    sets = (scenarios_starting(None), scenarios_starting(dt.date(2026, 12, 7)))
    first = np.concatenate([score_cases(cases, s).summary.first_drop_at for s in sets], axis=1)
    assert np.any(first >= 0)  # there are drops to compare
    never = np.where(first < 0, np.iinfo(np.int64).max, first)
    shorter, longer = never[:-1], never[1:]
    bad = np.argwhere(longer < shorter)
    assert not len(bad), [(float(ORDER_BOOKS[i]), int(s)) for i, s in bad[:10]]


def test_the_kept_recovery_grids_give_the_numbers_a_fresh_grid_gives() -> None:
    """_recovered keeps its grid tables per scenario, delay and grid ends: whatever is
    kept, a forecast equals one computed with nothing kept, bit for bit, with a delay on
    the grid (8 months) and off it (7.3), and the store stays bounded."""
    from core.model import forecast as fc

    scenarios = cpb_scenarios()

    def revenue(after: float, book: float) -> np.ndarray:
        case = dataclasses.replace(
            load_case(METAAL),
            assumptions=(("order_recovery_months", after),),
            order_book_months=book,
        )
        return score_cases([case], scenarios).forecast.revenue

    runs = [(8.0, 3.1), (7.3, 3.1), (8.0, 5.0), (7.3, 5.0), (8.0, 3.1), (7.3, 0.4)]
    fresh = {}
    for run in runs:
        fc._GRIDS.clear()
        fresh[run] = revenue(*run)
    fc._GRIDS.clear()
    for run in runs:  # now with the tables of the runs before kept
        assert np.array_equal(revenue(*run), fresh[run]), run
    assert fc._GRIDS  # something was kept
    for (_id, after, lo, hi), (sc, grid, table, worst) in list(fc._GRIDS.items()):
        assert np.array_equal(grid, np.arange(lo, hi, fc.RECOVERY_GRID))  # its own grid
        assert np.array_equal(worst, np.maximum.accumulate(sc.gap_at(grid)))
        assert len(table) == len(grid) and after in (8.0, 7.3)
    for k in range(fc._GRIDS_KEPT):  # many order books: the store is cleared, not grown
        revenue(8.0, k / 7)
    assert len(fc._GRIDS) <= fc._GRIDS_KEPT
