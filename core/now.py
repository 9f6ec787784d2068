"""NOW per tranche (model.md section 4), vectorised over profiles and scenarios.

Subsidy = A x B x n x (1 + surcharge) x pct, with A the revenue drop in the best
allowed window (capped where the tranche caps it), B the monthly wage bill capped at
employees x the wage cap; advance = 80%, computed with the advance drop cap where one
applies (NOW-5). Reference revenue for a window of n months is annual revenue x n / 12.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from numpy.typing import NDArray

from core.months import parse_month
from core.resources import load_json

F = NDArray[np.float64]


@dataclass(frozen=True)
class Tranche:
    id: str
    period: tuple[int, int]  # month ordinals
    window_starts: tuple[int, ...]
    window_months: int
    surcharge: float
    pct: float
    drop_cap: float | None
    advance_drop_cap: float | None
    wage_reference: str
    reference_revenue: str
    wage_sum_exemption: float


@dataclass(frozen=True)
class NowRules:
    min_drop: float
    advance_share: float
    wage_cap_monthly_eur: float
    tranches: tuple[Tranche, ...]
    sources: tuple[str, ...]


@cache
def now_rules() -> NowRules:
    data = load_json("now_tranches.json")
    tranches = tuple(
        Tranche(
            id=row["id"],
            period=(parse_month(row["period"][0]), parse_month(row["period"][1])),
            window_starts=tuple(parse_month(m) for m in row["window_starts"]),
            window_months=int(row["window_months"]),
            surcharge=float(row["surcharge"]),
            pct=float(row["pct"]),
            drop_cap=row["drop_cap"],
            advance_drop_cap=row["advance_drop_cap"],
            wage_reference=row["wage_reference"],
            reference_revenue=row["reference_revenue"],
            wage_sum_exemption=float(row["wage_sum_exemption"]),
        )
        for row in data["tranches"]
    )
    return NowRules(
        min_drop=float(data["min_drop"]),
        advance_share=float(data["advance_share"]),
        wage_cap_monthly_eur=float(data["wage_cap_monthly_eur"]),
        tranches=tranches,
        sources=tuple(data["sources"]),
    )


def capped_wage_bill(wage_bill: F, employees: F, rules: NowRules | None = None) -> F:
    rules = rules or now_rules()
    return np.minimum(wage_bill, employees * rules.wage_cap_monthly_eur)


def subsidy(
    tranche: Tranche, drop: F, wage_bill: F, employees: F, rules: NowRules | None = None
) -> tuple[F, F, F]:
    """Eligibility, subsidy and advance for a given (uncapped) drop."""
    rules = rules or now_rules()
    base = capped_wage_bill(wage_bill, employees, rules)
    eligible = (drop >= rules.min_drop - 1e-12).astype(np.float64)
    factor = tranche.window_months * (1.0 + tranche.surcharge) * tranche.pct
    a = drop if tranche.drop_cap is None else np.minimum(drop, tranche.drop_cap)
    amount = eligible * a * base * factor
    a_adv = a if tranche.advance_drop_cap is None else np.minimum(a, tranche.advance_drop_cap)
    advance = eligible * rules.advance_share * a_adv * base * factor
    return eligible, amount, advance


@dataclass(frozen=True)
class NowArrays:
    tranches: tuple[Tranche, ...]  # those whose windows fall inside the horizon
    drop: F  # (N, S, T) best-window drop, uncapped
    best_start: NDArray[np.int64]  # (N, S, T) month ordinal of the best window's start
    eligible: F
    subsidy_eur: F
    advance_eur: F


def now_for(
    revenue: F,
    start_months: Sequence[int],
    wage_bill: F,
    employees: F,
) -> NowArrays:
    """NOW for every tranche whose windows lie inside each scenario's months.

    ``revenue`` is (N, S, M) in index form; all scenarios here share one start month
    (a scenario set starts together), given per scenario for safety.
    """
    rules = now_rules()
    n, s, m = revenue.shape
    start = start_months[0]
    if any(x != start for x in start_months):
        raise ValueError("scenarios in one run must share their start month")
    inside = [
        t
        for t in rules.tranches
        if all(ws - start >= 0 and ws - start + t.window_months <= m for ws in t.window_starts)
    ]
    shape = (n, s, len(inside))
    drop = np.zeros(shape)
    best_start = np.zeros(shape, dtype=np.int64)
    for j, t in enumerate(inside):
        drops = np.stack(
            [
                1.0 - revenue[:, :, ws - start : ws - start + t.window_months].mean(axis=2)
                for ws in t.window_starts
            ],
            axis=2,
        )
        best = drops.argmax(axis=2)
        drop[:, :, j] = np.take_along_axis(drops, best[..., None], axis=2)[..., 0]
        best_start[:, :, j] = np.asarray(t.window_starts)[best]
    eligible = np.zeros(shape)
    amount = np.zeros(shape)
    advance = np.zeros(shape)
    for j, t in enumerate(inside):
        e, a, adv = subsidy(t, drop[:, :, j], wage_bill[:, None], employees[:, None], rules)
        eligible[:, :, j], amount[:, :, j], advance[:, :, j] = e, a, adv
    return NowArrays(tuple(inside), drop, best_start, eligible, amount, advance)
