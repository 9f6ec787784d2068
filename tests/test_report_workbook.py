"""The advice workbook opened with openpyxl: sheets, values against the result JSON,
number formats, frozen headers, print set-up, charts, hyperlinks and user text."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from core.advice.assess import assess
from core.fmt import eur
from core.report.machine import DATA_SHEET
from core.report.sheet_calculation import FIRST_ROW
from core.report.workbook import write_workbook
from core.result import Result, result_to_json
from tests.test_report_helpers import (
    INJECTION,
    TODAY,
    example_result,
    injected_case,
    with_measures,
)

NL = [
    "Samenvatting",
    "Invoer",
    "Blootstelling",
    "Omzetprognose",
    "NOW",
    "Liquiditeit",
    "Maatregelen",
    "Berekening",
    "Aannames",
    "Methode",
]
EN = [
    "Summary",
    "Inputs",
    "Exposure",
    "Forecast",
    "NOW",
    "Liquidity",
    "Measures",
    "Calculation",
    "Assumptions",
    "Method",
]


@pytest.fixture(scope="module")
def result() -> Result:
    return with_measures(example_result())


@pytest.fixture(scope="module")
def written(result: Result, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("wb") / "advies.xlsx"
    write_workbook(result, path, "nl")
    return path


@pytest.fixture(scope="module")
def wb(written: Path) -> Iterator[Workbook]:
    book = load_workbook(written)
    yield book
    book.close()


def find(ws: Worksheet, text: str) -> tuple[int, int]:
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell.row, cell.column
    raise AssertionError(f"{text!r} not on {ws.title}")


def test_sheets_in_order_with_the_case_data_very_hidden(wb: Workbook) -> None:
    assert wb.sheetnames == [*NL, DATA_SHEET]
    assert all(wb[name].sheet_state == "visible" for name in NL)
    assert wb[DATA_SHEET].sheet_state == "veryHidden"
    assert wb.active.title == "Samenvatting"


def test_english_sheet_names(result: Result, tmp_path: Path) -> None:
    path = tmp_path / "advice.xlsx"
    write_workbook(result, path, "en")
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == [*EN, DATA_SHEET]
    book.close()


def test_unknown_language_is_refused(result: Result, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="language"):
        write_workbook(result, tmp_path / "x.xlsx", "de")
    assert not list(tmp_path.iterdir())


def test_summary_headlines_match_the_result_json(wb: Workbook, result: Result) -> None:
    ws = wb["Samenvatting"]
    data = result_to_json(result)
    assert ws["A1"].value == "Herstelscan — adviesrapport"
    assert ws["B4"].value == "Voorbeeld Metaal BV"
    assert ws["A7"].value == "Gekozen scenario"
    assert ws["B7"].value == result.forecast(result.scenario).label_nl
    generated = ws["B8"]
    assert isinstance(generated.value, dt.datetime) and generated.value.date() == TODAY
    assert "yyyy" in generated.number_format
    catalogue = ws["B9"]
    assert isinstance(catalogue.value, dt.datetime) and catalogue.value.date() == dt.date(
        2025, 1, 1
    )
    row, _ = find(ws, "Dieptepunt omzet (% van normaal)")
    for j, sc in enumerate(data["scenarios"]):
        trough = ws.cell(row=row, column=2 + j)
        assert trough.value == pytest.approx(sc["trough_index"], abs=1e-6)
        assert trough.number_format == "[$-413]0.0%"
        month = ws.cell(row=row + 1, column=2 + j)
        assert month.value.strftime("%Y-%m") == sc["trough_month"]
        assert "mmm yyyy" in month.number_format
        loss = ws.cell(row=row + 3, column=2 + j)
        assert loss.value == pytest.approx(sc["revenue_loss_eur"], abs=0.01)
        assert loss.number_format.startswith("[$-413]€ #,##0")
        # NOW as the NOW sheet shows it: the sum of the tranches in whole euros.
        parts = [round(n["subsidy_eur"]) for n in data["now"] if n["scenario"] == sc["id"]]
        now_total = ws.cell(row=row + 5, column=2 + j).value
        assert now_total == sum(parts)
        assert now_total == pytest.approx(
            sum(n["subsidy_eur"] for n in data["now"] if n["scenario"] == sc["id"]), abs=len(parts)
        )
    cash_row, _ = find(ws, "Kas raakt op in")
    assert ws.cell(row=cash_row, column=2).value == "niet binnen de prognose"
    assert ws.cell(row=cash_row, column=4).value.strftime("%Y-%m") == "2021-02"


def test_summary_states_the_disclaimer_and_links_to_every_sheet(wb: Workbook) -> None:
    ws = wb["Samenvatting"]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("geen financieel, juridisch of fiscaal advies" in x for x in texts)
    internal = {c.hyperlink.location for row in ws.iter_rows() for c in row if c.hyperlink}
    for name in NL[1:-1]:  # the Methode sheet is reference text, not in the contents list
        assert f"'{name}'!A1" in internal
    # "Why this number" goes to the explanation's row on Berekening, not to a file.
    row, _ = find(ws, "Dieptepunt omzet (% van normaal)")
    why = ws.cell(row=row, column=7).hyperlink  # after CPB I-IV and nl2020
    assert why.location == f"'Berekening'!A{FIRST_ROW}" and not why.target


def test_inputs_show_every_input_with_its_field(wb: Workbook, result: Result) -> None:
    ws = wb["Invoer"]
    fields = {}
    for row in ws.iter_rows():
        if isinstance(row[5].value, str):
            fields[row[5].value] = row
    case = result.case
    assert fields["company.name"][1].value == case.company.name
    assert fields["company.annual_revenue_eur"][1].value == case.company.annual_revenue_eur
    assert fields["company.annual_revenue_eur"][1].number_format.startswith("[$-413]€")
    assert fields["order_book.months"][1].value == case.order_book_months
    assert fields["purchasing.share_of_revenue"][1].number_format == "[$-413]0.0%"
    assert fields["staff.monthly_wage_bill_eur"][1].value == case.staff.monthly_wage_bill_eur
    assert fields["finance.rd_wage_costs_annual_eur"][1].value == "niet opgegeven"
    for i, sup in enumerate(case.purchasing.suppliers):
        row = fields[f"purchasing.suppliers[{i}]"]
        assert (row[1].value, row[2].value) == (sup.country, sup.share)
    for i, sale in enumerate(case.sales):
        row = fields[f"sales[{i}]"]
        assert (row[1].value, row[2].value) == (sale.country, sale.share)


def test_exposure_table_and_bar_chart(wb: Workbook, result: Result) -> None:
    ws = wb["Blootstelling"]
    row, _ = find(ws, "DE")
    e = result.exposure
    assert ws.cell(row=row, column=4).value == pytest.approx(e.supply_by_country["DE"])
    assert ws.cell(row=row, column=5).value == pytest.approx(e.benchmark_supply["DE"])
    assert ws.cell(row=row, column=6).value == pytest.approx(e.demand_by_country["DE"])
    assert ws.cell(row=row, column=4).number_format == "[$-413]0.0%"
    assert len(ws._charts) == 1
    chart = ws._charts[0]
    assert chart.tagname == "barChart" and len(chart.series) == 4
    assert chart.x_axis.delete is False and chart.y_axis.delete is False


def test_forecast_table_chart_and_now_windows(wb: Workbook, result: Result) -> None:
    ws = wb["Omzetprognose"]
    data = result_to_json(result)
    first, _ = find(ws, "NOW-1")  # March 2020, the first month, is in NOW-1
    for i in (0, 6, 35):
        month = ws.cell(row=first + i, column=1)
        assert month.value.strftime("%Y-%m") == data["scenarios"][0]["months"][i]
        for j, sc in enumerate(data["scenarios"]):
            cell = ws.cell(row=first + i, column=3 + 3 * j)
            assert cell.value == pytest.approx(sc["revenue_index"][i], abs=1e-6)
            assert cell.number_format == "[$-413]0.0%"
    assert [ws.cell(row=first + i, column=2).value for i in (0, 3, 7, 10)] == [
        "NOW-1",
        "NOW-2",
        "NOW-3.1",
        "NOW-3.2",
    ]
    assert ws.freeze_panes == f"B{first}"
    assert len(ws._charts) == 1
    chart = ws._charts[0]
    kinds = (
        sorted(c.tagname for c in [chart, *chart._charts])
        if hasattr(chart, "_charts")
        else [chart.tagname]
    )
    assert "lineChart" in kinds


def test_charts_keep_their_axes_in_the_file(written: Path) -> None:
    """Excel hides axes without an explicit delete=0 on each axis; check the XML itself."""
    from defusedxml.ElementTree import fromstring

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1]

    with zipfile.ZipFile(written) as zf:
        names = [n for n in zf.namelist() if n.startswith("xl/charts/chart")]
        charts = [fromstring(zf.read(n)) for n in names]
    assert len(charts) == 3  # Samenvatting (the chosen scenario), Blootstelling, Omzetprognose
    kinds = [{local(e.tag) for e in c.iter()} for c in charts]
    assert any("lineChart" in k and "barChart" not in k for k in kinds)  # Samenvatting
    assert any("barChart" in k and "lineChart" not in k for k in kinds)  # Blootstelling
    assert any("barChart" in k and "lineChart" in k for k in kinds)  # Omzetprognose + bands
    for chart in charts:
        axes = [e for e in chart.iter() if local(e.tag) in ("catAx", "valAx", "dateAx")]
        assert axes
        for axis in axes:
            delete = [d for d in axis if local(d.tag) == "delete"]
            assert delete and delete[0].get("val") in ("0", "false"), local(axis.tag)
    line = next(
        c for c, k in zip(charts, kinds, strict=True) if "lineChart" in k and "barChart" in k
    )
    assert sum(1 for e in line.iter() if local(e.tag) == "ser") == 7  # 5 scenarios, 2 NOW bands


def test_measures_sheet_marks_proposals_and_links_sources(wb: Workbook, result: Result) -> None:
    from core.report.sheet_measures import (
        AMOUNT,
        CLAIMABLE,
        FROM,
        KIND,
        MARK,
        NAME,
        PER,
        REASON,
        SOURCE,
        VERDICT,
    )

    ws = wb["Maatregelen"]
    header, _ = find(ws, "Oordeel (Scenario II)")  # the verdict in the chosen scenario
    last = header + len(result.measures)  # one row each, in the app's order
    rows = {ws.cell(row=r, column=NAME).value: r for r in range(header + 1, last + 1)}
    now_row = next(r for name, r in rows.items() if "NOW" in str(name) or name == "now")
    # NOW has ended: what it would have been, never a green "komt in aanmerking".
    assert (
        ws.cell(row=now_row, column=VERDICT).value == "Zou in aanmerking zijn gekomen (afgelopen)"
    )
    assert ws.cell(row=now_row, column=AMOUNT).value == 345289.0
    assert ws.cell(row=now_row, column=AMOUNT).number_format.startswith("[$-413]€")
    assert ws.cell(row=now_row, column=KIND).value == "subsidie"
    assert ws.cell(row=now_row, column=PER).value == "eenmalig"
    assert ws.cell(row=now_row, column=CLAIMABLE).value == "nee"
    assert ws.cell(row=now_row, column=FROM).value.date() == dt.date(2020, 3, 1)
    assert (
        ws.cell(row=now_row, column=SOURCE).hyperlink.target == "https://www.uwv.nl/werkgevers/now"
    )
    assert "Per scenario" in ws.cell(row=now_row, column=REASON).value
    # A rule that names the other scenarios itself (WTV) is not repeated by the sheet.
    for r in rows.values():
        reason = str(ws.cell(row=r, column=REASON).value)
        assert reason.count("andere scenario's") + reason.count("Per scenario") <= 1, reason
    pl = next(r for name, r in rows.items() if "praktijkleren" in str(name).lower())
    assert ws.cell(row=pl, column=PER).value == "per studiejaar"
    assert ws.cell(row=pl, column=CLAIMABLE).value == "ja"
    marks = [ws.cell(row=r, column=MARK).value for r in rows.values()]
    assert marks.count("VOORSTEL") == 1
    proposal_row = next(r for r in rows.values() if ws.cell(row=r, column=MARK).value == "VOORSTEL")
    assert ws.cell(row=proposal_row, column=SOURCE).hyperlink is None  # javascript: never
    assert ws.auto_filter.ref.startswith(f"A{header}:")
    # Alternatives for one need say so in their row.
    bmkb = next(r for name, r in rows.items() if str(name).startswith("Borgstelling MKB-kredieten"))
    assert "alternatief voor één financieringsbehoefte" in ws.cell(row=bmkb, column=REASON).value
    # Totals: today's only, as in the app: the ended NOW is not added in.
    start, _ = find(
        ws,
        "Vandaag aan te vragen, totalen per soort (alleen 'komt in aanmerking'; alternatieven "
        "één keer; wat is afgelopen telt niet mee)",
    )
    assert ws.cell(row=start + 1, column=NAME).value != "Totaal subsidie"
    # The past stands apart: NOW 2020-2022 is history, never added to today's totals.
    start, _ = find(
        ws,
        "Destijds, alleen ter informatie (afgelopen regelingen en behoeften in het verleden; niet opgeteld bij het bovenstaande)",
    )
    totals = {
        ws.cell(row=r, column=NAME).value: ws.cell(row=r, column=AMOUNT).value
        for r in range(start + 1, start + 4)
        if ws.cell(row=r, column=NAME).value
    }
    # Only "komt in aanmerking" counts: the sample's praktijkleren and the two loans are
    # "mogelijk", so they are listed above but not added in.
    assert totals == {"Totaal subsidie": 345289}  # NOW 2020-2022: history, shown apart


def test_summary_states_the_scenario_what_to_apply_for_today_and_the_now_range(
    wb: Workbook, result: Result
) -> None:
    ws = wb["Samenvatting"]
    texts = [c.value for row in ws.iter_rows() for c in row]
    assert "Scenario II — contactbeperkingen 6 maanden" in texts
    assert result.answer["nl"] and result.answer["nl"] in texts  # the plain answer
    start, _ = find(ws, "Vandaag aan te vragen")
    assert ws.cell(row=start + 2, column=1).value == "Subsidieregeling praktijkleren"
    assert ws.cell(row=start + 2, column=4).value == 2700
    assert ws.cell(row=start + 2, column=5).value == "per studiejaar"
    # The sample's praktijkleren is "mogelijk": listed for today, never added in a total.
    assert "Totaal subsidie" not in texts
    assert "Totaal lening" not in texts  # the loans are not open today
    now = [
        sum(round(n.subsidy_eur) for n in result.now if n.scenario == sc.id)
        for sc in result.scenarios
    ]
    line = next(str(x) for x in texts if str(x).startswith("NOW over de scenario's: van "))
    assert eur(min(now)) in line and eur(max(now)) in line


def test_measures_sheet_without_measures_says_so(tmp_path: Path) -> None:
    from dataclasses import replace

    path = tmp_path / "leeg.xlsx"
    write_workbook(replace(example_result(), measures=[], cash=[]), path, "en")
    book = load_workbook(path)
    texts = [c.value for row in book["Measures"].iter_rows() for c in row]
    assert "No measures were assessed (yet)." in texts
    assert "No measures were assessed (yet)." in [
        c.value for row in book["Summary"].iter_rows() for c in row
    ]
    book.close()


def test_calculation_has_every_explanation_with_formula_and_values(
    wb: Workbook, result: Result
) -> None:
    ws = wb["Berekening"]
    assert len(result.explanations) > 10
    for i, x in enumerate(result.explanations):
        row = FIRST_ROW + i
        assert ws.cell(row=row, column=1).value == x.label_nl
        assert ws.cell(row=row, column=5).value == x.formula_nl
        assert ws.cell(row=row, column=6).value == x.values_nl
        value = ws.cell(row=row, column=2).value
        if x.key.startswith("now_total"):
            assert value == pytest.approx(x.value, abs=10)  # the sum of rounded tranches
        elif isinstance(x.value, float):
            assert value == pytest.approx(x.value)
        elif x.value is None:
            assert value == "niet binnen de prognose"
    # Every headline figure a re-performer needs has a live formula and a difference.
    live = {
        ws.cell(row=r, column=1).value.split(" (")[0]
        for r in range(FIRST_ROW, ws.max_row + 1)
        if ws.cell(row=r, column=3).data_type == "f" and ws.cell(row=r, column=4).data_type == "f"
    }
    for figure in (
        "Laagste omzet",
        "Gemiste omzet, mrt 2020 t/m feb 2023",
        "NOW-loonsubsidie, alle tranches samen",
        "NOW-1",
        "Kas raakt op",
        "Subsidie praktijkleren",
        "Impliciet normaal maandresultaat",
        "Piekfinancieringsbehoefte",
    ):
        assert figure in live, figure


def test_assumptions_list_every_assumption_and_mark_changes(tmp_path: Path) -> None:
    result = assess(injected_case(), today=TODAY)
    path = tmp_path / "a.xlsx"
    write_workbook(result, path, "nl")
    ws = load_workbook(path)["Aannames"]
    row, _ = find(ws, "Elasticiteit van orders ten opzichte van het bbp")
    assert ws.cell(row=row, column=2).value == 2.5
    assert ws.cell(row=row, column=3).value == 2.0
    assert ws.cell(row=row, column=5).value == "GEWIJZIGD"
    marks = [c.value for c in ws["E"] if c.value == "GEWIJZIGD"]
    assert len(marks) == 1
    texts = " ".join(str(c.value) for r in ws.iter_rows() for c in r if c.value)
    assert "CPB" in texts and "NOW-6" in texts and "https://www.uwv.nl" in texts


def test_frozen_headers_and_print_setup(wb: Workbook) -> None:
    for name in NL:
        ws = wb[name]
        assert ws.freeze_panes, name
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage, name
        assert str(ws.page_setup.paperSize) == str(ws.PAPERSIZE_A4), name
        assert ws.oddFooter.right.text, name
    for name in ("Blootstelling", "Omzetprognose", "Maatregelen", "Berekening", "Aannames"):
        assert wb[name].page_setup.orientation == "landscape", name
    for name in ("Invoer", "Maatregelen", "Berekening"):
        assert wb[name].print_title_rows, name
    for name in NL:
        widths = [d.width for d in wb[name].column_dimensions.values() if d.width]
        assert len(widths) >= 5 and all(6 <= w <= 60 for w in widths), name


def _all_cells(book: Workbook) -> list[Any]:
    return [c for ws in book.worksheets for row in ws.iter_rows() for c in row]


def test_user_text_is_never_a_formula(tmp_path: Path) -> None:
    result = assess(injected_case(), today=TODAY)
    path = tmp_path / "evil.xlsx"
    write_workbook(result, path, "nl")
    book = load_workbook(path)
    cells = [c for c in _all_cells(book) if c.value == INJECTION]
    assert len(cells) >= 6  # title lines and the name on Invoer
    for cell in cells:
        assert cell.data_type == "s" and cell.quotePrefix
    # Formulas only where the workbook re-performs its figures, and never user text.
    formulas = [c for c in _all_cells(book) if c.data_type == "f"]
    assert {c.parent.title for c in formulas} == {"Berekening", "Liquiditeit"}
    for cell in formulas:
        assert "evil" not in cell.value and "HYPERLINK" not in cell.value, cell.coordinate
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                for f in re.findall(r"<f>(.*?)</f>", zf.read(name).decode()):
                    assert "evil" not in f and "HYPERLINK" not in f, name
    # The footer shows the name literally: '&' doubled so it is no header code.
    assert "&&" in book["Samenvatting"].oddFooter.left.text or "&" not in INJECTION


def test_text_that_xml_cannot_hold_does_not_break_the_writer(tmp_path: Path) -> None:
    from dataclasses import replace

    case = example_result().case
    case = replace(case, company=replace(case.company, name="Bell\x07 & \ud800 BV"))
    result = assess(case, today=TODAY)
    path = tmp_path / "odd.xlsx"
    write_workbook(result, path, "nl")
    assert load_workbook(path)["Invoer"]["A1"].value == "Invoer"


def test_every_scenario_line_has_its_name_in_the_chart(written: Path, result: Result) -> None:
    """Five scenarios (CPB I-IV and what happened): each line is named, none 'Column O'."""
    from defusedxml.ElementTree import fromstring

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1]

    with zipfile.ZipFile(written) as zf:
        names = [n for n in zf.namelist() if n.startswith("xl/charts/chart")]
        charts = [fromstring(zf.read(n)) for n in names]
    # The forecast chart: the one with the NOW bands (the summary's has one line).
    line = next(
        c
        for c in charts
        if any(local(e.tag) == "lineChart" for e in c.iter())
        and any(local(e.tag) == "barChart" for e in c.iter())
    )
    titles = [
        v.text
        for ser in line.iter()
        if local(ser.tag) == "ser"
        for tx in ser
        if local(tx.tag) == "tx"
        for v in tx.iter()
        if local(v.tag) == "v"
    ]
    assert titles[: len(result.scenarios)] == [
        "Scenario I",
        "Scenario II",
        "Scenario III",
        "Scenario IV",
        "Zoals het ging (2020–2021)",
    ]


def test_the_workbook_prints_as_a_report(tmp_path: Path) -> None:
    """Page 1 is a one-page summary with the chosen scenario's chart; each chart stands
    with its table; a Dutch report carries the Dutch number format whatever the
    reader's locale; a today row is tall enough for its longest cell."""
    from core.report.sheet_forecast import CHART_ROWS

    result = example_result()
    path = tmp_path / "print.xlsx"
    write_workbook(result, path, "nl")
    book = load_workbook(path)
    summary = book["Samenvatting"]
    assert summary.page_setup.fitToHeight == 1 and summary.page_setup.fitToWidth == 1
    assert len(summary._charts) == 1  # the chosen scenario's revenue
    forecast = book["Omzetprognose"]
    chart = forecast._charts[0]
    header = next(c.row for row in forecast.iter_rows() for c in row if c.value == "Maand")
    assert chart.anchor._from.row + 1 + CHART_ROWS <= header  # above its table
    assert not forecast.row_breaks.brk  # and on the same page
    assert not book["Blootstelling"].row_breaks.brk  # six countries: one page
    for ws in book.worksheets:
        if ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows():
            for c in row:
                if c.number_format not in ("General", "@"):
                    assert all(p.startswith("[$-413]") for p in c.number_format.split(";")), (
                        ws.title,
                        c.coordinate,
                        c.number_format,
                    )
    english = tmp_path / "print-en.xlsx"
    write_workbook(result, english, "en")
    eur_cells = [
        c.number_format
        for row in load_workbook(english)["Summary"].iter_rows()
        for c in row
        if "€" in c.number_format
    ]
    assert eur_cells and all(f.startswith("[$-809]") for f in eur_cells)


def test_a_dutch_workbook_speaks_dutch_in_its_labels(tmp_path: Path) -> None:
    """'deels', not 'deels (partly)'; the method reference in Dutch only, on Berekening."""
    from dataclasses import replace

    result = example_result()
    case = replace(result.case, staff=replace(result.case.staff, distancing_possible="partly"))
    path = tmp_path / "nl.xlsx"
    write_workbook(replace(result, case=case), path, "nl")
    book = load_workbook(path)
    inputs = [str(c.value) for row in book["Invoer"].iter_rows() for c in row if c.value]
    assert "deels" in inputs and not any("(partly)" in x for x in inputs)
    calc = [str(c.value) for row in book["Berekening"].iter_rows() for c in row if c.value]
    assert any("Methode, §" in x for x in calc)
    assert not any("Method, §" in x for x in calc)


def _texts(ws: Worksheet) -> list[str]:
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


@pytest.mark.parametrize("today", [dt.date(2031, 1, 1), dt.date(2099, 6, 1)])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_old_catalogue_is_said_on_the_summary_and_the_measures_sheet(
    tmp_path: Path, today: dt.date, lang: str
) -> None:
    from core.case_file import load_case
    from tests.conftest import EXAMPLES

    aged = assess(load_case(EXAMPLES / "agrifood-export.herstelscan.json"), today=today)
    path = tmp_path / "oud.xlsx"
    write_workbook(aged, path, lang)
    book = load_workbook(path)
    try:
        want = (
            "Let op: de maatregelencatalogus is voor het laatst gecontroleerd op 7 december 2026"
            if lang == "nl"
            else "Note: the measures catalogue was last checked on 7 December 2026"
        )
        for sheet in (0, 6):  # Samenvatting/Summary and Maatregelen/Measures
            ws = book.worksheets[sheet]
            assert any(x.startswith(want) and "12" in x for x in _texts(ws)), ws.title
        measures = book.worksheets[6]
        eligible = "Komt in aanmerking" if lang == "nl" else "Eligible"
        wbso_rows = [
            [c.value for c in row]
            for row in measures.iter_rows()
            if any(isinstance(c.value, str) and c.value.startswith("WBSO") for c in row)
        ]
        assert wbso_rows and not any(eligible in map(str, r) for r in wbso_rows)
    finally:
        book.close()


def test_a_current_catalogue_says_nothing_about_its_age(wb: Workbook) -> None:
    for ws in wb.worksheets[:7]:
        assert not any("voor het laatst gecontroleerd" in x for x in _texts(ws)), ws.title
