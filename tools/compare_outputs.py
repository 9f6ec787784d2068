"""Are this tree's outputs identical to another revision's? (issue 23: speed may change no figure)

    .venv/bin/python tools/compare_outputs.py BASE_REV            # e.g. fe50ca4 or main
    .venv/bin/python tools/compare_outputs.py BASE_REV --batch    # also the vectorised engine

For every example case (and the own stress case in tests/data) and every start (2020, now,
stress) in both languages, both trees run the real CLI (``main.py assess --today ...
--json --xlsx``) on the same day; the result JSON must be equal value for value and every
workbook cell (sheet names, coordinates, values and formulas as stored, read back with
openpyxl) must be equal. With ``--batch`` both trees also score 3,000 synthetic profiles
(``tools/bench.synthetic_profiles``) under every CPB scenario, every stress test and the 2020 and 'now' sets (nl2020,
``_now`` shapes) with
``core.model.engine.score_arrays``; the forecast, summary and NOW arrays must agree to
1e-9 relative (floating-point reordering only). Prints each difference found and exits 1
on any; 0 when identical.

BASE_REV is checked out into a temporary git worktree, removed afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-12-07"
CASES = [
    *sorted(
        p.relative_to(ROOT) for p in (ROOT / "resources" / "examples").glob("*.herstelscan.json")
    ),
    Path("tests/data/us-customers-critical-cn.herstelscan.json"),
]
STARTS = ("2020", "now", "stress")
LANGS = ("nl", "en")

_BATCH_DUMP = r"""
import datetime as dt, sys
import numpy as np
sys.path.insert(0, "tools"); sys.path.insert(0, ".")
from bench import synthetic_profiles
from core.model.engine import score_arrays
from core.reference.scenarios import cpb_scenarios, scenarios_starting, stress_scenarios
p = synthetic_profiles(3000, seed=7)
out = {}
today = dt.date(2026, 12, 7)
sets = [("cpb", cpb_scenarios()), ("stress", stress_scenarios(today))]
sets += [("y2020", scenarios_starting(None)), ("now", scenarios_starting(today))]
for tag, scen in sets:
    s = score_arrays(p, scen)
    for part in ("forecast", "summary", "now"):
        obj = getattr(s, part)
        names = set(vars(obj))
        if part == "summary":  # idle_fte is read lazily; fte and revenue are inputs
            names = (names | {"idle_fte"}) - {"fte", "revenue"}
        for name in sorted(names):
            v = getattr(obj, name)
            if isinstance(v, np.ndarray) and v.dtype.kind in "biuf":
                out[f"{tag}.{part}.{name}"] = v
np.savez(sys.argv[1], **out)
"""


def _run(tree: Path, out: Path) -> None:
    """Every case x start x language through the CLI of ``tree`` into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        src = tree / case
        if not src.exists():
            src = ROOT / case  # a case file newer than the base revision
        stem = case.name.split(".")[0]
        for start in STARTS:
            for lang in LANGS:
                name = f"{stem}-{start}-{lang}"
                cmd = [
                    sys.executable,
                    "main.py",
                    "assess",
                    str(src),
                    "--today",
                    TODAY,
                    "--start",
                    start,
                    "--lang",
                    lang,
                    "--json",
                    str(out / f"{name}.json"),
                    "--xlsx",
                    str(out / f"{name}.xlsx"),
                ]
                done = subprocess.run(cmd, cwd=tree, capture_output=True, text=True)
                (out / f"{name}.rc").write_text(f"{done.returncode}\n{done.stdout}{done.stderr}")


def _cells(path: Path) -> dict[str, Any]:
    from openpyxl import load_workbook

    wb = load_workbook(path)  # formulas as stored, not cached values
    cells: dict[str, Any] = {"sheets": wb.sheetnames}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    v = c.value
                    cells[f"{ws.title}!{c.coordinate}"] = (
                        v.isoformat() if isinstance(v, dt.date | dt.datetime) else v
                    )
    return cells


def _diff_dicts(a: Any, b: Any, where: str, out: list[str]) -> None:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b), key=str):
            if k not in a or k not in b:
                out.append(f"{where}/{k}: only in {'base' if k in a else 'this tree'}")
            else:
                _diff_dicts(a[k], b[k], f"{where}/{k}", out)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _diff_dicts(x, y, f"{where}[{i}]", out)
    elif a != b or type(a) is not type(b):
        out.append(f"{where}: base {a!r} != this tree {b!r}")


def compare_dirs(base: Path, here: Path) -> list[str]:
    problems: list[str] = []
    for rc in sorted(base.glob("*.rc")):
        name = rc.stem
        other = here / rc.name
        a_rc, b_rc = rc.read_text(), other.read_text()
        if a_rc.split("\n", 1)[0] != b_rc.split("\n", 1)[0]:
            problems.append(f"{name}: exit code {a_rc!r} != {b_rc!r}")
            continue
        if (base / f"{name}.json").exists():
            a = json.loads((base / f"{name}.json").read_text())
            b = json.loads((here / f"{name}.json").read_text())
            _diff_dicts(a, b, f"{name}.json", problems)
            _diff_dicts(
                _cells(base / f"{name}.xlsx"),
                _cells(here / f"{name}.xlsx"),
                f"{name}.xlsx",
                problems,
            )
    return problems


def compare_batch(base_tree: Path, here_tree: Path, tmp: Path) -> list[str]:
    import numpy as np

    files = []
    for tree, tag in ((base_tree, "base"), (here_tree, "here")):
        target = tmp / f"batch-{tag}.npz"
        subprocess.run([sys.executable, "-c", _BATCH_DUMP, str(target)], cwd=tree, check=True)
        files.append(np.load(target))
    a, b = files
    problems = [f"batch {k}: only in {'base' if k in a else 'this tree'}" for k in set(a) ^ set(b)]
    for k in sorted(set(a) & set(b)):
        x, y = a[k], b[k]
        if x.shape != y.shape:
            problems.append(f"batch {k}: shape {x.shape} != {y.shape}")
        elif not np.allclose(x, y, rtol=1e-9, atol=1e-9, equal_nan=True):
            worst = float(np.nanmax(np.abs(x.astype(float) - y.astype(float))))
            problems.append(f"batch {k}: differs, largest difference {worst:.3g}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("base", help="the revision to compare with (anything git rev-parse accepts)")
    ap.add_argument("--batch", action="store_true", help="also compare the vectorised engine")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="herstelscan-compare-") as tmp_name:
        tmp = Path(tmp_name)
        base_tree = tmp / "base"
        subprocess.run(
            ["git", "worktree", "add", "-q", "--detach", str(base_tree), args.base],
            cwd=ROOT,
            check=True,
        )
        try:
            _run(base_tree, tmp / "out-base")
            _run(ROOT, tmp / "out-here")
            problems = compare_dirs(tmp / "out-base", tmp / "out-here")
            if args.batch:
                problems += compare_batch(base_tree, ROOT, tmp)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base_tree)], cwd=ROOT)
    n = len(list(CASES)) * len(STARTS) * len(LANGS)
    for p in problems[:200]:
        print(p)
    if problems:
        print(f"DIFFERENT: {len(problems)} differences over {n} runs (json + workbook each)")
        return 1
    print(
        f"identical: {n} runs (json + workbook cells){' and the batch arrays' if args.batch else ''}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
