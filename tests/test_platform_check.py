"""Without a display (or without Qt's X11 libraries) the app says so in one sentence and
exits non-zero, instead of Qt's abort (exit 134)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT
from ui.platform_check import XCB_LIBRARIES, display_problem


def test_no_display_gives_one_clear_sentence_and_no_qt_abort() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--demo"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode not in (0, 134, -6)  # not a success, not Qt's abort
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert "display" in lines[0] and "xvfb-run" in lines[0] and "Traceback" not in out.stderr


def test_missing_x11_libraries_are_named_with_the_install_command() -> None:
    gone = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    text = display_problem({"DISPLAY": ":0"}, "linux", lambda lib: lib not in gone)
    assert text is not None
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in text


def test_a_working_desktop_or_a_chosen_platform_passes() -> None:
    assert display_problem({"DISPLAY": ":0"}, "linux", lambda _lib: True) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", lambda _lib: False) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", lambda _l: False) is None
    assert display_problem({}, "win32", lambda _lib: False) is None


def test_readme_names_every_library_the_check_knows() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for package in XCB_LIBRARIES:
        assert package in readme, package
