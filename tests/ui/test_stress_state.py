"""The app's state scores the start the case has, also the stress tests of today (issue
17, item 2): the minimal hook the Resultaat page's third start item builds on."""

from __future__ import annotations


def test_the_stress_start_is_scored_saved_and_undone(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    state = window.state
    assert state.start == "2020" and state.result().scenarios[0].id == "cpb1"
    state.set_start("stress")
    assert state.get("start") == "stress" and not state.crisis_now
    result = state.result()
    assert {s.kind for s in result.scenarios} == {"stress"}
    assert result.scenario == result.scenarios[0].id  # the library's first stress test
    state.set_crisis_now(False)  # the two-item combo's "March 2020" leaves stress too
    assert state.get("start") is None and state.result().scenarios[0].id == "cpb1"
    state.set_start("now")
    assert state.crisis_now and state.result().scenarios[0].id.endswith("_now")
