"""How user-visible text points at the method shipped with the app.

The method is ``resources/method/<lang>/NN-slug.md``, one section per file; texts refer
to a section as "Methode, § 4 Omzetprognose" / "Method, § 4 Revenue forecast", never
to the app's internal files. tests/test_method_refs.py keeps these titles equal to the
sections' headings once the method text is there.
"""

from __future__ import annotations

OVERVIEW, EXPOSURE, SCENARIOS, FORECAST, NOW, MEASURES, CASH, SOURCES = range(1, 9)

TITLES: dict[int, tuple[str, str]] = {
    OVERVIEW: ("Overzicht", "Overview"),
    EXPOSURE: ("Blootstelling per land", "Exposure by country"),
    SCENARIOS: ("Scenario's", "Scenarios"),
    FORECAST: ("Omzetprognose", "Revenue forecast"),
    NOW: ("NOW", "NOW"),
    MEASURES: ("Maatregelen", "Measures"),
    CASH: ("Kas", "Cash"),
    SOURCES: ("Bronnen", "Sources"),
}


def method_ref(section: int, lang: str = "nl") -> str:
    """``Methode, § 4 Omzetprognose`` (nl) / ``Method, § 4 Revenue forecast`` (en)."""
    nl, en = TITLES[section]
    return f"Methode, § {section} {nl}" if lang == "nl" else f"Method, § {section} {en}"
