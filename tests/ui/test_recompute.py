"""Edit -> repaint (issue 23, item 2): after the last keystroke Resultaat shows the
figures of the last state, however fast the edits came, and a result of an older state
never stands for a newer one (the state keeps the results of its last few states)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.advice.assess import assess
from tests.ui.conftest import settle
from ui.formatting import money, nbsp_euro


def _open_result(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()  # a complete case opens on the result page
    page = window.pages[7]
    qtbot.waitUntil(lambda: page.charts_ready, timeout=5000)
    return window, page


def _shows_the_last_state(page, state, qtbot) -> None:
    """The page's answer, cards and chart are those of a fresh assessment of the case
    as it is now, once the page has taken the last edit."""
    settle(qtbot)
    fresh = assess(state.case, start=state.start)
    assert state.result() == fresh
    assert page.answer.text() == nbsp_euro(fresh.answer["nl"])
    assert page.figures._explanations, "cards shown"
    for key, (expl, _label) in page.figures._explanations.items():
        assert expl == fresh.explanation(key), key
    loss = fresh.explanation(f"revenue_loss:{fresh.scenario}")
    card = page.figures.cards[loss.key].value.text()
    assert card == nbsp_euro(money(loss.value, "nl"))
    assert page.forecast.data["scenarios"] == {
        sc.id: [v * 100 for v in sc.revenue_index] for sc in fresh.scenarios
    }


def test_typing_fast_ends_on_the_figures_of_the_last_keystroke(make_window, qtbot):
    window, page = _open_result(make_window, qtbot)
    state = window.state
    first = state.result()
    spin = page.assumptions.spins["elasticity"]
    spin.setFocus()
    spin.selectAll()
    # Keystrokes as fast as Qt takes them, nothing waited for in between: 3 -> 3, -> 3,5
    qtbot.keyClicks(spin, "3,5")
    assert state.get("assumptions") == {"elasticity": 3.5}
    _shows_the_last_state(page, state, qtbot)
    assert state.result() != first
    # Another field right after, then back: still the last state everywhere.
    months = page.assumptions.spins["supply_recovery_months"]
    months.setFocus()
    months.selectAll()
    qtbot.keyClicks(months, "7")
    qtbot.keyClick(months, Qt.Key.Key_Backspace)
    qtbot.keyClicks(months, "12")
    assert state.get("assumptions") == {"elasticity": 3.5, "supply_recovery_months": 12.0}
    _shows_the_last_state(page, state, qtbot)


def test_an_older_result_never_stands_for_a_newer_state(make_window, qtbot):
    window, page = _open_result(make_window, qtbot)
    state = window.state
    opened = state.result()
    assert opened.case.order_book_months == 4.5
    state.edit("order_book.months", 3.0)
    at_three = state.result()
    state.edit("order_book.months", 6.0)
    at_six = state.result()
    assert at_six is not at_three and at_six.case.order_book_months == 6.0
    _shows_the_last_state(page, state, qtbot)
    # Back to a state seen before: its own result comes back, not the newer one's.
    state.edit("order_book.months", 3.0)
    assert state.result() is at_three and state.result_ms == 0.0
    _shows_the_last_state(page, state, qtbot)
    state.undo()  # the typing in one field was one undo step: back to the opened case
    assert state.get("order_book.months") == 4.5 and state.result() is opened
    _shows_the_last_state(page, state, qtbot)
    # Timers still pending from building the page (the charts' first refresh) fire
    # after the edits: they show the current state, not an older one.
    qtbot.wait(400)
    _shows_the_last_state(page, state, qtbot)
    # Edits while Resultaat is hidden: shown again, it catches up with the last one.
    window.go_to(2)
    state.edit("order_book.months", 8.0)
    state.edit("order_book.months", 9.5)
    window.go_to(7)
    qtbot.waitUntil(lambda: page.isVisible())
    assert state.result().case.order_book_months == 9.5
    _shows_the_last_state(page, state, qtbot)


def test_a_result_belongs_to_its_start_and_case(make_window, qtbot):
    """The same answers under another crisis start are another state: no result of the
    other start is reused."""
    window, page = _open_result(make_window, qtbot)
    state = window.state
    in_2020 = state.result()
    state.set_start("now")
    now = state.result()
    assert now is not in_2020 and all(sc.id.endswith("_now") for sc in now.scenarios)
    _shows_the_last_state(page, state, qtbot)
    state.set_start("2020")
    assert state.result() is in_2020
    _shows_the_last_state(page, state, qtbot)


def test_the_forecast_lines_follow_every_edit_with_their_data_and_pen(make_window, qtbot):
    """ForecastChart sets a line's data and pen in one call: after edits and a change of
    scenario, each curve shows its scenario's path, the chosen one drawn widest."""
    window = make_window()
    window.files.open_demo()
    window.go_to(7)
    page = window.pages[7]
    qtbot.waitUntil(lambda: page.charts_ready, timeout=10000)
    for months in (3.0, 6.5, 5.25):
        window.state.edit("order_book.months", months)
    page.scenario.setCurrentIndex(page.scenario.count() - 1)
    settle(qtbot)
    result = window.state.result()
    chosen = page.selected_scenario()
    for sc in result.scenarios:
        line = page.forecast.lines[sc.id]
        _x, y = line.getData()
        assert list(y) == [v * 100 for v in sc.revenue_index]
        width = 3.5 if sc.id == chosen else 1.8
        assert line.opts["pen"].widthF() == width


def test_the_first_drop_markers_follow_every_edit(make_window, qtbot):
    """A scenario's marker sits on its first month with a drop of 20% or more and is gone
    without one; the chart only moves a marker that moved, so check it after edits that
    move, keep and remove drops."""
    from core.months import parse_month

    window = make_window()
    window.files.open_demo()
    window.go_to(7)
    page = window.pages[7]
    qtbot.waitUntil(lambda: page.charts_ready, timeout=10000)
    seen_drop = seen_none = False
    for months in (0.5, 0.5, 9.0, 2.0, 12.0, 0.0):
        window.state.edit("order_book.months", months)
        settle(qtbot)
        result = window.state.result()
        first = parse_month(result.scenarios[0].months[0])
        for sc in result.scenarios:
            x, y = page.forecast.markers[sc.id].getData()
            drop = sc.first_month_drop_20pct
            if drop is None:
                assert len(x) == 0, (months, sc.id)
                seen_none = True
            else:
                i = parse_month(drop) - first
                assert list(x) == [i] and list(y) == [sc.revenue_index[i] * 100], (months, sc.id)
                seen_drop = True
    assert seen_drop and seen_none


def test_a_keystroke_is_painted_before_the_case_is_assessed(make_window, qtbot, monkeypatch):
    """Typing never waits for the recompute: the field shows the keystroke first (its
    repaint is queued before the page's refresh), and keystrokes that come in before the
    refresh are assessed once, in their last state."""
    from PySide6.QtCore import QEvent, QObject

    import core.advice.assess as assess_mod

    window, page = _open_result(make_window, qtbot)
    state = window.state
    spin = page.assumptions.spins["elasticity"]
    page.ensureWidgetVisible(spin)  # in view, so that Qt paints it
    spin.setFocus()
    qtbot.waitUntil(lambda: not page.refresh_queued)
    qtbot.wait(50)
    seen: list[str] = []

    class Paints(QObject):
        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                seen.append("field painted")
            return False

    paints = Paints()
    spin.lineEdit().installEventFilter(paints)
    real = assess_mod.assess

    def recorded(case, **kwargs):
        seen.append(f"assessed {dict(case.assumptions)}")
        return real(case, **kwargs)

    monkeypatch.setattr(assess_mod, "assess", recorded)
    spin.selectAll()
    qtbot.keyClick(spin, "4")
    assert seen == [] and page.refresh_queued  # the edit itself assessed nothing
    qtbot.waitUntil(lambda: not page.refresh_queued)
    assert seen and seen[0] == "field painted", seen
    assert seen.count("assessed {'elasticity': 4.0}") == 1, seen
    # A burst: three keystrokes before the event loop runs, one assessment, the last.
    seen.clear()
    spin.selectAll()
    qtbot.keyClicks(spin, "2,5")
    qtbot.waitUntil(lambda: not page.refresh_queued)
    assert [s for s in seen if s.startswith("assessed")] == ["assessed {'elasticity': 2.5}"]
    _shows_the_last_state(page, state, qtbot)
    spin.lineEdit().removeEventFilter(paints)


def test_typing_the_order_book_assesses_after_the_keystroke(make_window, qtbot, monkeypatch):
    """The order book's "what this means for you" line needs the assessment: it follows
    the keystroke instead of holding it up, once for a burst, in the last state."""
    import core.advice.assess as assess_mod

    window = make_window("nl")
    window.files.open_demo()
    window.go_to(2)
    page = window.pages[2]
    settle(qtbot)
    real = assess_mod.assess
    books: list[float] = []

    def recorded(case, **kwargs):
        books.append(case.order_book_months)
        return real(case, **kwargs)

    monkeypatch.setattr(assess_mod, "assess", recorded)
    page.months.editor.setFocus()
    page.months.editor.selectAll()
    qtbot.keyClicks(page.months.editor, "7,5")
    assert books == [] and window.state.get("order_book.months") == 7.5
    settle(qtbot)
    assert books == [7.5]
    assert "met orderportefeuille van 7,5 maanden" in page.impact.text()
