"""Measure rules: for every measure a case where it applies and one where it does not,
with the reason checked; exact amounts where the catalogue gives a formula."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from hypothesis import given, settings

from core.assess import assess
from core.case import Case, Finance
from core.case_file import load_case
from core.catalogue import catalogue
from core.measures import RULES
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
    """Little cash and heavy fixed costs: cash runs out by millions."""
    return finance(case, cash_eur=50_000.0, other_fixed_costs_monthly_eur=400_000.0)


def mild(case: Case) -> Case:
    """Orders half as sensitive to GDP as by default."""
    return replace(case, assumptions=(("elasticity", 1.0),))


def tight(case: Case) -> Case:
    """The metal example runs about EUR 40,000 short in scenario II."""
    return finance(case, cash_eur=500_000.0, other_fixed_costs_monthly_eur=220_000.0)


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
        "NOW-1: omzetverlies 28,5% ≥ 20% in mei–jul 2020",
        (METAAL, ident, True),
        "not_eligible",
        "gold van 2020-03-01 tot 2022-03-31",
    ),
    (
        "exportfinanciering",
        (AGRI, ident, False),
        "eligible",
        "exportcontracten vanaf € 200.000",
        (METAAL, lambda c: replace(c, sales=(replace(c.sales[0], share=1.0),)), False),
        "not_eligible",
        "alle afzet is in Nederland",
    ),
    (
        "praktijkleren",
        (METAAL, ident, False),
        "eligible",
        "4 BBL-leerling(en) × € 2.700 = € 10.800",
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
        (METAAL, lambda c: replace(no_order_book(c), assumptions=(("elasticity", 4.0),)), True),
        "possible",
        "UWV beoordeelt of er een calamiteit",
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
        "niet nodig: de kas blijft in dit scenario positief",
    ),
    (
        "go",
        (
            METAAL,
            lambda c: finance(c, cash_eur=0.0, other_fixed_costs_monthly_eur=900_000.0),
            False,
        ),
        "eligible",
        "garantie 90% (mkb)",
        (METAAL, tight, False),
        "not_eligible",
        "minder dan het minimum van € 1.500.000",
    ),
    (
        "kkc",
        (METAAL, tight, False),
        "eligible",
        "de kas raakt op in",
        (METAAL, broke, True),
        "not_eligible",
        "gold van 2020-05-29 tot 2021-12-31",
    ),
    (
        "qredits",
        (METAAL, tight, False),
        "eligible",
        "de kas raakt op in",
        (METAAL, ident, False),
        "not_eligible",
        "niet nodig",
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
        "omzetdaling ≥ 20% in mei 2020",
        (AGRI, ident, True),
        "not_eligible",
        "liep af op 2021-09-30",
    ),
    (
        "togs_tvl",
        (METAAL, lambda c: replace(no_order_book(c), assumptions=(("elasticity", 5.0),)), False),
        "eligible",
        "TVL: omzetverlies ≥ 30% in K4 2020",
        (METAAL, mild, False),
        "not_eligible",
        "TVL: grootste kwartaaldaling",
    ),
    (
        "wbso",
        (AGRI, ident, False),
        "eligible",
        "32% over de eerste € 350.000 en 16% daarboven (2020) van € 900.000 R&D-loonkosten = € 200.000",
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
        "u heeft 12 R&D-medewerker(s)",
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
        "gold van 2020-01-01 tot 2021-12-31",
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
        "12 R&D-medewerker(s)",
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


def test_now_amount_is_the_sum_of_the_tranches_in_scenario_ii() -> None:
    result = assess(AGRI, today=TODAY)
    m = measure_of(result, "now")
    central = [n for n in result.now if n.scenario == "cpb2" and n.eligible]
    assert m.amount_eur == pytest.approx(sum(n.subsidy_eur for n in central))
    assert m.by_scenario == {
        "cpb1": "not_eligible",
        "cpb2": "eligible",
        "cpb3": "eligible",
        "cpb4": "eligible",
    }
    now1 = next(n for n in central if n.tranche == "NOW-1")
    # 610,000 wage bill (below 140 x 9,538), drop in the best window, 3 x 1.3 x 0.9
    assert now1.subsidy_eur == pytest.approx(now1.drop * 610_000 * 3 * 1.3 * 0.9)
    assert any("Vraag aan met het omzetverlies van scenario II" in r for r in m.reasons_nl)


def test_exact_amounts_for_the_named_measures() -> None:
    export = run(AGRI, "exportfinanciering")
    # all exports are insurable under the 2020 corona package: 25M x 80% abroad x 95% cover
    assert export.amount_eur == pytest.approx(25_000_000 * 0.80 * 0.95)
    export_now = run(AGRI, "exportfinanciering", now=True)
    assert export_now.amount_eur == pytest.approx(25_000_000 * 0.55 * 0.95)  # outside the EU only
    assert run(METAAL, "praktijkleren").amount_eur == 10_800.0
    assert run(METAAL, "praktijkleren", now=True).amount_eur == 10_800.0
    bl = run(broke(AGRI), "bl_borgstelling")
    assert bl.verdict == "proposal" and bl.amount_eur == 1_500_000.0  # the BL-C maximum
    assert run(AGRI, "wbso").amount_eur == pytest.approx(350_000 * 0.32 + 550_000 * 0.16)
    assert run(ELEKTRONICA, "wbso", now=True).amount_eur == pytest.approx(
        391_020 * 0.36 + (420_000 - 391_020) * 0.16
    )


def test_loans_are_sized_by_the_cash_gap_within_the_limits() -> None:
    result = assess(broke(METAAL), today=TODAY)
    gap = max(0.0, -min(next(c for c in result.cash if c.scenario == "cpb2").balance_eur))
    assert gap > 1_500_000
    bmkb = measure_of(result, "bmkb")
    assert bmkb.amount_eur == 1_500_000.0 and bmkb.verdict == "possible"  # larger than the max
    assert any("dekt een deel" in r for r in bmkb.reasons_nl)
    assert bmkb.period == ("2020-03-16", "2022-06-30") and bmkb.status == "historical"


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
            assert "eligible" not in m.by_scenario.values() or m.status != "proposal"
