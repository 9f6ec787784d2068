"""The CPB scenarios (resources/scenarios.json): monthly GDP gap, supply disruption,
workforce restrictions. Pure numpy functions of time, so that any shift (China's lead,
an order book, stock on hand) is an evaluation at another time, for any array shape.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import cache

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.months import month_of, parse_month
from core.resources import load_json

FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class Gap:
    """GDP gap path: ``depth`` at the start of the restrictions, deepening linearly to
    ``depth_end`` at their end, then recovering towards ``scar`` with time constant
    ``tau`` months."""

    depth: float
    depth_end: float
    tau: float
    scar: float


@dataclass(frozen=True)
class Scenario:
    id: str
    cpb: str
    nl: str
    en: str
    restriction_months: int
    targets: dict[str, float]
    supply_disruption: float
    foreign_severity: float
    gap: Gap
    start_month: int
    horizon_months: int

    def label(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en

    @property
    def months(self) -> list[int]:
        return list(range(self.start_month, self.start_month + self.horizon_months))


@cache
def _data() -> dict[str, object]:
    data: dict[str, object] = load_json("scenarios.json")
    return data


def trend_growth_annual() -> float:
    return float(_data()["trend_growth_annual"])  # type: ignore[arg-type]


@cache
def cpb_scenarios() -> tuple[Scenario, ...]:
    """The four CPB scenarios, starting March 2020."""
    data = _data()
    start = parse_month(str(data["start_month"]))
    horizon = int(data["horizon_months"])  # type: ignore[call-overload]
    out = []
    for row in data["scenarios"]:  # type: ignore[attr-defined]
        out.append(
            Scenario(
                id=row["id"],
                cpb=row["cpb"],
                nl=row["nl"],
                en=row["en"],
                restriction_months=int(row["restriction_months"]),
                targets=dict(row["targets"]),
                supply_disruption=float(row["supply_disruption"]),
                foreign_severity=float(row["foreign_severity"]),
                gap=Gap(**row["gap"]),
                start_month=start,
                horizon_months=horizon,
            )
        )
    return tuple(out)


def scenarios_starting(today: dt.date | None) -> tuple[Scenario, ...]:
    """The CPB scenarios as of 2020, or (``today`` given) the same shapes starting in
    today's month: "what if a crisis like this began now"."""
    base = cpb_scenarios()
    if today is None:
        return base
    start = month_of(today)
    return tuple(replace(s, id=f"{s.id}_now", start_month=start) for s in base)


def gdp_gap(gap: Gap, restriction_months: float, t: ArrayLike) -> FloatArray:
    """Fraction below trend at ``t`` months after the start (0 before the start)."""
    t = np.asarray(t, dtype=np.float64)
    r = float(restriction_months)
    during = gap.depth + (gap.depth_end - gap.depth) * np.clip(t, 0.0, r) / r
    after = gap.scar + (gap.depth_end - gap.scar) * np.exp(-np.maximum(t - r, 0.0) / gap.tau)
    return np.where(t < 0, 0.0, np.where(t < r, during, after))


def restriction_profile(
    restriction_months: float, recovery_months: float | FloatArray, t: ArrayLike
) -> FloatArray:
    """1 during the restrictions, decaying exponentially after, 0 before the start."""
    t = np.asarray(t, dtype=np.float64)
    r = float(restriction_months)
    after = np.exp(-np.maximum(t - r, 0.0) / recovery_months)
    return np.where(t < 0, 0.0, np.where(t < r, 1.0, after))


def in_restrictions(restriction_months: float, t: ArrayLike) -> FloatArray:
    t = np.asarray(t, dtype=np.float64)
    return ((t >= 0) & (t < restriction_months)).astype(np.float64)
