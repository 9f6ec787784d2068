"""The monthly stock-flow forecast, for many profiles at once.

All arrays are (profiles, scenarios, months). Orders, due deliveries and capacity are
closed-form functions of time (a shift is an evaluation at another time), so an order
book of 4.5 months is exact, not rounded. Only the carry-overs (late orders, deliveries
customers deferred) are a recursion, and it loops over months, never over profiles.

Two mechanisms beyond the first specification, both seen in 2020:

* Customers under restrictions defer deliveries from the order book: each month a share
  ``deferral_share`` x the restriction intensity at the customers' clock of what is due
  is postponed. Deferred deliveries come back once the customers' restrictions lift, at
  the pace supply chains restart (``supply_recovery_months``).
* The early capacity hit: in the first weeks of the restrictions capacity falls by
  ``early_capacity_loss`` (absence, quarantine, new shop-floor protocols), fading with
  time constant ``early_loss_months``. During restrictions the catch-up capacity
  (overtime, extra shifts) is not available in proportion to their intensity.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from core.model import shocks
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


def _scenario_paths(p: ProfileArrays, sc: Scenario, months: int) -> tuple[F, F, F]:
    """Orders, due deliveries and capacity for one scenario, each (N, M).

    Countries differ only in timing (China leads by ``lead_cn``) and severity (abroad
    vs home), so each path is evaluated at two clocks, home and China, not per country.
    """
    t = np.arange(months, dtype=np.float64)[None, :]  # (1, M)
    # China's lead is 2020's lockdown calendar; a stress test's GDP gap hits all at once.
    lead = p.lead_cn[:, None] if sc.kind != "stress" else np.zeros((p.n, 1))
    elasticity = p.elasticity[:, None] * sc.demand_scale
    abroad = elasticity * (p.foreign_severity * sc.foreign_severity)[:, None]
    d_home, d_cn, d_other = (p.demand[:, g][:, None] for g in range(len(GROUPS)))

    def demand_loss(shift: F) -> F:
        g_home = sc.gap_at(t + shift)
        g_cn = sc.gap_at(t + shift + lead)
        return (
            d_home * np.clip(elasticity * g_home, 0.0, 1.0)
            + d_other * np.clip(abroad * g_home, 0.0, 1.0)
            + d_cn * np.clip(abroad * g_cn, 0.0, 1.0)
        )

    # Never below zero, whatever the shares: a customer cannot un-order more than all.
    orders = np.maximum(1.0 - demand_loss(np.zeros((p.n, 1))), 0.0)
    due = np.maximum(1.0 - demand_loss(-p.order_months[:, None]), 0.0)

    # Supply: stock on hand delays each country's disruption by that long.
    t_home = t - p.stock_months[:, None]
    t_cn = t_home + lead
    recovery = p.supply_recovery[:, None]
    rate = np.clip(sc.supply_disruption * p.supply_scale[:, None], 0.0, 1.0)
    dis_home = rate * sc.disruption(recovery, t_home)
    dis_cn = rate * sc.disruption(recovery, t_cn)
    s_home, s_cn, s_other = (p.supply[:, g][:, None] for g in range(len(GROUPS)))
    supply_cap = 1.0 - (s_home + s_other) * dis_home - s_cn * dis_cn  # value-share loss
    # A critical supplier stops production to the share it cannot deliver (Leontief)
    # until an alternative supplier delivers; its value share is already counted above.
    for k in range(p.crit_mask.shape[1]):
        in_cn = (p.crit_group[:, k] == 1)[:, None]
        dis_k = np.where(in_cn, dis_cn, dis_home)
        t_k = np.where(in_cn, t_cn, t_home)
        active = p.crit_mask[:, k][:, None] & (t_k >= 0) & (t_k < p.crit_alt_months[:, k][:, None])
        supply_cap = np.minimum(supply_cap, np.where(active, 1.0 - dis_k, 1.0))

    rho = sc.intensity(t[0])[None, :]  # (1, M)
    workforce = (p.absence + p.distancing_loss)[:, None] * rho
    # The early hit fades from the first restrictions on, and only bites under them.
    since = np.maximum(t - sc.first_restriction(), 0.0)  # 0 throughout if none
    early = p.early_loss[:, None] * rho * np.exp(-since / p.early_loss_months[:, None])
    capacity = np.clip(np.minimum(supply_cap, 1.0 - workforce - early), 0.0, 1.0)
    if sc.shocks:  # stress tests: shocks per country (core.model.shocks)
        orders, due, capacity = shocks.apply_shocks(p, sc, t, orders, due, capacity)
    return orders, due, capacity


def _customer_intensity(
    p: ProfileArrays, sc: Scenario, months: int
) -> tuple[F, F, NDArray[np.intp]]:
    """Restriction intensity at the customers' clock, read ``deferral_lag`` months back
    (China's customers ``lead_cn`` months ahead), as (M, U) tables over the distinct
    clock offsets in the batch, plus each profile's column in them. Profiles almost
    always share their offsets, so this costs a few numbers, not an (N, M) array."""
    m = np.arange(months, dtype=np.float64)[:, None]
    offsets, column = np.unique(
        np.stack([-p.deferral_lag, p.lead_cn - p.deferral_lag], axis=1), axis=0, return_inverse=True
    )
    home = sc.intensity(m + offsets[None, :, 0])  # (M, U)
    china = sc.intensity(m + offsets[None, :, 1])
    return home, china, column.reshape(-1)


def forecast(p: ProfileArrays, scenarios: Sequence[Scenario]) -> ForecastArrays:
    """Score every profile under every scenario over the common horizon."""
    months = scenarios[0].horizon_months
    # Work months-major (S, M, N) so that the month recursion reads contiguous rows;
    # the result is handed out as (N, S, M) views.
    shape = (len(scenarios), months, p.n)
    orders, due, capacity = (np.empty(shape) for _ in range(3))
    costly = [s for s, sc in enumerate(scenarios) if shocks.has_input_cost(sc)]
    cost_rate = np.zeros((len(costly), months, p.n))
    # Chunks keep the temporaries in cache; the result is the same for any chunk size.
    for lo in range(0, p.n, CHUNK):
        part = p.rows(slice(lo, lo + CHUNK))
        hi = lo + part.n
        for s, sc in enumerate(scenarios):
            o, d, c = _scenario_paths(part, sc, months)
            orders[s, :, lo:hi], due[s, :, lo:hi], capacity[s, :, lo:hi] = o.T, d.T, c.T
        t_row = np.arange(months, dtype=np.float64)[None, :]
        for i, s in enumerate(costly):
            cost_rate[i, :, lo:hi] = shocks.input_cost_rate(part, scenarios[s], t_row).T

    revenue = np.empty(shape)
    backlog = np.empty(shape)
    keep = 1.0 - p.cancellation
    release_rate = 1.0 - np.exp(-1.0 / p.supply_recovery)  # of the deferred, per open month
    late = np.zeros((len(scenarios), p.n))
    deferred = np.zeros((len(scenarios), p.n))
    t = np.arange(months, dtype=np.float64)
    here = np.stack([sc.intensity(t) for sc in scenarios])[:, :, None]  # (S, M, 1)
    clocks = [_customer_intensity(p, sc, months) for sc in scenarios]
    d_cn = p.demand[:, 1]
    customers = np.empty((len(scenarios), p.n))
    for m in range(months):
        # Sales-weighted restriction intensity at the customers' clock, per profile.
        for s, (home_tab, china_tab, col) in enumerate(clocks):
            customers[s] = (1.0 - d_cn) * home_tab[m, col] + d_cn * china_tab[m, col]
        home = here[:, m]  # (S, 1)
        postponed = p.deferral * customers * due[:, m]
        released = deferred * (1.0 - customers) * release_rate
        deferred = (deferred - released) * keep + postponed  # some customers cancel
        available = due[:, m] - postponed + released + late
        ceiling = capacity[:, m] * (1.0 + p.catch_up * (1.0 - home))
        delivered = np.minimum(ceiling, available)
        late = (available - delivered) * keep
        revenue[:, m] = delivered
        backlog[:, m] = late + deferred

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


@dataclass(frozen=True)
class ForecastSummary:
    trough_index: F  # (N, S)
    trough_at: NDArray[np.int64]  # month index of the trough
    first_drop_at: NDArray[np.int64]  # first month with a drop of 20% or more, -1 if none
    revenue_loss_eur: F  # (N, S) net revenue lost over the horizon
    idle_fte: F  # (N, S, M)
    # (N, S) gross margin lost against normal months: the margin of the deliveries lost
    # plus the dearer purchases not passed on (the cash path's difference to normal).
    margin_loss_eur: F | None = None


def summarise(p: ProfileArrays, f: ForecastArrays) -> ForecastSummary:
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
        idle_fte=p.fte[:, None, None] * np.clip(1.0 - y, 0.0, None),
        margin_loss_eur=margin_loss,
    )
