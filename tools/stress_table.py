"""The stress tests of today for the example cases (issue 17): one row per case and
stress test with the trough, its month, revenue and margin lost over the horizon and
the month cash runs out. Prints a Markdown table; asserts nothing.

    .venv/bin/python tools/stress_table.py [--today 2026-12-07] [--lang nl|en] [CASE ...]

Without CASE it takes resources/examples/*.herstelscan.json. A case with its own
scenario (``own_scenario``) gets a row for it too (id ``own``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.advice.assess import assess  # noqa: E402
from core.case_file import load_case  # noqa: E402
from core.fmt import eur, pct  # noqa: E402


def rows(paths: list[Path], today: dt.date, lang: str) -> list[list[str]]:
    out = []
    for path in paths:
        case = load_case(path)
        result = assess(case, today=today, start="stress")
        cash = {c.scenario: c for c in result.cash}
        for sc in result.scenarios:
            path_ = cash.get(sc.id)
            never = "nooit" if lang == "nl" else "never"
            runs_out = "–" if path_ is None else (path_.runs_out or never)
            out.append(
                [
                    case.company.name,
                    sc.id,
                    pct(sc.trough_index, lang, 1),
                    sc.trough_month,
                    sc.first_month_drop_20pct or "–",
                    eur(sc.revenue_loss_eur, lang),
                    eur(sc.margin_loss_eur, lang),
                    runs_out,
                ]
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", type=Path)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 12, 7))
    parser.add_argument("--lang", choices=("nl", "en"), default="en")
    args = parser.parse_args()
    paths = args.cases or sorted((ROOT / "resources" / "examples").glob("*.herstelscan.json"))
    head = [
        "case",
        "stress test",
        "trough",
        "trough month",
        "first month −20%",
        "revenue lost",
        "margin lost",
        "cash runs out",
    ]
    print(f"Stress tests starting {args.today:%Y-%m} (36 months)\n")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for row in rows(paths, args.today, args.lang):
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
