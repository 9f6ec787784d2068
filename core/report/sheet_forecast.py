"""Omzetprognose: revenue per month under each scenario, the NOW tranche covering each
month, and a native line chart with the NOW periods as bands (NOW per tranche has its
own sheet)."""

from __future__ import annotations

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from core.fmt import eur
from core.model.now import Tranche, now_rules
from core.months import parse_month
from core.report import styles as s
from core.report.charts import chart_title, revenue_axes, show_axes
from core.report.texts import t
from core.result import Result

PER_SCENARIO = 3  # revenue %, revenue EUR, idle FTE
CHART_CM = 10.0  # the chart's height; it stands above the table, on the same page
CHART_ROWS = 21  # rows it covers at the default row height (15 pt), and a gap
FIRST_SC_COL = 3
# CPB I-IV, then the realised path (2020-2021, or 2008-2010 from today).
SCENARIO_COLOURS = ("1F3864", "2E75B6", "C55A11", "7F7F7F", "2A9D8F")
BAND_COLOURS = ("E4ECF7", "FBE5D6")


def _tranche_of(month: str, tranches: tuple[Tranche, ...]) -> tuple[int, Tranche] | None:
    m = parse_month(month)
    for i, tr in enumerate(tranches):
        if tr.period[0] <= m <= tr.period[1]:
            return i, tr
    return None


def _band_cols(n_scenarios: int) -> tuple[int, int]:
    """Two helper columns right of the table: the NOW bands the chart draws."""
    after = FIRST_SC_COL + n_scenarios * PER_SCENARIO + 1
    return after, after + 1


def _monthly_table(ws: Worksheet, row: int, result: Result, lang: str) -> tuple[int, int, float]:
    """Header (two rows) and one row per month; returns first and last data row and
    the chart's top value."""
    scenarios = result.scenarios
    monthly = result.case.company.annual_revenue_eur / 12
    tranches = now_rules().tranches
    top = max([1.2, *(max(sc.revenue_index, default=1.0) + 0.05 for sc in scenarios)])
    # Group header: one merged cell per scenario.
    s.header(ws, row, [t("month", lang), t("now_col", lang)], height=30)
    for j, sc in enumerate(scenarios):
        col = FIRST_SC_COL + j * PER_SCENARIO
        s.header(ws, row, [sc.label(lang)], start_col=col, height=30)
        s.merge(ws, row, col, col + PER_SCENARIO - 1)
    sub = row + 1
    s.merge(ws, row, 1, 1, last_row=sub)
    s.merge(ws, row, 2, 2, last_row=sub)
    for j in range(len(scenarios)):
        col = FIRST_SC_COL + j * PER_SCENARIO
        s.header(
            ws,
            sub,
            [t("rev_pct", lang), t("rev_eur", lang), t("idle", lang)],
            start_col=col,
            height=30,
        )
    band_a, band_b = _band_cols(len(scenarios))
    s.put_text(ws, sub, band_a, t("now_bands_a", lang), font=s.SMALL_GREY)
    s.put_text(ws, sub, band_b, t("now_bands_b", lang), font=s.SMALL_GREY)
    first = sub + 1
    months = scenarios[0].months if scenarios else []
    for i, month in enumerate(months):
        r = first + i
        covered = _tranche_of(month, tranches)
        band = s.fill(BAND_COLOURS[covered[0] % 2]) if covered else None
        s.put(ws, r, 1, s.month_date(month), s.month_format(lang), border=s.GRID, fill_=band)
        s.put_text(
            ws, r, 2, covered[1].id if covered else "", border=s.GRID, align=s.CENTER, fill_=band
        )
        for j, sc in enumerate(scenarios):
            col = FIRST_SC_COL + j * PER_SCENARIO
            y = sc.revenue_index[i]
            low = y <= 0.8 + 1e-9
            s.put(ws, r, col, y, s.PCT, border=s.GRID, font=s.MARK_FONT if low else s.NORMAL)
            s.put(ws, r, col + 1, y * monthly, s.EUR, border=s.GRID)
            s.put(ws, r, col + 2, sc.idle_fte[i], s.DECIMAL, border=s.GRID)
        if covered:
            s.put(ws, r, band_a if covered[0] % 2 == 0 else band_b, top, font=s.SMALL_GREY)
    return first, first + len(months) - 1, top


def _chart(
    ws: Worksheet, first: int, last: int, top: float, result: Result, anchor: str, lang: str
) -> None:
    lines = LineChart()
    for j, _sc in enumerate(result.scenarios):
        col = FIRST_SC_COL + j * PER_SCENARIO
        lines.add_data(
            Reference(ws, min_col=col, min_row=first, max_row=last), titles_from_data=False
        )
    colours = [SCENARIO_COLOURS[j % len(SCENARIO_COLOURS)] for j in range(len(result.scenarios))]
    for series, sc, colour in zip(lines.series, result.scenarios, colours, strict=True):
        from openpyxl.chart.series import SeriesLabel

        series.tx = SeriesLabel(v=s.clean(s.scenario_short(sc.label(lang))))
        series.graphicalProperties.line.solidFill = colour
        series.graphicalProperties.line.width = 22000
        series.smooth = False
        series.marker.symbol = "none"
    months = Reference(ws, min_col=1, min_row=first, max_row=last)
    lines.set_categories(months)
    revenue_axes(lines, top, lang)

    bands = BarChart()
    band_a, band_b = _band_cols(len(result.scenarios))
    for col, colour in ((band_a, BAND_COLOURS[0]), (band_b, BAND_COLOURS[1])):
        bands.add_data(
            Reference(ws, min_col=col, min_row=first - 1, max_row=last), titles_from_data=True
        )
        series = bands.series[-1]
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.noFill = True
    bands.grouping = "stacked"
    bands.overlap = 100
    bands.gapWidth = 0
    show_axes(bands)
    bands.y_axis.number_format = s.PCT0
    bands.y_axis.scaling.min = 0
    bands.y_axis.scaling.max = top
    bands.y_axis.majorUnit = 0.2
    bands.y_axis.title = t("rev_pct", lang)
    bands.x_axis.number_format = s.month_format(lang)
    bands.x_axis.tickLblSkip = 3
    bands.x_axis.tickMarkSkip = 3
    bands.set_categories(months)
    bands.title = chart_title(t("forecast_chart", lang))
    bands.visible_cells_only = False  # the band columns are hidden
    bands += lines
    bands.legend.position = "b"
    bands.width = 33
    bands.height = CHART_CM
    ws.add_chart(bands, anchor)


def write_forecast(ws: Worksheet, result: Result, lang: str) -> tuple[int, int]:
    """Write Omzetprognose; returns the first and last row of the monthly table (the
    revenue index of scenario j is in column FIRST_SC_COL + PER_SCENARIO * j)."""
    case = result.case
    row = s.title(ws, t("forecast_title", lang), case.company.name)
    monthly = case.company.annual_revenue_eur / 12
    note = t("forecast_note", lang).format(monthly=eur(monthly, lang))
    last_col = FIRST_SC_COL + len(result.scenarios) * PER_SCENARIO - 1
    row = s.note(ws, row - 1, note, last_col, s.wrapped_height(note, 150)) + 1
    # The chart above its table, on the same page: a chart printed a page away from its
    # numbers is read without them.
    chart_row = row
    if result.scenarios:
        row += CHART_ROWS
    first, last, top = _monthly_table(ws, row, result, lang)
    band_a, band_b = _band_cols(len(result.scenarios))
    from openpyxl.utils import get_column_letter

    for col in (band_a, band_b):
        ws.column_dimensions[get_column_letter(col)].hidden = True
    if result.scenarios:
        _chart(ws, first, last, top, result, f"A{chart_row}", lang)
    s.widths(ws, [11, 10] + [13] * (PER_SCENARIO * len(result.scenarios)))
    ws.freeze_panes = ws.cell(row=first, column=2).coordinate
    # No repeated title rows: the 36 months fit on one page, and a repeated month header
    # above the chart and the NOW table would only confuse.
    s.page_setup(
        ws,
        landscape=True,
        title_rows=None,
        footer_left=f"{t('app', lang)} — {case.company.name}",
        lang=lang,
    )
    return first, last
