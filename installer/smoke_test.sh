#!/usr/bin/env bash
# Prove a built Herstelscan bundle works without Python or the source tree, and measure it.
#
#   bash installer/smoke_test.sh [BUNDLE]      (default: installer/dist/herstelscan)
#
# Checks, against the frozen program only:
#   1. --version prints "Herstelscan <core.__version__>"
#   2. the bundle carries resources/ (data, example cases, translations, icons) and Qt's
#      Dutch translation, identical to the checkout's resources/ when there is one
#   3. `assess <bundled example case> --xlsx --json` writes both files; the workbook opens
#      with openpyxl and the JSON parses (checked with a Python outside the bundle)
#   4. `--demo --screenshots DIR` renders every page offscreen in Dutch and in English:
#      PNG files, non-trivial size; the demo case itself is read from the bundle
# and prints the bundle size and start times (medians of 5 runs): --version, launch to the
# main window's first paint (HERSTELSCAN_BENCH_FIRST_PAINT, offscreen), and a screenshot
# run. Exit status 0 only if every check passed.
#
# Runs on Linux and macOS, and in Git Bash on Windows (there it drives herstelscan-cli.exe,
# the console twin of the windowed herstelscan.exe, and checks the windowed one too).
# Environment: CHECK_PYTHON=python with openpyxl (default: the repo's .venv, else the build
# venv); RUNS=5 (timing runs).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
BUNDLE="$(cd "${1:-$HERE/dist/herstelscan}" && pwd)"
RUNS="${RUNS:-5}"
export QT_QPA_PLATFORM=offscreen

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
ok() { echo "ok   $*"; }

# The program to drive: the console one on Windows, the only one elsewhere.
GUI_EXE=""
if [[ -f "$BUNDLE/herstelscan-cli.exe" ]]; then
    EXE="$BUNDLE/herstelscan-cli.exe"
    GUI_EXE="$BUNDLE/herstelscan.exe"
elif [[ -x "$BUNDLE/herstelscan" ]]; then
    EXE="$BUNDLE/herstelscan"
else
    fail "no herstelscan program in $BUNDLE"
fi
INTERNAL="$BUNDLE/_internal"
[[ -d "$INTERNAL" ]] || fail "$BUNDLE has no _internal/ folder (not a PyInstaller 6 one-folder build?)"

# A Python outside the bundle that has openpyxl, only to inspect what the bundle wrote.
if [[ -z "${CHECK_PYTHON:-}" ]]; then
    for candidate in "$ROOT/.venv/bin/python" "$ROOT/.venv/Scripts/python.exe" \
        "$HERE/.venv/bin/python" "$HERE/.venv/Scripts/python.exe"; do
        if [[ -x "$candidate" ]]; then
            CHECK_PYTHON="$candidate"
            break
        fi
    done
fi
[[ -n "${CHECK_PYTHON:-}" ]] || fail "no Python with openpyxl found; set CHECK_PYTHON"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/herstelscan-smoke.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# Keep the app's settings, autosave and recent files away from the real user's.
for var in XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME; do
    export "$var=$WORK/home/$var"
done
cd "$WORK" # the bundle must not depend on the working directory


echo "== bundle: $BUNDLE"
echo "== program: $EXE"

# 1. Version -------------------------------------------------------------------------------
want_version=""
if [[ -f "$ROOT/core/__init__.py" ]]; then
    want_version="$(sed -n 's/^__version__ = "\([^"]*\)".*/\1/p' "$ROOT/core/__init__.py" | tr -d '\r')"
fi
got="$("$EXE" --version | tr -d '\r')"
[[ "$got" == "Herstelscan "* ]] || fail "--version printed '$got'"
[[ -z "$want_version" || "$got" == "Herstelscan $want_version" ]] ||
    fail "--version printed '$got', core/__init__.py says $want_version"
ok "--version: $got"

# 2. Resources inside the bundle ------------------------------------------------------------
RES="$INTERNAL/resources"
[[ -d "$RES" ]] || fail "no resources/ in the bundle"
for f in countries.json scenarios.json icons/herstelscan.png icons/herstelscan.ico; do
    [[ -f "$RES/$f" ]] || fail "bundle lacks resources/$f"
done
shopt -s nullglob
examples=("$RES"/examples/*.herstelscan.json)
qms=("$RES"/translations/*.qm)
qt_nl=("$INTERNAL"/PySide6/Qt/translations/qtbase_nl.qm "$INTERNAL"/PySide6/translations/qtbase_nl.qm)
shopt -u nullglob
((${#examples[@]} > 0)) || fail "no example cases in the bundle"
((${#qt_nl[@]} > 0)) || fail "Qt's own Dutch translation (qtbase_nl.qm) is missing"
if ((${#qms[@]} > 0)); then
    ok "resources: ${#examples[@]} example cases, ${#qms[@]} app translations, qtbase_nl.qm"
else
    echo "WARN resources: no resources/translations/*.qm in the bundle (none built yet?)"
fi
if [[ -d "$ROOT/resources" ]]; then
    # Every file of the checkout's resources/ is in the bundle, byte for byte (and no more),
    # except translation sources (*.ts), which the spec leaves out.
    list_files() { (cd "$1" && find . -type f ! -name '*.pyc' ! -name '*.ts' | LC_ALL=C sort); }
    diff <(list_files "$ROOT/resources") <(list_files "$RES") >"$WORK/resources.diff" ||
        fail "bundle resources/ lists other files than the checkout's (rebuild?): $(cat "$WORK/resources.diff")"
    while IFS= read -r f; do
        cmp -s "$ROOT/resources/$f" "$RES/$f" || fail "bundle resources/$f differs from the checkout's (rebuild?)"
    done < <(list_files "$ROOT/resources")
    ok "resources: identical to $ROOT/resources"
fi

# 3. assess on a bundled example case -------------------------------------------------------
CASE="${examples[0]}"
"$EXE" assess "$CASE" --xlsx "$WORK/out.xlsx" --json "$WORK/out.json" >"$WORK/assess.txt" ||
    fail "assess exited with $?: $(cat "$WORK/assess.txt")"
[[ -s "$WORK/out.xlsx" ]] || fail "assess wrote no workbook"
[[ -s "$WORK/out.json" ]] || fail "assess wrote no JSON"
"$CHECK_PYTHON" - "$WORK/out.xlsx" "$WORK/out.json" <<'EOF' || fail "the files assess wrote do not open"
import json
import sys

from openpyxl import load_workbook

wb = load_workbook(sys.argv[1])
assert wb.sheetnames, "workbook without sheets"
with open(sys.argv[2], encoding="utf-8") as fh:
    result = json.load(fh)
assert isinstance(result, dict) and result, "empty JSON result"
print(f"ok   assess: workbook with sheets {', '.join(wb.sheetnames)}; JSON keys {len(result)}")
EOF
ok "assess: $(basename "$CASE") -> out.xlsx ($(wc -c <"$WORK/out.xlsx") bytes), out.json"

# 4. Screenshots offscreen, both languages --------------------------------------------------
check_pngs() { # DIR LABEL
    shopt -s nullglob
    local pngs=("$1"/*.png)
    shopt -u nullglob
    ((${#pngs[@]} > 0)) || fail "$2: no PNG written"
    local p
    for p in "${pngs[@]}"; do
        [[ "$(head -c 8 "$p" | od -An -tx1 | tr -d ' \n')" == "89504e470d0a1a0a" ]] ||
            fail "$2: $(basename "$p") is not a PNG"
        (($(wc -c <"$p") > 2000)) || fail "$2: $(basename "$p") is suspiciously small"
    done
    ok "$2: ${#pngs[@]} pages rendered"
}
for lang in nl en; do
    "$EXE" --demo --lang "$lang" --screenshots "$WORK/shots-$lang" >"$WORK/shots-$lang.txt" 2>&1 ||
        fail "--screenshots ($lang) exited with $?: $(cat "$WORK/shots-$lang.txt")"
    check_pngs "$WORK/shots-$lang" "screenshots ($lang)"
done
if [[ -n "$GUI_EXE" ]]; then
    # The windowed program prints nothing; it must still run and render.
    "$GUI_EXE" --demo --screenshots "$WORK/shots-gui" || fail "herstelscan.exe --screenshots failed"
    check_pngs "$WORK/shots-gui" "screenshots (windowed herstelscan.exe)"
fi

# Measurements ------------------------------------------------------------------------------
size="$(du -sh "$BUNDLE" | cut -f1)"
size_mb="$(du -sm "$BUNDLE" | cut -f1)"
time_runs() { # prints the median wall time in ms of RUNS runs of "$@" (timed in one process)
    "$CHECK_PYTHON" - "$RUNS" "$@" <<'EOF' || fail "timing run failed: $*"
import statistics
import subprocess
import sys
import time

runs, cmd = int(sys.argv[1]), sys.argv[2:]
times = []
for _ in range(runs):
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append((time.perf_counter() - t0) * 1000)
print(round(statistics.median(times)))
EOF
}
first_paint() { # median ms from launch to the main window's first paint (offscreen), or "n/a"
    HERSTELSCAN_BENCH_FIRST_PAINT=1 "$CHECK_PYTHON" - "$RUNS" "$@" <<'EOF'
import re
import statistics
import subprocess
import sys
import time

runs, cmd = int(sys.argv[1]), sys.argv[2:]
times = []
for _ in range(runs):
    t0 = time.time()
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout
    m = re.search(r"first_paint_at=([0-9.]+)", out)
    if not m:  # the app no longer reports its first paint
        print("n/a")
        sys.exit(0)
    times.append((float(m.group(1)) - t0) * 1000)
print(round(statistics.median(times)))
EOF
}
t_version="$(time_runs "$EXE" --version)"
t_paint="$(first_paint "$EXE")"
t_shots="$(time_runs "$EXE" --demo --screenshots "$WORK/shots-timing")"
echo "== bundle size: $size ($size_mb MB, du -sm)"
echo "== start time, median of $RUNS runs:"
echo "   --version                                   ${t_version} ms"
echo "   app start to first paint of the main window ${t_paint} ms"
echo "   --demo --screenshots (start, every page)    ${t_shots} ms"
echo "== all smoke checks passed"
