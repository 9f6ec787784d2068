"""The assessment result: what every view (CLI, app, workbook, JSON) shows.

``result_to_json`` gives exactly the result contract of product.md (schema_version 1),
with a few additive fields (labels, explanations) that the contract allows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypedDict

from core.inputs.case import Case

RESULT_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Explanation:
    """The "why this number" of one headline figure: formula, values used, source."""

    key: str
    label_nl: str
    label_en: str
    value: float | str | None
    unit: str  # "eur", "fraction", "month", "fte", "index", "text"
    formula_nl: str
    formula_en: str
    values_nl: str
    values_en: str
    # Where it is explained: the method section in both languages, then the outside
    # source (paper, CPB, UWV); never a file of the app. ``cites`` is the outside part.
    source: str
    # What a director reads first: the figure in words ("84% van normaal (−16%)") and
    # one sentence with the actual numbers; the method section that explains it.
    headline_nl: str = ""
    headline_en: str = ""
    text_nl: str = ""
    text_en: str = ""
    method_section: int = 0  # "Methode, § N"; 0 when none applies
    cites: str = ""

    def label(self, lang: str) -> str:
        return self.label_nl if lang == "nl" else self.label_en

    def headline(self, lang: str) -> str:
        return self.headline_nl if lang == "nl" else self.headline_en

    def text(self, lang: str) -> str:
        return self.text_nl if lang == "nl" else self.text_en

    def sources(self, lang: str) -> str:
        """The method section in ``lang`` first, then the outside source."""
        from core.reference.method import (
            section_ref,  # reads the method's headings: only when asked
        )

        parts = [section_ref(self.method_section, lang)] if self.method_section else []
        return "; ".join([*parts, self.cites] if self.cites else parts)

    def formula(self, lang: str) -> str:
        return self.formula_nl if lang == "nl" else self.formula_en

    def values(self, lang: str) -> str:
        return self.values_nl if lang == "nl" else self.values_en


@dataclass(frozen=True)
class Exposure:
    supply_by_country: dict[str, float]  # value-chain share p * s_c
    demand_by_country: dict[str, float]  # share of revenue sold to c
    critical_countries: list[str]
    supplier_hhi: float
    sales_hhi: float
    hhi_threshold: float
    unspecified_supply_share: float  # share of purchases with no country given
    benchmark_supply: dict[str, float]
    benchmark_demand: dict[str, float]


@dataclass(frozen=True)
class ScenarioForecast:
    id: str
    label_nl: str
    label_en: str
    months: list[str]
    orders_index: list[float]
    capacity_index: list[float]
    revenue_index: list[float]
    backlog_index: list[float]
    idle_fte: list[float]
    trough_index: float
    trough_month: str
    first_month_drop_20pct: str | None
    revenue_loss_eur: float
    restriction_months: list[str]  # months under contact restrictions
    # Stress tests (issue 17): extra purchase cost not passed on, per month, as a
    # fraction of normal monthly revenue (all zeros for the macro scenarios); the gross
    # margin lost over the horizon against normal months (the margin of the lost
    # deliveries plus that extra cost); the scenario's kind (forecast, reference,
    # shape, stress).
    input_cost_index: list[float] = field(default_factory=list)
    margin_loss_eur: float = 0.0
    kind: str = "forecast"

    def label(self, lang: str) -> str:
        return self.label_nl if lang == "nl" else self.label_en


@dataclass(frozen=True)
class NowTrancheResult:
    tranche: str
    scenario: str
    drop: float  # best allowed window, capped where the tranche caps it
    eligible: bool
    subsidy_eur: float
    advance_eur: float
    window: tuple[str, str]  # the chosen window ("YYYY-MM"), first and last month
    wage_bill_used_eur: float  # monthly wage bill after this tranche's per-employee cap
    reason_nl: str
    reason_en: str
    allowed_starts: tuple[str, ...]  # the months the law allowed the window to start in
    forced_by: str | None  # the claimed tranche whose window this one had to follow on from

    @property
    def window_start(self) -> str:
        return self.window[0]

    @property
    def window_end(self) -> str:
        return self.window[1]

    def reason(self, lang: str) -> str:
        return self.reason_nl if lang == "nl" else self.reason_en


class ScenarioVerdict(TypedDict):
    verdict: str
    amount_eur: float | None


@dataclass(frozen=True)
class MeasureResult:
    id: str
    status: str  # historical | current | proposal
    verdict: str  # eligible | possible | not_eligible | proposal, in the chosen scenario
    amount_eur: float | None
    reasons_nl: list[str]
    reasons_en: list[str]
    sources: list[str]
    period: tuple[str | None, str | None]  # valid from / to (ISO dates)
    # scenario id -> the verdict and amount in that scenario
    by_scenario: dict[str, ScenarioVerdict] = field(default_factory=dict)
    kind: str | None = None  # core.reference.catalogue.KINDS; None when there is no amount
    per: str | None = None  # core.reference.catalogue.PERS; None when there is no amount
    claimable_now: bool = False  # open for applications on the assessment day
    # The application window on the assessment day (core.reference.catalogue.Application):
    # "rolling" (any day while in force), "windows" (dated windows only) or "none";
    # when not open that day, the day it (is expected to) open, and whether that day is
    # published; the last day of the open (or next) window, or the scheme's end.
    apply_mode: str = "rolling"
    apply_from: str | None = None
    apply_from_confirmed: bool = True
    apply_until: str | None = None
    apply_until_confirmed: bool = True
    need_month: str | None = None  # "YYYY-MM": when the need this measure answers arises
    alternatives: str | None = None  # group of measures answering one need ("cash_need")
    # For a guarantee the amount is the loan; this is the part the State guarantees
    # (regular BMKB: 90% of half the loan), shown apart from the loan.
    guaranteed_eur: float | None = None

    def reasons(self, lang: str) -> list[str]:
        return self.reasons_nl if lang == "nl" else self.reasons_en

    @property
    def amount_by_scenario(self) -> dict[str, float]:
        return {
            k: v["amount_eur"] for k, v in self.by_scenario.items() if v["amount_eur"] is not None
        }


@dataclass(frozen=True)
class CashPath:
    scenario: str
    months: list[str]
    balance_eur: list[float]
    runs_out: str | None  # first month with a negative balance, or None


@dataclass(frozen=True)
class Result:
    case: Case
    assumptions: dict[str, float]  # every assumption's value as used
    changed_assumptions: list[str]  # ids the user changed
    exposure: Exposure
    scenarios: list[ScenarioForecast]
    now: list[NowTrancheResult]
    measures: list[MeasureResult] = field(default_factory=list)
    cash: list[CashPath] = field(default_factory=list)
    explanations: list[Explanation] = field(default_factory=list)
    catalogue_as_of: str | None = None
    generated_on: str = ""
    scenario: str = "cpb2"  # the chosen scenario's id, as in ``scenarios``
    # {"claimable_now": {kind: eur}, "chosen_scenario": {kind: eur}, "history": {kind: eur}};
    # alternatives once; eras never mixed (core.advice.measures.context.totals)
    totals: dict[str, dict[str, float]] = field(default_factory=dict)
    # The plain answer in a few sentences, {"nl": ..., "en": ...} (core.advice.answer)
    answer: Mapping[str, str] = field(default_factory=dict)

    def forecast(self, scenario_id: str) -> ScenarioForecast:
        return next(s for s in self.scenarios if s.id == scenario_id)

    def explanation(self, key: str) -> Explanation:
        return next(e for e in self.explanations if e.key == key)


def _r(x: float, nd: int = 6) -> float:
    return round(float(x), nd)


def result_to_json(result: Result) -> dict[str, Any]:
    e = result.exposure
    return {
        "schema_version": RESULT_SCHEMA_VERSION,
        "generated_on": result.generated_on,
        "scenario": result.scenario,
        "answer": dict(result.answer),
        "totals": {
            group: {k: _r(v, 2) for k, v in by_kind.items()}
            for group, by_kind in result.totals.items()
        },
        "catalogue_as_of": result.catalogue_as_of,
        "assumptions": {k: _r(v) for k, v in result.assumptions.items()},
        "changed_assumptions": list(result.changed_assumptions),
        "exposure": {
            "supply_by_country": {k: _r(v) for k, v in e.supply_by_country.items()},
            "demand_by_country": {k: _r(v) for k, v in e.demand_by_country.items()},
            "critical_countries": list(e.critical_countries),
            "supplier_hhi": _r(e.supplier_hhi),
            "sales_hhi": _r(e.sales_hhi),
            "unspecified_supply_share": _r(e.unspecified_supply_share),
            "benchmark": {"supply": e.benchmark_supply, "demand": e.benchmark_demand},
        },
        "scenarios": [
            {
                "id": s.id,
                "label": {"nl": s.label_nl, "en": s.label_en},
                "months": s.months,
                "orders_index": [_r(v) for v in s.orders_index],
                "capacity_index": [_r(v) for v in s.capacity_index],
                "revenue_index": [_r(v) for v in s.revenue_index],
                "backlog_index": [_r(v) for v in s.backlog_index],
                "idle_fte": [_r(v, 3) for v in s.idle_fte],
                "trough_index": _r(s.trough_index),
                "trough_month": s.trough_month,
                "first_month_drop_20pct": s.first_month_drop_20pct,
                "revenue_loss_eur": _r(s.revenue_loss_eur, 2),
                "restriction_months": s.restriction_months,
                "kind": s.kind,
                "input_cost_index": [_r(v) for v in s.input_cost_index],
                "margin_loss_eur": _r(s.margin_loss_eur, 2),
            }
            for s in result.scenarios
        ],
        "now": [
            {
                "tranche": n.tranche,
                "scenario": n.scenario,
                "drop": _r(n.drop),
                "eligible": n.eligible,
                "subsidy_eur": _r(n.subsidy_eur, 2),
                "advance_eur": _r(n.advance_eur, 2),
                "window": list(n.window),
                "window_start": n.window_start,
                "window_end": n.window_end,
                "allowed_starts": list(n.allowed_starts),
                "forced_by": n.forced_by,
                "wage_bill_used_eur": _r(n.wage_bill_used_eur, 2),
                "reason": {"nl": n.reason_nl, "en": n.reason_en},
            }
            for n in result.now
        ],
        "measures": [
            {
                "id": m.id,
                "status": m.status,
                "verdict": m.verdict,
                "amount_eur": None if m.amount_eur is None else _r(m.amount_eur, 2),
                "guaranteed_eur": None if m.guaranteed_eur is None else _r(m.guaranteed_eur, 2),
                "reasons": m.reasons_nl,
                "reasons_en": m.reasons_en,
                "sources": m.sources,
                "period": list(m.period),
                "by_scenario": {
                    k: {
                        "verdict": v["verdict"],
                        "amount_eur": None if v["amount_eur"] is None else _r(v["amount_eur"], 2),
                    }
                    for k, v in m.by_scenario.items()
                },
                "amount_by_scenario": {k: _r(v, 2) for k, v in m.amount_by_scenario.items()},
                "kind": m.kind,
                "per": m.per,
                "claimable_now": m.claimable_now,
                "application": {
                    "mode": m.apply_mode,
                    "from": m.apply_from,
                    "from_confirmed": m.apply_from_confirmed,
                    "until": m.apply_until,
                    "until_confirmed": m.apply_until_confirmed,
                },
                "need_month": m.need_month,
                "alternatives": m.alternatives,
            }
            for m in result.measures
        ],
        "cash": [
            {
                "scenario": c.scenario,
                "months": c.months,
                "balance_eur": [_r(v, 2) for v in c.balance_eur],
                "runs_out": c.runs_out,
            }
            for c in result.cash
        ],
        "explanations": [
            {
                "key": x.key,
                "label": {"nl": x.label_nl, "en": x.label_en},
                "value": x.value,
                "unit": x.unit,
                "formula": {"nl": x.formula_nl, "en": x.formula_en},
                "values": {"nl": x.values_nl, "en": x.values_en},
                "source": x.source,
                "headline": {"nl": x.headline_nl, "en": x.headline_en},
                "text": {"nl": x.text_nl, "en": x.text_en},
                "method": {"nl": x.sources("nl"), "en": x.sources("en")},
            }
            for x in result.explanations
        ],
    }
