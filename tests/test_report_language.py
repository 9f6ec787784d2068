"""Every text in the Dutch workbook is Dutch and every text in the English one English;
print set-up that holds for any name; what plain readers (openpyxl, pandas) see."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from openpyxl import load_workbook

from core.advice.assess import assess
from core.case_file import load_case
from core.inputs.case import Case
from core.report.catalogue_info import measure_name
from core.report.sheet_inputs import FIELD_COL
from core.report.styles import FOOTER_CHARS, footer_text
from core.report.workbook import build_workbook, write_workbook
from core.result import Result
from tests.conftest import EXAMPLES
from tests.strategies import cases
from tests.test_report_helpers import ELEKTRONICA, TODAY, example_result

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.herstelscan.json"))
# Words that are common in one language and do not occur in the other.
ENGLISH = re.compile(
    r"\b(the|and|assumption|with|which|would|should|revenue|months?|not|per year|from|are|"
    r"to|for|of the|if|when|only)\b"
)
DUTCH = re.compile(
    r"\b(de|het|een|aanname|niet|omzet|maand|maanden|wordt|zijn|voor|bij|geen|onbekend|"
    r"jaar|en|van|op|ook|als|naar|uit|tot)\b"
)
# Titles of cited documents keep their own language.
CITATION = re.compile(r"https?://|et al\.|(^|• )(CPB|FME|CBS|UWV|RVO|Rijksoverheid), ")
# Dutch proper names that stand in English text as they are (besides the catalogue's).
NAMES = ["Tijdelijke Noodmaatregel Overbrugging voor behoud van Werkgelegenheid"]


def _scheme_names() -> list[str]:
    """Scheme names stay Dutch in both languages (an English gloss may follow); the
    longest first, so a name is taken out whole."""
    from core.reference.catalogue import catalogue

    names = {measure_name(m.id, lang) for m in catalogue() for lang in ("nl", "en")}
    return sorted(names | set(NAMES), key=len, reverse=True)


def _other_language(result: Result) -> list[tuple[str, ...]]:
    """Every visible text of the workbooks in the other language's marker words."""
    names = _scheme_names()
    company = result.case.company.name
    found = []
    for lang, other in (("nl", ENGLISH), ("en", DUTCH)):
        wb = build_workbook(result, lang)
        for ws in wb.worksheets:
            if ws.sheet_state != "visible":
                continue
            for row in ws.iter_rows():
                for cell in row:
                    text = cell.value
                    if not isinstance(text, str) or cell.data_type == "f" or cell.hyperlink:
                        continue
                    if text == company or CITATION.search(text):
                        continue
                    for name in names:  # a scheme name may stand inside a sentence
                        text = text.replace(name, "")
                    if ws.title in ("Invoer", "Inputs") and cell.column == FIELD_COL:
                        continue  # field names for programs
                    match = other.search(text)
                    if match:
                        found.append((lang, ws.title, cell.coordinate, match.group(), text[:80]))
    return found


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.name.split(".")[0])
def test_each_workbook_speaks_one_language(example: Path) -> None:
    assert not _other_language(assess(load_case(example), today=TODAY))


def test_a_crisis_starting_now_speaks_one_language() -> None:
    """Its own texts: the note on CPB's borrowed shapes, the 2008-2010 shape's row."""
    assert not _other_language(assess(load_case(EXAMPLE_FILES[0]), today=TODAY, crisis_now=True))


def test_dutch_numbers_in_dutch_text() -> None:
    wb = build_workbook(example_result(ELEKTRONICA), "nl")  # 41,5 fte
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and not CITATION.search(cell.value):
                    # "41.5 fte", "1.4%": a decimal point before a unit is English.
                    assert not re.search(r"\b\d+\.\d+ ?(fte|%|maanden)", cell.value), cell.value


@pytest.mark.parametrize(
    "name",
    [
        "Smit & Zonen Metaalbewerking & Constructie B.V. " * 3,  # ~150 characters
        '&P&N &&& &12 &"Arial" A&B',
        "Bell\x07 \x1b[31mRood\x00 BV",
    ],
)
def test_footer_prints_any_name_literally(name: str, tmp_path: Path) -> None:
    text = footer_text(f"Herstelscan — {name}")
    # Codes start with one "&": in the footer every "&" is doubled, never split.
    assert "&" not in text.replace("&&", "")
    assert len(text.replace("&&", "&")) <= FOOTER_CHARS
    assert not re.search(r"[\x00-\x1f]", text)
    result = example_result()
    case = replace(result.case, company=replace(result.case.company, name=name))
    path = tmp_path / "naam.xlsx"
    write_workbook(assess(case, today=TODAY), path, "nl")
    # The XML itself (openpyxl's own footer parser misreads "&&12" on the way back).
    import html
    import zipfile

    with zipfile.ZipFile(path) as zf:
        sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/sheet")]
        footers = [
            html.unescape(m)
            for n in sheets
            for m in re.findall(r"<oddFooter>(.*?)</oddFooter>", zf.read(n).decode())
        ]
    # Every sheet with the company in its footer (the Method sheet names itself).
    assert sum(footer_text(f"Herstelscan — {name}") in f for f in footers) >= 9
    book = load_workbook(path)
    cells = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert not [
        v
        for v in cells
        if isinstance(v, str) and re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]", v)
    ]


def test_long_tables_repeat_their_header_and_machine_columns_stay_off_paper(
    tmp_path: Path,
) -> None:
    path = tmp_path / "advies.xlsx"
    write_workbook(example_result(), path, "nl")
    book = load_workbook(path)
    for name in ("Invoer", "NOW", "Maatregelen", "Berekening"):
        assert book[name].print_title_rows, name
    area = book["Invoer"].print_area
    assert area and "$F" not in str(area) and "$E" in str(area)


def test_plain_readers_get_every_value(tmp_path: Path) -> None:
    """openpyxl and pandas do not calculate: every figure is also a value cell."""
    import pandas as pd

    path = tmp_path / "advies.xlsx"
    write_workbook(example_result(), path, "nl")
    sheets = pd.read_excel(path, sheet_name=None, header=None)
    assert {"Samenvatting", "Berekening", "Liquiditeit", "NOW"} <= set(sheets)
    calc = load_workbook(path)["Berekening"]
    for row in calc.iter_rows(min_row=5):
        figure, outcome, live = row[0].value, row[1].value, row[2]
        if live.data_type == "f":
            assert outcome is not None and not str(outcome).startswith("="), figure
    cash = load_workbook(path)["Liquiditeit"]
    values = [c.value for row in cash.iter_rows() for c in row if c.data_type == "f"]
    assert values  # the live path, and next to each formula column the computed balance
    for row in cash.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                left = cash.cell(row=cell.row, column=cell.column - 1).value
                assert isinstance(left, float | int), cell.coordinate


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases())
def test_displayed_parts_add_up_for_any_case(case: Case) -> None:
    """NOW tranches in whole euros add up to each scenario's total on the NOW sheet, and
    the summary shows the same totals."""
    from core.report.sheet_now import SUBSIDY, TRANCHE

    result = assess(case, today=TODAY)
    wb = build_workbook(result, "nl")
    ws = wb["NOW"]
    parts: list[float] = []
    totals = []
    for r in range(1, ws.max_row + 1):
        name, amount = ws.cell(row=r, column=TRANCHE).value, ws.cell(row=r, column=SUBSIDY).value
        if not isinstance(amount, int | float):
            continue
        assert amount == round(amount)
        if isinstance(name, str) and name.startswith("Totaal"):
            assert amount == sum(parts)
            totals.append(amount)
            parts = []
        else:
            parts.append(amount)
    summary = wb["Samenvatting"]
    row = next(c.row for c in summary["A"] if c.value == "NOW-subsidie, alle tranches")
    shown = [summary.cell(row=row, column=2 + j).value for j in range(len(totals))]
    assert shown == totals
