"""Nothing of 2020 breaks (issue 17): the example cases' figures, pinned on the code
before per-country shocks, for both starts and every scenario (tools/pin_figures.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_example_figures_unchanged() -> None:
    spec = importlib.util.spec_from_file_location("pin_figures", ROOT / "tools" / "pin_figures.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    pinned = json.loads((ROOT / "tests" / "data" / "pinned_figures.json").read_text())
    now = json.loads(json.dumps(mod.figures(), sort_keys=True))
    assert set(now) == set(pinned)
    for key in pinned:
        assert now[key] == pinned[key], key
