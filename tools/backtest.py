"""Backtest: the model against what Dutch industry produced.

A population of member-like profiles (order books, export and supplier shares drawn from
the distributions in resources/backtest.json, each with its source) is scored through
the vectorised engine under a realised scenario; the mean revenue index is the model's
industry index. Its change on the same month a year earlier is compared with CBS's
manufacturing output, month by month.

    .venv/bin/python tools/backtest.py                      # 2020-2021, scenario nl2020
    .venv/bin/python tools/backtest.py --period 2008        # 2008-2010, shape rec2008
    .venv/bin/python tools/backtest.py --scenario cpb2      # a CPB scenario instead
    .venv/bin/python tools/backtest.py --set deferral_share=0 --png /tmp/b.png
    .venv/bin/python tools/backtest.py --stress nexperia_2025   # a stress test replayed

It prints the error per month, writes a PNG of both paths, and ends with one line:
``backtest: RMSE X.X pp over N months``. For 2008 (whose shape follows order intake,
resources/realised.json) it also replays the period with demand driven by the realised
GDP path and by the order-intake series, each as stored and level-matched.
``--stress ID`` replays a library stress test from the month its precedent started
against the hit sector's series in resources/backtest.json ("stress"), change on the
month before, and ends with ``stress replay: RMSE X.X pp over N months``.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.model.engine import score_arrays  # noqa: E402
from core.model.profiles import ASSUMPTION_FIELDS, ProfileArrays  # noqa: E402
from core.months import (  # noqa: E402
    month_label,
    month_start,
    parse_month,
)
from core.reference.assumptions import resolve  # noqa: E402
from core.reference.resources import load_json  # noqa: E402
from core.reference.scenarios import (  # noqa: E402
    Scenario,
    cpb_scenarios,
    order_gap_path,
    quarterly_gap_path,
    realised_row,
    realised_scenario,
    stress_scenarios,
)

F = np.ndarray


@dataclass(frozen=True)
class Bound:
    """A month CBS only put a direction on ('grew', 'no decline', 'lower'): the CBS
    figure lies above ``low`` and/or below ``high`` (%); ``model_pct`` is the model's."""

    month: str
    low: float | None
    high: float | None
    model_pct: float

    @property
    def met(self) -> bool:
        above = self.low is None or self.model_pct >= self.low
        below = self.high is None or self.model_pct <= self.high
        return above and below

    def describe(self) -> str:
        if self.low is not None and self.high is not None:
            return f"{self.low:g}..{self.high:g}"
        return f">= {self.low:g}" if self.low is not None else f"<= {self.high:g}"


@dataclass(frozen=True)
class Backtest:
    period: str
    scenario: str
    months: list[str]  # compared months, YYYY-MM
    model_pct: list[float]  # model industry index, % change on a year earlier
    cbs_pct: list[float]
    level: list[float]  # model industry index per month from the start (1 = normal)
    level_months: list[str]
    bounds: list[Bound] = dataclasses.field(default_factory=list)
    # The sector's change on a year earlier just before the crisis (% a year, CBS; see
    # pre_crisis in resources/backtest.json): the year before lies on that trend.
    trend_pct: float = 0.0

    @property
    def errors(self) -> list[float]:
        return [m - c for m, c in zip(self.model_pct, self.cbs_pct, strict=True)]

    @property
    def rmse(self) -> float:
        e = np.asarray(self.errors)
        return float(np.sqrt(np.mean(e**2)))

    def model_pct_at(self, label: str, trend: bool = True) -> float:
        """The model's change on a year earlier in any month of its horizon: as CBS
        measures it (with the sector's pre-crisis trend), or the crisis effect alone."""
        start = parse_month(self.level_months[0])
        m = parse_month(label)
        g = self.trend_pct if trend else 0.0
        return _yoy(self.level, start, g, m)

    def first_year(self) -> tuple[list[str], float]:
        """The compared months of the crisis's first twelve months, and their RMSE."""
        start = parse_month(self.level_months[0])
        keep = [i for i, m in enumerate(self.months) if parse_month(m) < start + 12]
        e = np.asarray([self.errors[i] for i in keep])
        return [self.months[i] for i in keep], float(np.sqrt(np.mean(e**2)))


def pre_crisis_trend(spec: dict[str, Any]) -> float:
    """The mean of the stored changes on a year earlier before the crisis, % a year (0
    without any)."""
    values = list(spec.get("pre_crisis", {}).get("yoy_pct", {}).values())
    return float(np.mean(values)) if values else 0.0


def _yoy(level: list[float] | F, start: int, trend_pct: float, m: int) -> float:
    """% change on a year earlier of month ``m``: from ``start`` the model's index
    (1 = the level at the start of the crisis); before it the sector's trend,
    (1 + g)^(-months before the start / 12)."""

    def at(k: int) -> float:
        if k < start:
            return float((1.0 + trend_pct / 100.0) ** (-(start - k) / 12.0))
        if k - start >= len(level):
            raise ValueError(f"{month_label(k)} is past the scenario's horizon")
        return float(level[k - start])

    return 100.0 * (at(m) / at(m - 12) - 1.0)


def _draw(spec: dict[str, Any], n: int, rng: np.random.Generator) -> F:
    kind = spec["dist"]
    if kind == "fixed":
        return np.full(n, float(spec["value"]))
    if kind == "lognormal":
        return float(spec["median"]) * np.exp(rng.normal(0.0, float(spec["sigma"]), n))
    if kind == "beta":
        mean, conc = float(spec["mean"]), float(spec["concentration"])
        return rng.beta(mean * conc, (1.0 - mean) * conc, n)
    raise ValueError(f"unknown distribution {kind!r}")


def population(
    n: int, seed: int, overrides: dict[str, float] | None = None, subsector: str | None = None
) -> ProfileArrays:
    """``n`` member-like profiles, straight into the engine's arrays (no Python loop); for
    a sub-sector, the same population with that sub-sector's order books."""
    data = load_json("backtest.json")
    spec = dict(data["population"])
    if subsector is not None:
        spec["order_book_months"] = data["subsectors"]["sectors"][subsector]["order_book_months"]
    rng = np.random.default_rng(seed)
    order = _draw(spec["order_book_months"], n, rng)
    export = _draw(spec["export_share"], n, rng)
    cn_sales = export * _draw(spec["china_share_of_exports"], n, rng)
    demand = np.stack([1.0 - export, cn_sales, export - cn_sales], axis=1)
    s_cn = _draw(spec["supply_value_share_cn"], n, rng)
    s_other = _draw(spec["supply_value_share_other_foreign"], n, rng)
    supply = np.stack([np.zeros(n), s_cn, s_other], axis=1)
    shares = spec["distancing"]["shares"]
    kinds = list(shares)
    distancing = rng.choice(kinds, size=n, p=[shares[k] for k in kinds])
    a = resolve(overrides)
    ones = np.ones(n)
    loss = np.select(
        [distancing == k for k in kinds], [a[f"distancing_loss_{k}"] * ones for k in kinds]
    )
    fields: dict[str, Any] = {
        "n": n,
        "revenue": 12.0 * ones,
        "purchases": s_cn + s_other,
        "stock_months": _draw(spec["stock_months"], n, rng),
        "order_months": order,
        "fte": ones,
        "employees": ones,
        "wage_bill": ones,
        "demand": demand,
        "supply": supply,
        "crit_supply": np.zeros((n, 1)),
        "crit_group": np.zeros((n, 1), dtype=np.int64),
        "crit_alt_months": np.zeros((n, 1)),
        "crit_mask": np.zeros((n, 1), dtype=bool),
        "distancing_loss": loss,
    }
    for field, key in ASSUMPTION_FIELDS.items():
        if key in a:
            fields[field] = a[key] * ones
    names = {f.name for f in dataclasses.fields(ProfileArrays)}
    return ProfileArrays(**{k: v for k, v in fields.items() if k in names})


def scenario_for(period: str, scenario_id: str | None) -> Scenario:
    """The period's realised scenario, or a CPB scenario started in the period's month."""
    spec = load_json("backtest.json")["periods"][period]
    wanted = scenario_id or spec["scenario"]
    start = parse_month(spec["first"])
    for sc in cpb_scenarios():
        if sc.id == wanted:
            return dataclasses.replace(sc, start_month=start)
    return realised_scenario(wanted)


def run(
    period: str = "2020",
    scenario_id: str | None = None,
    profiles: int = 4000,
    seed: int = 1,
    overrides: dict[str, float] | None = None,
    subsector: str | None = None,
    scenario: Scenario | None = None,
) -> Backtest:
    """The model against CBS over the period: the whole industry, or one sub-sector
    (its CBS months only, its order books); ``scenario`` replaces the period's own
    (see :func:`demand_driven`)."""
    spec = dict(load_json("backtest.json")["periods"][period])
    sector = load_json("backtest.json")["subsectors"]["sectors"][subsector] if subsector else {}
    if subsector is not None:
        spec["yoy_pct"] = sector["yoy_pct"]
        spec["pre_crisis"] = sector.get("pre_crisis", {})
    trend = pre_crisis_trend(spec)
    sc = scenario or scenario_for(period, scenario_id)
    p = population(profiles, seed, overrides, subsector)
    revenue = score_arrays(p, [sc]).forecast.revenue[:, 0, :]  # (N, M)
    level = revenue.mean(axis=0)  # the industry index, 1 = the level at the start
    start = sc.start_month

    def yoy(m: int) -> float:
        return _yoy(level, start, trend, m)

    months, model, cbs = [], [], []
    first, last = parse_month(spec["first"]), parse_month(spec["last"])
    bounds = [
        Bound(label, bound.get("min"), bound.get("max"), yoy(parse_month(label)))
        for label, bound in sorted(sector.get("bounds", {}).items())
    ]
    for label, value in sorted(spec["yoy_pct"].items()):
        m = parse_month(label)
        if first <= m <= last:
            months.append(label)
            model.append(yoy(m))
            cbs.append(float(value))
    return Backtest(
        period=period,
        scenario=sc.id,
        months=months,
        model_pct=model,
        cbs_pct=cbs,
        level=[float(v) for v in level],
        level_months=[month_label(start + i) for i in range(len(level))],
        bounds=bounds,
        trend_pct=trend,
    )


def driver_pct(period: str, driver: str, elasticity: float) -> dict[int, float]:
    """The period's demand driver as % change of order intake per month from the start:
    ``gdp``, elasticity x the realised GDP gap (the quarterly levels, demand scale 1, as
    the shape was before it followed orders); ``orders``, the shape's order-intake
    series (resources/realised.json, ``order_intake``), chained into a level."""
    sc = scenario_for(period, None)
    row = realised_row(sc.id)
    if driver == "gdp":
        gap = quarterly_gap_path(
            row["gdp_quarterly_level"],
            sc.start_month,
            sc.horizon_months,
            float(row["trend_growth_annual"]),
        )
        pct = [-100.0 * elasticity * g for g in gap]
    else:
        gap = order_gap_path(row["order_intake"]["yoy_pct"], sc.start_month, sc.horizon_months)
        pct = [-100.0 * g for g in gap]
    return {sc.start_month + i: float(v) for i, v in enumerate(pct)}


def demand_driven(period: str, driver: str, elasticity: float, level_matched: bool) -> Scenario:
    """The period's scenario with order intake following ``driver`` (:func:`driver_pct`).
    Level-matched, the driver is scaled so that its mean over the first twelve months
    CBS put a figure on equals CBS's mean output change there (in those months a year
    earlier was before the crisis, so CBS's change and the driver's level are the same
    measure): the depth is then CBS's, and the comparison tests the timing and the way
    back (as nl2020's demand scale does for 2020). The path enters the engine as the gap
    that gives that order intake at ``elasticity``; an order-intake path holds the
    orders placed again (none are added on top), a GDP path does not."""
    sc = scenario_for(period, None)
    pct = driver_pct(period, driver, elasticity)
    spec = load_json("backtest.json")["periods"][period]
    scale = 1.0
    if level_matched:
        cbs = {parse_month(k): float(v) for k, v in spec["yoy_pct"].items()}
        common = [m for m in cbs if sc.start_month <= m < sc.start_month + 12]
        scale = float(np.mean([cbs[m] for m in common]) / np.mean([pct[m] for m in common]))
    months = sorted(pct)
    gap = [-scale * pct[m] / 100.0 / (elasticity * sc.demand_scale) for m in months]
    return dataclasses.replace(
        sc,
        id=f"{sc.id}_{driver}",
        gap_path=tuple(gap),
        replaced_orders_in_path=driver == "orders",
    )


def print_drivers(period: str, profiles: int, seed: int, overrides: dict[str, float]) -> None:
    """The 2008-2010 replay with demand driven by GDP and by order intake, each as it
    is and level-matched (issue 21: industry fell before GDP did)."""
    sc = scenario_for(period, None)
    if "order_intake" not in realised_row(sc.id):
        return
    e = resolve(overrides)["elasticity"]
    print()
    print(f"demand driver, {period} replay (see resources/realised.json, {sc.id}):")
    for driver, level in itertools.product(("gdp", "orders"), (False, True)):
        bt = run(
            period,
            None,
            profiles,
            seed,
            overrides,
            scenario=demand_driven(period, driver, e, level),
        )
        what = "level-matched" if level else "as stored    "
        _, year_rmse = bt.first_year()
        print(
            f"  {driver:6} {what}: RMSE {bt.rmse:4.1f} pp over {len(bt.months)} months, "
            f"first year {year_rmse:4.1f}; model % "
            + " ".join(f"{m[2:]} {v:+.0f}" for m, v in zip(bt.months, bt.model_pct, strict=True))
        )


def subsector_runs(
    profiles: int, seed: int, overrides: dict[str, float] | None = None
) -> dict[str, Backtest]:
    """The 2020-2021 backtest per sub-sector, in resources/backtest.json's order."""
    sectors = load_json("backtest.json")["subsectors"]["sectors"]
    return {k: run("2020", None, profiles, seed, overrides, subsector=k) for k in sectors}


def spread_check(
    runs: dict[str, Backtest], trend: bool = True
) -> tuple[dict[str, list[float]], bool]:
    """The model's change on a year earlier per sub-sector in April-June 2020 (as CBS
    measures it, or with ``trend=False`` the crisis effect alone), and whether the
    sub-sectors fall in the order of their order books (the longest falls least) in
    every one of those months."""
    sectors = load_json("backtest.json")["subsectors"]["sectors"]
    months = load_json("backtest.json")["subsectors"]["spread"]["months"]
    pct = {k: [bt.model_pct_at(m, trend) for m in months] for k, bt in runs.items()}
    by_book = sorted(runs, key=lambda k: float(sectors[k]["order_book_months"]["median"]))
    ordered = all(
        pct[a][i] <= pct[b][i] + 1e-9
        for i in range(len(months))
        for a, b in itertools.pairwise(by_book)
    )
    return pct, ordered


def print_subsectors(runs: dict[str, Backtest]) -> None:
    data = load_json("backtest.json")["subsectors"]
    sectors = data["sectors"]
    print()
    print(
        "sub-sectors, 2020-03..2021-12 (CBS as reported at the time; see resources/backtest.json)"
    )
    print(f"{'sector':6} {'month':8} {'CBS %':>9} {'model %':>8} {'error pp':>9}")
    for key, bt in runs.items():
        rows = [
            (m, f"{c:9.1f}", mo, f"{e:9.1f}")
            for m, c, mo, e in zip(bt.months, bt.cbs_pct, bt.model_pct, bt.errors, strict=True)
        ]
        rows += [
            (b.month, f"{b.describe():>9}", b.model_pct, "   ok" if b.met else "   NOT MET")
            for b in bt.bounds
        ]
        for m, c, mo, e in sorted(rows):
            print(f"{key:6} {m:8} {c} {mo:8.1f} {e}")
    for key, bt in runs.items():
        book = float(sectors[key]["order_book_months"]["median"])
        met = sum(b.met for b in bt.bounds)
        rmse = f"RMSE {bt.rmse:.1f} pp over {len(bt.months)} months" if bt.months else "no figures"
        print(
            f"{key:6} {sectors[key]['en']} (order book median {book:g} months, "
            f"pre-crisis trend {bt.trend_pct:+.1f}% a year): {rmse}, "
            f"directions met {met} of {len(bt.bounds)}"
        )
    months = data["spread"]["months"]
    for trend, what in [(False, "the crisis effect alone"), (True, "with the pre-crisis trend")]:
        pct, ordered = spread_check(runs, trend)
        print(f"spread {months[0]}..{months[-1]}, {what} (model %):")
        for key, values in pct.items():
            print(f"{key:6} " + " ".join(f"{v:6.1f}" for v in values))
        yes = "yes" if ordered else "no"
        print(f"spread in the order of the order books (longest falls least): {yes}")


def write_png(bt: Backtest, path: Path) -> None:
    """Both paths as a line chart, drawn with Qt's QPainter on an offscreen image."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

    app = QGuiApplication.instance() or QGuiApplication([])
    w, h = 1000, 560
    left, right, top, bottom = 70, 45, 50, 80
    img = QImage(w, h, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont("DejaVu Sans", 9))
    first = parse_month(bt.months[0])
    last = parse_month(bt.months[-1])
    span = max(last - first, 1)
    values = bt.model_pct + bt.cbs_pct
    lo = math.floor(min([*values, 0.0]) / 5) * 5
    hi = math.ceil(max([*values, 0.0]) / 5) * 5

    def xy(month: int, pct: float) -> QPointF:
        x = left + (w - left - right) * (month - first) / span
        y = top + (h - top - bottom) * (hi - pct) / max(hi - lo, 1)
        return QPointF(x, y)

    painter.setPen(QPen(QColor("#cccccc"), 1))
    for tick in range(int(lo), int(hi) + 1, 5):
        a, b = xy(first, tick), xy(last, tick)
        painter.drawLine(a, b)
        painter.setPen(QColor("#333333"))
        painter.drawText(
            QRectF(0, a.y() - 8, left - 8, 16), Qt.AlignmentFlag.AlignRight, f"{tick}%"
        )
        painter.setPen(QPen(QColor("#cccccc"), 1))
    painter.setPen(QPen(QColor("#333333"), 1.5))
    painter.drawLine(xy(first, 0), xy(last, 0))
    for label in bt.months:
        m = parse_month(label)
        if (m - first) % 3 == 0:
            p = xy(m, lo)
            painter.drawText(
                QRectF(p.x() - 30, h - bottom + 8, 60, 16), Qt.AlignmentFlag.AlignCenter, label
            )
    for series, color in ((bt.cbs_pct, "#222222"), (bt.model_pct, "#d62828")):
        pen = QPen(QColor(color), 2.5)
        painter.setPen(pen)
        pts = [xy(parse_month(m), v) for m, v in zip(bt.months, series, strict=True)]
        for a, b in itertools.pairwise(pts):
            if abs(b.x() - a.x()) <= (w - left - right) / span * 1.01:  # no line over gaps
                painter.drawLine(a, b)
        for p in pts:
            painter.drawEllipse(p, 3.5, 3.5)
    painter.setPen(QColor("#222222"))
    painter.setFont(QFont("DejaVu Sans", 11, QFont.Weight.Bold))
    painter.drawText(
        QRectF(left, 8, w - left - right, 22),
        Qt.AlignmentFlag.AlignLeft,
        f"Backtest {bt.period}: RMSE {bt.rmse:.1f} pp over {len(bt.months)} months",
    )
    painter.setFont(QFont("DejaVu Sans", 9))
    for k, (color, name) in enumerate(
        (
            ("#222222", "CBS: industrial output, % on a year earlier"),
            ("#d62828", f"Herstelscan ({bt.scenario}): model industry index, % on a year earlier"),
        )
    ):
        y = h - 36 + k * 16
        painter.setPen(QPen(QColor(color), 2.5))
        painter.drawLine(QPointF(left, y), QPointF(left + 30, y))
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(left + 38, y - 8, 700, 16), Qt.AlignmentFlag.AlignLeft, name)
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not img.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    del app


@dataclass(frozen=True)
class StressReplay:
    scenario: str
    months: list[str]  # compared months, YYYY-MM
    model_pct: list[float]  # model sector index, % change on the month before
    actual_pct: list[float]
    critical_share: float

    @property
    def errors(self) -> list[float]:
        return [m - a for m, a in zip(self.model_pct, self.actual_pct, strict=True)]

    @property
    def rmse(self) -> float:
        return float(np.sqrt(np.mean(np.asarray(self.errors) ** 2)))


def stress_population(
    n: int,
    seed: int,
    critical_share: float,
    alternative_weeks: float,
    overrides: dict[str, float] | None = None,
) -> ProfileArrays:
    """The member-like population with one country column, China: its sales there and
    its Chinese value-chain share, which for ``critical_share`` of the profiles is one
    critical supplier whose alternative delivers after ``alternative_weeks``."""
    base = population(n, seed, overrides)
    rng = np.random.default_rng(seed + 7919)
    critical = rng.random(n) < critical_share
    s_cn = base.supply[:, 1]
    a = resolve(overrides)
    ones = np.ones(n)
    return dataclasses.replace(
        base,
        codes=("CN",),
        sales_by_code=base.demand[:, 1:2].copy(),
        supply_by_code=s_cn[:, None].copy(),
        crit_supply=np.where(critical, s_cn, 0.0)[:, None],
        crit_group=np.ones((n, 1), dtype=np.int64),
        crit_alt_months=np.full((n, 1), alternative_weeks * 12 / 52),
        crit_mask=critical[:, None],
        crit_code=np.where(critical, 0, -1).astype(np.int64)[:, None],
        tariff_elasticity=a["tariff_price_elasticity"] * ones,
        pass_through=a["input_cost_pass_through"] * ones,
    )


def run_stress(
    scenario_id: str,
    profiles: int = 4000,
    seed: int = 1,
    overrides: dict[str, float] | None = None,
    critical_share: float | None = None,
) -> StressReplay:
    """A library stress test started in its precedent's month, scored on the stress
    population, against the sector's change on the month before."""
    spec = load_json("backtest.json")["stress"][scenario_id]
    start = parse_month(spec["start"])
    pop = spec["population"]
    share = pop["critical_share"]["value"] if critical_share is None else critical_share
    (sc,) = [s for s in stress_scenarios(month_start(start)) if s.id == spec["scenario"]]
    p = stress_population(profiles, seed, share, pop["alternative_weeks"]["value"], overrides)
    level = score_arrays(p, [sc]).forecast.revenue[:, 0, :].mean(axis=0)

    def at(m: int) -> float:
        return 1.0 if m < start else float(level[m - start])

    months, model, actual = [], [], []
    for label, value in sorted(spec["mom_pct"].items()):
        m = parse_month(label)
        months.append(label)
        model.append(100.0 * (at(m) / at(m - 1) - 1.0))
        actual.append(float(value))
    return StressReplay(spec["scenario"], months, model, actual, share)


def _overrides(items: list[str]) -> dict[str, float]:
    out = {}
    for item in items:
        key, _, value = item.partition("=")
        try:
            out[key.strip()] = float(value)
        except ValueError:
            raise SystemExit(f"--set {item!r}: expected NAME=NUMBER") from None
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--period", choices=["2020", "2008"], default="2020")
    parser.add_argument("--scenario", help="scenario id (default: the period's realised path)")
    parser.add_argument("--profiles", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="change an assumption, e.g. deferral_share=0",
    )
    parser.add_argument("--png", type=Path, help="plot file (default out/backtest-<period>.png)")
    parser.add_argument(
        "--stress", metavar="ID", help="replay a library stress test (resources/backtest.json)"
    )
    parser.add_argument(
        "--critical-share",
        type=float,
        help="with --stress: share of profiles whose Chinese supplier is critical",
    )
    args = parser.parse_args(argv)
    if args.stress:
        return _main_stress(args)
    try:
        bt = run(args.period, args.scenario, args.profiles, args.seed, _overrides(args.set))
    except KeyError as exc:
        raise SystemExit(f"unknown scenario or assumption: {exc}") from None
    print(
        f"period {args.period}, scenario {bt.scenario}, {args.profiles} profiles (seed {args.seed})"
    )
    print(f"{'month':8} {'CBS %':>7} {'model %':>8} {'error pp':>9}")
    for m, c, mo, e in zip(bt.months, bt.cbs_pct, bt.model_pct, bt.errors, strict=True):
        print(f"{m:8} {c:7.1f} {mo:8.1f} {e:9.1f}")
    png = args.png or ROOT / "out" / f"backtest-{args.period}.png"
    write_png(bt, png)
    print(f"plot: {png}")
    if args.period == "2020" and args.scenario is None:
        print_subsectors(subsector_runs(args.profiles, args.seed, _overrides(args.set)))
    if args.scenario is None:
        print_drivers(args.period, args.profiles, args.seed, _overrides(args.set))
    year, year_rmse = bt.first_year()
    print(
        f"first twelve months ({year[0]}..{year[-1]}): RMSE {year_rmse:.1f} pp over {len(year)} months"
    )
    print(f"backtest: RMSE {bt.rmse:.1f} pp over {len(bt.months)} months")
    return 0


def _main_stress(args: argparse.Namespace) -> int:
    known = sorted(k for k in load_json("backtest.json")["stress"] if k != "about")
    if args.stress not in known:
        raise SystemExit(f"--stress {args.stress!r}: no stored series; known: {', '.join(known)}")
    if args.critical_share is not None and not 0.0 <= args.critical_share <= 1.0:
        raise SystemExit("--critical-share: a share between 0 and 1")
    try:
        rep = run_stress(
            args.stress, args.profiles, args.seed, _overrides(args.set), args.critical_share
        )
    except KeyError as exc:
        raise SystemExit(f"unknown assumption: {exc}") from None
    spec = load_json("backtest.json")["stress"][args.stress]
    print(
        f"stress replay {rep.scenario} from {spec['start']}, {args.profiles} profiles "
        f"(seed {args.seed}), critical share {rep.critical_share:g}"
    )
    print(f"series: {spec['series']} (secondary: news reports of the release)")
    print(f"{'month':8} {'actual %':>9} {'model %':>8} {'error pp':>9}")
    for m, a, mo, e in zip(rep.months, rep.actual_pct, rep.model_pct, rep.errors, strict=True):
        print(f"{m:8} {a:9.1f} {mo:8.1f} {e:9.1f}")
    print(f"stress replay: RMSE {rep.rmse:.1f} pp over {len(rep.months)} months")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
