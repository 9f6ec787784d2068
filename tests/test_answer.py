"""The plain answer: how hard, when, what can be applied for today, the other scenarios.

Every sentence is checked against the result it summarises, so the answer cannot say
something the figures, verdicts or totals do not."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from core.advice.answer import (
    NORMAL_LEVEL,
    back_to_normal,
    catch_up,
    fits_the_problem,
    second_dip,
)
from core.advice.assess import assess
from core.advice.shown import shown_measures
from core.case_file import load_case
from core.fmt import date, eur, pct, pct_beside
from core.inputs.case import Case
from core.model.cash import cash_gap
from core.months import month_name, parse_month
from core.reference.catalogue import measure
from core.result import Result, result_to_json
from tests.strategies import cases

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"
TODAY = dt.date(2026, 11, 30)


def _month(label: str, lang: str) -> str:
    return month_name(parse_month(label), lang)


def check_answer(result: Result) -> None:
    """What each language's answer must say, derived from the result itself: four short
    lines (how hard, when, cash, today) and the past on a fifth, marked as such."""
    sc = result.forecast(result.scenario)
    shown = {m.id: m for m in shown_measures(result)}
    for lang in ("nl", "en"):
        text = result.answer[lang]
        assert text.strip() == text
        lines = text.split("\n")
        assert 4 <= len(lines) <= 6, lines
        hard, when, cash, today, *rest = lines
        later_line = [
            x for x in rest if x.startswith(("Later aan te vragen", "To apply for later"))
        ]
        past = [x for x in rest if x not in later_line]
        assert pct_beside(sc.trough_index, 0.8, lang) in hard
        if sc.trough_index < NORMAL_LEVEL:
            assert f"−{pct_beside(1 - sc.trough_index, 0.2, lang)}" in hard
            assert _month(sc.trough_month, lang) in hard
            first = sc.first_month_drop_20pct
            if first is None:
                assert ("geen maand 20%" if lang == "nl" else "in any month") in when
            else:
                assert _month(first, lang) in when
            back = back_to_normal(sc)
            if back is not None:
                assert _month(back, lang) in when
            else:
                assert _month(sc.months[-1], lang) in when
        path = next((c for c in result.cash if c.scenario == sc.id), None)
        if path is None:
            assert cash.startswith("Kas: onbekend" if lang == "nl" else "Cash: unknown")
        elif path.runs_out is None:
            assert cash.startswith("Kas blijft positief" if lang == "nl" else "Cash stays")
        else:
            assert _month(path.runs_out, lang) in cash
            assert eur(cash_gap(path) or 0, lang) in cash
        assert date(TODAY, lang) in today
        for m in shown.values():
            name = measure(m.id).name(lang).split(":")[0]
            name = name if lang == "en" else name.split(" (")[0]
            fits = fits_the_problem(m, sc)
            if m.claimable_now and m.verdict in ("eligible", "possible") and fits:
                assert name in today
                if m.verdict == "eligible" and m.amount_eur:
                    assert eur(m.amount_eur, lang) in today  # the amount as shown
            elif m.claimable_now and not fits:
                assert name not in today
            if m.verdict in ("eligible", "possible") and not m.claimable_now and m.apply_from:
                # What opens later stands on its own line, with the day it opens.
                assert later_line and name in later_line[0] and name not in today
            elif m.verdict == "eligible" and not m.claimable_now and m.amount_eur:
                assert past and name in past[0] and eur(m.amount_eur, lang) in past[0]
        if past:
            assert past[0].startswith("Verleden, niet meer" if lang == "nl" else "The past,")
        others = [s for s in result.scenarios if s.id != result.scenario]
        for s in (
            min(others, key=lambda s: s.trough_index),
            max(others, key=lambda s: s.trough_index),
        ):
            assert pct(s.trough_index, lang) in hard


@pytest.mark.parametrize("name", ["metaal-orderboek", "elektronica-china", "agrifood-export"])
@pytest.mark.parametrize("scenario", ["cpb2", "cpb4"])
@pytest.mark.parametrize("now", [False, True])
def test_answer_agrees_with_the_result(name: str, scenario: str, now: bool) -> None:
    case = load_case(EXAMPLES / f"{name}.herstelscan.json")
    result = assess(case, today=TODAY, crisis_now=now, scenario=scenario)
    check_answer(result)
    assert result_to_json(result)["answer"] == result.answer


def test_metaal_orderboek_in_words() -> None:
    """The paper's firm: a dip in scenario II but never a 20% month; NOW in IV is past."""
    case = load_case(EXAMPLES / "metaal-orderboek.herstelscan.json")
    result = assess(case, today=TODAY)
    sc = result.forecast("cpb2")
    two = result.answer["nl"]
    level, drop = pct_beside(sc.trough_index, 0.8), pct_beside(1 - sc.trough_index, 0.2)
    when = _month(sc.trough_month, "nl")
    assert two.startswith(
        f"In Scenario II zakt uw omzet tot {level} van normaal (−{drop}), het laagst in {when};"
    )
    assert "Uw omzet daalt in geen maand 20% of meer" in two
    # Praktijkleren is applied for after the study year (June - September), so on 30
    # November 2026 it is not in today's list but stands apart, with when it opens.
    assert "staat er geen regeling open" in two
    assert (
        "Later aan te vragen: Subsidieregeling praktijkleren (€ 10.800 subsidie per studiejaar; "
        "naar verwachting aan te vragen vanaf begin juni 2027, de data zijn nog niet gepubliceerd)."
    ) in two
    assert "NOW" not in two
    four = assess(case, today=TODAY, scenario="cpb4")
    nl = four.answer["nl"]
    now_amount = next(m for m in shown_measures(four) if m.id == "now").amount_eur
    assert now_amount
    assert nl.split("\n")[-1] == (
        "Verleden, niet meer aan te vragen: in dit scenario zou u destijds in aanmerking zijn "
        f"gekomen voor NOW — {eur(now_amount)} subsidie."
    )
    first = four.forecast("cpb4").first_month_drop_20pct
    assert first is not None and first >= "2020-10"  # the order book delays it past NOW-1
    assert f"Eerste maand met 20% of meer omzetverlies: {_month(first, 'nl')}" in nl
    ref = assess(case, today=TODAY, scenario="nl2020").answer["nl"]
    assert ref.startswith("In het scenario ‘Zoals het ging (2020–2021)’ zakt uw omzet")


def test_alternatives_for_one_cash_need_stand_as_one_of() -> None:
    case = load_case(EXAMPLES / "metaal-orderboek.herstelscan.json")
    # No cash, a normal month that just breaks even: scenario III's shortfall (some
    # € 2,7 million) is the crisis's, and both BMKB-C and GO-C answer it.
    broke = replace(
        case, finance=replace(case.finance, cash_eur=0.0, other_fixed_costs_monthly_eur=250_000.0)
    )
    result = assess(broke, today=TODAY, scenario="cpb3")
    loans = [
        m for m in result.measures if m.alternatives == "cash_need" and m.verdict == "eligible"
    ]
    assert len(loans) >= 2
    nl, en = result.answer["nl"], result.answer["en"]
    assert "één van: " in nl and "one of: " in en
    offers = "\n".join(nl.split("\n")[3:])  # the cash line names the shortfall itself
    for m in loans:
        assert offers.count(eur(m.amount_eur or 0)) == 1  # each alternative once, never added


def test_back_to_normal_means_it_stays_there() -> None:
    case = load_case(EXAMPLES / "metaal-orderboek.herstelscan.json")
    for result in (assess(case, today=TODAY, scenario=s) for s in ("cpb1", "cpb2", "nl2020")):
        sc = result.forecast(result.scenario)
        back = back_to_normal(sc)
        if back is None:
            assert min(sc.revenue_index[-1:]) < NORMAL_LEVEL
        else:
            after = sc.revenue_index[sc.months.index(back) :]
            assert min(after) >= NORMAL_LEVEL  # never a dip below normal after it


def test_a_figure_beside_the_20_percent_line_keeps_its_decimals() -> None:
    assert pct_beside(0.19972, 0.2) == "19,97%" and pct_beside(0.80028, 0.8) == "80,03%"
    assert pct_beside(0.2, 0.2) == "20%" and pct_beside(0.153, 0.2) == "15,3%"
    assert pct_beside(0.19999, 0.2, "en") == "19.999%"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases())
def test_answer_agrees_with_any_result(case: Case) -> None:
    for scenario in ("cpb1", "cpb3"):
        result = assess(case, today=TODAY, scenario=scenario)
        check_answer(result)
        # A figure never reads as the line it is compared with ("20% < 20%").
        texts = [n.reason_nl for n in result.now] + [
            r for m in result.measures for r in m.reasons_nl
        ]
        assert not [t for t in texts if re.search(r"(?<![\d,])(\d+(?:,\d+)?)% < \1%", t)]


def test_cli_prints_the_answer_and_writes_it_to_json(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    case = EXAMPLES / "metaal-orderboek.herstelscan.json"
    run = subprocess.run(
        [
            sys.executable,
            "main.py",
            "assess",
            str(case),
            "--json",
            str(out),
            "--today",
            "2026-11-30",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    printed = " ".join(run.stdout.split("\n\n")[1].split())
    assert printed == " ".join(data["answer"]["nl"].split())


def test_the_cash_explanation_names_now_only_where_there_is_now() -> None:
    case = load_case(EXAMPLES / "elektronica-china.herstelscan.json")
    past = assess(case, today=TODAY, scenario="cpb4")
    now = assess(case, today=TODAY, crisis_now=True)
    text_past = past.explanation("cash_runway:cpb4").text_nl
    text_now = now.explanation("cash_runway:cpb2_now").text_nl
    assert "NOW-voorschotten" in text_past and "zonder NOW" in text_now
    assert "overige vaste lasten" in text_now  # the costs split as the member typed them


def test_the_answer_says_when_cash_runs_out_in_four_short_lines() -> None:
    """The issue's firm (crisis now, scenario IV): the most urgent fact, cash, is in
    the answer, and each of the four points stands on a line of its own."""
    case = load_case(EXAMPLES / "elektronica-china.herstelscan.json")
    result = assess(case, today=TODAY, crisis_now=True, scenario="cpb4_now")
    path = next(c for c in result.cash if c.scenario == result.scenario)
    assert path.runs_out is not None
    lines = result.answer["nl"].split("\n")
    assert lines[2] == (
        f"Kas raakt op in {_month(path.runs_out, 'nl')}, grootste tekort "
        f"{eur(cash_gap(path) or 0)}."
    )
    assert lines[3].startswith(f"Vandaag ({date(TODAY, 'nl')}) aan te vragen: ")
    assert all(len(line) < 330 for line in lines)


def test_a_scheme_that_does_not_fit_the_problem_is_not_offered_today() -> None:
    """Knowledge migrants for a firm whose staff stand idle: on the measures page, not
    in the answer's 'today'."""
    case = load_case(EXAMPLES / "elektronica-china.herstelscan.json")
    result = assess(case, today=TODAY)
    km = next(m for m in result.measures if m.id == "kennismigranten")
    assert km.claimable_now and km.verdict == "possible"
    assert max(result.forecast(result.scenario).idle_fte) > 0
    assert "Kennismigranten" not in result.answer["nl"]
    assert "Kennismigrantenregeling" not in result.answer["en"]


def test_english_names_the_scheme_with_its_gloss() -> None:
    case = load_case(EXAMPLES / "elektronica-china.herstelscan.json")
    en = assess(case, today=TODAY).answer["en"]
    assert "WBSO (R&D wage-cost tax credit) — €" in en


def test_a_second_wave_is_named_where_revenue_never_settles() -> None:
    """The agrifood example in scenario III catches up above 100% and dips again (the
    second lockdown), and is not back to normal by the end: the answer says so, so 'not
    back to normal' agrees with a chart that shows 104%. (The electronics example in
    scenario II did this until lost orders were placed again; it now settles.)"""
    case = load_case(EXAMPLES / "agrifood-export.herstelscan.json")
    result = assess(case, today=TODAY, scenario="cpb3")
    sc = result.forecast("cpb3")
    assert back_to_normal(sc) is None
    up, dip = catch_up(sc), second_dip(sc)
    assert up is not None and dip is not None and up[0] < dip[0]
    when = result.answer["nl"].split("\n")[1]
    assert f"na een inhaalslag tot {pct(up[1])} in {_month(up[0], 'nl')}" in when
    assert f"tweede dip tot {pct(dip[1])} in {_month(dip[0], 'nl')}" in when


@pytest.mark.parametrize("today", [dt.date(2031, 1, 1), dt.date(2099, 6, 1)])
def test_an_old_catalogue_is_said_on_the_today_line(today: dt.date) -> None:
    case = load_case(EXAMPLES / "agrifood-export.herstelscan.json")
    result = assess(case, today=today)
    nl = [x for x in result.answer["nl"].split("\n") if x.startswith("Vandaag")]
    en = [x for x in result.answer["en"].split("\n") if x.startswith("Today")]
    assert len(nl) == len(en) == 1
    assert "voor het laatst gecontroleerd op 7 december 2026 en kan verouderd zijn" in nl[0]
    assert "last checked on 7 December 2026 and may be out of date" in en[0]
    # Nothing open-ended is offered as a certainty: WBSO moved to "mogelijk".
    assert nl[0].startswith(f"Vandaag ({date(today)}) mogelijk: ") and "WBSO" in nl[0]
    assert en[0].startswith(f"Today ({date(today, 'en')}) possibly: ") and "WBSO" in en[0]


def test_a_catalogue_within_its_months_says_nothing_about_its_age() -> None:
    case = load_case(EXAMPLES / "agrifood-export.herstelscan.json")
    for today in (TODAY, dt.date(2027, 12, 7)):
        result = assess(case, today=today)
        assert "gecontroleerd op" not in result.answer["nl"]
        assert "last checked" not in result.answer["en"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_printed_summary_says_the_catalogue_is_old_under_apply_now(lang: str) -> None:
    from core.advice.summary import summary_lines

    case = load_case(EXAMPLES / "agrifood-export.herstelscan.json")
    head = "Nu aan te vragen" if lang == "nl" else "Can be applied for now"
    want = "de maatregelencatalogus is" if lang == "nl" else "the measures catalogue was"
    for today, said in ((dt.date(2031, 1, 1), True), (dt.date(2099, 6, 1), True), (TODAY, False)):
        lines = summary_lines(assess(case, today=today), lang)
        at = next(i for i, x in enumerate(lines) if x.startswith(head))
        assert (want in lines[at + 1]) is said, today


# -- stress tests (issue 17, item 5): the answer speaks to the shock ----------------------

STRESS_DAY = dt.date(2026, 12, 7)


def _stress(name: str, scenario: str) -> Result:
    case = load_case(EXAMPLES / f"{name}.herstelscan.json")
    return assess(case, today=STRESS_DAY, scenario=scenario, start="stress")


@pytest.mark.parametrize(
    "scenario",
    ["us_tariffs_2025", "nexperia_2025", "rare_earths_2025", "de_slump_2023", "taiwan_stop"],
)
def test_a_stress_answer_names_the_countries_channels_stakes_and_when(scenario: str) -> None:
    from core.model.exposure import stress_parts
    from core.reference.countries import countries
    from core.reference.stress import expand_countries, stress_spec

    result = _stress("elektronica-china", scenario)
    sc = result.forecast(scenario)
    case = result.case
    spec = stress_spec(scenario)
    found = stress_parts(case, scenario)
    assert found is not None and found[0] == spec.shocks
    start = parse_month(sc.months[0])
    for lang in ("nl", "en"):
        lines = result.answer[lang].split("\n")
        shock = lines[1]
        if spec.hypothetical:
            assert shock.startswith(("Hypothetische stresstest", "Hypothetical stress test"))
        else:
            assert shock.startswith(
                ("Stresstest, geen voorspelling", "Stress test, not a forecast")
            )
        assert eur(sc.revenue_loss_eur, lang) in shock and eur(sc.margin_loss_eur, lang) in shock
        for s in spec.shocks:
            codes = expand_countries(s.countries)
            if s.channel == "demand":
                hit = [x for x in case.sales if x.country in codes]
                delay = case.order_book_months
            else:
                hit = [
                    x
                    for x in case.purchasing.suppliers
                    if x.country in codes and (x.critical or s.applies_to == "all")
                ]
                delay = case.purchasing.stock_weeks / (52 / 12)
            for x in hit:  # every hit country with its own share
                assert f"{countries()[x.country].name(lang)} ({pct(x.share, lang)}" in shock
            if hit:  # the order book or the stock decides when
                when = month_name(start + int(np.ceil(s.start + delay - 1e-9)), lang)
                assert f"{'tot' if lang == 'nl' else 'until'} {when}" in shock
        # the other four lines are still there, in their order
        assert lines[2].startswith(
            ("Eerste maand", "Uw omzet daalt", "First month", "Your revenue")
        ) or (sc.trough_index >= NORMAL_LEVEL)


def test_a_shock_that_hits_nothing_says_so() -> None:
    case = load_case(EXAMPLES / "elektronica-china.herstelscan.json")
    case = replace(
        case,
        purchasing=replace(
            case.purchasing,
            suppliers=tuple(s for s in case.purchasing.suppliers if s.country != "TW")
            or case.purchasing.suppliers,
        ),
    )
    result = assess(case, today=STRESS_DAY, scenario="taiwan_stop", start="stress")
    assert "raakt uw bedrijf niet rechtstreeks" in result.answer["nl"]
    assert "does not hit your company directly" in result.answer["en"]
    assert "Taiwan" in result.answer["nl"].split("\n")[1]


def test_wtv_for_a_supply_stop_stays_possible_with_the_reason_and_not_for_lost_orders() -> None:
    supply = _stress("elektronica-china", "nexperia_2025")
    wtv = next(m for m in supply.measures if m.id == "wtv")
    assert wtv.verdict == "possible"
    reason = " ".join(wtv.reasons_nl)
    assert "beslist geen bron" in reason and "Nexperia" in reason and "2021–2022" in reason
    assert "normale ondernemersrisico" in reason
    assert "no source we found decides" in " ".join(wtv.reasons_en)
    # the answer states the scheme's own criterion next to it
    assert "buitengewone omstandigheid buiten het normale ondernemersrisico" in supply.answer["nl"]
    assert "outside normal business risk" in supply.answer["en"]
    # lost orders are economic: never WTV (here no month reaches 20% anyway)
    demand = _stress("elektronica-china", "us_tariffs_2025")
    assert next(m for m in demand.measures if m.id == "wtv").verdict == "not_eligible"
    assert "Werktijdverkorting alleen" not in demand.answer["nl"]


def test_wtv_says_a_demand_shock_is_economic_when_orders_fall_twenty_percent() -> None:
    from core.inputs.case import OwnScenario
    from core.reference.stress import Shock

    case = load_case(EXAMPLES / "elektronica-china.herstelscan.json")
    own = OwnScenario(
        name="Eigen scenario: VS en Duitsland vallen weg",
        based_on="us_tariffs_2025",
        shocks=(Shock("demand", ("US", "DE"), 1.0, duration=3),),
        gdp_gap=None,
    )
    result = assess(
        replace(case, own_scenario=own), today=STRESS_DAY, scenario="own", start="stress"
    )
    wtv = next(m for m in result.measures if m.id == "wtv")
    assert wtv.verdict == "not_eligible"
    assert "economische aard" in " ".join(wtv.reasons_nl)
    assert result.answer["nl"].split("\n")[1].startswith("Uw eigen scenario, geen voorspelling")


def test_a_stress_test_explains_its_margin_and_names_only_the_countries_it_stops() -> None:
    nexperia = _stress("elektronica-china", "nexperia_2025")
    sc = nexperia.forecast("nexperia_2025")
    by_key = {e.key: e for e in nexperia.explanations}
    margin = by_key["margin_loss:nexperia_2025"]
    p = nexperia.case.purchasing.share_of_revenue
    monthly = nexperia.case.company.annual_revenue_eur / 12
    expected = sc.revenue_loss_eur * (1 - p) + sum(sc.input_cost_index) * monthly
    assert margin.value == sc.margin_loss_eur == pytest.approx(expected, rel=1e-9)
    assert eur(sc.margin_loss_eur) in margin.text_nl and "§ 9" in margin.source
    # the case has critical suppliers in China and Taiwan; the Nexperia test stops China only
    first = by_key["first_drop:nexperia_2025"].text_nl
    assert "China" in first and "Taiwan" not in first
    assert "Taiwan" in by_key["first_drop:taiwan_stop"].text_nl
    assert "China" not in by_key["first_drop:taiwan_stop"].text_nl
    # a macro scenario has no margin entry
    assert not any(
        k.startswith("margin_loss:")
        for k in {e.key for e in assess(nexperia.case, today=TODAY).explanations}
    )


@pytest.mark.parametrize("keep", [1, 3])
def test_one_figure_for_the_other_scenarios_is_said_once(keep: int) -> None:
    """When the other scenarios share one lowest figure (or there is one other), the answer
    says it once, never "tussen 97,8% in 'X' en 97,8% in 'X'" (tidy, item 1)."""
    from core.advice.answer import answer_lines

    result = _stress("elektronica-china", "us_tariffs_2025")
    chosen = result.forecast("us_tariffs_2025")
    others = [s for s in result.scenarios if s.id != chosen.id][:keep]
    alike = [replace(s, trough_index=0.978) for s in others]
    same = replace(result, scenarios=(chosen, *alike))
    for lang in ("nl", "en"):
        hard = answer_lines(same, lang)[0]
        figure = pct(0.978, lang)
        assert hard.count(figure) == 1, hard
        assert "tussen" not in hard and "between" not in hard, hard
        if keep == 1:
            assert f"{figure} in ‘" in hard
    # distinct figures still read as a range
    assert "tussen" in answer_lines(result, "nl")[0]


def test_the_answer_reads_what_a_shock_hits_from_the_exposure_module() -> None:
    """The answer, the app's exposure card and the workbook share one computation of what a
    stress test hits (core.model.exposure.stress_exposure, tidy item 2): a shock's reach
    (scale) counts for dearer purchases and supply as the engine applies it."""
    from core.inputs.case import OwnScenario
    from core.model.exposure import stress_exposure
    from core.reference.stress import Shock

    case = load_case(EXAMPLES / "elektronica-china.herstelscan.json")
    shocks = (
        Shock("input_cost", ("CN",), 0.25, scale=0.5, duration=6),
        Shock("supply", ("TW",), 0.4, scale=0.5, duration=3),
    )
    own = OwnScenario("Eigen scenario: half China duurder", None, shocks)
    result = assess(
        replace(case, own_scenario=own), today=STRESS_DAY, scenario="own", start="stress"
    )
    cost, supply = stress_exposure(result.case, shocks, result.assumptions)[::-1]
    assert cost.channel == "input_cost" and supply.channel == "supply"
    for lang in ("nl", "en"):
        line = result.answer[lang].split("\n")[1]
        assert cost.at_full_size is not None and supply.at_full_size is not None
        assert (
            f"{pct(cost.at_full_size, lang)} {'van uw omzet aan marge' if lang == 'nl' else 'of your revenue in margin'}"
            in line
        ), line
        assert pct(supply.at_full_size, lang) in line, line


def test_the_answer_is_written_per_language_when_read_and_is_the_same_text() -> None:
    """Result.answer writes a language's answer the first time it is read (an edit on
    Resultaat reads one); what it gives is answer_text of the same result, in both
    languages, and only those two."""
    from core.advice.answer import Answers, answer_text

    result = assess(load_case(EXAMPLES / "metaal-orderboek.herstelscan.json"), today=TODAY)
    answers = result.answer
    assert isinstance(answers, Answers) and answers._texts == {}  # nothing written yet
    nl = answers["nl"]
    assert list(answers._texts) == ["nl"]  # only what was read
    bare = replace(result, explanations=[], answer={})  # what answer() was given
    assert nl == answer_text(bare, "nl") and answers["en"] == answer_text(bare, "en")
    assert dict(answers) == {"nl": nl, "en": answers["en"]} == answers
    assert answers.get("de") is None and len(answers) == 2
    with pytest.raises(KeyError):
        answers["de"]
