"""Measure rules: for every measure a case where it applies and one where it does not,
with the reason checked; exact amounts where the catalogue gives a formula."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.advice.assess import assess
from core.advice.measures import RULES
from core.case_file import load_case
from core.fmt import eur
from core.inputs.case import Case, Finance
from core.model.cash import normal_month
from core.reference.assumptions import resolve
from core.reference.catalogue import catalogue
from core.reference.scenario_choice import UnknownScenario
from core.result import MeasureResult, Result
from tests.conftest import EXAMPLES
from tests.strategies import cases

METAAL = load_case(EXAMPLES / "metaal-orderboek.herstelscan.json")
ELEKTRONICA = load_case(EXAMPLES / "elektronica-china.herstelscan.json")
AGRI = load_case(EXAMPLES / "agrifood-export.herstelscan.json")
TODAY = dt.date(2026, 11, 27)


def measure_of(result: Result, measure_id: str) -> MeasureResult:
    return next(m for m in result.measures if m.id == measure_id)


def run(case: Case, measure_id: str, *, now: bool = False) -> MeasureResult:
    return measure_of(assess(case, today=TODAY, crisis_now=now), measure_id)


def finance(case: Case, **changes: object) -> Case:
    return replace(case, finance=replace(case.finance, **changes))


def staff(case: Case, **changes: object) -> Case:
    return replace(case, staff=replace(case.staff, **changes))


def company(case: Case, **changes: object) -> Case:
    return replace(case, company=replace(case.company, **changes))


def no_order_book(case: Case) -> Case:
    return replace(case, order_book_months=0.0)


def broke(case: Case) -> Case:
    """No cash and fixed costs that leave € 1.000 in a normal month: the crisis alone
    runs cash short, by about a million or more in scenario II."""
    normal = normal_month(case, resolve()["wage_cost_factor"])
    left = normal.revenue - normal.purchases - normal.wages - 1_000.0
    return finance(case, cash_eur=0.0, other_fixed_costs_monthly_eur=left)


def mild(case: Case) -> Case:
    """Orders half as sensitive to GDP as by default."""
    return replace(case, assumptions=(("elasticity", 1.0),))


def tight(case: Case) -> Case:
    """The metal example runs about EUR 40,000 short in scenario II (from Feb 2021)."""
    return finance(case, cash_eur=500_000.0, other_fixed_costs_monthly_eur=225_800.0)


def late_gap(case: Case) -> Case:
    """The metal example with a twelve-month order book runs about EUR 7,000 short in
    scenario II, from Feb 2022 (the book puts the dip late, lost orders placed again
    end it)."""
    case = replace(case, order_book_months=12.0)
    return finance(case, cash_eur=600_000.0, other_fixed_costs_monthly_eur=231_500.0)


def thin(case: Case) -> Case:
    """The electronics example with EUR 132,000 less cash: about EUR 52,000 short in
    scenario II (with its own cash, lost orders placed again keep it positive)."""
    return finance(case, cash_eur=case.finance.cash_eur - 132_000.0)


def short_1_5m(case: Case) -> Case:
    """About EUR 1.52 million short in scenario II."""
    return finance(case, cash_eur=0.0, other_fixed_costs_monthly_eur=250_000.0)


Change = Callable[[Case], Case]
ident: Change = lambda c: c  # noqa: E731

# id, applies (case, change, now?), expected verdict, reason fragment (nl);
#     does not apply (case, change, now?), expected verdict, reason fragment (nl)
CASES: list[
    tuple[str, tuple[Case, Change, bool], str, str, tuple[Case, Change, bool], str, str]
] = [
    (
        "now",
        (AGRI, ident, False),
        "eligible",
        "NOW-1: omzetverlies 35% ≥ 20% in mei–jul 2020",
        (METAAL, ident, True),
        "not_eligible",
        "gold van 1 maart 2020 tot en met 31 maart 2022",
    ),
    (
        "exportfinanciering",
        (AGRI, ident, False),
        "possible",
        "alleen per transactie een risico dat een particuliere kredietverzekeraar niet neemt",
        (METAAL, lambda c: replace(c, sales=(replace(c.sales[0], share=1.0),)), False),
        "not_eligible",
        "alle afzet is in Nederland",
    ),
    (
        "praktijkleren",
        (METAAL, ident, False),
        "eligible",
        "4 BBL-leerlingen × € 2.700 = € 10.800",
        (METAAL, lambda c: staff(c, bbl_students=0), False),
        "not_eligible",
        "geen BBL-leerlingen opgegeven",
    ),
    (
        "bl_borgstelling",
        (AGRI, broke, False),
        "proposal",
        "voorstel, geen recht",
        (METAAL, ident, False),
        "not_eligible",
        "u valt niet in dat cluster",
    ),
    (
        "wtv",
        (ELEKTRONICA, ident, True),
        "possible",
        "korter dan 24 weken en in maanden met contactbeperkingen",
        (METAAL, mild, False),
        "not_eligible",
        "geen maand met ≥ 20% minder werk",
    ),
    (
        "deeltijd_ww",
        (METAAL, ident, False),
        "proposal",
        "Tweede Kamer 36940",
        (METAAL, ident, True),
        "proposal",
        "voorstel, geen recht",
    ),
    (
        "bmkb",
        (METAAL, tight, False),
        "eligible",
        "de kas raakt op in",
        (METAAL, ident, False),
        "not_eligible",
        "niet nodig: de kas blijft in scenario II positief",
    ),
    (
        "go",
        # A larger metal firm (EUR 20 million revenue), broke: about EUR 1.66 million
        # short, above GO-C's minimum.
        (METAAL, lambda c: broke(company(c, annual_revenue_eur=20_000_000.0)), False),
        "eligible",
        "garantie 90% (mkb)",
        (METAAL, tight, False),
        "not_eligible",
        "kleiner dan het minimum van GO-C (corona): € 1.500.000",
    ),
    (
        "kkc",
        (METAAL, tight, False),
        "possible",
        "de scan vraagt dat niet",
        (METAAL, late_gap, False),
        "not_eligible",
        "uw kastekort valt in feb 2022; Klein Krediet Corona (KKC) liep tot en met 31 december 2021",
    ),
    (
        "qredits",
        (ELEKTRONICA, thin, False),
        "possible",
        "de scan vraagt uw bestaande financiering niet",
        (METAAL, tight, False),
        "not_eligible",
        "met 60 werknemers en € 12.000.000 omzet is uw bedrijf geen klein bedrijf",
    ),
    (
        "col",
        (METAAL, lambda c: short_1_5m(company(c, startup_or_scaleup=True)), False),
        "eligible",
        "start-up of scale-up opgegeven",
        (METAAL, broke, False),
        "not_eligible",
        "alleen voor start-ups en scale-ups",
    ),
    (
        "belastinguitstel",
        (AGRI, ident, False),
        "eligible",
        "uw omzetdaling van 20% of meer valt in mei 2020; bijzonder uitstel kon tot en met 31 maart 2022",
        (METAAL, ident, False),
        "not_eligible",
        "niet nodig: in scenario II geen omzetdaling van 20% of meer en de kas blijft positief",
    ),
    (
        "togs_tvl",
        (METAAL, lambda c: replace(no_order_book(c), assumptions=(("elasticity", 6.0),)), False),
        "eligible",
        "TVL: omzetverlies K4 2020",
        (METAAL, mild, False),
        "not_eligible",
        "TVL: in geen kwartaal genoeg omzetverlies",
    ),
    (
        "wbso",
        (AGRI, ident, False),
        "eligible",
        "36% over de eerste € 391.020 en 16% daarboven (2026) van € 900.000 R&D-loonkosten = € 222.204",
        (METAAL, ident, False),
        "not_eligible",
        "geen R&D-medewerkers of R&D-loonkosten opgegeven",
    ),
    (
        "innovatiekrediet",
        (ELEKTRONICA, ident, False),
        "possible",
        "zo'n uitstelregeling is niet gevonden",
        (METAAL, ident, False),
        "not_eligible",
        "geen R&D opgegeven",
    ),
    (
        "pps_toeslag",
        (AGRI, ident, False),
        "possible",
        "FME vraagt 50%",
        (METAAL, ident, False),
        "not_eligible",
        "geen R&D opgegeven",
    ),
    (
        "kwr",
        (AGRI, ident, False),
        "proposal",
        "u heeft 12 R&D-medewerkers",
        (METAAL, ident, False),
        "not_eligible",
        "geen R&D-medewerkers opgegeven",
    ),
    (
        "sde_ontheffing",
        (METAAL, lambda c: finance(c, sde_project_deadline_2020=True), False),
        "eligible",
        "ontheffing van 1 jaar extra",
        (METAAL, lambda c: finance(c, sde_project_deadline_2020=True), True),
        "not_eligible",
        "gold van 1 januari 2020 tot en met 31 december 2021",
    ),
    (
        "scholing",
        (METAAL, ident, False),
        "possible",
        "fte-maanden leegloop in scenario II",
        (
            METAAL,
            lambda c: replace(
                c,
                purchasing=replace(c.purchasing, suppliers=()),
                assumptions=(
                    ("elasticity", 0.0),
                    ("absence_rate", 0.0),
                    ("distancing_loss_partly", 0.0),
                    ("deferral_share", 0.0),
                ),
            ),
            False,
        ),
        "not_eligible",
        "geen leegloop",
    ),
    (
        "kennismigranten",
        (AGRI, ident, False),
        "possible",
        "12 R&D-medewerkers: specialisten",
        (METAAL, ident, False),
        "not_eligible",
        "geen R&D-specialisten opgegeven",
    ),
]


def test_every_catalogue_measure_has_a_rule_and_a_test() -> None:
    ids = {m.id for m in catalogue()}
    assert set(RULES) == ids
    assert {row[0] for row in CASES} == ids


@pytest.mark.parametrize("row", CASES, ids=[row[0] for row in CASES])
def test_applies_and_does_not_apply(row: tuple) -> None:  # type: ignore[type-arg]
    (
        measure_id,
        (case_a, change_a, now_a),
        verdict_a,
        reason_a,
        (case_b, change_b, now_b),
        verdict_b,
        reason_b,
    ) = row
    applies = run(change_a(case_a), measure_id, now=now_a)
    assert applies.verdict == verdict_a, applies.reasons_nl
    assert any(reason_a in r for r in applies.reasons_nl), applies.reasons_nl
    assert len(applies.reasons_en) == len(applies.reasons_nl)
    not_applies = run(change_b(case_b), measure_id, now=now_b)
    assert not_applies.verdict == verdict_b, not_applies.reasons_nl
    assert any(reason_b in r for r in not_applies.reasons_nl), not_applies.reasons_nl
    assert (
        applies.sources and all(s.startswith("https://") for s in applies.sources)
    ) or measure_id in {"wtv", "go", "col", "kwr", "sde_ontheffing", "scholing"}


def test_now_amount_is_the_sum_of_the_tranches_in_the_chosen_scenario() -> None:
    result = assess(AGRI, today=TODAY)
    assert result.scenario == "cpb2"
    m = measure_of(result, "now")
    central = [n for n in result.now if n.scenario == "cpb2" and n.eligible]
    assert m.amount_eur == pytest.approx(sum(n.subsidy_eur for n in central))
    assert {k: v["verdict"] for k, v in m.by_scenario.items()} == {
        "cpb1": "eligible",
        "cpb2": "eligible",
        "cpb3": "eligible",
        "cpb4": "eligible",
        "nl2020": "not_eligible",
    }
    # never "€ 0" beside a verdict: a scenario without a claim has no amount at all
    for v in m.by_scenario.values():
        assert (v["amount_eur"] is None) == (v["verdict"] == "not_eligible")
    now1 = next(n for n in central if n.tranche == "NOW-1")
    # 610,000 wage bill (below 140 x 9,538), drop in the best window, 3 x 1.3 x 0.9
    assert now1.subsidy_eur == pytest.approx(now1.drop * 610_000 * 3 * 1.3 * 0.9)
    assert m.kind == "subsidy" and m.per == "once" and m.need_month == now1.window[0]
    assert not m.claimable_now  # NOW ended on 31 March 2022
    assert any(r.startswith("zou in aanmerking zijn gekomen (2020)") for r in m.reasons_nl)
    # the other scenarios stand beside the figure, with their own amounts
    cpb4 = sum(n.subsidy_eur for n in result.now if n.scenario == "cpb4" and n.eligible)
    other = next(r for r in m.reasons_nl if r.startswith("andere scenario's"))
    cpb1 = sum(n.subsidy_eur for n in result.now if n.scenario == "cpb1" and n.eligible)
    assert f"scenario I: {eur(cpb1)}" in other and eur(cpb4) in other
    assert "Zoals het ging (2020–2021): niet van toepassing" in other


def test_the_chosen_scenario_decides_the_verdict() -> None:
    ii = assess(METAAL, today=TODAY)
    iv = assess(METAAL, today=TODAY, scenario="cpb4")
    assert iv.scenario == "cpb4"
    assert measure_of(ii, "now").verdict == "not_eligible"
    now_iv = measure_of(iv, "now")
    assert now_iv.verdict == "eligible"
    expected = sum(n.subsidy_eur for n in iv.now if n.scenario == "cpb4" and n.eligible)
    assert now_iv.amount_eur == pytest.approx(expected) and expected > 100_000
    # the same per-scenario facts, whichever is chosen
    assert measure_of(ii, "now").by_scenario == now_iv.by_scenario
    # the case can carry the choice; the argument overrides it
    assert assess(replace(METAAL, scenario="cpb4"), today=TODAY).scenario == "cpb4"
    assert assess(replace(METAAL, scenario="cpb4"), today=TODAY, scenario="cpb1").scenario == "cpb1"
    assert assess(METAAL, today=TODAY, crisis_now=True, scenario="cpb3").scenario == "cpb3_now"
    with pytest.raises(UnknownScenario, match="cpb1, cpb2"):
        assess(METAAL, today=TODAY, scenario="cpb9")


def test_now_too_early_is_said_only_when_it_was() -> None:
    iv = measure_of(assess(METAAL, today=TODAY, scenario="cpb4"), "now")
    assert any("kwam voor u te vroeg" in r for r in iv.reasons_nl)
    agri = measure_of(assess(AGRI, today=TODAY), "now")  # NOW-1 was met
    assert not any("te vroeg" in r for r in agri.reasons_nl)


def test_exact_amounts_for_the_named_measures() -> None:
    export = run(AGRI, "exportfinanciering")
    # The State insures per transaction only what a private insurer will not take: sales
    # outside the EU (25M x 55%) are context, never an insurable amount.
    assert export.amount_eur is None and export.kind is None and export.verdict == "possible"
    text = " ".join(export.reasons_nl)
    assert "20% Nederlands aandeel" in text and "particuliere kredietverzekeraar" in text
    assert "€ 13.750.000 per jaar) is dus geen verzekerbaar bedrag" in text
    assert run(METAAL, "praktijkleren").amount_eur == 10_800.0
    assert run(METAAL, "praktijkleren", now=True).amount_eur == 10_800.0
    bl = run(broke(AGRI), "bl_borgstelling")
    assert bl.verdict == "proposal" and bl.amount_eur == 1_500_000.0  # the BL-C maximum
    # WBSO is applied for on the assessment day: that year's brackets, in either start
    assert run(AGRI, "wbso").amount_eur == pytest.approx(391_020 * 0.36 + 508_980 * 0.16)
    assert run(ELEKTRONICA, "wbso", now=True).amount_eur == pytest.approx(
        391_020 * 0.36 + (420_000 - 391_020) * 0.16
    )


def test_bmkb_c_caps_the_guaranteed_part_and_the_total_credit() -> None:
    result = assess(broke(METAAL), today=TODAY, scenario="cpb3")
    gap = max(0.0, -min(next(c for c in result.cash if c.scenario == "cpb3").balance_eur))
    assert gap > 2_000_000
    bmkb = measure_of(result, "bmkb")
    assert bmkb.verdict == "eligible" and bmkb.amount_eur == 2_000_000.0
    assert any("borgstellingskrediet = € 1.500.000" in r for r in bmkb.reasons_nl)
    assert any("dekt een deel" in r for r in bmkb.reasons_nl)
    assert bmkb.period == ("2020-03-16", "2022-06-30") and bmkb.status == "historical"
    assert bmkb.kind == "guarantee" and bmkb.alternatives == "cash_need"


def test_bmkb_sme_test_names_the_unasked_balance_sheet() -> None:
    big = finance(
        company(METAAL, annual_revenue_eur=60_000_000.0),
        cash_eur=0.0,
        other_fixed_costs_monthly_eur=2_500_000.0,
    )
    m = run(big, "bmkb")
    assert m.verdict == "possible"
    assert any("balanstotaal van ten hoogste € 43.000.000" in r for r in m.reasons_nl)
    many = staff(broke(METAAL), fte=300.0, employees=320)
    m = run(many, "bmkb")
    assert m.verdict == "not_eligible" and "geen mkb: 300 fte" in m.reasons_nl[0]


def test_kkc_checks_revenue_and_names_the_conditions_it_cannot_know() -> None:
    m = run(company(tight(METAAL), annual_revenue_eur=40_000.0), "kkc")
    assert m.verdict == "not_eligible" and "minder dan de € 50.000" in m.reasons_nl[0]


def test_qredits_is_never_offered_to_a_large_firm_nor_above_its_credit_limit() -> None:
    big = run(broke(AGRI), "qredits")  # 140 employees, EUR 25 million revenue
    assert big.verdict == "not_eligible" and big.amount_eur is None
    # Broke and hard hit (orders 3.5 times as sensitive to GDP): about EUR 560,000 short.
    hard_hit = replace(broke(ELEKTRONICA), assumptions=(("elasticity", 3.5),))
    small_broke = run(hard_hit, "qredits")
    assert small_broke.verdict == "not_eligible"
    assert "meer dan de € 500.000 totale kredietbehoefte" in small_broke.reasons_nl[0]


def test_a_cash_need_after_a_scheme_closed_gets_the_dates() -> None:
    result = assess(late_gap(METAAL), today=TODAY)
    kkc, bmkb = measure_of(result, "kkc"), measure_of(result, "bmkb")
    assert kkc.verdict == "not_eligible" and kkc.need_month == "2022-02"
    assert bmkb.verdict == "eligible" and bmkb.need_month == "2022-02"  # BMKB-C ran to June


def test_loans_for_one_cash_need_count_once() -> None:
    result = assess(thin(ELEKTRONICA), today=TODAY)
    loans = [m for m in result.measures if m.alternatives == "cash_need" and m.amount_eur]
    assert {m.id for m in loans} == {"bmkb", "qredits"}  # KKC: the gap is over € 50.000
    gap = max(m.amount_eur or 0 for m in loans)
    # The 2020 need is history: its total stands apart from today's era.
    chosen = result.totals["history"]
    assert chosen.get("guarantee", 0) + chosen.get("loan", 0) == pytest.approx(gap)
    wbso = 391_020 * 0.36 + (420_000 - 391_020) * 0.16  # the 2026 brackets
    # Praktijkleren opens again after the study year (June 2027): not claimable today.
    assert result.totals["claimable_now"] == pytest.approx({"tax_credit": wbso})


def test_starting_now_ended_schemes_are_history_and_never_claimable() -> None:
    result = assess(broke(ELEKTRONICA), today=TODAY, crisis_now=True)
    for m in result.measures:
        ended = m.period[1] is not None and m.period[1] < TODAY.isoformat()
        if ended:
            assert not m.claimable_now, m.id
            assert m.verdict in ("not_eligible", "proposal"), m.id
    bmkb = measure_of(result, "bmkb")  # the regular BMKB runs to 1 July 2027
    assert bmkb.verdict == "eligible" and bmkb.claimable_now
    assert result.totals["claimable_now"]["guarantee"] == pytest.approx(bmkb.amount_eur or 0)


def test_loans_without_finance_inputs_ask_for_them() -> None:
    m = run(replace(METAAL, finance=Finance()), "bmkb")
    assert m.verdict == "possible" and m.amount_eur is None
    assert any("vul bij Financiën de kas" in r for r in m.reasons_nl)


def test_cash_runway_counts_now_advances_in_the_month_after_the_window_opens() -> None:
    result = assess(AGRI, today=TODAY)
    path = next(c for c in result.cash if c.scenario == "cpb2")
    y = result.forecast("cpb2").revenue_index
    monthly = 25_000_000 / 12
    costs = 610_000 * 1.3 + 200_000
    advance_april = sum(
        n.advance_eur
        for n in result.now
        if n.scenario == "cpb2" and n.eligible and n.window[0] == "2020-03"
    )
    expected_april = 2_500_000 + sum(v * monthly * 0.5 - costs for v in y[:2]) + advance_april
    assert path.balance_eur[1] == pytest.approx(expected_april)


@settings(max_examples=60, deadline=None)
@given(cases())
def test_a_proposal_is_never_eligible(case: Case) -> None:
    for now in (False, True):
        for m in assess(case, today=TODAY, crisis_now=now).measures:
            if m.status == "proposal" or m.id in {"deeltijd_ww", "kwr"}:
                assert m.verdict in {"proposal", "not_eligible"}
            verdicts = {v["verdict"] for v in m.by_scenario.values()}
            assert "eligible" not in verdicts or m.status != "proposal"


AMOUNT_BEARING = {"now", "praktijkleren", "wbso", "bmkb", "go", "kkc", "qredits", "col"}


@st.composite
def cases_with_finance(draw: st.DrawFn) -> Case:
    case = draw(cases())
    if draw(st.booleans()):
        monthly = case.company.annual_revenue_eur / 12
        case = finance(
            case,
            cash_eur=float(draw(st.integers(0, 5_000_000))),
            other_fixed_costs_monthly_eur=round(monthly * draw(st.floats(0.0, 1.2)), 0),
            export_contracts_over_200k=draw(st.sampled_from([None, True, False])),
        )
    return case


@settings(max_examples=40, deadline=None)
@given(cases_with_finance(), st.sampled_from(["cpb1", "cpb2", "cpb3", "cpb4"]), st.booleans())
def test_verdicts_and_reasons_agree(case: Case, scenario: str, now: bool) -> None:
    result = assess(case, today=TODAY, crisis_now=now, scenario=scenario)
    for m in result.measures:
        text = " | ".join(m.reasons_nl)
        assert m.reasons_nl and len(m.reasons_en) == len(m.reasons_nl), m.id
        assert m.by_scenario[result.scenario]["verdict"] == m.verdict or m.verdict == "proposal"
        if m.verdict in ("eligible", "possible"):
            assert "niet nodig" not in text, (m.id, text)
            assert "van de 4 scenario's" not in text, (m.id, text)
            assert not any(r.startswith("geen ") for r in m.reasons_nl[:1]), (m.id, text)
        if m.verdict == "eligible" and m.id in AMOUNT_BEARING:
            assert m.amount_eur is not None and m.amount_eur > 0, (m.id, text)
        if m.verdict == "not_eligible":
            assert m.amount_eur is None and not m.claimable_now, (m.id, text)
        if m.amount_eur is not None:
            assert m.kind is not None and m.per is not None, m.id
        if m.claimable_now:
            assert m.verdict in ("eligible", "possible") and m.status != "proposal", m.id
            assert m.need_month is None or m.need_month >= TODAY.isoformat()[:7], m.id
        if m.verdict in ("eligible", "possible") and not m.claimable_now:
            assert (
                "nu niet meer aan te vragen" in text
                or "behoefte in het verleden" in text
                or ("nu niet aan te vragen; " in text and m.apply_from)
            ), (m.id, text)
        assert "R&D-medewerker(s)" not in text and "leerling(en)" not in text
        assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text), (m.id, text)  # dates written out
    kinds = {m.kind for m in result.measures if m.kind}
    for group in result.totals.values():
        assert set(group) <= kinds


def test_a_loss_in_a_normal_month_is_not_a_crisis_bridging_need() -> None:
    """Fixed costs above the margin: cash runs out whatever the crisis does. Loans are then
    at most 'possible' (a lender judges viability), the reason and the answer say why."""
    losing = finance(METAAL, cash_eur=100_000.0, other_fixed_costs_monthly_eur=400_000.0)
    result = assess(losing, today=TODAY)
    loans = [m for m in result.measures if m.alternatives == "cash_need" and m.amount_eur]
    assert loans
    for m in loans:
        assert m.verdict != "eligible", m.id
        assert any("ook in een normale maand is uw resultaat negatief" in r for r in m.reasons_nl)
    assert "ook in een normale maand verliest uw bedrijf" in result.answer["nl"].split("\n")[2]
    assert "also loses" in result.answer["en"]
    healthy = assess(METAAL, today=TODAY)
    assert "normale maand" not in healthy.answer["nl"]


def test_the_regular_bmkb_is_capped_at_its_guaranteed_maximum() -> None:
    """Half the loan is guaranteed credit, at most € 1,5 mln: a loan of at most € 3 mln,
    the rest of a larger shortfall is said to be uncovered."""
    result = assess(broke(AGRI), today=TODAY, crisis_now=True, scenario="cpb3")
    gap = max(0.0, -min(next(c for c in result.cash if c.scenario == "cpb3_now").balance_eur))
    assert gap > 3_000_000
    bmkb = measure_of(result, "bmkb")
    assert bmkb.verdict == "eligible" and bmkb.claimable_now
    assert bmkb.amount_eur == pytest.approx(3_000_000.0)
    assert any(
        "50% borgstellingskrediet = € 1.500.000 (max. € 1.500.000)" in r for r in bmkb.reasons_nl
    )
    assert any("dit dekt een deel" in r for r in bmkb.reasons_nl)
    assert any("de bedragen van deze regeling" in r for r in bmkb.reasons_nl)  # unconfirmed


def test_wtv_follows_the_regeling_calamiteiten_ww() -> None:
    """Art. 1.2(2): at most 24 consecutive weeks, and no cause of an economic nature."""
    long = replace(no_order_book(METAAL), assumptions=(("elasticity", 4.0),))
    wtv = run(long, "wtv", now=True)  # 13 months with 20% less work
    assert wtv.verdict == "not_eligible" and not wtv.claimable_now
    assert "langer dan de 24 aaneengesloten weken" in wtv.reasons_nl[0]
    result = assess(ELEKTRONICA, today=TODAY, crisis_now=True, scenario="rec2008_now")
    economic = measure_of(result, "wtv")
    assert economic.verdict == "not_eligible"
    assert any("economische aard" in r or "geen maand" in r for r in economic.reasons_nl)
    four = measure_of(assess(ELEKTRONICA, today=TODAY, crisis_now=True), "wtv")
    assert four.by_scenario["cpb4_now"]["verdict"] == "not_eligible"  # 19 months


OPEN_ENDED = ("wbso", "wtv", "qredits", "innovatiekrediet", "exportfinanciering", "kennismigranten")


def test_open_ended_schemes_are_open_ended_in_the_catalogue() -> None:
    for mid in OPEN_ENDED:
        m = next(x for x in catalogue() if x.id == mid)
        assert m.status == "current" and m.valid_to is None, mid


@pytest.mark.parametrize("today", [dt.date(2031, 1, 1), dt.date(2099, 6, 1)])
@pytest.mark.parametrize("case", [AGRI, ELEKTRONICA], ids=["agri", "elektronica"])
def test_an_old_catalogue_makes_open_ended_schemes_at_most_possible(
    case: Case, today: dt.date
) -> None:
    fresh = assess(case, today=TODAY)
    old = assess(case, today=today)
    assert measure_of(fresh, "wbso").verdict == "eligible"  # the case really qualifies
    for mid in OPEN_ENDED:
        m = measure_of(old, mid)
        assert m.verdict != "eligible", mid
        assert all(v["verdict"] != "eligible" for v in m.by_scenario.values()), mid
        if m.verdict == "possible":
            assert any("ouder dan 12 maanden" in r for r in m.reasons_nl), mid
            assert any("older than 12 months" in r for r in m.reasons_en), mid
            assert any("pagina van de regeling" in r for r in m.reasons_nl), mid
    wbso = measure_of(old, "wbso")
    assert wbso.verdict == "possible" and wbso.amount_eur == measure_of(fresh, "wbso").amount_eur
    # "possible" is never added in: WBSO's tax credit leaves today's total.
    assert "tax_credit" in fresh.totals["claimable_now"]
    assert "tax_credit" not in old.totals["claimable_now"]


def test_within_the_threshold_nothing_changes() -> None:
    for today in (TODAY, dt.date(2027, 12, 7)):
        result = assess(AGRI, today=today)
        wbso = measure_of(result, "wbso")
        assert wbso.verdict == "eligible"
        assert not any("ouder dan" in r for m in result.measures for r in m.reasons_nl)
        assert not any("older than" in r for m in result.measures for r in m.reasons_en)
