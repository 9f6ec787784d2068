"""Shocks per country in three channels (issue 17), for many profiles at once.

A stress scenario's shocks act on the countries they name through the case's own
shares per ISO code (sales, purchases' value-chain share p x s, critical suppliers),
kept by :func:`core.model.profiles.profile_arrays` as batch columns. Each shock costs
one exposure per profile (N,) and one (N, M) evaluation of its time shape per clock,
so a scenario costs O(N x M) per shock, and scenarios without shocks cost nothing.

- demand: orders lose sum_j exposure_j x size_j x scale_j [x tariff elasticity] x
  shape_j(t), clipped to [0, 1]; deliveries due are the same at t - order book months.
- supply: capacity loses sum_j supply value share_j x size_j x shape_j(t - stock
  months); a critical supplier in a hit country stops production to 1 - size x shape
  until its alternative delivers (``crit_alt_months`` after the shock reaches it).
- input_cost: no effect on revenue; the extra purchase cost, as a fraction of normal
  monthly revenue, is sum_j supply value share_j x size_j x shape_j(t - stock months)
  x (1 - pass-through), times the month's revenue index (see :func:`input_cost_rate`).

``scale`` multiplies a shock's size in every channel (an indirect route: the share of a
customer country's sales that goes on to the country hit).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from core.model.profiles import ProfileArrays
from core.reference.scenarios import Scenario
from core.reference.stress import Shock

F = NDArray[np.float64]


# Months, within which two clocks count as the same moment: stock and alternative
# lead times are weeks / (52 / 12) added to other times, so a stop that should end on
# a month boundary can land a rounding error either side of it.
TIE = 1e-9


def critical_stop(since: F, alt: F) -> NDArray[np.bool_]:
    """Whether a critical supplier's stop holds ``since`` months after it reached the
    firm: from then until its alternative delivers, ``alt`` months later (both ends
    reached within :data:`TIE`, so that 3 weeks of stock and a 49-week alternative end
    the stop at the same month as 52 weeks without stock)."""
    out: NDArray[np.bool_] = (since >= -TIE) & (since < alt - TIE)
    return out


def _columns(p: ProfileArrays, shock: Shock) -> list[int]:
    """The batch's country columns the shock names."""
    hit = shock.codes()
    return [i for i, code in enumerate(p.codes) if code in hit]


def _crit_hit(p: ProfileArrays, shock: Shock) -> NDArray[np.bool_]:
    """(N, K): which critical suppliers are in a country the shock names."""
    cols = np.asarray(_columns(p, shock), dtype=np.int64)
    return p.crit_mask & np.isin(p.crit_code, cols)


def demand_exposure(p: ProfileArrays, shock: Shock) -> F:
    """(N,) share of sales to the countries the shock names."""
    cols = _columns(p, shock)
    out: F = p.sales_by_code[:, cols].sum(axis=1)
    return out


def supply_exposure(p: ProfileArrays, shock: Shock) -> F:
    """(N,) value-chain share (purchases x supplier share) the shock hits: every
    supplier in its countries, or only the critical ones (``applies_to`` "critical")."""
    if shock.applies_to == "critical":
        out: F = np.where(_crit_hit(p, shock), p.crit_supply, 0.0).sum(axis=1)
        return out
    cols = _columns(p, shock)
    out = p.supply_by_code[:, cols].sum(axis=1)
    return out


def demand_size(p: ProfileArrays, shock: Shock) -> F:
    """(N,) share of the exposed orders lost at full size: the size (a share, or a
    tariff rate times the tariff price elasticity) times ``scale``."""
    size = shock.size * shock.scale
    if shock.via == "tariff":
        out: F = size * p.tariff_elasticity
        return out
    return np.full(p.n, size)


def demand_loss(p: ProfileArrays, sc: Scenario, t: F) -> F:
    """(N, M) share of orders lost to the demand shocks at times ``t`` (N, M) or (1, M);
    (1, 1) zeros when no demand shock reaches any profile."""
    loss: F | None = None
    for shock in sc.shocks:
        if shock.channel != "demand":
            continue
        weight = demand_exposure(p, shock) * demand_size(p, shock)
        if np.any(weight):
            hit = weight[:, None] * shock.shape(t)
            if loss is None:
                loss = np.zeros(np.broadcast_shapes((p.n, 1), t.shape))
            loss += hit
    if loss is None:
        return np.zeros((1, 1))
    return np.clip(loss, 0.0, 1.0, out=loss)


def supply_capacity(p: ProfileArrays, sc: Scenario, t: F) -> F:
    """(N, M) capacity left by the supply shocks (1 = none hit), at times ``t`` (1, M).

    A shock's level is evaluated only on the rows it reaches (a share of their
    purchases, or a critical supplier): elsewhere it takes nothing off capacity."""
    t_stock = t - p.stock_months[:, None]
    cap: F = np.ones((p.n, t.shape[-1]))
    crit_caps: list[tuple[NDArray[np.intp], F]] = []
    for shock in sc.shocks:
        if shock.channel != "supply":
            continue
        exposure = supply_exposure(p, shock)
        hit = _crit_hit(p, shock)
        rows = np.flatnonzero((exposure != 0) | hit.any(axis=1))
        if not len(rows):
            continue
        t_rows = t_stock[rows]
        level = shock.size * shock.scale * shock.shape(t_rows)  # stock delays the shock
        cap[rows] -= exposure[rows][:, None] * level
        for k in np.nonzero(hit.any(axis=0))[0]:
            mine = hit[rows, k]
            since = t_rows[mine] - shock.start
            alt = p.crit_alt_months[rows[mine], k][:, None]
            active = critical_stop(since, alt)
            crit_caps.append((rows[mine], 1.0 - level[mine] * active))  # 1 - level if active
    for r, c in crit_caps:
        cap[r] = np.minimum(cap[r], c)
    return np.clip(cap, 0.0, 1.0, out=cap)


def has_input_cost(sc: Scenario) -> bool:
    return any(s.channel == "input_cost" for s in sc.shocks)


def input_cost_rate(p: ProfileArrays, sc: Scenario, t: F) -> F:
    """(N, M) extra purchase cost per unit of revenue index, as a fraction of normal
    monthly revenue: sum_j supply value share_j x size_j x shape_j(t - stock months)
    x (1 - pass-through). Times the month's revenue index it is ``input_cost_index``."""
    t_stock = t - p.stock_months[:, None]
    rate: F = np.zeros((p.n, t.shape[-1]))
    for shock in sc.shocks:
        if shock.channel != "input_cost":
            continue
        size = shock.size * shock.scale
        rate += (supply_exposure(p, shock) * size)[:, None] * shock.shape(t_stock)
    out: F = rate * (1.0 - p.pass_through)[:, None]
    return out


def apply_shocks(
    p: ProfileArrays, sc: Scenario, t: F, orders: F, due: F, capacity: F
) -> tuple[F, F, F]:
    """The macro paths with the scenario's demand and supply shocks on top."""
    orders = np.maximum(orders - demand_loss(p, sc, t), 0.0)
    due = np.maximum(due - demand_loss(p, sc, t - p.order_months[:, None]), 0.0)
    # The macro path of a stress scenario leaves capacity at 1 (no restrictions, no
    # supply disruption), so the lower of the two is the shocks' capacity.
    capacity = np.minimum(capacity, supply_capacity(p, sc, t))
    return orders, due, capacity
