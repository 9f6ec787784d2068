"""The stress tests in the workbook (issue 17, item 5): Methode lists each stress test's
shocks, facts with their sources and assumptions, and the own scenario; Blootstelling
shows what the chosen stress test hits, with core's figures; the case round-trips."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from core.advice.assess import assess
from core.case_file import load_case
from core.inputs.case import OwnScenario
from core.model.exposure import stress_exposure
from core.reference.stress import Shock, library
from core.report.reader import read_case_from_workbook
from core.report.workbook import write_workbook
from tests.conftest import EXAMPLES

TODAY = dt.date(2026, 12, 7)
OWN = OwnScenario(
    "Eigen scenario: heffing en duurdere onderdelen",
    library()[0].id,
    (
        Shock("demand", ("US",), 0.15, via="tariff"),
        Shock("input_cost", ("CN",), 0.2, duration=12, recovery=3),
    ),
)


@pytest.fixture(scope="module", params=["nl", "en"])
def workbook(request, tmp_path_factory):
    case = replace(
        load_case(EXAMPLES / "elektronica-china.herstelscan.json"),
        own_scenario=OWN,
        start="stress",
        scenario="own",
    )
    result = assess(case, today=TODAY)
    path = tmp_path_factory.mktemp("wb") / f"stress-{request.param}.xlsx"
    write_workbook(result, path, request.param)
    return result, path, request.param


def _cells(ws):
    return [c for row in ws.iter_rows() for c in row if c.value is not None]


def test_methode_lists_every_stress_test_with_facts_sources_and_the_own_scenario(workbook):
    _result, path, lang = workbook
    wb = load_workbook(path)
    ws = wb["Methode" if lang == "nl" else "Method"]
    texts = [str(c.value) for c in _cells(ws)]
    title = "Stresstests in deze werkmap" if lang == "nl" else "Stress tests in this workbook"
    assert any(t.startswith(title) for t in texts)
    for spec in library():
        assert any(spec.label(lang) in t for t in texts)
        for fact in spec.facts:
            said = fact.nl if lang == "nl" else fact.en
            cell = next(c for c in _cells(ws) if c.value == said and c.column == 1)
            assert ws.cell(row=cell.row, column=4).value == fact.value
            assert ws.cell(row=cell.row, column=5).value == fact.date
            source = ws.cell(row=cell.row, column=6)
            assert source.value.startswith(fact.source)
            if fact.url:
                link = ws.cell(row=cell.row + 1, column=6)
                assert link.hyperlink is not None and link.hyperlink.target == fact.url
        for a in spec.assumptions:
            assert (a.why_nl if lang == "nl" else a.why_en) in texts
    assert any(OWN.name in t for t in texts)
    china = "China"
    assert any(t == china for t in texts)  # the own input-cost shock's country


def test_blootstelling_shows_what_the_chosen_stress_test_hits(workbook):
    result, path, lang = workbook
    wb = load_workbook(path)
    ws = wb["Blootstelling" if lang == "nl" else "Exposure"]
    heading = next(
        c for c in _cells(ws) if isinstance(c.value, str) and OWN.name in c.value and c.column == 1
    )
    channels = stress_exposure(result.case, OWN.shocks, result.assumptions)
    row = heading.row + 3  # the note, the header, then one row per channel
    for ch in channels:
        assert ws.cell(row=row, column=4).value == pytest.approx(ch.exposed)
        assert ws.cell(row=row, column=6).value == pytest.approx(ch.at_full_size)
        row += 1
    assert channels[0].channel == "demand" and channels[0].countries == ("US",)


def test_the_own_scenario_round_trips_through_the_workbook(workbook):
    _result, path, _lang = workbook
    case = read_case_from_workbook(path)
    assert case.own_scenario == OWN and case.start == "stress" and case.scenario == "own"
