"""The monthly stock-flow forecast, for many profiles at once.

All arrays are (profiles, scenarios, months). Orders, due deliveries and capacity are
closed-form functions of time (a shift is an evaluation at another time), so an order
book of 4.5 months is exact, not rounded. Only the carry-overs (late orders, deliveries
customers deferred) are a recursion, and it loops over months, never over profiles.

Two mechanisms beyond the first specification, both seen in 2020:

* Customers under restrictions defer deliveries from the order book: each month a share
  ``deferral_share`` x the restriction intensity at the customers' clock of what is due
  is postponed. Customers ask for deferred deliveries again once their restrictions
  lift, at the pace supply chains restart (``supply_recovery_months``), and those join
  the back of the order book: due again ``order_months`` later.
* The early capacity hit: in the first weeks of the restrictions capacity falls by
  ``early_capacity_loss`` (absence, quarantine, new shop-floor protocols), fading with
  time constant ``early_loss_months``. During restrictions the catch-up capacity
  (overtime, extra shifts) is not available in proportion to their intensity.

Two demand terms from the tests of issue 21: the elasticity holds both ways (GDP above
its trend is order intake above normal), and a share ``order_recovery_share`` of the
orders lost in a crisis is placed again ``order_recovery_months`` later (all of them by
default), as far as the GDP gap has closed from its worst point.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
from numpy.typing import NDArray

from core.model import shocks
from core.model.parallel import parallel_map
from core.model.profiles import GROUPS, ProfileArrays
from core.reference.scenarios import Scenario

F = NDArray[np.float64]
DROP_THRESHOLD = 0.20
CHUNK = 4096
_EPS = 1e-9


@dataclass(frozen=True)
class ForecastArrays:
    orders: F  # order intake index O(m)
    due: F  # deliveries due from the order book, O(m - H)
    capacity: F  # C(m)
    revenue: F  # deliveries = revenue index Y(m)
    backlog: F  # late and deferred orders carried into the next month
    # Extra purchase cost not passed on, as a fraction of normal monthly revenue (the
    # stress tests' input_cost channel, core.model.shocks); zeros without such shocks.
    input_cost: F | None = None


RECOVERY_GRID = 1.0 / 32.0  # months: the step the lost orders are integrated at


def _demand_gap(sc: Scenario, t: F, share: F, after: F) -> F:
    """The GDP gap as order intake sees it: the gap at ``t``, minus the orders lost
    earlier that customers place again. Of what a month's gap (where above zero) costs
    in orders, ``share`` comes back on average ``after`` months later, spread evenly
    over ``after`` months (from half that delay to one and a half times it), but only
    as far as the gap has closed from its worst point so far (:func:`_recovered`). The
    spread is integrated, not sampled, so that order intake stays continuous in time and
    a fractional order book shifts it smoothly."""
    gap = sc.gap_at(t)
    if not np.any(share):
        return gap
    if after.size == 1:  # almost always: one delay for the whole batch, no masks
        out: F = gap - _recovered(sc, t, gap, float(after.flat[0]), share)
        return out
    tt, aa, ss, gg = np.broadcast_arrays(t, after, share, gap)
    back = np.zeros(tt.shape)
    for a in np.unique(aa):
        mine = aa == a
        back[mine] = _recovered(sc, tt[mine], gg[mine], float(a), ss[mine])
    out = gap - back
    return out


def _recovered(sc: Scenario, t: F, gap: F, after: float, share: F) -> F:
    """The orders placed again at ``t`` (``gap`` is the gap there; ``share`` broadcasts):
    ``share`` of the mean lost over ``[t - 1.5 after, t - 0.5 after]``, capped by how far
    the gap has narrowed from its worst point up to ``t``. Customers place lost orders
    again as their own demand comes back, never while it still falls away: at the worst
    point nothing comes back."""
    lo = min(float(t.min()) - 1.5 * after, 0.0) - RECOVERY_GRID
    hi = float(t.max()) + RECOVERY_GRID
    s, table, worst = _recovery_grid(sc, after, lo, hi)
    if _on_grid(after):
        window = np.interp(t, s, table)
    else:
        window = np.interp(t - 0.5 * after, s, table) - np.interp(t - 1.5 * after, s, table)
    narrowed = np.interp(t, s, worst)
    narrowed -= gap
    np.maximum(narrowed, 0.0, out=narrowed)
    window *= share / after
    out: F = np.minimum(window, narrowed, out=window)
    return out


def _on_grid(after: float) -> bool:
    """Whether half the delay is a whole number of grid steps (the default 8 months)."""
    steps = 0.5 * after / RECOVERY_GRID
    return steps == round(steps)


# The grid tables of :func:`_recovered` by (scenario, delay, grid ends): they depend on
# nothing else, and an edit to a case scores the same scenarios over the same grid again
# (the order intake's always, the deliveries' unless the order book changed). The
# scenario is kept with its tables, so that its id cannot be reused while they are.
_GRIDS: dict[tuple[int, float, float, float], tuple[Scenario, F, F, F]] = {}
_GRIDS_KEPT = 128


def _recovery_grid(sc: Scenario, after: float, lo: float, hi: float) -> tuple[F, F, F]:
    """The grid ``s`` from ``lo`` to ``hi``, the table the window is read from (when
    half the delay lies on the grid, the window itself on the grid; otherwise the area
    of the lost orders) and the worst gap so far, each at ``s``."""
    key = (id(sc), after, lo, hi)
    kept = _GRIDS.get(key)
    if kept is not None and kept[0] is sc:
        return kept[1], kept[2], kept[3]
    s = np.arange(lo, hi, RECOVERY_GRID)
    g = sc.gap_at(s)
    lost = np.maximum(g, 0.0)
    area = np.concatenate([[0.0], np.cumsum((lost[1:] + lost[:-1]) * 0.5 * RECOVERY_GRID)])
    if _on_grid(after):
        # The window's knots then lie on the grid, so the window is linear between grid
        # points: one interpolation of it instead of two of the area (the same numbers).
        table = np.interp(s - 0.5 * after, s, area) - np.interp(s - 1.5 * after, s, area)
    else:
        table = area
    worst = np.maximum.accumulate(g)
    for a in (s, table, worst):
        a.flags.writeable = False  # shared between calls
    if len(_GRIDS) >= _GRIDS_KEPT:
        _GRIDS.clear()
    _GRIDS[key] = (sc, s, table, worst)
    return s, table, worst


def _scenario_paths(p: ProfileArrays, sc: Scenario, months: int) -> tuple[F, F, F]:
    """Orders, due deliveries and capacity for one scenario, each (N, M) or, where no
    profile's inputs make a difference, (1, M) (see :func:`_shared_assumptions`).

    Countries differ only in timing (China leads by ``lead_cn``) and severity (abroad
    vs home), so each path is evaluated at two clocks, home and China, not per country.
    """
    t = np.arange(months, dtype=np.float64)[None, :]  # (1, M)
    # China's lead is 2020's lockdown calendar; a stress test's GDP gap hits all at once.
    lead = p.lead_cn[:, None] if sc.kind != "stress" else np.zeros((1, 1))
    no_lead = not np.any(lead)
    elasticity = p.elasticity[:, None] * sc.demand_scale
    severity = (p.foreign_severity * sc.foreign_severity)[:, None]
    abroad = elasticity * severity
    same_severity = bool(np.all(severity == 1.0))  # then abroad is elasticity, bit for bit
    d_home, d_cn, d_other = (p.demand[:, g][:, None] for g in range(len(GROUPS)))

    # An order-intake path holds the orders placed again already: none on top.
    share = np.zeros((1, 1)) if sc.replaced_orders_in_path else p.order_recovery[:, None]
    after = p.order_recovery_months[:, None]

    def demand_loss(shift: F) -> F:
        g_home = _demand_gap(sc, t + shift, share, after)
        g_cn = g_home if no_lead else _demand_gap(sc, t + shift + lead, share, after)
        # The same elasticity both ways: above trend, demand is above normal.
        home = _clip_unit(elasticity * g_home)
        other = home if same_severity else _clip_unit(abroad * g_home)
        out: F = d_home * home
        out += d_other * other
        # Without China's lead its clock is home's: abroad x the same gap, once.
        out += d_cn * (other if no_lead else _clip_unit(abroad * g_cn))
        return out

    if _no_demand_loss(p, sc, elasticity, abroad):
        # Both paths are exactly 1 (1 - 0): what the formulas give, without (N, M) work.
        orders, due = np.ones((1, months)), np.ones((1, months))
    else:
        # Never below zero, whatever the shares: a customer cannot un-order more than all.
        orders = _rest(demand_loss(np.zeros((1, 1))))
        due = _rest(demand_loss(-p.order_months[:, None]))
    # Without restrictions there is no supply disruption either: capacity stays at 1.
    capacity = _capacity(p, sc, t, lead) if sc.restriction_windows else np.ones((1, months))
    if sc.shocks:  # stress tests: shocks per country (core.model.shocks)
        orders, due, capacity = shocks.apply_shocks(p, sc, t, orders, due, capacity)
    return orders, due, capacity


def _no_demand_loss(p: ProfileArrays, sc: Scenario, elasticity: F, abroad: F) -> bool:
    """Whether the scenario's GDP gap is 0 at every time (a stress test without a GDP
    shock), so that every demand loss is exactly 0: the gap, the orders placed again
    (a share of a zero loss) and elasticity x gap are +-0 wherever every input they
    multiply is finite, and 1 - (+-0) is 1."""
    if not sc.gap_path or any(sc.gap_path):
        return False  # the fitted family, or a realised path with a gap
    finite = (elasticity, abroad, p.demand, p.order_months, p.order_recovery)
    if not all(np.isfinite(a).all() for a in finite):
        return False
    after = p.order_recovery_months
    return not np.any(p.order_recovery) or bool(np.all(np.isfinite(after) & (after > 0)))


def _capacity(p: ProfileArrays, sc: Scenario, t: F, lead: F) -> F:
    """(N, M) capacity under the scenario's restrictions and supply disruption."""
    # Supply: stock on hand delays each country's disruption by that long.
    t_home = t - p.stock_months[:, None]
    t_cn = t_home + lead
    recovery = p.supply_recovery[:, None]
    rate = np.clip(sc.supply_disruption * p.supply_scale[:, None], 0.0, 1.0)
    dis_home = sc.disruption(recovery, t_home)
    dis_home *= rate
    dis_cn = sc.disruption(recovery, t_cn)
    dis_cn *= rate
    s_home, s_cn, s_other = (p.supply[:, g][:, None] for g in range(len(GROUPS)))
    supply_cap: F = (s_home + s_other) * dis_home  # value-share loss
    np.subtract(1.0, supply_cap, out=supply_cap)
    supply_cap -= s_cn * dis_cn
    # A critical supplier stops production to the share it cannot deliver (Leontief)
    # until an alternative supplier delivers; its value share is already counted above.
    # Only the rows with such a supplier are evaluated (China's and the others apart):
    # elsewhere the cap is 1, and the value-share cap is at most 1 already.
    for k in range(p.crit_mask.shape[1]):
        in_cn = p.crit_group[:, k] == 1
        for where, dis, clock in ((in_cn, dis_cn, t_cn), (~in_cn, dis_home, t_home)):
            rows = np.flatnonzero(p.crit_mask[:, k] & where)
            if not len(rows):
                continue
            t_k = _rows(clock, rows)
            active = shocks.critical_stop(t_k, p.crit_alt_months[rows, k][:, None])
            stopped = 1.0 - _rows(dis, rows) * active  # 1 - dis while active, else 1
            supply_cap[rows] = np.minimum(supply_cap[rows], stopped)

    rho = sc.intensity(t[0])[None, :]  # (1, M)
    workforce = (p.absence + p.distancing_loss)[:, None] * rho
    # The early hit fades from the first restrictions on, and only bites under them.
    since = np.maximum(t - sc.first_restriction(), 0.0)  # 0 throughout if none
    early = p.early_loss[:, None] * rho * np.exp(-since / p.early_loss_months[:, None])
    np.minimum(supply_cap, 1.0 - workforce - early, out=supply_cap)
    return np.clip(supply_cap, 0.0, 1.0, out=supply_cap)


def _clip_unit(x: F) -> F:
    """``x`` clipped to [-1, 1], in place."""
    return np.clip(x, -1.0, 1.0, out=x)


def _rest(loss: F) -> F:
    """1 - ``loss``, never below 0, in place."""
    np.subtract(1.0, loss, out=loss)
    return np.maximum(loss, 0.0, out=loss)


def _rows(a: F, rows: NDArray[np.intp]) -> F:
    """Rows of an (N, M) or (1, M) array."""
    out: F = a if len(a) == 1 else a[rows]
    return out


def _customer_intensity(
    p: ProfileArrays, sc: Scenario, months: int
) -> tuple[F, F, NDArray[np.intp]]:
    """Restriction intensity at the customers' clock, read ``deferral_lag`` months back
    (China's customers ``lead_cn`` months ahead), as (M, U) tables over the distinct
    clock offsets in the batch, plus each profile's column in them. Profiles almost
    always share their offsets, so this costs a few numbers, not an (N, M) array."""
    m = np.arange(months, dtype=np.float64)[:, None]
    clock = np.stack([-p.deferral_lag, p.lead_cn - p.deferral_lag], axis=1)
    if np.all(clock == clock[:1]):  # one offset pair: no sort of the whole batch
        offsets, column = clock[:1], np.zeros(p.n, dtype=np.intp)
    else:
        offsets, column = np.unique(clock, axis=0, return_inverse=True)
    home = sc.intensity(m + offsets[None, :, 0])  # (M, U)
    china = sc.intensity(m + offsets[None, :, 1])
    return home, china, column.reshape(-1)


# Assumptions a batch's cases almost always share. Where every profile of a chunk has
# the same value it is kept once, so that whatever depends only on these (a scenario's
# GDP gap at China's clock, the demand elasticity's clip, ...) is evaluated once per
# scenario instead of once per profile; the numbers, and so the results, are the same.
SHARED_ASSUMPTIONS = (
    "elasticity lead_cn foreign_severity absence distancing_loss catch_up cancellation "
    "supply_recovery supply_scale deferral deferral_lag early_loss early_loss_months "
    "order_recovery order_recovery_months tariff_elasticity pass_through"
).split()


def _shared_assumptions(p: ProfileArrays) -> ProfileArrays:
    """``p`` with each assumption all its profiles share as a length-1 array."""
    same: dict[str, F] = {}
    for name in SHARED_ASSUMPTIONS:
        v: F = getattr(p, name)
        if len(v) > 1 and np.all(v == v[0]):
            same[name] = v[:1]
    return replace(p, **same) if same else p  # type: ignore[arg-type]


def forecast(p: ProfileArrays, scenarios: Sequence[Scenario]) -> ForecastArrays:
    """Score every profile under every scenario over the common horizon."""
    months = scenarios[0].horizon_months
    # Work months-major (S, M, N) so that the month recursion reads contiguous rows;
    # the result is handed out as (N, S, M) views.
    shape = (len(scenarios), months, p.n)
    orders, due, capacity, revenue, backlog = (np.empty(shape) for _ in range(5))
    costly = [s for s, sc in enumerate(scenarios) if shocks.has_input_cost(sc)]
    cost_rate = np.zeros((len(costly), months, p.n))
    t = np.arange(months, dtype=np.float64)
    here = np.stack([sc.intensity(t) for sc in scenarios])[:, :, None]  # (S, M, 1)
    clocks = [_customer_intensity(p, sc, months) for sc in scenarios]
    # Chunks keep the temporaries in cache, paths and carry-overs alike; the result is
    # the same for any chunk size. Each chunk writes its own columns only, and numpy
    # releases the GIL in its loops, so chunks run on threads (same numbers, any order).

    def chunk(lo: int) -> None:
        part = _shared_assumptions(p.rows(slice(lo, lo + CHUNK)))
        hi = lo + part.n
        for s, sc in enumerate(scenarios):
            o, d, c = _scenario_paths(part, sc, months)
            orders[s, :, lo:hi], due[s, :, lo:hi], capacity[s, :, lo:hi] = o.T, d.T, c.T
        for i, s in enumerate(costly):
            cost_rate[i, :, lo:hi] = shocks.input_cost_rate(part, scenarios[s], t[None, :]).T
        # Sales-weighted restriction intensity at the customers' clock, (S, M, n).
        d_cn = part.demand[:, 1]
        customers = np.empty((len(scenarios), months, part.n))
        rest_cn = 1.0 - d_cn
        for s, (home_tab, china_tab, col) in enumerate(clocks):
            np.multiply(rest_cn, _columns(home_tab, col[lo:hi]), out=customers[s])
            customers[s] += d_cn * _columns(china_tab, col[lo:hi])
        _carry_over(
            part,
            here,
            customers,
            due[:, :, lo:hi],
            capacity[:, :, lo:hi],
            revenue[:, :, lo:hi],
            backlog[:, :, lo:hi],
        )

    parallel_map(chunk, range(0, p.n, CHUNK))

    def out(a: F) -> F:
        return a.transpose(2, 0, 1)

    input_cost = None
    if costly:
        cost = np.zeros(shape)
        cost[costly] = cost_rate * revenue[costly]  # dearer purchases, per delivery made
        input_cost = out(cost)
    return ForecastArrays(
        out(orders), out(due), out(capacity), out(revenue), out(backlog), input_cost
    )


def _columns(table: F, column: NDArray[np.intp]) -> F:
    """(M, n) the table's column of each profile; (M, 1) when it has one column."""
    out: F = table if table.shape[1] == 1 else table[:, column]
    return out


def _carry_over(
    p: ProfileArrays, here: F, customers: F, due: F, capacity: F, revenue: F, backlog: F
) -> None:
    """The month recursion of late and deferred orders, (S, M, n) in, into ``revenue``
    and ``backlog``. ``here`` is the restriction intensity at the firm's own clock
    (S, M, 1), ``customers`` at its customers' (S, M, n).

    Deferred deliveries customers ask for again join the back of the order book: they
    are due ``order_months`` after their release, a fractional book split between the two
    neighbouring months in proportion (a book of 4.25 months: a quarter after five
    months, the rest after four), so that a longer order book never brings them back
    earlier."""
    keep = 1.0 - p.cancellation
    release_rate = 1.0 - np.exp(-1.0 / p.supply_recovery)  # of the deferred, per open month
    postpone_share = p.deferral * customers
    open_share = 1.0 - customers
    # During restrictions the catch-up capacity is not available in proportion to them.
    ceiling = capacity * (1.0 + p.catch_up * (1.0 - here))
    late = np.zeros(customers.shape[::2])
    deferred = np.zeros(customers.shape[::2])
    months = due.shape[1]
    whole = np.floor(p.order_months).astype(np.intp)
    frac = p.order_months - whole  # of a release, due one month after ``whole``
    n = customers.shape[2]
    # Released deliveries by the month they are due again, flat over (month, profile)
    # so that one index array places them; past the horizon they stay pending.
    requeued = np.zeros((customers.shape[0], months + int(whole.max(initial=0)) + 2, n))
    flat = requeued.reshape(customers.shape[0], -1)
    place = whole * n + np.arange(n)  # month 0's slot of each profile
    pending = np.zeros(customers.shape[::2])  # released, not yet due again
    for m in range(months):
        postponed = postpone_share[:, m] * due[:, m]
        released = deferred * open_share[:, m]
        released *= release_rate
        deferred -= released
        deferred *= keep  # some customers cancel
        deferred += postponed
        if released.any():  # nothing before the first restrictions, or without them
            slot = place + m * n
            flat[:, slot] += released * (1.0 - frac)
            flat[:, slot + n] += released * frac
            pending += released
        pending -= requeued[:, m]
        np.maximum(pending, 0.0, out=pending)  # not below 0 by rounding
        available = due[:, m] - postponed
        available += requeued[:, m]
        available += late
        delivered = np.minimum(ceiling[:, m], available, out=revenue[:, m])
        np.subtract(available, delivered, out=late)
        late *= keep
        np.add(late, deferred, out=backlog[:, m])
        backlog[:, m] += pending  # still owed to customers, back in the order book


@dataclass(frozen=True)
class ForecastSummary:
    trough_index: F  # (N, S)
    trough_at: NDArray[np.int64]  # month index of the trough
    first_drop_at: NDArray[np.int64]  # first month with a drop of 20% or more, -1 if none
    revenue_loss_eur: F  # (N, S) net revenue lost over the horizon
    # (N, S) gross margin lost against normal months: the margin of the deliveries lost
    # plus the dearer purchases not passed on (the cash path's difference to normal).
    margin_loss_eur: F | None = None
    # What the idle FTE are computed from when first read: (N,) FTE, (N, S, M) revenue.
    fte: F = field(default_factory=lambda: np.zeros(0), repr=False, compare=False)
    revenue: F = field(default_factory=lambda: np.zeros((0, 0, 0)), repr=False, compare=False)

    @cached_property
    def idle_fte(self) -> F:
        """(N, S, M) FTE without work, fte x max(1 - y, 0): computed when first read, so
        that a batch that never reads it does not write an array as large as the
        forecast's (one case's assessment reads its own row)."""
        out: F = self.fte[:, None, None] * np.clip(1.0 - self.revenue, 0.0, None)
        return out


def summarise(p: ProfileArrays, f: ForecastArrays) -> ForecastSummary:
    """The per-profile figures of a forecast. A large batch in the forecast's layout is
    summarised in chunks of profiles on threads, month by month (see
    :func:`_summarise_rows`); the numbers are those of :func:`_summarise_whole`."""
    n, s, _ = f.revenue.shape
    y = f.revenue.transpose(1, 2, 0)  # (S, M, N)
    # The month-wise sum adds the months in order, as numpy's sum does over a non-inner
    # axis: the forecast's months-major layout. Over an inner axis numpy adds pairwise.
    if n <= SMALL or not y.flags.c_contiguous:
        return _summarise_whole(p, f)
    trough_index, revenue_sum = np.empty((n, s)), np.empty((n, s))
    trough_at, first = np.empty((n, s), dtype=np.int64), np.empty((n, s), dtype=np.int64)

    def chunk(lo: int) -> None:
        rows = slice(lo, lo + CHUNK)
        _summarise_rows(
            y[:, :, rows],
            trough_index[rows].T,
            trough_at[rows].T,
            first[rows].T,
            revenue_sum[rows].T,
        )

    parallel_map(chunk, range(0, n, CHUNK))
    monthly = (p.revenue / 12.0)[:, None]
    revenue_loss = revenue_sum * monthly
    margin_loss = revenue_loss * (1.0 - p.purchases)[:, None]
    if f.input_cost is not None:
        margin_loss = margin_loss + np.sum(f.input_cost, axis=2) * monthly
    return ForecastSummary(
        trough_index=trough_index,
        trough_at=trough_at,
        first_drop_at=first,
        revenue_loss_eur=revenue_loss,
        margin_loss_eur=margin_loss,
        fte=p.fte,
        revenue=f.revenue,
    )


SMALL = 64  # profiles: below this a whole-array summary has fewer numpy calls


def _summarise_whole(p: ProfileArrays, f: ForecastArrays) -> ForecastSummary:
    """:func:`summarise` in whole-array operations: the same numbers, for a few profiles
    (one case's assessment) where the month loop's calls would cost more than the work."""
    y = f.revenue
    monthly = (p.revenue / 12.0)[:, None]
    revenue_loss = np.sum(1.0 - y, axis=2) * monthly
    margin_loss = revenue_loss * (1.0 - p.purchases)[:, None]
    if f.input_cost is not None:
        margin_loss = margin_loss + np.sum(f.input_cost, axis=2) * monthly
    hit = y <= 1.0 - DROP_THRESHOLD + _EPS
    first = np.where(hit.any(axis=2), hit.argmax(axis=2), -1)
    return ForecastSummary(
        trough_index=y.min(axis=2),
        trough_at=y.argmin(axis=2),
        first_drop_at=first,
        revenue_loss_eur=revenue_loss,
        margin_loss_eur=margin_loss,
        fte=p.fte,
        revenue=y,
    )


def _summarise_rows(
    y: F,
    trough: F,
    trough_at: NDArray[np.int64],
    first: NDArray[np.int64],
    shortfall: F,
) -> None:
    """One chunk's figures from its revenue index ``y`` (S, M, n), month by month into
    the (S, n) outputs: the lowest month and the first at it, the first month with a
    drop of DROP_THRESHOLD or more (-1 if none) and the sum of 1 - y over the months
    (added in month order, as numpy reduces over a non-inner axis)."""
    threshold = 1.0 - DROP_THRESHOLD + _EPS
    trough[...] = y[:, 0]
    trough_at[...] = 0
    first[...] = np.where(y[:, 0] <= threshold, 0, -1)
    np.subtract(1.0, y[:, 0], out=shortfall)
    gap = np.empty(trough.shape)
    for m in range(1, y.shape[1]):
        ym = y[:, m]
        np.copyto(trough_at, m, where=ym < trough)
        np.minimum(trough, ym, out=trough)  # as numpy's min reduces, NaN included
        np.copyto(first, m, where=(ym <= threshold) & (first < 0))
        np.subtract(1.0, ym, out=gap)
        shortfall += gap
    if np.isnan(trough).any():  # argmin's month is the first NaN's there
        np.copyto(trough_at, y.argmin(axis=1))
