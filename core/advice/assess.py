"""Assess one case: the engine's arrays turned into the :class:`Result` every view shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cache

from core.advice.answer import answer
from core.advice.explain import explanations
from core.advice.measures import assess_measures
from core.advice.measures.context import Context, totals
from core.fmt import eur, pct, pct_beside, whole_euros
from core.inputs.case import Case
from core.model.cash import cash_inputs_given, cash_path, normal_month
from core.model.engine import Scores, score_cases
from core.model.exposure import exposure
from core.model.now import Tranche, capped_wage_bill, now_rules
from core.months import month_label, month_name, month_range_name
from core.reference.assumptions import resolve
from core.reference.catalogue import as_of
from core.reference.scenario_choice import STARTS, start_of
from core.reference.scenario_choice import resolve as resolve_scenario
from core.reference.scenarios import Scenario, scenarios_starting, stress_scenarios
from core.result import NowTrancheResult, Result, ScenarioForecast


def _scenario_forecasts(scores: Scores, row: int) -> list[ScenarioForecast]:
    f, s = scores.forecast, scores.summary
    out = []
    for j, sc in enumerate(scores.scenarios):
        months_n = len(sc.months)
        cost = f.input_cost[row, j].tolist() if f.input_cost is not None else [0.0] * months_n
        margin = s.margin_loss_eur[row, j] if s.margin_loss_eur is not None else 0.0
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
                restriction_months=[months[i] for i in sc.restricted_month_indices()],
                input_cost_index=cost,
                margin_loss_eur=float(margin),
                kind=sc.kind,
            )
        )
    return out


@cache
def _months_or(months: tuple[int, ...], lang: str) -> str:
    """``okt, nov of dec 2020`` / ``Oct, Nov or Dec 2020`` (years repeated only if mixed)."""
    same_year = len({m // 12 for m in months}) == 1
    names = [month_name(m, lang) for m in months]
    if same_year:
        names = [n.split(" ")[0] for n in names[:-1]] + [names[-1]]
    word = " of " if lang == "nl" else " or "
    return ", ".join(names[:-1]) + word + names[-1]


def _span(t: Tranche, start: int, lang: str) -> str:
    return _range_name(start, start + t.window_months - 1, lang)


@cache
def _range_name(first: int, last: int, lang: str) -> str:
    # NOW's windows are a few dozen month ranges, named many times per assessment.
    return month_range_name(first, last, lang)


def _now_reasons(
    scores: Scores, row: int, j: int, k: int, link_next: Tranche | None
) -> tuple[str, str, str | None]:
    """Dutch and English reason for tranche k in scenario j, and the tranche that forced
    its window (None when the window was free)."""
    rules = now_rules()
    na = scores.now
    t = na.tranches[k]
    drop = float(na.drop[row, j, k])
    start = int(na.window_start[row, j, k])
    shown = max(drop, 0.0)
    # Near the 20% line the drop keeps its decimals: "19,97% < 20%", never "20% < 20%".
    shown_nl, shown_en = pct_beside(shown, rules.min_drop), pct_beside(shown, rules.min_drop, "en")
    nl, en = _span(t, start, "nl"), _span(t, start, "en")
    least_nl, least_en = pct(rules.min_drop), pct(rules.min_drop, "en")
    forced_by = None
    free_nl = free_en = forced_nl = forced_en = ""
    if na.forced[row, j, k]:
        prev = na.tranches[k - 1]
        forced_by = prev.id
        prev_start = int(na.window_start[row, j, k - 1])
        forced_nl = f"; dit venster moest aansluiten op {prev.id} ({_span(prev, prev_start, 'nl')})"
        forced_en = (
            f"; this window had to follow on from {prev.id} ({_span(prev, prev_start, 'en')})"
        )
    elif len(t.window_starts) > 1:
        free_nl = f" (startmaand vrij: {_months_or(t.window_starts, 'nl')})"
        free_en = f" (start month free: {_months_or(t.window_starts, 'en')})"
    why_nl, why_en = free_nl + forced_nl, free_en + forced_en
    if na.eligible[row, j, k]:
        capped = t.drop_cap is not None and drop > t.drop_cap
        cap_nl = f" (begrensd op {pct(t.drop_cap or 0)})" if capped else ""
        cap_en = f" (capped at {pct(t.drop_cap or 0, 'en')})" if capped else ""
        return (
            f"omzetverlies {shown_nl} ≥ {least_nl} in {nl}{cap_nl}{why_nl}",
            f"revenue drop {shown_en} ≥ {least_en} in {en}{cap_en}{why_en}",
            forced_by,
        )
    alone = float(na.skipped_eur[row, j, k])
    if alone > 0 and link_next is not None:
        total = float(na.total_eur[row, j])
        return (
            f"omzetverlies {shown_nl} in {nl}{free_nl} zou {eur(alone)} opleveren, maar "
            f"dan moet {link_next.id} op dit venster aansluiten; zonder deze aanvraag levert "
            f"de beste reeks tranches meer op: {eur(total)} in totaal{forced_nl}",
            f"a revenue drop of {shown_en} in {en}{free_en} would pay "
            f"{eur(alone, 'en')}, but then {link_next.id} must follow on from this window; "
            f"without this claim the best chain of tranches pays more: {eur(total, 'en')} in "
            f"all{forced_en}",
            forced_by,
        )
    if alone > 0:  # a tie: another chain pays exactly as much without this tranche
        return (
            f"omzetverlies {shown_nl} ≥ {least_nl} in {nl}{why_nl}, maar een reeks "
            f"tranches zonder deze aanvraag levert evenveel op",
            f"revenue drop {shown_en} ≥ {least_en} in {en}{why_en}, but a chain of "
            f"tranches without this claim pays as much",
            forced_by,
        )
    return (
        f"omzetverlies {shown_nl} < {least_nl} in {nl}{why_nl}",
        f"revenue drop {shown_en} < {least_en} in {en}{why_en}",
        forced_by,
    )


def _now_results(scores: Scores, row: int) -> list[NowTrancheResult]:
    """One result per tranche and scenario, along the best legal chain (core.model.now)."""
    na = scores.now
    p = scores.profiles
    wage, employees = p.wage_bill[row : row + 1], p.employees[row : row + 1]
    linked = [*na.linked[1:], False]  # does the next tranche follow on from this one
    out = []
    for k, t in enumerate(na.tranches):
        wage_used = float(capped_wage_bill(wage, employees, t)[0])
        link_next = na.tranches[k + 1] if linked[k] else None
        allowed = tuple(month_label(m) for m in t.window_starts)
        for j, sc in enumerate(scores.scenarios):
            start = int(na.window_start[row, j, k])
            reason_nl, reason_en, forced_by = _now_reasons(scores, row, j, k, link_next)
            out.append(
                NowTrancheResult(
                    tranche=t.id,
                    scenario=sc.id,
                    drop=float(na.drop[row, j, k]),
                    eligible=bool(na.eligible[row, j, k]),
                    # UWV decides in whole euros per tranche: the total, the answer and
                    # the workbook then add the same parts.
                    subsidy_eur=whole_euros(float(na.subsidy_eur[row, j, k])),
                    advance_eur=whole_euros(float(na.advance_eur[row, j, k])),
                    window=(month_label(start), month_label(start + t.window_months - 1)),
                    wage_bill_used_eur=wage_used,
                    reason_nl=reason_nl,
                    reason_en=reason_en,
                    allowed_starts=allowed,
                    forced_by=forced_by,
                )
            )
    return out


def which_start(
    case: Case,
    crisis_now: bool | None = None,
    scenario: str | None = None,
    start: str | None = None,
) -> str:
    """The start an assessment runs: ``start`` if given, else ``crisis_now`` (True
    "now", False "2020"), else the start of an explicit stress ``scenario``, else the
    case's saved start, else "2020"."""
    if start is not None:
        if start not in STARTS:
            raise ValueError(f"unknown start {start!r}; known are: {', '.join(STARTS)}")
        return start
    if crisis_now is not None:
        return "now" if crisis_now else "2020"
    if scenario and start_of(scenario):
        return "stress"
    return case.start or "2020"


def assess(
    case: Case,
    *,
    today: dt.date | None = None,
    crisis_now: bool | None = None,
    scenario: str | None = None,
    start: str | None = None,
) -> Result:
    """Everything Herstelscan says about a case.

    ``crisis_now`` scores the same scenario shapes starting in ``today``'s month (the
    "what if it started now" variant); otherwise the CPB scenarios of March 2020. None
    takes the case's saved start (``case.start``), else March 2020.
    ``scenario`` is the chosen scenario every verdict follows; None takes the case's
    choice, else ``cpb2``. An explicit id this start does not have raises
    :class:`UnknownScenario`; a saved choice it does not have gives ``cpb2``.
    ``start`` ("2020", "now" or "stress") names the start outright and wins over
    ``crisis_now``; "stress" scores the stress tests of today (and the case's own
    scenario, id "own") from ``today``'s month, with today's measures as for "now".
    Without either, an explicit stress ``scenario`` picks "stress", else the case's start.
    """
    today = today or dt.date.today()
    chosen_start = which_start(case, crisis_now, scenario, start)
    scenarios: tuple[Scenario, ...]
    if chosen_start == "stress":
        scenarios = stress_scenarios(today, case.own_scenario)
    else:
        scenarios = scenarios_starting(today if chosen_start == "now" else None)
    # Row 1 is the same company without an order book: the paper's order-book effect.
    without_book = replace(case, order_book_months=0.0)
    scores = score_cases([case, without_book], scenarios)
    forecasts = _scenario_forecasts(scores, 0)
    ids = [f.id for f in forecasts]
    # An explicit choice must exist for this start; the case's saved choice falls back
    # to the default when this start does not have it (the 2020 reference, starting now).
    chosen = (
        resolve_scenario(scenario, ids)
        if scenario
        else resolve_scenario(case.scenario, ids, fallback=True)
    )
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
        normal_result=(
            normal_month(case, values["wage_cost_factor"]).result
            if cash_inputs_given(case)
            else None
        ),
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
    return replace(
        result,
        explanations=explanations(result, first_without_book),
        answer=answer(result),
    )
