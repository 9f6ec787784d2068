"""Pin the figures of the three example cases before the engine changes (issue 17).

For each example case, both starts (2020 and now) and every scenario of that start:
the trough, its month, the first month down 20%, the revenue lost, the NOW tranches,
each measure's verdict and amount, and the totals. ``tests/test_pinned_figures.py``
recomputes these and fails on any change; rerun this tool only when a change is
meant, and say why in the commit.

    python tools/pin_figures.py   # writes tests/data/pinned_figures.json
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.advice.assess import assess  # noqa: E402
from core.case_file import load_case  # noqa: E402
from core.reference.scenario_choice import scenario_ids  # noqa: E402

TODAY = dt.date(2026, 12, 7)
EXAMPLES = ROOT / "resources" / "examples"
OUT = ROOT / "tests" / "data" / "pinned_figures.json"


def _r(x: float | None) -> float | None:
    return None if x is None else round(float(x), 4)


def figures() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for path in sorted(EXAMPLES.glob("*.herstelscan.json")):
        case = load_case(path)
        for start, now in (("2020", False), ("now", True)):
            for sid in scenario_ids(now):
                r = assess(case, today=TODAY, crisis_now=now, scenario=sid)
                out[f"{path.name.split('.')[0]}|{start}|{sid}"] = {
                    "scenarios": {
                        s.id: {
                            "trough": _r(s.trough_index),
                            "trough_month": s.trough_month,
                            "first_drop_20": s.first_month_drop_20pct,
                            "revenue_loss_eur": _r(s.revenue_loss_eur),
                        }
                        for s in r.scenarios
                    },
                    "now": [
                        [n.tranche, n.scenario, n.eligible, _r(n.subsidy_eur), list(n.window)]
                        for n in r.now
                    ],
                    "measures": {
                        m.id: [m.verdict, _r(m.amount_eur), m.claimable_now] for m in r.measures
                    },
                    "totals": {
                        k: {kk: _r(vv) for kk, vv in v.items()} for k, v in r.totals.items()
                    },
                }
    return out


if __name__ == "__main__":
    OUT.write_text(json.dumps(figures(), ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    print(f"wrote {OUT}")
