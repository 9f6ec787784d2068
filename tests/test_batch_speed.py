"""The batch's fast paths (issue 23 item 3) give exactly the numbers of the plain ones:
chunks on threads, the month-wise summary, the zero-gap shortcut of a stress test."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields, replace

import numpy as np
import pytest

from core.model import forecast as fc
from core.model import now as now_mod
from core.model import parallel
from core.model.engine import Scores, score_arrays
from core.model.forecast import ForecastArrays
from core.reference.scenarios import Scenario, scenarios_starting, stress_scenarios
from tools.bench import offered_scenarios, synthetic_profiles

TODAY = dt.date(2026, 12, 7)
SETS = {
    "2020": scenarios_starting(None),
    "now": scenarios_starting(TODAY),
    "stress": stress_scenarios(TODAY),
}


def _arrays(s: Scores) -> dict[str, np.ndarray]:
    out = {}
    for part in ("forecast", "summary", "now"):
        obj = getattr(s, part)
        for name, v in vars(obj).items():
            if isinstance(v, np.ndarray):
                out[f"{part}.{name}"] = v
    return out


def _assert_same(a: Scores, b: Scores) -> None:
    """Equal bit for bit: values, NaN places, signs of zeros, shapes and types."""
    xa, xb = _arrays(a), _arrays(b)
    assert xa.keys() == xb.keys()
    for key in xa:
        x, y = xa[key], xb[key]
        assert x.shape == y.shape and x.dtype == y.dtype, key
        assert np.array_equal(x, y, equal_nan=True), key
        if x.dtype.kind == "f":
            assert np.array_equal(np.signbit(x), np.signbit(y)), key


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many chunks (and a ragged last one) on a test-sized batch."""
    monkeypatch.setattr(fc, "CHUNK", 97)
    monkeypatch.setattr(now_mod, "CHUNK", 131)


@pytest.mark.parametrize("tag", sorted(SETS))
def test_chunks_on_threads_score_exactly_as_in_turn(
    tag: str, small_chunks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = synthetic_profiles(700, seed=11)
    monkeypatch.setattr(parallel, "WORKERS", 2)
    threaded = score_arrays(p, SETS[tag])
    monkeypatch.setattr(parallel, "WORKERS", 1)
    _assert_same(threaded, score_arrays(p, SETS[tag]))


def test_the_chunk_size_does_not_change_a_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    p = synthetic_profiles(400, seed=5)
    for scen in SETS.values():
        whole = score_arrays(p, scen)
        with monkeypatch.context() as m:
            m.setattr(fc, "CHUNK", 33)
            m.setattr(now_mod, "CHUNK", 50)
            _assert_same(whole, score_arrays(p, scen))


def test_cpb_copies_from_today_have_cpbs_paths() -> None:
    """Why the bench leaves the ``_now`` copies out: the same forecast as CPB's four."""
    p = synthetic_profiles(50, seed=6)
    cpb = score_arrays(p, SETS["2020"][:4]).forecast
    copies = score_arrays(p, SETS["now"][:4]).forecast
    for name, v in vars(cpb).items():
        if isinstance(v, np.ndarray):
            assert np.array_equal(v, getattr(copies, name)), name


def _revenue_cases() -> list[np.ndarray]:
    rng = np.random.default_rng(3)
    plain = rng.uniform(0.0, 1.2, (150, 3, 36))
    ties = np.round(plain * 4) / 4  # many equal months: the first lowest must be chosen
    ties[0, 0, :] = 0.8  # exactly at the threshold side, every month
    nan = plain.copy()
    nan[5, 1, 7] = np.nan
    nan[9, 2, 0] = np.nan
    nan[9, 2, 30] = np.nan
    zeros = np.where(plain < 0.3, 0.0, plain)
    zeros[1, 1, 3] = -0.0
    return [plain, ties, nan, zeros]


@pytest.mark.parametrize("case", range(4))
def test_the_month_wise_summary_equals_the_whole_array_one(
    case: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    y = _revenue_cases()[case]
    n = y.shape[0]
    p = synthetic_profiles(n, seed=2)
    # As the forecast hands it out: an (N, S, M) view of an (S, M, N) array.
    months_major = np.ascontiguousarray(y.transpose(1, 2, 0))
    cost = np.ascontiguousarray((0.01 * y).transpose(1, 2, 0)).transpose(2, 0, 1)
    rows = fc._summarise_rows
    for revenue in (months_major.transpose(2, 0, 1), y):  # and a plain (N, S, M) array
        f = ForecastArrays(revenue, revenue, revenue, revenue, revenue, cost)
        monkeypatch.setattr(fc, "CHUNK", 64)
        calls: list[int] = []

        def counted(*a: object, calls: list[int] = calls) -> None:
            calls.append(1)
            rows(*a)

        monkeypatch.setattr(fc, "_summarise_rows", counted)
        fast = fc.summarise(p, f)
        assert n > fc.SMALL
        # numpy sums an inner axis pairwise: a plain array takes the whole-array path.
        assert len(calls) == (0 if revenue is y else -(-n // 64))
        whole = fc._summarise_whole(p, f)
        names = [x.name for x in fields(whole)] + ["idle_fte"]  # read lazily
        for name in names:
            v, w = getattr(whole, name), getattr(fast, name)
            assert w.shape == v.shape and w.dtype == v.dtype, name
            assert np.array_equal(w, v, equal_nan=True), name
            if v.dtype.kind == "f":
                assert np.array_equal(np.signbit(w), np.signbit(v)), name


def _zero_gap(scenarios: tuple[Scenario, ...]) -> list[Scenario]:
    return [sc for sc in scenarios if sc.gap_path and not any(sc.gap_path)]


@pytest.mark.parametrize("recovery", [0.0, 0.4])
def test_a_stress_test_without_a_gdp_gap_skips_only_zeros(
    recovery: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = synthetic_profiles(300, seed=4)
    p = replace(p, order_recovery=np.full(p.n, recovery), order_recovery_months=np.full(p.n, 6.0))
    flat = _zero_gap(SETS["stress"])
    assert flat, "the library has stress tests without a GDP shock"
    assert all(
        fc._no_demand_loss(p, sc, p.elasticity[:, None], p.elasticity[:, None]) for sc in flat
    )
    # The gap term itself is 0 there, with orders placed again or not.
    t = np.arange(36.0)[None, :] - p.order_months[:, None]
    share, after = p.order_recovery[:, None], p.order_recovery_months[:, None]
    for sc in flat:
        assert not np.any(fc._demand_gap(sc, t, share, after))
    fast = score_arrays(p, SETS["stress"])
    monkeypatch.setattr(fc, "_no_demand_loss", lambda *a: False)
    _assert_same(fast, score_arrays(p, SETS["stress"]))


def test_the_zero_gap_shortcut_stays_out_where_the_formulas_differ() -> None:
    p = synthetic_profiles(20, seed=4)
    el = p.elasticity[:, None]
    flat = _zero_gap(SETS["stress"])[0]
    assert fc._no_demand_loss(p, flat, el, el)
    gap = next(sc for sc in SETS["stress"] if any(sc.gap_path))
    assert not fc._no_demand_loss(p, gap, el, el)
    assert not any(fc._no_demand_loss(p, sc, el, el) for sc in SETS["2020"] + SETS["now"])
    assert not fc._no_demand_loss(p, flat, el * np.inf, el)  # inf x 0 is NaN, not 0
    bad = replace(p, order_months=np.where(np.arange(p.n) == 3, np.nan, p.order_months))
    assert not fc._no_demand_loss(bad, flat, el, el)
    # Orders placed again after 0 months: 0 / 0 in the formula.
    zero_after = replace(p, order_recovery=np.full(p.n, 0.2), order_recovery_months=np.zeros(p.n))
    assert not fc._no_demand_loss(zero_after, flat, el, el)


def test_the_bench_names_every_scenario_the_app_offers() -> None:
    offered = {sc.id for group in offered_scenarios(TODAY) for sc in group}
    every = {sc.id for group in SETS.values() for sc in group}
    # The _now copies of CPB's four are CPB's paths from another start.
    assert offered == {i for i in every if not (i.startswith("cpb") and i.endswith("_now"))}
    for group in offered_scenarios(TODAY):
        assert len({sc.start_month for sc in group}) == 1
