"""Measures for wage costs and idle staff: NOW, WTV, deeltijd-WW, KWR."""

from __future__ import annotations

from core.advice.measures.context import (
    ELIGIBLE,
    NOT_ELIGIBLE,
    POSSIBLE,
    PROPOSAL,
    Context,
    Verdict,
    open_in_month,
    outside_horizon,
    outside_window,
    per_scenario,
    result,
)
from core.fmt import eur, number, pct
from core.months import month_of, month_range_name, parse_month
from core.reference.catalogue import measure
from core.reference.method import section_ref
from core.result import MeasureResult

NEAR_MISS = 0.05  # a drop within 5 points of a threshold is reported as a near miss


def _now_scenario(ctx: Context, sid: str) -> Verdict:
    rows = [n for n in ctx.now if n.scenario == sid]
    got = [n for n in rows if n.eligible]
    if got:
        v = Verdict(ELIGIBLE, sum(n.subsidy_eur for n in got), need_month=got[0].window[0])
        for n in got:
            v.say(
                f"{n.tranche}: {n.reason_nl} → {eur(n.subsidy_eur)} (voorschot {eur(n.advance_eur)})",
                f"{n.tranche}: {n.reason_en} → {eur(n.subsidy_eur, 'en')} (advance {eur(n.advance_eur, 'en')})",
            )
        return v
    v = Verdict(NOT_ELIGIBLE)
    near = [n for n in rows if n.drop >= 0.20 - NEAR_MISS]
    for n in near or sorted(rows, key=lambda n: -n.drop)[:1]:
        v.say(f"{n.tranche}: {n.reason_nl}", f"{n.tranche}: {n.reason_en}")
    return v


def _repayment_advice(ctx: Context) -> tuple[str, str] | None:
    """Apply with the drop you expect: an advance on a worse scenario is paid back."""
    chosen = [n for n in ctx.now if n.scenario == ctx.chosen and n.eligible]
    if not chosen:
        return None
    best = max(chosen, key=lambda n: n.subsidy_eur)
    same = [n for n in ctx.now if n.tranche == best.tranche]
    worst = max(same, key=lambda n: n.advance_eur)
    repay = max(0.0, worst.advance_eur - best.subsidy_eur)
    if worst.scenario == ctx.chosen or repay < 1:
        return None
    w_nl, w_en = ctx.name(worst.scenario), ctx.name(worst.scenario, "en")
    c_nl, c_en = ctx.name(ctx.chosen), ctx.name(ctx.chosen, "en")
    return (
        f"vraag aan met het omzetverlies dat u verwacht: wie {best.tranche} aanvraagt met het verlies van {w_nl} ({pct(max(worst.drop, 0))}) en uitkomt op {c_nl} ({pct(max(best.drop, 0))}), krijgt {eur(worst.advance_eur)} voorschot en betaalt {eur(repay)} terug",
        f"apply with the drop you expect: applying for {best.tranche} with the drop of {w_en} ({pct(max(worst.drop, 0), 'en')}) and ending up as in {c_en} ({pct(max(best.drop, 0), 'en')}) means an advance of {eur(worst.advance_eur, 'en')} and repaying {eur(repay, 'en')}",
    )


def _too_early(ctx: Context) -> tuple[str, str] | None:
    """NOW-1 came too early for this company: its order book delayed the drop."""
    rows = [n for n in ctx.now if n.scenario == ctx.chosen]
    first = next((n for n in rows if n.tranche == "NOW-1"), None)
    later = [n for n in rows if n.eligible and n.tranche != "NOW-1"]
    if first is None or first.eligible or not later or ctx.case.order_book_months <= 0:
        return None
    a, b = parse_month(first.window[0]), parse_month(first.window[1])
    months = number(ctx.case.order_book_months)
    return (
        f"NOW-1 ({month_range_name(a, b)}) kwam voor u te vroeg: uw orderportefeuille van {months} maanden stelde de omzetdaling uit tot {later[0].tranche}; precies waarom FME om een NOW 2.0 vroeg",
        f"NOW-1 ({month_range_name(a, b, 'en')}) came too early for you: your order book of {number(ctx.case.order_book_months, 'en')} months delayed the drop until {later[0].tranche}; exactly why FME asked for a NOW 2.0",
    )


def rule_now(ctx: Context) -> MeasureResult:
    m = measure("now")
    out = outside_horizon(ctx, m)
    if out is not None:
        return result(ctx, "now", out)
    if not ctx.now:
        return result(
            ctx,
            "now",
            Verdict(NOT_ELIGIBLE).say(
                "geen NOW-tranche valt binnen de periode van dit scenario",
                "no NOW tranche falls inside this scenario's period",
            ),
        )
    chosen, verdicts = per_scenario(ctx, lambda sid: _now_scenario(ctx, sid))
    for extra in (_repayment_advice(ctx), _too_early(ctx)):
        if extra:
            chosen.say(*extra)
    return result(ctx, "now", chosen, by_scenario=verdicts)


def _wtv_scenario(ctx: Context, sid: str, threshold: float) -> Verdict:
    wtv = measure("wtv")
    months = ctx.months_with_drop(sid, threshold)
    if not months:
        return Verdict(NOT_ELIGIBLE).say(
            f"geen maand met ≥ {pct(threshold)} minder werk",
            f"no month with ≥ {pct(threshold, 'en')} less work",
        )
    open_months = [mo for mo in months if open_in_month(wtv, mo)]
    if not open_months:
        late = outside_window(
            wtv,
            "WTV",
            months[0],
            f"uw werkvermindering van ≥ {pct(threshold)}",
            f"your work reduction of ≥ {pct(threshold, 'en')}",
            ctx.today,
        )
        assert late is not None
        return late
    # Regeling calamiteiten WW, art. 1.2(2): at most 24 consecutive weeks, for a fall in
    # activity through extraordinary circumstances "niet zijnde economisch of
    # bedrijfseconomisch van aard". A fall in demand is economic; in the scenarios only
    # the months under contact restrictions are such a circumstance.
    max_weeks = wtv.number("max_weeks")
    sc = ctx.forecast(sid)
    run = _longest_run(open_months)
    weeks = len(run) * 52 / 12
    first, last = parse_month(run[0]), parse_month(run[-1])
    span_nl, span_en = month_range_name(first, last), month_range_name(first, last, "en")
    if weeks > max_weeks:
        return Verdict(NOT_ELIGIBLE, need_month=run[0]).say(
            f"de werkvermindering van ≥ {pct(threshold)} duurt naar verwachting {len(run)} maanden ({span_nl}), langer dan de {int(max_weeks)} aaneengesloten weken van de Regeling calamiteiten WW (art. 1.2): dan geeft de minister geen ontheffing",
            f"the work reduction of ≥ {pct(threshold, 'en')} is expected to last {len(run)} months ({span_en}), longer than the {int(max_weeks)} consecutive weeks of the Regeling calamiteiten WW (art. 1.2): no exemption is then given",
        )
    if sc.kind == "stress":
        return _wtv_stress(ctx, sid, threshold, run, span_nl, span_en, int(max_weeks))
    restricted = set(sc.restriction_months)
    calamity = [mo for mo in run if mo in restricted]
    if not calamity:
        return Verdict(NOT_ELIGIBLE, need_month=run[0]).say(
            f"de werkvermindering in {span_nl} komt in {ctx.name(sid)} door minder vraag, een oorzaak van economische aard: die sluit de Regeling calamiteiten WW (art. 1.2) uit",
            f"the work reduction in {span_en} comes in {ctx.name(sid, 'en')} from lower demand, a cause of an economic nature: the Regeling calamiteiten WW (art. 1.2) excludes it",
        )
    n = len(run)
    # Months still to come (a crisis starting now) are "open", past ones "was open".
    ahead = last >= month_of(ctx.today)
    open_nl, open_en = ("openstaat", "is open") if ahead else ("openstond", "was open")
    return Verdict(POSSIBLE, need_month=run[0]).say(
        f"{n} {'maand' if n == 1 else 'maanden'} met ≥ {pct(threshold)} minder werk terwijl WTV {open_nl} ({span_nl}), korter dan {int(max_weeks)} weken en in maanden met contactbeperkingen; UWV en de minister beoordelen of dat een calamiteit buiten het normale ondernemersrisico is — een economische terugval is dat niet",
        f"{n} {'month' if n == 1 else 'months'} with ≥ {pct(threshold, 'en')} less work while WTV {open_en} ({span_en}), shorter than {int(max_weeks)} weeks and in months under contact restrictions; UWV and the minister decide whether that is a calamity outside normal business risk — an economic downturn is not",
    )


def _wtv_stress(
    ctx: Context,
    sid: str,
    threshold: float,
    run: list[str],
    span_nl: str,
    span_en: str,
    max_weeks: int,
) -> Verdict:
    """WTV in a stress test (issue 17; Methode, § 9). Less work from failed deliveries
    (capacity down by at least the threshold) may be a calamity: no source decides
    whether UWV and the minister count a foreign export stop as an extraordinary
    circumstance outside normal business risk (nothing was found from either on the chip
    shortages of 2021-2022 or on Nexperia in 2025), so it stays "possible" with that
    reason. Less work from lost orders is economic in nature and excluded."""
    sc = ctx.forecast(sid)
    cap = dict(zip(sc.months, sc.capacity_index, strict=True))
    supply = [mo for mo in run if 1.0 - cap[mo] >= threshold - 1e-9]
    if not supply:
        return Verdict(NOT_ELIGIBLE, need_month=run[0]).say(
            f"de werkvermindering in {span_nl} komt in {ctx.name(sid)} door minder orders, een oorzaak van economische aard: die sluit de Regeling calamiteiten WW (art. 1.2) uit",
            f"the work reduction in {span_en} comes in {ctx.name(sid, 'en')} from fewer orders, a cause of an economic nature: the Regeling calamiteiten WW (art. 1.2) excludes it",
        )
    first, last = parse_month(supply[0]), parse_month(supply[-1])
    n = len(supply)
    ref_nl, ref_en = section_ref(9, "nl"), section_ref(9, "en")
    return Verdict(POSSIBLE, need_month=supply[0]).say(
        f"{n} {'maand' if n == 1 else 'maanden'} ({month_range_name(first, last)}) met ≥ {pct(threshold)} minder werk doordat leveringen uitblijven, korter dan {max_weeks} weken; de minister geeft ontheffing bij een buitengewone omstandigheid die in redelijkheid niet tot het normale ondernemersrisico behoort (Beleidsregels ontheffing verbod op werktijdverkorting 2004). Of een buitenlandse exportstop zo'n omstandigheid is, beslist geen bron die wij vonden: niets van UWV of de minister over de chiptekorten van 2021–2022 of over Nexperia in 2025 ({ref_nl}); daarom mogelijk, vraag het aan zodra de leveringen uitblijven",
        f"{n} {'month' if n == 1 else 'months'} ({month_range_name(first, last, 'en')}) with ≥ {pct(threshold, 'en')} less work because deliveries fail, shorter than {max_weeks} weeks; the minister grants an exemption for an extraordinary circumstance that cannot reasonably be counted as normal business risk (the minister's policy rules for WTV exemptions of 2004). Whether a foreign export stop is such a circumstance, no source we found decides: nothing from UWV or the minister on the chip shortages of 2021–2022 or on Nexperia in 2025 ({ref_en}); hence possible, apply as soon as deliveries fail",
    )


def _longest_run(months: list[str]) -> list[str]:
    """The longest run of consecutive months ("YYYY-MM"), the first one on a tie."""
    best: list[str] = []
    cur: list[str] = []
    for mo in months:
        if cur and parse_month(mo) != parse_month(cur[-1]) + 1:
            cur = []
        cur.append(mo)
        if len(cur) > len(best):
            best = list(cur)
    return best


def rule_wtv(ctx: Context) -> MeasureResult:
    m = measure("wtv")
    out = outside_horizon(ctx, m)
    if out is not None:
        return result(ctx, "wtv", out)
    threshold = m.number("min_work_reduction_pct")
    chosen, verdicts = per_scenario(ctx, lambda sid: _wtv_scenario(ctx, sid, threshold))
    return result(ctx, "wtv", chosen, by_scenario=verdicts)


def _idle_wage_bill(ctx: Context, sid: str, months: int, share: float) -> float:
    """What a wage subsidy of ``share`` over unworked hours would pay in the worst
    ``months`` consecutive months: idle share × wage bill × share."""
    sc = ctx.forecast(sid)
    idle = [max(0.0, 1.0 - y) for y in sc.revenue_index]
    best = max(sum(idle[i : i + months]) for i in range(max(1, len(idle) - months + 1)))
    return best * ctx.case.staff.monthly_wage_bill_eur * share


def rule_deeltijd_ww(ctx: Context) -> MeasureResult:
    m = measure("deeltijd_ww")
    threshold = m.number("min_work_reduction_pct")
    months = int(m.number("max_duration_months"))
    share = m.number("wage_subsidy_pct")
    hits = ctx.months_with_drop(ctx.chosen, threshold)
    name_nl, name_en = ctx.name(ctx.chosen), ctx.name(ctx.chosen, "en")
    v = Verdict(PROPOSAL)
    v.say(
        "voorstel, geen recht: FME vraagt een permanente deeltijd-WW voor crises; het wetsvoorstel Wet personeelsbehoud bij crisis (Tweede Kamer 36940) gaat op zijn vroegst in op 1 januari 2029",
        "proposal, no entitlement: FME asks for a permanent part-time unemployment scheme for crises; the Wpc bill (Tweede Kamer 36940) starts on 1 January 2029 at the earliest",
    )
    if hits:
        indicative = _idle_wage_bill(ctx, ctx.chosen, months, share)
        n = len(hits)
        v.amount = indicative
        v.need_month = hits[0]
        v.say(
            f"indicatief, als deze regeling had bestaan: {n} {'maand' if n == 1 else 'maanden'} met ≥ {pct(threshold)} minder werk in {name_nl}; {pct(share)} van de loonkosten over niet-gewerkte uren in de {months} zwaarste maanden ≈ {eur(indicative)}; alleen bij een crisis buiten het normale ondernemersrisico (pandemie, oorlog, natuurramp): een daling van de vraag zou niet kwalificeren",
            f"indicative, had this scheme existed: {n} {'month' if n == 1 else 'months'} with ≥ {pct(threshold, 'en')} less work in {name_en}; {pct(share, 'en')} of the wage costs over unworked hours in the worst {months} months ≈ {eur(indicative, 'en')}; only in a crisis outside normal business risk (pandemic, war, natural disaster): a fall in demand would not qualify",
        )
    else:
        v.say(
            f"in {name_nl} geen maand met ≥ {pct(threshold)} minder werk",
            f"no month with ≥ {pct(threshold, 'en')} less work in {name_en}",
        )
    return result(ctx, "deeltijd_ww", v)


def rule_kwr(ctx: Context) -> MeasureResult:
    m = measure("kwr")
    rd = ctx.case.staff.rd_staff
    if rd == 0:
        return result(
            ctx,
            "kwr",
            Verdict(NOT_ELIGIBLE).say("geen R&D-medewerkers opgegeven", "no R&D staff given"),
        )
    v = Verdict(PROPOSAL).say(
        f"voorstel, geen recht: FME vraagt de Kenniswerkersregeling (2009–2010) terug, waarbij de staat {pct(m.number('wage_cost_share_pct'))} van de loonkosten betaalt van R&D-medewerkers die tijdelijk bij een kennisinstelling werken; u heeft {rd} R&D-{'medewerker' if rd == 1 else 'medewerkers'}",
        f"proposal, no entitlement: FME asks to bring back the Kenniswerkersregeling (2009–2010), with the state paying {pct(m.number('wage_cost_share_pct'), 'en')} of the wage costs of R&D staff seconded to a research organisation; you have {rd} R&D staff",
    )
    return result(ctx, "kwr", v)
