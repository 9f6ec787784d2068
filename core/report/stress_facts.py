"""The stress tests of this workbook (issue 17): on Methode, each library test's shocks,
facts (value, date, source, primary or secondary) and assumptions (value and why), and
the member's own scenario with its shocks; on Blootstelling, which of the company's
countries the chosen stress test hits and the shares at stake
(core.model.exposure.stress_exposure, the figures the app shows)."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.worksheet.worksheet import Worksheet

from core.fmt import pct
from core.model.exposure import ChannelExposure, scenario_shocks, stress_exposure
from core.months import month_name, parse_month
from core.reference.countries import country_name
from core.reference.scenario_choice import OWN_SCENARIO
from core.reference.stress import Shock, StressSpec, group_label, groups, library
from core.report import styles as s
from core.report.texts import t
from core.result import Result, ScenarioForecast

WIDTH = 9  # the Methode sheet's text columns
CHANNELS = {
    ("demand", "share", "all"): "ch_demand",
    ("demand", "tariff", "all"): "ch_demand_tariff",
    ("supply", "share", "all"): "ch_supply",
    ("supply", "share", "critical"): "ch_supply_critical",
    ("input_cost", "share", "all"): "ch_input_cost",
}


def channel_label(shock: Shock, lang: str) -> str:
    key = CHANNELS.get((shock.channel, shock.via, shock.applies_to))
    return t(key, lang) if key else shock.channel


def places(codes: Sequence[str], lang: str) -> str:
    """Country and group names: ``Verenigde Staten, EU-landen``."""
    return ", ".join(
        group_label(c, lang) if c in groups() else country_name(c, lang) for c in codes
    )


def stress_forecasts(result: Result) -> list[ScenarioForecast]:
    """The scenarios of this workbook that are stress tests (library and own)."""
    ids = {spec.id for spec in library()} | {OWN_SCENARIO}
    return [f for f in result.scenarios if f.id in ids]


def _spec(scenario_id: str) -> StressSpec | None:
    return next((spec for spec in library() if spec.id == scenario_id), None)


def _months(value: float | None, lang: str, none_key: str = "to_the_end") -> str:
    if value is None:
        return t(none_key, lang)
    return f"{value:g} {t('months_short', lang)}"


def _shock_table(ws: Worksheet, row: int, shocks: Sequence[Shock], first: int, lang: str) -> int:
    heads = ["channel", "countries", "", "size", "reach", "start", "ramp", "duration", "recovery"]
    s.header(ws, row, [t(k, lang) if k else "" for k in heads], height=30)
    s.merge(ws, row, 2, 3)
    row += 1
    for shock in shocks:
        where = places(shock.countries, lang)
        start = month_name(first + int(shock.start), lang)
        cells = [
            channel_label(shock, lang),
            where,
            "",
            pct(shock.size, lang),
            pct(shock.scale, lang),
            start,
            _months(shock.ramp_months, lang),
            _months(shock.duration, lang),
            _months(shock.recovery, lang),
        ]
        for col, text in enumerate(cells, start=1):
            if col != 3:
                s.put_text(ws, row, col, text, border=s.GRID, align=s.WRAP_TOP)
        s.merge(ws, row, 2, 3)
        ws.row_dimensions[row].height = max(
            s.wrapped_height(where, 26), s.wrapped_height(cells[0], 13)
        )
        row += 1
    return row + 1


def _facts(ws: Worksheet, row: int, spec: StressSpec, lang: str) -> int:
    if not spec.facts:
        return row
    s.put_text(ws, row, 1, t("facts", lang), font=s.BOLD, align=None)
    row += 1
    heads = ["fact", "", "", "value", "date", "source", "", "", "fact_kind"]
    s.header(ws, row, [t(k, lang) if k else "" for k in heads], height=22)
    s.merge(ws, row, 1, 3)
    s.merge(ws, row, 6, 8)
    row += 1
    for f in spec.facts:
        text = f.nl if lang == "nl" else f.en
        s.put_text(ws, row, 1, text, border=s.GRID, align=s.WRAP_TOP)
        s.merge(ws, row, 1, 3)
        s.put_text(ws, row, 4, f.value, border=s.GRID, align=s.WRAP_TOP, font=s.BOLD)
        s.put_text(ws, row, 5, f.date, border=s.GRID, align=s.WRAP_TOP)
        source = f.source + (f" ({t('checked_on', lang)} {f.checked})" if f.checked else "")
        s.put_text(ws, row, 6, source, border=s.GRID, align=s.WRAP_TOP)
        s.merge(ws, row, 6, 8)
        kind = t("primary" if f.primary else "secondary", lang)
        s.put_text(ws, row, 9, kind, border=s.GRID, align=s.WRAP_TOP)
        ws.row_dimensions[row].height = max(
            s.wrapped_height(text, 40), s.wrapped_height(source, 40), s.wrapped_height(f.value, 13)
        )
        row += 1
        if f.url:
            # On a line of its own: a spreadsheet does not wrap a link, and the page
            # still names the address when printed.
            s.restyle(s.link(ws, row, 6, f.url), align=s.NO_WRAP_TOP)
            row += 1
    return row + 1


def _assumptions(ws: Worksheet, row: int, spec: StressSpec, lang: str) -> int:
    if not spec.assumptions:
        return row
    s.put_text(ws, row, 1, t("stress_assumptions", lang), font=s.BOLD, align=None)
    row += 1
    s.header(ws, row, [t("assumption", lang), "", "", t("value", lang), "", t("why_short", lang)])
    s.merge(ws, row, 1, 3)
    s.merge(ws, row, 4, 5)
    s.merge(ws, row, 6, WIDTH)
    row += 1
    for a in spec.assumptions:
        text, why = (a.nl, a.why_nl) if lang == "nl" else (a.en, a.why_en)
        s.put_text(ws, row, 1, text, border=s.GRID, align=s.WRAP_TOP)
        s.merge(ws, row, 1, 3)
        s.put_text(ws, row, 4, a.value, border=s.GRID, align=s.WRAP_TOP)
        s.merge(ws, row, 4, 5)
        s.put_text(ws, row, 6, why, border=s.GRID, align=s.WRAP_TOP)
        s.merge(ws, row, 6, WIDTH)
        ws.row_dimensions[row].height = max(
            s.wrapped_height(text, 40), s.wrapped_height(a.value, 26), s.wrapped_height(why, 55)
        )
        row += 1
    return row + 1


def _gdp_line(ws: Worksheet, row: int, gdp: object, first: int, lang: str) -> int:
    depth = getattr(gdp, "depth", None)
    if depth is None:
        return row
    text = t("stress_gdp", lang).format(
        depth=pct(float(depth), lang),
        start=month_name(first + int(getattr(gdp, "start", 0.0)), lang),
        ramp=_months(getattr(gdp, "ramp_months", 0.0), lang),
        duration=_months(getattr(gdp, "duration", None), lang),
    )
    return s.note(ws, row, text, WIDTH, s.wrapped_height(text, 110))


def write_stress_facts(ws: Worksheet, result: Result, lang: str) -> None:
    """Below the method text: every stress test of this workbook with its facts and
    assumptions and sources; nothing when the workbook has none."""
    found = stress_forecasts(result)
    if not found:
        return
    row = ws.max_row + 2
    row = s.section(ws, row, t("stress_title", lang))
    intro = t("stress_intro", lang)
    row = s.note(ws, row, intro, WIDTH, s.wrapped_height(intro, 110)) + 1
    for f in found:
        first = parse_month(f.months[0])
        if f.id == OWN_SCENARIO:
            own = result.case.own_scenario
            if own is None:
                continue
            row = s.section(ws, row, f"{t('own_scenario', lang)}: {own.name}")
            base = _spec(own.based_on) if own.based_on else None
            text = (
                t("stress_own_based_on", lang).format(name=base.label(lang))
                if base is not None
                else t("own_from_nothing", lang)
            )
            row = s.note(ws, row, text, WIDTH, s.wrapped_height(text, 110))
            if own.gdp_gap is not None:
                row = _gdp_line(ws, row, own.gdp_gap, first, lang)
            row = _shock_table(ws, row, own.shocks, first, lang)
            continue
        spec = _spec(f.id)
        if spec is None:
            continue
        row = s.section(ws, row, f"{t('stress_test', lang)}: {spec.label(lang)}")
        kind = t("stress_hypothetical" if spec.hypothetical else "stress_not_forecast", lang)
        text = f"{kind} {spec.summary(lang)}"
        row = s.note(ws, row, text, WIDTH, s.wrapped_height(text, 110))
        if spec.precedent is not None:
            p = spec.precedent
            when = (
                month_name(parse_month(p.start), lang)
                + " – "
                + (month_name(parse_month(p.end), lang) if p.end else t("until_now", lang))
            )
            line = f"{t('precedent', lang)}: {when}. {p.nl if lang == 'nl' else p.en}"
            row = s.note(ws, row, line, WIDTH, s.wrapped_height(line, 110))
        if spec.gdp_gap is not None:
            row = _gdp_line(ws, row, spec.gdp_gap, first, lang)
        row = _shock_table(ws, row, spec.shocks, first, lang)
        row = _facts(ws, row, spec, lang)
        row = _assumptions(ws, row, spec, lang)


def _channel_row(ws: Worksheet, row: int, ch: ChannelExposure, lang: str) -> int:
    names = ", ".join(country_name(c, lang) for c in ch.countries) or t("none", lang)
    s.put_text(ws, row, 1, t(f"ch_{ch.channel}", lang), border=s.GRID, align=s.WRAP_TOP)
    s.put_text(ws, row, 2, names, border=s.GRID, align=s.WRAP_TOP)
    s.merge(ws, row, 2, 3)
    s.put(ws, row, 4, ch.exposed, s.PCT, border=s.GRID, font=s.BOLD)
    s.put(ws, row, 5, ch.value_chain, s.PCT, border=s.GRID)
    if ch.at_full_size is None:
        s.put_text(ws, row, 6, t("unknown", lang), border=s.GRID, font=s.SMALL_GREY)
    else:
        s.put(ws, row, 6, ch.at_full_size, s.PCT, border=s.GRID, font=s.BOLD)
    critical = ", ".join(country_name(c, lang) for c in ch.critical) or "–"
    s.put_text(ws, row, 7, critical, border=s.GRID, align=s.WRAP_TOP)
    what = t(f"at_stake_{ch.channel}", lang)
    s.put_text(ws, row, 8, what, border=s.GRID, align=s.WRAP_TOP, font=s.SMALL_GREY)
    s.merge(ws, row, 8, 9)
    ws.row_dimensions[row].height = max(
        s.wrapped_height(names, 28), s.wrapped_height(what, 26, 11.5)
    )
    return row + 1


def write_stress_exposure(ws: Worksheet, result: Result, lang: str) -> None:
    """On Blootstelling, below the rest: what the chosen stress test hits; nothing when
    the chosen scenario is not a stress test."""
    shocks = scenario_shocks(result.case, result.scenario)
    chosen = next((f for f in result.scenarios if f.id == result.scenario), None)
    if not shocks or chosen is None:
        return
    row = ws.max_row + 2
    row = s.section(ws, row, t("stress_exposure_title", lang).format(name=chosen.label(lang)))
    note = t("stress_exposure_note", lang)
    row = s.note(ws, row, note, WIDTH, s.wrapped_height(note, 120))
    heads = ["channel", "hit_countries", "", "exposed", "value_chain", "at_full_size"]
    heads += ["critical_hit", "what_at_stake", ""]
    s.header(ws, row, [t(k, lang) if k else "" for k in heads], height=44)
    s.merge(ws, row, 2, 3)
    s.merge(ws, row, 8, 9)
    row += 1
    for ch in stress_exposure(result.case, shocks, result.assumptions):
        row = _channel_row(ws, row, ch, lang)
