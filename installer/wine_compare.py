"""Compare what the Windows app wrote under Wine with what the Linux app wrote for the same case.

Used by ``installer/wine_check.sh``; run with the Linux checkout's Python (it has openpyxl):

    python installer/wine_compare.py results WIN.json LINUX.json WIN.xlsx LINUX.xlsx
    python installer/wine_compare.py shots WIN_DIR LINUX_DIR

``results`` requires the same verdicts (every measure, in every scenario), the same NOW per
tranche and scenario (eligible, subsidy, advance, window) and the same totals, and then
every other value of the JSON result and every cell of every sheet of the workbook, read
back with openpyxl, to be equal (numbers to within 1e-9 relative; nothing else may differ
but the JSON's ``generated_on``). ``shots`` requires the same set of page images, each a
real PNG, and reports pages whose pixel size differs. Both print one line and exit 1 on
any difference, listing the first ones. They know nothing of the app's figures: they only
compare two runs of the same checkout.
"""

from __future__ import annotations

import json
import math
import struct
import sys
from pathlib import Path
from typing import Any

MAX_LISTED = 12
IGNORED_JSON_KEYS = frozenset({"generated_on"})  # the run's date; the same day in both runs


def same_number(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def same_value(a: Any, b: Any) -> bool:
    numbers = (int, float)
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, numbers) and isinstance(b, numbers):
        return same_number(float(a), float(b))
    return bool(type(a) is type(b) and a == b)


def diff_tree(win: Any, linux: Any, path: str = "") -> list[str]:
    """Every leaf where the two JSON trees differ, as 'path: windows != linux'."""
    if isinstance(win, dict) and isinstance(linux, dict):
        out: list[str] = []
        for key in sorted(set(win) | set(linux)):
            if key in IGNORED_JSON_KEYS:
                continue
            if key not in win or key not in linux:
                out.append(f"{path}/{key}: only in {'linux' if key not in win else 'windows'}")
                continue
            out.extend(diff_tree(win[key], linux[key], f"{path}/{key}"))
        return out
    if isinstance(win, list) and isinstance(linux, list):
        if len(win) != len(linux):
            return [f"{path}: {len(win)} items != {len(linux)} items"]
        out = []
        for i, (w, lx) in enumerate(zip(win, linux, strict=True)):
            out.extend(diff_tree(w, lx, f"{path}[{i}]"))
        return out
    if same_value(win, linux):
        return []
    return [f"{path or '/'}: {win!r} != {linux!r}"]


def key_figures(result: dict[str, Any]) -> dict[str, Any]:
    """The verdicts, NOW and totals of one result: what must never differ."""
    verdicts = {
        m["id"]: {
            "verdict": m["verdict"],
            "amount_eur": m["amount_eur"],
            "by_scenario": m.get("by_scenario", {}),
        }
        for m in result["measures"]
    }
    now = {
        f"{n['tranche']}@{n['scenario']}": {
            "eligible": n["eligible"],
            "subsidy_eur": n["subsidy_eur"],
            "advance_eur": n["advance_eur"],
            "window": n["window"],
        }
        for n in result["now"]
    }
    return {"verdicts": verdicts, "now": now, "totals": result["totals"]}


def workbook_cells(path: Path) -> dict[str, list[tuple[str, Any]]]:
    from openpyxl import load_workbook

    wb = load_workbook(path)  # formulas as written, not cached values: the same for both
    sheets: dict[str, list[tuple[str, Any]]] = {}
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    cells.append((cell.coordinate, cell.value))
        sheets[f"{ws.title} ({ws.sheet_state})"] = cells
    return sheets


def diff_workbooks(win: Path, linux: Path) -> tuple[list[str], int]:
    """Differences cell by cell, and the number of cells compared."""
    a, b = workbook_cells(win), workbook_cells(linux)
    if list(a) != list(b):
        return [f"sheets {list(a)} != {list(b)}"], 0
    out: list[str] = []
    compared = 0
    for sheet in a:
        wa, lb = dict(a[sheet]), dict(b[sheet])
        for coord in sorted(set(wa) | set(lb)):
            compared += 1
            if coord not in wa or coord not in lb:
                out.append(f"{sheet}!{coord}: only in {'linux' if coord not in wa else 'windows'}")
            elif not same_value(wa[coord], lb[coord]):
                out.append(f"{sheet}!{coord}: {wa[coord]!r} != {lb[coord]!r}")
    return out, compared


def compare_results(win_json: Path, linux_json: Path, win_xlsx: Path, linux_xlsx: Path) -> int:
    win = json.loads(win_json.read_text(encoding="utf-8"))
    linux = json.loads(linux_json.read_text(encoding="utf-8"))
    kw, kl = key_figures(win), key_figures(linux)
    problems = [f"key figure {d}" for d in diff_tree(kw, kl)]
    problems += [f"json {d}" for d in diff_tree(win, linux)]
    cell_diffs, cells = diff_workbooks(win_xlsx, linux_xlsx)
    problems += [f"xlsx {d}" for d in cell_diffs]
    name = win_json.name
    if problems:
        print(f"DIFFER {name}: {len(problems)} differences between the Windows and the Linux run:")
        for p in problems[:MAX_LISTED]:
            print(f"  {p}")
        if len(problems) > MAX_LISTED:
            print(f"  ... and {len(problems) - MAX_LISTED} more")
        return 1
    print(
        f"same {name}: {len(kw['verdicts'])} verdicts, {len(kw['now'])} NOW tranche x scenario, "
        f"totals {json.dumps(kw['totals'], sort_keys=True)}; whole JSON equal; "
        f"{cells} workbook cells equal"
    )
    return 0


def png_size(path: Path) -> tuple[int, int] | None:
    head = path.read_bytes()[:24]
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def compare_shots(win_dir: Path, linux_dir: Path) -> int:
    win = {p.name: p for p in win_dir.glob("*.png")}
    linux = {p.name: p for p in linux_dir.glob("*.png")}
    problems: list[str] = []
    if not linux:
        problems.append(f"the Linux run wrote no pages into {linux_dir}")
    if set(win) != set(linux):
        problems.append(
            f"pages only on Windows {sorted(set(win) - set(linux))}, "
            f"only on Linux {sorted(set(linux) - set(win))}"
        )
    resized = []
    for name in sorted(set(win) & set(linux)):
        ws, ls = png_size(win[name]), png_size(linux[name])
        if ws is None or win[name].stat().st_size < 2000:
            problems.append(f"{name}: not a real PNG on Windows")
        elif ws != ls:
            resized.append(f"{name} {ws[0]}x{ws[1]} (linux {ls})")
    if problems:
        print(f"DIFFER screenshots {win_dir.name}: " + "; ".join(problems))
        return 1
    note = f"; pixel size differs: {', '.join(resized)}" if resized else "; same pixel sizes"
    print(f"same pages {win_dir.name}: {len(win)} PNGs, the Linux run's names{note}")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 5 and argv[0] == "results":
        return compare_results(*(Path(a) for a in argv[1:]))
    if len(argv) == 3 and argv[0] == "shots":
        return compare_shots(Path(argv[1]), Path(argv[2]))
    print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
