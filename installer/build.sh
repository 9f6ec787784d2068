#!/usr/bin/env bash
# Build the standalone Herstelscan app (one folder) on this machine: Linux or macOS.
#
#   bash installer/build.sh            -> installer/dist/herstelscan/herstelscan
#
# Creates installer/.venv (Python 3.11) on first use, installs the pinned build
# requirements into it, and runs PyInstaller with installer/herstelscan.spec.
# Environment:
#   PYTHON=python3.11      the interpreter that creates the build venv
#   BUILD_VENV=DIR         use another venv (created if missing)
#   SKIP_INSTALL=1         do not pip-install (offline rebuilds)
# PyInstaller does not cross-compile: the Windows app and installer come from
# installer/build.ps1 on Windows (see .github/workflows/windows-build.yml).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
VENV="${BUILD_VENV:-$HERE/.venv}"
PYTHON="${PYTHON:-python3.11}"

if [[ ! -x "$VENV/bin/python" ]]; then
    echo "== creating build venv $VENV with $PYTHON"
    "$PYTHON" -m venv "$VENV"
fi
PY="$VENV/bin/python"
"$PY" -c 'import sys; assert sys.version_info[:2] == (3, 11), f"need Python 3.11, got {sys.version}"'

if [[ "${SKIP_INSTALL:-0}" != 1 ]]; then
    echo "== installing build requirements"
    (cd "$HERE" && "$PY" -m pip install --quiet --disable-pip-version-check -r requirements-build.txt)
fi

VERSION="$(cd "$ROOT" && "$PY" -c 'from core import __version__; print(__version__)')"
echo "== building Herstelscan $VERSION"
cd "$ROOT"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath "$HERE/build" --distpath "$HERE/dist" "$HERE/herstelscan.spec"

BUNDLE="$HERE/dist/herstelscan"
echo "== built $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
echo "   smoke test: bash installer/smoke_test.sh $BUNDLE"
