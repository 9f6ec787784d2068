"""PySide6-Essentials 6.12.0 dropped a reference to None on every void C++ call on
Python 3.11, so a session aborted ("none_dealloc") after some thousands of edits. The
pinned release must not: this guards the pin against a careless upgrade."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
edit = QLineEdit()
before = sys.getrefcount(None)
for i in range(60000):
    edit.setText("x")
    edit.setEnabled(True)
print(sys.getrefcount(None) - before)
"""


def test_void_calls_keep_none_alive() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    assert abs(int(proc.stdout.strip())) < 100  # no steady loss per call
