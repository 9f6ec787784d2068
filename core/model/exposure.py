"""Exposure by country (model.md section 1): the paper's value-chain measure per
supplier country, direct demand per sales country, criticality and concentration."""

from __future__ import annotations

from functools import cache
from typing import Any

from core.inputs.case import Case
from core.reference.resources import load_json
from core.result import Exposure


@cache
def benchmarks() -> dict[str, Any]:
    data: dict[str, Any] = load_json("benchmarks.json")
    return data


def hhi(shares: list[float]) -> float:
    """Herfindahl-Hirschman index of shares normalised to their total (0 if empty)."""
    total = sum(shares)
    if total <= 0:
        return 0.0
    return sum((s / total) ** 2 for s in shares)


def exposure(case: Case) -> Exposure:
    p = case.purchasing
    bench = benchmarks()
    supply = {s.country: p.share_of_revenue * s.share for s in p.suppliers}
    specified = sum(s.share for s in p.suppliers)
    return Exposure(
        supply_by_country=dict(sorted(supply.items(), key=lambda kv: -kv[1])),
        demand_by_country=dict(
            sorted(((s.country, s.share) for s in case.sales), key=lambda kv: -kv[1])
        ),
        critical_countries=[s.country for s in p.suppliers if s.critical],
        supplier_hhi=hhi([s.share for s in p.suppliers]),
        sales_hhi=hhi([s.share for s in case.sales]),
        hhi_threshold=float(bench["hhi_threshold"]),
        unspecified_supply_share=max(0.0, 1.0 - specified),
        benchmark_supply=dict(bench["supply"]),
        benchmark_demand=dict(bench["demand"]),
    )
