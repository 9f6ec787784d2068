"""Samenvatting: the company, the date, the headline figures per scenario, warnings,
the measures at a glance, a table of contents and the disclaimer."""

from __future__ import annotations

import datetime as dt

from openpyxl.worksheet.worksheet import Worksheet

from core.advice.measures.context import CAN_APPLY
from core.advice.shown import counts_text, shown_measures, shown_totals, verdict_word
from core.fmt import eur, number, pct
from core.reference.countries import country_name
from core.report import styles as s
from core.report.catalogue_info import catalogue_as_of, measure_name, stale_note
from core.report.sheet_now import shown_total
from core.report.texts import KINDS, PERS, SECTOR_NAMES, label, sheet_name, t
from core.result import Result, ScenarioForecast

# (text key, explanation key prefix) for each headline row, in order.
HEADLINES = (
    ("h_trough", "trough"),
    ("h_trough_month", "trough"),
    ("h_first_drop", "first_drop"),
    ("h_loss", "revenue_loss"),
    ("h_idle", "idle_fte"),
    ("h_now", "now_total"),
)
CONTENTS = (
    "inputs", "exposure", "forecast", "now", "cash", "measures", "calculation", "assumptions",
)  # fmt: skip
_CONTENT_TEXT = {
    "inputs": ("alle invoer van het bedrijf", "all of the company's inputs"),
    "exposure": (
        "blootstelling per land, met sectorbenchmark",
        "exposure by country, with sector benchmark",
    ),
    "forecast": (
        "omzet per maand per scenario, NOW-vensters",
        "revenue per month per scenario, NOW windows",
    ),
    "now": (
        "NOW per tranche en scenario: meetvenster, daling, subsidie",
        "NOW per tranche and scenario: window, drop, subsidy",
    ),
    "cash": (
        "kasstand per maand, piekfinancieringsbehoefte, aannames",
        "cash balance per month, peak funding need, assumptions",
    ),
    "measures": (
        "steunmaatregelen: oordeel, bedrag, bron",
        "support measures: verdict, amount, source",
    ),
    "calculation": (
        "elk kerncijfer herberekend met een live formule",
        "each headline figure re-performed with a live formula",
    ),
    "assumptions": (
        "scenarioparameters, aannames en bronnen",
        "scenario parameters, assumptions and sources",
    ),
}
_METHOD_TEXT = (
    "hoe Herstelscan rekent, in gewone woorden, met de bronnen",
    "how Herstelscan calculates, in plain words, with the sources",
)
LAST_COL = 7  # figure, five scenarios (CPB I-IV and the realised path), why


def _headline_cell(
    ws: Worksheet, row: int, col: int, key: str, sc: ScenarioForecast, result: Result, lang: str
) -> None:
    b = s.GRID
    if key == "h_trough":
        s.put(ws, row, col, sc.trough_index, s.PCT, border=b)
    elif key == "h_trough_month":
        s.put(ws, row, col, s.month_date(sc.trough_month), s.month_format(lang), border=b)
    elif key == "h_first_drop":
        if sc.first_month_drop_20pct is None:
            s.put_text(ws, row, col, t("h_cash_never", lang), border=b, align=s.RIGHT_WRAP)
            ws.row_dimensions[row].height = 28
        else:
            s.put(
                ws,
                row,
                col,
                s.month_date(sc.first_month_drop_20pct),
                s.month_format(lang),
                border=b,
            )
    elif key == "h_loss":
        s.put(ws, row, col, sc.revenue_loss_eur, s.EUR, border=b)
    elif key == "h_idle":
        s.put(ws, row, col, max(sc.idle_fte, default=0.0), s.DECIMAL, border=b)
    elif key == "h_now":
        s.put(ws, row, col, shown_total(result, sc.id), s.EUR, border=b)


def _headlines(
    ws: Worksheet, row: int, result: Result, lang: str, calc_rows: dict[str, int]
) -> int:
    row = s.section(ws, row, t("headlines", lang))
    scenarios = result.scenarios[: LAST_COL - 2]
    # The chosen scenario's column says so, and stands out.
    names = [
        f"{sc.label(lang)} ({t('chosen', lang)})" if sc.id == result.scenario else sc.label(lang)
        for sc in scenarios
    ]
    labels = [t("figure", lang), *names, t("why", lang)]
    longest = max((len(x) for x in labels), default=10)
    s.header(ws, row, labels, height=s.wrapped_height("x" * longest, 15, 13.0, 2))
    for j, sc in enumerate(scenarios):
        if sc.id == result.scenario:
            s.restyle(s.cell_at(ws, row, 2 + j), fill_=s.fill(s.ACCENT))
    row += 1
    calc_sheet = sheet_name("calculation", lang)
    for key, prefix in HEADLINES:
        if key == "h_now" and not result.now:
            # A crisis starting now has no NOW (2020-2022): no row of € 0, as the app
            # shows no NOW card then.
            continue
        s.put_text(ws, row, 1, t(key, lang), font=s.BOLD, border=s.GRID)
        for j, sc in enumerate(scenarios):
            _headline_cell(ws, row, 2 + j, key, sc, result, lang)
        target = calc_rows.get(f"{prefix}:{scenarios[0].id}") if scenarios else None
        if target is not None:
            s.sheet_link(ws, row, LAST_COL, t("to_calculation", lang), calc_sheet, f"A{target}")
        row += 1
    s.put_text(ws, row, 1, t("h_cash", lang), font=s.BOLD, border=s.GRID)
    by_scenario = {c.scenario: c for c in result.cash}
    for j, sc in enumerate(scenarios):
        path = by_scenario.get(sc.id)
        if path is None:
            # Without cash figures the runway is unknown, not "never".
            s.put_text(ws, row, 2 + j, t("unknown", lang), border=s.GRID, align=s.RIGHT_WRAP)
        elif path.runs_out is None:
            s.put_text(ws, row, 2 + j, t("h_cash_never", lang), border=s.GRID, align=s.RIGHT_WRAP)
            ws.row_dimensions[row].height = 28
        else:
            month = s.month_date(path.runs_out)
            s.put(ws, row, 2 + j, month, s.month_format(lang), border=s.GRID)
    target = calc_rows.get(f"cash_runway:{scenarios[0].id}") if scenarios else None
    if target is not None:
        s.sheet_link(ws, row, LAST_COL, t("to_calculation", lang), calc_sheet, f"A{target}")
    row += 1
    return row + 1


def _critical(ws: Worksheet, row: int, result: Result, lang: str) -> int:
    row = s.section(ws, row, t("critical_title", lang))
    critical = [x for x in result.case.purchasing.suppliers if x.critical]
    if not critical:
        s.put_text(ws, row, 1, t("critical_none", lang))
        return row + 2
    for sup in critical:
        weeks = (
            t("not_given", lang)
            if sup.alternative_weeks is None
            else number(sup.alternative_weeks, lang)
        )
        text = t("critical_row", lang).format(
            country=country_name(sup.country, lang), share=pct(sup.share, lang), weeks=weeks
        )
        s.put_text(ws, row, 1, text, font=s.MARK_FONT, align=None)
        row += 1
    return row + 1


def _measures(ws: Worksheet, row: int, result: Result, lang: str) -> int:
    """What can be applied for today in the chosen scenario, with totals by kind (each
    kind on its own; alternatives for one need once), and the verdict counts."""
    row = s.section(ws, row, t("apply_today", lang))
    if not result.measures:
        s.put_text(ws, row, 1, t("measures_none", lang))
        return row + 2
    today = [m for m in shown_measures(result) if m.claimable_now and m.verdict in CAN_APPLY]
    if not today:
        s.put_text(ws, row, 1, t("apply_today_none", lang), align=None)
        row += 1
    else:
        labels = [t("measure", lang), t("verdict", lang), t("kind", lang), t("amount", lang),
                  t("per", lang)]  # fmt: skip
        s.header(ws, row, labels, height=28)
        row += 1
        for m in today:
            name = measure_name(m.id, lang)
            s.put_text(ws, row, 1, name, border=s.GRID, align=s.WRAP_TOP)
            verdict = verdict_word(m, lang)
            kind_text = label(KINDS, m.kind, lang) if m.kind else "–"
            # Tall enough for the longest cell, so LibreOffice clips none of them.
            ws.row_dimensions[row].height = max(
                s.wrapped_height(name, 36),
                s.wrapped_height(verdict, 14),
                s.wrapped_height(kind_text, 14),
            )
            s.put_text(ws, row, 2, verdict, border=s.GRID, align=s.WRAP_TOP)
            kind = label(KINDS, m.kind, lang) if m.kind else "–"
            s.put_text(ws, row, 3, kind, border=s.GRID, align=s.WRAP_TOP)
            amount = m.amount_eur  # as shown (core.advice.shown)
            if amount is None:
                s.put_text(ws, row, 4, "–", border=s.GRID, align=s.CENTER)
            else:
                s.put(ws, row, 4, amount, s.EUR, border=s.GRID)
            per = label(PERS, m.per, lang) if m.per else "–"
            s.put_text(ws, row, 5, per, border=s.GRID, align=s.WRAP_TOP)
            row += 1
        by_kind = shown_totals(result).get("claimable_now", {})
        if by_kind:
            s.put_text(ws, row, 1, t("claimable_totals", lang), font=s.SUBTITLE_FONT, align=None)
            row += 1
            for kind in KINDS:
                if kind in by_kind:
                    text = t("total_kind", lang).format(kind=label(KINDS, kind, lang))
                    s.put_text(ws, row, 1, text, font=s.BOLD, border=s.GRID)
                    s.merge(ws, row, 1, 3)
                    s.put(ws, row, 4, by_kind[kind], s.EUR, border=s.GRID, font=s.BOLD)
                    row += 1
    row += 1
    row = s.section(ws, row, t("measures_title", lang))
    # The same count as the app's measures page.
    s.put_text(ws, row, 1, counts_text(result, lang), align=None)
    row += 1
    s.sheet_link(ws, row, 1, sheet_name("measures", lang), sheet_name("measures", lang))
    return row + 2


def _now_range(ws: Worksheet, row: int, result: Result, lang: str) -> int:
    """NOW as a range across the scenarios: the lowest and the highest total."""
    totals = [(shown_total(result, sc.id), sc) for sc in result.scenarios]
    if not totals or not result.now:
        return row
    low, high = min(totals, key=lambda x: x[0]), max(totals, key=lambda x: x[0])
    # One sentence across the sheet: two bare amounts under the scenario headers above
    # would read as those scenarios' figures.
    text = t("now_range", lang).format(
        low=eur(low[0], lang),
        low_name=s.scenario_short(low[1].label(lang)),
        high=eur(high[0], lang),
        high_name=s.scenario_short(high[1].label(lang)),
    )
    s.put_text(ws, row, 1, text, font=s.BOLD, align=None)
    return row + 2


def _contents(ws: Worksheet, row: int, lang: str) -> int:
    row = s.section(ws, row, t("contents", lang))
    for key in CONTENTS:
        s.sheet_link(ws, row, 1, sheet_name(key, lang), sheet_name(key, lang))
        s.put_text(ws, row, 2, _CONTENT_TEXT[key][1 if lang == "en" else 0], align=None)
        row += 1
    from core.report.sheet_method import sheet_name as method_sheet

    s.sheet_link(ws, row, 1, method_sheet(lang), method_sheet(lang))
    s.put_text(ws, row, 2, _METHOD_TEXT[1 if lang == "en" else 0], align=None)
    return row + 2


def _chosen_label(result: Result, lang: str) -> str:
    chosen = next((sc for sc in result.scenarios if sc.id == result.scenario), None)
    return chosen.label(lang) if chosen is not None else result.scenario


SUMMARY_CHART_ROWS = 17  # rows kept free under the answer for the chosen scenario's chart


def write_summary(ws: Worksheet, result: Result, lang: str, calc_rows: dict[str, int]) -> int:
    """Write Samenvatting; returns the row where the chosen scenario's chart goes (it is
    drawn from Omzetprognose once that sheet is written: :func:`add_summary_chart`)."""
    company = result.case.company
    row = s.title(ws, t("report_title", lang), company.name)
    info: list[tuple[str, str | dt.date | None, str | None]] = [
        (t("company", lang), company.name, None),
        (t("kvk", lang), company.kvk or t("not_given", lang), None),
        (t("sector", lang), label(SECTOR_NAMES, company.sector, lang), None),
        (t("chosen_scenario", lang), _chosen_label(result, lang), None),
        (
            t("generated_on", lang),
            s.iso_date(result.generated_on) or result.generated_on,
            s.date_format(lang),
        ),
        (t("catalogue_as_of", lang), catalogue_as_of(result.catalogue_as_of), s.date_format(lang)),
    ]
    for text, value, fmt in info:
        s.put_text(ws, row, 1, text, font=s.BOLD)
        if value is None:
            s.put_text(ws, row, 2, t("catalogue_missing", lang))
        elif isinstance(value, str):
            s.put_text(ws, row, 2, value)
        else:
            s.put(ws, row, 2, value, fmt, align=s.LEFT)
        s.merge(ws, row, 2, LAST_COL)
        row += 1
    old = stale_note(result.catalogue_as_of, result.generated_on, lang)
    if old:
        s.put_text(ws, row, 1, old, font=s.MARK_FONT, align=s.WRAP_TOP)
        s.merge(ws, row, 1, LAST_COL)
        ws.row_dimensions[row].height = s.wrapped_height(old, 135)
        row += 1
    row += 1
    answer = result.answer.get(lang, "")
    if answer:
        # The plain answer, the same sentences as on Resultaat and in `assess`.
        row = s.section(ws, row, t("answer_title", lang))
        s.put_text(ws, row, 1, answer, align=s.WRAP_TOP)
        s.merge(ws, row, 1, LAST_COL)
        ws.row_dimensions[row].height = s.wrapped_height(answer, 135)
        row += 2
    chart_row = row
    if result.scenarios:
        row += SUMMARY_CHART_ROWS
    row = _headlines(ws, row, result, lang, calc_rows)
    row = _now_range(ws, row - 1, result, lang)
    row = _measures(ws, row, result, lang)
    row = _critical(ws, row, result, lang)
    row = _contents(ws, row, lang)
    row = s.section(ws, row, t("disclaimer_title", lang))
    text = t("disclaimer", lang)
    s.note(ws, row, text, LAST_COL, s.wrapped_height(text, 105))
    row += 1
    note = t("roundtrip_note", lang)
    s.note(ws, row, note, LAST_COL, s.wrapped_height(note, 105))
    s.widths(ws, [38, 17, 17, 17, 17, 17, 17])
    ws.freeze_panes = "A3"
    s.page_setup(
        ws,
        landscape=False,
        title_rows=None,
        footer_left=f"{t('app', lang)} — {company.name}",
        lang=lang,
    )
    # Page 1 is what a member prints for the bank: the summary on one page.
    ws.page_setup.fitToHeight = 1
    return chart_row


def add_summary_chart(
    ws: Worksheet, forecast: Worksheet, first: int, last: int, col: int, result: Result,
    lang: str, row: int,
) -> None:  # fmt: skip
    """The chosen scenario's revenue as % of normal, from Omzetprognose's own column."""
    from openpyxl.chart import LineChart, Reference
    from openpyxl.chart.series import SeriesLabel

    from core.report.charts import chart_title, revenue_axes

    chosen = next((sc for sc in result.scenarios if sc.id == result.scenario), None)
    if chosen is None:
        return
    chart = LineChart()
    chart.add_data(Reference(forecast, min_col=col, min_row=first, max_row=last))
    chart.set_categories(Reference(forecast, min_col=1, min_row=first, max_row=last))
    series = chart.series[0]
    series.tx = SeriesLabel(v=s.clean(s.scenario_short(chosen.label(lang))))
    series.graphicalProperties.line.solidFill = s.ACCENT
    series.graphicalProperties.line.width = 28000
    series.smooth = False
    series.marker.symbol = "none"
    top = max(1.2, max(chosen.revenue_index, default=1.0) + 0.05)
    revenue_axes(chart, top, lang)
    chart.title = chart_title(
        f"{t('forecast_chart', lang)} — {s.scenario_short(chosen.label(lang))}", 11
    )
    chart.legend = None
    chart.width = 24
    chart.height = 8
    ws.add_chart(chart, f"A{row}")
