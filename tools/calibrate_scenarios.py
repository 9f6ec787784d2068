"""Fit the CPB scenarios' monthly GDP gap paths and write them to resources/scenarios.json.

The family is ``core.reference.scenarios.gdp_gap``: during the restriction months the gap goes
linearly from ``depth`` to ``depth_end``; after them it recovers towards ``scar`` with
time constant ``tau`` months. Calendar-year means of ``trend * (1 - gap)`` must give
CPB's GDP growth for 2020 and 2021 (``targets`` in scenarios.json; see
``core.model.calibration``). Two targets do not pin four parameters down, so:

* Scenarios I-III are plateaus (``depth_end == depth``): the restrictions are a flat
  lockdown; the deepening in IV stands for its extra financial-sector problems.
* Scenario IV may deepen (``depth_end >= depth``), but it starts no milder than
  scenario I's plateau: the first three months of restrictions are common to all
  four scenarios, and scenario I is that lockdown alone. Without this floor the
  criterion below would pick ``depth = 0`` (no gap at all in March 2020) and a 27%
  trough, which is not the crisis CPB described.
* Bounds: depth and depth_end 0..0.5, tau 0.5..36 months, scar 0..0.1.

Criterion: among the paths in this family that meet both targets exactly, take the
least persistent one, i.e. the one with the smallest gap at the end of the 36-month
horizon (February 2023). Within the family this also gives the smallest scar (0
wherever the targets allow it), since a scar is a gap that never closes.

Run after changing a target, the trend growth or the family:

    .venv/bin/python tools/calibrate_scenarios.py            # refit and write
    .venv/bin/python tools/calibrate_scenarios.py --dry-run  # refit and print only
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.model.calibration import CPB_YEARS, annual_gdp_growth  # noqa: E402
from core.months import month_name, parse_month  # noqa: E402
from core.reference.scenarios import Gap, gdp_gap  # noqa: E402

SCENARIOS_JSON = ROOT / "resources" / "scenarios.json"
DEPTH_BOUNDS = (0.0, 0.5)
TAU_BOUNDS = (0.5, 36.0)
SCAR_BOUNDS = (0.0, 0.1)
DECIMALS = 5
FIT_TOLERANCE = 1e-4  # 0.01 percentage point, on the rounded parameters
ABOUT = (
    "The four CPB scenarios of 26 March 2020 as monthly GDP gap paths (fraction below "
    "the pre-crisis trend). The gap parameters are fitted by tools/calibrate_scenarios.py "
    "so that calendar-year means of trend * (1 - gap) reproduce CPB's GDP growth for "
    "2020 and 2021; tests/test_calibration.py checks the fit. Two targets do not pin a "
    "path down, so the script takes the least persistent path that meets both: the "
    "smallest gap at the end of the 36-month horizon (February 2023), with plateaus for "
    "I-III and, for IV, a gap that deepens during its 12 months of restrictions from no "
    "less than scenario I's lockdown depth. Bounds: depth 0..0.5, tau 0.5..36 months, "
    "scar 0..0.1. 'calibration' holds the growth the rounded parameters achieve."
)


@dataclass(frozen=True)
class Fit:
    gap: Gap
    growth: dict[int, float]
    end_gap: float


def _growth(gap: Gap, restriction_months: int, start: int, trend: float) -> dict[int, float]:
    return annual_gdp_growth(gap, restriction_months, start, trend, CPB_YEARS)


def fit_scenario(
    row: dict[str, Any],
    start: int,
    trend: float,
    horizon: int,
    min_depth: float = 0.0,
    deepening: bool = False,
    scar_max: float = SCAR_BOUNDS[1],
) -> Fit:
    """The least persistent gap path of one scenario that meets its two growth targets."""
    restriction = int(row["restriction_months"])
    targets = np.array([row["targets"][f"gdp_growth_{y}"] for y in CPB_YEARS])
    end_t = horizon - 1

    # Free parameters: (depth, depth_end, tau, scar) for a deepening path,
    # (depth, tau, scar) for a plateau.
    def to_gap(p: Sequence[float] | np.ndarray) -> Gap:
        if deepening:
            return Gap(float(p[0]), float(p[1]), float(p[2]), float(p[3]))
        return Gap(float(p[0]), float(p[0]), float(p[1]), float(p[2]))

    def residual(p: np.ndarray) -> np.ndarray:
        growth = _growth(to_gap(p), restriction, start, trend)
        miss: np.ndarray = 100.0 * (np.array([growth[y] for y in CPB_YEARS]) - targets)
        return miss  # in percentage points

    def end_gap(p: np.ndarray) -> float:
        return 100.0 * float(gdp_gap(to_gap(p), restriction, end_t))

    depth_bounds = (max(DEPTH_BOUNDS[0], min_depth), DEPTH_BOUNDS[1])
    scar_bounds = (SCAR_BOUNDS[0], scar_max)
    constraints: list[dict[str, Callable[[np.ndarray], Any] | str]] = [
        {"type": "eq", "fun": residual}
    ]
    if deepening:
        bounds = [depth_bounds, DEPTH_BOUNDS, TAU_BOUNDS, scar_bounds]
        constraints.append({"type": "ineq", "fun": lambda p: p[1] - p[0]})
        starts: Any = itertools.product(
            [depth_bounds[0], depth_bounds[0] + 0.03],
            [0.12, 0.2, 0.3],
            [3.0, 8.0, 20.0],
            [0.0, 0.02],
        )
    else:
        bounds = [depth_bounds, TAU_BOUNDS, scar_bounds]
        starts = itertools.product([0.05, 0.1, 0.15], [3.0, 8.0, 20.0, 35.0], [0.0, 0.02])

    best: np.ndarray | None = None
    for x0 in starts:
        res = minimize(
            end_gap,
            np.array(x0, dtype=float),
            method="SLSQP",
            bounds=bounds,
            constraints=constraints,
            options={"ftol": 1e-12, "maxiter": 500},
        )
        if np.max(np.abs(residual(res.x))) > 1e-6:  # does not meet the targets
            continue
        if best is None or end_gap(res.x) < end_gap(best) - 1e-9:
            best = res.x
    if best is None:
        raise RuntimeError(f"{row['id']}: no path in the family meets the targets")

    rounded = np.round(np.clip(best, [b[0] for b in bounds], [b[1] for b in bounds]), DECIMALS)
    gap = to_gap([float(v) for v in rounded])
    growth = _growth(gap, restriction, start, trend)
    miss = max(abs(growth[y] - row["targets"][f"gdp_growth_{y}"]) for y in CPB_YEARS)
    if miss > FIT_TOLERANCE:
        raise RuntimeError(f"{row['id']}: rounded fit misses a target by {100 * miss:.4f} pp")
    return Fit(gap, growth, float(gdp_gap(gap, restriction, end_t)))


def why(row: dict[str, Any], fit: Fit, end_label: str, floor_from: str, plateau_scar: float) -> str:
    """One line, in English: what the path looks like and why this one."""
    g = fit.gap
    months = row["restriction_months"]
    if g.depth == g.depth_end:
        shape = f"Plateau {100 * g.depth:.1f}% below trend for the {months} restriction months"
    else:
        shape = (
            f"Gap deepens from {100 * g.depth:.1f}% (scenario {floor_from}'s lockdown depth) "
            f"to {100 * g.depth_end:.1f}% over the {months} restriction months"
        )
    towards = "trend (no scar)" if g.scar == 0 else f"a scar of {100 * g.scar:.2f}%"
    path = (
        f"{shape}, then back towards {towards} with tau {g.tau:.1f} months "
        f"({100 * fit.end_gap:.1f}% below trend in {end_label})"
    )
    if g.depth != g.depth_end:
        reason = (
            "the least persistent path meeting both targets; a plateau would need a permanent "
            f"gap of {100 * plateau_scar:.0f}%, and starting lower than scenario {floor_from} "
            "would deny the lockdown shock all four scenarios share"
        )
    elif g.tau >= TAU_BOUNDS[1]:
        reason = (
            "CPB's weak 2021 needs the slowest recovery allowed (tau at its "
            f"{TAU_BOUNDS[1]:.0f}-month bound) and the smallest scar that then meets both targets"
        )
    elif g.scar == 0:
        reason = "with no scar the two targets fix depth and tau, the least persistent fit"
    else:
        reason = "the smallest scar that meets both targets"
    return f"{path}: {reason}."


class _Number(float):
    """A float read from the file that keeps its spelling (``0.040`` stays ``0.040``)."""

    text: str

    def __new__(cls, text: str) -> _Number:
        number = super().__new__(cls, text)
        number.text = text
        return number


def _compact(value: Any) -> str:
    """Inline JSON; numbers read from the file keep their original spelling."""
    if isinstance(value, _Number):
        return value.text
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_compact(k)}: {_compact(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_compact(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def render(data: dict[str, Any]) -> str:
    """scenarios.json in its hand-readable layout: one field a line, small objects inline."""
    lines = ["{"]
    top = [k for k in data if k != "scenarios"]
    for key in top:
        lines.append(f"  {_compact(key)}: {_compact(data[key])},")
    lines.append('  "scenarios": [')
    for i, row in enumerate(data["scenarios"]):
        fields = [f'"id": {_compact(row["id"])}, "cpb": {_compact(row["cpb"])}']
        for key, value in row.items():
            if key in ("id", "cpb"):
                continue
            if key == "calibration":
                numbers = ", ".join(
                    f"{_compact(k)}: {_compact(v)}" for k, v in value.items() if k != "why"
                )
                fields.append(
                    f'"calibration": {{\n        {numbers},\n'
                    f'        "why": {_compact(value["why"])}\n      }}'
                )
            else:
                fields.append(f"{_compact(key)}: {_compact(value)}")
        body = ",\n      ".join(fields)
        comma = "," if i < len(data["scenarios"]) - 1 else ""
        lines.append(f"    {{\n      {body}\n    }}{comma}")
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description="Fit the CPB scenarios' GDP gap paths and write them to resources/scenarios.json."
    )
    parser.add_argument("--dry-run", action="store_true", help="print the fit, write nothing")
    args = parser.parse_args(argv)
    data: dict[str, Any] = json.loads(
        SCENARIOS_JSON.read_text(encoding="utf-8"), parse_float=_Number
    )
    start = parse_month(data["start_month"])
    trend = float(data["trend_growth_annual"])
    horizon = int(data["horizon_months"])
    end_label = month_name(start + horizon - 1, "en")
    rows = data["scenarios"]

    fits: dict[str, Fit] = {}
    plateaus = [r for r in rows if r["cpb"] != "IV"]
    for row in plateaus:
        fits[row["id"]] = fit_scenario(row, start, trend, horizon)
    floor_row = next(r for r in rows if r["cpb"] == "I")
    floor = fits[floor_row["id"]].gap.depth
    plateau_scar = 0.0
    for row in rows:
        if row["cpb"] == "IV":
            fits[row["id"]] = fit_scenario(
                row, start, trend, horizon, min_depth=floor, deepening=True
            )
            # For the record: the least persistent plateau needs a large permanent gap.
            plateau_scar = fit_scenario(row, start, trend, horizon, scar_max=0.5).gap.scar

    data["about"] = ABOUT
    for row in rows:
        fit = fits[row["id"]]
        row["gap"] = {
            "depth": fit.gap.depth,
            "depth_end": fit.gap.depth_end,
            "tau": fit.gap.tau,
            "scar": fit.gap.scar,
        }
        row["calibration"] = {
            **{f"gdp_growth_{y}": round(fit.growth[y], 6) for y in CPB_YEARS},
            "gap_at_horizon_end": round(fit.end_gap, 5),
            "why": why(row, fit, end_label, floor_row["cpb"], plateau_scar),
        }

    text = render(data)
    if json.loads(text) != data:  # the hand-laid layout must hold exactly the data
        raise RuntimeError("render() lost or changed data")
    if not args.dry_run:
        SCENARIOS_JSON.write_text(text, encoding="utf-8")

    print(
        f"{'id':5} {'depth':>7} {'d_end':>7} {'tau':>8} {'scar':>7}   "
        f"{'2020 fit/target':>16}   {'2021 fit/target':>16}   gap {end_label}"
    )
    for row in rows:
        fit, t = fits[row["id"]], row["targets"]
        g = fit.gap
        print(
            f"{row['id']:5} {g.depth:7.5f} {g.depth_end:7.5f} {g.tau:8.5f} {g.scar:7.5f}   "
            f"{100 * fit.growth[2020]:+7.3f}/{100 * t['gdp_growth_2020']:+5.1f}%   "
            f"{100 * fit.growth[2021]:+7.3f}/{100 * t['gdp_growth_2021']:+5.1f}%   "
            f"{100 * fit.end_gap:5.2f}%"
        )
    print("dry run: nothing written" if args.dry_run else f"wrote {SCENARIOS_JSON}")


if __name__ == "__main__":
    main()
