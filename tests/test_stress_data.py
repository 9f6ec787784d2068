"""The stress-test library's loader (resources/stress_scenarios.json, issue 17): shapes,
groups and the checks that keep the data to its contract."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pytest

from core.reference import stress
from core.reference.countries import countries
from core.reference.scenarios import scenario_source, stress_scenarios
from core.reference.stress import GdpShock, Shock, StressDataError, expand_countries, library


def test_the_shape_rises_holds_and_fades() -> None:
    s = Shock("demand", ("US",), 0.1, start=2, ramp_months=2, duration=3, recovery=2)
    level = s.shape(np.arange(12.0))
    assert list(level[:5]) == [0.0, 0.0, 0.0, 0.5, 1.0]
    assert list(level[5:8]) == [1.0, 1.0, 1.0]  # full size for 3 months after the ramp
    assert level[9] == pytest.approx(np.exp(-1.0))
    assert Shock("supply", ("CN",), 0.5, start=1, duration=2).shape(np.arange(5.0)).tolist() == [
        0.0,
        1.0,
        1.0,
        0.0,
        0.0,
    ]
    assert Shock("supply", ("CN",), 0.5).shape(np.array([-1.0, 0.0, 35.0])).tolist() == [0, 1, 1]
    assert GdpShock(0.02, ramp_months=4).shape(np.array([2.0, 8.0])).tolist() == [0.01, 0.02]


def test_groups_expand_to_iso_codes() -> None:
    eu = {c.code for c in countries().values() if c.eu}
    assert expand_countries(["EU27"]) == eu and len(eu) == 27
    assert expand_countries(["EU27_EX_NL", "US"]) == (eu - {"NL"}) | {"US"}


def test_every_library_scenario_is_a_stress_test_with_sources() -> None:
    specs = library()
    assert specs
    for spec in specs:
        assert spec.kind == "stress" and spec.shocks
        assert spec.hypothetical or all(f.source and f.date for f in spec.facts)
    today = dt.date(2026, 12, 7)
    set_ = stress_scenarios(today)
    assert [s.id for s in set_] == [s.id for s in specs]
    for sc in set_:
        assert sc.kind == "stress" and sc.supply_disruption == 0.0
        assert sc.first_restriction() == float("inf")
        assert scenario_source(sc.id) == sc.source != ""


def _load(monkeypatch: pytest.MonkeyPatch, data: dict[str, Any]) -> None:
    for fn in (stress._data, stress.groups, stress.library):
        fn.cache_clear()
    monkeypatch.setattr(stress, "load_json", lambda _name: data)


def test_broken_data_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    good = stress._data()
    row = good["scenarios"][0]
    cases = [
        {"groups": {"X": {"countries": ["ZZ"]}}, "scenarios": []},
        {"groups": {}, "scenarios": [dict(row, id="Bad-Id")]},
        {"groups": {}, "scenarios": [dict(row, shocks=[dict(row["shocks"][0], size=2)])]},
        {"groups": {}, "scenarios": [dict(row, shocks=[dict(row["shocks"][0], facts=["nope"])])]},
        {"groups": {}, "scenarios": [row, row]},
        {"groups": {}, "scenarios": [dict(row, facts=[])]},
    ]
    try:
        for data in cases:
            _load(monkeypatch, data)
            with pytest.raises(StressDataError):
                library()
    finally:
        monkeypatch.undo()
        for fn in (stress._data, stress.groups, stress.library):
            fn.cache_clear()
    assert library()
