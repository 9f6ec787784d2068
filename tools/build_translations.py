"""Build the app's translations: pyside6-lupdate collects the tr() strings of ui/ into
resources/translations/herstelscan_nl.ts (keeping existing translations), then
pyside6-lrelease compiles it to herstelscan_nl.qm, which the app loads.

    python tools/build_translations.py            # update .ts and build .qm
    python tools/build_translations.py --release  # only build .qm from the .ts

Translate new strings in the .ts with Qt Linguist (pyside6-linguist) and run again.
Both files are committed, so the app runs without this step.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("nl",)


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name} not found; install PySide6 (it ships {name})")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__).parse_known_args(argv)[0]
    release_only = "--release" in (argv if argv is not None else sys.argv[1:])
    del args
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"herstelscan_{lang}.ts"
        qm = TS_DIR / f"herstelscan_{lang}.qm"
        if not release_only:
            subprocess.run(
                [
                    _tool("pyside6-lupdate"),
                    *sources(),
                    "-no-obsolete",
                    "-source-language",
                    "en",
                    "-target-language",
                    lang,
                    "-ts",
                    str(ts),
                ],
                cwd=ROOT,
                check=True,
            )
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
        print(f"built {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
