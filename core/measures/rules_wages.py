"""Measures for wage costs and idle staff: NOW, WTV, deeltijd-WW, KWR."""

from __future__ import annotations

from core.catalogue import measure
from core.fmt import eur, number, pct
from core.measures.context import (
    ELIGIBLE,
    NOT_ELIGIBLE,
    POSSIBLE,
    PROPOSAL,
    Context,
    Verdict,
    outside_horizon,
    per_scenario,
    result,
)
from core.months import month_range_name, month_start, parse_month
from core.result import MeasureResult

NEAR_MISS = 0.05  # a drop within 5 points of a threshold is reported as a near miss


def _now_scenario(ctx: Context, sid: str) -> Verdict:
    rows = [n for n in ctx.now if n.scenario == sid]
    got = [n for n in rows if n.eligible]
    if got:
        v = Verdict(ELIGIBLE, sum(n.subsidy_eur for n in got))
        for n in got:
            v.say(
                f"{n.tranche}: {n.reason_nl} → {eur(n.subsidy_eur)} (voorschot {eur(n.advance_eur)})",
                f"{n.tranche}: {n.reason_en} → {eur(n.subsidy_eur, 'en')} (advance {eur(n.advance_eur, 'en')})",
            )
        return v
    v = Verdict(NOT_ELIGIBLE, 0.0)
    near = [n for n in rows if n.drop >= 0.20 - NEAR_MISS]
    for n in near or sorted(rows, key=lambda n: -n.drop)[:1]:
        v.say(f"{n.tranche}: {n.reason_nl}", f"{n.tranche}: {n.reason_en}")
    return v


def _repayment_advice(ctx: Context) -> tuple[str, str] | None:
    """Which drop to apply with: the central scenario's, not the worst case's."""
    central = [n for n in ctx.now if n.scenario == ctx.central]
    if not central:
        return None
    best = max(central, key=lambda n: n.subsidy_eur)
    same = [n for n in ctx.now if n.tranche == best.tranche]
    lo, hi = min(n.subsidy_eur for n in same), max(n.subsidy_eur for n in same)
    worst = max(same, key=lambda n: n.drop)
    if hi <= 0:
        return None
    repay = max(0.0, worst.advance_eur - best.subsidy_eur)
    return (
        f"spreiding {best.tranche} over de scenario's: {eur(lo)} – {eur(hi)}. Vraag aan met het omzetverlies van scenario II ({pct(max(best.drop, 0))}), niet het zwaarste ({pct(max(worst.drop, 0))}): wie te hoog schat, betaalt terug (bij een voorschot op basis van het zwaarste scenario en uitkomst volgens scenario II: {eur(repay)} terugbetalen). Bij NOW-1 moest 63% van de eerste verwerkte vaststellingen terugbetalen; bij NOW-2 schatten werkgevers hun omzetverlies volgens UWV vaak te hoog in.",
        f"spread of {best.tranche} across the scenarios: {eur(lo, 'en')} – {eur(hi, 'en')}. Apply with scenario II's drop ({pct(max(best.drop, 0), 'en')}), not the worst case ({pct(max(worst.drop, 0), 'en')}): over-estimating means repaying (an advance on the worst case with an outcome as in scenario II means repaying {eur(repay, 'en')}). Under NOW-1, 63% of the first final assessments had to repay; under NOW-2, UWV reports that employers often over-estimated their drop.",
    )


def rule_now(ctx: Context) -> MeasureResult:
    m = measure("now")
    out = outside_horizon(ctx, m)
    if out is not None:
        return result("now", out)
    if not ctx.now:
        return result(
            "now",
            Verdict(NOT_ELIGIBLE).say(
                "geen NOW-tranche valt binnen de periode van dit scenario",
                "no NOW tranche falls inside this scenario's period",
            ),
        )
    summary, verdicts = per_scenario(ctx, lambda sid: _now_scenario(ctx, sid))
    advice = _repayment_advice(ctx)
    if advice:
        summary.say(*advice)
    if ctx.case.order_book_months > 3:
        summary.say(
            f"uw orderportefeuille van {number(ctx.case.order_book_months)} maanden stelt de omzetdaling uit, waardoor NOW-1 (mrt–mei 2020) vaak te vroeg komt: precies waarom FME om een NOW 2.0 vroeg",
            f"your order book of {number(ctx.case.order_book_months, 'en')} months delays the drop, so NOW-1 (Mar–May 2020) often comes too early: exactly why FME asked for a NOW 2.0",
        )
    return result("now", summary, by_scenario=verdicts)


def _wtv_scenario(ctx: Context, sid: str, threshold: float) -> Verdict:
    months = ctx.months_with_drop(sid, threshold)
    open_from = measure("wtv").valid_from
    if open_from is not None:
        months = [mo for mo in months if month_start(parse_month(mo)) >= open_from]
    if not months:
        return Verdict(NOT_ELIGIBLE).say(
            f"geen maand met ≥ {pct(threshold)} minder werk waarin WTV openstond",
            f"no month with ≥ {pct(threshold, 'en')} less work while WTV was open",
        )
    first, last = parse_month(months[0]), parse_month(months[-1])
    return Verdict(POSSIBLE).say(
        f"{len(months)} maand(en) met ≥ {pct(threshold)} minder werk ({month_range_name(first, last)}); UWV beoordeelt of er een calamiteit buiten het normale ondernemersrisico is — een economische terugval is dat niet",
        f"{len(months)} month(s) with ≥ {pct(threshold, 'en')} less work ({month_range_name(first, last, 'en')}); UWV decides whether it is a calamity outside normal business risk — an economic downturn is not",
    )


def rule_wtv(ctx: Context) -> MeasureResult:
    m = measure("wtv")
    out = outside_horizon(ctx, m)
    if out is not None:
        return result("wtv", out)
    threshold = m.number("min_work_reduction_pct")
    summary, verdicts = per_scenario(ctx, lambda sid: _wtv_scenario(ctx, sid, threshold))
    if m.valid_from and m.valid_from > ctx.start:
        summary.say(
            f"WTV was buiten werking tot {m.valid_from.isoformat()} (de NOW verving haar)",
            f"WTV was suspended until {m.valid_from.isoformat()} (NOW replaced it)",
        )
    return result("wtv", summary, by_scenario=verdicts)


def _idle_wage_bill(ctx: Context, sid: str, months: int, share: float) -> float:
    """What a wage subsidy of ``share`` over unworked hours would pay in the worst
    ``months`` consecutive months: idle share × wage bill × share."""
    sc = next(s for s in ctx.scenarios if s.id == sid)
    idle = [max(0.0, 1.0 - y) for y in sc.revenue_index]
    best = max(sum(idle[i : i + months]) for i in range(max(1, len(idle) - months + 1)))
    return best * ctx.case.staff.monthly_wage_bill_eur * share


def rule_deeltijd_ww(ctx: Context) -> MeasureResult:
    m = measure("deeltijd_ww")
    threshold = m.number("min_work_reduction_pct")
    months = int(m.number("max_duration_months"))
    share = m.number("wage_subsidy_pct")
    hits = ctx.months_with_drop(ctx.central, threshold)
    v = Verdict(PROPOSAL)
    v.say(
        "voorstel, geen recht: FME vraagt een permanente deeltijd-WW voor crises; het wetsvoorstel Wet personeelsbehoud bij crisis (Tweede Kamer 36940) gaat op zijn vroegst in op 1 januari 2029",
        "proposal, no entitlement: FME asks for a permanent part-time unemployment scheme for crises; the Wpc bill (Tweede Kamer 36940) starts on 1 January 2029 at the earliest",
    )
    if hits:
        indicative = _idle_wage_bill(ctx, ctx.central, months, share)
        v.say(
            f"indicatief, als deze regeling had bestaan: {len(hits)} maand(en) met ≥ {pct(threshold)} minder werk in scenario II; {pct(share)} van het SV-loon over niet-gewerkte uren in de {months} zwaarste maanden ≈ {eur(indicative)}",
            f"indicative, had this scheme existed: {len(hits)} month(s) with ≥ {pct(threshold, 'en')} less work in scenario II; {pct(share, 'en')} of SV-loon over unworked hours in the worst {months} months ≈ {eur(indicative, 'en')}",
        )
    else:
        v.say(
            f"in scenario II geen maand met ≥ {pct(threshold)} minder werk",
            f"no month with ≥ {pct(threshold, 'en')} less work in scenario II",
        )
    return result("deeltijd_ww", v)


def rule_kwr(ctx: Context) -> MeasureResult:
    m = measure("kwr")
    rd = ctx.case.staff.rd_staff
    if rd == 0:
        return result(
            "kwr", Verdict(NOT_ELIGIBLE).say("geen R&D-medewerkers opgegeven", "no R&D staff given")
        )
    v = Verdict(PROPOSAL).say(
        f"voorstel, geen recht: FME vraagt de Kenniswerkersregeling (2009–2010) terug, waarbij de staat {pct(m.number('wage_cost_share_pct'))} van de loonkosten betaalt van R&D-medewerkers die tijdelijk bij een kennisinstelling werken; u heeft {rd} R&D-medewerker(s)",
        f"proposal, no entitlement: FME asks to bring back the Kenniswerkersregeling (2009–2010), with the state paying {pct(m.number('wage_cost_share_pct'), 'en')} of the wage costs of R&D staff seconded to a research organisation; you have {rd} R&D staff",
    )
    return result("kwr", v)
