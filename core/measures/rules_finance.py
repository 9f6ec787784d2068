"""Liquidity measures: guarantees and loans sized by the cash gap, tax deferral,
TOGS/TVL, and BL-borgstelling (an FME proposal for Agri & Food technology firms)."""

from __future__ import annotations

from core.catalogue import Measure, Variant, measure
from core.fmt import eur, number, pct
from core.measures.context import (
    ELIGIBLE,
    NOT_ELIGIBLE,
    POSSIBLE,
    PROPOSAL,
    Context,
    Verdict,
    no_cash_inputs,
    outside_horizon,
    per_scenario,
    result,
)
from core.months import month_name, parse_month
from core.result import MeasureResult


def _active_variant(ctx: Context, m: Measure) -> Variant | None:
    """The corona variant where it applies in the horizon, else the regular one."""
    active = m.active_variants(ctx.start, ctx.end)
    historic = [v for v in active if v.status == "historical"]
    candidates = historic or list(active)
    return candidates[0] if candidates else None


def _gap_text(ctx: Context, sid: str, gap: float) -> tuple[str, str]:
    path = ctx.cash[sid]
    when = parse_month(path.runs_out) if path.runs_out else None
    if when is None:
        return ("de kas blijft in dit scenario positief", "cash stays positive in this scenario")
    return (
        f"de kas raakt op in {month_name(when)}; grootste tekort {eur(gap)}",
        f"cash runs out in {month_name(when, 'en')}; largest shortfall {eur(gap, 'en')}",
    )


def _is_sme(ctx: Context, v: Variant | None) -> tuple[bool, str, str]:
    fte, revenue = ctx.case.staff.fte, ctx.case.company.annual_revenue_eur
    params = v.parameters if v is not None else {}
    max_fte = float(params.get("max_fte", 250))  # type: ignore[arg-type]
    max_rev = float(params.get("max_revenue_eur", 50_000_000))  # type: ignore[arg-type]
    ok = fte <= max_fte and revenue <= max_rev
    return (
        ok,
        f"{'mkb' if ok else 'geen mkb'}: {number(fte)} fte (max. {number(max_fte)}), omzet {eur(revenue)} (max. {eur(max_rev)})",
        f"{'SME' if ok else 'not an SME'}: {number(fte, 'en')} FTE (max. {number(max_fte, 'en')}), revenue {eur(revenue, 'en')} (max. {eur(max_rev, 'en')})",
    )


def _loan_rule(
    ctx: Context,
    measure_id: str,
    lo: float,
    hi: float | None,
    extra: tuple[bool, str, str] | None = None,
) -> MeasureResult:
    """A loan or guarantee: eligible when the cash gap in a scenario calls for a loan
    inside the scheme's limits; the amount is that gap, clipped to the limits."""
    m = measure(measure_id)
    variant = _active_variant(ctx, m)
    scheme: Measure | Variant = variant or m
    out = outside_horizon(ctx, scheme)
    if out is not None:
        return result(measure_id, out, scheme)
    if extra is not None and not extra[0]:
        return result(measure_id, Verdict(NOT_ELIGIBLE).say(extra[1], extra[2]), scheme)
    if not ctx.cash:
        v = no_cash_inputs()
        if extra is not None:
            v.say(extra[1], extra[2])
        return result(measure_id, v, scheme)

    def one(sid: str) -> Verdict:
        gap = ctx.gap(sid) or 0.0
        nl, en = _gap_text(ctx, sid, gap)
        if gap <= 0:
            return Verdict(NOT_ELIGIBLE).say(f"niet nodig: {nl}", f"not needed: {en}")
        if gap < lo:
            return Verdict(NOT_ELIGIBLE).say(
                f"{nl}; dat is minder dan het minimum van {eur(lo)}",
                f"{en}; below the minimum of {eur(lo, 'en')}",
            )
        amount = gap if hi is None else min(gap, hi)
        v = Verdict(ELIGIBLE, amount).say(nl, en)
        if hi is not None and gap > hi:
            v.verdict = POSSIBLE
            v.say(
                f"het tekort is groter dan het maximum van {eur(hi)}: dekt een deel",
                f"the shortfall exceeds the maximum of {eur(hi, 'en')}: covers part of it",
            )
        return v

    summary, verdicts = per_scenario(ctx, one)
    if extra is not None:
        summary.say(extra[1], extra[2])
    if hi is None:
        summary.say(
            "leenbedrag = het kastekort; de grenzen van de lopende regeling staan niet in de catalogus",
            "loan size = the cash shortfall; the running scheme's limits are not in the catalogue",
        )
    return result(measure_id, summary, scheme, verdicts)


def _limits(
    scheme: Variant | Measure | None, lo_key: str = "min_loan_eur", hi_key: str = "max_loan_eur"
) -> tuple[float, float | None]:
    if scheme is None:
        return 0.0, None
    p = scheme.parameters
    lo = float(p[lo_key]) if lo_key in p else 0.0  # type: ignore[arg-type]
    hi = float(p[hi_key]) if hi_key in p else None  # type: ignore[arg-type]
    return lo, hi


def rule_bmkb(ctx: Context) -> MeasureResult:
    variant = _active_variant(ctx, measure("bmkb"))
    lo, hi = _limits(variant)
    return _loan_rule(ctx, "bmkb", lo, hi, _is_sme(ctx, variant))


def rule_go(ctx: Context) -> MeasureResult:
    go = measure("go")
    variant = _active_variant(ctx, go)
    unsure_end = go.validity is not None and "valid_to" in go.validity.unconfirmed
    if variant is None and unsure_end and go.valid_to is not None and ctx.start > go.valid_to:
        # The last confirmed application date has passed, but no source says GO ended:
        # the scan cannot know whether it is open, so it neither offers nor rules it out.
        end = go.valid_to.isoformat()
        return result(
            "go",
            Verdict(POSSIBLE).say(
                f"de GO kon tot {end} worden aangevraagd; of de regeling daarna open is, kan de scan niet weten: vraag het uw bank",
                f"GO could be applied for until {end}; whether it is open after that the scan cannot know: ask your bank",
            ),
        )
    # The regular GO has its own (smaller) loan range; outside the horizon GO-C's applies.
    ranged = variant if variant is not None and "max_loan_eur" in variant.parameters else None
    lo, hi = _limits(ranged or go.variant("go_c"))
    sme, _, _ = _is_sme(ctx, measure("bmkb").variant("bmkb_c"))
    res = _loan_rule(ctx, "go", lo, hi)
    if variant is not None and "guarantee_sme_pct" in variant.parameters:
        pct_g = variant.number("guarantee_sme_pct" if sme else "guarantee_large_pct")
        res.reasons_nl.append(f"garantie {pct(pct_g)} ({'mkb' if sme else 'groot bedrijf'})")
        res.reasons_en.append(f"guarantee {pct(pct_g, 'en')} ({'SME' if sme else 'large company'})")
    return res


def rule_kkc(ctx: Context) -> MeasureResult:
    m = measure("kkc")
    return _loan_rule(ctx, "kkc", *_limits(m), _is_sme(ctx, None))


def rule_qredits(ctx: Context) -> MeasureResult:
    m = measure("qredits")
    return _loan_rule(ctx, "qredits", 0.0, m.number("max_loan_eur"))


def rule_col(ctx: Context) -> MeasureResult:
    m = measure("col")
    startup = ctx.case.company.startup_or_scaleup
    check = (
        startup,
        "start-up of scale-up opgegeven"
        if startup
        else "alleen voor start-ups en scale-ups; u heeft aangegeven geen start-up of scale-up te zijn",
        "start-up or scale-up given"
        if startup
        else "only for start-ups and scale-ups; you said you are neither",
    )
    return _loan_rule(ctx, "col", *_limits(m), check)


def rule_belastinguitstel(ctx: Context) -> MeasureResult:
    m = measure("belastinguitstel")
    out = outside_horizon(ctx, m)
    if out is not None:
        return result("belastinguitstel", out)
    until = m.valid_to

    def one(sid: str) -> Verdict:
        hit = ctx.months_with_drop(sid, 0.20, until)
        short = sid in ctx.cash and ctx.cash[sid].runs_out is not None
        if hit or short:
            v = Verdict(ELIGIBLE)
            if hit:
                v.say(
                    f"omzetdaling ≥ 20% in {month_name(parse_month(hit[0]))}, vóór de aanvraagtermijn van {until}",
                    f"revenue drop ≥ 20% in {month_name(parse_month(hit[0]), 'en')}, before the deadline of {until}",
                )
            if short:
                v.say("de kas raakt op in dit scenario", "cash runs out in this scenario")
            return v
        return Verdict(POSSIBLE).say(
            "geen omzetdaling van 20% of meer vóór de aanvraagtermijn; uitstel kon ook bij minder daling worden aangevraagd",
            "no drop of 20% or more before the deadline; deferral could also be requested with a smaller drop",
        )

    summary, verdicts = per_scenario(ctx, one)
    summary.say(
        f"terugbetalen in {int(m.number('repayment_months'))} maanden vanaf {m.parameters.get('repayment_start_date')}",
        f"repay over {int(m.number('repayment_months'))} months from {m.parameters.get('repayment_start_date')}",
    )
    return result("belastinguitstel", summary, by_scenario=verdicts)


def rule_togs_tvl(ctx: Context) -> MeasureResult:
    m = measure("togs_tvl")
    tvl = m.variant("tvl")
    out = outside_horizon(ctx, tvl)
    if out is not None:
        return result("togs_tvl", out, tvl)
    threshold = tvl.number("min_drop")
    quarters = [
        (y, q)
        for y in (2020, 2021, 2022)
        for q in (1, 2, 3, 4)
        if (y, q) >= (2020, 4) and (y, q) <= (2022, 1)
    ]

    def one(sid: str) -> Verdict:
        sc = next(s for s in ctx.scenarios if s.id == sid)
        by_month = dict(zip(sc.months, sc.revenue_index, strict=True))
        drops = []
        for y, q in quarters:
            ms = [f"{y}-{3 * (q - 1) + k + 1:02d}" for k in range(3)]
            if all(mo in by_month for mo in ms):
                drops.append((f"K{q} {y}", f"Q{q} {y}", 1.0 - sum(by_month[mo] for mo in ms) / 3))
        hits = [d for d in drops if d[2] >= threshold]
        if hits:
            return Verdict(ELIGIBLE).say(
                "TVL: omzetverlies ≥ 30% in " + ", ".join(f"{h[0]} ({pct(h[2])})" for h in hits),
                "TVL: revenue drop ≥ 30% in "
                + ", ".join(f"{h[1]} ({pct(h[2], 'en')})" for h in hits),
            )
        worst = max(drops, key=lambda d: d[2]) if drops else None
        v = Verdict(NOT_ELIGIBLE)
        if worst:
            v.say(
                f"TVL: grootste kwartaaldaling {pct(max(worst[2], 0))} < 30% ({worst[0]})",
                f"TVL: largest quarterly drop {pct(max(worst[2], 0), 'en')} < 30% ({worst[1]})",
            )
        return v

    summary, verdicts = per_scenario(ctx, one)
    summary.say(
        "TOGS (€ 4.000) gold alleen voor aangewezen SBI-codes, vrijwel niet voor de technologische industrie; het TVL-bedrag hangt af van het vastelastenpercentage van de sector, dat niet in de catalogus staat",
        "TOGS (€4,000) applied only to listed SBI codes, hardly any in the technology industry; the TVL amount depends on the sector's fixed-cost share, which is not in the catalogue",
    )
    return result("togs_tvl", summary, tvl, verdicts)


def rule_bl_borgstelling(ctx: Context) -> MeasureResult:
    m = measure("bl_borgstelling")
    blc = m.variant("bl_c")
    agri = "agri_food" in ctx.case.company.clusters
    if not agri:
        return result(
            "bl_borgstelling",
            Verdict(NOT_ELIGIBLE).say(
                "BL is voor land- en tuinbouwbedrijven; FME vraagt verbreding naar mki-bedrijven in voedselproductietechnologie (cluster Agri & Food), en u valt niet in dat cluster",
                "BL is for agricultural and horticultural businesses; FME asks to widen it to SMEs in food-production technology (Agri & Food cluster), and you are not in that cluster",
            ),
            blc,
        )
    v = Verdict(PROPOSAL).say(
        "voorstel, geen recht: BL-C (70% staatsgarantie op overbruggingskrediet) is er voor boeren en tuinders; FME vraagt haar open te stellen voor mki-bedrijven die voedselproducerende technologie ontwikkelen, zoals het uwe (cluster Agri & Food)",
        "proposal, no entitlement: BL-C (a 70% state guarantee on bridging loans) is for farmers and growers; FME asks to open it to SMEs that develop food-production technology, like yours (Agri & Food cluster)",
    )
    out = outside_horizon(ctx, blc)
    if out is not None:
        v.nl.extend(out.nl)
        v.en.extend(out.en)
        return result("bl_borgstelling", v, blc)
    hi = blc.number("max_loan_eur")
    guarantee = blc.number("guarantee_pct")
    gap = ctx.gap(ctx.central)
    if gap is None:
        v.say(
            "vul kas en vaste lasten in voor een indicatief leningbedrag",
            "enter cash and fixed costs for an indicative loan size",
        )
    elif gap > 0:
        v.amount = min(gap, hi)
        v.say(
            f"indicatief, als het voorstel wet wordt: krediet {eur(v.amount)} (tekort in scenario II, max. {eur(hi)}), waarvan {pct(guarantee)} = {eur(v.amount * guarantee)} door de staat gegarandeerd",
            f"indicative, if the proposal became law: a loan of {eur(v.amount, 'en')} (shortfall in scenario II, max. {eur(hi, 'en')}), {pct(guarantee, 'en')} = {eur(v.amount * guarantee, 'en')} guaranteed by the state",
        )
    else:
        v.amount = 0.0
        v.say(
            "in scenario II blijft de kas positief: geen overbruggingskrediet nodig",
            "cash stays positive in scenario II: no bridging loan needed",
        )
    return result("bl_borgstelling", v, blc)
