"""Aannames: the CPB scenario parameters, the scenarios that are not CPB's
(``other_scenarios``), the model assumptions (the user's changes
marked), the NOW tranche rules and every source."""

from __future__ import annotations

from typing import Any

from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from core.fmt import pct
from core.model.exposure import benchmarks
from core.model.now import now_rules
from core.months import month_name, month_start
from core.reference.assumptions import assumption_specs
from core.reference.resources import load_json
from core.reference.scenarios import cpb_scenarios
from core.report import styles as s
from core.report.other_scenarios import cpb_now_note, other_scenarios_table
from core.report.scheme_params import write_scheme_parameters
from core.report.texts import t
from core.report.units import unit_format, unit_label
from core.result import Result

LAST_COL = 13
Refs = dict[str, tuple[int, int]]  # parameter name -> (row, column) on this sheet
WHY_FROM, WHY_TO = 6, 10  # columns the "why" text spans
SRC_FROM, SRC_TO = 11, 13


def _scenario_table(ws: Worksheet, row: int, result: Result, lang: str) -> int:
    row = s.section(ws, row, t("scenario_params", lang))
    keys = [
        "scenario", "cpb", "restr_months", "gdp_2020", "gdp_2021", "unemp_2020", "unemp_2021",
        "supply_disruption", "foreign_sev", "gap_depth", "gap_depth_end", "gap_tau", "gap_scar",
    ]  # fmt: skip
    s.header(ws, row, [t(k, lang) for k in keys], height=44)
    row += 1
    for sc in cpb_scenarios():
        g = sc.gap
        values: list[tuple[float, str]] = [
            (sc.restriction_months, s.INTEGER),
            (sc.targets.get("gdp_growth_2020", 0.0), s.PCT),
            (sc.targets.get("gdp_growth_2021", 0.0), s.PCT),
            (sc.targets.get("unemployment_2020", 0.0), s.PCT),
            (sc.targets.get("unemployment_2021", 0.0), s.PCT),
            (sc.supply_disruption, s.PCT0),
            (sc.foreign_severity, '0.0"×"'),
            (g.depth, s.PCT),
            (g.depth_end, s.PCT),
            (g.tau, s.DECIMAL),
            (g.scar, s.PCT),
        ]
        s.put_text(ws, row, 1, sc.label(lang), border=s.GRID, align=s.WRAP_TOP)
        ws.row_dimensions[row].height = s.wrapped_height(sc.label(lang), 32)
        s.put_text(ws, row, 2, sc.cpb, border=s.GRID, align=s.CENTER)
        for j, (value, fmt) in enumerate(values):
            s.put(ws, row, 3 + j, value, fmt, border=s.GRID)
        row += 1
    row = cpb_now_note(ws, row, result, lang)
    data: dict[str, Any] = load_json("scenarios.json")
    row += 1
    for text, url in (
        (str(data.get("source", "")), str(data.get("source_url", ""))),
        (
            f"{t('trend', lang)}: {pct(float(data.get('trend_growth_annual', 0.0)), lang)} — {data.get('trend_source_nl' if lang == 'nl' else 'trend_source', '')}",
            "",
        ),
    ):
        s.put_text(ws, row, 1, text, font=s.SMALL_GREY, align=None)
        row += 1
        if url:
            s.restyle(s.link(ws, row, 1, url, url), align=s.NO_WRAP)
            row += 1
    return row + 1


def _assumption_table(ws: Worksheet, row: int, result: Result, lang: str, refs: Refs) -> int:
    row = s.section(ws, row, t("model_assumptions", lang))
    labels = [
        t("assumption", lang),
        t("used", lang),
        t("default", lang),
        t("unit", lang),
        t("changed", lang),
    ]
    s.header(ws, row, labels, height=30)
    s.header(ws, row, [t("why", lang)], start_col=WHY_FROM, height=30)
    s.header(ws, row, [t("source", lang)], start_col=SRC_FROM, height=30)
    s.merge(ws, row, WHY_FROM, WHY_TO)
    s.merge(ws, row, SRC_FROM, SRC_TO)
    row += 1
    changed = set(result.changed_assumptions)
    for key, spec in assumption_specs().items():
        used = result.assumptions.get(key, spec.value)
        fmt = unit_format(spec.unit)
        mark = key in changed
        tint = s.fill(s.AMBER_FILL) if mark else None
        s.put_text(ws, row, 1, spec.label(lang), border=s.GRID, align=s.WRAP_TOP, fill_=tint)
        s.put(ws, row, 2, used, fmt, border=s.GRID, font=s.BOLD, fill_=tint)
        refs[f"assumption:{key}"] = (row, 2)
        s.put(ws, row, 3, spec.value, fmt, border=s.GRID)
        s.put_text(ws, row, 4, unit_label(spec.unit, lang), border=s.GRID)
        s.put_text(
            ws,
            row,
            5,
            t("changed_mark", lang) if mark else "",
            border=s.GRID,
            font=s.MARK_FONT,
            align=s.CENTER,
            fill_=tint,
        )
        s.put_text(ws, row, WHY_FROM, spec.why(lang), border=s.GRID, align=s.WRAP_TOP)
        source = spec.source_text(lang)
        s.merge(ws, row, WHY_FROM, WHY_TO)
        s.put_text(ws, row, SRC_FROM, source, border=s.GRID, align=s.WRAP_TOP, font=s.SMALL_GREY)
        s.merge(ws, row, SRC_FROM, SRC_TO)
        ws.row_dimensions[row].height = max(
            s.wrapped_height(spec.why(lang), 70),
            s.wrapped_height(source, 50, 11.5),
            s.wrapped_height(spec.label(lang), 32),
        )
        row += 1
    return row + 1


def _now_table(ws: Worksheet, row: int, lang: str, refs: Refs) -> int:
    rules = now_rules()
    row = s.section(ws, row, t("now_rules", lang))
    general: list[tuple[str, str, float, str]] = [
        ("now:min_drop", "now_min_drop", rules.min_drop, s.PCT0),
        ("now:advance_share", "now_advance_share", rules.advance_share, s.PCT0),
    ]
    for key, text, value, fmt in general:
        s.put_text(ws, row, 1, t(text, lang), border=s.GRID)
        s.put(ws, row, 2, value, fmt, border=s.GRID, font=s.BOLD)
        refs[key] = (row, 2)
        row += 1
    row += 1
    keys = [
        "tranche",
        "period_from",
        "period_to",
        "window_starts",
        "window_months",
        "surcharge",
        "pct",
        "drop_cap",
        "ref_revenue",
        "now_wage_cap",
    ]
    s.header(ws, row, [t(k, lang) for k in keys], height=44)
    row += 1
    for tr in rules.tranches:
        s.put_text(ws, row, 1, tr.id, border=s.GRID, font=s.BOLD)
        s.put(ws, row, 2, month_start(tr.period[0]), s.month_format(lang), border=s.GRID)
        s.put(ws, row, 3, month_start(tr.period[1]), s.month_format(lang), border=s.GRID)
        starts = ", ".join(month_name(m, lang) for m in tr.window_starts)
        s.put_text(ws, row, 4, starts, border=s.GRID, align=s.WRAP_TOP)
        ws.row_dimensions[row].height = s.wrapped_height(starts, 13)
        s.put(ws, row, 5, tr.window_months, s.INTEGER, border=s.GRID)
        # Months, surcharge, pct, drop cap in columns 5-8; the wage cap in column 10.
        refs[f"tranche:{tr.id}"] = (row, 5)
        s.put(ws, row, 6, tr.surcharge, s.PCT0, border=s.GRID)
        s.put(ws, row, 7, tr.pct, s.PCT0, border=s.GRID)
        if tr.drop_cap is None:
            s.put_text(ws, row, 8, "–", border=s.GRID, align=s.CENTER)
        else:
            s.put(ws, row, 8, tr.drop_cap, s.PCT0, border=s.GRID)
        s.put_text(ws, row, 9, tr.reference_revenue, border=s.GRID)
        s.put(ws, row, 10, tr.wage_cap_monthly_eur, "€ #,##0.00", border=s.GRID)
        row += 1
    row += 1
    s.put_text(ws, row, 1, t("sources", lang), font=s.BOLD, align=None)
    row += 1
    for url in rules.sources:
        s.restyle(s.link(ws, row, 1, url, url), align=s.NO_WRAP)
        row += 1
    return row + 1


def _benchmark_source(ws: Worksheet, row: int, lang: str) -> int:
    row = s.section(ws, row, t("benchmark_source", lang))
    bench = benchmarks()
    s.put_text(ws, row, 1, str(bench.get("source", "")), font=s.SMALL_GREY, align=None)
    row += 1
    url = str(bench.get("source_url", ""))
    if url:
        s.restyle(s.link(ws, row, 1, url, url), align=s.NO_WRAP)
        row += 1
    return row


def _measure_sources(ws: Worksheet, row: int, result: Result, lang: str, refs: Refs) -> int:
    """Every source of every measure, one clickable link a row (a cell holds one link)."""
    from core.report.catalogue_info import measure_name

    with_sources = [m for m in result.measures if m.sources]
    if not with_sources:
        return row
    row = s.section(ws, row, t("measure_sources", lang))
    for m in with_sources:
        refs[f"sources:{m.id}"] = (row, 1)
        s.put_text(ws, row, 1, measure_name(m.id, lang), font=s.BOLD, align=s.WRAP_TOP)
        ws.row_dimensions[row].height = s.wrapped_height(measure_name(m.id, lang), 36)
        for url in m.sources:
            s.restyle(s.link(ws, row, 2, url, url), align=s.NO_WRAP_TOP)
            row += 1
    return row + 1


def write_assumptions(ws: Worksheet, result: Result, lang: str) -> Refs:
    """Write the Aannames sheet; returns where each parameter a formula uses is."""
    case = result.case
    row = s.title(ws, t("assumptions_title", lang), case.company.name)
    refs: Refs = {}
    row = _scenario_table(ws, row, result, lang)
    row = other_scenarios_table(ws, row, result, lang)
    row = _assumption_table(ws, row, result, lang, refs)
    ws.row_breaks.append(Break(id=row - 1))  # the NOW rules start a page, never orphaned
    row = _now_table(ws, row, lang, refs)
    row = write_scheme_parameters(ws, row, result, lang, refs)
    row = _benchmark_source(ws, row, lang)
    _measure_sources(ws, row + 1, result, lang, refs)
    s.widths(ws, [36, 12, 12, 14, 13, 13, 13, 13, 17, 13, 13, 13, 13])
    ws.freeze_panes = "B3"
    s.page_setup(
        ws,
        landscape=True,
        title_rows=None,
        footer_left=f"{t('app', lang)} — {case.company.name}",
        lang=lang,
    )
    return refs
