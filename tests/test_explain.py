"""The "why" of each headline figure reads as a director's sentence with the real
numbers, and points at the method text, never at the app's files."""

from __future__ import annotations

import re

import pytest

from core.advice.assess import assess
from core.case_file import load_case
from core.reference.method import section_ref
from core.result import Result
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
