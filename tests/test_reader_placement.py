"""Issue 20, item 1: the workbook limits hold however the parts are placed, named or
duplicated. openpyxl took the shared strings and the workbook part from the content
types at any path and let the last of two duplicate relationship ids win, so a file
of a few hundred kB made it parse tens of MB. The reader now follows the workbook
part's relationships itself and inflates each part to at most its limit."""

from __future__ import annotations

import resource
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from core.advice.assess import assess
from core.case_file import load_case
from core.inputs.validation import CaseError
from core.report.reader import read_case_from_workbook
from core.report.workbook import write_workbook
from tests.conftest import EXAMPLES
from tests.test_report_helpers import TODAY

SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
WS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
BIG_STRINGS = b"<sst>" + b"<si><t>x</t></si>" * 400_000 + b"</sst>"  # 6.8 MB
BIG_SHEET = (
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    + b'<row r="1">'
    + b'<c r="C1"><v>1</v></c>' * 300_000
    + b"</row></sheetData></worksheet>"
)  # 6.6 MB


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("good") / "good.xlsx"
    write_workbook(
        assess(load_case(EXAMPLES / "metaal-orderboek.herstelscan.json"), today=TODAY), path
    )
    return path


def _rebuild(
    good: Path, out: Path, edit: Callable[[str, bytes], bytes], extra: dict[str, bytes]
) -> Path:
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, edit(info.filename, zin.read(info)))
        for name, data in extra.items():
            zout.writestr(name, data)
    return out


def _data_sheet_target(good: Path) -> str:
    with zipfile.ZipFile(good) as z:
        for info in z.infolist():
            if info.filename.startswith(
                "xl/worksheets/sheet"
            ) and b"herstelscan-workbook" in z.read(info):
                return "/" + info.filename
    raise AssertionError("no data sheet")


def _strings_in_content_types(good: Path, tmp: Path, where: str) -> Path:
    def edit(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            override = f'<Override PartName="/{where}" ContentType="{SST}"/>'.encode()
            return data.replace(b"</Types>", override + b"</Types>")
        return data

    return _rebuild(good, tmp / "ct.xlsx", edit, {where: BIG_STRINGS})


def _duplicate_rid(good: Path, tmp: Path) -> Path:
    target = _data_sheet_target(good)

    def edit(name: str, data: bytes) -> bytes:
        if name == "xl/_rels/workbook.xml.rels":
            # the data sheet's id again, last, pointing at a big sheet
            rid = data.split(target.encode())[1].split(b'Id="')[1].split(b'"')[0]
            dup = f'<Relationship Type="{WS}" Target="/xl/worksheets/big.xml" Id="{rid.decode()}"/>'
            return data.replace(b"</Relationships>", dup.encode() + b"</Relationships>")
        return data

    return _rebuild(good, tmp / "dup.xlsx", edit, {"xl/worksheets/big.xml": BIG_SHEET})


def _second_workbook_part(good: Path, tmp: Path) -> Path:
    def edit(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            override = f'<Override PartName="/xl/media/book2.xml" ContentType="{MAIN}"/>'.encode()
            head, sep, rest = data.partition(b"<Override ")
            return head + override + sep + rest  # named before the real one
        return data

    book = (
        b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>'
        + b'<sheet name="x" sheetId="1"/>' * 200_000
        + b"</sheets></workbook>"
    )
    return _rebuild(good, tmp / "book2.xlsx", edit, {"xl/media/book2.xml": book})


@pytest.mark.parametrize(
    "build",
    [
        lambda g, t: _strings_in_content_types(g, t, "xl/worksheets/strings.xml"),
        lambda g, t: _strings_in_content_types(g, t, "xl/media/strings.xml"),
        _duplicate_rid,
        _second_workbook_part,
    ],
    ids=[
        "strings-under-worksheets",
        "strings-under-media",
        "duplicate-rid",
        "second-workbook-part",
    ],
)
def test_placed_or_duplicated_parts_are_not_parsed_beyond_the_limits(
    build: Callable[[Path, Path], Path], good: Path, tmp_path: Path
) -> None:
    path = build(good, tmp_path)
    assert path.stat().st_size < 400_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    try:
        case = read_case_from_workbook(path)
        outcome = case.company.name
    except CaseError as exc:
        outcome = " ".join(exc.lines("en"))
    seconds = time.perf_counter() - start
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    # Parsing the 6-7 MB part would take seconds and hundreds of MB; bounded it is ms.
    assert seconds < 0.5, (seconds, outcome)
    assert grown_mb < 50, (grown_mb, outcome)


def test_a_duplicate_relationship_id_is_refused_by_name(good: Path, tmp_path: Path) -> None:
    with pytest.raises(CaseError) as info:
        read_case_from_workbook(_duplicate_rid(good, tmp_path))
    assert "damaged" in " ".join(info.value.lines("en"))


def test_a_part_that_inflates_beyond_its_declared_size_is_still_bounded(
    good: Path, tmp_path: Path
) -> None:
    """The bound is on what is inflated, not on the size the zip directory states."""
    from core.report import reader_xml

    path = _rebuild(good, tmp_path / "x.xlsx", lambda n, d: d, {"xl/worksheets/big.xml": BIG_SHEET})
    with zipfile.ZipFile(path) as zf, pytest.raises(reader_xml.PartTooLarge):
        reader_xml.read_part(zf, "xl/worksheets/big.xml", 1024)
