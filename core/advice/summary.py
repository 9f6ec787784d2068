"""The short printed summary of ``main.py assess`` (nl/en)."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable

from core.advice.measures.context import stale_note
from core.advice.shown import shown_measures, shown_totals
from core.fmt import date, eur, number, pct
from core.months import month_name, parse_month
from core.reference.catalogue import measure
from core.reference.countries import country_name
from core.result import MeasureResult, Result

_T = {
    "nl": {
        "title": "Herstelscan — {name}",
        "exposure": "Blootstelling (levering = inkoopaandeel × landaandeel; sector volgens FME)",
        "supply": "  Levering  {country:<22} {value:>7}   sector {bench}",
        "demand": "  Vraag     {country:<22} {value:>7}   sector {bench}",
        "critical": "  Onmisbare leveranciers: {list}",
        "none": "geen",
        "hhi": "  Concentratie (HHI): leveranciers {sup}, afzet {dem}{flag}",
        "hhi_flag": "  — sterk geconcentreerd (> 0,25)",
        "scenarios": "Omzetprognose per scenario",
        "scenario": "  {label}\n    dieptepunt {trough} in {when}; eerste maand −20%: {first}; omzetverlies {loss}",
        "book": "    zonder orderportefeuille zou −20% vallen in: {first}",
        "now": "NOW per tranche (subsidie; — = geen recht, omzetverlies < 20%)",
        "never": "nooit",
        "measures": "Maatregelen in {scenario} (oordeel en bedrag volgen dit scenario)",
        "chosen": "Gekozen scenario: {label} (een ander kiest u met --scenario)",
        "now_open": "Nu aan te vragen (open op {day})",
        "nothing": "  niets",
        "total": "  Totaal waarvoor u in aanmerking komt: {parts}",
        "total_note": "  (leningen en garanties voor hetzelfde kastekort tellen één keer)",
        "later": "Later aan te vragen (het loket is nu dicht)",
        "history": "Zou in aanmerking zijn gekomen (niet meer aan te vragen)",
        "history_possible": "Was mogelijk geweest (niet meer aan te vragen)",
    },
    "en": {
        "title": "Herstelscan — {name}",
        "exposure": "Exposure (supply = purchases share × country share; sector per FME)",
        "supply": "  Supply    {country:<22} {value:>7}   sector {bench}",
        "demand": "  Demand    {country:<22} {value:>7}   sector {bench}",
        "critical": "  Critical suppliers: {list}",
        "none": "none",
        "hhi": "  Concentration (HHI): suppliers {sup}, sales {dem}{flag}",
        "hhi_flag": "  — highly concentrated (> 0.25)",
        "scenarios": "Revenue forecast per scenario",
        "scenario": "  {label}\n    trough {trough} in {when}; first month −20%: {first}; revenue lost {loss}",
        "book": "    without the order book −20% would come in: {first}",
        "now": "NOW per tranche (subsidy; — = not eligible, drop < 20%)",
        "never": "never",
        "measures": "Measures in {scenario} (verdict and amount follow this scenario)",
        "chosen": "Chosen scenario: {label} (choose another with --scenario)",
        "now_open": "Can be applied for now (open on {day})",
        "nothing": "  nothing",
        "total": "  Total you qualify for: {parts}",
        "total_note": "  (loans and guarantees for the same cash shortfall count once)",
        "later": "To apply for later (closed today)",
        "history": "Would have been eligible (can no longer be applied for)",
        "history_possible": "Would have been possible (can no longer be applied for)",
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


KIND_WORDS = {
    "nl": {
        "subsidy": "subsidie",
        "tax_credit": "belastingvoordeel",
        "loan": "lening",
        "guarantee": "krediet (deels door de Staat gegarandeerd)",
        "insurance": "verzekerde waarde",
        "deferral": "uitstel",
        "benefit": "uitkering",
    },
    "en": {
        "subsidy": "subsidy",
        "tax_credit": "tax credit",
        "loan": "loan",
        "guarantee": "credit (partly guaranteed by the State)",
        "insurance": "insured value",
        "deferral": "deferral",
        "benefit": "benefit",
    },
}
PER_WORDS = {
    "nl": {"once": "", "year": " per jaar", "study_year": " per studiejaar", "month": " per maand"},
    "en": {"once": "", "year": " a year", "study_year": " a study year", "month": " a month"},
}


def amount_text(m: MeasureResult, lang: str) -> str:
    """``€ 10.800 subsidie per studiejaar``: the amount with what kind of money it is."""
    if m.amount_eur is None or m.kind is None:
        return ""
    per = PER_WORDS[lang].get(m.per or "once", "")
    if m.kind == "guarantee" and m.guaranteed_eur is not None:
        # The loan and the State's part apart: BMKB guarantees 90% of half the loan.
        return (
            f"{eur(m.amount_eur, lang)} krediet, waarvan {eur(m.guaranteed_eur, lang)} door de Staat gegarandeerd"
            if lang == "nl"
            else f"{eur(m.amount_eur, lang)} credit, of which {eur(m.guaranteed_eur, lang)} guaranteed by the State"
        )
    return f"{eur(m.amount_eur, lang)} {KIND_WORDS[lang][m.kind]}{per}"


def total_label(key: str, lang: str) -> str:
    """``subsidie``, or ``subsidie per studiejaar`` for a kind keyed ``kind/per``."""
    kind, _, per = key.partition("/")
    return KIND_WORDS[lang][kind] + (PER_WORDS[lang].get(per, "") if per else "")


def totals_text(by_kind: dict[str, float], lang: str) -> str:
    return "; ".join(f"{total_label(k, lang)} {eur(v, lang)}" for k, v in by_kind.items())


def _measure_line(m: MeasureResult, lang: str) -> str:
    amount = amount_text(m, lang)
    reason = m.reasons(lang)[0] if m.reasons(lang) else ""
    return f"    {measure(m.id).name(lang)}{' — ' + amount if amount else ''}: {reason}"


def _month(label: str | None, lang: str) -> str:
    return month_name(parse_month(label), lang) if label else _T[lang]["never"]


def summary_lines(result: Result, lang: str = "nl") -> list[str]:
    t = _T[lang]
    e = result.exposure
    lines = [t["title"].format(name=result.case.company.name), ""]
    if result.answer:
        # "€ 13.062.500" stays on one line: wrap with the space after € held fast.
        for point in result.answer[lang].split("\n"):
            held = point.replace("€ ", "€\u00a0")
            lines += [line.replace("€\u00a0", "€ ") for line in textwrap.wrap(held, 88)]
        lines.append("")
    lines.append(t["exposure"])
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
        chosen = result.forecast(result.scenario)
        short = chosen.label(lang).split(" — ")[0]
        day = dt.date.fromisoformat(result.generated_on) if result.generated_on else None
        lines += ["", t["chosen"].format(label=chosen.label(lang))]
        lines += ["", t["now_open"].format(day=date(day, lang) if day else "")]
        old = stale_note(result.catalogue_as_of, day, lang) if day else None
        if old:
            lines += ["  " + x for x in textwrap.wrap(old, 86)]
        shown = shown_measures(result)  # amounts as the app and the workbook show them
        open_now = [m for m in shown if m.claimable_now]
        lines += [_measure_line(m, lang) for m in open_now] or [t["nothing"]]
        now_totals = shown_totals(result).get("claimable_now", {})
        if now_totals:
            lines.append(t["total"].format(parts=totals_text(now_totals, lang)))
            if sum(m.alternatives is not None and m.amount_eur is not None for m in open_now) > 1:
                lines.append(t["total_note"])
        lines += ["", t["measures"].format(scenario=short)]
        groups: list[tuple[str, Callable[[MeasureResult], bool]]] = [
            (_VERDICT[lang]["eligible"], lambda m: m.verdict == "eligible" and m.claimable_now),
            (_VERDICT[lang]["possible"], lambda m: m.verdict == "possible" and m.claimable_now),
            (t["later"], lambda m: m.verdict in ("eligible", "possible") and _later(m)),
            (t["history"], lambda m: m.verdict == "eligible" and _past(m)),
            (t["history_possible"], lambda m: m.verdict == "possible" and _past(m)),
            (_VERDICT[lang]["proposal"], lambda m: m.verdict == "proposal"),
            (_VERDICT[lang]["not_eligible"], lambda m: m.verdict == "not_eligible"),
        ]
        for title, wanted in groups:
            rows = [m for m in shown if wanted(m)]
            if rows:
                lines.append(f"  {title}:")
                lines += [_measure_line(m, lang) for m in rows]
                lines += _alternatives_note(rows, lang)
    return lines


def _later(m: MeasureResult) -> bool:
    """Closed on the assessment day, but its application window opens later."""
    return not m.claimable_now and m.apply_from is not None


def _past(m: MeasureResult) -> bool:
    return not m.claimable_now and m.apply_from is None


def _alternatives_note(rows: list[MeasureResult], lang: str) -> list[str]:
    """ "een van: BMKB, KKC, Qredits": measures that answer the same need, counted once."""
    groups: dict[str, list[str]] = {}
    for m in rows:
        if m.alternatives and m.amount_eur:
            groups.setdefault(m.alternatives, []).append(measure(m.id).name(lang).split(" (")[0])
    out = []
    for names in groups.values():
        if len(names) > 1:
            joined = ", ".join(names)
            out.append(
                f"    → één van: {joined} (voor hetzelfde kastekort; telt één keer)"
                if lang == "nl"
                else f"    → one of: {joined} (for the same cash shortfall; counted once)"
            )
    return out
