"""Exposure by country (model.md section 1): the paper's value-chain measure per
supplier country, direct demand per sales country, criticality and concentration; and for a stress test
(issue 17) which of the company's countries it hits and the shares at stake."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from core.inputs.case import Case
from core.reference.assumptions import resolve
from core.reference.resources import load_json
from core.reference.scenario_choice import OWN_SCENARIO
from core.reference.stress import CHANNELS, GdpShock, Shock, expand_countries, stress_spec
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


# -- stress tests (issue 17): which of the company's countries a scenario hits ----------

TARIFF_ELASTICITY = "tariff_price_elasticity"
PASS_THROUGH = "input_cost_pass_through"


@dataclass(frozen=True)
class ShockExposure:
    """What one shock of a stress scenario hits in this company, at its full size.

    ``countries``: the company's sales countries (demand) or supplier countries (supply,
    input cost) the shock names, largest share first; for a supply shock on critical
    suppliers only, the critical ones. ``exposed``: their share of revenue (demand) or of
    purchases (supply, input cost). ``value_chain``: for supply and input cost the share
    of revenue bought there (purchases/revenue x ``exposed``, model.md section 1); for
    demand equal to ``exposed``. ``at_full_size``: demand: the share of orders lost
    (exposed x size x scale, x the tariff elasticity for a tariff); supply: the share of
    production lost (the value-chain share x size, or the size itself when a critical
    supplier is hit: production stops until an alternative delivers); input cost: the
    extra purchase cost as a share of normal revenue after pass-through. None where the
    assumption it needs is unknown.
    """

    index: int
    channel: str
    via: str
    applies_to: str
    size: float
    scale: float
    countries: tuple[str, ...]
    exposed: float
    value_chain: float
    critical: tuple[str, ...]
    at_full_size: float | None


@dataclass(frozen=True)
class ChannelExposure:
    """One channel of a stress scenario: every shock of that channel together. Shares
    are counted once per country; ``at_full_size`` adds the shocks up (capped at 100%
    for demand and supply), as the engine does."""

    channel: str
    countries: tuple[str, ...]
    exposed: float
    value_chain: float
    critical: tuple[str, ...]
    at_full_size: float | None
    shocks: tuple[ShockExposure, ...]


def _shock_exposure(
    case: Case, index: int, shock: Shock, values: Mapping[str, float]
) -> ShockExposure:
    codes = expand_countries(shock.countries)
    p = case.purchasing
    if shock.channel == "demand":
        rows = [(s.country, s.share) for s in case.sales if s.country in codes]
        critical: list[str] = []
    else:
        only_critical = shock.channel == "supply" and shock.applies_to == "critical"
        rows = [
            (s.country, s.share)
            for s in p.suppliers
            if s.country in codes and (s.critical or not only_critical)
        ]
        critical = [
            s.country
            for s in p.suppliers
            if shock.channel == "supply" and s.country in codes and s.critical
        ]
    rows.sort(key=lambda kv: (-kv[1], kv[0]))
    exposed = sum(share for _c, share in rows)
    value_chain = exposed if shock.channel == "demand" else p.share_of_revenue * exposed
    full: float | None
    if shock.channel == "demand":
        factor = values.get(TARIFF_ELASTICITY) if shock.via == "tariff" else 1.0
        full = None if factor is None else exposed * shock.size * shock.scale * factor
    elif shock.channel == "supply":
        full = shock.size * shock.scale if critical else value_chain * shock.size * shock.scale
    else:
        through = values.get(PASS_THROUGH)
        full = None if through is None else value_chain * shock.size * shock.scale * (1.0 - through)
    return ShockExposure(
        index=index,
        channel=shock.channel,
        via=shock.via,
        applies_to=shock.applies_to,
        size=shock.size,
        scale=shock.scale,
        countries=tuple(c for c, _s in rows),
        exposed=exposed,
        value_chain=value_chain,
        critical=tuple(critical),
        at_full_size=full,
    )


def stress_exposure(
    case: Case, shocks: Sequence[Shock], values: Mapping[str, float] | None = None
) -> tuple[ChannelExposure, ...]:
    """Per channel (in CHANNELS order, only those the shocks use): the company's countries
    the shocks hit and the shares at stake. ``values`` are the model's assumptions as
    used (``core.reference.assumptions.resolve``); default: the case's."""
    values = resolve(case.assumption_overrides()) if values is None else values
    per_shock = [_shock_exposure(case, i, s, values) for i, s in enumerate(shocks)]
    out = []
    for channel in CHANNELS:
        mine = tuple(x for x in per_shock if x.channel == channel)
        if not mine:
            continue
        shares: dict[str, float] = {}
        for x in mine:
            source = (
                {s.country: s.share for s in case.sales}
                if channel == "demand"
                else {s.country: s.share for s in case.purchasing.suppliers}
            )
            for c in x.countries:
                shares[c] = source[c]
        exposed = sum(shares.values())
        value_chain = exposed if channel == "demand" else case.purchasing.share_of_revenue * exposed
        fulls = [x.at_full_size for x in mine]
        total: float | None = None
        if all(f is not None for f in fulls):
            total = sum(f for f in fulls if f is not None)
            if channel != "input_cost":
                total = min(total, 1.0)
        critical = sorted({c for x in mine for c in x.critical})
        out.append(
            ChannelExposure(
                channel=channel,
                countries=tuple(sorted(shares, key=lambda c: (-shares[c], c))),
                exposed=exposed,
                value_chain=value_chain,
                critical=tuple(critical),
                at_full_size=total,
                shocks=mine,
            )
        )
    return tuple(out)


def stress_parts(case: Case, scenario_id: str) -> tuple[tuple[Shock, ...], GdpShock | None] | None:
    """The shocks and macro gap of a stress scenario of this case (a library id, or "own"
    for the case's own scenario); None for a scenario that is not a stress test."""
    if scenario_id == OWN_SCENARIO:
        own = case.own_scenario
        return (own.shocks, own.gdp_gap) if own is not None else None
    try:
        spec = stress_spec(scenario_id)
    except KeyError:
        return None
    return spec.shocks, spec.gdp_gap


def scenario_shocks(case: Case, scenario_id: str) -> tuple[Shock, ...] | None:
    """The shocks of a stress scenario of this case; None for a scenario that is not one."""
    parts = stress_parts(case, scenario_id)
    return parts[0] if parts is not None else None
