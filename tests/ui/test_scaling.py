"""Usable at 1280x800 and at 150% scaling (a 1920x1080 screen at 150% leaves 1280x720
logical pixels): the window fits, and renders at 1.5x without trouble."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_the_window_fits_a_150_percent_full_hd_screen(make_window):
    window = make_window("nl")
    window.files.open_demo()
    for index in range(len(window.pages)):
        window.go_to(index)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720, (index, hint)


def test_pages_render_at_150_percent(tmp_path: Path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="1.5")
    out = subprocess.run(
        [sys.executable, "main.py", "--demo", "--screenshots", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.returncode == 0, out.stderr[-500:]
    shots = sorted(tmp_path.glob("nl-*.png"))
    assert len(shots) >= 10
    width, height = struct.unpack(">II", shots[3].read_bytes()[16:24])
    assert (width, height) == (1920, 1200)  # 1280x800 logical at 1.5x
