"""The plain answer's stress-test line (issue 17): what the shock hits in this company,
per channel the countries and their share of sales or purchases, the share of orders or
production at stake at full size, when it reaches revenue (the order book delays a
demand shock, the stock a supply shock), and the revenue and margin at stake over the
forecast (core.advice.answer places it after the first line)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from core.fmt import eur, number, pct
from core.model.exposure import (
    PASS_THROUGH,
    TARIFF_ELASTICITY,
    ShockExposure,
    stress_exposure,
    stress_parts,
)
from core.model.profiles import WEEKS_PER_MONTH
from core.months import month_name, parse_month
from core.reference.countries import country_name
from core.reference.scenario_choice import OWN_SCENARIO
from core.reference.stress import Shock, channel_word, stress_spec
from core.result import Result, ScenarioForecast


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


def shock_line(result: Result, sc: ScenarioForecast, lang: str) -> str:
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
