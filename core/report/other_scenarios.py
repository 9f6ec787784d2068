"""On Aannames, below CPB's table: the scenarios of this workbook that are not CPB's own
(what happened in 2020-2021, the 2008-2010 recession as a shape), with their restriction
calendar, their demand scale and their sources; and, for a crisis starting now, the note
that CPB's parameters are replayed from this month."""

from __future__ import annotations

import math

from openpyxl.worksheet.worksheet import Worksheet

from core.fmt import pct
from core.months import month_long, month_name, month_range_name, parse_month
from core.reference.assumptions import assumption_specs
from core.reference.scenario_choice import base_id
from core.reference.scenarios import (
    Scenario,
    Window,
    cpb_scenarios,
    realised_links,
    realised_scenario,
    realised_source,
)
from core.report import styles as s
from core.report.texts import t
from core.result import Result, ScenarioForecast

LAST_COL = 13
KIND_FROM, KIND_TO = 2, 3
WINDOWS_FROM, WINDOWS_TO = 4, 6
DEMAND = 7
SOURCE_FROM, SOURCE_TO = 8, 13


def _cpb_ids() -> set[str]:
    return {sc.id for sc in cpb_scenarios()}


def borrowed_start(result: Result) -> int | None:
    """The month CPB's shapes start in when the crisis starts now; None for 2020."""
    for f in result.scenarios:
        if base_id(f.id) in _cpb_ids() and base_id(f.id) != f.id:
            return parse_month(f.months[0])
    return None


def cpb_now_note(ws: Worksheet, row: int, result: Result, lang: str) -> int:
    """For a crisis starting now: CPB's parameters are a 2020 shape replayed, not a
    forecast for now. Nothing for the 2020 start."""
    start = borrowed_start(result)
    if start is None:
        return row
    text = t("cpb_now_note", lang).format(month=month_long(start, lang))
    return s.note(ws, row, text, LAST_COL, height=s.wrapped_height(text, 150))


def window_lines(sc: Scenario, start: int, lang: str) -> list[str]:
    """Each restriction window as calendar months with its intensity: ``apr–mei 2020:
    100%``. A window's ends are months after ``start`` and may be fractional; it covers
    the months it touches."""
    lines = []
    for w in sc.windows or ():
        first, last = _months_of(w, start)
        when = month_name(first, lang) if first == last else month_range_name(first, last, lang)
        lines.append(f"{when}: {pct(w.intensity, lang, 0)}")
    return lines


def _months_of(w: Window, start: int) -> tuple[int, int]:
    first = math.floor(w.start)
    return start + first, start + max(math.ceil(w.end) - 1, first)


def _others(result: Result) -> list[tuple[ScenarioForecast, Scenario]]:
    cpb = _cpb_ids()
    # The stress tests (kind "stress") are not realised paths: their facts and sources
    # are the library's (core.reference.stress), not this table's.
    return [
        (f, realised_scenario(base_id(f.id)))
        for f in result.scenarios
        if base_id(f.id) not in cpb and f.kind != "stress"
    ]


def other_scenarios_table(ws: Worksheet, row: int, result: Result, lang: str) -> int:
    """The table of this workbook's scenarios that are not CPB's, then every address
    their data cites, one clickable link a row. Nothing if all are CPB's."""
    others = _others(result)
    if not others:
        return row
    row = s.section(ws, row, t("other_scenarios", lang))
    heads = [
        (1, 1, "scenario"),
        (KIND_FROM, KIND_TO, "scenario_kind"),
        (WINDOWS_FROM, WINDOWS_TO, "windows"),
        (DEMAND, DEMAND, "demand_scale"),
        (SOURCE_FROM, SOURCE_TO, "source"),
    ]
    for first, last, key in heads:
        s.header(ws, row, [t(key, lang)], start_col=first, height=30)
        if last > first:
            s.merge(ws, row, first, last)
    row += 1
    for f, sc in others:
        start = parse_month(f.months[0])
        key = "kind_reference" if sc.kind == "reference" else "kind_shape"
        kind = t(key, lang).format(month=month_long(start, lang))
        windows = "\n".join(window_lines(sc, start, lang)) or t("windows_none", lang)
        source = realised_source(sc.id, lang)
        cells = [(1, 1, f.label(lang)), (KIND_FROM, KIND_TO, kind)]
        cells += [(WINDOWS_FROM, WINDOWS_TO, windows), (SOURCE_FROM, SOURCE_TO, source)]
        for first, last, text in cells:
            s.put_text(ws, row, first, text, border=s.GRID, align=s.WRAP_TOP)
            if last > first:
                s.merge(ws, row, first, last)
        s.put(ws, row, DEMAND, sc.demand_scale, '0.0#"×"', border=s.GRID)
        ws.row_dimensions[row].height = max(
            s.wrapped_height(f.label(lang), 32),
            s.wrapped_height(kind, 22),
            s.wrapped_height(windows, 36),
            s.wrapped_height(source, 75),
        )
        row += 1
    elasticity = assumption_specs()["elasticity"].label(lang)
    text = t("windows_note", lang).format(elasticity=elasticity)
    row = s.note(ws, row, text, LAST_COL, height=s.wrapped_height(text, 150))
    row += 1
    return _links(ws, row, others, lang)


def _links(
    ws: Worksheet, row: int, others: list[tuple[ScenarioForecast, Scenario]], lang: str
) -> int:
    s.put_text(ws, row, 1, t("sources", lang), font=s.BOLD, align=None)
    row += 1
    for f, sc in others:
        s.put_text(ws, row, 1, f.label(lang), font=s.BOLD, align=None)
        row += 1
        for what, url in realised_links(sc.id):
            if what == "windows":
                shown = t("cited_windows", lang)
            elif "Q" in what:
                shown = t("cited_gdp", lang).format(quarters=what)
            else:  # months of an order-intake series
                shown = t("cited_orders", lang).format(months=what)
            s.put_text(ws, row, 1, shown, font=s.SMALL_GREY, align=s.TOP)
            s.restyle(s.link(ws, row, 2, url, url), align=s.NO_WRAP_TOP)
            row += 1
    return row + 1
