"""Where the data files live, in a checkout and in a frozen (PyInstaller) app."""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any


def resource_dir() -> Path:
    """The ``resources/`` folder: next to the code, or inside the frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


@cache
def load_json(name: str) -> Any:
    """Parse ``resources/<name>`` once per process; callers must not mutate the result."""
    with resource_path(name).open(encoding="utf-8") as fh:
        return json.load(fh)
