"""Blootstelling: per country the company's supply and demand exposure next to the
sector benchmark, critical flags, concentration, and a native bar chart."""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from core.reference.countries import country_name
from core.report import styles as s
from core.report.charts import chart_title, show_axes
from core.report.texts import t, yes_no
from core.result import Result

LAST_COL = 9
# Columns of the table; the chart plots SUPPLY, DEMAND and the two benchmarks.
COUNTRY, CODE, SHARE_PURCHASES, SUPPLY, BENCH_SUPPLY, DEMAND, BENCH_DEMAND, CRITICAL, ALT = range(
    1, 10
)


def _countries(result: Result) -> list[str]:
    """Every country with company or sector exposure, the largest first."""
    e = result.exposure
    codes = (
        set(e.supply_by_country)
        | set(e.demand_by_country)
        | set(e.benchmark_supply)
        | set(e.benchmark_demand)
    )

    def weight(code: str) -> tuple[float, str]:
        own = max(e.supply_by_country.get(code, 0.0), e.demand_by_country.get(code, 0.0))
        bench = max(e.benchmark_supply.get(code, 0.0), e.benchmark_demand.get(code, 0.0))
        return (-(own + bench / 100), code)

    return sorted(codes, key=weight)


MAX_ROWS_WITH_CHART = 10
CHART_ROWS = 18  # rows the chart covers (8,5 cm at the default row height), and a gap


def _chart(
    ws: Worksheet, first: int, last: int, anchor: str, lang: str, columns: list[int]
) -> None:
    """Bars for the given columns only: a measure with no data at all is left out rather
    than drawn as a row of zeros."""
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = chart_title(t("exposure_chart", lang))
    chart.y_axis.title = t("share_axis", lang)
    chart.y_axis.number_format = s.PCT0
    show_axes(chart)
    chart.y_axis.scaling.min = 0
    colours = {SUPPLY: "1F3864", DEMAND: "C55A11", BENCH_SUPPLY: "9DC3E6", BENCH_DEMAND: "F4B183"}
    for col in columns:
        data = Reference(ws, min_col=col, min_row=first - 1, max_row=last)
        chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=COUNTRY, min_row=first, max_row=last))
    for series, col in zip(chart.series, columns, strict=True):
        colour = colours[col]
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    chart.gapWidth = 60
    chart.legend.position = "b"
    chart.width = 30
    chart.height = 8.5
    ws.add_chart(chart, anchor)


def _unknown(ws: Worksheet, row: int, col: int, lang: str) -> None:
    s.put_text(ws, row, col, t("unknown", lang), border=s.GRID, align=s.RIGHT, font=s.SMALL_GREY)


def write_exposure(ws: Worksheet, result: Result, lang: str) -> None:
    e = result.exposure
    case = result.case
    row = s.title(ws, t("exposure_title", lang), case.company.name)
    note = t("exposure_note", lang)
    row = s.note(ws, row - 1, note, LAST_COL, s.wrapped_height(note, 120)) + 1
    header_row = row
    s.header(
        ws,
        row,
        [
            t("country", lang),
            t("code", lang),
            t("share_purchases", lang),
            t("supply", lang),
            t("bench_supply", lang),
            t("demand", lang),
            t("bench_demand", lang),
            t("critical", lang),
            t("alt_weeks", lang),
        ],
        height=32,
    )
    row += 1
    first = row
    suppliers = {x.country: x for x in case.purchasing.suppliers}
    critical = set(e.critical_countries)
    # No countries given is unknown, not zero: those columns say so and leave the chart.
    has_supply, has_demand = bool(e.supply_by_country), bool(e.demand_by_country)
    for code in _countries(result):
        sup = suppliers.get(code)
        s.put_text(ws, row, COUNTRY, country_name(code, lang), border=s.GRID)
        s.put_text(ws, row, CODE, code, border=s.GRID, align=s.CENTER)
        if sup is not None:
            s.put(ws, row, SHARE_PURCHASES, sup.share, s.PCT, border=s.GRID)
        else:
            s.put_text(ws, row, SHARE_PURCHASES, "–", border=s.GRID, align=s.CENTER)
        for col, values, given in (
            (SUPPLY, e.supply_by_country, has_supply),
            (DEMAND, e.demand_by_country, has_demand),
        ):
            if given:
                s.put(ws, row, col, values.get(code, 0.0), s.PCT, border=s.GRID, font=s.BOLD)
            else:
                _unknown(ws, row, col, lang)
        for col, bench in ((BENCH_SUPPLY, e.benchmark_supply), (BENCH_DEMAND, e.benchmark_demand)):
            if code in bench:
                s.put(ws, row, col, bench[code], s.PCT, border=s.GRID)
            else:
                _unknown(ws, row, col, lang)
        is_critical = code in critical
        s.put_text(
            ws,
            row,
            CRITICAL,
            yes_no(is_critical, lang) if sup else "–",
            border=s.GRID,
            align=s.CENTER,
            font=s.MARK_FONT if is_critical else s.NORMAL,
            fill_=s.fill(s.RED_FILL) if is_critical else None,
        )
        if sup is not None and sup.alternative_weeks is not None:
            s.put(ws, row, ALT, sup.alternative_weeks, s.DECIMAL, border=s.GRID)
        else:
            s.put_text(ws, row, ALT, "–", border=s.GRID, align=s.CENTER)
        row += 1
    last = row - 1
    row += 1
    columns = [
        col
        for col, given in (
            (SUPPLY, has_supply),
            (DEMAND, has_demand),
            (BENCH_SUPPLY, bool(e.benchmark_supply)),
            (BENCH_DEMAND, bool(e.benchmark_demand)),
        )
        if given
    ]
    if last >= first and columns:
        # Right under its table, so both print on one page; with more countries than
        # fit above a chart, the chart starts the next page whole rather than cut.
        if last - first + 1 > MAX_ROWS_WITH_CHART:
            ws.row_breaks.append(Break(id=row - 1))
        _chart(ws, first, last, f"A{row}", lang, columns)
        row += CHART_ROWS
        # The few concentration figures follow on the same page where they fit: a page
        # of its own for a four-row table wastes paper and reads as an appendix.
        if last - first + 1 > MAX_ROWS_WITH_CHART:
            ws.row_breaks.append(Break(id=row - 1))
    row = s.section(ws, row, t("concentration", lang))
    facts: list[tuple[str, float | None, str]] = [
        (t("unspecified_supply", lang), e.unspecified_supply_share, s.PCT),
        (t("supplier_hhi", lang), e.supplier_hhi if has_supply else None, s.INDEX),
        (t("sales_hhi", lang), e.sales_hhi if has_demand else None, s.INDEX),
        (t("hhi_threshold", lang), e.hhi_threshold, s.INDEX),
    ]
    for text, value, fmt in facts:
        s.put_text(ws, row, 1, text, border=s.GRID)
        s.merge(ws, row, 1, 3)
        if value is None:
            _unknown(ws, row, 4, lang)
        else:
            high = fmt == s.INDEX and text != t("hhi_threshold", lang) and value > e.hhi_threshold
            tint = s.fill(s.AMBER_FILL) if high else None
            s.put(ws, row, 4, value, fmt, border=s.GRID, fill_=tint)
        row += 1
    s.widths(ws, [22, 8, 13, 13, 13, 13, 13, 12, 13])
    ws.freeze_panes = ws.cell(row=header_row + 1, column=2).coordinate
    s.page_setup(
        ws,
        landscape=True,
        title_rows=None,
        footer_left=f"{t('app', lang)} — {case.company.name}",
        lang=lang,
    )
