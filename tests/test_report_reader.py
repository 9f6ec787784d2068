"""The workbook as a case file: exact round trip, and safe refusal of anything else
(not a workbook, not ours, a zip bomb, unsafe XML, damage, a newer format)."""

from __future__ import annotations

import json
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from core.advice.assess import assess
from core.case_file import load_case
from core.inputs.validation import CaseError
from core.report import reader
from core.report.machine import DATA_SHEET
from core.report.reader import read_case_from_workbook
from core.report.workbook import write_workbook
from core.result import result_to_json
from tests.conftest import EXAMPLES
from tests.test_report_helpers import TODAY, injected_case

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.herstelscan.json"))


def _message(exc: CaseError) -> str:
    return " ".join(exc.lines("nl") + exc.lines("en"))


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.name.split(".")[0])
def test_round_trip_restores_the_case_and_the_results(example: Path, tmp_path: Path) -> None:
    case = load_case(example)
    first = assess(case, today=TODAY)
    path = tmp_path / "advies.xlsx"
    write_workbook(first, path, "nl")
    back = load_case(path)  # the dispatch every caller uses
    assert back == case
    assert result_to_json(assess(back, today=TODAY)) == result_to_json(first)


def test_round_trip_keeps_hostile_text_and_changed_assumptions(tmp_path: Path) -> None:
    case = injected_case()
    case = replace(
        case, company=replace(case.company, name=case.company.name + " \u00e9\u20ac\U0001f527")
    )
    path = tmp_path / "evil.xlsx"
    write_workbook(assess(case, today=TODAY), path, "en")
    assert read_case_from_workbook(path) == case


def test_round_trip_of_a_long_case_split_over_cells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.report import machine

    monkeypatch.setattr(machine, "CHUNK", 100)  # force many parts
    case = load_case(EXAMPLE_FILES[0])
    path = tmp_path / "long.xlsx"
    write_workbook(assess(case, today=TODAY), path)
    assert read_case_from_workbook(path) == case


def _refused(path: Path) -> str:
    with pytest.raises(CaseError) as info:
        read_case_from_workbook(path)
    problems = info.value.problems
    assert problems and problems[0].field == str(path)
    return _message(info.value)


def test_missing_file(tmp_path: Path) -> None:
    assert "niet gevonden" in _refused(tmp_path / "weg.xlsx")


def test_text_file_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "nep.xlsx"
    path.write_text("naam;omzet\nBV;1\n", encoding="utf-8")
    assert "not an (undamaged) Excel workbook" in _refused(path)


def test_truncated_workbook(tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    write_workbook(assess(load_case(EXAMPLE_FILES[0]), today=TODAY), good)
    bad = tmp_path / "half.xlsx"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "Excel" in _refused(bad)


def test_other_workbook_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "begroting.xlsx"
    wb = Workbook()
    wb.active["A1"] = "Begroting 2025"
    wb.save(path)
    assert "not a Herstelscan workbook" in _refused(path)


def test_data_sheet_with_another_marker_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    wb = Workbook()
    ws = wb.create_sheet(DATA_SHEET)
    ws["A1"], ws["B1"] = "format", "something-else"
    wb.save(path)
    assert "not a Herstelscan workbook" in _refused(path)


def _tamper(src: Path, dst: Path, cell: str, value: object) -> None:
    wb = load_workbook(src)
    wb[DATA_SHEET][cell] = value
    wb.save(dst)


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("good") / "good.xlsx"
    write_workbook(assess(load_case(EXAMPLE_FILES[0]), today=TODAY), path)
    return path


def test_newer_workbook_format_is_refused(good: Path, tmp_path: Path) -> None:
    path = tmp_path / "nieuw.xlsx"
    _tamper(good, path, "B2", 99)
    text = _refused(path)
    assert "nieuwere Herstelscan" in text and "Update Herstelscan" in text


def test_newer_case_schema_is_refused_by_validation(good: Path, tmp_path: Path) -> None:
    raw = json.loads(load_workbook(good)[DATA_SHEET]["B6"].value)
    raw["schema_version"] = 7
    path = tmp_path / "schema.xlsx"
    _tamper(good, path, "B6", json.dumps(raw))
    with pytest.raises(CaseError) as info:
        read_case_from_workbook(path)
    assert info.value.problems[0].field == "schema_version"
    assert "newer Herstelscan" in _message(info.value)


def test_edited_case_data_goes_through_validation(good: Path, tmp_path: Path) -> None:
    raw = json.loads(load_workbook(good)[DATA_SHEET]["B6"].value)
    raw["sales"][0]["share"] = 0.35
    raw["company"]["kvk"] = "12AB"
    path = tmp_path / "edited.xlsx"
    _tamper(good, path, "B6", json.dumps(raw))
    with pytest.raises(CaseError) as info:
        read_case_from_workbook(path)
    fields = {p.field for p in info.value.problems}
    assert {"sales", "company.kvk"} <= fields


@pytest.mark.parametrize(("cell", "value"), [("B6", None), ("B5", 3), ("B6", "{not json")])
def test_damaged_case_data(good: Path, tmp_path: Path, cell: str, value: object) -> None:
    path = tmp_path / "kapot.xlsx"
    _tamper(good, path, cell, value)
    assert "damaged" in _refused(path)


def test_zip_bomb_is_refused_within_a_second(tmp_path: Path) -> None:
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            block = b"\0" * (1 << 20)
            for _ in range(reader.MAX_UNPACKED_BYTES // len(block) + 8):
                fh.write(block)
    assert path.stat().st_size < 1_000_000
    start = time.perf_counter()
    text = _refused(path)
    assert time.perf_counter() - start < 1.0
    assert "zip bomb" in text


def test_too_many_parts_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "veel.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(reader.MAX_PARTS + 1):
            zf.writestr(f"x/{i}", "")
    assert "parts" in _refused(path)


def test_entity_expansion_is_refused(good: Path, tmp_path: Path) -> None:
    """A billion-laughs DTD in the workbook part: defusedxml refuses it before expanding."""
    path = tmp_path / "lol.xlsx"
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    )
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/workbook.xml":
                text = data.decode("utf-8")
                body = text[text.index("?>") + 2 :] if text.startswith("<?xml") else text
                data = (laughs + body.replace("<sheets>", "<sheets>&lol3;", 1)).encode("utf-8")
            dst.writestr(item, data)
    assert "unsafe XML" in _refused(path)


def test_openpyxl_parses_through_defusedxml() -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML
