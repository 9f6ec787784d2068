"""UI benchmarks for the example case: time to first paint and edit-to-chart time.

    python tools/bench_ui.py [--runs 5]

First paint: from launching ``python main.py --demo`` to the window's first paint
(the app prints the moment and quits; HERSTELSCAN_BENCH_FIRST_PAINT=1). Recompute: a
changed input on the result page, through validation, core.advice.assess and the chart and
figure updates, to the repainted window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def first_paint(runs: int) -> list[float]:
    env = dict(os.environ, HERSTELSCAN_BENCH_FIRST_PAINT="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    times = []
    for _ in range(runs):
        started = time.time()
        out = subprocess.run(
            [sys.executable, "main.py", "--demo"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
        line = next(x for x in out.splitlines() if x.startswith("first_paint_at="))
        painted = float(line.split()[0].split("=")[1])
        times.append((painted - started) * 1000)
    return times


def recompute(runs: int) -> tuple[list[float], list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from ui.app import build_window, create_application

    app = create_application()
    window, state, autosave = build_window("nl")
    autosave.timer.stop()
    window.resize(1280, 800)
    window.show()
    window.files.open_demo()
    window.go_to(7)
    page = window.pages[7]
    while not page.charts_ready:
        app.processEvents()
    total, engine = [], []
    for i in range(runs):
        months = 3.0 + (i % 10) * 0.5
        t0 = time.perf_counter()
        state.edit("order_book.months", months)  # what typing in the field does
        QApplication.processEvents()  # Qt repaints what changed (charts, figures)
        total.append((time.perf_counter() - t0) * 1000)
        engine.append(state.result_ms)
        autosave.timer.stop()
    assert page.forecast.data["scenarios"], "charts were updated"
    state.dirty = False
    window.close()
    return total, engine


def _fmt(values: list[float]) -> str:
    return f"median {statistics.median(values):.0f} ms (min {min(values):.0f}, max {max(values):.0f}, n={len(values)})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(
        "time to first paint (process start -> first page painted):", _fmt(first_paint(args.runs))
    )
    total, engine = recompute(max(args.runs * 4, 20))
    print("edit -> charts and figures updated and painted:", _fmt(total))
    print("  of which core.advice.assess:", _fmt(engine))
    return 0


if __name__ == "__main__":
    sys.exit(main())
