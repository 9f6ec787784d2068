"""The monthly stock-flow forecast (model.md section 3), for many profiles at once.

All arrays are (profiles, scenarios, months). Orders, due deliveries and capacity are
closed-form functions of time (a shift is an evaluation at another time), so an order
book of 4.5 months is exact, not rounded. Only the late-order carry-over is a
recursion, and it loops over months, never over profiles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from core.profiles import GROUPS, ProfileArrays
from core.scenarios import Scenario, gdp_gap, in_restrictions, restriction_profile

F = NDArray[np.float64]
DROP_THRESHOLD = 0.20
_EPS = 1e-9


@dataclass(frozen=True)
class ForecastArrays:
    orders: F  # order intake index O(m)
    due: F  # deliveries due from the order book, O(m - H)
    capacity: F  # C(m)
    revenue: F  # deliveries = revenue index Y(m)
    backlog: F  # late orders carried into the next month

    @property
    def shape(self) -> tuple[int, ...]:
        return self.revenue.shape


def _scenario_paths(p: ProfileArrays, sc: Scenario, months: int) -> tuple[F, F, F]:
    """Orders, due deliveries and capacity for one scenario, each (N, M)."""
    n = p.n
    r = sc.restriction_months
    t = np.arange(months, dtype=np.float64)[None, :, None]  # (1, M, 1)
    zeros = np.zeros(n)
    lead = np.stack([zeros, p.lead_cn, zeros], axis=1)[:, None, :]  # (N, 1, G)
    abroad = p.foreign_severity * sc.foreign_severity
    severity = np.stack([np.ones(n), abroad, abroad], axis=1)[:, None, :]
    strength = p.elasticity[:, None, None] * severity
    demand = p.demand[:, None, :]

    drop_now = np.clip(strength * gdp_gap(sc.gap, r, t + lead), 0.0, 1.0)
    orders = 1.0 - np.sum(demand * drop_now, axis=2)
    drop_due = np.clip(
        strength * gdp_gap(sc.gap, r, t + lead - p.order_months[:, None, None]), 0.0, 1.0
    )
    due = 1.0 - np.sum(demand * drop_due, axis=2)

    # Supply: stock on hand delays each country's disruption by that long.
    local_t = t + lead - p.stock_months[:, None, None]  # (N, M, G)
    disruption = sc.supply_disruption * restriction_profile(
        r, p.supply_recovery[:, None, None], local_t
    )
    supply_cap = 1.0 - np.sum(p.supply[:, None, :] * disruption, axis=2)  # value-share loss
    # A critical supplier stops production to the share it cannot deliver (Leontief)
    # until an alternative supplier delivers; its value share is already counted above.
    for k in range(p.crit_mask.shape[1]):
        g = p.crit_group[:, k][:, None, None]
        dis_k = np.take_along_axis(disruption, np.broadcast_to(g, (n, months, 1)), axis=2)[..., 0]
        t_k = np.take_along_axis(local_t, np.broadcast_to(g, (n, months, 1)), axis=2)[..., 0]
        active = p.crit_mask[:, k][:, None] & (t_k >= 0) & (t_k < p.crit_alt_months[:, k][:, None])
        supply_cap = np.minimum(supply_cap, np.where(active, 1.0 - dis_k, 1.0))

    workforce = (p.absence + p.distancing_loss)[:, None] * in_restrictions(r, t[0, :, 0])[None, :]
    capacity = np.clip(np.minimum(supply_cap, 1.0 - workforce), 0.0, 1.0)
    return orders, due, capacity


def forecast(p: ProfileArrays, scenarios: Sequence[Scenario]) -> ForecastArrays:
    """Score every profile under every scenario over the common horizon."""
    months = scenarios[0].horizon_months
    shape = (p.n, len(scenarios), months)
    orders, due, capacity = (np.empty(shape) for _ in range(3))
    for s, sc in enumerate(scenarios):
        orders[:, s], due[:, s], capacity[:, s] = _scenario_paths(p, sc, months)

    revenue = np.empty(shape)
    backlog = np.empty(shape)
    ceiling = capacity * (1.0 + p.catch_up[:, None, None])
    keep = (1.0 - p.cancellation)[:, None]
    late = np.zeros(shape[:2])
    for m in range(months):
        available = due[:, :, m] + late
        delivered = np.minimum(ceiling[:, :, m], available)
        late = (available - delivered) * keep
        revenue[:, :, m] = delivered
        backlog[:, :, m] = late
    return ForecastArrays(orders, due, capacity, revenue, backlog)


@dataclass(frozen=True)
class ForecastSummary:
    trough_index: F  # (N, S)
    trough_at: NDArray[np.int64]  # month index of the trough
    first_drop_at: NDArray[np.int64]  # first month with a drop of 20% or more, -1 if none
    revenue_loss_eur: F  # (N, S) net revenue lost over the horizon
    idle_fte: F  # (N, S, M)


def summarise(p: ProfileArrays, f: ForecastArrays) -> ForecastSummary:
    y = f.revenue
    hit = y <= 1.0 - DROP_THRESHOLD + _EPS
    first = np.where(hit.any(axis=2), hit.argmax(axis=2), -1)
    return ForecastSummary(
        trough_index=y.min(axis=2),
        trough_at=y.argmin(axis=2),
        first_drop_at=first,
        revenue_loss_eur=np.sum(1.0 - y, axis=2) * (p.revenue / 12.0)[:, None],
        idle_fte=p.fte[:, None, None] * np.clip(1.0 - y, 0.0, None),
    )


assert len(GROUPS) == 3  # _scenario_paths stacks exactly these three groups
