"""Measures for export, training and innovation: exportfinanciering, praktijkleren,
WBSO, innovatiekrediet, PPS-toeslag, SDE+ ontheffing, scholing, kennismigranten."""

from __future__ import annotations

from core.advice.measures.context import (
    ELIGIBLE,
    NOT_ELIGIBLE,
    POSSIBLE,
    Context,
    Verdict,
    outside_horizon,
    result,
)
from core.fmt import date, eur, number, pct
from core.reference.application_year import praktijkleren_rate, wbso_year
from core.reference.catalogue import measure
from core.reference.countries import countries
from core.result import MeasureResult


def _shares_abroad(ctx: Context) -> tuple[float, float]:
    """Share of revenue sold outside the Netherlands, and outside the EU."""
    table = countries()
    abroad = sum(s.share for s in ctx.case.sales if s.country != "NL")
    non_eu = sum(s.share for s in ctx.case.sales if not table[s.country].eu)
    return abroad, non_eu


def scope_phrase_nl(corona_today: bool) -> str:
    return "in het buitenland (coronapakket: ook EU/OESO)" if corona_today else "buiten de EU"


def scope_phrase_en(corona_today: bool) -> str:
    return "abroad (corona package: EU/OECD too)" if corona_today else "outside the EU"


def rule_exportfinanciering(ctx: Context) -> MeasureResult:
    m = measure("exportfinanciering")
    ekv = m.variant("ekv")
    corona = m.variant("corona_package")
    abroad, non_eu = _shares_abroad(ctx)
    if abroad <= 0:
        return result(
            ctx,
            "exportfinanciering",
            Verdict(NOT_ELIGIBLE).say(
                "alle afzet is in Nederland: geen export om te verzekeren of te financieren",
                "all sales are in the Netherlands: no exports to insure or finance",
            ),
            ekv,
        )
    big = ctx.case.finance.export_contracts_over_200k
    corona_on = corona.active_in(ctx.start, ctx.end)
    # Ordinarily the state insures what the private market will not: mostly outside the
    # EU; the corona package opened short-term cover to EU/OECD buyers too. The insured
    # value is a capacity a year, so it is judged on the terms of the assessment day.
    corona_today = corona.active_in(ctx.today, ctx.today)
    insurable_share = abroad if corona_today else non_eu
    revenue = ctx.case.company.annual_revenue_eur
    cover = ekv.number("cover_commercial_max_pct")
    threshold = ekv.number("min_transaction_eur")
    content = ekv.number("min_dutch_content_pct")
    base_nl = f"{pct(abroad)} van de omzet gaat naar het buitenland, {pct(non_eu)} buiten de EU"
    base_en = f"{pct(abroad, 'en')} of revenue is sold abroad, {pct(non_eu, 'en')} outside the EU"
    if big is None:
        v = Verdict(POSSIBLE).say(
            f"{base_nl}; vul bij Financiën in of u exportcontracten boven {eur(threshold)} heeft",
            f"{base_en}; say under Finance whether you have export contracts over {eur(threshold, 'en')}",
        )
    elif not big:
        v = Verdict(NOT_ELIGIBLE).say(
            f"{base_nl}; geen exportcontracten boven {eur(threshold)} opgegeven: de exportkredietverzekering (EKV) begint bij {eur(threshold)} per transactie, kleinere vorderingen verzekert een private kredietverzekeraar",
            f"{base_en}; no export contracts over {eur(threshold, 'en')} given: export credit insurance (EKV) starts at {eur(threshold, 'en')} a transaction, smaller receivables are insured privately",
        )
    elif insurable_share <= 0:
        v = Verdict(NOT_ELIGIBLE).say(
            f"{base_nl}; buiten het coronapakket verzekert de staat vooral export buiten de EU, en die heeft u niet",
            f"{base_en}; outside the corona package the state mainly insures exports outside the EU, which you do not have",
        )
    else:
        # The State insures per transaction, and only a risk a private credit insurer
        # will not take (Atradius DSB FAQ, criterion 5): typically capital goods on long
        # credit, large contracts or country risk. Ordinary sales, also outside the EU,
        # are insured privately. So no amount: the share of sales outside the EU is the
        # ceiling of what could qualify, not what the State would insure.
        sales = revenue * insurable_share
        v = Verdict(POSSIBLE).say(
            f"{base_nl}; u heeft exportcontracten vanaf {eur(threshold)}, de ondergrens van de EKV",
            f"{base_en}; you have export contracts from {eur(threshold, 'en')}, the EKV threshold",
        )
        v.say(
            f"de Staat verzekert via Atradius Dutch State Business alleen per transactie een risico dat een particuliere kredietverzekeraar niet neemt: meestal kapitaalgoederen of diensten met een lange krediettermijn, een groot contract of een hoog landenrisico, met ten minste {pct(content)} Nederlands aandeel; de scan vraagt niet wat u exporteert, op welke termijn en aan wie",
            f"through Atradius Dutch State Business the State insures only, per transaction, a risk a private credit insurer will not take: mostly capital goods or services on long credit, a large contract or high country risk, with at least {pct(content, 'en')} Dutch content; the scan does not ask what you export, on which terms and to whom",
        )
        v.say(
            f"uw afzet {scope_phrase_nl(corona_today)} ({eur(sales)} per jaar) is dus geen verzekerbaar bedrag: gewone verkopen op korte termijn, ook aan afnemers buiten de EU, verzekert u bij een particuliere kredietverzekeraar; bij de Staat gaat het per contract, met hoogstens {pct(cover)} dekking van het commerciële risico en premie",
            f"your sales {scope_phrase_en(corona_today)} ({eur(sales, 'en')} a year) are therefore not an insurable amount: ordinary short-term sales, also to buyers outside the EU, are insured with a private credit insurer; with the State it goes per contract, with at most {pct(cover, 'en')} cover of the commercial risk and a premium",
        )
    if corona_on and corona.valid_to is not None and v.verdict != NOT_ELIGIBLE:
        v.say(
            f"coronapakket Atradius DSB (tot en met {date(corona.valid_to)}): ook kortlopend krediet aan EU/OESO-afnemers, hogere dekking op werkkapitaal- en contragaranties"
            + ("" if corona_today else "; afgelopen, dus niet in het bedrag"),
            f"Atradius DSB corona package (until {date(corona.valid_to, 'en')}): short-term credit to EU/OECD buyers too, higher cover on working-capital and counter guarantees"
            + ("" if corona_today else "; ended, so not in the amount"),
        )
    return result(ctx, "exportfinanciering", v, ekv)


def rule_praktijkleren(ctx: Context) -> MeasureResult:
    m = measure("praktijkleren")
    out = outside_horizon(ctx, m)
    if out is not None:
        return result(ctx, "praktijkleren", out)
    students = ctx.case.staff.bbl_students
    if students <= 0:
        return result(
            ctx,
            "praktijkleren",
            Verdict(NOT_ELIGIBLE).say("geen BBL-leerlingen opgegeven", "no BBL students given"),
        )
    # Not a crisis measure: applied for after the study year, in the window that is open
    # on the assessment day or opens next, for the study year that window closes.
    year, rate, recorded = praktijkleren_rate(ctx.today)
    maximum = m.number("max_rate_eur")
    if recorded:
        note_nl = f"tarief studiejaar {year}: {eur(rate)}"
        note_en = f"rate for study year {year}: {eur(rate, 'en')}"
    else:
        note_nl = f"het uitbetaalde bedrag voor studiejaar {year} is niet bevestigd: {eur(maximum)} is het maximum, bij overvraging wordt naar rato minder betaald (2018-2019: € 2.216,70; 2022-2023: ongeveer € 2.300)"
        note_en = f"the amount paid for study year {year} is not confirmed: {eur(maximum, 'en')} is the maximum, less is paid pro rata when oversubscribed (2018-2019: €2,216.70; 2022-2023: about €2,300)"
    amount = students * rate
    v = Verdict(ELIGIBLE, amount).say(
        f"{students} {'BBL-leerling' if students == 1 else 'BBL-leerlingen'} × {eur(rate)} = {eur(amount)} per studiejaar; {note_nl}",
        f"{students} {'BBL student' if students == 1 else 'BBL students'} × {eur(rate, 'en')} = {eur(amount, 'en')} a study year; {note_en}",
    )
    v.say(
        f"per leerwerkplek max. {int(m.number('max_weeks'))} weken begeleiding; FME vraagt het bedrag vast te zetten op minimaal € 2.700 en snel uit te betalen",
        f"per learning place at most {int(m.number('max_weeks'))} weeks of supervision; FME asks to fix the amount at €2,700 at least and pay quickly",
    )
    return result(ctx, "praktijkleren", v)


def rule_wbso(ctx: Context) -> MeasureResult:
    costs = ctx.case.finance.rd_wage_costs_annual_eur
    rd = ctx.case.staff.rd_staff
    if not costs and rd == 0:
        return result(
            ctx,
            "wbso",
            Verdict(NOT_ELIGIBLE).say(
                "geen R&D-medewerkers of R&D-loonkosten opgegeven",
                "no R&D staff or R&D wage costs given",
            ),
        )
    if not costs:
        return result(
            ctx,
            "wbso",
            Verdict(POSSIBLE).say(
                f"{rd} R&D-{'medewerker' if rd == 1 else 'medewerkers'} opgegeven; vul de jaarlijkse R&D-loonkosten in voor een bedrag",
                f"{rd} R&D staff given; enter the annual R&D wage costs for an amount",
            ),
        )
    # Applied for in advance: the year the application made today concerns, in that
    # year's brackets, or the latest published ones (said so).
    w = wbso_year(ctx.today)
    first = w.first_bracket_eur
    starter = ctx.case.company.startup_or_scaleup
    rate_first = w.rate_first_starter if starter else w.rate_first
    rate_rest = w.rate_rest
    amount = min(costs, first) * rate_first + max(costs - first, 0.0) * rate_rest
    year = w.brackets_year
    v = Verdict(ELIGIBLE, amount).say(
        f"{pct(rate_first)} over de eerste {eur(first)} en {pct(rate_rest)} daarboven ({year}{', starterstarief' if starter else ''}) van {eur(costs)} R&D-loonkosten = {eur(amount)} afdrachtvermindering per jaar",
        f"{pct(rate_first, 'en')} of the first {eur(first, 'en')} and {pct(rate_rest, 'en')} above ({year}{', starter rate' if starter else ''}) of {eur(costs, 'en')} R&D wage costs = {eur(amount, 'en')} tax credit a year",
    )
    v.say(
        f"alleen voor S&O-werk dat nog moet beginnen: een aanvraag vandaag gaat over {w.applies_to}; de eerstvolgende aanvraagperiode begint op {date(w.period_starts)}, aanvragen uiterlijk {date(w.deadline)}",
        f"only for R&D work still to start: an application today concerns {w.applies_to}; the next application period starts on {date(w.period_starts, 'en')}, apply by {date(w.deadline, 'en')}",
    )
    if not w.known:
        v.say(
            f"tegen de tarieven van {year}; {w.applies_to} nog niet bekend",
            f"at the {year} rates; {w.applies_to} not yet known",
        )
    v.say(
        "alleen loonkosten; de forfaitaire vergoeding voor overige kosten en uitgaven komt er nog bij. FME vraagt de WBSO te verruimen voor procesinnovatie en digitalisering",
        "wage costs only; the flat allowance for other costs and expenses comes on top. FME asks to widen WBSO to process innovation and digitisation",
    )
    return result(ctx, "wbso", v)


def _has_rd(ctx: Context) -> bool:
    return ctx.case.staff.rd_staff > 0 or bool(ctx.case.finance.rd_wage_costs_annual_eur)


def rule_innovatiekrediet(ctx: Context) -> MeasureResult:
    m = measure("innovatiekrediet")
    if not _has_rd(ctx):
        return result(
            ctx, "innovatiekrediet", Verdict(NOT_ELIGIBLE).say("geen R&D opgegeven", "no R&D given")
        )
    lo, hi = m.number("min_cost_share_pct"), m.number("max_cost_share_pct")
    v = Verdict(POSSIBLE).say(
        f"lening voor {pct(lo)}–{pct(hi)} van de ontwikkelkosten van een technisch vernieuwend project; RVO beoordeelt het project",
        f"a loan for {pct(lo, 'en')}–{pct(hi, 'en')} of the development costs of a technically novel project; RVO assesses the project",
    )
    if ctx.case.finance.has_innovation_credit:
        v.say(
            "u heeft al een innovatiekrediet: FME vraagt aflossingen voor start- en scale-ups op te schorten, maar zo'n uitstelregeling is niet gevonden",
            "you already have an innovation credit: FME asks to suspend repayments for start-ups and scale-ups, but no such deferral was found",
        )
    return result(ctx, "innovatiekrediet", v)


def rule_pps_toeslag(ctx: Context) -> MeasureResult:
    m = measure("pps_toeslag")
    ended = outside_horizon(ctx, m)
    if ended is not None:
        ended.say(
            "sinds 2024 vervangen door PPS-innovatie, een subsidie aan de topconsortia (TKI's): doe mee in een TKI-project",
            "replaced since 2024 by PPS-innovatie, a subsidy to the top-sector consortia (TKIs): join a TKI project",
        )
        return result(ctx, "pps_toeslag", ended)
    if not _has_rd(ctx):
        return result(
            ctx, "pps_toeslag", Verdict(NOT_ELIGIBLE).say("geen R&D opgegeven", "no R&D given")
        )
    return result(
        ctx,
        "pps_toeslag",
        Verdict(POSSIBLE).say(
            f"bij R&D samen met een kennisinstelling: toeslag {pct(m.number('rate_pct'))} over uw private bijdrage ({pct(m.number('rate_first_tranche_pct'))} over de eerste {eur(m.number('first_tranche_eur'))}); FME vraagt {pct(m.number('fme_ask_rate_pct'))}",
            f"for R&D with a research organisation: a surcharge of {pct(m.number('rate_pct'), 'en')} on your private contribution ({pct(m.number('rate_first_tranche_pct'), 'en')} on the first {eur(m.number('first_tranche_eur'), 'en')}); FME asks for {pct(m.number('fme_ask_rate_pct'), 'en')}",
        ),
    )


def rule_sde_ontheffing(ctx: Context) -> MeasureResult:
    m = measure("sde_ontheffing")
    out = outside_horizon(ctx, m)
    if out is not None:
        return result(ctx, "sde_ontheffing", out)
    if not ctx.case.finance.sde_project_deadline_2020:
        return result(
            ctx,
            "sde_ontheffing",
            Verdict(NOT_ELIGIBLE).say(
                "geen SDE+-project met een realisatiedeadline in 2020 opgegeven",
                "no SDE+ project with a 2020 completion deadline given",
            ),
        )
    return result(
        ctx,
        "sde_ontheffing",
        Verdict(ELIGIBLE).say(
            f"SDE+-project met deadline 2020: ontheffing van {int(m.number('extension_years'))} jaar extra om te realiseren; FME vraagt lopende beschikkingen te verlengen naar de opgelopen vertraging",
            f"SDE+ project with a 2020 deadline: an exemption of {int(m.number('extension_years'))} extra year to complete; FME asks to extend running decisions by the delay incurred",
        ),
    )


def rule_scholing(ctx: Context) -> MeasureResult:
    m = measure("scholing")
    slim = m.variant("slim")
    ended = outside_horizon(ctx, slim)
    if ended is not None:
        ended.say(
            "de SLIM-regeling verviel per 1 januari 2025 en het STAP-budget stopte op 1 januari 2024; de persoonlijke leerrekening en een omscholingsbonus zijn FME-voorstellen, geen recht",
            "the SLIM scheme lapsed on 1 January 2025 and the STAP budget ended on 1 January 2024; a personal learning account and a retraining bonus are FME proposals, not entitlements",
        )
        return result(ctx, "scholing", ended, slim)
    sc = ctx.forecast(ctx.chosen)
    name_nl, name_en = ctx.name(ctx.chosen), ctx.name(ctx.chosen, "en")
    fte_months = sum(sc.idle_fte)
    if fte_months <= 0.05:
        return result(
            ctx,
            "scholing",
            Verdict(NOT_ELIGIBLE).say(
                f"in {name_nl} geen leegloop om met scholing te vullen; SLIM betaalt een doorlichting en loopbaanadviezen, niet de opleiding zelf",
                f"no idle time in {name_en} to fill with training; SLIM pays for a company scan and career advice, not the training itself",
            ),
            slim,
        )
    v = Verdict(POSSIBLE).say(
        f"{number(fte_months)} fte-maanden leegloop in {name_nl}: gebruik ze voor bij- en omscholing (het paper: 'bijscholing dient gestimuleerd te worden'); de opleiding zelf betaalt u, SLIM-subsidie (tot {eur(slim.number('max_grant_per_employer_eur'))} per werkgever) dekt alleen de voorbereiding: doorlichting met opleidingsplan, loopbaanadviezen en leren op de werkvloer",
        f"{number(fte_months, 'en')} idle FTE-months in {name_en}: use them for training (the paper: 'training should be encouraged'); you pay for the training itself, a SLIM grant (up to {eur(slim.number('max_grant_per_employer_eur'), 'en')} per employer) covers only the preparation: a company scan with a training plan, career advice and learning on the job",
    )
    v.say(
        "STAP-budget stopte op 1 januari 2024; de persoonlijke leerrekening en een omscholingsbonus zijn FME-voorstellen, geen recht",
        "the STAP budget ended on 1 January 2024; a personal learning account and a retraining bonus are FME proposals, not entitlements",
    )
    return result(ctx, "scholing", v, slim)


def rule_kennismigranten(ctx: Context) -> MeasureResult:
    if ctx.case.staff.rd_staff == 0:
        return result(
            ctx,
            "kennismigranten",
            Verdict(NOT_ELIGIBLE).say(
                "geen R&D-specialisten opgegeven; de regeling is voor hooggekwalificeerde werknemers van buiten de EU",
                "no R&D specialists given; the scheme is for highly skilled employees from outside the EU",
            ),
        )
    return result(
        ctx,
        "kennismigranten",
        Verdict(POSSIBLE).say(
            f"{ctx.case.staff.rd_staff} R&D-{'medewerker' if ctx.case.staff.rd_staff == 1 else 'medewerkers'}: specialisten van buiten de EU kunnen via de kennismigrantenregeling snel een verblijfsvergunning krijgen (erkend referent vereist); FME vraagt de regeling te behouden",
            f"{ctx.case.staff.rd_staff} R&D staff: specialists from outside the EU can get a residence permit quickly through the scheme (recognised sponsor required); FME asks to keep it",
        ),
    )
