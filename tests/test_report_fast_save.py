"""core.report.fast_save writes what openpyxl's Workbook.save writes, byte for byte (issue 23).

The fast writer formats the sheet cells as strings itself; any difference with openpyxl's
own writer (an attribute, an escape, a style id in another order) shows here as a part
that differs. Also: the faster wrapped_lines gives the lines the plain loop gave.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.worksheet.formula import ArrayFormula

from core.advice.assess import assess
from core.case_file import load_case
from core.report import styles as s
from core.report.fast_save import ReportWorkbook, save_workbook
from core.report.workbook import build_workbook
from tests.conftest import EXAMPLES

TODAY = dt.date(2025, 1, 15)
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.herstelscan.json"))
# the times the workbook was made and saved
_TIMES = re.compile(rb"<dcterms:(created|modified)[^<]*</dcterms:(created|modified)>")


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        parts = {name: z.read(name) for name in names}
    parts["docProps/core.xml"] = _TIMES.sub(b"", parts["docProps/core.xml"])
    parts["(order)"] = "\n".join(names).encode()
    return parts


def _both(make: object) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """The parts openpyxl's own Workbook.save writes, and those save_workbook writes."""
    assert callable(make)
    plain, fast = io.BytesIO(), io.BytesIO()
    Workbook.save(make(), plain)  # the base class's: a ReportWorkbook's save is the fast one
    save_workbook(make(), fast)
    return _parts(plain.getvalue()), _parts(fast.getvalue())


def _assert_same(plain: dict[str, bytes], fast: dict[str, bytes]) -> None:
    assert sorted(fast) == sorted(plain)
    differ = [name for name in plain if plain[name] != fast[name]]
    assert not differ, f"parts differ: {differ}"


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("case", EXAMPLE_FILES, ids=lambda p: p.name.split(".")[0])
def test_example_workbooks_are_the_same_bytes(case, lang):
    result = assess(load_case(case), today=TODAY)
    plain, fast = _both(lambda: build_workbook(result, lang))
    assert any(b"<mergeCell " in v for v in fast.values())  # the merges went through it
    own = io.BytesIO()
    build_workbook(result, lang).save(own)  # what write_workbook calls: the fast writer
    _assert_same(plain, _parts(own.getvalue()))
    _assert_same(plain, fast)


def _odd_cells(kind: type[Workbook] = Workbook) -> Workbook:
    """Every kind of cell, including those the fast writer hands to openpyxl's own."""
    wb = kind()
    ws = wb.active
    ws.title = "Odd & <odd>"
    ws["A1"] = 'plain & <escaped> "quoted"\nsecond line'
    ws["A2"] = "  leading and trailing spaces  "  # xml:space="preserve"
    ws["A3"] = CellRichText(["rich ", TextBlock(InlineFont(b=True), "bold")])
    ws["A4"] = 1.0 / 3.0
    ws["A5"] = 10**17
    ws["A6"] = True
    ws["A7"] = dt.date(2020, 3, 1)
    ws["A8"] = dt.datetime(2020, 3, 1, 12, 30)
    ws["A9"] = "=SUM(A4:A5)"
    ws["A10"] = ArrayFormula("A10:A11", "=A4:A5*2")
    ws["A12"] = "#N/A"
    ws["A13"] = ""
    ws["A14"].font = s.BOLD  # styled, no value
    ws["A15"] = "with a comment"
    ws["A15"].comment = Comment("a note", "tester")
    ws["A16"] = "link"
    ws["A16"].hyperlink = "https://example.org/?a=1&b=2"
    ws["B2"] = dt.time(8, 15)
    ws["B3"] = dt.timedelta(hours=5)
    ws["A17"] = float("nan")
    ws["A18"] = float("-inf")
    ws["A19"] = -0.0
    ws["A20"] = 12345678901234567890
    ws["A21"] = 1e-300
    ws.row_dimensions[20].height = 30  # a row with a height and no cells
    ws.row_dimensions[22].hidden = True
    ws.row_dimensions[23].outlineLevel = 1
    ws.row_dimensions[23].collapsed = True
    ws.row_dimensions[24].font = s.BOLD  # a styled row record
    ws.row_dimensions[25].height = 30
    ws.row_dimensions[26].height = 30  # the same attributes as the row before
    ws["B26"] = 1
    ws.merge_cells("C1:D2")
    ws.merge_cells("E1")
    ws.column_dimensions["C"].width = 20
    ws.column_dimensions["B"].width = 8.5  # written in column order, not as set
    ws.column_dimensions["D"].width = 0  # no <col> for it
    ws.column_dimensions["G"].hidden = True  # openpyxl's own path for this sheet
    widths = wb.create_sheet("Widths only")
    widths.column_dimensions["C"].width = 14
    widths.column_dimensions["A"].width = 1.0 / 3.0
    widths["A1"] = "x"
    zero = wb.create_sheet("Zero width")
    zero.column_dimensions["A"].width = 0
    wb.create_sheet("Empty")
    return wb


def test_every_kind_of_cell_is_the_same_bytes():
    plain, fast = _both(_odd_cells)
    _assert_same(plain, fast)
    assert b'xml:space="preserve"' in fast["xl/worksheets/sheet1.xml"]


def test_a_report_workbooks_rows_and_cells_are_the_same_bytes() -> None:
    """ReportWorkbook makes its row records its own faster way: the same records."""
    plain, fast = _both(lambda: _odd_cells(ReportWorkbook))
    _assert_same(plain, fast)
    reference = io.BytesIO()
    Workbook.save(_odd_cells(), reference)
    assert _parts(reference.getvalue()) == plain


def _wrapped_lines_loop(text: str, chars_per_line: float) -> int:
    """wrapped_lines as it was before it was made faster."""
    width = max(1, int(chars_per_line))
    lines = 0
    for para in text.split("\n"):
        used = -1
        count = 1
        for word in para.split():
            while len(word) > width:
                if used > 0:
                    count += 1
                word = word[width:]
                used = width
            if used < 0:
                used = len(word)
            elif used + 1 + len(word) <= width:
                used += 1 + len(word)
            else:
                count += 1
                used = len(word)
        lines += count
    return lines


@given(
    text=st.text(alphabet=st.sampled_from("ab cdefgh\n\t-"), max_size=200),
    width=st.floats(min_value=0, max_value=60),
)
def test_wrapped_lines_counts_as_the_plain_loop(text, width):
    assert s.wrapped_lines(text, width) == _wrapped_lines_loop(text, width)


def test_a_report_workbooks_row_records_are_openpyxls() -> None:
    """The same operations give the same row records, field by field, in a ReportWorkbook
    (its faster factory and lookup) as in openpyxl's Workbook, on every sheet."""

    def rows(kind: type[Workbook]) -> list[list[tuple[int, dict[str, object], bool]]]:
        wb = kind()
        sheets = [wb.active, wb.create_sheet("Second")]
        for ws in sheets:
            ws.row_dimensions[3].height = 30
            ws.row_dimensions[3].height = 12.5  # looked up again
            ws.row_dimensions[7]  # created empty
            ws.row_dimensions[9].hidden = True
            ws.row_dimensions[9].index = 2  # a changed index is set back on lookup
            ws.row_dimensions[9]
            ws.row_dimensions[11].font = s.BOLD
        return [
            [
                (key, dict(vars(dim)), dim.has_style)
                for key, dim in sorted(ws.row_dimensions.items())
            ]
            for ws in sheets
        ]

    assert rows(ReportWorkbook) == rows(Workbook)


def test_cell_at_makes_the_cell_ws_cell_makes() -> None:
    """styles.cell_at builds a new cell slot by slot: the same cell as openpyxl's
    ws.cell, the same sheet bookkeeping, the existing cell when there is one, and
    openpyxl's error for a coordinate out of range."""
    slots = ("row", "column", "_value", "data_type", "_style", "_hyperlink", "_comment")
    plain, fast = Workbook().active, Workbook().active
    for row, col in ((3, 2), (1, 5), (3, 2), (1048576, 18278)):
        a = plain.cell(row=row, column=col)
        b = s.cell_at(fast, row, col)
        assert b.parent is fast
        assert [getattr(b, k) for k in slots] == [getattr(a, k) for k in slots]
    assert sorted(fast._cells) == sorted(plain._cells)
    assert fast._current_row == plain._current_row
    assert fast.max_row == plain.max_row and fast.max_column == plain.max_column
    assert s.cell_at(fast, 3, 2) is fast._cells[(3, 2)]
    for row, col in ((0, 1), (1, 0), (1048577, 1)):
        with pytest.raises(ValueError):
            s.cell_at(fast, row, col)


def test_the_method_sheets_cached_blocks_are_the_parsed_blocks() -> None:
    from core.reference.method import sections
    from core.report import sheet_method

    for lang in ("nl", "en"):
        for sec in sections(lang):
            cached = sheet_method._section_blocks(sec.text)
            parsed = sheet_method._blocks(sec.text)
            assert [(k, c if isinstance(c, str) else list(c)) for k, c in cached] == parsed
