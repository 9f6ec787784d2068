"""What the measure rules read: the case, the forecast per scenario, NOW, cash paths,
the horizon, and small helpers to build a verdict with its reasons in nl and en."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from core.case import Case
from core.cash import cash_gap
from core.catalogue import Measure, Variant, measure
from core.method import section_ref
from core.months import month_start, parse_month
from core.result import CashPath, MeasureResult, NowTrancheResult, ScenarioForecast

ELIGIBLE, POSSIBLE, NOT_ELIGIBLE, PROPOSAL = "eligible", "possible", "not_eligible", "proposal"


@dataclass(frozen=True)
class Context:
    case: Case
    scenarios: list[ScenarioForecast]
    now: list[NowTrancheResult]
    cash: dict[str, CashPath]
    central: str  # the scenario the summary verdict follows (CPB's scenario II)

    @property
    def start(self) -> dt.date:
        return month_start(parse_month(self.scenarios[0].months[0]))

    @property
    def end(self) -> dt.date:
        last = month_start(parse_month(self.scenarios[0].months[-1]) + 1)
        return last - dt.timedelta(days=1)

    def gap(self, scenario_id: str) -> float | None:
        """Largest cash shortfall in the scenario, None without finance inputs."""
        return cash_gap(self.cash.get(scenario_id))

    def months_with_drop(
        self, scenario_id: str, threshold: float, until: dt.date | None = None
    ) -> list[str]:
        sc = next(s for s in self.scenarios if s.id == scenario_id)
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
    span_nl = f"liep af op {scheme.valid_to.isoformat()}" if scheme.valid_to else "gold niet"
    span_en = f"ended on {scheme.valid_to.isoformat()}" if scheme.valid_to else "did not apply"
    if scheme.valid_from and scheme.valid_to:
        span_nl = f"gold van {scheme.valid_from.isoformat()} tot {scheme.valid_to.isoformat()}"
        span_en = f"ran from {scheme.valid_from.isoformat()} to {scheme.valid_to.isoformat()}"
    return Verdict(NOT_ELIGIBLE).say(
        f"{span_nl}, buiten de periode van dit scenario ({ctx.start.isoformat()} – {ctx.end.isoformat()}); alleen ter informatie",
        f"{span_en}, outside this scenario's period ({ctx.start.isoformat()} – {ctx.end.isoformat()}); for information only",
    )


def summary_rule(ctx: Context, verdicts: dict[str, Verdict]) -> Verdict:
    """One verdict over the scenarios: the central scenario (II) decides; a verdict that
    holds only in another scenario makes it "possible"."""
    central = verdicts[ctx.central]
    others = [v.verdict for k, v in verdicts.items() if k != ctx.central]
    if central.verdict in (ELIGIBLE, PROPOSAL):
        out = Verdict(central.verdict, central.amount)
    elif ELIGIBLE in others or POSSIBLE in others or central.verdict == POSSIBLE:
        out = Verdict(POSSIBLE, central.amount)
    else:
        out = Verdict(NOT_ELIGIBLE, central.amount)
    out.nl.extend(central.nl)
    out.en.extend(central.en)
    n_ok = sum(v.verdict == ELIGIBLE for v in verdicts.values())
    out.say(
        f"oordeel volgens scenario II (middenscenario van het CPB); in {n_ok} van de {len(verdicts)} scenario's komt u in aanmerking",
        f"verdict follows scenario II (CPB's middle scenario); eligible in {n_ok} of {len(verdicts)} scenarios",
    )
    return out


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


def result(
    measure_id: str,
    verdict: Verdict,
    scheme: Measure | Variant | None = None,
    by_scenario: dict[str, Verdict] | None = None,
) -> MeasureResult:
    m = measure(measure_id)
    used = scheme or m
    status = used.status
    final = verdict.verdict
    if status == PROPOSAL and final != NOT_ELIGIBLE:
        final = PROPOSAL  # a proposal is never an entitlement, whatever the numbers say
    if final == ELIGIBLE and status == PROPOSAL:
        raise AssertionError(f"{measure_id}: a proposal cannot be eligible")
    reasons_nl, reasons_en = list(verdict.nl), list(verdict.en)
    unconfirmed = unconfirmed_reason(used)
    if unconfirmed is not None:
        reasons_nl.append(unconfirmed[0])
        reasons_en.append(unconfirmed[1])
    return MeasureResult(
        id=measure_id,
        status=status,
        verdict=final,
        amount_eur=verdict.amount,
        reasons_nl=reasons_nl,
        reasons_en=reasons_en,
        sources=list(m.sources),
        period=period_of(used),
        by_scenario={k: v.verdict for k, v in (by_scenario or {}).items()},
        amount_by_scenario={
            k: v.amount for k, v in (by_scenario or {}).items() if v.amount is not None
        },
    )


def per_scenario(
    ctx: Context, rule: Callable[[str], Verdict]
) -> tuple[Verdict, dict[str, Verdict]]:
    verdicts = {s.id: rule(s.id) for s in ctx.scenarios}
    return summary_rule(ctx, verdicts), verdicts


def no_cash_inputs() -> Verdict:
    return Verdict(POSSIBLE).say(
        "vul bij Financiën de kas en de overige vaste lasten in om het benodigde leningbedrag te berekenen",
        "enter cash and other fixed costs under Finance to compute the loan size needed",
    )
