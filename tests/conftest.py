"""Shared test set-up. Qt runs offscreen (set before anything imports Qt); tests never
touch the user's real settings: HOME-like folders point into a temporary directory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep platformdirs / QStandardPaths away from the real user's folders.
_sandbox = Path(tempfile.mkdtemp(prefix="herstelscan-tests-"))
for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[var] = str(_sandbox / var.lower())

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

EXAMPLES = ROOT / "resources" / "examples"


def run_main(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGS`` as a user runs it, from the project folder."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
