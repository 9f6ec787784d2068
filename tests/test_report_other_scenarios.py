"""Aannames lists the scenarios that are not CPB's, read back from a written workbook:
what happened in 2020-2021 for the 2020 start, the 2008-2010 shape for a crisis starting
now; and the Summary's disclaimer holds for both starts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from core.advice.assess import assess
from core.case_file import load_case
from core.months import parse_month
from core.reference.scenarios import Window, realised_scenario
from core.report.other_scenarios import (
    DEMAND,
    KIND_FROM,
    SOURCE_FROM,
    WINDOWS_FROM,
    window_lines,
)
from core.report.workbook import write_workbook
from tests.test_report_helpers import METAAL, TODAY


def _sheets(tmp_path: Path, crisis_now: bool, lang: str) -> tuple[Worksheet, Worksheet]:
    result = assess(load_case(METAAL), today=TODAY, crisis_now=crisis_now)
    path = tmp_path / f"{lang}.xlsx"
    write_workbook(result, path, lang)
    book = load_workbook(path)
    names = ("Aannames", "Samenvatting") if lang == "nl" else ("Assumptions", "Summary")
    return book[names[0]], book[names[1]]


def _table(ws: Worksheet, title: str) -> dict[str, dict[str, object]]:
    """The rows of the table under ``title``, by scenario label."""
    start = next(c.row for c in ws["A"] if c.value == title)
    rows: dict[str, dict[str, object]] = {}
    row = start + 2  # title, header
    while ws.cell(row=row, column=DEMAND).value is not None:
        rows[str(ws.cell(row=row, column=1).value)] = {
            "kind": ws.cell(row=row, column=KIND_FROM).value,
            "windows": ws.cell(row=row, column=WINDOWS_FROM).value,
            "demand": ws.cell(row=row, column=DEMAND).value,
            "source": ws.cell(row=row, column=SOURCE_FROM).value,
        }
        row += 1
    return rows


def _texts(ws: Worksheet) -> list[str]:
    return [str(c.value) for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def _links(ws: Worksheet) -> list[str]:
    return [c.hyperlink.target for row in ws.iter_rows() for c in row if c.hyperlink]


def test_the_2020_workbook_lists_what_happened_with_its_lockdowns(tmp_path: Path) -> None:
    ws, summary = _sheets(tmp_path, crisis_now=False, lang="nl")
    rows = _table(ws, "Scenario's in deze werkmap die niet van het CPB zijn")
    nl2020 = realised_scenario("nl2020")
    assert list(rows) == [nl2020.nl]  # CPB's four are in their own table above
    row = rows[nl2020.nl]
    assert row["kind"] == "referentie: zoals het ging vanaf maart 2020, geen prognose"
    # From 15 March: about half of March, April and May in full, June half (1 June - 1 July).
    assert str(row["windows"]).split("\n")[:3] == [
        "mrt 2020: 53%",
        "apr–mei 2020: 100%",
        "jun 2020: 50%",
    ]
    assert "jan–mrt 2021: 20%" in str(row["windows"])
    assert row["demand"] == 0.5
    assert str(row["source"]).startswith("CBS, bbp-volume per kwartaal 2020–2022")
    links = _links(ws)
    assert "https://www.rijksoverheid.nl/onderwerpen/coronavirus-tijdlijn" in links
    assert (
        "https://www.cbs.nl/nl-nl/nieuws/2020/39/economie-krimpt-met-8-5-procent-in-tweede-kwartaal-2020"
        in links
    )
    # No note about borrowed shapes: these are CPB's scenarios as of March 2020.
    assert not any("vorm geleend van 2020" in x for x in _texts(ws))
    disclaimer = next(x for x in _texts(summary) if "zelfscan" in x)
    assert "scenario's van deze werkmap (zie Aannames)" in disclaimer
    assert "CPB (maart 2020)" not in disclaimer


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_crisis_starting_now_lists_the_2008_shape_and_says_cpb_is_borrowed(
    tmp_path: Path, lang: str
) -> None:
    ws, summary = _sheets(tmp_path, crisis_now=True, lang=lang)
    title = (
        "Scenario's in deze werkmap die niet van het CPB zijn"
        if lang == "nl"
        else "Scenarios in this workbook that are not CPB's"
    )
    rows = _table(ws, title)
    label = realised_scenario("rec2008").label(lang)
    assert list(rows) == [label]  # not the 2020 reference: it cannot start now
    month = "januari 2025" if lang == "nl" else "January 2025"  # TODAY's month
    row = rows[label]
    assert month in str(row["kind"])
    assert row["windows"] == ("geen beperkingen" if lang == "nl" else "no restrictions")
    assert row["demand"] == 0.21  # of the euro area's order intake, x the elasticity
    # The shape's demand follows the euro area's order intake: its months are cited.
    assert "http://europa.eu/rapid/press-release_STAT-10-74_en.htm?locale=en" in _links(ws)
    cited = [str(c.value) for c in ws["A"] if c.value]
    word = "Orderontvangst" if lang == "nl" else "Order intake"
    assert f"{word} 2010-03" in cited and not any(x.startswith(("Bbp 20", "GDP 20")) for x in cited)
    # Under CPB's table: its parameters are replayed from this month, borrowed from 2020.
    cpb_last = next(c.row for c in ws["B"] if c.value == "IV")
    note = str(ws.cell(row=cpb_last + 1, column=1).value)
    assert month in note
    assert ("vorm geleend van 2020" if lang == "nl" else "shapes borrowed from 2020") in note
    disclaimer = next(x for x in _texts(summary) if "zelfscan" in x or "self-assessment" in x)
    assert "CPB" not in disclaimer and ("Aannames" in disclaimer or "Assumptions" in disclaimer)


def test_fractional_windows_cover_the_months_they_touch() -> None:
    nl2020 = realised_scenario("nl2020")
    start = parse_month("2020-03")
    windows = (Window(0.5, 2.3, 0.4), Window(4.2, 4.6, 1.0), Window(6.0, 7.0, 0.25))
    sc = replace(nl2020, windows=windows)
    assert window_lines(sc, start, "en") == ["Mar–May 2020: 40%", "Jul 2020: 100%", "Sep 2020: 25%"]
    across = replace(nl2020, windows=(Window(9.0, 12.0, 1.0),))
    assert window_lines(across, start, "nl") == ["dec 2020 – feb 2021: 100%"]
