"""The workbook re-performs itself: LibreOffice recalculates every live formula on load
(the file holds no cached results), and each result must equal the value Herstelscan
computed, with every difference cell zero; displayed parts add up to displayed totals.

Needs LibreOffice (``soffice``); `.ci/run` installs it.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from core.advice.assess import assess
from core.case_file import load_case
from core.inputs.case import Case
from core.report.sheet_calculation import DIFF, FIRST_ROW, LIVE, OUTCOME
from core.report.workbook import write_workbook
from tests.conftest import EXAMPLES
from tests.test_report_helpers import TODAY

DAY = dt.date(2026, 12, 3)

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.herstelscan.json"))
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
ERRORS = ("#VALUE!", "#NAME?", "#REF!", "#DIV/0!", "#N/A", "#NUM!", "Err:", "#NULL!")

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def recalculate(paths: list[Path], out: Path) -> list[Path]:
    """Open each workbook in LibreOffice headless and save it again as .xlsx: loading a
    file without cached results computes every formula, and saving stores the results,
    which openpyxl then reads with ``data_only=True``."""
    assert SOFFICE is not None
    profile = out / "profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out / "recalculated"),
            *map(str, paths),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return [out / "recalculated" / p.name for p in paths]


def _edge_cases() -> dict[str, Case]:
    """A start-up that loses money in a normal month and runs out of cash, with R&D and
    no supplier countries; and a company that gave no cash figures at all."""
    metaal = load_case(EXAMPLES / "metaal-orderboek.herstelscan.json")
    short = replace(
        metaal,
        company=replace(metaal.company, name="Tekort & Zonen BV", startup_or_scaleup=True),
        purchasing=replace(metaal.purchasing, suppliers=()),
        staff=replace(metaal.staff, bbl_students=0, rd_staff=3),
        finance=replace(
            metaal.finance,
            cash_eur=60_000,
            other_fixed_costs_monthly_eur=400_000,
            rd_wage_costs_annual_eur=510_000,
        ),
    )
    no_cash = replace(
        metaal,
        finance=replace(metaal.finance, cash_eur=None, other_fixed_costs_monthly_eur=None),
    )
    # R&D wages, apprentices and NOW in one firm (the 2020 start has NOW for it).
    leerbedrijf = replace(
        short,
        company=replace(short.company, name="Leer & Ontwikkel BV", startup_or_scaleup=False),
        staff=replace(short.staff, bbl_students=5, rd_staff=4),
        finance=replace(short.finance, other_fixed_costs_monthly_eur=150_000),
    )
    return {"kastekort": short, "zonder-kas": no_cash, "leerbedrijf": leerbedrijf}


# The 2020 start and the start "now", on a day the catalogue's latest WBSO year and the
# application year differ (an application on 3 December 2026 concerns 2027), and the
# 2020 start on the helpers' day as well.
RUNS = [("2020", DAY, ("nl", "en")), ("now", DAY, ("nl", "en")), ("2020", TODAY, ("nl",))]


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, Path, Path]]:
    """(label, written, recalculated) for every example and three edge cases, in both
    starts, nl and en."""
    tmp = tmp_path_factory.mktemp("recalc")
    written = []
    cases = {p.name.split(".")[0]: load_case(p) for p in EXAMPLE_FILES} | _edge_cases()
    for name, case in cases.items():
        for start, day, langs in RUNS:
            result = assess(case, today=day, crisis_now=start == "now")
            for lang in langs:
                path = tmp / f"{name}-{start}-{day.isoformat()}-{lang}.xlsx"
                write_workbook(result, path, lang)
                written.append(path)
    again = recalculate(written, tmp)
    return [(p.stem, p, q) for p, q in zip(written, again, strict=True)]


def _close(live: Any, value: Any) -> bool:
    if isinstance(value, int | float) and isinstance(live, int | float):
        return abs(live - value) <= 0.005 + 1e-9 * abs(value)
    return bool(live == value)


def test_every_formula_recalculates_to_the_computed_value(
    books: list[tuple[str, Path, Path]],
) -> None:
    for label, written, recalculated in books:
        formulas = load_workbook(written)
        values = load_workbook(recalculated, data_only=True)
        checked = 0
        for ws in formulas.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if cell.data_type != "f":
                        continue
                    got = values[ws.title][cell.coordinate].value
                    assert got is not None, (label, ws.title, cell.coordinate)
                    assert not (isinstance(got, str) and got.startswith(ERRORS)), (
                        label, ws.title, cell.coordinate, got,
                    )  # fmt: skip
                    checked += 1
        calc = values.worksheets[formulas.sheetnames.index(_calc_name(label))]
        live_rows = 0
        for r in range(FIRST_ROW, calc.max_row + 1):
            formula_cell = formulas[calc.title].cell(row=r, column=LIVE)
            if formula_cell.data_type != "f":
                continue
            live_rows += 1
            outcome = calc.cell(row=r, column=OUTCOME).value
            live = calc.cell(row=r, column=LIVE).value
            diff = calc.cell(row=r, column=DIFF).value
            figure = calc.cell(row=r, column=1).value
            assert diff == 0, (label, figure, outcome, live, diff)
            assert _close(live, outcome), (label, figure, outcome, live)
        assert live_rows >= 20, label
        if label.startswith("kastekort"):
            figures = [calc.cell(row=r, column=1).value or "" for r in range(1, calc.max_row + 1)]
            assert any(f.startswith("WBSO") for f in figures), label
            runs_out = [
                calc.cell(row=r, column=LIVE).value
                for r, f in enumerate(figures, start=1)
                if f.startswith(("Kas raakt op", "Cash runs out"))
            ]
            assert runs_out and all(isinstance(v, dt.datetime) for v in runs_out), runs_out
        cash = values.worksheets[formulas.sheetnames.index(_cash_name(label))]
        pairs = 0
        for row in formulas[cash.title].iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    computed = cash.cell(row=cell.row, column=cell.column - 1).value
                    got = cash[cell.coordinate].value
                    assert abs(got - computed) < 0.005, (label, cell.coordinate, got, computed)
                    pairs += 1
        assert pairs >= 36 or label.startswith("zonder-kas"), label
        assert checked > live_rows


def _calc_name(label: str) -> str:
    return "Calculation" if label.endswith("-en") else "Berekening"


def _cash_name(label: str) -> str:
    return "Liquidity" if label.endswith("-en") else "Liquiditeit"


def test_now_parts_add_up_to_the_totals_shown(books: list[tuple[str, Path, Path]]) -> None:
    from core.report.sheet_now import ADVANCE, SUBSIDY, TRANCHE

    for label, written, _ in books:
        ws = load_workbook(written)["NOW"]
        parts: list[float] = []
        advances: list[float] = []
        totals = 0
        for r in range(1, ws.max_row + 1):
            name = ws.cell(row=r, column=TRANCHE).value
            amount = ws.cell(row=r, column=SUBSIDY).value
            if not isinstance(amount, int | float):
                continue
            assert amount == round(amount), (label, r)
            if isinstance(name, str) and name.startswith(("Totaal", "Total")):
                assert amount == sum(parts), (label, r)
                assert ws.cell(row=r, column=ADVANCE).value == sum(advances), (label, r)
                parts, advances = [], []
                totals += 1
            else:
                parts.append(amount)
                advances.append(ws.cell(row=r, column=ADVANCE).value)
        assert totals >= 4 or "-now-" in label, label  # one per scenario with NOW


def test_the_workbook_now_total_is_the_result_total(books: list[tuple[str, Path, Path]]) -> None:
    """The NOW total in the result (JSON, answer) is the sum of the whole-euro tranches
    the workbook adds, to the euro."""
    cases = {p.name.split(".")[0]: load_case(p) for p in EXAMPLE_FILES} | _edge_cases()
    for name, case in cases.items():
        result = assess(case, today=DAY)
        now = next(m for m in result.measures if m.id == "now")
        parts = [n.subsidy_eur for n in result.now if n.scenario == result.scenario and n.eligible]
        assert all(p == round(p) for p in parts), name
        assert (now.amount_eur or 0.0) == sum(parts), name
