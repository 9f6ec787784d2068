"""The "why this number" of each headline figure, in a director's words.

Each entry has the figure in words (``84% van normaal (−16%)``), one sentence with the
actual numbers, the formula in the same words, the values used, and where the method
explains it ("Methode, § 4 Omzetprognose") next to the outside source. The app shows
these on Resultaat, the workbook on its Berekening sheet. Each entry is built from the
numbers the result holds, never recomputed differently.
"""

from __future__ import annotations

from typing import TypedDict

from core.fmt import eur, number, pct
from core.model.now import wage_cap_text
from core.months import month_long, month_name, parse_month
from core.reference.countries import country_name
from core.reference.method import section_ref_both
from core.reference.scenario_choice import OWN_SCENARIO
from core.reference.scenarios import scenario_source
from core.reference.stress import expand_countries, stress_spec
from core.result import Explanation, Result, ScenarioForecast

SRC_PAPER = "FME, Coronacrisis: hoe nu verder (april 2020)"
MINUS = "−"  # a real minus sign: "−16%"
EXPOSURE, FORECAST, NOW, CASH, STRESS = 2, 4, 5, 7, 9  # sections of the method text


def _stress_supply_codes(result: Result, sc: ScenarioForecast) -> set[str] | None:
    """For a stress test, the ISO codes its supply shocks name; None for a macro scenario
    (whose supply disruption hits every critical supplier)."""
    if sc.kind != "stress":
        return None
    if sc.id == OWN_SCENARIO:
        own = result.case.own_scenario
        shocks = own.shocks if own is not None else ()
    else:
        try:
            shocks = stress_spec(sc.id).shocks
        except KeyError:
            return None
    return {c for s in shocks if s.channel == "supply" for c in expand_countries(s.countries)}


class _Cite(TypedDict):
    source: str
    cites: str
    method_section: int


def _cite(section: int, outside: str = "") -> _Cite:
    """The Explanation fields saying where a figure is explained."""
    ref = section_ref_both(section)
    return {
        "source": f"{ref}; {outside}" if outside else ref,
        "cites": outside,
        "method_section": section,
    }


def _month(label: str | None, lang: str) -> str:
    if label is None:
        return "geen" if lang == "nl" else "none"
    return month_name(parse_month(label), lang)


def _when(label: str | None, lang: str) -> str:
    """A month inside a sentence, written out: ``september 2020``."""
    if label is None:
        return "geen" if lang == "nl" else "none"
    return month_long(parse_month(label), lang)


def _short(sc: ScenarioForecast, lang: str) -> str:
    """``Scenario II`` from ``Scenario II — contactbeperkingen 6 maanden``."""
    return sc.label(lang).split("—")[0].strip()


def _months(n: float, lang: str) -> str:
    if lang == "nl":
        return f"{number(n, 'nl')} {'maand' if n == 1 else 'maanden'}"
    return f"{number(n, 'en')} {'month' if n == 1 else 'months'}"


def _trough(result: Result, sc: ScenarioForecast) -> Explanation:
    monthly = result.case.company.annual_revenue_eur / 12
    drop = max(0.0, 1 - sc.trough_index)
    when_nl, when_en = _when(sc.trough_month, "nl"), _when(sc.trough_month, "en")
    low_nl, low_en = eur(sc.trough_index * monthly), eur(sc.trough_index * monthly, "en")
    return Explanation(
        key=f"trough:{sc.id}",
        label_nl=f"Laagste omzet ({sc.label_nl})",
        label_en=f"Lowest revenue ({sc.label_en})",
        value=sc.trough_index,
        unit="index",
        headline_nl=f"{pct(sc.trough_index)} van normaal"
        + (f" ({MINUS}{pct(drop)})" if drop > 0 else ""),
        headline_en=f"{pct(sc.trough_index, 'en')} of normal"
        + (f" ({MINUS}{pct(drop, 'en')})" if drop > 0 else ""),
        text_nl=f"In {_short(sc, 'nl')} is {when_nl} uw zwakste maand: u zet dan {low_nl} om "
        f"in plaats van de normale {eur(monthly)}, {pct(drop)} minder.",
        text_en=f"In {_short(sc, 'en')}, {when_en} is your weakest month: revenue is {low_en} "
        f"instead of the normal {eur(monthly, 'en')}, {pct(drop, 'en')} less.",
        formula_nl="omzet in een maand = het kleinste van (productiecapaciteit × (1 + inhaalruimte)) "
        "en (orders die die maand geleverd moeten worden + achterstand); de laagste maand "
        "gedeeld door de normale maandomzet",
        formula_en="revenue in a month = the smaller of (production capacity × (1 + catch-up room)) "
        "and (orders due for delivery that month + backlog); the lowest month divided by "
        "normal monthly revenue",
        values_nl=f"{pct(sc.trough_index)} van normaal in {when_nl} = {low_nl} tegen normaal {eur(monthly)} per maand",
        values_en=f"{pct(sc.trough_index, 'en')} of normal in {when_en} = {low_en} against a normal {eur(monthly, 'en')} a month",
        **_cite(FORECAST, scenario_source(sc.id)),
    )


def _and(names: list[str], lang: str) -> str:
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {'en' if lang == 'nl' else 'and'} {names[-1]}"


def _first_drop(result: Result, sc: ScenarioForecast, without: str | None) -> Explanation:
    h = result.case.order_book_months
    first = sc.first_month_drop_20pct
    # A stress test stops only the critical suppliers in the countries it names.
    hit = _stress_supply_codes(result, sc)
    critical = [c for c in result.exposure.critical_countries if hit is None or c in hit]
    if first is None:
        text_nl = (
            f"In {_short(sc, 'nl')} is uw omzet in geen enkele maand 20% of meer lager dan normaal; "
            f"het laagst is {pct(sc.trough_index)} van normaal in {_when(sc.trough_month, 'nl')}."
        )
        text_en = (
            f"In {_short(sc, 'en')} your revenue is never 20% or more below normal; the lowest is "
            f"{pct(sc.trough_index, 'en')} of normal in {_when(sc.trough_month, 'en')}."
        )
    elif h > 0 and without == first and critical:
        # A critical supplier stops production before the order book runs dry: the
        # orders are there, but cannot be made.
        names_nl = _and([country_name(c, "nl") for c in critical], "nl")
        names_en = _and([country_name(c, "en") for c in critical], "en")
        text_nl = (
            f"Uw orderportefeuille helpt niet: de leveringen uit {names_nl} stoppen eerst, en "
            f"zonder die onderdelen kunt u de orders niet maken. De omzet is voor het eerst 20% "
            f"of meer lager in {_when(first, 'nl')}, met en zonder orderportefeuille."
        )
        text_en = (
            f"Your order book does not help: the deliveries from {names_en} stop first, and "
            f"without those parts the orders cannot be made. Revenue is first 20% or more "
            f"below normal in {_when(first, 'en')}, with or without the order book."
        )
    elif h > 0 and without == first:
        text_nl = (
            f"Uw orderportefeuille van {_months(h, 'nl')} verschuift de klap niet: de omzet is "
            f"voor het eerst 20% of meer lager in {_when(first, 'nl')}, met en zonder "
            "orderportefeuille."
        )
        text_en = (
            f"Your order book of {_months(h, 'en')} does not delay the blow: revenue is first "
            f"20% or more below normal in {_when(first, 'en')}, with or without the order book."
        )
    elif h > 0:
        text_nl = (
            f"Uw orders van de komende {_months(h, 'nl')} worden nog geleverd, dus de klap komt "
            f"later: de omzet is voor het eerst 20% of meer lager in {_when(first, 'nl')}; "
            f"zonder orderportefeuille was dat {_when(without, 'nl')} geweest."
        )
        text_en = (
            f"Your orders for the next {_months(h, 'en')} are still delivered, so the blow comes "
            f"later: revenue is first 20% or more below normal in {_when(first, 'en')}; "
            f"without an order book that would have been {_when(without, 'en')}."
        )
    else:
        text_nl = f"Zonder orderportefeuille voelt u de daling meteen: de omzet is voor het eerst 20% of meer lager in {_when(first, 'nl')}."
        text_en = f"Without an order book you feel the fall at once: revenue is first 20% or more below normal in {_when(first, 'en')}."
    return Explanation(
        key=f"first_drop:{sc.id}",
        label_nl=f"Eerste maand met 20% minder omzet ({sc.label_nl})",
        label_en=f"First month with 20% less revenue ({sc.label_en})",
        value=first,
        unit="month",
        headline_nl=_month(first, "nl") if first else "geen maand",
        headline_en=_month(first, "en") if first else "no month",
        text_nl=text_nl,
        text_en=text_en,
        formula_nl="de eerste maand waarin de omzet 80% van normaal of minder is; een order wordt "
        "pas omzet als hij geleverd wordt, gemiddeld na de lengte van de orderportefeuille",
        formula_en="the first month in which revenue is 80% of normal or less; an order only "
        "becomes revenue when it is delivered, on average after the length of the order book",
        values_nl=f"met orderportefeuille van {_months(h, 'nl')}: {_month(first, 'nl')}; zonder orderportefeuille: {_month(without, 'nl')}",
        values_en=f"with an order book of {_months(h, 'en')}: {_month(first, 'en')}; without an order book: {_month(without, 'en')}",
        **_cite(FORECAST, f"{SRC_PAPER}, Vertraging in omzeteffecten; {scenario_source(sc.id)}"),
    )


def _revenue_loss(result: Result, sc: ScenarioForecast) -> Explanation:
    monthly = result.case.company.annual_revenue_eur / 12
    lost_months = sum(1 - y for y in sc.revenue_index)
    span_nl = f"{_month(sc.months[0], 'nl')} t/m {_month(sc.months[-1], 'nl')}"
    span_en = f"{_month(sc.months[0], 'en')} to {_month(sc.months[-1], 'en')}"
    return Explanation(
        key=f"revenue_loss:{sc.id}",
        label_nl=f"Gemiste omzet, {span_nl} ({sc.label_nl})",
        label_en=f"Revenue missed, {span_en} ({sc.label_en})",
        value=sc.revenue_loss_eur,
        unit="eur",
        headline_nl=eur(sc.revenue_loss_eur),
        headline_en=eur(sc.revenue_loss_eur, "en"),
        text_nl=f"Opgeteld over {len(sc.months)} maanden ({span_nl}) mist u {eur(sc.revenue_loss_eur)}: "
        f"zoveel als {number(lost_months, 'nl')} maanden normale omzet van {eur(monthly)}.",
        text_en=f"Added up over {len(sc.months)} months ({span_en}) you miss {eur(sc.revenue_loss_eur, 'en')}: "
        f"as much as {number(lost_months, 'en')} months of normal revenue of {eur(monthly, 'en')}.",
        formula_nl="optelsom over alle maanden van (1 − omzet als deel van normaal) × normale "
        "maandomzet; maanden met inhaalomzet boven normaal tellen terug",
        formula_en="sum over all months of (1 − revenue as a share of normal) × normal monthly "
        "revenue; catch-up months above normal count back",
        values_nl=f"{number(lost_months, 'nl', 2)} maanden × {eur(monthly)} = {eur(sc.revenue_loss_eur)}",
        values_en=f"{number(lost_months, 'en', 2)} months × {eur(monthly, 'en')} = {eur(sc.revenue_loss_eur, 'en')}",
        **_cite(FORECAST, scenario_source(sc.id)),
    )


def _margin_loss(result: Result, sc: ScenarioForecast) -> Explanation:
    """A stress test's gross margin at stake: the margin of the deliveries lost (revenue
    missed x (1 - purchases as a share of revenue)) plus the dearer purchases not passed
    on (core.model.forecast)."""
    p = result.case.purchasing.share_of_revenue
    monthly = result.case.company.annual_revenue_eur / 12
    extra = sum(sc.input_cost_index) * monthly
    lost = sc.revenue_loss_eur * (1 - p)
    cost_nl = f" plus {eur(extra)} duurdere inkoop die u niet doorberekent" if extra else ""
    cost_en = f" plus {eur(extra, 'en')} of dearer purchases you do not pass on" if extra else ""
    return Explanation(
        key=f"margin_loss:{sc.id}",
        label_nl=f"Brutomarge op het spel ({sc.label_nl})",
        label_en=f"Gross margin at stake ({sc.label_en})",
        value=sc.margin_loss_eur,
        unit="eur",
        headline_nl=eur(sc.margin_loss_eur),
        headline_en=eur(sc.margin_loss_eur, "en"),
        text_nl=f"Van de gemiste omzet van {eur(sc.revenue_loss_eur)} is {eur(lost)} marge: de "
        f"inkoop ({pct(p)} van de omzet) hoeft u voor niet-geleverde orders ook niet te doen"
        f"{cost_nl}. Samen {eur(sc.margin_loss_eur)}.",
        text_en=f"Of the revenue missed of {eur(sc.revenue_loss_eur, 'en')}, "
        f"{eur(lost, 'en')} is margin: the purchases ({pct(p, 'en')} of revenue) are not made "
        f"for orders not delivered either{cost_en}. Together {eur(sc.margin_loss_eur, 'en')}.",
        formula_nl="gemiste omzet × (1 − inkoop als deel van de omzet) + som over de maanden van "
        "de extra inkoopkosten na doorberekening (als deel van de normale maandomzet) × normale "
        "maandomzet",
        formula_en="revenue missed × (1 − purchases as a share of revenue) + sum over the months "
        "of the extra purchase cost after pass-through (as a share of normal monthly revenue) × "
        "normal monthly revenue",
        values_nl=f"{eur(sc.revenue_loss_eur)} × (1 − {pct(p)}) + {eur(extra)} = {eur(sc.margin_loss_eur)}",
        values_en=f"{eur(sc.revenue_loss_eur, 'en')} × (1 − {pct(p, 'en')}) + {eur(extra, 'en')} = {eur(sc.margin_loss_eur, 'en')}",
        **_cite(STRESS, scenario_source(sc.id)),
    )


def _idle(result: Result, sc: ScenarioForecast) -> Explanation:
    fte = result.case.staff.fte
    peak = max(sc.idle_fte)
    peak_month = sc.months[sc.idle_fte.index(peak)]
    total = sum(sc.idle_fte)
    if peak > 0:
        text_nl = (
            f"In de slechtste maand, {_when(peak_month, 'nl')}, is er voor {number(peak)} "
            f"van uw {number(fte)} fte geen werk; over de hele periode samen "
            f"{number(total)} fte-maanden. Dat is wat NOW, deeltijd-WW of detachering moet overbruggen."
        )
        text_en = (
            f"In the worst month, {_when(peak_month, 'en')}, there is no work for {number(peak, 'en')} "
            f"of your {number(fte, 'en')} FTE; {number(total, 'en')} FTE-months over the whole "
            "period. That is what NOW, part-time unemployment or secondment has to bridge."
        )
    else:
        text_nl = f"Er is in geen maand minder werk dan normaal voor uw {number(fte)} fte."
        text_en = f"In no month is there less work than normal for your {number(fte, 'en')} FTE."
    return Explanation(
        key=f"idle_fte:{sc.id}",
        label_nl=f"Medewerkers zonder werk in de slechtste maand ({sc.label_nl})",
        label_en=f"Staff without work in the worst month ({sc.label_en})",
        value=peak,
        unit="fte",
        headline_nl=f"{number(peak)} fte",
        headline_en=f"{number(peak, 'en')} FTE",
        text_nl=text_nl,
        text_en=text_en,
        formula_nl="fte × (1 − omzet als deel van normaal), in maanden met minder omzet dan normaal",
        formula_en="FTE × (1 − revenue as a share of normal), in months with less revenue than normal",
        values_nl=f"{number(fte)} fte; piek {number(peak)} fte in {_month(peak_month, 'nl')}; samen {number(total)} fte-maanden",
        values_en=f"{number(fte, 'en')} FTE; peak {number(peak, 'en')} FTE in {_month(peak_month, 'en')}; {number(total, 'en')} FTE-months in all",
        **_cite(FORECAST),
    )


def _now_explanations(result: Result) -> list[Explanation]:
    out = []
    for sc in result.scenarios:
        rows = [n for n in result.now if n.scenario == sc.id]
        if not rows:
            continue
        total = sum(n.subsidy_eur for n in rows)
        got = [n for n in rows if n.eligible]
        best = max(rows, key=lambda n: n.drop)
        if got:
            parts_nl = "; ".join(
                f"{n.tranche}: {pct(max(n.drop, 0))} minder omzet → {eur(n.subsidy_eur)}"
                for n in got
            )
            parts_en = "; ".join(
                f"{n.tranche}: {pct(max(n.drop, 0), 'en')} less revenue → {eur(n.subsidy_eur, 'en')}"
                for n in got
            )
            text_nl = f"U komt in {len(got)} van de {len(rows)} tranches in aanmerking ({parts_nl}); samen {eur(total)}."
            text_en = f"You qualify in {len(got)} of the {len(rows)} tranches ({parts_en}); {eur(total, 'en')} in all."
        else:
            parts_nl = "geen tranche met 20% of meer omzetverlies"
            parts_en = "no tranche with a drop of 20% or more"
            text_nl = (
                f"In geen enkele tranche daalt uw omzet in een toegestane meetperiode met 20% of meer; "
                f"het meest is {pct(max(best.drop, 0))} ({best.tranche}). Daarom geen NOW."
            )
            text_en = (
                f"In no tranche does your revenue fall by 20% or more in an allowed measurement "
                f"period; the most is {pct(max(best.drop, 0), 'en')} ({best.tranche}). So no NOW."
            )
        bases = {n.tranche: n.wage_bill_used_eur for n in rows}
        if len(set(bases.values())) == 1:
            base_nl, base_en = (
                eur(rows[0].wage_bill_used_eur),
                eur(rows[0].wage_bill_used_eur, "en"),
            )
        else:  # the wage cap differs per tranche and bites
            base_nl = "; ".join(f"{k} {eur(v)}" for k, v in bases.items())
            base_en = "; ".join(f"{k} {eur(v, 'en')}" for k, v in bases.items())
        out.append(
            Explanation(
                key=f"now_total:{sc.id}",
                label_nl=f"NOW-loonsubsidie, alle tranches samen ({sc.label_nl})",
                label_en=f"NOW wage subsidy, all tranches together ({sc.label_en})",
                value=total,
                unit="eur",
                headline_nl=eur(total),
                headline_en=eur(total, "en"),
                text_nl=text_nl,
                text_en=text_en,
                formula_nl="per tranche: omzetdaling × loonsom × aantal maanden × (1 + opslag) × "
                "vergoedingspercentage, als de omzetdaling 20% of meer is; de omzetdaling in de "
                "meetperiode van de beste toegestane reeks tranches; loonsom met een maximum per "
                f"medewerker per maand: {wage_cap_text('nl')}",
                formula_en="per tranche: revenue drop × wage bill × months × (1 + surcharge) × "
                "compensation rate, if the drop is 20% or more; the drop in the measurement "
                "period of the best legal chain of tranches; wage bill capped per employee a "
                f"month: {wage_cap_text('en')}",
                values_nl=f"loonsom {base_nl} per maand; {parts_nl}",
                values_en=f"wage bill {base_en} a month; {parts_en}",
                **_cite(NOW, "UWV, Rijksoverheid: NOW 1 t/m 6"),
            )
        )
    return out


def _critical_supply(result: Result, code: str) -> Explanation:
    """A critical supplier country: without its deliveries the whole line stops (the
    forecast caps capacity for the whole production, not for the value share), so the
    card shows 100% at stake and the purchase share beside it."""
    case = result.case
    p = case.purchasing.share_of_revenue
    share = sum(x.share for x in case.purchasing.suppliers if x.country == code)
    weeks = max(
        (x.alternative_weeks or 0.0 for x in case.purchasing.suppliers if x.country == code),
        default=0.0,
    )
    stock = case.purchasing.stock_weeks
    nl, en = country_name(code, "nl"), country_name(code, "en")
    return Explanation(
        key="supply_top",
        label_nl=f"Deel van uw productie dat afhangt van {nl} (onmisbare leverancier)",
        label_en=f"Share of your production that depends on {en} (critical supplier)",
        value=1.0,
        unit="fraction",
        headline_nl=pct(1.0),
        headline_en=pct(1.0, "en"),
        text_nl=f"{pct(share)} van uw inkoop komt uit {nl} en die leverancier is onmisbaar: "
        f"stoppen die leveringen, dan ligt na uw voorraad van {number(stock, 'nl')} weken uw "
        f"hele productie stil, tot een andere leverancier levert (na {number(weeks, 'nl')} "
        f"weken). Als inkoopaandeel is het {pct(p * share)} van uw omzet.",
        text_en=f"{pct(share, 'en')} of your purchases come from {en} and that supplier is "
        f"critical: if those deliveries stop, your whole production stops after your "
        f"{number(stock, 'en')} weeks of stock, until another supplier delivers (after "
        f"{number(weeks, 'en')} weeks). As a purchase share it is {pct(p * share, 'en')} of "
        "your revenue.",
        formula_nl="onmisbare leverancier: zonder zijn leveringen geen productie (100%); "
        "inkoopaandeel = inkoop als deel van de omzet × aandeel van het land in de inkoop",
        formula_en="critical supplier: no production without its deliveries (100%); purchase "
        "share = purchases as a share of revenue × the country's share of purchases",
        values_nl=f"onmisbaar: 100%; inkoopaandeel {pct(p)} × {pct(share)} = {pct(p * share)}",
        values_en=f"critical: 100%; purchase share {pct(p, 'en')} × {pct(share, 'en')} = "
        f"{pct(p * share, 'en')}",
        **_cite(EXPOSURE, f"{SRC_PAPER}, Afhankelijkheid internationale waardeketen"),
    )


def _exposure_explanations(result: Result) -> list[Explanation]:
    e = result.exposure
    p = result.case.purchasing.share_of_revenue
    out = []
    critical = max(
        (x for x in result.case.purchasing.suppliers if x.critical),
        key=lambda x: x.share,
        default=None,
    )
    if critical is not None:
        out.append(_critical_supply(result, critical.country))
    elif e.supply_by_country:
        code, value = next(iter(e.supply_by_country.items()))
        share = value / p if p else 0.0
        nl, en = country_name(code, "nl"), country_name(code, "en")
        bench = e.benchmark_supply.get(code)
        out.append(
            Explanation(
                key="supply_top",
                label_nl=f"Deel van uw productie dat afhangt van {nl}",
                label_en=f"Share of your production that depends on {en}",
                value=value,
                unit="fraction",
                headline_nl=pct(value),
                headline_en=pct(value, "en"),
                text_nl=f"{pct(p)} van uw omzet is inkoop en {pct(share)} daarvan komt uit {nl}: "
                f"stoppen die leveringen, dan valt tot {pct(value)} van uw productie stil."
                + (
                    f" Voor de technologische industrie als geheel is dat {pct(bench)}."
                    if bench is not None
                    else ""
                ),
                text_en=f"{pct(p, 'en')} of your revenue is purchases and {pct(share, 'en')} of "
                f"those come from {en}: if those deliveries stop, up to {pct(value, 'en')} of your "
                "production stops."
                + (
                    f" For the technology industry as a whole it is {pct(bench, 'en')}."
                    if bench is not None
                    else ""
                ),
                formula_nl="inkoop als deel van de omzet × aandeel van het land in de inkoop",
                formula_en="purchases as a share of revenue × the country's share of purchases",
                values_nl=f"{pct(p)} × {pct(share)} = {pct(value)}"
                + (f"; sector: {pct(bench)}" if bench is not None else ""),
                values_en=f"{pct(p, 'en')} × {pct(share, 'en')} = {pct(value, 'en')}"
                + (f"; sector: {pct(bench, 'en')}" if bench is not None else ""),
                **_cite(EXPOSURE, f"{SRC_PAPER}, Afhankelijkheid internationale waardeketen"),
            )
        )
    for key, what_nl, what_en, value, shares in (
        (
            "supplier_hhi",
            "inkoop",
            "purchases",
            e.supplier_hhi,
            e.supply_by_country,
        ),
        ("sales_hhi", "afzet", "sales", e.sales_hhi, e.demand_by_country),
    ):
        high = value > e.hhi_threshold
        word_nl = "sterk geconcentreerd" if high else "gespreid"
        word_en = "highly concentrated" if high else "spread"
        total = sum(shares.values())
        top = max(shares, key=lambda c: shares[c]) if shares else None
        top_share = shares[top] / total if top and total else 0.0
        limit_nl, limit_en = number(e.hhi_threshold, "nl", 2), number(e.hhi_threshold, "en", 2)
        if top is None:
            text_nl = f"U heeft geen landen opgegeven voor uw {what_nl}."
            text_en = f"You gave no countries for your {what_en}."
        else:
            text_nl = (
                f"Uw {what_nl} is {word_nl}: {len(shares)} "
                f"{'land' if len(shares) == 1 else 'landen'}, de grootste is "
                f"{country_name(top, 'nl')} met {pct(top_share)} van wat u per land opgaf. Hoe hoger de index "
                f"(0 tot 1), hoe meer één storing in één land u raakt; boven {limit_nl} heet "
                "het sterk geconcentreerd."
            )
            text_en = (
                f"Your {what_en} are {word_en}: {len(shares)} "
                f"{'country' if len(shares) == 1 else 'countries'}, the largest is "
                f"{country_name(top, 'en')} with {pct(top_share, 'en')} of what you gave by country. The higher the index "
                f"(0 to 1), the more one disruption in one country hits you; above {limit_en} it "
                "counts as highly concentrated."
            )
        out.append(
            Explanation(
                key=key,
                label_nl=f"Spreiding van uw {what_nl} over landen (index {number(value, 'nl', 2)})",
                label_en=f"How your {what_en} are spread over countries (index {number(value, 'en', 2)})",
                value=value,
                unit="index",
                headline_nl=word_nl,
                headline_en=word_en,
                text_nl=text_nl,
                text_en=text_en,
                formula_nl="optelsom van (aandeel van elk land)², de aandelen herschaald naar 100% "
                f"(Herfindahl-index, HHI); boven {limit_nl} sterk geconcentreerd",
                formula_en="sum of (each country's share)², shares rescaled to 100% "
                f"(Herfindahl index, HHI); above {limit_en} highly concentrated",
                values_nl=f"{len(shares)} landen; index {number(value, 'nl', 3)} ({word_nl})",
                values_en=f"{len(shares)} countries; index {number(value, 'en', 3)} ({word_en})",
                **_cite(EXPOSURE, "US DoJ/FTC, Horizontal Merger Guidelines (2010)"),
            )
        )
    return out


def _cash_explanations(result: Result) -> list[Explanation]:
    case = result.case
    f = case.finance
    factor = result.assumptions["wage_cost_factor"]
    out = []
    for path in result.cash:
        sc = result.forecast(path.scenario)
        low = min(path.balance_eur)
        low_month = path.months[path.balance_eur.index(low)]
        wages = case.staff.monthly_wage_bill_eur * factor
        fixed = wages + (f.other_fixed_costs_monthly_eur or 0)
        last_nl, last_en = _month(path.months[-1], "nl"), _month(path.months[-1], "en")
        # NOW advances only where this scenario has them (never for a crisis starting now).
        has_now = any(n.scenario == path.scenario and n.eligible for n in result.now)
        with_nl = (
            "de omzet van dit scenario en de NOW-voorschotten"
            if has_now
            else "de omzet van dit scenario (zonder NOW)"
        )
        with_en = (
            "this scenario's revenue and the NOW advances"
            if has_now
            else "this scenario's revenue (no NOW)"
        )
        if path.runs_out:
            end_nl = f"in {_when(path.runs_out, 'nl')} is de kas op"
            end_en = f"in {_when(path.runs_out, 'en')} the cash runs out"
        else:
            end_nl = f"de kas raakt niet op vóór {last_nl}"
            end_en = f"the cash does not run out before {last_en}"
        out.append(
            Explanation(
                key=f"cash_runway:{sc.id}",
                label_nl=f"Kas raakt op ({sc.label_nl})",
                label_en=f"Cash runs out ({sc.label_en})",
                value=path.runs_out,
                unit="month",
                # "Kas raakt op: nooit", not "niet vóór feb 2023", when it stays positive.
                headline_nl=_month(path.runs_out, "nl")
                if path.runs_out
                else f"nooit (positief t/m {last_nl})",
                headline_en=_month(path.runs_out, "en")
                if path.runs_out
                else f"never (positive to {last_en})",
                text_nl=f"U begint met {eur(f.cash_eur or 0)} in kas en heeft {eur(fixed)} lasten per "
                f"maand (loonkosten {eur(wages)} en overige vaste lasten "
                f"{eur(f.other_fixed_costs_monthly_eur or 0)}); met {with_nl} is de laagste "
                f"stand {eur(low)} in {_when(low_month, 'nl')}: {end_nl}.",
                text_en=f"You start with {eur(f.cash_eur or 0, 'en')} in cash and {eur(fixed, 'en')} of "
                f"costs a month (wage costs {eur(wages, 'en')} and other fixed costs "
                f"{eur(f.other_fixed_costs_monthly_eur or 0, 'en')}); with {with_en} the lowest "
                f"balance is {eur(low, 'en')} in {_when(low_month, 'en')}: {end_en}.",
                formula_nl="kas + per maand (omzet × (1 − inkoopaandeel) − loonsom × factor "
                "loonkosten − overige vaste lasten + NOW-voorschot); de eerste maand onder nul",
                formula_en="cash + each month (revenue × (1 − purchases share) − wage bill × "
                "wage-cost factor − other fixed costs + NOW advance); the first month below zero",
                values_nl=f"kas {eur(f.cash_eur or 0)}; vaste lasten {eur(case.staff.monthly_wage_bill_eur * factor)} + {eur(f.other_fixed_costs_monthly_eur or 0)} per maand; laagste stand {eur(low)} in {_month(low_month, 'nl')}; op in: {_month(path.runs_out, 'nl')}",
                values_en=f"cash {eur(f.cash_eur or 0, 'en')}; fixed costs {eur(case.staff.monthly_wage_bill_eur * factor, 'en')} + {eur(f.other_fixed_costs_monthly_eur or 0, 'en')} a month; lowest balance {eur(low, 'en')} in {_month(low_month, 'en')}; runs out: {_month(path.runs_out, 'en')}",
                **_cite(CASH),
            )
        )
    return out


def explanations(result: Result, first_without_book: dict[str, str | None]) -> list[Explanation]:
    """``first_without_book``: per scenario, the first 20% drop had there been no order book."""
    out: list[Explanation] = []
    for sc in result.scenarios:
        out += [
            _trough(result, sc),
            _first_drop(result, sc, first_without_book[sc.id]),
            _revenue_loss(result, sc),
            *([_margin_loss(result, sc)] if sc.kind == "stress" else []),
            _idle(result, sc),
        ]
    out.extend(_now_explanations(result))
    out.extend(_cash_explanations(result))
    out.extend(_exposure_explanations(result))
    return out
