#!/usr/bin/env bash
# Render Excel advice workbooks to PDF (LibreOffice) and PNG (pdftoppm) so a person can
# look at every printed page, as a customer would.
#
#   tools/render_report.sh                 # the example cases, Dutch and English
#   tools/render_report.sh some.xlsx ...   # given workbooks
#
# Output: out/report/<name>.pdf and out/report/<name>-<page>.png
# Needs: libreoffice (libreoffice-calc) and pdftoppm (poppler-utils).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/out/report"
PY="$ROOT/.venv/bin/python"
[ -x "$PY" ] || PY=python3
mkdir -p "$OUT"
cd "$ROOT"

for tool in libreoffice pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "missing $tool: apt-get install -y libreoffice-calc poppler-utils" >&2
    exit 1
  fi
done

if [ "$#" -eq 0 ]; then
  # The example workbooks, written the way the command line writes them.
  set --
  for case in "$ROOT"/resources/examples/*.herstelscan.json; do
    name="$(basename "$case" .herstelscan.json)"
    for lang in nl en; do
      "$PY" main.py assess "$case" --xlsx "$OUT/$name-$lang.xlsx" --lang "$lang" >/dev/null
      set -- "$@" "$OUT/$name-$lang.xlsx"
    done
  done
fi

# A private LibreOffice profile per language, so numbers and months show the way a
# Dutch (nl-NL) or English (en-GB) reader sees them; it also works next to a running
# LibreOffice and in CI.
PROFILES="$(mktemp -d)"
trap 'rm -rf "$PROFILES"' EXIT
profile_for() {
  local locale="$1" dir="$PROFILES/$1"
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir/user"
    cat >"$dir/user/registrymodifications.xcu" <<XCU
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>$locale</value></prop></item>
</oor:items>
XCU
  fi
  echo "$dir"
}

for xlsx in "$@"; do
  name="$(basename "$xlsx" .xlsx)"
  case "$name" in
    *-en) locale=en-GB ;;
    *) locale=nl-NL ;;
  esac
  profile="$(profile_for "$locale")"
  libreoffice -env:UserInstallation="file://$profile" --headless --convert-to pdf \
    --outdir "$OUT" "$xlsx" >/dev/null 2>&1
  rm -f "$OUT/$name"-*.png
  pdftoppm -r 80 -png "$OUT/$name.pdf" "$OUT/$name"
  pages=$(ls "$OUT/$name"-*.png | wc -l)
  echo "$OUT/$name.pdf: $pages page(s)"
done
