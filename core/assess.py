"""Assess one case: the engine's arrays turned into the :class:`Result` every view shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from core.assumptions import resolve
from core.case import Case
from core.cash import cash_path
from core.catalogue import as_of
from core.engine import Scores, score_cases
from core.explain import explanations
from core.exposure import exposure
from core.fmt import pct
from core.measures import assess_measures
from core.measures.context import Context, totals
from core.months import month_label, month_range_name
from core.now import capped_wage_bill, now_rules
from core.result import NowTrancheResult, Result, ScenarioForecast
from core.scenario_choice import resolve as resolve_scenario
from core.scenarios import Scenario, scenarios_starting


def _scenario_forecasts(scores: Scores, row: int) -> list[ScenarioForecast]:
    f, s = scores.forecast, scores.summary
    out = []
    for j, sc in enumerate(scores.scenarios):
        months = [month_label(m) for m in sc.months]
        first = int(s.first_drop_at[row, j])
        out.append(
            ScenarioForecast(
                id=sc.id,
                label_nl=sc.nl,
                label_en=sc.en,
                months=months,
                orders_index=f.orders[row, j].tolist(),
                capacity_index=f.capacity[row, j].tolist(),
                revenue_index=f.revenue[row, j].tolist(),
                backlog_index=f.backlog[row, j].tolist(),
                idle_fte=s.idle_fte[row, j].tolist(),
                trough_index=float(s.trough_index[row, j]),
                trough_month=months[int(s.trough_at[row, j])],
                first_month_drop_20pct=months[first] if first >= 0 else None,
                revenue_loss_eur=float(s.revenue_loss_eur[row, j]),
                restriction_months=months[: sc.restriction_months],
            )
        )
    return out


def _now_results(scores: Scores, row: int) -> list[NowTrancheResult]:
    rules = now_rules()
    na = scores.now
    p = scores.profiles
    wage_used = float(capped_wage_bill(p.wage_bill[row : row + 1], p.employees[row : row + 1])[0])
    out = []
    for k, t in enumerate(na.tranches):
        for j, sc in enumerate(scores.scenarios):
            drop = float(na.drop[row, j, k])
            start = int(na.best_start[row, j, k])
            end = start + t.window_months - 1
            eligible = bool(na.eligible[row, j, k])
            span_nl = month_range_name(start, end, "nl")
            span_en = month_range_name(start, end, "en")
            shown = max(drop, 0.0)
            if eligible:
                capped = t.drop_cap is not None and drop > t.drop_cap
                cap_nl = f" (begrensd op {pct(t.drop_cap or 0)})" if capped else ""
                cap_en = f" (capped at {pct(t.drop_cap or 0, 'en')})" if capped else ""
                reason_nl = (
                    f"omzetverlies {pct(shown)} ≥ {pct(rules.min_drop)} in {span_nl}{cap_nl}"
                )
                reason_en = f"revenue drop {pct(shown, 'en')} ≥ {pct(rules.min_drop, 'en')} in {span_en}{cap_en}"
            else:
                reason_nl = f"omzetverlies {pct(shown)} < {pct(rules.min_drop)} in {span_nl}"
                reason_en = (
                    f"revenue drop {pct(shown, 'en')} < {pct(rules.min_drop, 'en')} in {span_en}"
                )
            out.append(
                NowTrancheResult(
                    tranche=t.id,
                    scenario=sc.id,
                    drop=drop,
                    eligible=eligible,
                    subsidy_eur=float(na.subsidy_eur[row, j, k]),
                    advance_eur=float(na.advance_eur[row, j, k]),
                    window=(month_label(start), month_label(end)),
                    wage_bill_used_eur=wage_used,
                    reason_nl=reason_nl,
                    reason_en=reason_en,
                )
            )
    return out


def assess(
    case: Case,
    *,
    today: dt.date | None = None,
    crisis_now: bool = False,
    scenario: str | None = None,
) -> Result:
    """Everything Herstelscan says about a case.

    ``crisis_now`` scores the same scenario shapes starting in ``today``'s month (the
    "what if it started now" variant); otherwise the CPB scenarios of March 2020.
    ``scenario`` is the chosen scenario every verdict follows; None takes the case's
    choice, else ``cpb2``. An id the model does not have raises :class:`UnknownScenario`.
    """
    today = today or dt.date.today()
    scenarios: tuple[Scenario, ...] = scenarios_starting(today if crisis_now else None)
    # Row 1 is the same company without an order book: the paper's order-book effect.
    without_book = replace(case, order_book_months=0.0)
    scores = score_cases([case, without_book], scenarios)
    forecasts = _scenario_forecasts(scores, 0)
    chosen = resolve_scenario(scenario or case.scenario, [f.id for f in forecasts])
    months = [[month_label(m) for m in sc.months] for sc in scenarios]
    first = scores.summary.first_drop_at[1]
    first_without_book = {
        sc.id: months[j][int(first[j])] if first[j] >= 0 else None for j, sc in enumerate(scenarios)
    }
    now = _now_results(scores, 0)
    values = resolve(case.assumption_overrides())
    paths = [cash_path(case, sc, now, values["wage_cost_factor"]) for sc in forecasts]
    cash = [p for p in paths if p is not None]
    context = Context(
        case=case,
        scenarios=forecasts,
        now=now,
        cash={p.scenario: p for p in cash},
        chosen=chosen,
        today=today,
    )
    measures = assess_measures(context)
    result = Result(
        case=case,
        assumptions=values,
        changed_assumptions=sorted(k for k, _ in case.assumptions),
        exposure=exposure(case),
        scenarios=forecasts,
        now=now,
        measures=measures,
        cash=cash,
        catalogue_as_of=as_of().isoformat(),
        generated_on=today.isoformat(),
        scenario=chosen,
        totals=totals(measures),
    )
    return replace(result, explanations=explanations(result, first_without_book))
