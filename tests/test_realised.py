"""The realised scenarios (what happened in 2020-2021; the 2008-2010 shape), the
scenario set every view shows, and the new mechanisms (deferral, no overtime under
restrictions)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

import numpy as np
import pytest

from core.advice.assess import assess
from core.case_file import load_case
from core.inputs.case import Case
from core.model.engine import score_cases
from core.months import parse_month
from core.reference.assumptions import resolve
from core.reference.resources import load_json
from core.reference.scenario_choice import scenario_ids
from core.reference.scenarios import (
    realised_scenario,
    scenario_source,
    scenarios_starting,
    trend_growth_annual,
)
from tests.conftest import EXAMPLES

METAAL = EXAMPLES / "metaal-orderboek.herstelscan.json"
NL2020 = realised_scenario("nl2020")


def demand_only(case: Case) -> Case:
    """No suppliers and no workforce losses: the order book is all that differs."""
    quiet = (("absence_rate", 0.0), (f"distancing_loss_{case.staff.distancing_possible}", 0.0))
    return replace(case, purchasing=replace(case.purchasing, suppliers=()), assumptions=quiet)


def first_month_at_or_below(case: Case, level: float) -> int:
    y = score_cases([case], [NL2020]).forecast.revenue[0, 0]
    hit = np.nonzero(y <= level + 1e-9)[0]
    return int(hit[0]) if len(hit) else -1


# --- the scenario set ------------------------------------------------------------------


def test_the_2020_set_is_cpb_plus_what_happened() -> None:
    assert scenario_ids(False) == ("cpb1", "cpb2", "cpb3", "cpb4", "nl2020")
    nl2020 = scenarios_starting(None)[-1]
    assert nl2020.kind == "reference"
    assert "referentie, geen prognose" in nl2020.nl and "reference, not a forecast" in nl2020.en
    assert nl2020.start_month == parse_month("2020-03") and nl2020.horizon_months == 36
    assert "CBS" in scenario_source("nl2020") and "Rijksoverheid" in scenario_source("nl2020")


def test_a_crisis_starting_now_borrows_the_2020_shapes_and_says_so() -> None:
    today = dt.date(2026, 11, 30)
    now = scenarios_starting(today)
    assert [s.id for s in now] == ["cpb1_now", "cpb2_now", "cpb3_now", "cpb4_now", "rec2008_now"]
    assert all(s.start_month == parse_month("2026-11") for s in now)
    for s in now[:4]:
        assert s.en.endswith("(shape borrowed from 2020)") and "vorm geleend van 2020" in s.nl
        assert "not a CPB forecast for today" in scenario_source(s.id)
    assert "2008" in now[4].en and now[4].restriction_windows == ()
    # The same company, 2008-2010's demand recession: no lockdown, so capacity stays whole.
    result = assess(load_case(METAAL), today=today, crisis_now=True)
    rec = result.forecast("rec2008_now")
    assert rec.restriction_months == [] and min(rec.capacity_index) == pytest.approx(1.0)
    assert rec.trough_index < 1.0


def test_assess_reports_nl2020_with_its_two_lockdowns() -> None:
    sc = assess(load_case(METAAL)).forecast("nl2020")
    assert sc.restriction_months[:3] == ["2020-03", "2020-04", "2020-05"]
    assert "2020-12" in sc.restriction_months and "2021-01" in sc.restriction_months
    assert "2020-09" not in sc.restriction_months


# --- the realised path ----------------------------------------------------------------


def test_nl2020_gap_reproduces_cbs_quarterly_gdp() -> None:
    """Each month's level (trend x (1 - gap)) averages to CBS's quarter; March 2020
    carries the whole first-quarter shortfall (January and February were normal)."""
    row = next(r for r in load_json("realised.json")["scenarios"] if r["id"] == "nl2020")
    levels = row["gdp_quarterly_level"]
    trend = trend_growth_annual()
    # The trend runs from the middle of the base quarter (Nov 2019), read at each
    # quarter's middle month: May 2020 is six months on, February three.
    may = 100 * (1 + trend) ** (6 / 12) * (1 - float(NL2020.gap_at(2.0)))
    assert may == pytest.approx(levels["2020Q2"], abs=1e-3)
    assert float(NL2020.gap_at(1.0)) == float(NL2020.gap_at(3.0)) == float(NL2020.gap_at(2.0))
    q1_gap = 1 - levels["2020Q1"] / (100 * (1 + trend) ** (3 / 12))
    assert float(NL2020.gap_at(0.0)) == pytest.approx(3 * q1_gap, abs=1e-5)
    assert float(NL2020.gap_at(-1.0)) == 0.0


def test_nl2020_restriction_calendar() -> None:
    rho = NL2020.intensity(np.arange(24.0))
    assert rho[0] == pytest.approx(16 / 30)  # from 15 March
    assert rho[1] == rho[2] == 1.0  # April, May
    assert rho[3] == pytest.approx(0.5)  # June: phased reopening
    assert np.all(rho[4:9] == 0.0)  # July-November 2020
    assert 0.0 < rho[9] < rho[10] == pytest.approx(0.2)  # from 15 December 2020
    assert rho[21] > 0.0  # the lockdown of 19 December 2021


# --- the paper's thesis in what happened -----------------------------------------------


def test_in_2020_a_nine_month_order_book_falls_clearly_later() -> None:
    base = demand_only(load_case(METAAL))
    short = first_month_at_or_below(replace(base, order_book_months=1.5), 0.9)
    long = first_month_at_or_below(replace(base, order_book_months=9.0), 0.9)
    assert short >= 0 and long >= 0
    assert long - short >= 6, (short, long)


# --- the new mechanisms ----------------------------------------------------------------


def test_deferred_deliveries_are_postponed_not_lost_at_once() -> None:
    case = demand_only(load_case(METAAL))
    plain = replace(case, assumptions=(*case.assumptions, ("deferral_share", 0.0)))
    y_plain, y_def = score_cases([plain, case], [NL2020]).forecast.revenue[:, 0]
    # April-May 2020: customers under lockdown take less...
    assert np.all(y_def[1:3] < y_plain[1:3])
    # ...and part comes back after the lockdown (the rest is cancelled like late orders),
    # at the back of the order book: released from June 2020, due again one book later.
    back = 3 + math.ceil(case.order_book_months)  # 4.5 months: from November 2020
    assert np.all(y_def[5:back] <= y_plain[5:back] + 1e-12)  # nothing before the book
    assert np.sum(y_def[back : back + 4] - y_plain[back : back + 4]) > 0.0
    assert np.sum(y_plain - y_def) > 0.0


def test_no_overtime_under_restrictions() -> None:
    """A capacity loss under restrictions bites in full, even with a full order book;
    afterwards catch-up capacity delivers what piled up."""
    case = load_case(METAAL)  # distancing 'partly': its loss + absence under restrictions
    # Without customers' deferrals: those keep what is due below the lowered capacity,
    # so nothing would pile up (and deferred deliveries come back one order book later).
    case = replace(
        case,
        assumptions=(*case.assumptions, ("deferral_share", 0.0)),
        purchasing=replace(case.purchasing, suppliers=()),
    )
    a = resolve(case.assumption_overrides())
    cpb1 = scenarios_starting(None)[0]
    f = score_cases([case], [cpb1])
    y, c = f.forecast.revenue[0, 0], f.forecast.capacity[0, 0]
    assert case.staff.distancing_possible == "partly"
    assert c[0] == pytest.approx(1 - a["absence_rate"] - a["distancing_loss_partly"])
    assert y[0] == pytest.approx(c[0])  # no overtime in March 2020
    assert y[3:6].max() > 1.0  # catch-up once the three months are over


def test_the_reference_is_in_the_result_json() -> None:
    from core.result import result_to_json

    data = result_to_json(assess(load_case(METAAL)))
    assert [s["id"] for s in data["scenarios"]][-1] == "nl2020"
    assert data["scenarios"][-1]["label"]["en"].startswith("As it happened (2020–2021)")
