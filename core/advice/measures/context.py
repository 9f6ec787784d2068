"""What the measure rules read: the case, the forecast per scenario, NOW, cash paths,
the chosen scenario and the assessment day, and small helpers to build a verdict with
its reasons in nl and en.

A verdict is the verdict in the chosen scenario; the other scenarios are shown beside
it as a range, never mixed into it. Every reason is said by the decision that made the
verdict, so the two cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from core.fmt import date, eur
from core.inputs.case import Case
from core.model.cash import cash_gap
from core.months import month_name, month_of, month_start, parse_month
from core.reference.catalogue import (
    ApplicationState,
    Measure,
    Variant,
    as_of,
    catalogue_stale,
    measure,
    stale_after_months,
)
from core.reference.method import section_ref
from core.result import CashPath, MeasureResult, NowTrancheResult, ScenarioForecast, ScenarioVerdict

ELIGIBLE, POSSIBLE, NOT_ELIGIBLE, PROPOSAL = "eligible", "possible", "not_eligible", "proposal"
CAN_APPLY = (ELIGIBLE, POSSIBLE)

VERDICT_WORDS = {
    "nl": {
        ELIGIBLE: "komt in aanmerking",
        POSSIBLE: "mogelijk",
        NOT_ELIGIBLE: "niet van toepassing",
        PROPOSAL: "voorstel",
    },
    "en": {
        ELIGIBLE: "eligible",
        POSSIBLE: "possible",
        NOT_ELIGIBLE: "not eligible",
        PROPOSAL: "proposal",
    },
}


@dataclass(frozen=True)
class Context:
    case: Case
    scenarios: list[ScenarioForecast]
    now: list[NowTrancheResult]
    cash: dict[str, CashPath]
    chosen: str  # the scenario the user chose; every verdict is the verdict in it
    today: dt.date  # the assessment day: what is open for applications is judged on it
    # The result of a normal month (core.model.cash.normal_month), None without cash inputs
    normal_result: float | None = None

    @property
    def start(self) -> dt.date:
        return month_start(parse_month(self.scenarios[0].months[0]))

    @property
    def end(self) -> dt.date:
        last = month_start(parse_month(self.scenarios[0].months[-1]) + 1)
        return last - dt.timedelta(days=1)

    def forecast(self, scenario_id: str) -> ScenarioForecast:
        return next(s for s in self.scenarios if s.id == scenario_id)

    def name(self, scenario_id: str, lang: str = "nl") -> str:
        """``scenario II`` (for use inside a sentence)."""
        label = self.forecast(scenario_id).label(lang).split(" — ")[0].strip()
        return label[0].lower() + label[1:] if label.startswith("Scenario") else label

    def gap(self, scenario_id: str) -> float | None:
        """Largest cash shortfall in the scenario, None without finance inputs."""
        return cash_gap(self.cash.get(scenario_id))

    def months_with_drop(
        self, scenario_id: str, threshold: float, until: dt.date | None = None
    ) -> list[str]:
        sc = self.forecast(scenario_id)
        return [
            m
            for m, y in zip(sc.months, sc.revenue_index, strict=True)
            if 1.0 - y >= threshold - 1e-9
            and (until is None or month_start(parse_month(m)) <= until)
        ]


@dataclass
class Verdict:
    verdict: str
    amount: float | None = None
    nl: list[str] = field(default_factory=list)
    en: list[str] = field(default_factory=list)
    need_month: str | None = None  # "YYYY-MM": when the need this measure answers arises
    scheme: Measure | Variant | None = None  # the variant judged (chosen by timing)
    guaranteed: float | None = None  # a guarantee's amount is the loan; this the State's part

    def say(self, nl: str, en: str) -> Verdict:
        self.nl.append(nl)
        self.en.append(en)
        return self


def period_of(scheme: Measure | Variant) -> tuple[str | None, str | None]:
    return (
        scheme.valid_from.isoformat() if scheme.valid_from else None,
        scheme.valid_to.isoformat() if scheme.valid_to else None,
    )


def outside_horizon(ctx: Context, scheme: Measure | Variant) -> Verdict | None:
    """A not-eligible verdict when the scheme was not in force during the horizon."""
    if scheme.status == PROPOSAL or scheme.active_in(ctx.start, ctx.end):
        return None
    span_nl = f"liep af op {date(scheme.valid_to)}" if scheme.valid_to else "gold niet"
    span_en = f"ended on {date(scheme.valid_to, 'en')}" if scheme.valid_to else "did not apply"
    if scheme.valid_from and scheme.valid_to:
        span_nl = f"gold van {date(scheme.valid_from)} tot en met {date(scheme.valid_to)}"
        span_en = (
            f"ran from {date(scheme.valid_from, 'en')} to {date(scheme.valid_to, 'en')} inclusive"
        )
    return Verdict(NOT_ELIGIBLE).say(
        f"{span_nl}, buiten de periode van dit scenario ({date(ctx.start)} – {date(ctx.end)}); alleen ter informatie",
        f"{span_en}, outside this scenario's period ({date(ctx.start, 'en')} – {date(ctx.end, 'en')}); for information only",
    )


def open_in_month(scheme: Measure | Variant, month: str) -> bool:
    first = month_start(parse_month(month))
    last = month_start(parse_month(month) + 1) - dt.timedelta(days=1)
    return scheme.active_in(first, last)


def outside_window(
    scheme: Measure | Variant,
    name: str,
    need_month: str,
    need_nl: str,
    need_en: str,
    today: dt.date | None = None,
) -> Verdict | None:
    """Not eligible, with the dates, when the need arises outside the scheme's period:
    "uw kastekort valt in aug 2022; KKC liep tot en met 31 december 2021"."""
    if open_in_month(scheme, need_month):
        return None
    when = parse_month(need_month)
    first = month_start(when)
    head_nl = f"{need_nl} valt in {month_name(when)}"
    head_en = f"{need_en} arises in {month_name(when, 'en')}"
    if scheme.valid_from is not None and first < scheme.valid_from:
        v = Verdict(NOT_ELIGIBLE, need_month=need_month, scheme=scheme).say(
            f"{head_nl}; {name} opende pas op {date(scheme.valid_from)}",
            f"{head_en}; {name} only opened on {date(scheme.valid_from, 'en')}",
        )
    elif scheme.valid_to is not None and today is not None and scheme.valid_to >= today:
        v = Verdict(NOT_ELIGIBLE, need_month=need_month, scheme=scheme).say(
            f"{head_nl}; {name} loopt tot en met {date(scheme.valid_to)} (een verlenging is niet bekend)",
            f"{head_en}; {name} runs until {date(scheme.valid_to, 'en')} (no extension is known)",
        )
    elif scheme.valid_to is not None:
        v = Verdict(NOT_ELIGIBLE, need_month=need_month, scheme=scheme).say(
            f"{head_nl}; {name} liep tot en met {date(scheme.valid_to)}",
            f"{head_en}; {name} ran until {date(scheme.valid_to, 'en')}",
        )
    else:
        v = Verdict(NOT_ELIGIBLE, need_month=need_month, scheme=scheme).say(
            f"{head_nl}; {name} was toen niet open", f"{head_en}; {name} was not open then"
        )
    return v


def opens_text(window: ApplicationState, lang: str) -> str:
    """``aan te vragen vanaf 2 juni 2026`` / ``naar verwachting aan te vragen vanaf begin
    juni 2027 (nog niet gepubliceerd)``: when a scheme that is closed today opens."""
    assert window.opens is not None
    if window.opens_confirmed:
        return (
            f"aan te vragen vanaf {date(window.opens)}"
            if lang == "nl"
            else f"can be applied for from {date(window.opens, 'en')}"
        )
    month = date(window.opens, lang).split(" ", 1)[1]  # "juni 2027"
    return (
        f"naar verwachting aan te vragen vanaf begin {month}, de data zijn nog niet gepubliceerd"
        if lang == "nl"
        else f"expected to open for applications in early {month}, the dates are not yet published"
    )


def opens_text_of(m: MeasureResult, lang: str) -> str | None:
    """:func:`opens_text` for a result whose window is closed today but opens later;
    None when it is open today or does not open again."""
    if m.claimable_now or not m.apply_from:
        return None
    window = ApplicationState(
        mode=m.apply_mode,
        open=False,
        opens=dt.date.fromisoformat(m.apply_from),
        opens_confirmed=m.apply_from_confirmed,
    )
    return opens_text(window, lang)


def _scenario_verdict(v: Verdict) -> ScenarioVerdict:
    return {"verdict": v.verdict, "amount_eur": v.amount}


def others_line(ctx: Context, verdicts: dict[str, Verdict]) -> tuple[str, str] | None:
    """The other scenarios beside the chosen one: "scenario III: € 345.289; IV: …"."""
    chosen = verdicts[ctx.chosen]
    parts_nl, parts_en = [], []
    differs = False
    for sid, v in verdicts.items():
        if sid == ctx.chosen:
            continue
        differs = differs or v.verdict != chosen.verdict or (v.amount or 0) != (chosen.amount or 0)
        if v.verdict in CAN_APPLY and v.amount:
            parts_nl.append(f"{ctx.name(sid)}: {eur(v.amount)}")
            parts_en.append(f"{ctx.name(sid, 'en')}: {eur(v.amount, 'en')}")
        else:
            parts_nl.append(f"{ctx.name(sid)}: {VERDICT_WORDS['nl'][v.verdict]}")
            parts_en.append(f"{ctx.name(sid, 'en')}: {VERDICT_WORDS['en'][v.verdict]}")
    if not differs or not parts_nl:
        return None
    return (
        "andere scenario's — " + "; ".join(parts_nl),
        "other scenarios — " + "; ".join(parts_en),
    )


_FIELD_WORDS = {
    "status": ("de status", "the status"),
    "valid_from": ("de begindatum", "the start date"),
    "valid_to": ("de einddatum", "the end date"),
    "parameters": ("de bedragen", "the amounts"),
}


def unconfirmed_reason(scheme: Measure | Variant) -> tuple[str, str] | None:
    """A reason saying which of the scheme's status, dates or amounts no source confirmed."""
    if scheme.validity is None or not scheme.validity.unconfirmed:
        return None
    # A date that is not recorded (None) is no claim, so there is nothing to doubt.
    unset = {"valid_from"} if scheme.valid_from is None else set()
    unset |= {"valid_to"} if scheme.valid_to is None else set()
    fields = [_FIELD_WORDS[f] for f in scheme.validity.unconfirmed if f not in unset]
    if not fields:
        return None
    nl = ", ".join(f[0] for f in fields)
    en = ", ".join(f[1] for f in fields)
    return (
        f"niet bevestigd door een officiële bron: {nl} van deze regeling ({section_ref(6, 'nl')})",
        f"not confirmed by an official source: {en} of this scheme ({section_ref(6, 'en')})",
    )


def stale_note(result_as_of: str | None, today: dt.date, lang: str) -> str | None:
    """``De maatregelencatalogus is voor het laatst gecontroleerd op 7 december 2026 en
    kan verouderd zijn …`` when ``today`` is more than the set number of months after the
    catalogue's date (measures.json ``stale_after_months``); None otherwise."""
    try:
        checked = dt.date.fromisoformat(result_as_of) if result_as_of else as_of()
    except ValueError:
        checked = as_of()
    if not catalogue_stale(today, checked):
        return None
    months = stale_after_months()
    if lang == "nl":
        return (
            f"Let op: de maatregelencatalogus is voor het laatst gecontroleerd op {date(checked)} "
            f"en kan verouderd zijn (ouder dan {months} maanden); regelingen zonder bekende "
            "einddatum staan daarom hooguit op ‘mogelijk’ — controleer de pagina van elke regeling."
        )
    return (
        f"Note: the measures catalogue was last checked on {date(checked, 'en')} and may be "
        f"out of date (older than {months} months); schemes without a known end are therefore "
        "at most ‘possible’ — check each scheme's page."
    )


def stale_reason(today: dt.date) -> tuple[str, str] | None:
    """The reason an open-ended scheme is at most "possible" on an old catalogue."""
    if not catalogue_stale(today):
        return None
    checked, months = as_of(), stale_after_months()
    return (
        f"hooguit mogelijk: de catalogus is ouder dan {months} maanden (gecontroleerd op "
        f"{date(checked)}) en deze regeling heeft geen bekende einddatum, dus bedragen en "
        "voorwaarden kunnen veranderd zijn; controleer de pagina van de regeling",
        f"at most possible: the catalogue is older than {months} months (checked on "
        f"{date(checked, 'en')}) and this scheme has no known end, so its amounts and "
        "conditions may have changed; check the scheme's page",
    )


def per_scenario(
    ctx: Context, rule: Callable[[str], Verdict]
) -> tuple[Verdict, dict[str, Verdict]]:
    """The verdict in the chosen scenario (with the others beside it), and all of them."""
    verdicts = {s.id: rule(s.id) for s in ctx.scenarios}
    chosen = verdicts[ctx.chosen]
    out = Verdict(
        chosen.verdict,
        chosen.amount,
        list(chosen.nl),
        list(chosen.en),
        need_month=chosen.need_month,
        scheme=chosen.scheme,
        guaranteed=chosen.guaranteed,
    )
    line = others_line(ctx, verdicts)
    if line is not None:
        out.say(*line)
    return out, verdicts


def result(
    ctx: Context,
    measure_id: str,
    verdict: Verdict,
    scheme: Measure | Variant | None = None,
    by_scenario: dict[str, Verdict] | None = None,
) -> MeasureResult:
    m = measure(measure_id)
    used = verdict.scheme or scheme or m
    status = used.status
    final = verdict.verdict
    if status == PROPOSAL and final != NOT_ELIGIBLE:
        final = PROPOSAL  # a proposal is never an entitlement, whatever the numbers say
    if final == ELIGIBLE and status == PROPOSAL:
        raise AssertionError(f"{measure_id}: a proposal cannot be eligible")
    per = by_scenario or {s.id: verdict for s in ctx.scenarios}
    nl, en = list(verdict.nl), list(verdict.en)
    open_ended = used.status == "current" and used.valid_to is None
    stale = stale_reason(ctx.today) if open_ended else None
    if stale is not None and final in CAN_APPLY:
        # On an old catalogue an open-ended scheme may have changed or ended: never
        # counted as an entitlement (totals add only "eligible"), and said why.
        final = POSSIBLE
        per = {
            k: Verdict(POSSIBLE, v.amount) if v.verdict == ELIGIBLE else v for k, v in per.items()
        }
        nl.append(stale[0])
        en.append(stale[1])
    unconfirmed = unconfirmed_reason(used)
    if unconfirmed is not None:
        nl.append(unconfirmed[0])
        en.append(unconfirmed[1])
    window = used.application_on(ctx.today)
    open_today = window.open
    need = verdict.need_month
    need_ahead = need is None or parse_month(need) >= month_of(ctx.today)
    claimable = final in CAN_APPLY and open_today and need_ahead
    if final in CAN_APPLY and not claimable:
        year = parse_month(need) // 12 if need else ctx.start.year
        would_nl = "zou in aanmerking zijn gekomen" if final == ELIGIBLE else "was mogelijk geweest"
        would_en = "would have been eligible" if final == ELIGIBLE else "would have been possible"
        if need_ahead and window.opens is not None:
            # Open again later (praktijkleren: after the study year): not today.
            nl.append(f"nu niet aan te vragen; {opens_text(window, 'nl')}")
            en.append(f"cannot be applied for today; {opens_text(window, 'en')}")
        elif not open_today:
            ended = used.valid_to or ctx.today
            nl.append(
                f"{would_nl} ({year}); {used.name('nl')} is afgelopen"
                + (f" op {date(ended)}" if used.valid_to else "")
                + ": nu niet meer aan te vragen"
            )
            en.append(
                f"{would_en} ({year}); {used.name('en')} has ended"
                + (f" on {date(ended, 'en')}" if used.valid_to else "")
                + ": it cannot be applied for today"
            )
        else:
            nl.append(
                f"{would_nl} ({year}): dit gaat over een behoefte in het verleden, niet over een aanvraag vandaag"
            )
            en.append(f"{would_en} ({year}): this is about a past need, not an application today")
    has_amount = verdict.amount is not None
    return MeasureResult(
        id=measure_id,
        status=status,
        verdict=final,
        amount_eur=verdict.amount,
        guaranteed_eur=verdict.guaranteed if has_amount else None,
        reasons_nl=nl,
        reasons_en=en,
        sources=list(m.sources),
        period=period_of(used),
        by_scenario={k: _scenario_verdict(v) for k, v in per.items()},
        kind=m.kind if has_amount else None,
        per=m.per if has_amount else None,
        claimable_now=claimable,
        apply_mode=window.mode,
        apply_from=window.opens.isoformat() if window.opens else None,
        apply_from_confirmed=window.opens_confirmed,
        apply_until=window.until.isoformat() if window.until else None,
        apply_until_confirmed=window.until_confirmed,
        need_month=need,
        alternatives=m.alternatives,
    )


def no_cash_inputs() -> Verdict:
    return Verdict(POSSIBLE).say(
        "vul bij Financiën de kas en de overige vaste lasten in om het benodigde leningbedrag te berekenen",
        "enter cash and other fixed costs under Finance to compute the loan size needed",
    )


def is_history(m: MeasureResult) -> bool:
    """A past need or an ended scheme: what the company would have received then, never
    part of what it can apply for today or later."""
    return not m.claimable_now and m.apply_from is None


def totals(measures: list[MeasureResult]) -> dict[str, dict[str, float]]:
    """What the company qualifies for, by kind, never adding amounts of different eras:
    ``claimable_now`` (open today), ``chosen_scenario`` (the chosen scenario's current
    schemes: open today or opening later) and ``history`` (past needs and ended schemes,
    such as NOW 2020-2022, shown apart). Only "eligible" counts: a "possible" measure
    hangs on something the scan cannot know, so it is listed but never added in.
    Measures that answer one need (``alternatives``) count once, with the largest
    amount. Within a total, amounts of one kind over different periods (a year, a study
    year, once) are never added: such a kind is keyed ``kind/per``."""

    def add_up(rows: list[MeasureResult]) -> dict[str, float]:
        chosen: list[MeasureResult] = []
        groups: dict[str, MeasureResult] = {}
        for m in rows:
            if m.amount_eur is None or m.kind is None or m.amount_eur <= 0:
                continue
            if m.alternatives:
                best = groups.get(m.alternatives)
                if best is None or (best.amount_eur or 0) < m.amount_eur:
                    groups[m.alternatives] = m
                continue
            chosen.append(m)
        chosen += list(groups.values())
        pers: dict[str, set[str]] = {}
        for m in chosen:
            assert m.kind is not None
            pers.setdefault(m.kind, set()).add(m.per or "once")
        out: dict[str, float] = {}
        for m in chosen:
            assert m.kind is not None and m.amount_eur is not None
            key = m.kind if len(pers[m.kind]) == 1 else f"{m.kind}/{m.per or 'once'}"
            out[key] = out.get(key, 0.0) + m.amount_eur
        return out

    can = [m for m in measures if m.verdict == ELIGIBLE]
    return {
        "claimable_now": add_up([m for m in can if m.claimable_now]),
        "chosen_scenario": add_up([m for m in can if not is_history(m)]),
        "history": add_up([m for m in can if is_history(m)]),
    }
