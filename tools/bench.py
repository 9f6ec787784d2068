"""Herstelscan benchmarks: prints numbers, asserts nothing.

    .venv/bin/python tools/bench.py            # all
    .venv/bin/python tools/bench.py --quick    # fewer repetitions
    .venv/bin/python tools/bench.py --batch    # only the batch lines

- assessment: median time of one full ``assess`` of the example case (4 scenarios,
  36 months, NOW, explanations, measures once they exist);
- batch throughput: time to score 100,000 synthetic profiles with the vectorised engine
  (forecast + NOW), plus the cost of turning 10,000 Case objects into arrays; the same
  profiles under the stress tests of today (shocks per country, issue 17) on a line of
  their own; and every scenario the app offers together (CPB's four and nl2020 from
  2020, rec2008_now and the stress tests from today) with its throughput;
- export: time to write the example workbook (when core/report exists);
- start-up: the app's time to first paint, a bare PySide6 window's in the same run and
  their ratio (tools/bench_ui.py, when the UI exists).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.advice.assess import assess  # noqa: E402
from core.case_file import load_case  # noqa: E402
from core.model.engine import score_arrays, score_cases  # noqa: E402
from core.model.profiles import ASSUMPTION_FIELDS, ProfileArrays  # noqa: E402
from core.reference.assumptions import resolve  # noqa: E402
from core.reference.scenarios import (  # noqa: E402
    Scenario,
    cpb_scenarios,
    scenarios_starting,
    stress_scenarios,
)

TODAY = dt.date(2026, 12, 7)


def offered_scenarios(today: dt.date = TODAY) -> tuple[tuple[Scenario, ...], ...]:
    """Every scenario the app offers, once, grouped by start month (NOW needs one start
    per run): CPB's four and what happened in 2020 (start 2020), the 2008-2010 shape
    and the stress tests of ``today`` (start today). The ``_now`` copies of CPB's four
    are left out: the same paths as CPB's from another start, where no NOW tranche lies."""
    shape = tuple(s for s in scenarios_starting(today) if s.id == "rec2008_now")
    return scenarios_starting(None), shape + stress_scenarios(today)


EXAMPLE = ROOT / "resources" / "examples" / "metaal-orderboek.herstelscan.json"


def synthetic_profiles(n: int, seed: int = 1) -> ProfileArrays:
    """Random but plausible SME profiles, straight into arrays."""
    rng = np.random.default_rng(seed)
    k = 2
    demand = rng.dirichlet([3.0, 0.5, 2.0], size=n)
    purchases = rng.uniform(0.2, 0.7, n)
    supply = (
        rng.dirichlet([2.0, 0.7, 2.0], size=n) * rng.uniform(0.5, 1.0, (n, 1)) * purchases[:, None]
    )
    crit_mask = rng.random((n, k)) < 0.15
    employees = rng.integers(5, 500, n).astype(float)
    ones = np.ones(n)
    # Per ISO code for the stress tests: NL and CN as their groups, the rest of the
    # world split over a few codes.
    codes = ("CN", "DE", "FR", "GB", "IT", "NL", "TW", "US")
    rest = [codes.index(c) for c in ("DE", "FR", "GB", "IT", "TW", "US")]
    split = rng.dirichlet([3.0, 1.0, 1.0, 1.0, 0.5, 1.0], size=n)

    def by_code(groups: np.ndarray) -> np.ndarray:
        out = np.zeros((n, len(codes)))
        out[:, codes.index("NL")] = groups[:, 0]
        out[:, codes.index("CN")] = groups[:, 1]
        out[:, rest] = groups[:, 2:3] * split
        return out

    crit_group = rng.integers(0, 3, (n, k))
    other_code = np.asarray(rest)[rng.integers(0, len(rest), (n, k))]
    crit_code = np.where(
        crit_group == 0, codes.index("NL"), np.where(crit_group == 1, codes.index("CN"), other_code)
    )
    return ProfileArrays(
        n=n,
        revenue=employees * rng.uniform(120_000, 250_000, n),
        purchases=purchases,
        stock_months=rng.uniform(0, 3, n),
        order_months=rng.uniform(0, 12, n),
        fte=employees * 0.9,
        employees=employees,
        wage_bill=employees * rng.uniform(3_000, 6_000, n),
        demand=demand,
        supply=supply,
        crit_supply=np.where(crit_mask, rng.uniform(0.01, 0.2, (n, k)), 0.0),
        crit_group=crit_group,
        crit_alt_months=rng.uniform(0, 6, (n, k)),
        crit_mask=crit_mask,
        elasticity=2.0 * ones,
        lead_cn=1.0 * ones,
        foreign_severity=ones,
        absence=0.03 * ones,
        distancing_loss=rng.choice([0.02, 0.08, 0.25], n),
        catch_up=0.1 * ones,
        cancellation=0.1 * ones,
        supply_recovery=2.0 * ones,
        supply_scale=ones,
        deferral=0.05 * ones,
        deferral_lag=ones,
        early_loss=0.0 * ones,
        early_loss_months=ones,
        order_recovery=0.0 * ones,
        order_recovery_months=12.0 * ones,
        codes=codes,
        sales_by_code=by_code(demand),
        supply_by_code=by_code(supply),
        crit_code=np.where(crit_mask, crit_code, -1),
        tariff_elasticity=ones,
        pass_through=0.5 * ones,
    )


def with_default_assumptions(p: ProfileArrays) -> ProfileArrays:
    """The same profiles with the app's default assumptions (a case that changes none):
    synthetic_profiles keeps older fixed values (no orders placed again, 3% absence),
    which cost the engine less than the defaults do."""
    a = resolve({})
    ones = np.ones(p.n)
    return dataclasses.replace(p, **{f: a[k] * ones for f, k in ASSUMPTION_FIELDS.items()})


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--batch", action="store_true", help="only the batch lines")
    args = parser.parse_args()
    rep = 3 if args.quick else 7

    case = load_case(EXAMPLE)
    if not args.batch:
        assess(case)
        runs = timed(lambda: assess(case), 50 if args.quick else 300)
        print(
            f"assessment (example case, full result):   median {statistics.median(runs) * 1e3:7.2f} ms"
        )

    scenarios = cpb_scenarios()
    n = 100_000
    profiles = synthetic_profiles(n)
    runs = timed(lambda: score_arrays(profiles, scenarios), rep)
    best = min(runs)
    print(
        f"batch: {n:,} synthetic profiles x 4 scenarios x 36 months + NOW: best {best:6.2f} s ({n / best:,.0f} profiles/s)"
    )

    groups = offered_scenarios()
    runs = timed(lambda: [score_arrays(profiles, g) for g in groups], rep)
    best = min(runs)
    ids = " ".join(sc.id for g in groups for sc in g)
    n_all = sum(len(g) for g in groups)
    print(
        f"batch: {n:,} synthetic profiles x all {n_all} scenarios the app offers x 36 months + NOW: best {best:6.2f} s ({n / best:,.0f} profiles/s, {best / n_all * 1e3:.0f} ms per scenario)\n"
        f"       ({ids})"
    )

    defaults = with_default_assumptions(profiles)
    runs = timed(lambda: [score_arrays(defaults, g) for g in groups], rep)
    best = min(runs)
    print(
        f"batch: the same, with the app's default assumptions (orders placed again, ...):   best {best:6.2f} s ({n / best:,.0f} profiles/s)"
    )

    stress = stress_scenarios(TODAY)
    runs = timed(lambda: score_arrays(profiles, stress), rep)
    best = min(runs)
    n_shocks = sum(len(sc.shocks) for sc in stress)
    print(
        f"batch: {n:,} synthetic profiles x {len(stress)} stress tests ({n_shocks} shocks) x 36 months + NOW: best {best:6.2f} s ({n / best:,.0f} profiles/s)"
    )

    if args.batch:
        return

    cases = [case] * 10_000
    runs = timed(lambda: score_cases(cases, scenarios), rep)
    print(f"batch: 10,000 Case objects -> arrays -> scores:             best {min(runs):6.2f} s")

    if (ROOT / "core" / "report" / "workbook.py").exists():
        from core.report.workbook import write_workbook

        result = assess(case)
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "advies.xlsx"
            write_workbook(result, target, "nl")
            runs = timed(lambda: write_workbook(result, target, "nl"), rep)
        print(
            f"export: example workbook:                  median {statistics.median(runs) * 1e3:7.1f} ms"
        )
    else:
        print("export: core/report not present, skipped")

    bench_ui = ROOT / "tools" / "bench_ui.py"
    if bench_ui.exists():
        out = subprocess.run(
            [sys.executable, str(bench_ui)], capture_output=True, text=True, cwd=ROOT, timeout=300
        )
        print(out.stdout.rstrip() or out.stderr.rstrip())
    else:
        print("start-up: tools/bench_ui.py not present, skipped")


if __name__ == "__main__":
    main()
