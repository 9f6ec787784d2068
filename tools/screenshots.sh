#!/bin/sh
# Render every page of the app, with the example company, in Dutch and English.
#   tools/screenshots.sh [OUTDIR]      (default out/screenshots)
# Uses Xvfb when available (a real X server, as a user sees it), offscreen otherwise.
set -eu
cd "$(dirname "$0")/.."
OUT="${1:-out/screenshots}"
PY="${PYTHON:-.venv/bin/python}"
[ -x "$PY" ] || PY=python3
mkdir -p "$OUT"
run() {
    if command -v xvfb-run >/dev/null 2>&1; then
        xvfb-run -a -s "-screen 0 1600x1000x24" "$PY" main.py "$@"
    else
        QT_QPA_PLATFORM=offscreen "$PY" main.py "$@"
    fi
}
for lang in nl en; do
    run --demo --lang "$lang" --screenshots "$OUT"
done
ls "$OUT"
