"""The Excel advice workbook: one function shared by the command line and the app.

    write_workbook(result, Path("advies.xlsx"), lang="nl")

Ten visible sheets (Samenvatting ... Aannames, Methode; English names with ``lang="en"``)
and one very hidden sheet holding the case as JSON, so the workbook opens again as a
case (:func:`core.report.reader.read_case_from_workbook`). The file is written
atomically: a target that cannot be written raises :class:`core.atomic.WriteError`
naming the file and what to do, and leaves no partial file behind.
"""

from __future__ import annotations

from copy import copy
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles.cell_style import StyleArray

from core.atomic import write_atomic
from core.report.fast_save import ReportWorkbook
from core.report.machine import add_data_sheet
from core.report.sheet_assumptions import write_assumptions
from core.report.sheet_calculation import explanation_rows, write_calculation
from core.report.sheet_cash import Links, write_cash
from core.report.sheet_exposure import write_exposure
from core.report.sheet_forecast import FIRST_SC_COL, PER_SCENARIO, write_forecast
from core.report.sheet_inputs import write_inputs
from core.report.sheet_measures import write_measures
from core.report.sheet_method import sheet_name as method_sheet_name
from core.report.sheet_method import write_method
from core.report.sheet_now import write_now
from core.report.sheet_summary import add_summary_chart, write_summary
from core.report.stress_facts import write_stress_exposure, write_stress_facts
from core.report.styles import clean
from core.report.texts import sheet_name, t
from core.result import Result

LANGUAGES = ("nl", "en")
LOCALE_TAGS = {"nl": "[$-413]", "en": "[$-809]"}  # Dutch (Netherlands), English (UK)


def locale_format(fmt: str, lang: str) -> str:
    """``€ #,##0`` as ``[$-413]€ #,##0``: the format carries the report's language, so a
    Dutch report shows € 1.791.146 and 75,0% in LibreOffice on any PC, not the reader's
    separators (Excel keeps the system's separators, and ignores the tag harmlessly)."""
    if fmt in ("General", "@") or fmt.startswith("[$"):
        return fmt
    tag = LOCALE_TAGS[lang]
    if lang == "en":
        fmt = fmt.replace("€ ", "€")  # €10,800, as the English text writes it (en-GB)
    return ";".join(part if part.startswith("[$") else tag + part for part in fmt.split(";"))


def fix_number_formats(wb: Workbook, lang: str) -> None:
    """Every number format of the visible sheets in the report's language.

    A cell's format depends only on its style record, so each distinct record is
    converted once and later cells with the same record copy the result. The cells
    are visited in row order, as ``iter_rows`` would, so the formats are registered in
    the same order; and each row of the used range without a cell gets its (empty) row
    record, which is what ``iter_rows`` creating blank cells left in the file."""
    for ws in wb.worksheets:
        if ws.sheet_state != "visible" or not ws._cells:
            continue
        converted: dict[bytes, Any] = {}
        cells = ws._cells
        for key in sorted(cells):
            cell = cells[key]
            style = cell._style
            if style is None or style[3] in (0, 49):  # numFmtId: General and @ stay
                continue
            before = style.tobytes()
            after = converted.get(before)
            if after is not None:
                cell._style = StyleArray(after)
                continue
            fmt = cell.number_format
            if fmt and fmt not in ("General", "@"):
                cell.number_format = locale_format(fmt, lang)
            converted[before] = copy(cell._style)
        rows = {row for row, _col in cells}
        dims = ws.row_dimensions
        for row in range(1, ws.max_row + 1):
            if row not in rows and row not in dims:
                dims[row]  # creates the empty row record


def build_workbook(result: Result, lang: str = "nl") -> Workbook:
    """The workbook in memory (for callers that want to add to it before saving)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    wb = ReportWorkbook()  # saves through core.report.fast_save
    summary = wb.active
    summary.title = sheet_name("summary", lang)
    sheets = {key: wb.create_sheet(sheet_name(key, lang)) for key in (
        "inputs", "exposure", "forecast", "now", "cash", "measures", "calculation",
        "assumptions",
    )}  # fmt: skip
    chart_row = write_summary(summary, result, lang, explanation_rows(result))
    fields = write_inputs(sheets["inputs"], result.case, lang)
    write_exposure(sheets["exposure"], result, lang)
    write_stress_exposure(sheets["exposure"], result, lang)
    first_month, last_month = write_forecast(sheets["forecast"], result, lang)
    chosen = next((j for j, sc in enumerate(result.scenarios) if sc.id == result.scenario), None)
    if chosen is not None:
        col = FIRST_SC_COL + PER_SCENARIO * chosen
        add_summary_chart(
            summary, sheets["forecast"], first_month, last_month, col, result, lang, chart_row
        )
    now_rows = write_now(sheets["now"], result, lang)
    refs = write_assumptions(sheets["assumptions"], result, lang)
    write_measures(sheets["measures"], result, lang, refs)
    links = Links(
        inputs=sheets["inputs"].title,
        fields=fields,
        forecast=sheets["forecast"].title,
        forecast_first=first_month,
        forecast_col={
            sc.id: FIRST_SC_COL + PER_SCENARIO * j for j, sc in enumerate(result.scenarios)
        },
        assumptions=sheets["assumptions"].title,
        assumption_refs=refs,
        now=sheets["now"].title,
        now_rows=now_rows,
    )
    cash = write_cash(sheets["cash"], result, lang, links)
    write_calculation(sheets["calculation"], result, lang, links, cash)
    method = wb.create_sheet(method_sheet_name(lang))
    write_method(method, lang)
    write_stress_facts(method, result, lang)  # the stress tests' facts and sources
    add_data_sheet(wb, result.case)
    fix_number_formats(wb, lang)
    wb.active = 0
    props = wb.properties
    props.title = clean(f"{t('report_title', lang)} — {result.case.company.name}")[:250]
    props.creator = "Herstelscan"
    props.subject = t("report_title", lang)
    return wb


def write_workbook(result: Result, path: Path, lang: str = "nl") -> None:
    """Write the advice workbook for ``result`` to ``path`` atomically.

    Raises :class:`core.atomic.WriteError` (with a Dutch and an English message naming
    the file and what to do) when the target cannot be written; then nothing is left
    behind, and an existing file at ``path`` is unchanged.
    """
    wb = build_workbook(result, lang)
    write_atomic(Path(path), wb.save)
