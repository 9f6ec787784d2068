"""installer/icu_data.py: the Linux bundle's cut-down ICU data library (issue 23).

Checked on the real libicudata of the installed PySide6 wheel: the package format round-trips
byte for byte, the filter keeps exactly what it says, and Qt on the cut-down library collates,
case-maps, names time zones and opens codecs for Dutch and English as on the full one.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("icu_data", ROOT / "installer" / "icu_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


icu_data = _load()


def _wheel_library() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


LIBRARY = _wheel_library() if sys.platform.startswith("linux") else None
needs_library = pytest.mark.skipif(LIBRARY is None, reason="no ICU in this PySide6 (not Linux)")


def test_keep_item_rules() -> None:
    for kept in [
        "root.res",
        "nl.res",
        "nl_BE.res",
        "en_001.res",
        "en_US_POSIX.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "zone/nl.res",
        "zone/pool.res",
        "pool.res",
        "res_index.res",
        "coll/res_index.res",
        "supplementalData.res",
        "zoneinfo64.res",
        "cnvalias.icu",
        "ibm-5348_P100-1997.cnv",
        "brkitr/line.brk",
        "nfkc.nrm",
    ]:
        assert icu_data.keep_item(kept), kept
    for dropped in [
        "de.res",
        "fy_NL.res",
        "sr_Latn_BA.res",
        "de__PHONEBOOK.res",
        "es_419.res",
        "ca_ES_VALENCIA.res",
        "zh_Hant_HK.res",
        "coll/sv.res",
        "zone/ja.res",
        "yue_Hans_CN.res",
        "brkitr/cjdict.dict",
        "translit/root.res",
        "translit/el_Latn.res",
    ]:
        assert not icu_data.keep_item(dropped), dropped


@needs_library
def test_package_round_trips_and_filters() -> None:
    assert LIBRARY is not None
    symbol, package = icu_data.read_library_data(LIBRARY)
    assert re.fullmatch(r"icudt\d+_dat", symbol)
    header, items = icu_data.parse_package(package)
    assert icu_data.build_package(header, items) == package

    slim, dropped = icu_data.filter_package(package)
    _, slim_items = icu_data.parse_package(slim)
    original = dict(items)
    for name, blob in slim_items:
        assert blob == original[name], name  # every kept item is the original's, byte for byte
    names = {name for name, _ in slim_items}
    assert names | set(dropped) == set(original) and not names & set(dropped)
    assert [n for n, _ in slim_items] == sorted(names)  # ICU searches the table binarily
    prefix = items[0][0].split("/", 1)[0]
    for must in ["root.res", "nl.res", "en.res", "coll/root.res", "pool.res", "res_index.res"]:
        assert f"{prefix}/{must}" in names
    assert f"{prefix}/de.res" in dropped and f"{prefix}/brkitr/cjdict.dict" in dropped
    assert len(slim) < len(package) / 2


PROBE = r"""
from PySide6.QtCore import QCollator, QCoreApplication, QDateTime, QLocale, QStringDecoder, QTimeZone
app = QCoreApplication([])
words = ["Zeeland", "ijs", "Édith", "appel", "Ångström", "zoë", "Zoe", "één", "10", "9", "ß", "œ"]
for name in ["nl_NL", "nl_BE", "en_US", "en_GB"]:
    locale = QLocale(name)
    collator = QCollator(locale)
    print(name, sorted(words, key=collator.sortKey))
    collator.setNumericMode(True)
    print(name, sorted(words, key=collator.sortKey))
    print(name, locale.toUpper("ijsberg straße"), locale.toLower("ÉÉN İSTANBUL"))
    zone = QTimeZone(b"Europe/Amsterdam")
    at = QDateTime.fromSecsSinceEpoch(1780000000, zone)
    for kind in QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName:
        print(name, zone.displayName(at, kind, locale))
for codec in ["windows-1252", "ISO-8859-15", "Shift_JIS", "IBM437"]:
    print(codec, QStringDecoder(codec).isValid())
print([line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line][0])
"""


@needs_library
@pytest.mark.skipif(
    shutil.which("cc") is None and shutil.which("gcc") is None, reason="no C compiler"
)
def test_qt_reads_the_slim_library_like_the_full_one(tmp_path: Path) -> None:
    assert LIBRARY is not None
    slim = tmp_path / LIBRARY.name
    account = icu_data.slim_library(LIBRARY, slim)
    assert "items left out" in account and slim.stat().st_size < LIBRARY.stat().st_size / 2

    def run(library_dir: Path | None) -> list[str]:
        env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
        if library_dir is not None:
            env["LD_LIBRARY_PATH"] = str(library_dir)
        out = subprocess.run(
            [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
        ).stdout
        return out.splitlines()

    full, cut = run(None), run(tmp_path)
    assert full[-1] == str(LIBRARY.resolve()) and cut[-1] == str(slim)  # each ran on its own
    assert cut[:-1] == full[:-1]
    assert "Midden-Europese zomertijd" in "\n".join(full)  # nl time-zone names really looked up
