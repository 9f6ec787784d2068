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
from core.model.parallel import parallel_map
from core.months import parse_month
from core.reference.resources import load_json

F = NDArray[np.float64]
Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]
Small = NDArray[np.int8]  # option indices, and NOT_CLAIMED

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


def window_drops(revenue: F, start: int, t: Tranche) -> list[F]:
    """Drop in each allowed window of ``t``, one (N, S) array per window; ``revenue`` is
    (N, S, M) in index form with month 0 = ``start``."""
    out = []
    for ws in t.window_starts:
        first = ws - start
        total = revenue[:, :, first].copy()
        for i in range(first + 1, first + t.window_months):
            total += revenue[:, :, i]
        out.append(1.0 - total / t.window_months)
    return out


def _best_of(options: Sequence[F]) -> tuple[F, Small]:
    """Elementwise maximum over the options and the first option that reaches it."""
    val, arg = options[0], np.zeros(options[0].shape, dtype=np.int8)
    if len(options) > 1:
        val = val.copy()  # updated in place, never the caller's array
    for i, o in enumerate(options[1:], start=1):
        take = o > val
        np.copyto(val, o, where=take)
        np.copyto(arg, np.int8(i), where=take)
    return val, arg


def _links(inside: Sequence[Tranche], rules: NowRules) -> list[bool]:
    """Whether each inside tranche is chained to the inside tranche before it."""
    order = {t.id: i for i, t in enumerate(rules.tranches)}
    out = []
    for k, t in enumerate(inside):
        prev_ok = k > 0 and order[inside[k - 1].id] == order[t.id] - 1
        out.append(bool(t.follows_previous and prev_ok))
    return out


def best_chain(
    value: Sequence[Sequence[F]], tranches: Sequence[Tranche], linked: Sequence[bool]
) -> tuple[list[Small], F]:
    """The chain with the largest total ``value``.

    ``value[k][w]`` is (N, S): the subsidy of claiming tranche k with its w-th start, or
    -inf where that claim is impossible (drop below the minimum). Returns per tranche
    the chosen start index, (N, S) with ``NOT_CLAIMED`` where the tranche is left out,
    and the best total (N, S). Options per tranche are its starts, then "not claimed";
    the state carried forward is the previous tranche's option. Ties go to the first
    option, and between following on and leaving the previous tranche out, to the latter.
    """
    shape = value[0][0].shape
    best: list[F] = [np.zeros(shape)]  # before the first tranche: one state, total 0
    back: list[list[Small]] = []
    for k, t in enumerate(tranches):
        w = len(t.window_starts)
        skip_val, skip_arg = _best_of(best)
        cand: list[F] = []
        arg: list[Small] = []
        for o in range(w):
            if linked[k]:
                prev = tranches[k - 1]
                left_out = len(best) - 1  # the previous tranche's "not claimed"
                via = [
                    p
                    for p, ps in enumerate(prev.window_starts)
                    if ps + prev.window_months == t.window_starts[o]
                ]
                if via:
                    take = best[via[0]] > best[left_out]
                    cand.append(np.where(take, best[via[0]], best[left_out]) + value[k][o])
                    arg.append(np.where(take, np.int8(via[0]), np.int8(left_out)))
                else:
                    cand.append(best[left_out] + value[k][o])
                    arg.append(np.full(shape, left_out, dtype=np.int8))
            else:
                cand.append(skip_val + value[k][o])
                arg.append(skip_arg)
        best = [*cand, skip_val]
        back.append([*arg, skip_arg])
    total, opt = _best_of(best)
    choice: list[Small] = [opt] * len(tranches)
    for k in range(len(tranches) - 1, -1, -1):
        w = len(tranches[k].window_starts)
        choice[k] = np.where(opt == w, np.int8(NOT_CLAIMED), opt)
        opt = np.choose(opt, back[k])
    return choice, total


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
    n = revenue.shape[0]
    start = start_months[0]
    if any(x != start for x in start_months):
        raise ValueError("scenarios in one run must share their start month")
    if n <= CHUNK:
        return _now_rows(revenue, start, wage_bill, employees)
    # Profiles are independent: chunks keep the temporaries in cache, on threads.
    parts = parallel_map(
        lambda lo: _now_rows(
            revenue[lo : lo + CHUNK], start, wage_bill[lo : lo + CHUNK], employees[lo : lo + CHUNK]
        ),
        range(0, n, CHUNK),
    )
    first = parts[0]
    return NowArrays(
        first.tranches,
        first.linked,
        *(np.concatenate([vars(x)[name] for x in parts]) for name in _NOW_ROWS),
    )


CHUNK = 8192  # profiles per part of a large batch
_NOW_ROWS = (
    "drop window_start forced eligible subsidy_eur advance_eur skipped_eur total_eur".split()
)


def _now_rows(revenue: F, start: int, wage_bill: F, employees: F) -> NowArrays:
    """:func:`now_for` for one part of the profiles."""
    rules = now_rules()
    n, s, m = revenue.shape
    inside = tuple(
        t
        for t in rules.tranches
        if all(ws - start >= 0 and ws - start + t.window_months <= m for ws in t.window_starts)
    )
    linked = tuple(_links(inside, rules))
    shape = (n, s, len(inside))
    if not inside:
        z = np.zeros(shape)
        no = np.zeros(shape, dtype=bool)
        return NowArrays(inside, linked, z, z.astype(np.int64), no, z, z, z, z, np.zeros((n, s)))
    wb, emp = wage_bill[:, None], employees[:, None]
    drops = [window_drops(revenue, start, t) for t in inside]
    value = []  # the subsidy of each claim, -inf where the drop is below the minimum
    for t, ds in zip(inside, drops, strict=True):
        scale = capped_wage_bill(wb, emp, t) * (t.window_months * (1.0 + t.surcharge) * t.pct)
        capped = ds if t.drop_cap is None else [np.minimum(d, t.drop_cap) for d in ds]
        value.append(
            [
                np.where(d >= rules.min_drop - 1e-12, c * scale, -np.inf)
                for d, c in zip(ds, capped, strict=True)
            ]
        )
    choice, total = best_chain(value, inside, linked)
    out: dict[str, list[NDArray[np.generic]]] = {
        key: [] for key in ("drop", "start", "forced", "claimed", "amount", "advance", "skipped")
    }
    for k, t in enumerate(inside):
        c = choice[k]
        claimed = c != NOT_CLAIMED
        if linked[k]:
            prev = inside[k - 1]
            forced = choice[k - 1] != NOT_CLAIMED
            # index of the follow-on start for each start of the previous tranche
            table = np.asarray(
                [t.window_starts.index(ps + prev.window_months) for ps in prev.window_starts]
            )
            follow_idx = table[np.maximum(choice[k - 1], 0)]
        else:
            forced = np.zeros((n, s), dtype=bool)
            follow_idx = np.zeros((n, s), dtype=np.int8)
        _, free_idx = _best_of(drops[k])
        shown = np.where(claimed, c, np.where(forced, follow_idx, free_idx))
        drop = np.choose(shown, drops[k])
        _, pay, advance = subsidy(t, drop, wb, emp, rules)
        out["drop"].append(drop)
        out["start"].append(np.asarray(t.window_starts)[shown])
        out["forced"].append(forced)
        out["claimed"].append(claimed.astype(np.float64))
        out["amount"].append(np.where(claimed, pay, 0.0))
        out["advance"].append(np.where(claimed, advance, 0.0))
        out["skipped"].append(np.where(claimed, 0.0, pay))
    # (T, N, S) in memory, seen as (N, S, T): stacking along the first axis is a copy of
    # contiguous blocks
    st = {key: np.moveaxis(np.stack(v, axis=0), 0, 2) for key, v in out.items()}
    return NowArrays(
        inside,
        linked,
        st["drop"],
        st["start"],
        st["forced"],
        st["claimed"],
        st["amount"],
        st["advance"],
        st["skipped"],
        total,
    )
