"""A hostile environment: a TZ that is not a time zone, a closed stderr (issue 20, item 7)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import EXAMPLES, ROOT

CASE = EXAMPLES / "metaal-orderboek.herstelscan.json"


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
    )


@pytest.mark.skipif(sys.platform == "win32", reason="TZ as a file path is a Unix thing")
def test_a_tz_that_is_no_time_zone_is_utc_with_one_warning_in_assess() -> None:
    done = _run(["main.py", "assess", str(CASE)], TZ="/etc/hostname")
    assert done.returncode == 0, done.stderr
    assert "interne fout" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "UTC" in lines[0] and "/etc/hostname" in lines[0]
    assert done.stdout.startswith("Herstelscan — Voorbeeld Metaal BV")
    # The same figures as with a real zone.
    assert done.stdout == _run(["main.py", "assess", str(CASE)], TZ="UTC").stdout


APP = textwrap.dedent(
    """
    from pathlib import Path
    import sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    app.setOrganizationName("HerstelscanTests")
    from ui.app import build_window
    window, state, autosave = build_window("nl")
    assert window.files.load(Path(sys.argv[1]))
    window.show()
    app.processEvents()
    autosave.timer.stop()
    print("started", state.get("company.name"))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="TZ as a file path is a Unix thing")
def test_the_app_starts_with_a_tz_that_is_no_time_zone(tmp_path) -> None:
    done = _run(["-c", APP, str(CASE)], TZ="/etc/hostname", HOME=str(tmp_path))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "started Voorbeeld Metaal BV"
    assert "UTC" in done.stderr


def _closed_stderr(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    """Run with file descriptor 2 closed (``2>&-``): Python then has ``sys.stderr`` None."""
    return subprocess.run(
        ["sh", "-c", 'exec "$0" "$@" 2>&-', sys.executable, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )


@pytest.mark.skipif(sys.platform == "win32", reason="closing fd 2 through sh")
@pytest.mark.parametrize(
    "args",
    [
        ["assess", "missing.herstelscan.json"],  # invalid input: _refuse
        ["assess"],  # argparse: usage and the missing argument
        ["assess", str(CASE), "--scenario", "zz"],  # usage and the known scenarios
        ["assess", str(CASE), "--json", "no/such/folder/out.json"],  # a write problem
        ["bogus"],  # no display and an unknown command
    ],
)
def test_with_stderr_closed_problems_never_go_to_stdout(args: list[str]) -> None:
    done = _closed_stderr(["main.py", *args], DISPLAY="", WAYLAND_DISPLAY="", QT_QPA_PLATFORM="")
    assert done.returncode != 0
    assert done.stdout == ""


@pytest.mark.skipif(sys.platform == "win32", reason="closing fd 2 through sh")
def test_with_stderr_closed_the_tz_warning_stays_out_of_the_summary() -> None:
    done = _closed_stderr(["main.py", "assess", str(CASE)], TZ="/etc/hostname")
    assert done.returncode == 0
    assert done.stdout == _run(["main.py", "assess", str(CASE)], TZ="UTC").stdout
