"""Issue 20 item 2: a value changed on the Invoer sheet (in Excel or LibreOffice) is
never silently ignored: the reader compares what the sheet shows with the case inside,
refuses a difference naming each field, or uses what ``trust`` says."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import hypothesis.strategies as st
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings

from core.advice.assess import assess
from core.case_file import load_case
from core.inputs.case import Case
from core.inputs.validation import CaseError
from core.report.reader import EditedWorkbook, read_case_from_workbook
from core.report.workbook import write_workbook
from tests.conftest import EXAMPLES, ROOT
from tests.strategies import cases

METAAL = EXAMPLES / "metaal-orderboek.herstelscan.json"
AGRI = EXAMPLES / "agrifood-export.herstelscan.json"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("edited")
    out = {}
    for lang in ("nl", "en"):
        out[lang] = folder / f"advies-{lang}.xlsx"
        write_workbook(assess(load_case(AGRI if lang == "en" else METAAL)), out[lang], lang)
    return out


def _edit(source: Path, target: Path, changes: dict[tuple[str, int], Any]) -> Path:
    """Set cells of the Invoer (Inputs) sheet by field name and column, as Excel saves."""
    wb = openpyxl.load_workbook(source)
    ws = wb["Invoer"] if "Invoer" in wb.sheetnames else wb["Inputs"]
    rows = {ws.cell(r, 6).value: r for r in range(1, ws.max_row + 1) if ws.cell(r, 6).value}
    for (field, column), value in changes.items():
        ws.cell(rows[field], column).value = value
    wb.save(target)
    return target


def _as_number_cell(source: Path, target: Path, text: str) -> Path:
    """The one inline/shared string cell holding ``text`` turned into a number cell."""
    import re
    import zipfile

    wb = openpyxl.load_workbook(source)
    ws = wb["Invoer"]
    ref = next(c.coordinate for row in ws.iter_rows() for c in row if c.value == text)
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.startswith("xl/worksheets/") and f'r="{ref}"'.encode() in data:
                cell = re.compile(rf'<c r="{ref}"[^>]*>.*?</c>'.encode())
                data = cell.sub(f'<c r="{ref}"><v>{text}</v></c>'.encode(), data, count=1)
            zout.writestr(info, data)
    return target


def test_an_unedited_export_reads_back_without_a_question(exported: dict[str, Path]) -> None:
    assert read_case_from_workbook(exported["nl"]) == load_case(METAAL)
    assert read_case_from_workbook(exported["en"]) == load_case(AGRI)


def test_each_edited_field_is_named_with_both_values(
    exported: dict[str, Path], tmp_path: Path
) -> None:
    edited = _edit(
        exported["nl"],
        tmp_path / "bewerkt.xlsx",
        {
            ("company.name", 2): "Nieuwe Naam BV",
            ("company.annual_revenue_eur", 2): 2_500_000,  # shown as € 2.500.000
            ("purchasing.share_of_revenue", 2): 0.5,  # shown as 50,0%
            ("company.startup_or_scaleup", 2): "ja",
            ("sales[0]", 1): "Spanje",  # a country by its name
        },
    )
    with pytest.raises(EditedWorkbook) as info:
        read_case_from_workbook(edited)
    nl, en = info.value.lines("nl"), info.value.lines("en")
    assert nl == [
        "company.name: op het blad Invoer staat 'Nieuwe Naam BV', in de casus in de werkmap 'Voorbeeld Metaal BV'",
        "company.annual_revenue_eur: op het blad Invoer staat 2.500.000, in de casus in de werkmap 12.000.000",
        "company.startup_or_scaleup: op het blad Invoer staat ja, in de casus in de werkmap nee",
        "purchasing.share_of_revenue: op het blad Invoer staat 50%, in de casus in de werkmap 45%",
        "sales[0].country: op het blad Invoer staat Spanje (ES), in de casus in de werkmap Nederland (NL)",
    ]
    assert en[1] == (
        "company.annual_revenue_eur: the Inputs sheet shows 2,500,000, the case inside the "
        "workbook holds 12,000,000"
    )
    assert read_case_from_workbook(edited, trust="case") == load_case(METAAL)
    case = read_case_from_workbook(edited, trust="sheet")
    assert case.company.name == "Nieuwe Naam BV" and case.company.annual_revenue_eur == 2_500_000
    assert case.purchasing.share_of_revenue == 0.5 and case.company.startup_or_scaleup
    assert case.sales[0].country == "ES"


def test_english_words_and_supplier_columns_are_read_back(
    exported: dict[str, Path], tmp_path: Path
) -> None:
    edited = _edit(
        exported["en"],
        tmp_path / "edited.xlsx",
        {
            ("purchasing.suppliers[0]", 4): "no",  # critical: yes -> no
            ("purchasing.suppliers[0]", 5): 3,  # alternative weeks
            ("staff.distancing_possible", 2): "yes",
            ("finance.cash_eur", 2): "not given",
        },
    )
    with pytest.raises(EditedWorkbook) as info:
        read_case_from_workbook(edited)
    fields = [d.field for d in info.value.differences]
    assert "staff.distancing_possible" in fields and "finance.cash_eur" in fields
    case = read_case_from_workbook(edited, trust="sheet")
    assert case.staff.distancing_possible == "yes" and case.finance.cash_eur is None
    assert case.purchasing.suppliers[0].alternative_weeks == 3


def test_with_trust_sheet_a_value_that_is_no_number_is_named(
    exported: dict[str, Path], tmp_path: Path
) -> None:
    edited = _edit(
        exported["nl"], tmp_path / "tekst.xlsx", {("company.annual_revenue_eur", 2): "twee miljoen"}
    )
    with pytest.raises(CaseError) as info:
        read_case_from_workbook(edited, trust="sheet")
    assert not isinstance(info.value, EditedWorkbook)
    assert info.value.lines("nl")[0].startswith(
        "company.annual_revenue_eur: 'twee miljoen' is geen getal"
    )


def test_assess_refuses_an_edited_workbook_with_exit_2_unless_trusted(
    exported: dict[str, Path], tmp_path: Path
) -> None:
    edited = _edit(
        exported["nl"], tmp_path / "bewerkt.xlsx", {("company.annual_revenue_eur", 2): 2_500_000}
    )

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "assess", str(edited), *extra],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
        )

    out = run()
    assert out.returncode == 2 and out.stdout == ""
    assert "company.annual_revenue_eur: op het blad Invoer staat 2.500.000" in out.stderr
    assert "--trust sheet" in out.stderr and "Traceback" not in out.stderr
    out = run("--lang", "en")
    assert out.returncode == 2 and "the Inputs sheet shows 2,500,000" in out.stderr
    assert run("--trust", "case").returncode == 0
    json_out = tmp_path / "r.json"
    assert run("--trust", "sheet", "--json", str(json_out)).returncode == 0
    assert "€ 2.500.000 omzet" in json_out.read_text(encoding="utf-8")  # the sheet's revenue


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_an_edit_saved_by_libreoffice_is_found(exported: dict[str, Path], tmp_path: Path) -> None:
    """LibreOffice rewrites every part (its own shared strings, styles, numbers); an
    untouched export stays the same case, an edited one names the field."""
    edited = _edit(exported["nl"], tmp_path / "bewerkt.xlsx", {("staff.employees", 2): 61})
    plain = tmp_path / "plain.xlsx"
    shutil.copy(exported["nl"], plain)
    out_dir = tmp_path / "lo"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out_dir),
            str(plain),
            str(edited),
        ],
        capture_output=True,
        timeout=180,
        check=True,
    )
    assert read_case_from_workbook(out_dir / "plain.xlsx") == load_case(METAAL)
    with pytest.raises(EditedWorkbook) as info:
        read_case_from_workbook(out_dir / "bewerkt.xlsx")
    assert [d.field for d in info.value.differences] == ["staff.employees"]
    assert read_case_from_workbook(out_dir / "bewerkt.xlsx", trust="sheet").staff.employees == 61


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    case=cases(),
    lang=st.sampled_from(["nl", "en"]),
    name=st.sampled_from([None, "-", "niet opgegeven", "ja", "Metaal (metaal)"]),
)
def test_any_unedited_export_reads_back_as_its_case(
    case: Case, lang: str, name: str | None
) -> None:
    """No false alarm: what the sheet shows of any valid case is that case, also for a
    company whose name is one of the sheet's own words."""
    import dataclasses
    import tempfile

    if name is not None:
        case = dataclasses.replace(case, company=dataclasses.replace(case.company, name=name))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.xlsx"
        write_workbook(assess(case), path, lang)
        assert read_case_from_workbook(path) == case


@pytest.mark.parametrize(
    ("field", "typed", "expected"),
    [
        ("company.annual_revenue_eur", "€ 1.500.000", 1_500_000),  # text as Dutch Excel shows it
        ("purchasing.share_of_revenue", "12,5%", 0.125),
        ("company.annual_revenue_eur", "9" * 400, None),  # as a number cell, below
    ],
)
def test_typed_text_and_extreme_numbers_on_the_sheet(
    exported: dict[str, Path], tmp_path: Path, field: str, typed: Any, expected: Any
) -> None:
    edited = _edit(exported["nl"], tmp_path / "x.xlsx", {(field, 2): typed})
    if expected is None:  # a 400-digit number cell, which openpyxl cannot write itself
        edited = _as_number_cell(edited, tmp_path / "y.xlsx", "9" * 400)
    with pytest.raises(EditedWorkbook) as info:
        read_case_from_workbook(edited)
    assert [d.field for d in info.value.differences] == [field]
    if expected is None:
        with pytest.raises(CaseError) as refused:
            read_case_from_workbook(edited, trust="sheet")
        assert refused.value.problems[0].field == field
    else:
        case = read_case_from_workbook(edited, trust="sheet")
        got = (
            case.company.annual_revenue_eur
            if field.startswith("company")
            else case.purchasing.share_of_revenue
        )
        assert got == pytest.approx(expected)
