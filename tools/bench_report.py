"""How long the Excel advice workbook takes: prints numbers, asserts nothing.

    .venv/bin/python tools/bench_report.py [--runs 15]

- write: median time of ``write_workbook`` for the example case (build + save,
  atomic), the number issue 23 asks for (target: at most 100 ms), in Dutch and English;
  the split between building the sheets and saving the zip (``save_workbook``, what
  ``write_workbook`` uses), and openpyxl's own ``Workbook.save`` for comparison;
- read back: median time of ``read_case_from_workbook`` on that workbook;
- cold import: what importing openpyxl and the writer costs once, in a fresh process
  (paid at the first export, never at start-up).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.advice.assess import assess  # noqa: E402
from core.case_file import load_case  # noqa: E402

EXAMPLE = ROOT / "resources" / "examples" / "metaal-orderboek.herstelscan.json"


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm caches (resources, catalogue, fonts)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from openpyxl import Workbook

    from core.report.fast_save import save_workbook
    from core.report.reader import read_case_from_workbook
    from core.report.workbook import build_workbook, write_workbook

    result = assess(load_case(EXAMPLE), today=dt.date(2025, 1, 15))
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "advies.xlsx"
        for lang in ("nl", "en"):
            ms = median_ms(lambda lang=lang: write_workbook(result, target, lang), args.runs)
            print(f"write example workbook ({lang}):   median {ms:6.1f} ms  (target <= 100 ms)")
        build = median_ms(lambda: build_workbook(result, "nl"), args.runs)
        save = (
            median_ms(lambda: save_workbook(build_workbook(result, "nl"), io.BytesIO()), args.runs)
            - build
        )
        plain = (
            median_ms(lambda: Workbook.save(build_workbook(result, "nl"), io.BytesIO()), args.runs)
            - build
        )
        print(f"  of which building the sheets:   median {build:6.1f} ms")
        print(f"  of which saving the zip:        median {save:6.1f} ms")
        print(f"  (openpyxl's Workbook.save:      median {plain:6.1f} ms, the same parts)")
        write_workbook(result, target, "nl")
        print(f"workbook size:                          {target.stat().st_size / 1024:6.1f} KB")
        ms = median_ms(lambda: read_case_from_workbook(target), args.runs)
        print(f"read the case back:               median {ms:6.1f} ms")
    code = "import time; t = time.perf_counter(); import core.report.workbook; print(time.perf_counter() - t)"
    cold = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    print(
        f"cold import of the writer (openpyxl):    {float(cold.stdout) * 1e3:6.1f} ms (once, at the first export)"
    )


if __name__ == "__main__":
    main()
