"""The scenario set: CPB's four scenarios of March 2020 (resources/scenarios.json) and
the realised paths (resources/realised.json): what happened in 2020-2021, used as a
reference next to CPB's, and the 2008-2010 recession, used as a shape for a crisis that
starts now.

A scenario is a monthly GDP gap (fraction below the pre-crisis trend) plus a calendar of
restrictions, each window with an intensity (1 = a full lockdown for industry's
customers and shop floors). Everything is a pure numpy function of time, so that any
shift (China's lead, an order book, stock on hand) is an evaluation at another time, for
any array shape.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.months import month_label, month_of, parse_month
from core.reference.resources import load_json
from core.reference.stress import GdpShock, OwnLike, Shock, StressSpec, library

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
class Window:
    """Restrictions from ``start`` to ``end`` (months after the scenario's start, may be
    fractional) at ``intensity`` (1 = full lockdown)."""

    start: float
    end: float
    intensity: float


@dataclass(frozen=True)
class Scenario:
    id: str
    cpb: str  # CPB's numeral (I-IV); "" for the realised paths
    nl: str
    en: str
    restriction_months: int
    targets: dict[str, float]
    supply_disruption: float
    foreign_severity: float
    gap: Gap
    start_month: int
    horizon_months: int
    # "forecast" (CPB, March 2020), "reference" (what happened), "shape" (a past
    # crisis replayed from today's month) or "stress" (a stress test of today, issue 17).
    kind: str = "forecast"
    # Restriction windows; None means one full window over ``restriction_months``.
    windows: tuple[Window, ...] | None = None
    # A realised gap per month after the start (read, not fitted); empty means ``gap``.
    gap_path: tuple[float, ...] = ()
    # Industry's orders relative to the gap, as a multiple of the elasticity assumption:
    # 1 for the CPB scenarios; lower where GDP fell mostly in services (2020) or where the
    # gap is another series' (2008-2010: euro-area order intake, see order_gap_path).
    demand_scale: float = 1.0
    # Whether the gap path already holds the lost orders customers placed again (an
    # order-intake series), so that the engine adds none on top.
    replaced_orders_in_path: bool = False
    source: str = ""
    # Stress tests (kind "stress"): shocks per country in three channels, and the
    # optional macro gap they add (already in ``gap_path``; kept for display).
    shocks: tuple[Shock, ...] = ()
    stress_gdp: GdpShock | None = None

    def label(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en

    @property
    def months(self) -> list[int]:
        return list(range(self.start_month, self.start_month + self.horizon_months))

    @property
    def restriction_windows(self) -> tuple[Window, ...]:
        if self.windows is not None:
            return self.windows
        return (Window(0.0, float(self.restriction_months), 1.0),)

    def gap_at(self, t: ArrayLike) -> FloatArray:
        """GDP gap at ``t`` months after the start: the fitted family, or the realised
        monthly path (linear between months, the last value held after its end)."""
        if not self.gap_path:
            return gdp_gap(self.gap, self.restriction_months, t)
        t = np.asarray(t, dtype=np.float64)
        path = np.asarray(self.gap_path, dtype=np.float64)
        inside = np.interp(t, np.arange(len(path), dtype=np.float64), path)
        return np.where(t < 0, 0.0, inside)

    def intensity(self, t: ArrayLike) -> FloatArray:
        """Restriction intensity at ``t`` (0 outside every window)."""
        t = np.asarray(t, dtype=np.float64)
        out = np.zeros(t.shape)
        for w in self.restriction_windows:
            out = np.maximum(out, np.where((t >= w.start) & (t < w.end), w.intensity, 0.0))
        return out

    def disruption(self, recovery_months: float | FloatArray, t: ArrayLike) -> FloatArray:
        """Intensity during each window, decaying exponentially after its end with
        ``recovery_months``; 0 before the first window."""
        t = np.asarray(t, dtype=np.float64)
        shape = np.broadcast(t, np.asarray(recovery_months)).shape
        out: FloatArray | None = None
        # -x / r is x / -r exactly, and in a window exp(-0 / r) = 1, so the decay
        # formula gives the intensity there; before the window the level is 0.
        minus_recovery = -np.asarray(recovery_months, dtype=np.float64)
        for w in self.restriction_windows:
            level = np.broadcast_to(np.divide(np.maximum(t - w.end, 0.0), minus_recovery), shape)
            level = np.asarray(np.exp(level))
            level *= w.intensity
            level *= t >= w.start  # intensities are never negative: +0 before the window
            # Levels are never negative, so the first needs no maximum with zero.
            out = level if out is None else np.maximum(out, level, out=out)
        return np.zeros(shape) if out is None else out

    def first_restriction(self) -> float:
        """When the first restrictions begin (infinity if there are none)."""
        return min((w.start for w in self.restriction_windows), default=float("inf"))

    def restricted_month_indices(self) -> list[int]:
        """Month indices (0 = start month) with any restriction in force."""
        t = np.arange(self.horizon_months, dtype=np.float64)
        return [int(i) for i in np.nonzero(self.intensity(t) > 0)[0]]


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
                source=f"{data['source']}; {data['source_url']}",
            )
        )
    return tuple(out)


@cache
def _realised() -> dict[str, object]:
    data: dict[str, object] = load_json("realised.json")
    return data


def quarterly_gap_path(
    levels: dict[str, float], start: int, horizon: int, trend_growth_annual: float
) -> tuple[float, ...]:
    """Monthly gap from quarterly GDP levels (index, 100 = the quarter before the start).

    Each month takes its quarter's level; trend grows ``trend_growth_annual`` a year from
    the middle of the base quarter. In the start quarter the months before the start
    were normal, so the quarter's whole shortfall falls in its months from the start.
    The last quarter's gap holds after it.
    """
    by_quarter: dict[int, float] = {}
    for key, value in levels.items():
        year, quarter = key.split("Q")
        by_quarter[int(year) * 4 + int(quarter) - 1] = float(value)
    base_q = min(by_quarter)
    base_mid = base_q * 3 + 1  # month ordinal of the base quarter's middle month
    start_q = start // 3
    gaps: list[float] = []
    for m in range(start, start + horizon):
        q = min(m // 3, max(by_quarter))
        trend = 100.0 * (1.0 + trend_growth_annual) ** ((q * 3 + 1 - base_mid) / 12.0)
        gap = 1.0 - by_quarter[q] / trend
        if q == start_q:
            gap *= 3.0 / (3 - start % 3)
        gaps.append(round(gap, 6))
    return tuple(gaps)


def order_level(yoy_pct: dict[str, float]) -> dict[int, float]:
    """Order intake against the year before the crisis (1 = normal) by month ordinal,
    from its changes on a year earlier: in the first twelve months the change itself,
    after that the change times the level a year earlier (a year after the trough, +20%
    is still below normal). The months must follow each other without a gap."""
    months = sorted(parse_month(k) for k in yoy_pct)
    if months != list(range(months[0], months[-1] + 1)):
        raise ValueError("the order series has a gap: every month is needed")
    level: dict[int, float] = {}
    for m in months:
        level[m] = level.get(m - 12, 1.0) * (1.0 + float(yoy_pct[month_label(m)]) / 100.0)
    return level


def order_gap_path(yoy_pct: dict[str, float], start: int, horizon: int) -> tuple[float, ...]:
    """Monthly gap 1 - order level (:func:`order_level`) from month ordinal ``start``; the
    last month's gap holds after it. The series must begin at the start."""
    level = order_level(yoy_pct)
    if min(level) != start:
        raise ValueError(f"the order series must begin in {month_label(start)}")
    last = max(level)
    return tuple(round(1.0 - level[min(m, last)], 9) for m in range(start, start + horizon))


def _month_windows(start: float, end: float, intensity: float) -> list[Window]:
    """A window with day-precise ends as whole-month windows: a month only partly under
    restrictions gets the intensity times the part covered (15 March: about half of
    March), so the model, which reads each month at its start, sees the month's mean."""
    lo, hi = int(np.ceil(start)), int(np.floor(end))
    if hi < lo:  # starts and ends within one month
        return [Window(float(hi), float(lo), round(intensity * (end - start), 6))]
    out = []
    if lo > start:
        out.append(Window(float(lo - 1), float(lo), round(intensity * (lo - start), 6)))
    if hi > lo:
        out.append(Window(float(lo), float(hi), intensity))
    if end > hi and hi >= lo:
        out.append(Window(float(hi), float(hi + 1), round(intensity * (end - hi), 6)))
    return out


def _realised_scenario(row: dict[str, Any], start: int, horizon: int) -> Scenario:
    first = parse_month(str(row["start_month"]))
    windows = tuple(
        part
        for w in row["windows"]
        for part in _month_windows(
            float(parse_month(w["from"]) - first) + (float(w.get("from_day", 1)) - 1) / 30.0,
            float(parse_month(w["to"]) - first) + (float(w.get("to_day", 1)) - 1) / 30.0,
            float(w["intensity"]),
        )
    )
    if "order_intake" in row:  # demand follows order intake, not GDP
        gap_path = order_gap_path(row["order_intake"]["yoy_pct"], first, horizon)
    else:
        gap_path = quarterly_gap_path(
            row["gdp_quarterly_level"], first, horizon, float(row["trend_growth_annual"])
        )
    return Scenario(
        id=row["id"],
        cpb="",
        nl=row["nl"],
        en=row["en"],
        restriction_months=int(np.ceil(max((w.end for w in windows), default=0.0))),
        targets={},
        supply_disruption=float(row["supply_disruption"]),
        foreign_severity=float(row["foreign_severity"]),
        gap=Gap(0.0, 0.0, 1.0, 0.0),
        start_month=start,
        horizon_months=horizon,
        kind=row["kind"],
        windows=windows,
        gap_path=gap_path,
        demand_scale=float(row["demand_scale"]),
        replaced_orders_in_path=bool(row.get("replaced_orders_in_path", False)),
        source=row["source"],
    )


@cache
def reference_scenarios() -> tuple[Scenario, ...]:
    """What happened (``kind`` "reference"), from its own start month."""
    horizon = int(_data()["horizon_months"])  # type: ignore[call-overload]
    rows = [r for r in _realised()["scenarios"] if r["kind"] == "reference"]  # type: ignore[attr-defined]
    return tuple(_realised_scenario(r, parse_month(r["start_month"]), horizon) for r in rows)


@cache
def shape_scenarios(start: int, horizon: int | None = None) -> tuple[Scenario, ...]:
    """Past crises (``kind`` "shape") replayed from month ordinal ``start``."""
    h = horizon or int(_data()["horizon_months"])  # type: ignore[call-overload]
    rows = [r for r in _realised()["scenarios"] if r["kind"] == "shape"]  # type: ignore[attr-defined]
    return tuple(_realised_scenario(r, start, h) for r in rows)


def realised_scenario(scenario_id: str, horizon: int | None = None) -> Scenario:
    """A realised path from its own historical start (the backtest's input)."""
    h = horizon or int(_data()["horizon_months"])  # type: ignore[call-overload]
    for row in _realised()["scenarios"]:  # type: ignore[attr-defined]
        if row["id"] == scenario_id:
            return _realised_scenario(row, parse_month(row["start_month"]), h)
    raise KeyError(scenario_id)


def scenarios_starting(today: dt.date | None) -> tuple[Scenario, ...]:
    """The scenario set every view shows.

    As of 2020 (``today`` None): CPB's four scenarios and what happened (``nl2020``).
    With ``today``: "what if a crisis began now": CPB's four shapes, borrowed from 2020
    and labelled so, plus the 2008-2010 demand recession, all starting in today's month.
    """
    if today is None:
        return cpb_scenarios() + reference_scenarios()
    start = month_of(today)
    borrowed = _realised()["borrowed"]
    out = [
        replace(
            s,
            id=f"{s.id}_now",
            start_month=start,
            kind="shape",
            nl=f"{s.nl} ({borrowed['nl']})",  # type: ignore[index]
            en=f"{s.en} ({borrowed['en']})",  # type: ignore[index]
            source=str(borrowed["source"]),  # type: ignore[index]
        )
        for s in cpb_scenarios()
    ]
    out += [replace(s, id=f"{s.id}_now") for s in shape_scenarios(start)]
    return tuple(out)


OWN_ID = "own"


def stress_scenario(
    scenario_id: str,
    nl: str,
    en: str,
    shocks: tuple[Shock, ...],
    gdp: GdpShock | None,
    start: int,
    source: str,
    horizon: int | None = None,
) -> Scenario:
    """A stress test as a scenario of the model: no restrictions and no
    ``supply_disruption`` (its supply shocks carry that), the macro gap (if any) as a
    realised-style monthly path acting on every customer."""
    h = horizon or int(_data()["horizon_months"])  # type: ignore[call-overload]
    t = np.arange(h, dtype=np.float64)
    path = gdp.shape(t) if gdp is not None else np.zeros(h)
    return Scenario(
        id=scenario_id,
        cpb="",
        nl=nl,
        en=en,
        restriction_months=0,
        targets={},
        supply_disruption=0.0,
        foreign_severity=1.0,
        gap=Gap(0.0, 0.0, 1.0, 0.0),
        start_month=start,
        horizon_months=h,
        kind="stress",
        windows=(),
        gap_path=tuple(round(float(x), 9) for x in path),
        demand_scale=1.0,
        source=source,
        shocks=shocks,
        stress_gdp=gdp,
    )


def _from_spec(spec: StressSpec, start: int) -> Scenario:
    return stress_scenario(
        spec.id, spec.nl, spec.en, spec.shocks, spec.gdp_gap, start, spec.source()
    )


def stress_scenarios(today: dt.date, own: OwnLike | None = None) -> tuple[Scenario, ...]:
    """The stress start's set: the library's stress tests from ``today``'s month, plus
    the member's own scenario (id "own"; an ``OwnScenario`` of the case) when given."""
    start = month_of(today)
    out = [_from_spec(spec, start) for spec in library()]
    if own is not None:
        name = own.name
        source = (
            f"own scenario of the member, based on {own.based_on}"
            if own.based_on
            else "own scenario of the member"
        )
        out.append(stress_scenario(OWN_ID, name, name, own.shocks, own.gdp_gap, start, source))
    return tuple(out)


def gdp_gap(gap: Gap, restriction_months: float, t: ArrayLike) -> FloatArray:
    """Fraction below trend at ``t`` months after the start (0 before the start)."""
    t = np.asarray(t, dtype=np.float64)
    r = float(restriction_months)
    # after = scar + (depth_end - scar) x exp(-max(t - r, 0) / tau), in one buffer
    # (-x / tau is x / -tau exactly).
    out: FloatArray = np.asarray(np.exp(np.maximum(t - r, 0.0) / -gap.tau))
    out *= gap.depth_end - gap.scar
    out += gap.scar
    # During the restrictions: depth, deepening linearly to depth_end. A flat gap that
    # recovers to 0 needs no copy: there the formula above is depth_end x 1 + 0.
    if gap.depth_end != gap.depth or gap.scar != 0.0 or r <= 0:
        during = gap.depth + (gap.depth_end - gap.depth) * np.clip(t, 0.0, r) / r
        np.copyto(out, during, where=t < r)
    out *= t >= 0
    out += 0.0  # 0 before the start (+0, whatever the sign of the gap)
    return out


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


def scenario_source(scenario_id: str) -> str:
    """Where a scenario of the set comes from, for citing next to its figures: CPB's
    March 2020 scenarios, a CPB shape borrowed from 2020 (``..._now``), CBS figures, or
    a stress test's facts."""
    for spec in library():
        if spec.id == scenario_id:
            return spec.source()
    base = scenario_id.removesuffix("_now")
    for sc in cpb_scenarios():
        if sc.id == base:
            if base != scenario_id:
                return str(_realised()["borrowed"]["source"])  # type: ignore[index]
            return sc.source
    for row in _realised()["scenarios"]:  # type: ignore[attr-defined]
        if row["id"] == base:
            return str(row["source"])
    return ""


_URL = re.compile(r"https?://[^\s;]+")
_SAME = re.compile(r"same address as (\d{4}Q\d)")


def realised_row(scenario_id: str) -> dict[str, Any]:
    """A realised path's row of data (``..._now`` is its row too)."""
    for row in _realised()["scenarios"]:  # type: ignore[attr-defined]
        if row["id"] == scenario_id.removesuffix("_now"):
            return dict(row)
    raise KeyError(scenario_id)


def realised_source(scenario_id: str, lang: str) -> str:
    """A realised path's source as a reader sees it, in ``lang`` (``nl`` or ``en``)."""
    row = realised_row(scenario_id)
    return str(row.get(f"source_{lang}") or row["source"])


def realised_links(scenario_id: str) -> tuple[tuple[str, str], ...]:
    """Every address a realised path's data cites, once, in the data's order, with what it
    is the source of: the GDP quarters (``"2021Q1, 2021Q4"``), the months of an
    order-intake series (``"2008-10"``) or ``"windows"`` (the restriction calendar)."""
    row = realised_row(scenario_id)
    cited: dict[str, list[str]] = {}
    by_what: dict[str, list[str]] = {}
    # The path's own input: order intake where it follows orders, else the GDP quarters.
    if "order_intake" in row:
        path = list(row["order_intake"]["where"].items())
    else:
        path = list(row["gdp_how"].items())
    items = [*path, ("windows", row.get("windows_source", ""))]
    for what, text in items:
        urls = [u.rstrip(".,)") for u in _URL.findall(str(text))]
        for same in _SAME.findall(str(text)):  # "same address as 2021Q1"
            urls += [u for key, found in by_what.items() if same in key for u in found]
        by_what[what] = urls
        for url in urls:
            cited.setdefault(url, []).append(what)
    return tuple((", ".join(whats), url) for url, whats in cited.items())
