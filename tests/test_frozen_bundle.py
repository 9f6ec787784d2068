"""The frozen (PyInstaller) app works on its own: only when a built bundle is named.

    bash installer/build.sh
    HERSTELSCAN_BUNDLE=installer/dist/herstelscan python -m pytest tests/test_frozen_bundle.py

The build takes minutes, so the default test run skips these tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_ENV = os.environ.get("HERSTELSCAN_BUNDLE", "")
BUNDLE = Path(BUNDLE_ENV).resolve() if BUNDLE_ENV else None

pytestmark = pytest.mark.skipif(
    BUNDLE is None,
    reason="set HERSTELSCAN_BUNDLE to a built bundle (bash installer/build.sh) to test it",
)


def _program() -> Path:
    assert BUNDLE is not None
    for name in ("herstelscan-cli.exe", "herstelscan"):
        if (BUNDLE / name).is_file():
            return BUNDLE / name
    pytest.fail(f"no herstelscan program in {BUNDLE}")


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / "home" / var.lower())
    return env


def test_smoke_script_passes() -> None:
    """installer/smoke_test.sh: version, resources, assess -> xlsx/json, screenshots."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is needed for installer/smoke_test.sh")
    env = dict(os.environ, RUNS="3", CHECK_PYTHON=sys.executable)
    proc = subprocess.run(
        [bash, str(ROOT / "installer" / "smoke_test.sh"), str(BUNDLE)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    print(proc.stdout)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "all smoke checks passed" in proc.stdout


def test_frozen_screenshots_match_the_source_app(tmp_path: Path) -> None:
    """Every page the frozen app renders is pixel-identical to the source checkout's:
    nothing (a resource, a translation, a plugin, a lazily imported module) went missing."""
    frozen, source = tmp_path / "frozen", tmp_path / "source"
    env = _env(tmp_path)
    args = ["--demo", "--lang", "nl", "--screenshots"]
    subprocess.run([str(_program()), *args, str(frozen)], check=True, env=env, timeout=300)
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args, str(source)],
        check=True,
        env=env,
        timeout=300,
        cwd=ROOT,
    )
    frozen_pages = sorted(p.name for p in frozen.glob("*.png"))
    assert frozen_pages, "the frozen app rendered no page"
    assert frozen_pages == sorted(p.name for p in source.glob("*.png"))
    differing = [
        name
        for name in frozen_pages
        if (frozen / name).read_bytes() != (source / name).read_bytes()
    ]
    assert not differing, f"pages that differ from the source app: {differing}"
