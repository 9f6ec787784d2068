"""The plain answer: a few sentences a director can act on, in the chosen scenario.

How hard (the lowest revenue as a share of normal and as a drop), when (the first
month with a 20% drop, the lowest month, back to normal), what the company can apply
for today with the total by kind, and how the other scenarios differ. Built once here
and carried in the result, so the app, the printed summary and the workbook say the
same thing (Methode, § 6).
"""

from __future__ import annotations

import datetime as dt

from core.advice.measures.context import opens_text
from core.advice.summary import amount_text, totals_text
from core.fmt import date, eur, pct, pct_beside
from core.model.cash import cash_inputs_given, normal_month
from core.months import month_name, parse_month
from core.reference.catalogue import ApplicationState, measure
from core.result import MeasureResult, Result, ScenarioForecast

# Revenue at or above this share of normal counts as "back to normal" (and a trough
# above it as "no real dip"): two percent is within the noise of a normal month.
NORMAL_LEVEL = 0.98
DROP_LINE = 0.20  # the first month with this drop is the "when" (NOW's minimum too)


def short_label(sc: ScenarioForecast, lang: str) -> str:
    """``Scenario IV`` from ``Scenario IV — 12 maanden, ...``."""
    return sc.label(lang).split(" — ")[0]


def scenario_phrase(sc: ScenarioForecast, lang: str) -> str:
    """``Scenario IV``, or ``het scenario ‘Zoals het ging (2020–2021)’`` for a named one."""
    name = short_label(sc, lang)
    if name.lower().startswith("scenario"):
        return name
    return f"het scenario ‘{name}’" if lang == "nl" else f"the scenario ‘{name}’"


def _month(label: str, lang: str) -> str:
    return month_name(parse_month(label), lang)


def back_to_normal(sc: ScenarioForecast) -> str | None:
    """The month from which revenue stays at the normal level to the end of the forecast
    (a rebound that dips again does not count), or None if it never does."""
    last_below = max((i for i, y in enumerate(sc.revenue_index) if y < NORMAL_LEVEL), default=None)
    if last_below is None:
        return sc.months[0]
    return sc.months[last_below + 1] if last_below + 1 < len(sc.months) else None


def _how_hard(sc: ScenarioForecast, lang: str) -> str:
    name = scenario_phrase(sc, lang)
    if sc.trough_index >= NORMAL_LEVEL:
        return (
            f"In {name} blijft uw omzet op peil: nooit lager dan {pct(sc.trough_index)} van normaal."
            if lang == "nl"
            else f"In {name} your revenue holds: never below {pct(sc.trough_index, 'en')} of normal."
        )
    # Beside the 20% line the figures keep their decimals, so "80% (−20%)" never stands
    # next to "in geen maand 20% of meer".
    level = pct_beside(sc.trough_index, 1 - DROP_LINE, lang)
    drop = pct_beside(1 - sc.trough_index, DROP_LINE, lang)
    when = _month(sc.trough_month, lang)
    if lang == "nl":
        return f"In {name} zakt uw omzet tot {level} van normaal (−{drop}), het laagst in {when}."
    return f"In {name} your revenue falls to {level} of normal (−{drop}), lowest in {when}."


def _when(sc: ScenarioForecast, lang: str) -> str:
    if sc.trough_index >= NORMAL_LEVEL:
        return ""
    first = sc.first_month_drop_20pct
    back = back_to_normal(sc)
    end = _month(sc.months[-1], lang)
    if lang == "nl":
        hit = (
            f"De eerste maand met 20% of meer omzetverlies is {_month(first, lang)}"
            if first
            else "Uw omzet daalt in geen maand 20% of meer"
        )
        rec = (
            f"vanaf {_month(back, lang)} blijft hij weer op normaal niveau"
            if back
            else f"tot {end} (het einde van de prognose) komt hij niet terug op normaal niveau"
        )
        return f"{hit}; {rec}."
    hit = (
        f"The first month with a drop of 20% or more is {_month(first, lang)}"
        if first
        else "Your revenue does not fall 20% or more in any month"
    )
    rec = (
        f"from {_month(back, lang)} it stays back to normal"
        if back
        else f"it is not back to normal by {end} (the end of the forecast)"
    )
    return f"{hit}; {rec}."


def _name(m: MeasureResult, lang: str) -> str:
    """The scheme's short name: ``WBSO``, ``Scholing``, ``Borgstelling MKB-kredieten``."""
    return measure(m.id).name(lang).split(" (")[0].split(":")[0]


def _items(rows: list[MeasureResult], lang: str) -> str:
    """``WBSO (€ 145.404 belastingvoordeel per jaar), Scholing``; measures that answer one
    need stand together as ``één van: BMKB (€ …) of GO (€ …)``, never side by side."""

    def one(m: MeasureResult) -> str:
        amount = amount_text(m, lang)
        return f"{_name(m, lang)} ({amount})" if amount else _name(m, lang)

    groups: dict[str, list[MeasureResult]] = {}
    for m in rows:
        if m.alternatives and m.amount_eur:
            groups.setdefault(m.alternatives, []).append(m)
    out: list[str] = []
    for m in rows:
        members = groups.pop(m.alternatives, None) if m.alternatives and m.amount_eur else [m]
        if not members:
            continue  # a later member of a group already written
        if len(members) == 1:
            out.append(one(members[0]))
        else:
            joined = (" of " if lang == "nl" else " or ").join(one(x) for x in members)
            out.append(f"{'één van' if lang == 'nl' else 'one of'}: {joined}")
    return ", ".join(out)


def _apply_today(result: Result, lang: str) -> str:
    day = dt.date.fromisoformat(result.generated_on) if result.generated_on else dt.date.today()
    today = date(day, lang)
    eligible = [m for m in result.measures if m.claimable_now and m.verdict == "eligible"]
    possible = [m for m in result.measures if m.claimable_now and m.verdict == "possible"]
    if not eligible and not possible:
        none = (
            f"Vandaag ({today}) staat er geen regeling open waarvoor uw bedrijf in aanmerking komt."
            if lang == "nl"
            else f"Today ({today}) no open scheme fits your company."
        )
        later = _later(result, lang)
        return f"{none} {later}" if later else none
    parts = []
    if eligible:
        parts.append(
            f"Vandaag ({today}) kunt u aanvragen: {_items(eligible, lang)}."
            if lang == "nl"
            else f"Today ({today}) you can apply for: {_items(eligible, lang)}."
        )
    if possible:
        head = (
            ("Mogelijk ook" if eligible else f"Vandaag ({today}) mogelijk")
            if lang == "nl"
            else ("Possibly also" if eligible else f"Today ({today}) possibly")
        )
        tail = (
            "afhankelijk van voorwaarden die de scan niet kent (zie Maatregelen)"
            if lang == "nl"
            else "depending on conditions the scan does not know (see Measures)"
        )
        parts.append(f"{head}: {_items(possible, lang)}, {tail}.")
    later = _later(result, lang)
    if later:
        parts.append(later)
    totals = result.totals.get("claimable_now", {})
    if totals:
        if lang == "nl":
            parts.append(
                f"Totaal waarvoor u in aanmerking komt, per soort: {totals_text(totals, lang)}."
            )
        else:
            parts.append(f"Total you qualify for, by kind: {totals_text(totals, lang)}.")
    return " ".join(parts)


def later_measures(result: Result) -> list[MeasureResult]:
    """Measures the company qualifies for (or may) whose application window is closed on
    the assessment day but opens later: not in today's list, with the day they open."""
    return [
        m
        for m in result.measures
        if m.verdict in ("eligible", "possible") and not m.claimable_now and m.apply_from
    ]


def _later(result: Result, lang: str) -> str:
    """``Later aan te vragen: Subsidieregeling praktijkleren (€ 21.600 subsidie per
    studiejaar; naar verwachting aan te vragen vanaf begin juni 2027 ...)``."""
    rows = later_measures(result)
    if not rows:
        return ""

    def one(m: MeasureResult) -> str:
        day = dt.date.fromisoformat(m.apply_from or "")
        window = ApplicationState(
            mode=m.apply_mode, open=False, opens=day, opens_confirmed=m.apply_from_confirmed
        )
        amount = amount_text(m, lang)
        when = opens_text(window, lang)
        return f"{_name(m, lang)} ({amount}; {when})" if amount else f"{_name(m, lang)} ({when})"

    items = ", ".join(one(m) for m in rows)
    return f"Later aan te vragen: {items}." if lang == "nl" else f"To apply for later: {items}."


def _history(result: Result, lang: str) -> str:
    """What the scenario's schemes would have given for its past needs (the corona schemes
    have ended; a standing scheme such as BMKB is open, but not for a need in 2020)."""
    past = [
        m
        for m in result.measures
        if m.verdict == "eligible" and not m.claimable_now and m.amount_eur and not m.apply_from
    ]
    if not past:
        return ""
    return (
        f"In dit scenario zou u destijds in aanmerking zijn gekomen voor: {_items(past, lang)}; dat gaat over een behoefte in het verleden, niet over een aanvraag vandaag."
        if lang == "nl"
        else f"In this scenario you would have qualified at the time for: {_items(past, lang)}; that is about a past need, not an application today."
    )


def _others(result: Result, lang: str) -> str:
    others = [s for s in result.scenarios if s.id != result.scenario]
    if not others:
        return ""
    low = min(others, key=lambda s: s.trough_index)
    high = max(others, key=lambda s: s.trough_index)
    if lang == "nl":
        return (
            f"In de andere scenario's ligt de laagste omzet tussen {pct(high.trough_index)} "
            f"({short_label(high, lang)}) en {pct(low.trough_index)} ({short_label(low, lang)}) van normaal."
        )
    return (
        f"In the other scenarios the lowest revenue lies between {pct(high.trough_index, 'en')} "
        f"({short_label(high, lang)}) and {pct(low.trough_index, 'en')} ({short_label(low, lang)}) of normal."
    )


def _normal_loss(result: Result, lang: str) -> str:
    """A warning when the company loses money in a normal month: its cash shortfall is
    then not (only) the crisis."""
    case = result.case
    if not cash_inputs_given(case) or "wage_cost_factor" not in result.assumptions:
        return ""
    loss = normal_month(case, result.assumptions["wage_cost_factor"]).result
    if loss >= 0:
        return ""
    if lang == "nl":
        return (
            f"Let op: volgens uw invoer verliest uw bedrijf ook in een normale maand "
            f"{eur(-loss, lang)} (omzet min inkoop, loonkosten en overige vaste lasten); een "
            f"kastekort komt dan niet alleen door de crisis."
        )
    return (
        f"Note: by your answers the company also loses {eur(-loss, lang)} in a normal month "
        f"(revenue less purchases, wage costs and other fixed costs); a cash shortfall is "
        f"then not only the crisis."
    )


def answer_text(result: Result, lang: str) -> str:
    sc = result.forecast(result.scenario)
    sentences = [
        _how_hard(sc, lang),
        _when(sc, lang),
        _normal_loss(result, lang),
        _apply_today(result, lang),
        _history(result, lang),
        _others(result, lang),
    ]
    return " ".join(s for s in sentences if s)


def answer(result: Result) -> dict[str, str]:
    """The plain answer in both languages (JSON ``answer``)."""
    return {lang: answer_text(result, lang) for lang in ("nl", "en")}
