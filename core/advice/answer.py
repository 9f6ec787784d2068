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
company: per channel the countries and their share of sales or purchases, the share of
orders or production at stake at full size, when it reaches revenue (the order book
delays a demand shock, the stock a supply shock), and the revenue and margin at stake
over the forecast; it says that it is a stress test, not a forecast, and a hypothetical
one that its size is a choice.

Lines are separated by a line break. Built once here and carried in the result, so the
app, the printed summary and the workbook say the same thing (Methode, § 6).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Mapping, Sequence

from core.advice.measures.context import opens_text_of, stale_note
from core.advice.shown import shown_measures
from core.advice.summary import amount_text
from core.fmt import date, eur, number, pct, pct_beside
from core.model.cash import cash_gap, cash_inputs_given, normal_month
from core.model.exposure import (
    PASS_THROUGH,
    TARIFF_ELASTICITY,
    ShockExposure,
    stress_exposure,
    stress_parts,
)
from core.months import month_name, parse_month
from core.reference.catalogue import measure
from core.reference.countries import country_name
from core.reference.method import section_ref
from core.reference.scenario_choice import OWN_SCENARIO
from core.reference.stress import Shock, channel_word, stress_spec
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


WEEKS_PER_MONTH = 52 / 12


def _listed(rows: Sequence[tuple[str, float]], of: str, lang: str) -> str:
    """``Verenigde Staten (15% van uw omzet) en Duitsland (25%)``: each hit country with
    its share, the first naming what it is a share ``of``."""
    items = [
        f"{country_name(c, lang)} ({pct(share, lang)}{' ' + of if i == 0 else ''})"
        for i, (c, share) in enumerate(rows)
    ]
    if len(items) <= 1:
        return "".join(items)
    word = " en " if lang == "nl" else " and "
    return ", ".join(items[:-1]) + word + items[-1]


def _months_word(n: float, lang: str) -> str:
    one = abs(n - 1.0) < 1e-9
    if lang == "nl":
        return f"{number(n)} {'maand' if one else 'maanden'}"
    return f"{number(n, 'en')} {'month' if one else 'months'}"


def _reach(sc: ScenarioForecast, start: float, delay_months: float, lang: str) -> str:
    """The month a shock starting ``start`` months in reaches revenue after a delay."""
    first = parse_month(sc.months[0]) + math.ceil(start + delay_months - 1e-9)
    return month_name(first, lang)


def _shock_part(
    result: Result, sc: ScenarioForecast, shock: Shock, hit: ShockExposure, lang: str
) -> tuple[str, float] | None:
    """One shock in words and its share at stake at full size, None if it hits nothing.
    ``hit``: what the shock hits in this company (core.model.exposure, as the app's
    exposure card and the workbook read it)."""
    case = result.case
    nl = lang == "nl"
    if not hit.countries:
        return None
    stake = hit.at_full_size
    if stake is None:  # not reached: result.assumptions holds every assumption as used
        return None
    if shock.channel == "demand":
        shares = {s.country: s.share for s in case.sales}
        rows = [(c, shares[c]) for c in hit.countries]
        factor = result.assumptions[TARIFF_ELASTICITY] if shock.via == "tariff" else 1.0
        lost = stake
        book = case.order_book_months
        how = (
            f"heffing {pct(shock.size)} × elasticiteit {number(factor)}"
            if shock.via == "tariff" and nl
            else f"tariff {pct(shock.size, 'en')} × elasticity {number(factor, 'en')}"
            if shock.via == "tariff"
            else ""
        )
        if shock.scale < 1.0:
            how = (how + " × " if how else "") + (
                f"{pct(shock.scale)} van hun verkoop geraakt"
                if nl
                else f"{pct(shock.scale, 'en')} of their sales hit"
            )
        how = f" ({how})" if how else ""
        when = _reach(sc, shock.start, book, lang)
        if nl:
            text = (
                f"{channel_word('demand', lang).lower()}: klanten in {_listed(rows, 'van uw omzet', lang)}; tot {pct(lost)} van uw "
                f"orders weg{how}; uw orderboek van {_months_word(book, lang)} stelt dat uit tot "
                f"{when}"
            )
        else:
            text = (
                f"{channel_word('demand', lang).lower()}: customers in {_listed(rows, 'of your revenue', lang)}; up to "
                f"{pct(lost, 'en')} of your orders lost{how}; your order book of "
                f"{_months_word(book, lang)} delays that until {when}"
            )
        return text, lost
    shares = {s.country: s.share for s in case.purchasing.suppliers}
    rows = [(c, shares[c]) for c in hit.countries]
    weeks = case.purchasing.stock_weeks
    when = _reach(sc, shock.start, weeks / WEEKS_PER_MONTH, lang)
    if shock.channel == "supply":
        critical = [s for s in case.purchasing.suppliers if s.country in hit.critical]
        if critical:
            alt = [s.alternative_weeks for s in critical if s.alternative_weeks]
            alt_nl = (
                f", hoogstens tot het alternatief levert (na {number(max(alt))} weken)"
                if alt
                else " (geen alternatief opgegeven)"
            )
            alt_en = (
                f", at most until the alternative delivers (after {number(max(alt), 'en')} weeks)"
                if alt
                else " (no alternative given)"
            )
            kind_nl, kind_en = "kritische leveranciers in", "critical suppliers in"
            effect_nl = f"uw productie ligt voor {pct(stake)} stil zolang de schok duurt{alt_nl}"
            effect_en = (
                f"{pct(stake, 'en')} of your production stands still while the shock lasts{alt_en}"
            )
        else:
            kind_nl, kind_en = "leveranciers in", "suppliers in"
            effect_nl = f"tot {pct(stake)} van uw productie staat stil"
            effect_en = f"up to {pct(stake, 'en')} of your production stands still"
        if nl:
            text = (
                f"{channel_word('supply', lang).lower()}: {kind_nl} {_listed(rows, 'van uw inkoop', lang)} leveren "
                f"{pct(shock.size)} minder; {effect_nl}; uw voorraad van {number(weeks)} weken "
                f"stelt dat uit tot {when}"
            )
        else:
            text = (
                f"{channel_word('supply', lang).lower()}: {kind_en} {_listed(rows, 'of your purchases', lang)} deliver "
                f"{pct(shock.size, 'en')} less; {effect_en}; your stock of "
                f"{number(weeks, 'en')} weeks delays that until {when}"
            )
        return text, stake
    through = result.assumptions[PASS_THROUGH]
    extra = stake
    if nl:
        text = (
            f"{channel_word('input_cost', lang).lower()}: inkoop uit {_listed(rows, 'van uw inkoop', lang)} wordt "
            f"{pct(shock.size)} duurder; na doorberekening van {pct(through)} kost dat "
            f"{pct(extra)} van uw omzet aan marge, niet aan omzet; vanaf {when} (na uw voorraad)"
        )
    else:
        text = (
            f"{channel_word('input_cost', lang).lower()}: purchases from {_listed(rows, 'of your purchases', lang)} become "
            f"{pct(shock.size, 'en')} dearer; after passing on {pct(through, 'en')} that costs "
            f"{pct(extra, 'en')} of your revenue in margin, not in revenue; from {when} "
            f"(after your stock)"
        )
    return text, extra


def _shock_line(result: Result, sc: ScenarioForecast, lang: str) -> str:
    """What a stress test's shock hits in this company, and what is at stake and when."""
    found = stress_parts(result.case, sc.id)
    if found is None:
        return ""
    shocks, gdp = found
    nl = lang == "nl"
    hypothetical = sc.id != OWN_SCENARIO and stress_spec(sc.id).hypothetical
    if sc.id == OWN_SCENARIO:
        head = "Uw eigen scenario, geen voorspelling" if nl else "Your own scenario, not a forecast"
    elif hypothetical:
        head = (
            "Hypothetische stresstest zonder precedent: omvang en duur zijn een keuze"
            if nl
            else "Hypothetical stress test without precedent: size and duration are a choice"
        )
    else:
        head = "Stresstest, geen voorspelling" if nl else "Stress test, not a forecast"
    exposed = {
        x.index: x
        for channel in stress_exposure(result.case, shocks, result.assumptions)
        for x in channel.shocks
    }
    parts = [
        x
        for x in (_shock_part(result, sc, s, exposed[i], lang) for i, s in enumerate(shocks))
        if x is not None
    ]
    named = sorted({c for s in shocks for c in s.countries})
    if gdp is not None:
        parts.append(
            (
                f"lager Nederlands bbp (−{pct(gdp.depth)}) op al uw klanten"
                if nl
                else f"lower Dutch GDP (−{pct(gdp.depth, 'en')}) on all your customers",
                0.0,
            )
        )
    if not parts:
        where = ", ".join(country_name(c, lang) for c in named)
        return (
            f"{head}. De schok raakt uw bedrijf niet rechtstreeks: u verkoopt niet aan en "
            f"koopt niet in bij de landen die hij noemt ({where})."
            if nl
            else f"{head}. The shock does not hit your company directly: you neither sell to "
            f"nor buy from the countries it names ({where})."
        )
    hits = "; ".join(text for text, _stake in parts)
    stake = (
        f"Op het spel over de prognose: {eur(sc.revenue_loss_eur, lang)} omzet en "
        f"{eur(sc.margin_loss_eur, lang)} brutomarge."
        if nl
        else f"At stake over the forecast: {eur(sc.revenue_loss_eur, lang)} in revenue and "
        f"{eur(sc.margin_loss_eur, lang)} in gross margin."
    )
    lead = "De schok raakt u via" if nl else "The shock hits you through"
    return f"{head}. {lead} {hits}. {stake}"


def answer_lines(result: Result, lang: str) -> list[str]:
    """How hard, when, cash, today; what opens later and the past, each marked as such,
    on a line of its own."""
    sc = result.forecast(result.scenario)
    others = _others(result, lang)
    hard = f"{_how_hard(sc, lang)}; {others}." if others else f"{_how_hard(sc, lang)}."
    lines = [
        hard,
        _shock_line(result, sc, lang),
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
