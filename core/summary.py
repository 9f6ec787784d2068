"""The short printed summary of ``main.py assess`` (nl/en)."""

from __future__ import annotations

from core.catalogue import measure
from core.countries import country_name
from core.fmt import eur, number, pct
from core.months import month_name, parse_month
from core.result import Result

_T = {
    "nl": {
        "title": "Herstelscan — {name}",
        "exposure": "Blootstelling (aanbod = inkoopaandeel × landaandeel; sector volgens FME)",
        "supply": "  Aanbod  {country:<22} {value:>7}   sector {bench}",
        "demand": "  Afzet   {country:<22} {value:>7}   sector {bench}",
        "critical": "  Onmisbare leveranciers: {list}",
        "none": "geen",
        "hhi": "  Concentratie (HHI): leveranciers {sup}, afzet {dem}{flag}",
        "hhi_flag": "  — sterk geconcentreerd (> 0,25)",
        "scenarios": "Omzetprognose per scenario",
        "scenario": "  {label}\n    dieptepunt {trough} in {when}; eerste maand −20%: {first}; omzetverlies {loss}",
        "book": "    zonder orderportefeuille zou −20% vallen in: {first}",
        "now": "NOW per tranche (subsidie; — = geen recht, omzetverlies < 20%)",
        "never": "nooit",
        "measures": "Maatregelen",
    },
    "en": {
        "title": "Herstelscan — {name}",
        "exposure": "Exposure (supply = purchases share × country share; sector per FME)",
        "supply": "  Supply  {country:<22} {value:>7}   sector {bench}",
        "demand": "  Sales   {country:<22} {value:>7}   sector {bench}",
        "critical": "  Critical suppliers: {list}",
        "none": "none",
        "hhi": "  Concentration (HHI): suppliers {sup}, sales {dem}{flag}",
        "hhi_flag": "  — highly concentrated (> 0.25)",
        "scenarios": "Revenue forecast per scenario",
        "scenario": "  {label}\n    trough {trough} in {when}; first month −20%: {first}; revenue lost {loss}",
        "book": "    without the order book −20% would come in: {first}",
        "now": "NOW per tranche (subsidy; — = not eligible, drop < 20%)",
        "never": "never",
        "measures": "Measures",
    },
}

_VERDICT = {
    "nl": {
        "eligible": "Komt in aanmerking",
        "possible": "Mogelijk",
        "not_eligible": "Niet van toepassing",
        "proposal": "Voorstel (geen recht)",
    },
    "en": {
        "eligible": "Eligible",
        "possible": "Possible",
        "not_eligible": "Not eligible",
        "proposal": "Proposal (no entitlement)",
    },
}


def _month(label: str | None, lang: str) -> str:
    return month_name(parse_month(label), lang) if label else _T[lang]["never"]


def summary_lines(result: Result, lang: str = "nl") -> list[str]:
    t = _T[lang]
    e = result.exposure
    lines = [t["title"].format(name=result.case.company.name), "", t["exposure"]]
    for code, value in list(e.supply_by_country.items())[:4]:
        bench = pct(e.benchmark_supply[code], lang) if code in e.benchmark_supply else "–"
        lines.append(
            t["supply"].format(
                country=country_name(code, lang), value=pct(value, lang), bench=bench
            )
        )
    for code, value in list(e.demand_by_country.items())[:4]:
        bench = pct(e.benchmark_demand[code], lang) if code in e.benchmark_demand else "–"
        lines.append(
            t["demand"].format(
                country=country_name(code, lang), value=pct(value, lang), bench=bench
            )
        )
    crit = ", ".join(country_name(c, lang) for c in e.critical_countries) or t["none"]
    lines.append(t["critical"].format(list=crit))
    flag = t["hhi_flag"] if max(e.supplier_hhi, e.sales_hhi) > e.hhi_threshold else ""
    lines.append(
        t["hhi"].format(
            sup=number(e.supplier_hhi, lang, 2), dem=number(e.sales_hhi, lang, 2), flag=flag
        )
    )
    lines += ["", t["scenarios"]]
    for sc in result.scenarios:
        lines.append(
            t["scenario"].format(
                label=sc.label(lang),
                trough=pct(sc.trough_index, lang),
                when=_month(sc.trough_month, lang),
                first=_month(sc.first_month_drop_20pct, lang),
                loss=eur(sc.revenue_loss_eur, lang),
            )
        )
        alt = next((x for x in result.explanations if x.key == f"first_drop:{sc.id}"), None)
        if alt is not None and result.case.order_book_months > 0:
            lines.append("    " + alt.values(lang))
    if result.now:
        lines += ["", t["now"]]
        ids = [s.id for s in result.scenarios]
        lines.append("  " + " " * 9 + "".join(f"{i:>14}" for i in ids))
        for tranche in dict.fromkeys(n.tranche for n in result.now):
            cells = []
            for sid in ids:
                row = next(n for n in result.now if n.tranche == tranche and n.scenario == sid)
                cells.append(f"{eur(row.subsidy_eur, lang) if row.eligible else '—':>14}")
            lines.append(f"  {tranche:<9}" + "".join(cells))
    if result.measures:
        lines += ["", t["measures"]]
        for verdict in ("eligible", "possible", "proposal", "not_eligible"):
            rows = [m for m in result.measures if m.verdict == verdict]
            if not rows:
                continue
            lines.append(f"  {_VERDICT[lang][verdict]}:")
            for m in rows:
                amount = f" — {eur(m.amount_eur, lang)}" if m.amount_eur else ""
                reason = m.reasons(lang)[0] if m.reasons(lang) else ""
                lines.append(f"    {measure(m.id).name(lang)}{amount}: {reason}")
    return lines
