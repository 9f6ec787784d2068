"""Liquidity measures: guarantees and loans sized by the cash gap, tax deferral,
TOGS/TVL, and BL-borgstelling (an FME proposal for Agri & Food technology firms).

The loans and guarantees answer one need, the cash shortfall: each is judged on the
month cash runs out (the scheme must be open then), sized on the largest shortfall
within its own limits, and marked as an alternative of the others (``cash_need``), so
the need is counted once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from core.advice.measures.context import (
    ELIGIBLE,
    NOT_ELIGIBLE,
    POSSIBLE,
    PROPOSAL,
    Context,
    Verdict,
    no_cash_inputs,
    open_in_month,
    outside_horizon,
    outside_window,
    per_scenario,
    result,
)
from core.fmt import date, eur, number, pct, pct_beside
from core.months import month_name, month_of, month_start, parse_month
from core.reference.catalogue import Measure, Variant, measure
from core.result import MeasureResult

Scheme = Measure | Variant
Judge = Callable[[Scheme, float], Verdict]


def _gap_text(ctx: Context, sid: str, gap: float) -> tuple[str, str]:
    path = ctx.cash[sid]
    assert path.runs_out is not None
    when = parse_month(path.runs_out)
    return (
        f"de kas raakt op in {month_name(when)}; grootste tekort {eur(gap)}",
        f"cash runs out in {month_name(when, 'en')}; largest shortfall {eur(gap, 'en')}",
    )


def _closest(schemes: list[Scheme], month: str) -> Scheme:
    """The scheme to name when the need falls outside all of them: the last one that
    ended before it, else the first."""
    first = month_start(parse_month(month))
    ended = [s for s in schemes if s.valid_to is not None and s.valid_to < first]
    return max(ended, key=lambda s: s.valid_to or first) if ended else schemes[0]


def _loan_rule(ctx: Context, measure_id: str, schemes: list[Scheme], judge: Judge) -> MeasureResult:
    """A loan or guarantee for the cash shortfall. ``schemes`` in order of preference
    (the corona variant before the regular one); the one open in the month cash runs out
    is judged by ``judge(scheme, gap)``."""
    in_horizon = [s for s in schemes if s.active_in(ctx.start, ctx.end)]
    if not in_horizon:
        out = outside_horizon(ctx, schemes[0])
        assert out is not None
        return result(ctx, measure_id, out, schemes[0])
    if not ctx.cash:
        return result(ctx, measure_id, no_cash_inputs(), in_horizon[0])

    def one(sid: str) -> Verdict:
        gap = ctx.gap(sid) or 0.0
        path = ctx.cash[sid]
        if gap <= 0 or path.runs_out is None:
            low = min(path.balance_eur)
            return Verdict(NOT_ELIGIBLE).say(
                f"niet nodig: de kas blijft in {ctx.name(sid)} positief (laagste stand {eur(low)})",
                f"not needed: cash stays positive in {ctx.name(sid, 'en')} (lowest {eur(low, 'en')})",
            )
        short = [mo for mo, b in zip(path.months, path.balance_eur, strict=True) if b < 0]
        # The need lasts while the balance is negative: the first scheme (in order of
        # preference) open in one of those months answers it, from that month.
        found = next(((s, mo) for s in in_horizon for mo in short if open_in_month(s, mo)), None)
        if found is None:
            need = path.runs_out
            early = _open_today_ending_before(ctx, in_horizon, need)
            if early is not None:
                return _arrange_before_end(ctx, sid, early, need, gap, judge)
            named = _closest(in_horizon, need)
            late = outside_window(
                named, named.name("nl"), need, "uw kastekort", "your cash shortfall", ctx.today
            )
            assert late is not None
            return late
        scheme, need = found
        v = judge(scheme, gap)
        nl, en = _gap_text(ctx, sid, gap)
        at = 0 if v.verdict != NOT_ELIGIBLE else len(v.nl)
        v.nl.insert(at, nl)
        v.en.insert(at, en)
        v.need_month, v.scheme = need, scheme
        loss = ctx.normal_result
        if loss is not None and loss < 0 and v.verdict == ELIGIBLE:
            # A shortfall that is there without a crisis is not a bridging need: whether
            # a lender finances it is a judgement the scan cannot make.
            v.verdict = POSSIBLE
            v.say(
                f"let op: ook in een normale maand is uw resultaat negatief ({eur(loss)}: omzet min inkoop, loonkosten en overige vaste lasten); het tekort komt dus niet alleen door de crisis, en of een financier dat overbrugt, kan de scan niet weten",
                f"note: even in a normal month your result is negative ({eur(loss, 'en')}: revenue less purchases, wage costs and other fixed costs); the shortfall is not only the crisis, and whether a lender bridges it the scan cannot know",
            )
        return v

    chosen, verdicts = per_scenario(ctx, one)
    return result(ctx, measure_id, chosen, in_horizon[0], verdicts)


def _open_today_ending_before(ctx: Context, schemes: list[Scheme], need: str) -> Scheme | None:
    """A scheme open for applications today whose known end falls before the need: a
    bank can arrange the facility while it is open, so the end is no reason to drop it."""
    first = month_start(parse_month(need))
    for s in schemes:
        if s.valid_to is not None and s.valid_to < first and s.application_on(ctx.today).open:
            return s
    return None


def _arrange_before_end(
    ctx: Context, sid: str, scheme: Scheme, need: str, gap: float, judge: Judge
) -> Verdict:
    v = judge(scheme, gap)
    if v.verdict == NOT_ELIGIBLE:
        return v
    assert scheme.valid_to is not None
    end_nl, end_en = date(scheme.valid_to), date(scheme.valid_to, "en")
    v.verdict = POSSIBLE
    nl, en = _gap_text(ctx, sid, gap)
    v.nl.insert(0, nl)
    v.en.insert(0, en)
    v.say(
        f"mogelijk: regel dit vóór {end_nl}: {scheme.name('nl')} loopt tot {end_nl} en het tekort valt later ({month_name(parse_month(need))}); een bank kan een krediet met borgstelling afsluiten zolang de regeling openstaat",
        f"possible: arrange this before {end_en}: {scheme.name('en')} runs until {end_en} and the shortfall comes later ({month_name(parse_month(need), 'en')}); a bank can arrange a guaranteed facility while the scheme is open",
    )
    if scheme.validity is not None and "valid_to" in scheme.validity.unconfirmed:
        v.say(
            f"de einddatum {end_nl} noemt alleen een secundaire bron, geen officiële: vraag uw bank of de regeling langer loopt",
            f"the end date {end_en} comes only from a secondary source, not an official one: ask your bank whether the scheme runs longer",
        )
    v.need_month, v.scheme = need, scheme
    return v


def _sme(ctx: Context, params: Scheme) -> Verdict | None:
    """The SME test of BMKB(-C) and KKC: at most 250 fte, and revenue at most € 50 mln
    or a balance sheet at most € 43 mln. The scan does not ask the balance sheet, so
    above € 50 mln revenue the verdict is "possible", naming that condition."""
    fte, revenue = ctx.case.staff.fte, ctx.case.company.annual_revenue_eur
    max_fte = params.number("max_fte")
    max_rev = params.number("max_revenue_eur")
    max_bal = params.number("max_balance_sheet_eur")
    if fte > max_fte:
        return Verdict(NOT_ELIGIBLE).say(
            f"geen mkb: {number(fte)} fte, meer dan {number(max_fte)}",
            f"not an SME: {number(fte, 'en')} FTE, more than {number(max_fte, 'en')}",
        )
    if revenue > max_rev:
        return Verdict(POSSIBLE).say(
            f"omzet {eur(revenue)} is meer dan {eur(max_rev)}: dan telt u alleen als mkb bij een balanstotaal van ten hoogste {eur(max_bal)}; de scan vraagt het balanstotaal niet",
            f"revenue {eur(revenue, 'en')} is over {eur(max_rev, 'en')}: you then count as an SME only with a balance sheet total of at most {eur(max_bal, 'en')}; the scan does not ask the balance sheet",
        )
    return None


def _with_sme(sme: Verdict | None, v: Verdict) -> Verdict:
    """An eligible verdict becomes possible when the SME test left a condition open."""
    if sme is not None and v.verdict == ELIGIBLE:
        v.verdict = POSSIBLE
        v.nl.extend(sme.nl)
        v.en.extend(sme.en)
    return v


def rule_bmkb(ctx: Context) -> MeasureResult:
    m = measure("bmkb")
    corona, regular = m.variant("bmkb_c"), m.variant("bmkb_regular")
    sme = _sme(ctx, corona)
    if sme is not None and sme.verdict == NOT_ELIGIBLE:
        return result(ctx, "bmkb", sme, corona)

    def judge(scheme: Scheme, gap: float) -> Verdict:
        if scheme.id == "bmkb_c":
            total = scheme.number("max_total_credit_eur")
            share = scheme.number("guarantee_credit_pct")
            cap = scheme.number("max_guarantee_credit_eur")
            loan = min(gap, total)
            guaranteed = min(loan * share, cap)
            state = guaranteed * scheme.number("state_guarantee_pct")
            v = Verdict(ELIGIBLE, loan, guaranteed=state).say(
                f"BMKB-C: krediet {eur(loan)}, waarvan {pct(share)} borgstellingskrediet = {eur(guaranteed)} (max. {eur(cap)}); de staat staat borg voor {pct(scheme.number('state_guarantee_pct'))} daarvan = {eur(state)}",
                f"BMKB-C: a loan of {eur(loan, 'en')}, of which {pct(share, 'en')} guaranteed credit = {eur(guaranteed, 'en')} (max. {eur(cap, 'en')}); the state guarantees {pct(scheme.number('state_guarantee_pct'), 'en')} of that = {eur(state, 'en')}",
            )
            if gap > total:
                v.say(
                    f"het tekort is groter dan het totale krediet van ongeveer {eur(total)} dat BMKB-C draagt: dit dekt een deel",
                    f"the shortfall exceeds the total credit of about {eur(total, 'en')} BMKB-C supports: this covers part of it",
                )
            return _with_sme(sme, v)
        share = scheme.number("guarantee_credit_pct")
        cap = scheme.number("max_guarantee_credit_eur")
        total = cap / share  # the loan whose guaranteed part reaches the maximum
        loan = min(gap, total)
        state_pct = scheme.number("state_guarantee_pct")
        state = loan * share * state_pct
        v = Verdict(ELIGIBLE, loan, guaranteed=state).say(
            f"gewone BMKB: krediet {eur(loan)}, waarvan {pct(share)} borgstellingskrediet = {eur(loan * share)} (max. {eur(cap)}); de staat staat borg voor {pct(state_pct)} daarvan = {eur(state)} ({pct(share * state_pct)} van het krediet)",
            f"regular BMKB: a loan of {eur(loan, 'en')}, of which {pct(share, 'en')} guaranteed credit = {eur(loan * share, 'en')} (max. {eur(cap, 'en')}); the state guarantees {pct(state_pct, 'en')} of that = {eur(state, 'en')} ({pct(share * state_pct, 'en')} of the loan)",
        )
        if gap > total:
            v.say(
                f"het tekort is groter dan het krediet van {eur(total)} dat de BMKB draagt: dit dekt een deel",
                f"the shortfall exceeds the loan of {eur(total, 'en')} BMKB supports: this covers part of it",
            )
        return _with_sme(sme, v)

    return _loan_rule(ctx, "bmkb", [corona, regular], judge)


def rule_go(ctx: Context) -> MeasureResult:
    go = measure("go")
    corona, regular = go.variant("go_c"), go.variant("go_regular")
    unsure_end = go.validity is not None and "valid_to" in go.validity.unconfirmed
    if unsure_end and go.valid_to is not None and ctx.start > go.valid_to:
        # The last confirmed application date has passed and no source confirms an
        # extension: the scan does not present GO as open, and says to ask the bank.
        end_nl, end_en = date(go.valid_to), date(go.valid_to, "en")
        return result(
            ctx,
            "go",
            Verdict(NOT_ELIGIBLE).say(
                f"de GO kon tot en met {end_nl} worden aangevraagd; een verlenging is door geen officiële bron bevestigd, dus de scan rekent er niet mee: vraag uw bank of de regeling weer open is",
                f"GO could be applied for until {end_en}; no official source confirms an extension, so the scan does not count on it: ask your bank whether it is open again",
            ),
        )
    fte, revenue = ctx.case.staff.fte, ctx.case.company.annual_revenue_eur
    bmkb_c = measure("bmkb").variant("bmkb_c")
    sme = fte <= bmkb_c.number("max_fte") and revenue <= bmkb_c.number("max_revenue_eur")

    def judge(scheme: Scheme, gap: float) -> Verdict:
        # Each variant has its own loan range (GO-C up to € 150 mln, the regular GO less).
        lo, hi = scheme.number("min_loan_eur"), scheme.number("max_loan_eur")
        if gap < lo:
            return Verdict(NOT_ELIGIBLE).say(
                f"het tekort is kleiner dan het minimum van {scheme.name('nl')}: {eur(lo)}",
                f"the shortfall is below the minimum of {scheme.name('en')}: {eur(lo, 'en')}",
            )
        loan = min(gap, hi)
        if scheme.id == "go_c":
            g = scheme.number("guarantee_sme_pct" if sme else "guarantee_large_pct")
        else:
            g = scheme.number("guarantee_pct")
        state = loan * g
        if "max_guarantee_eur" in scheme.parameters:  # regular GO: at most € 75 mln (RVO)
            state = min(state, scheme.number("max_guarantee_eur"))
        v = Verdict(ELIGIBLE, loan, guaranteed=state).say(
            f"{scheme.name('nl')}: krediet {eur(loan)} (min. {eur(lo)}, max. {eur(hi)}), garantie {pct(g)} ({'mkb' if sme else 'groot bedrijf'}) = {eur(state)} door de Staat gegarandeerd",
            f"{scheme.name('en')}: a loan of {eur(loan, 'en')} (min. {eur(lo, 'en')}, max. {eur(hi, 'en')}), guarantee {pct(g, 'en')} ({'SME' if sme else 'large company'}) = {eur(state, 'en')} guaranteed by the State",
        )
        if scheme.id != "go_c":
            v.verdict = POSSIBLE
            v.say(
                "of de gewone GO nog openstaat en met welk leningbereik, is niet bevestigd: vraag het uw bank",
                "whether the regular GO is still open, and for which loan range, is not confirmed: ask your bank",
            )
        return v

    return _loan_rule(ctx, "go", [corona, regular], judge)


def rule_kkc(ctx: Context) -> MeasureResult:
    m = measure("kkc")
    lo, hi = m.number("min_loan_eur"), m.number("max_loan_eur")
    min_rev = m.number("min_revenue_eur")
    revenue = ctx.case.company.annual_revenue_eur
    registered = m.parameters.get("kvk_registered_before_date")
    if revenue < min_rev:
        v = Verdict(NOT_ELIGIBLE).say(
            f"omzet {eur(revenue)} is minder dan de {eur(min_rev)} die KKC vroeg",
            f"revenue {eur(revenue, 'en')} is below the {eur(min_rev, 'en')} KKC required",
        )
        return result(ctx, "kkc", v)
    sme = _sme(ctx, measure("bmkb").variant("bmkb_c"))
    if sme is not None and sme.verdict == NOT_ELIGIBLE:
        return result(ctx, "kkc", sme)

    def judge(scheme: Scheme, gap: float) -> Verdict:
        if gap < lo or gap > hi:
            return Verdict(NOT_ELIGIBLE).say(
                f"KKC was voor een financieringsbehoefte van {eur(lo)} tot {eur(hi)}; uw tekort valt daarbuiten",
                f"KKC was for a financing need of {eur(lo, 'en')} to {eur(hi, 'en')}; your shortfall is outside that",
            )
        day = str(registered) if registered else "2019-01-01"
        v = Verdict(POSSIBLE, gap, guaranteed=gap * scheme.number("guarantee_pct")).say(
            f"krediet {eur(gap)}, {pct(scheme.number('guarantee_pct'))} door de staat gegarandeerd; omzet {eur(revenue)} ≥ {eur(min_rev)}",
            f"a loan of {eur(gap, 'en')}, {pct(scheme.number('guarantee_pct'), 'en')} guaranteed by the state; revenue {eur(revenue, 'en')} ≥ {eur(min_rev, 'en')}",
        )
        v.say(
            f"KKC vroeg ook inschrijving in de KvK vóór {date(dt.date.fromisoformat(day))} en een bedrijf dat vóór corona voldoende winstgevend was: de scan vraagt dat niet",
            f"KKC also required registration with the KvK before {date(dt.date.fromisoformat(day), 'en')} and a business that was sufficiently profitable before corona: the scan does not ask this",
        )
        return _with_sme(sme, v)

    return _loan_rule(ctx, "kkc", [m], judge)


def rule_qredits(ctx: Context) -> MeasureResult:
    m = measure("qredits")
    relief = m.variant("qredits_corona_relief")
    max_loan, max_need = m.number("max_loan_eur"), m.number("max_total_credit_need_eur")
    max_emp, max_rev = m.number("small_max_employees"), m.number("small_max_revenue_eur")
    employees, revenue = ctx.case.staff.employees, ctx.case.company.annual_revenue_eur
    if employees >= max_emp or revenue > max_rev:
        v = Verdict(NOT_ELIGIBLE).say(
            f"Qredits financiert kleine ondernemers met een totale kredietbehoefte (inclusief bankfinanciering) van ten hoogste {eur(max_need)}; met {employees} werknemers en {eur(revenue)} omzet is uw bedrijf geen klein bedrijf (minder dan {max_emp:g} werknemers en ten hoogste {eur(max_rev)} omzet)",
            f"Qredits finances small businesses with a total credit need (bank financing included) of at most {eur(max_need, 'en')}; with {employees} employees and {eur(revenue, 'en')} revenue yours is not a small business (fewer than {max_emp:g} employees and at most {eur(max_rev, 'en')} revenue)",
        )
        return result(ctx, "qredits", v)

    def judge(scheme: Scheme, gap: float) -> Verdict:
        if gap > max_need:
            return Verdict(NOT_ELIGIBLE).say(
                f"uw tekort alleen al is meer dan de {eur(max_need)} totale kredietbehoefte waarvoor Qredits financiert",
                f"your shortfall alone exceeds the {eur(max_need, 'en')} total credit need Qredits finances",
            )
        loan = min(gap, max_loan)
        v = Verdict(POSSIBLE, loan).say(
            f"lening {eur(loan)} (Qredits leent tot {eur(max_loan)}); uw bestaande bankfinanciering plus deze lening mag niet boven {eur(max_need)} komen: de scan vraagt uw bestaande financiering niet",
            f"a loan of {eur(loan, 'en')} (Qredits lends up to {eur(max_loan, 'en')}); your existing bank financing plus this loan may not exceed {eur(max_need, 'en')}: the scan does not ask your existing financing",
        )
        if gap > max_loan:
            v.say(
                f"het tekort is groter dan {eur(max_loan)}: het deel daarboven moet eerst bij een bank rond zijn",
                f"the shortfall exceeds {eur(max_loan, 'en')}: the rest must first be arranged with a bank",
            )
        return v

    res = _loan_rule(ctx, "qredits", [m], judge)
    need = res.need_month
    if need is not None and open_in_month(relief, need) and relief.valid_to and relief.valid_from:
        months = int(relief.number("repayment_holiday_months"))
        res.reasons_nl.append(
            f"bestaande Qredits-klanten kregen van {date(relief.valid_from)} tot en met {date(relief.valid_to)} coronaverlichting: {months} maanden geen aflossing"
        )
        res.reasons_en.append(
            f"existing Qredits clients got corona relief from {date(relief.valid_from, 'en')} to {date(relief.valid_to, 'en')}: {months} months without repayments"
        )
    return res


def rule_col(ctx: Context) -> MeasureResult:
    m = measure("col")
    lo, hi = m.number("min_loan_eur"), m.number("max_loan_eur")
    if not ctx.case.company.startup_or_scaleup:
        v = Verdict(NOT_ELIGIBLE).say(
            "alleen voor start-ups en scale-ups; u heeft aangegeven geen start-up of scale-up te zijn",
            "only for start-ups and scale-ups; you said you are neither",
        )
        return result(ctx, "col", v, m)

    def judge(scheme: Scheme, gap: float) -> Verdict:
        if gap < lo:
            return Verdict(NOT_ELIGIBLE).say(
                f"het tekort is kleiner dan het COL-minimum van {eur(lo)}",
                f"the shortfall is below the COL minimum of {eur(lo, 'en')}",
            )
        loan = min(gap, hi)
        v = Verdict(ELIGIBLE, loan).say(
            f"start-up of scale-up opgegeven; lening {eur(loan)} (min. {eur(lo)}, max. {eur(hi)})",
            f"start-up or scale-up given; a loan of {eur(loan, 'en')} (min. {eur(lo, 'en')}, max. {eur(hi, 'en')})",
        )
        if gap > hi:
            v.say(
                f"het tekort is groter dan het maximum van {eur(hi)}: dit dekt een deel",
                f"the shortfall exceeds the maximum of {eur(hi, 'en')}: this covers part of it",
            )
        return v

    return _loan_rule(ctx, "col", [m], judge)


def _ordinary_tax_arrangement(ctx: Context, m: Measure, v: Verdict) -> Verdict:
    """A company that loses money in a normal month is told about what is open today:
    the tax office's ordinary deferral or payment arrangement, and the adjustment of an
    arrangement for corona tax debt (pause, extension)."""
    loss = ctx.normal_result
    if loss is None or loss >= 0:
        return v
    return v.say(
        f"uw bedrijf verliest ook in een normale maand ({eur(loss)}): bij betalingsproblemen kunt u de Belastingdienst nu om gewoon uitstel of een betalingsregeling (tot {int(m.number('ordinary_arrangement_max_months'))} maanden) vragen; heeft u nog een betalingsregeling voor coronaschuld, dan kunt u om aanpassing vragen: één betaalpauze tot {int(m.number('pause_max_months'))} maanden of verlenging tot {int(m.number('extended_max_years'))} jaar (vanaf {eur(m.number('extension_min_debt_eur'))} schuld)",
        f"your company also loses money in a normal month ({eur(loss, 'en')}): with payment problems you can ask the tax office now for ordinary deferral or a payment arrangement (up to {int(m.number('ordinary_arrangement_max_months'))} months); if you still have an arrangement for corona tax debt, you can ask to adjust it: one payment pause of up to {int(m.number('pause_max_months'))} months or an extension to {int(m.number('extended_max_years'))} years (from {eur(m.number('extension_min_debt_eur'), 'en')} of debt)",
    )


def rule_belastinguitstel(ctx: Context) -> MeasureResult:
    m = measure("belastinguitstel")
    out = outside_horizon(ctx, m)
    if out is not None:
        return result(ctx, "belastinguitstel", _ordinary_tax_arrangement(ctx, m, out))
    until = m.valid_to
    assert until is not None

    def one(sid: str) -> Verdict:
        drops = ctx.months_with_drop(sid, 0.20)
        runs_out = ctx.cash[sid].runs_out if sid in ctx.cash else None
        needs = [x for x in (drops[0] if drops else None, runs_out) if x is not None]
        if not needs:
            if sid in ctx.cash:
                return Verdict(NOT_ELIGIBLE).say(
                    f"niet nodig: in {ctx.name(sid)} geen omzetdaling van 20% of meer en de kas blijft positief",
                    f"not needed: in {ctx.name(sid, 'en')} no revenue drop of 20% or more and cash stays positive",
                )
            return Verdict(POSSIBLE).say(
                f"uitstel kon ook zonder omzetdaling van 20% of meer, als u door corona niet kon betalen; of dat zo was in {ctx.name(sid)}, weet de scan niet: vul bij Financiën kas en vaste lasten in om dat te toetsen",
                f"deferral was also possible without a revenue drop of 20% or more, if corona left you unable to pay; whether that was so in {ctx.name(sid, 'en')}, the scan does not know: enter cash and fixed costs under Finance to test this",
            )
        need = min(needs, key=parse_month)
        what_nl = "uw omzetdaling van 20% of meer" if need in drops[:1] else "uw kastekort"
        what_en = "your revenue drop of 20% or more" if need in drops[:1] else "your cash shortfall"
        late = outside_window(m, "het bijzonder uitstel", need, what_nl, what_en, ctx.today)
        if late is not None:
            return late
        v = Verdict(ELIGIBLE, need_month=need).say(
            f"{what_nl} valt in {month_name(parse_month(need))}; bijzonder uitstel kon tot en met {date(until)} worden aangevraagd",
            f"{what_en} arises in {month_name(parse_month(need), 'en')}; special deferral could be requested until {date(until, 'en')}",
        )
        return v

    chosen, verdicts = per_scenario(ctx, one)
    start = m.parameters.get("repayment_start_date")
    end = m.parameters.get("repayment_end_date")
    if chosen.verdict != NOT_ELIGIBLE and isinstance(start, str) and isinstance(end, str):
        chosen.say(
            f"uitstel is geen gift: terugbetalen vanaf {date(dt.date.fromisoformat(start))} in {int(m.number('repayment_months'))} maanden, tot {date(dt.date.fromisoformat(end))}; sinds 2024 kan de betalingsregeling worden verlengd tot ten hoogste {int(m.number('extended_max_years'))} jaar (de einddatum geldt dan niet meer) of één keer tot {int(m.number('pause_max_months'))} maanden worden gepauzeerd",
            f"deferral is not a grant: repay from {date(dt.date.fromisoformat(start), 'en')} over {int(m.number('repayment_months'))} months, by {date(dt.date.fromisoformat(end), 'en')}; since 2024 the arrangement can be extended to at most {int(m.number('extended_max_years'))} years (the end date then no longer holds) or paused once for up to {int(m.number('pause_max_months'))} months",
        )
    return result(
        ctx, "belastinguitstel", _ordinary_tax_arrangement(ctx, m, chosen), by_scenario=verdicts
    )


def _quarter_threshold(tvl: Variant, label: str) -> float:
    by_q = tvl.parameters.get("min_drop_by_quarter")
    if isinstance(by_q, dict) and label in by_q:
        return float(by_q[label])
    return tvl.number("min_drop")


def rule_togs_tvl(ctx: Context) -> MeasureResult:
    m = measure("togs_tvl")
    tvl = m.variant("tvl")
    out = outside_horizon(ctx, tvl)
    if out is not None:
        return result(ctx, "togs_tvl", out, tvl)
    first = month_of(dt.date.fromisoformat(str(tvl.parameters["first_quarter_start_date"])))
    last = month_of(dt.date.fromisoformat(str(tvl.parameters["last_quarter_start_date"])))
    quarters = [f"{q // 12}-Q{q % 12 // 3 + 1}" for q in range(first, last + 1, 3)]

    def one(sid: str) -> Verdict:
        sc = ctx.forecast(sid)
        by_month = dict(zip(sc.months, sc.revenue_index, strict=True))
        rows = []  # (label, nl, en, drop, threshold, first month)
        for q in quarters:
            year, n = int(q[:4]), int(q[-1])
            ms = [f"{year}-{3 * (n - 1) + k + 1:02d}" for k in range(3)]
            if all(mo in by_month for mo in ms):
                drop = 1.0 - sum(by_month[mo] for mo in ms) / 3
                rows.append(
                    (q, f"K{n} {year}", f"Q{n} {year}", drop, _quarter_threshold(tvl, q), ms[0])
                )
        hits = [r for r in rows if r[3] >= r[4] - 1e-9]
        if hits:
            return Verdict(ELIGIBLE, need_month=hits[0][5]).say(
                "TVL: omzetverlies "
                + ", ".join(f"{h[1]} {pct(h[3])} (drempel {pct(h[4])})" for h in hits),
                "TVL: revenue drop "
                + ", ".join(
                    f"{h[2]} {pct(h[3], 'en')} (threshold {pct(h[4], 'en')})" for h in hits
                ),
            )
        v = Verdict(NOT_ELIGIBLE)
        if rows:
            worst = max(rows, key=lambda r: r[3] - r[4])
            v.say(
                f"TVL: in geen kwartaal genoeg omzetverlies; het dichtst bij: {worst[1]} {pct_beside(max(worst[3], 0), worst[4])} < {pct(worst[4])}",
                f"TVL: no quarter with enough revenue drop; closest: {worst[2]} {pct_beside(max(worst[3], 0), worst[4], 'en')} < {pct(worst[4], 'en')}",
            )
        else:
            v.say("TVL: geen TVL-kwartaal in deze periode", "TVL: no TVL quarter in this period")
        return v

    chosen, verdicts = per_scenario(ctx, one)
    if chosen.verdict == ELIGIBLE:
        chosen.say(
            "het TVL-bedrag hangt af van het vastelastenpercentage van uw sector, dat niet in de catalogus staat; TOGS (€ 4.000) gold alleen voor aangewezen SBI-codes, vrijwel niet voor de technologische industrie",
            "the TVL amount depends on your sector's fixed-cost share, which is not in the catalogue; TOGS (€4,000) applied only to listed SBI codes, hardly any in the technology industry",
        )
    return result(ctx, "togs_tvl", chosen, tvl, verdicts)


def rule_bl_borgstelling(ctx: Context) -> MeasureResult:
    m = measure("bl_borgstelling")
    blc = m.variant("bl_c")
    agri = "agri_food" in ctx.case.company.clusters
    if not agri:
        return result(
            ctx,
            "bl_borgstelling",
            Verdict(NOT_ELIGIBLE).say(
                "BL is voor land- en tuinbouwbedrijven; FME vraagt verbreding naar mki-bedrijven in voedselproductietechnologie (cluster Agri & Food), en u valt niet in dat cluster",
                "BL is for agricultural and horticultural businesses; FME asks to widen it to SMEs in food-production technology (Agri & Food cluster), and you are not in that cluster",
            ),
            blc,
        )
    v = Verdict(PROPOSAL).say(
        f"voorstel, geen recht: BL-C ({pct(blc.number('guarantee_pct'))} staatsgarantie op overbruggingskrediet) is er voor boeren en tuinders; FME vraagt haar open te stellen voor mki-bedrijven die voedselproducerende technologie ontwikkelen, zoals het uwe (cluster Agri & Food)",
        f"proposal, no entitlement: BL-C (a {pct(blc.number('guarantee_pct'), 'en')} state guarantee on bridging loans) is for farmers and growers; FME asks to open it to SMEs that develop food-production technology, like yours (Agri & Food cluster)",
    )
    out = outside_horizon(ctx, blc)
    if out is not None:
        v.nl.extend(out.nl)
        v.en.extend(out.en)
        return result(ctx, "bl_borgstelling", v, blc)
    hi = blc.number("max_loan_eur")
    guarantee = blc.number("guarantee_pct")
    gap = ctx.gap(ctx.chosen)
    name_nl, name_en = ctx.name(ctx.chosen), ctx.name(ctx.chosen, "en")
    if gap is None:
        v.say(
            "vul kas en vaste lasten in voor een indicatief leningbedrag",
            "enter cash and fixed costs for an indicative loan size",
        )
    elif gap > 0:
        v.amount = min(gap, hi)
        v.need_month = ctx.cash[ctx.chosen].runs_out
        v.say(
            f"indicatief, als het voorstel wet wordt: krediet {eur(v.amount)} (tekort in {name_nl}, max. {eur(hi)}), waarvan {pct(guarantee)} = {eur(v.amount * guarantee)} door de staat gegarandeerd",
            f"indicative, if the proposal became law: a loan of {eur(v.amount, 'en')} (shortfall in {name_en}, max. {eur(hi, 'en')}), {pct(guarantee, 'en')} = {eur(v.amount * guarantee, 'en')} guaranteed by the state",
        )
    else:
        v.say(
            f"in {name_nl} blijft de kas positief: geen overbruggingskrediet nodig",
            f"cash stays positive in {name_en}: no bridging loan needed",
        )
    return result(ctx, "bl_borgstelling", v, blc)
