"""The workbook on paper (issue 19, item 7), read back with openpyxl: no row shorter than
its wrapped text, Methode's bullets whole and its tables' words unbroken."""

from __future__ import annotations

import itertools

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.report.sheet_method import CHARS_PER_COLUMN, WIDTH
from core.report.styles import wrapped_lines
from core.report.workbook import write_workbook
from tests.test_report_helpers import example_result, with_measures


@pytest.fixture(scope="module", params=["nl", "en"])
def book(request, tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("print") / f"advies-{request.param}.xlsx"
    write_workbook(with_measures(example_result()), path, request.param)
    wb = load_workbook(path)
    yield wb
    wb.close()


def test_wrapped_lines_wraps_at_words() -> None:
    assert wrapped_lines("", 10) == 1
    assert wrapped_lines("aaaa bbbb", 9) == 1
    assert wrapped_lines("aaaa bbbbb", 9) == 2  # the word moves to the next line whole
    assert wrapped_lines("aaaa bbbb cccc", 10) == 2  # 14 characters, but 2 lines
    assert wrapped_lines("x" * 25, 10) == 3  # a word longer than a line is broken
    assert wrapped_lines("one\ntwo", 10) == 2


def _span(ws: Worksheet, cell) -> int:
    for rng in ws.merged_cells.ranges:
        if rng.min_row == cell.row and rng.min_col == cell.column:
            return rng.max_col - rng.min_col + 1
    return 1


def _width(ws: Worksheet, col: int, span: int) -> float:
    return sum(
        ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(col, col + span)
    )


def _method(book) -> Worksheet:
    return book["Methode"] if "Methode" in book.sheetnames else book["Method"]


def test_method_bullets_keep_their_continuation_lines(book) -> None:
    """A bullet wrapped over several lines in the method's Markdown is one paragraph, not
    its first line followed by the rest as a paragraph of its own."""
    from core.reference.method import sections
    from core.report.sheet_method import plain

    ws = _method(book)
    lang = "nl" if ws.title == "Methode" else "en"
    texts = [c.value for c in ws["A"] if isinstance(c.value, str)]
    continued = 0
    for sec in sections(lang):
        lines = sec.text.splitlines()
        for line, after in itertools.pairwise(lines):
            if line.startswith("- ") and after.startswith("  ") and after.strip():
                continued += 1
                rest = plain(after.strip())
                assert not any(t.startswith(rest) for t in texts), rest  # not on its own
                whole = [t for t in texts if t.startswith("• " + plain(line[2:]))]
                assert whole and rest in whole[0], line
    assert continued >= 5


def test_method_table_words_are_never_split(book) -> None:
    """Every table cell is wide enough for its longest word, and tall enough for its
    text wrapped at words."""
    ws = _method(book)
    cells = 0
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            if not isinstance(cell.value, str) or cell.border.left.style is None:
                continue
            cells += 1
            span = _span(ws, cell)
            chars = span * CHARS_PER_COLUMN - 1
            longest = max((len(w) for w in cell.value.split()), default=0)
            assert longest <= chars, (cell.coordinate, cell.value)
            lines = wrapped_lines(cell.value, chars)
            height = ws.row_dimensions[cell.row].height
            assert height is not None and height >= lines * 13.0, (cell.coordinate, cell.value)
    assert cells > 60  # the four tables of the method
    assert all(
        (ws.column_dimensions[get_column_letter(c)].width or 0) >= 14 for c in range(1, WIDTH + 1)
    )


def test_measures_rows_are_tall_enough_for_every_cell(book) -> None:
    """Fixed row heights that LibreOffice does not grow: each must hold its longest
    wrapped cell (the reason, and 'nee; naar verwachting aan te vragen vanaf …')."""
    ws = book["Maatregelen"] if "Maatregelen" in book.sheetnames else book["Measures"]
    header = next(
        r for r in range(1, 20) if ws.cell(row=r, column=2).value in ("Maatregel", "Measure")
    )
    checked = 0
    for r in range(header + 1, ws.max_row + 1):
        height = ws.row_dimensions[r].height
        if height is None or ws.cell(row=r, column=2).value is None:
            continue
        for col in range(2, 14):
            cell = ws.cell(row=r, column=col)
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            # about 1.3 characters of 10 pt text per unit of width, less a margin
            chars = _width(ws, col, _span(ws, cell)) * 1.3
            assert height >= wrapped_lines(cell.value, chars) * 13.0, (
                cell.coordinate,
                cell.value,
            )
            checked += 1
    assert checked > 30


def test_liquidity_prints_on_one_page(book) -> None:
    """The per-scenario table and the monthly cash path on one page, not a page a third
    full and the table on the next."""
    ws = book["Liquiditeit"] if "Liquiditeit" in book.sheetnames else book["Liquidity"]
    assert not ws.row_breaks.brk
    assert ws.page_setup.fitToHeight == 1 and ws.page_setup.fitToWidth == 1
    assert ws.max_row < 80  # 36 months and the tables above them: one page at that scale


def test_a_crisis_starting_now_has_no_now_row_on_the_summary(tmp_path) -> None:
    """The app shows no NOW card when the crisis starts now; the printed summary has no
    row of € 0 for it either (and keeps it for March 2020)."""
    from core.advice.assess import assess
    from core.case_file import load_case
    from tests.conftest import EXAMPLES

    case = load_case(EXAMPLES / "metaal-orderboek.herstelscan.json")
    for now in (False, True):
        result = assess(case, crisis_now=now)
        path = tmp_path / f"start-{now}.xlsx"
        write_workbook(result, path, "nl")
        ws = load_workbook(path)["Samenvatting"]
        labels = [c.value for c in ws["A"]]
        assert ("NOW-subsidie, alle tranches" in labels) is (not now), now


def test_amounts_in_cells_are_written_as_in_the_text(book) -> None:
    """A Dutch report: '€ 5.400' in cells and text; an English one: '€10,800' in both (the
    cells had '€ 835,973' beside '€10,800' in the answer)."""
    ws = book.worksheets[0]
    formats = {c.number_format for row in ws.iter_rows() for c in row if "€" in c.number_format}
    assert formats
    if ws.title == "Samenvatting":
        assert all("€ #" in f for f in formats), formats
    else:
        assert all("€#" in f and "€ " not in f for f in formats), formats
