"""NOW per tranche (model.md section 4), vectorised over profiles and scenarios.

Subsidy = A x B x n x (1 + surcharge) x pct, with A the revenue drop in the tranche's
measurement window (capped where the tranche caps it) and B the monthly wage bill
capped at employees x the tranche's wage cap; advance = 80%, computed with the
advance drop cap where one applies (NOW-5). Reference revenue for a window of n months
is annual revenue x n / 12.

Windows and the chain rule (``resources/now_tranches.json``, ``chain_rule``): each
tranche's window starts in one of its allowed months (NOW-3.1: October, November or
December 2020, ...). When the employer received the previous tranche, the next
tranche's window must follow on from ("aansluiten op") the previous window: it starts
the month after that window ends (UWV, conditions of the second application period,
https://www.uwv.nl/werkgevers/overige-onderwerpen/now/tweede-aanvraagperiode-now/detail/voorwaarden).
Without that claim the employer chooses freely. A tranche is claimed only when its
window shows a drop of at least 20% (a rejected application is no tranche received).

:func:`now_for` chooses, for every profile and scenario, the legal chain (which
tranches to claim, each claimed tranche's start month) with the largest total subsidy.
It is exact: dynamic programming over the tranches, whose state is the previous
tranche's choice (a start month, or not claimed); the loops run over tranches and
their at most four options, never over profiles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray

from core.fmt import eur
from core.months import parse_month
from core.resources import load_json

F = NDArray[np.float64]
Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]

NOT_CLAIMED = -1  # a chain's entry for a tranche that is not claimed


@dataclass(frozen=True)
class Tranche:
    id: str
    period: tuple[int, int]  # month ordinals
    window_starts: tuple[int, ...]  # allowed first months of the measurement window
    window_months: int
    follows_previous: bool  # the chain rule links this window to the previous tranche's
    surcharge: float
    pct: float
    drop_cap: float | None
    advance_drop_cap: float | None
    wage_cap_monthly_eur: float  # per employee: 2 x the maximum dagloon of the tranche
    wage_reference: str
    reference_revenue: str
    wage_sum_exemption: float


@dataclass(frozen=True)
class NowRules:
    min_drop: float
    advance_share: float
    tranches: tuple[Tranche, ...]
    sources: tuple[str, ...]  # official pages (UWV, Rijksoverheid, Staatscourant)
    secondary_sources: tuple[str, ...]  # third-party pages, labelled as such in the data


def _check_chain(tranches: Sequence[Tranche]) -> None:
    """A window that must follow on from the previous one must be an allowed start."""
    for prev, t in pairwise(tranches):
        if not t.follows_previous:
            continue
        for start in prev.window_starts:
            if start + prev.window_months not in t.window_starts:
                raise ValueError(
                    f"now_tranches.json: {t.id} must follow on from {prev.id}, but "
                    f"{prev.id}'s window from month {start} has no allowed follow-on start"
                )


@cache
def now_rules() -> NowRules:
    data = load_json("now_tranches.json")
    tranches = tuple(
        Tranche(
            id=row["id"],
            period=(parse_month(row["period"][0]), parse_month(row["period"][1])),
            window_starts=tuple(parse_month(m) for m in row["window_starts"]),
            window_months=int(row["window_months"]),
            follows_previous=bool(row["follows_previous"]),
            surcharge=float(row["surcharge"]),
            pct=float(row["pct"]),
            drop_cap=row["drop_cap"],
            advance_drop_cap=row["advance_drop_cap"],
            wage_cap_monthly_eur=float(row["wage_cap_monthly_eur"]),
            wage_reference=row["wage_reference"],
            reference_revenue=row["reference_revenue"],
            wage_sum_exemption=float(row["wage_sum_exemption"]),
        )
        for row in data["tranches"]
    )
    _check_chain(tranches)
    return NowRules(
        min_drop=float(data["min_drop"]),
        advance_share=float(data["advance_share"]),
        tranches=tranches,
        sources=tuple(s["url"] for s in data["sources"]),
        secondary_sources=tuple(s["url"] for s in data["secondary_sources"]),
    )


def tranche(tranche_id: str, rules: NowRules | None = None) -> Tranche:
    rules = rules or now_rules()
    return next(t for t in rules.tranches if t.id == tranche_id)


def wage_cap_text(lang: str = "nl", rules: NowRules | None = None) -> str:
    """The caps per group of tranches: ``€ 9.538 (NOW-1 – NOW-3.3), € 9.718 (NOW-4), ...``."""
    rules = rules or now_rules()
    groups: list[tuple[float, list[str]]] = []
    for t in rules.tranches:
        if groups and groups[-1][0] == t.wage_cap_monthly_eur:
            groups[-1][1].append(t.id)
        else:
            groups.append((t.wage_cap_monthly_eur, [t.id]))
    parts = []
    for cap, ids in groups:
        span = ids[0] if len(ids) == 1 else f"{ids[0]} – {ids[-1]}"
        parts.append(f"{eur(cap, lang)} ({span})")
    return ", ".join(parts)


def capped_wage_bill(wage_bill: F, employees: F, t: Tranche) -> F:
    """The wage bill that counts for tranche ``t``: at most employees x its wage cap."""
    return np.minimum(wage_bill, employees * t.wage_cap_monthly_eur)


def subsidy(
    t: Tranche, drop: F, wage_bill: F, employees: F, rules: NowRules | None = None
) -> tuple[F, F, F]:
    """Eligibility, subsidy and advance for a given (uncapped) drop."""
    rules = rules or now_rules()
    base = capped_wage_bill(wage_bill, employees, t)
    eligible = (drop >= rules.min_drop - 1e-12).astype(np.float64)
    factor = t.window_months * (1.0 + t.surcharge) * t.pct
    a = drop if t.drop_cap is None else np.minimum(drop, t.drop_cap)
    amount = eligible * a * base * factor
    a_adv = a if t.advance_drop_cap is None else np.minimum(a, t.advance_drop_cap)
    advance = eligible * rules.advance_share * a_adv * base * factor
    return eligible, amount, advance


@dataclass(frozen=True)
class NowArrays:
    """The best legal chain per profile and scenario; arrays are (N, S, T) unless noted.

    For a claimed tranche the window is the chain's; for one not claimed it is the
    window the chain left open: the follow-on window when the previous tranche was
    claimed and the rule links them, else the allowed window with the largest drop.
    """

    tranches: tuple[Tranche, ...]  # those whose windows fall inside the horizon
    linked: tuple[bool, ...]  # per tranche: the chain rule ties it to the one before
    drop: F  # drop in the shown window, uncapped
    window_start: Ints  # month ordinal of the shown window's first month
    forced: Bools  # the chain rule fixed this window (the previous tranche was claimed)
    eligible: F  # 1.0 where the tranche is claimed in the best chain
    subsidy_eur: F
    advance_eur: F
    skipped_eur: F  # not claimed although its shown window alone would pay this much
    total_eur: F  # (N, S) the best chain's total subsidy

    @property
    def best_start(self) -> Ints:
        """The shown window's first month (the name the callers before the chain used)."""
        return self.window_start


def window_drops(cumulative: F, start: int, t: Tranche) -> F:
    """(N, S, W) drop in each allowed window of ``t``. ``cumulative`` is the revenue index
    summed over months, (N, S, M + 1) with a leading 0, month 0 = ``start``."""
    first = np.asarray(t.window_starts) - start
    total = cumulative[:, :, first + t.window_months] - cumulative[:, :, first]
    return 1.0 - total / t.window_months


def _links(inside: Sequence[Tranche], rules: NowRules) -> list[bool]:
    """Whether each inside tranche is chained to the inside tranche before it."""
    order = {t.id: i for i, t in enumerate(rules.tranches)}
    out = []
    for k, t in enumerate(inside):
        prev_ok = k > 0 and order[inside[k - 1].id] == order[t.id] - 1
        out.append(bool(t.follows_previous and prev_ok))
    return out


def best_chain(
    value: Sequence[F], tranches: Sequence[Tranche], linked: Sequence[bool]
) -> tuple[Ints, F]:
    """The chain with the largest total ``value``.

    ``value[k]`` is (N, S, W_k): the subsidy of claiming tranche k with its w-th start,
    or -inf where that claim is impossible (drop below the minimum). Returns the chosen
    start index per tranche, (N, S, T) with ``NOT_CLAIMED`` for a tranche left out, and
    the best total (N, S). Options per tranche are its starts then "not claimed"; the
    state carried forward is the previous tranche's option.
    """
    n, s = value[0].shape[:2]
    best = np.zeros((n, s, 1))  # before the first tranche: one state, total 0
    prev_opts = 1
    back: list[Ints] = []
    for k, t in enumerate(tranches):
        w = len(t.window_starts)
        # options: 0..w-1 = claim with that start, w = not claimed
        from_skip = best.max(axis=2)
        arg_skip = best.argmax(axis=2)
        cand = np.empty((n, s, w + 1))
        arg = np.empty((n, s, w + 1), dtype=np.int64)
        cand[:, :, w], arg[:, :, w] = from_skip, arg_skip
        for o in range(w):
            if linked[k]:
                prev = tranches[k - 1]
                # previous not claimed (its last option) or claimed with the start that
                # this window follows on from
                allowed = [prev_opts - 1] + [
                    p
                    for p, ps in enumerate(prev.window_starts)
                    if ps + prev.window_months == t.window_starts[o]
                ]
                sub = best[:, :, allowed]
                pick = sub.argmax(axis=2)
                arg[:, :, o] = np.asarray(allowed)[pick]
                cand[:, :, o] = np.take_along_axis(sub, pick[..., None], axis=2)[..., 0]
            else:
                cand[:, :, o], arg[:, :, o] = from_skip, arg_skip
            cand[:, :, o] += value[k][:, :, o]
        best = cand
        back.append(arg)
        prev_opts = w + 1
    choice = np.empty((n, s, len(tranches)), dtype=np.int64)
    opt = best.argmax(axis=2)
    total = np.take_along_axis(best, opt[..., None], axis=2)[..., 0]
    for k in range(len(tranches) - 1, -1, -1):
        w = len(tranches[k].window_starts)
        choice[:, :, k] = np.where(opt == w, NOT_CLAIMED, opt)
        opt = np.take_along_axis(back[k], opt[..., None], axis=2)[..., 0]
    return choice, total


def _at(a: F, idx: Ints) -> F:
    """``a[n, s, idx[n, s]]``."""
    return np.take_along_axis(a, idx[..., None], axis=2)[..., 0]


def now_for(
    revenue: F,
    start_months: Sequence[int],
    wage_bill: F,
    employees: F,
) -> NowArrays:
    """NOW for every tranche whose windows lie inside each scenario's months, along the
    best legal chain.

    ``revenue`` is (N, S, M) in index form; all scenarios here share one start month
    (a scenario set starts together), given per scenario for safety.
    """
    rules = now_rules()
    n, s, m = revenue.shape
    start = start_months[0]
    if any(x != start for x in start_months):
        raise ValueError("scenarios in one run must share their start month")
    inside = tuple(
        t
        for t in rules.tranches
        if all(ws - start >= 0 and ws - start + t.window_months <= m for ws in t.window_starts)
    )
    linked = tuple(_links(inside, rules))
    wb, emp = wage_bill[:, None, None], employees[:, None, None]
    cumulative = np.concatenate([np.zeros((n, s, 1)), np.cumsum(revenue, axis=2)], axis=2)
    drops = [window_drops(cumulative, start, t) for t in inside]
    paid = [subsidy(t, d, wb, emp, rules) for t, d in zip(inside, drops, strict=True)]
    value = [np.where(e > 0, a, -np.inf) for e, a, _ in paid]
    shape = (n, s, len(inside))
    if not inside:
        z = np.zeros(shape)
        no = np.zeros(shape, dtype=bool)
        return NowArrays(inside, linked, z, z.astype(np.int64), no, z, z, z, z, np.zeros((n, s)))
    choice, total = best_chain(value, inside, linked)
    drop = np.zeros(shape)
    window_start = np.zeros(shape, dtype=np.int64)
    forced = np.zeros(shape, dtype=bool)
    eligible = np.zeros(shape)
    amount = np.zeros(shape)
    advance = np.zeros(shape)
    skipped = np.zeros(shape)
    for k, t in enumerate(inside):
        c = choice[:, :, k]
        claimed = c != NOT_CLAIMED
        starts = np.asarray(t.window_starts)
        if linked[k]:
            prev = inside[k - 1]
            pc = choice[:, :, k - 1]
            forced[:, :, k] = pc != NOT_CLAIMED
            follow_on = np.asarray(prev.window_starts)[np.maximum(pc, 0)] + prev.window_months
            follow_idx = np.searchsorted(starts, follow_on)  # an allowed start (_check_chain)
        else:
            follow_idx = np.zeros((n, s), dtype=np.int64)
        free_idx = drops[k].argmax(axis=2)
        open_idx = np.where(forced[:, :, k], follow_idx, free_idx)
        shown = np.where(claimed, c, open_idx)
        _, a, adv = paid[k]
        drop[:, :, k] = _at(drops[k], shown)
        window_start[:, :, k] = starts[shown]
        eligible[:, :, k] = claimed
        amount[:, :, k] = np.where(claimed, _at(a, shown), 0.0)
        advance[:, :, k] = np.where(claimed, _at(adv, shown), 0.0)
        skipped[:, :, k] = np.where(claimed, 0.0, _at(a, shown))
    return NowArrays(
        inside, linked, drop, window_start, forced, eligible, amount, advance, skipped, total
    )
