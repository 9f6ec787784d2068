"""The "why this number" of each headline figure: formula, the values used, the source.

The app shows these as tooltips and detail panels, the workbook as its Berekening
sheet. Each entry is built from the same numbers the result holds, never recomputed
differently.
"""

from __future__ import annotations

from core.countries import country_name
from core.fmt import eur, number, pct
from core.method import section_ref_both
from core.months import month_name, parse_month
from core.now import wage_cap_text
from core.result import Explanation, Result, ScenarioForecast
from core.scenarios import scenario_source

MODEL = section_ref_both(4)  # the scenario's own source is added per scenario
SRC_CPB = "https://www.cpb.nl/en/corona-crisis-scenarios-recession-unavoidable-increase-in-government-debt-bearable"
SRC_PAPER = "FME, Coronacrisis: hoe nu verder (april 2020)"


def _month(label: str | None, lang: str) -> str:
    if label is None:
        return "geen" if lang == "nl" else "none"
    return month_name(parse_month(label), lang)


def _scenario_explanations(
    result: Result, sc: ScenarioForecast, first_without_book: str | None
) -> list[Explanation]:
    case = result.case
    model = f"{MODEL}; {scenario_source(sc.id)}"  # the scenario's own source, not always CPB
    monthly = case.company.annual_revenue_eur / 12
    h = case.order_book_months
    peak_idle = max(sc.idle_fte)
    fte_months = sum(sc.idle_fte)
    return [
        Explanation(
            key=f"trough:{sc.id}",
            label_nl=f"Dieptepunt omzet ({sc.label_nl})",
            label_en=f"Revenue trough ({sc.label_en})",
            value=sc.trough_index,
            unit="index",
            formula_nl="laagste maandomzet Y(m) = min(C(m) × (1 + inhaal), due(m) + achterstand(m)), als deel van de normale maandomzet",
            formula_en="lowest monthly revenue Y(m) = min(C(m) × (1 + catch-up), due(m) + late(m)), as a share of normal monthly revenue",
            values_nl=f"{pct(sc.trough_index)} van normaal in {_month(sc.trough_month, 'nl')} = {eur(sc.trough_index * monthly)} tegen normaal {eur(monthly)} per maand",
            values_en=f"{pct(sc.trough_index, 'en')} of normal in {_month(sc.trough_month, 'en')} = {eur(sc.trough_index * monthly, 'en')} against a normal {eur(monthly, 'en')} a month",
            source=model,
        ),
        Explanation(
            key=f"first_drop:{sc.id}",
            label_nl=f"Eerste maand met 20% omzetdaling ({sc.label_nl})",
            label_en=f"First month with a 20% revenue drop ({sc.label_en})",
            value=sc.first_month_drop_20pct,
            unit="month",
            formula_nl="eerste maand m met Y(m) ≤ 80%; orders komen H maanden later binnen als omzet: due(m) = O(m − H)",
            formula_en="first month m with Y(m) ≤ 80%; orders become revenue H months later: due(m) = O(m − H)",
            values_nl=f"met orderportefeuille van {number(h)} {'maand' if h == 1 else 'maanden'}: {_month(sc.first_month_drop_20pct, 'nl')}; zonder orderportefeuille: {_month(first_without_book, 'nl')}",
            values_en=f"with an order book of {number(h, 'en')} {'month' if h == 1 else 'months'}: {_month(sc.first_month_drop_20pct, 'en')}; without an order book: {_month(first_without_book, 'en')}",
            source=f"{SRC_PAPER}, Vertraging in omzeteffecten; {model}",
        ),
        Explanation(
            key=f"revenue_loss:{sc.id}",
            label_nl=f"Omzetverlies over de horizon ({sc.label_nl})",
            label_en=f"Revenue lost over the horizon ({sc.label_en})",
            value=sc.revenue_loss_eur,
            unit="eur",
            formula_nl="Σ (1 − Y(m)) × jaaromzet / 12 over alle maanden (inhaalmaanden tellen terug)",
            formula_en="Σ (1 − Y(m)) × annual revenue / 12 over all months (catch-up months count back)",
            values_nl=f"Σ (1 − Y) = {number(sum(1 - y for y in sc.revenue_index), 'nl', 2)} maanden × {eur(monthly)} = {eur(sc.revenue_loss_eur)} ({sc.months[0]} t/m {sc.months[-1]})",
            values_en=f"Σ (1 − Y) = {number(sum(1 - y for y in sc.revenue_index), 'en', 2)} months × {eur(monthly, 'en')} = {eur(sc.revenue_loss_eur, 'en')} ({sc.months[0]} to {sc.months[-1]})",
            source=model,
        ),
        Explanation(
            key=f"idle_fte:{sc.id}",
            label_nl=f"Onbenutte fte op het hoogtepunt ({sc.label_nl})",
            label_en=f"Idle FTE at the peak ({sc.label_en})",
            value=peak_idle,
            unit="fte",
            formula_nl="fte × (1 − Y(m)) in maanden onder normaal: het personeel dat NOW, deeltijd-WW of detachering zou moeten overbruggen",
            formula_en="FTE × (1 − Y(m)) in months below normal: the staff that NOW, part-time unemployment or secondment would have to bridge",
            values_nl=f"{number(case.staff.fte)} fte; piek {number(peak_idle)} fte; samen {number(fte_months)} fte-maanden",
            values_en=f"{number(case.staff.fte, 'en')} FTE; peak {number(peak_idle, 'en')} FTE; {number(fte_months, 'en')} FTE-months in all",
            source=model,
        ),
    ]


def _now_explanations(result: Result) -> list[Explanation]:
    out = []
    for sc in result.scenarios:
        rows = [n for n in result.now if n.scenario == sc.id]
        if not rows:
            continue
        total = sum(n.subsidy_eur for n in rows)
        got = [n for n in rows if n.eligible]
        parts_nl = (
            "; ".join(f"{n.tranche}: {pct(max(n.drop, 0))} → {eur(n.subsidy_eur)}" for n in got)
            or "geen tranche met ≥ 20% omzetverlies"
        )
        parts_en = (
            "; ".join(
                f"{n.tranche}: {pct(max(n.drop, 0), 'en')} → {eur(n.subsidy_eur, 'en')}"
                for n in got
            )
            or "no tranche with a drop of 20% or more"
        )
        bases = {n.tranche: n.wage_bill_used_eur for n in rows}
        if len(set(bases.values())) == 1:
            base_nl = base_en = None
        else:  # the wage cap differs per tranche and bites
            base_nl = "; ".join(f"{k} {eur(v)}" for k, v in bases.items())
            base_en = "; ".join(f"{k} {eur(v, 'en')}" for k, v in bases.items())
        b = rows[0].wage_bill_used_eur
        out.append(
            Explanation(
                key=f"now_total:{sc.id}",
                label_nl=f"NOW-subsidie, alle tranches ({sc.label_nl})",
                label_en=f"NOW subsidy, all tranches ({sc.label_en})",
                value=total,
                unit="eur",
                formula_nl=f"per tranche A × B × maanden × (1 + opslag) × percentage, als A ≥ 20%; A = omzetdaling in het venster van de beste toegestane reeks tranches, B = loonsom (max. medewerkers × het loonplafond per tranche: {wage_cap_text('nl')})",
                formula_en=f"per tranche A × B × months × (1 + surcharge) × percentage, if A ≥ 20%; A = revenue drop in the window of the best legal chain of tranches, B = wage bill (max. employees × the wage cap per tranche: {wage_cap_text('en')})",
                values_nl=f"B = {base_nl or eur(b)}; {parts_nl}",
                values_en=f"B = {base_en or eur(b, 'en')}; {parts_en}",
                source=f"{section_ref_both(5)} (UWV, Rijksoverheid)",
            )
        )
    return out


def _exposure_explanations(result: Result) -> list[Explanation]:
    e = result.exposure
    p = result.case.purchasing.share_of_revenue
    out = []
    if e.supply_by_country:
        code, value = next(iter(e.supply_by_country.items()))
        share = value / p if p else 0.0
        out.append(
            Explanation(
                key="supply_top",
                label_nl=f"Grootste aanbodblootstelling: {country_name(code, 'nl')}",
                label_en=f"Largest supply exposure: {country_name(code, 'en')}",
                value=value,
                unit="fraction",
                formula_nl="inkoop als deel van de omzet × aandeel van het land in de inkoop (de maat van het FME-paper: het deel van de productie dat wegvalt als leveringen stoppen)",
                formula_en="purchases as a share of revenue × the country's share of purchases (the paper's measure: the share of production lost if deliveries stop)",
                values_nl=f"{pct(p)} × {pct(share)} = {pct(value)}; sector: {pct(e.benchmark_supply.get(code, 0.0))}"
                if code in e.benchmark_supply
                else f"{pct(p)} × {pct(share)} = {pct(value)}",
                values_en=f"{pct(p, 'en')} × {pct(share, 'en')} = {pct(value, 'en')}; sector: {pct(e.benchmark_supply.get(code, 0.0), 'en')}"
                if code in e.benchmark_supply
                else f"{pct(p, 'en')} × {pct(share, 'en')} = {pct(value, 'en')}",
                source=f"{SRC_PAPER}, Afhankelijkheid internationale waardeketen",
            )
        )
    for key, label_nl, label_en, value, count in (
        (
            "supplier_hhi",
            "Concentratie leverancierslanden (HHI)",
            "Supplier-country concentration (HHI)",
            e.supplier_hhi,
            len(e.supply_by_country),
        ),
        (
            "sales_hhi",
            "Concentratie afzetlanden (HHI)",
            "Sales-country concentration (HHI)",
            e.sales_hhi,
            len(e.demand_by_country),
        ),
    ):
        high = value > e.hhi_threshold
        out.append(
            Explanation(
                key=key,
                label_nl=label_nl,
                label_en=label_en,
                value=value,
                unit="index",
                formula_nl="Σ (aandeel van elk land)², aandelen herschaald naar 100%; boven 0,25 sterk geconcentreerd",
                formula_en="Σ (each country's share)², shares rescaled to 100%; above 0.25 highly concentrated",
                values_nl=f"{count} landen; HHI {number(value, 'nl', 3)}"
                + (" (sterk geconcentreerd)" if high else ""),
                values_en=f"{count} countries; HHI {number(value, 'en', 3)}"
                + (" (highly concentrated)" if high else ""),
                source=f"{section_ref_both(2)}; {SRC_PAPER}",
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
        out.append(
            Explanation(
                key=f"cash_runway:{sc.id}",
                label_nl=f"Kas raakt op ({sc.label_nl})",
                label_en=f"Cash runs out ({sc.label_en})",
                value=path.runs_out,
                unit="month",
                formula_nl="kas + Σ [omzet × (1 − inkoopaandeel) − loonsom × factor loonkosten − overige vaste lasten + NOW-voorschot]; eerste maand onder nul",
                formula_en="cash + Σ [revenue × (1 − purchases share) − wage bill × wage-cost factor − other fixed costs + NOW advance]; first month below zero",
                values_nl=f"kas {eur(f.cash_eur or 0)}; vaste lasten {eur(case.staff.monthly_wage_bill_eur * factor)} + {eur(f.other_fixed_costs_monthly_eur or 0)} per maand; laagste stand {eur(low)} in {_month(low_month, 'nl')}; op in: {_month(path.runs_out, 'nl')}",
                values_en=f"cash {eur(f.cash_eur or 0, 'en')}; fixed costs {eur(case.staff.monthly_wage_bill_eur * factor, 'en')} + {eur(f.other_fixed_costs_monthly_eur or 0, 'en')} a month; lowest balance {eur(low, 'en')} in {_month(low_month, 'en')}; runs out: {_month(path.runs_out, 'en')}",
                source=section_ref_both(7),
            )
        )
    return out


def explanations(result: Result, first_without_book: dict[str, str | None]) -> list[Explanation]:
    """``first_without_book``: per scenario, the first 20% drop had there been no order book."""
    out: list[Explanation] = []
    for sc in result.scenarios:
        out.extend(_scenario_explanations(result, sc, first_without_book[sc.id]))
    out.extend(_now_explanations(result))
    out.extend(_cash_explanations(result))
    out.extend(_exposure_explanations(result))
    return out
