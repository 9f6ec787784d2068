"""The plain answer: four short lines a director reads in ten seconds, in the chosen
scenario, and the past on a line of its own.

1. how hard: the lowest revenue as a share of normal and as a drop, and the range of
   the other scenarios;
2. when: the first month with a 20% drop, and when revenue is back to normal (from
   that month on never again below 98% of normal);
3. cash: the month it runs out and the largest shortfall, or that it stays positive;
4. what to apply for today, with the amounts (as shown everywhere: core.advice.shown),
   leaving out what does not fit the problem (hiring knowledge migrants while staff
   stand idle);
5. (only when there is any) what the scenario's ended schemes would have given, marked
   as the past.

For a stress test (issue 17) a line after the first says what the shock hits in this
company (core.advice.answer_stress): per channel the countries and their share of sales
or purchases, the share of orders or production at stake at full size, when it reaches
revenue, and the revenue and margin at stake over the forecast; it says that it is a
stress test, not a forecast, and a hypothetical one that its size is a choice.

Lines are separated by a line break. Built once here and carried in the result, so the
app, the printed summary and the workbook say the same thing (Methode, § 6).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping

from core.advice.answer_stress import shock_line
from core.advice.measures.context import opens_text_of, stale_note
from core.advice.shown import shown_measures
from core.advice.summary import amount_text
from core.fmt import date, eur, pct, pct_beside
from core.model.cash import cash_gap, cash_inputs_given, normal_month
from core.months import month_name, parse_month
from core.reference.catalogue import measure
from core.reference.method import section_ref
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
            f"In {name} blijft uw omzet op peil: nooit lager dan {pct(sc.trough_index)} van normaal"
            if lang == "nl"
            else f"In {name} your revenue holds: never below {pct(sc.trough_index, 'en')} of normal"
        )
    # Beside the 20% line the figures keep their decimals, so "80% (−20%)" never stands
    # next to "in geen maand 20% of meer".
    level = pct_beside(sc.trough_index, 1 - DROP_LINE, lang)
    drop = pct_beside(1 - sc.trough_index, DROP_LINE, lang)
    when = _month(sc.trough_month, lang)
    if lang == "nl":
        return f"In {name} zakt uw omzet tot {level} van normaal (−{drop}), het laagst in {when}"
    return f"In {name} your revenue falls to {level} of normal (−{drop}), lowest in {when}"


# "Weer normaal" in the same words everywhere: the answer, the chart and the month table.
NORMAL_WORDS = {
    "nl": "weer normaal: vanaf die maand steeds ten minste 98% van normaal",
    "en": "back to normal: from that month on always at least 98% of normal",
}


def catch_up(sc: ScenarioForecast) -> tuple[str, float] | None:
    """The highest month above normal after the trough (orders caught up), if any."""
    start = sc.months.index(sc.trough_month) if sc.trough_month in sc.months else 0
    after = list(zip(sc.months[start:], sc.revenue_index[start:], strict=True))
    best = max(after, key=lambda x: x[1], default=None)
    return best if best is not None and best[1] > 1.0 else None


def second_dip(sc: ScenarioForecast) -> tuple[str, float] | None:
    """The lowest month of a second wave: after revenue first came back to normal
    following the first dip, a later month below normal again (so it is not yet
    "weer normaal"), or None."""
    idx = sc.revenue_index
    first_below = next((i for i, y in enumerate(idx) if y < NORMAL_LEVEL), None)
    if first_below is None:
        return None
    recovered = next((i for i in range(first_below, len(idx)) if idx[i] >= NORMAL_LEVEL), None)
    if recovered is None:
        return None
    later = [(sc.months[i], idx[i]) for i in range(recovered, len(idx)) if idx[i] < NORMAL_LEVEL]
    return min(later, key=lambda x: x[1]) if later else None


def _when(sc: ScenarioForecast, lang: str) -> str:
    if sc.trough_index >= NORMAL_LEVEL:
        return ""
    first = sc.first_month_drop_20pct
    back = back_to_normal(sc)
    end = _month(sc.months[-1], lang)
    up, dip = catch_up(sc), second_dip(sc)
    wave = ""
    if dip is not None:
        dip_pct = pct(dip[1], lang)
        if up is not None and up[0] < dip[0]:
            wave = (
                f"; na een inhaalslag tot {pct(up[1])} in {_month(up[0], lang)} volgt een "
                f"tweede dip tot {dip_pct} in {_month(dip[0], lang)}"
                if lang == "nl"
                else f"; after catching up to {pct(up[1], 'en')} in {_month(up[0], lang)} "
                f"a second dip to {dip_pct} follows in {_month(dip[0], lang)}"
            )
        else:
            wave = (
                f"; een tweede dip tot {dip_pct} in {_month(dip[0], lang)}"
                if lang == "nl"
                else f"; a second dip to {dip_pct} in {_month(dip[0], lang)}"
            )
    if lang == "nl":
        hit = (
            f"Eerste maand met 20% of meer omzetverlies: {_month(first, lang)}"
            if first
            else "Uw omzet daalt in geen maand 20% of meer"
        )
        rec = (
            f"weer normaal vanaf {_month(back, lang)} (daarna steeds ten minste 98%)"
            if back
            else f"niet weer normaal vóór het einde van de prognose ({end}){wave}"
        )
        return f"{hit}; {rec}."
    hit = (
        f"First month with a drop of 20% or more: {_month(first, lang)}"
        if first
        else "Your revenue does not fall 20% or more in any month"
    )
    rec = (
        f"back to normal from {_month(back, lang)} (always at least 98% after that)"
        if back
        else f"not back to normal before the end of the forecast ({end}){wave}"
    )
    return f"{hit}; {rec}."


def _cash(result: Result, sc: ScenarioForecast, lang: str) -> str:
    """When cash runs out and the largest shortfall, or that it stays positive."""
    path = next((c for c in result.cash if c.scenario == sc.id), None)
    if path is None:
        return (
            "Kas: onbekend — vul Financiën in om te zien of en wanneer uw kas opraakt."
            if lang == "nl"
            else "Cash: unknown — fill in Finance to see whether and when cash runs out."
        )
    end = _month(sc.months[-1], lang)
    gap = cash_gap(path) or 0.0
    if path.runs_out is None:
        line = (
            f"Kas blijft positief tot het einde van de prognose ({end})."
            if lang == "nl"
            else f"Cash stays positive to the end of the forecast ({end})."
        )
    elif lang == "nl":
        line = f"Kas raakt op in {_month(path.runs_out, lang)}, grootste tekort {eur(gap, lang)}."
    else:
        line = (
            f"Cash runs out in {_month(path.runs_out, lang)}, largest shortfall {eur(gap, lang)}."
        )
    loss = _normal_loss(result, lang)
    return f"{line} {loss}" if loss else line


def _name(m: MeasureResult, lang: str) -> str:
    """The scheme's short name: ``WBSO``, ``Scholing``, ``Borgstelling MKB-kredieten``; in
    English with the gloss the measures page shows (``WBSO (R&D wage-cost tax credit)``)."""
    full = measure(m.id).name(lang).split(":")[0]
    return full if lang == "en" else full.split(" (")[0]


def _items(rows: list[MeasureResult], lang: str) -> str:
    """``WBSO € 145.404 belastingvoordeel per jaar, Scholing``; measures that answer one
    need stand together as ``één van: BMKB € … of GO € …``, never side by side."""

    def one(m: MeasureResult) -> str:
        amount = amount_text(m, lang)
        return f"{_name(m, lang)} — {amount}" if amount else _name(m, lang)

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
    return "; ".join(out)


def fits_the_problem(m: MeasureResult, sc: ScenarioForecast) -> bool:
    """A measure for growing the workforce (knowledge migrants) does not answer a crisis
    in which staff stand idle: it stays on the measures page, not in the answer."""
    cat = measure(m.id).category
    return not (cat == "labour_migration" and max(sc.idle_fte, default=0.0) > 0)


def _apply_today(result: Result, sc: ScenarioForecast, lang: str) -> str:
    day = dt.date.fromisoformat(result.generated_on) if result.generated_on else dt.date.today()
    today = date(day, lang)
    rows = [m for m in shown_measures(result) if m.claimable_now and fits_the_problem(m, sc)]
    eligible = [m for m in rows if m.verdict == "eligible"]
    possible = [m for m in rows if m.verdict == "possible"]
    old = stale_note(result.catalogue_as_of, day, lang)
    aged = f" {old}" if old else ""
    if not eligible and not possible:
        none = (
            f"Vandaag ({today}) staat er geen regeling open die bij uw bedrijf past."
            if lang == "nl"
            else f"Today ({today}) no open scheme fits your company."
        )
        return none + aged
    if lang == "nl":
        head = f"Vandaag ({today}) aan te vragen: {_items(eligible, lang)}" if eligible else ""
        also = f"mogelijk{' ook' if eligible else ''}: {_items(possible, lang)}" if possible else ""
        if not eligible:
            also = f"Vandaag ({today}) {also}"
        tail = " (voorwaarden: zie Maatregelen)" if possible else ""
    else:
        head = f"Today ({today}) you can apply for: {_items(eligible, lang)}" if eligible else ""
        also = (
            f"possibly{' also' if eligible else ''}: {_items(possible, lang)}" if possible else ""
        )
        if not eligible:
            also = f"Today ({today}) {also}"
        tail = " (conditions: see Measures)" if possible else ""
    wtv = ""
    if sc.kind == "stress" and any(m.id == "wtv" for m in possible):
        # Issue 17, item 5: the scheme's own criterion, and why it stays "possible".
        wtv = (
            " Werktijdverkorting alleen bij een buitengewone omstandigheid buiten het normale "
            "ondernemersrisico; of een buitenlandse exportstop dat is, beslist geen bron die wij "
            f"vonden ({section_ref(9, lang)})."
            if lang == "nl"
            else " Short-time working only for an extraordinary circumstance outside normal "
            "business risk; whether a foreign export stop is one, no source we found decides "
            f"({section_ref(9, lang)})."
        )
    return "; ".join(x for x in (head, also) if x) + tail + "." + wtv + aged


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
        amount = amount_text(m, lang)
        when = opens_text_of(m, lang)
        return f"{_name(m, lang)} ({amount}; {when})" if amount else f"{_name(m, lang)} ({when})"

    items = ", ".join(one(m) for m in rows)
    return f"Later aan te vragen: {items}." if lang == "nl" else f"To apply for later: {items}."


def _history(result: Result, lang: str) -> str:
    """What the scenario's schemes would have given for its past needs (the corona schemes
    have ended; a standing scheme such as BMKB is open, but not for a need in 2020)."""
    past = [
        m
        for m in shown_measures(result)
        if m.verdict == "eligible" and not m.claimable_now and m.amount_eur and not m.apply_from
    ]
    if not past:
        return ""
    return (
        f"Verleden, niet meer aan te vragen: in dit scenario zou u destijds in aanmerking zijn gekomen voor {_items(past, lang)}."
        if lang == "nl"
        else f"The past, no longer open: in this scenario you would have qualified at the time for {_items(past, lang)}."
    )


def _others(result: Result, lang: str) -> str:
    others = [s for s in result.scenarios if s.id != result.scenario]
    if not others:
        return ""
    low = min(others, key=lambda s: s.trough_index)
    high = max(others, key=lambda s: s.trough_index)

    def at(sc: ScenarioForecast) -> str:
        name = short_label(sc, lang)
        return name if name.lower().startswith("scenario") else f"‘{name}’"

    if pct(low.trough_index, lang) == pct(high.trough_index, lang):
        # one figure (one other scenario, or all alike): say it once, never "between X and X"
        figure = pct(high.trough_index, lang)
        if len(others) == 1:
            if lang == "nl":
                return f"in het andere scenario {figure} in {at(high)}"
            return f"in the other scenario {figure} in {at(high)}"
        if lang == "nl":
            return f"in alle andere scenario's {figure}"
        return f"in all the other scenarios {figure}"
    if lang == "nl":
        return (
            f"in de andere scenario's tussen {pct(high.trough_index)} in {at(high)} "
            f"en {pct(low.trough_index)} in {at(low)}"
        )
    return (
        f"in the other scenarios between {pct(high.trough_index, 'en')} in {at(high)} "
        f"and {pct(low.trough_index, 'en')} in {at(low)}"
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
            f"Let op: ook in een normale maand verliest uw bedrijf {eur(-loss, lang)}; het "
            f"tekort komt dan niet alleen door de crisis."
        )
    return (
        f"Note: the company also loses {eur(-loss, lang)} in a normal month; the shortfall "
        f"is then not only the crisis."
    )


def answer_lines(result: Result, lang: str) -> list[str]:
    """How hard, when, cash, today; what opens later and the past, each marked as such,
    on a line of its own."""
    sc = result.forecast(result.scenario)
    others = _others(result, lang)
    hard = f"{_how_hard(sc, lang)}; {others}." if others else f"{_how_hard(sc, lang)}."
    lines = [
        hard,
        shock_line(result, sc, lang),
        _when(sc, lang),
        _cash(result, sc, lang),
        _apply_today(result, sc, lang),
        _later(result, lang),
        _history(result, lang),
    ]
    return [line for line in lines if line]


def answer_text(result: Result, lang: str) -> str:
    return "\n".join(answer_lines(result, lang))


ANSWER_LANGS = ("nl", "en")


class Answers(Mapping[str, str]):
    """The plain answer per language, each written the first time it is read: an edit on
    Resultaat shows one language, the JSON and a workbook read what they need. The same
    texts as writing both at once, for the result the answer was made from."""

    __slots__ = ("_result", "_texts")

    def __init__(self, result: Result) -> None:
        self._result = result
        self._texts: dict[str, str] = {}

    def __getitem__(self, lang: str) -> str:
        if lang not in ANSWER_LANGS:
            raise KeyError(lang)
        text = self._texts.get(lang)
        if text is None:
            text = self._texts[lang] = answer_text(self._result, lang)
        return text

    def __iter__(self) -> Iterator[str]:
        return iter(ANSWER_LANGS)

    def __len__(self) -> int:
        return len(ANSWER_LANGS)

    def __repr__(self) -> str:
        return f"Answers({dict(self)!r})"


def answer(result: Result) -> Answers:
    """The plain answer in both languages (JSON ``answer``), one line per point."""
    return Answers(result)
