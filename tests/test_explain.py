"""The "why" of each headline figure reads as a director's sentence with the real
numbers, and points at the method text, never at the app's files."""

from __future__ import annotations

import re

import pytest

from core.advice.assess import assess
from core.case_file import load_case
from core.reference.method import section_ref
from core.reference.stress import Shock
from core.result import Explanation, Result, ScenarioForecast
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def result() -> Result:
    return assess(load_case(EXAMPLES / "metaal-orderboek.herstelscan.json"))


def test_every_explanation_has_words_numbers_and_a_method_section(result: Result) -> None:
    assert result.explanations
    for x in result.explanations:
        for lang in ("nl", "en"):
            assert x.headline(lang) and x.text(lang).endswith("."), x.key
            assert x.sources(lang).startswith(section_ref(x.method_section, lang)), x.key
            assert x.sources(lang).startswith(("Methode, § ", "Method, § "))
            shown = " ".join((x.label(lang), x.text(lang), x.formula(lang), x.sources(lang)))
            assert not re.search(r"\.md\b|\.json\b|resources/|model\.md", shown), (x.key, shown)
            # No model symbols such as Y(m), C(m) or due(m) in what a member reads.
            assert not re.search(r"\b[A-Z]\(m\)|due\(m\)", x.formula(lang)), x.formula(lang)


def test_trough_says_level_and_drop(result: Result) -> None:
    x = result.explanation("trough:cpb2")
    sc = result.forecast("cpb2")
    level = round(sc.trough_index * 100, 1)
    assert x.headline("nl").startswith(f"{level:g}".replace(".", ",") + "% van normaal (−")
    assert x.headline("en").startswith(f"{level:g}% of normal (−")
    assert "Methode, § 4 Omzetprognose" in x.sources("nl")


def test_concentration_leads_with_the_word(result: Result) -> None:
    x = result.explanation("supplier_hhi")
    assert x.headline("nl") in ("sterk geconcentreerd", "gespreid")
    assert "HHI" not in x.label("nl") and "HHI" not in x.headline("nl")
    assert "0,36" in x.label("nl")  # the number comes second, in the label


def test_a_critical_supplier_puts_the_whole_line_at_stake_and_the_order_book_does_not_help() -> (
    None
):
    """The card and the warning below it tell one story: without the critical country's
    deliveries production stops, so the card shows 100% (the purchase share beside it),
    and the first 20% month says the order book changes nothing."""
    import datetime as dt
    from pathlib import Path

    from core.advice.assess import assess
    from core.case_file import load_case
    from core.fmt import pct

    root = Path(__file__).resolve().parent.parent
    case = load_case(root / "resources" / "examples" / "elektronica-china.herstelscan.json")
    result = assess(case, today=dt.date(2026, 11, 30))
    card = result.explanation("supply_top")
    assert card.value == 1.0 and card.headline_nl == "100%"
    assert "China" in card.label_nl and "onmisbaar" in card.text_nl
    assert "hele productie stil" in card.text_nl
    assert pct(case.purchasing.share_of_revenue * 0.35) in card.text_nl  # the purchase share
    first = result.explanation(f"first_drop:{result.scenario}")
    assert first.text_nl.startswith("Uw orderportefeuille helpt niet: de leveringen uit China")
    assert "worden nog geleverd" not in first.text_nl and "klap komt later" not in first.text_nl
    assert first.text_en.startswith("Your order book does not help")
    # Without a critical supplier the order book does delay the blow, and says so.
    metaal = load_case(root / "resources" / "examples" / "metaal-orderboek.herstelscan.json")
    four = assess(metaal, today=dt.date(2026, 11, 30), scenario="cpb4")
    assert "klap komt later" in four.explanation("first_drop:cpb4").text_nl
    assert four.explanation("supply_top").value < 1.0


# -- a stress test's margin at stake (issue 17; one helper since tidy item 2) -------------


def _own_margin(*shocks: Shock) -> tuple[Result, ScenarioForecast, dict[str, Explanation]]:
    import datetime as dt
    from dataclasses import replace

    from core.inputs.case import OwnScenario

    case = load_case(EXAMPLES / "elektronica-china.herstelscan.json")
    own = OwnScenario("Eigen", None, shocks)
    res = assess(
        replace(case, own_scenario=own, start="stress"),
        scenario="own",
        today=dt.date(2026, 12, 7),
    )
    return res, res.forecast("own"), {x.key: x for x in res.explanations}


def test_dearer_chinese_parts_cost_margin_not_revenue() -> None:

    # 35% of purchases from China, purchases 55% of revenue, 25% dearer for 12 months.
    res, sc, by_key = _own_margin(Shock("input_cost", ("CN",), 0.25, duration=12, recovery=0))
    through = res.assumptions["input_cost_pass_through"]
    monthly = res.case.company.annual_revenue_eur / 12
    assert sc.revenue_loss_eur == pytest.approx(0.0)
    assert max(sc.input_cost_index) == pytest.approx(0.55 * 0.35 * 0.25 * (1 - through))
    expl = by_key["margin_loss:own"]
    assert expl.unit == "eur" and expl.value == pytest.approx(sum(sc.input_cost_index) * monthly)
    assert expl.value == pytest.approx(12 * 0.55 * 0.35 * 0.25 * (1 - through) * monthly)
    assert "doorberekent" in expl.text_nl and "pass on" in expl.text_en
    assert expl.method_section > 0


def test_the_margin_adds_lost_deliveries_and_extra_cost() -> None:

    res, sc, by_key = _own_margin(
        Shock("demand", ("US",), 0.5, duration=6), Shock("input_cost", ("CN",), 0.1, duration=6)
    )
    monthly = res.case.company.annual_revenue_eur / 12
    extra = sum(sc.input_cost_index) * monthly
    lost = sc.revenue_loss_eur * (1 - res.case.purchasing.share_of_revenue)
    assert sc.revenue_loss_eur > 0 and extra > 0
    assert by_key["margin_loss:own"].value == pytest.approx(lost + extra)
    # lost orders alone: the margin of the deliveries, no dearer purchases named
    _, sc, by_key = _own_margin(Shock("demand", ("US",), 0.5))
    only = by_key["margin_loss:own"]
    assert only.value == pytest.approx(
        sc.revenue_loss_eur * (1 - res.case.purchasing.share_of_revenue)
    )
    assert "doorberekent" not in only.text_nl
