"""PySide6 6.12.0 drops a reference to None on every void C++ call; without
ui.refcount_guard a session crashes ("none_dealloc") after some thousands of calls."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
{guard}
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
edit = QLineEdit()
for i in range(60000):
    edit.setText("x")
print("ok")
"""


def _run(guard: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", SCRIPT.format(guard=guard)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_many_void_calls_survive_with_the_guard():
    proc = _run("import ui")
    assert proc.returncode == 0, proc.stderr[-500:]
    assert proc.stdout.strip() == "ok"


def test_the_bug_is_still_there_without_the_guard():
    """When this fails, PySide6 is fixed: remove ui/refcount_guard.py."""
    proc = _run("")
    assert proc.returncode != 0 and "dealloc" in proc.stderr
