"""The member-readable method text: present in both languages, in order, readable."""

from __future__ import annotations

import re

import pytest
from openpyxl import Workbook

from core.reference.method import full_text, section_ref, section_ref_both, section_title, sections
from core.report.sheet_method import plain, sheet_name, write_method

OURS = {1, 2, 3, 4, 5, 6, 7, 8, 9}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_sections_in_order_with_a_heading(lang: str) -> None:
    secs = sections(lang)
    numbers = [s.number for s in secs]
    assert numbers == sorted(numbers)
    assert set(numbers) >= OURS
    for s in secs:
        assert s.text.startswith(f"# {s.title}\n")
        assert len(s.text) > 400, f"§ {s.number} is too thin to explain anything"


def test_both_languages_have_the_same_sections() -> None:
    assert [s.number for s in sections("nl")] == [s.number for s in sections("en")]


def test_references() -> None:
    assert section_ref(5, "nl") == "Methode, § 5 NOW"
    assert section_ref(7, "en") == "Method, § 7 Cash runway"
    assert section_ref(6, "en_GB") == "Method, § 6 Support measures"
    assert (
        section_ref_both(2)
        == "Methode, § 2 Blootstelling per land / Method, § 2 Exposure by country"
    )
    assert section_title(4, "nl")  # from the file or the default, never missing
    with pytest.raises(ValueError):
        section_ref(1, "de")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_text_states_the_rules_it_describes(lang: str) -> None:
    text = full_text(lang)
    # NOW: the wage caps per tranche and the chain rule.
    for cap in ("9.538", "9.718", "9.812") if lang == "nl" else ("9,538", "9,718", "9,812"):
        assert cap in text
    assert ("ketenregel" if lang == "nl" else "chain rule") in text
    # Cash: the implied normal monthly result, worked through.
    assert ("normaal maandresultaat" if lang == "nl" else "normal monthly result") in text
    # Measures: kinds never added up; 'possible' only for what the scan cannot know.
    assert ("nooit opgeteld" if lang == "nl" else "never added up") in text


def test_plain_text_for_the_workbook() -> None:
    assert (
        plain("zie [UWV](https://www.uwv.nl/x) en **vet**")
        == "zie UWV (https://www.uwv.nl/x) en vet"
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_method_sheet_holds_every_section(lang: str) -> None:
    wb = Workbook()
    ws = wb.create_sheet(sheet_name(lang))
    write_method(ws, lang)
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    for s in sections(lang):
        assert f"§ {s.number} {s.title}" in cells
    assert not any(re.match(r"^#", c) for c in cells), "Markdown marks leaked into the sheet"
    assert sheet_name(lang) == ("Methode" if lang == "nl" else "Method")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_sources_section_lists_every_catalogue_source(lang: str) -> None:
    from core.reference.catalogue import catalogue

    text = full_text(lang)
    assert "<!--" not in text
    for m in catalogue():
        for url in m.sources:
            assert f"- {url}" in text, (m.id, url)
        for url in m.secondary_sources:
            assert url in text and ("secundair" if lang == "nl" else "secondary") in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_stress_section_states_its_limits_and_every_library_source(lang: str) -> None:
    """§ 9 (issue 17): channels, fact vs assumption, the limits, the WTV reason, and the
    library's own facts and assumptions, generated from the data so they cannot drift."""
    from core.reference.stress import library

    (sec,) = [s for s in sections(lang) if s.number == 9]
    text = sec.text
    assert "<!--" not in text
    nl = lang == "nl"
    for word in (
        ("Partieel evenwicht", "tweede-ronde", "geen voorspelling", "mogelijk")
        if nl
        else ("Partial equilibrium", "second-round", "not a forecast", "possible")
    ):
        assert word in text, word
    for spec in library():
        assert f"**{spec.label(lang)}**" in text
        for f in spec.facts:
            assert (f.url or f.source) in text, (spec.id, f.id)
            line = next(x for x in text.splitlines() if (f.nl if nl else f.en) in x)
            assert ("secundair" if nl else "secondary") in line or f.primary, (spec.id, f.id)
        for a in spec.assumptions:
            assert (a.why_nl if nl else a.why_en) in text, (spec.id, a.id)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_forecast_section_states_the_defaults_it_runs_with(lang: str) -> None:
    """§ 3-4 name the issue-21 defaults as the resources set them, so the text cannot
    drift from the model: extra absence, supply failures on the path as it happened,
    lost orders placed again (all of them, as the gap closes), and deferred deliveries
    at the back of the order book."""
    from core.fmt import pct
    from core.reference.assumptions import resolve
    from core.reference.scenarios import realised_scenario

    text = "\n".join(s.text for s in sections(lang) if s.number in (3, 4))
    a = resolve()
    absence = pct(a["absence_rate"], lang, 1)
    supply = pct(realised_scenario("nl2020").supply_disruption, lang, 0)
    nl = lang == "nl"
    assert (f"{absence} extra verzuim" if nl else f"{absence} extra absence") in text
    assert (f"Zoals het ging: {supply}" if nl else f"As it happened: {supply}") in text
    assert a["order_recovery_share"] == 1.0
    assert ("standaard allemaal" if nl else "by default all of them") in text
    assert ("achteraan in het orderboek" if nl else "back of the order book") in text
