"""The catalogue stays honest, and no text a user sees names an internal file.

Every measure and variant has a dated status (status, valid_from, valid_to) with the
page that dates it and the day it was checked; every measure has at least one official
source (government, regulator or the scheme's administrator), and only official pages
sit in ``sources``. Texts shown to users (the data files' texts, the workbook texts,
the reasons and explanations of a real assessment in nl and en, the Dutch UI
translations) point to the method text ("Methode, § N"), never to ``model.md`` or
``resources/...json``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import core.reference.catalogue as cat
from core.advice.assess import assess
from core.case_file import load_case
from core.reference.method import DEFAULT_TITLES, section_ref
from core.report import texts

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
EXAMPLES = sorted((RESOURCES / "examples").glob("*.herstelscan.json"))
RAW = json.loads((RESOURCES / "measures.json").read_text("utf-8"))

# An internal file: anything under resources/, a spec file, a data file. The case-file
# suffix ".herstelscan.json" is user-facing (it names the user's own files) and allowed.
INTERNAL = re.compile(r"resources/|\b[\w-]+\.md\b|\b(?!herstelscan\.json)[\w-]+\.json\b")
# Keys of data files that are for developers, not shown to users.
DEVELOPER_KEYS = {"about", "tranches_file", "id"}


def _schemes() -> Iterator[tuple[str, dict[str, Any]]]:
    for m in RAW["measures"]:
        yield m["id"], m
        for v in m.get("variants", []):
            yield f"{m['id']}/{v['id']}", v


SCHEMES = list(_schemes())


def names_internal_file(text: str) -> bool:
    return bool(INTERNAL.search(text.replace(".herstelscan.json", "")))


def test_the_pattern_catches_internal_files_and_spares_case_files() -> None:
    assert names_internal_file("Herstelscan model.md §3")
    assert names_internal_file("resources/now_tranches.json (UWV)")
    assert names_internal_file("zie benchmarks.json")
    assert not names_internal_file("open a case file (.herstelscan.json)")
    assert not names_internal_file(section_ref(5, "nl"))


# -- dated, sourced status ------------------------------------------------------------


@pytest.mark.parametrize(("label", "row"), SCHEMES, ids=[s[0] for s in SCHEMES])
def test_status_and_validity_are_dated_and_sourced(label: str, row: dict[str, Any]) -> None:
    assert row["status"] in cat.STATUSES
    assert "valid_from" in row and "valid_to" in row, label
    validity = row.get("validity")
    assert isinstance(validity, dict), f"{label}: no 'validity' (source and date checked)"
    assert validity["source"].startswith("https://"), label
    checked = dt.date.fromisoformat(validity["checked"])
    assert checked <= dt.date.fromisoformat(RAW["as_of"]), label
    assert set(validity.get("unconfirmed", [])) <= set(cat.VALIDITY_FIELDS), label


@pytest.mark.parametrize("measure", cat.catalogue(), ids=lambda m: m.id)
def test_every_measure_has_an_official_source_and_only_official_sources(
    measure: cat.Measure,
) -> None:
    assert measure.sources, f"{measure.id}: no official source"
    third_party = [u for u in measure.sources if not cat.is_official(u)]
    assert not third_party, f"{measure.id}: move to secondary_sources: {third_party}"
    assert measure.validity is not None
    for v in measure.variants:
        assert v.validity is not None, f"{measure.id}/{v.id}"


def test_proposals_cite_the_paper() -> None:
    for m in cat.catalogue():
        proposals = [m] if m.status == "proposal" else []
        proposals += [v for v in m.variants if v.status == "proposal"]
        if proposals:
            assert m.paper_section.nl.strip() and m.paper_section.en.strip(), m.id


def test_official_domains_recognised() -> None:
    assert cat.is_official("https://www.uwv.nl/werkgevers/x")
    assert cat.is_official("https://zoek.officielebekendmakingen.nl/kst-35420-2.html")
    assert cat.is_official("https://ondernemersplein.kvk.nl/garantie-ondernemingsfinanciering/")
    assert not cat.is_official("https://mijn.bovag.nl/coronalanding/now")
    assert not cat.is_official("https://uwv.nl.example.com/")


def test_unconfirmed_fields_are_said_in_the_reasons() -> None:
    """GO's status after June 2025 is not confirmed: a crisis starting now says so."""
    result = assess(load_case(EXAMPLES[0]), today=dt.date(2026, 11, 30), crisis_now=True)
    go = next(m for m in result.measures if m.id == "go")
    assert any("niet bevestigd" in r for r in go.reasons_nl)
    assert any("not confirmed" in r for r in go.reasons_en)


# -- no internal file names in user-visible text -----------------------------------------


def _strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in DEVELOPER_KEYS:
                yield from _strings(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, f"{path}[{i}]")
    elif isinstance(value, str):
        yield path, value


DATA_FILES = sorted(p.name for p in RESOURCES.glob("*.json"))


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_texts_name_no_internal_file(name: str) -> None:
    data = json.loads((RESOURCES / name).read_text("utf-8"))
    bad = [(p, s) for p, s in _strings(data) if names_internal_file(s)]
    assert not bad, bad[:5]


def test_report_texts_name_no_internal_file() -> None:
    tables = [v for v in vars(texts).values() if isinstance(v, dict)]
    bad = [
        (key, text)
        for table in tables
        for key, pair in table.items()
        if isinstance(pair, tuple)
        for text in pair
        if isinstance(text, str) and names_internal_file(text)
    ]
    assert not bad, bad[:5]


@pytest.mark.parametrize("crisis_now", [False, True], ids=["2020", "now"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name.split(".")[0])
def test_assessment_reasons_and_explanations_name_no_internal_file(
    path: Path, crisis_now: bool
) -> None:
    result = assess(load_case(path), today=dt.date(2026, 11, 30), crisis_now=crisis_now)
    shown: list[str] = []
    for m in result.measures:
        shown += m.reasons_nl + m.reasons_en
    for e in result.explanations:
        shown += [e.label_nl, e.label_en, e.formula_nl, e.formula_en]
        shown += [e.values_nl, e.values_en, e.source]
    bad = [s for s in shown if names_internal_file(s)]
    assert not bad, bad[:5]
    # Where the explanations cite the model, they cite a method section.
    assert any("Methode, §" in e.source for e in result.explanations)


def test_ui_translations_name_no_internal_file() -> None:
    ts = RESOURCES / "translations" / "herstelscan_nl.ts"
    bad = []
    for message in ET.parse(ts).getroot().iter("message"):
        for tag in ("source", "translation"):
            text = message.findtext(tag) or ""
            if names_internal_file(text):
                bad.append(text)
    assert not bad, bad[:5]


def test_method_sections_cited_exist() -> None:
    """Every section number the app cites has a heading (its file, or the default)."""
    for number in DEFAULT_TITLES:
        for lang in ("nl", "en"):
            assert section_ref(number, lang).startswith(("Methode, § ", "Method, § "))
