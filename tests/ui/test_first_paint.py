"""Issue 23, item 1: the window paints before the assessment is computed, and the
Resultaat page fills in by itself right after, with the figures of the case."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject

from ui.app import build_window
from ui.formatting import nbsp_euro
from ui.main_window import _PAGES
from ui.steps import STEP_QUESTIONS


class _FirstPaint(QObject):
    """What was on the window when it was first painted."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.seen: dict | None = None

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint and self.seen is None:
            page = self.window.pages[7]
            self.seen = {
                "page": self.window.stack.currentIndex(),
                "computed": not self.window.state._result_stale,
                "answer": page.answer.text(),
                "answer_at": page.answer.geometry().topLeft(),
                "answer_width": page.answer.width(),
                "cards": dict(page.figures.cards),
                "charts": page.charts_ready,
            }
        return False


def _window(qtbot, paint_first: bool):
    window, _state, autosave = build_window("nl")

    def before_close(w):
        autosave.timer.stop()
        w.state.dirty = False

    qtbot.addWidget(window, before_close_func=before_close)
    window.resize(1280, 800)
    window.paint_first = paint_first
    return window


def _figures(page) -> dict[str, str]:
    return {key: card.value.text() for key, card in page.figures.cards.items()}


def test_the_window_paints_before_the_assessment_and_the_figures_follow(qtbot):
    window = _window(qtbot, paint_first=True)
    probe = _FirstPaint(window)
    window.installEventFilter(probe)
    window.files.open_demo()  # as `main.py --demo` does, before the window is shown
    assert window.stack.currentIndex() == 7
    assert window.state._result_stale, "nothing computed before the first paint"
    window.show()
    qtbot.waitUntil(lambda: probe.seen is not None, timeout=5000)
    seen = probe.seen
    assert seen["page"] == 7  # the real window, on its page: not a splash
    assert not seen["computed"]
    assert seen["answer"] == "Berekenen…"
    assert not seen["cards"] and not seen["charts"]
    page = window.pages[7]
    # Nothing to do for the user: the result fills in where "Berekenen…" was.
    qtbot.waitUntil(lambda: not page.pending and page.charts_ready, timeout=10000)
    qtbot.wait(50)
    assert page.answer.geometry().topLeft() == seen["answer_at"]
    assert page.answer.width() == seen["answer_width"]  # the scroll bar was there already
    assert page.forecast.isVisible() and page.figures.isVisible()
    assert page.forecast.data["scenarios"]

    # The right figures: those of a window that computed them before showing the page.
    reference = _window(qtbot, paint_first=False)
    reference.files.open_demo()
    reference.show()
    ref = reference.pages[7]
    qtbot.waitUntil(lambda: ref.charts_ready, timeout=10000)
    result = window.state.result()
    assert page.answer.text() == nbsp_euro(result.answer["nl"]) == ref.answer.text()
    assert _figures(page) == _figures(ref) and _figures(page)
    assert page.scenario.currentData() == ref.scenario.currentData()
    assert page.forecast.month_table() == ref.forecast.month_table()


def test_the_window_paints_before_numpy_and_the_other_pages_load(tmp_path):
    """In a fresh process: the demo's first paint comes before numpy, pyqtgraph and the
    engine are imported, and before any page but the one shown is built."""
    import subprocess
    import textwrap

    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        app.setOrganizationName("HerstelscanTests")
        from ui.app import build_window
        window, state, autosave = build_window("nl")
        autosave.timer.stop()
        window.paint_first = True
        window.files.open_demo()
        def painted():
            print(sorted(m for m in ("numpy", "pyqtgraph", "core.advice.assess", "openpyxl")
                         if m in sys.modules), [i for i, p in enumerate(window._built) if p])
            state.dirty = False
            app.quit()
        window.firstPaint.connect(painted)
        window.show()
        app.exec()
        """
    )
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[] [7]"


def test_the_step_marks_of_pages_not_built_are_those_of_the_pages(make_window):
    window = make_window()
    window.files.open_demo()
    for i, (prefixes, questions) in STEP_QUESTIONS.items():
        page = window.pages[i]
        assert page.prefixes == prefixes
        assert tuple(q.path for q in page.questions) == questions
    assert len(window.pages) == len(_PAGES)


def _body(page) -> list[str]:
    """The page's body, top down: each item's widget (class and text) or layout."""
    out = []
    for i in range(page.body.count()):
        item = page.body.itemAt(i)
        w = item.widget()
        if w is not None:
            out.append(f"{type(w).__name__}:{getattr(w, 'text', lambda: '')()}")
        elif item.layout() is not None:
            out.append(type(item.layout()).__name__)
        else:
            out.append("stretch")
    return out


def test_the_page_below_the_chart_is_built_after_the_first_paint_in_its_place(qtbot):
    """The own scenario, the exposure and the assumptions are built after the first paint
    (their modules load then), and end up where a page built at once has them."""
    window = _window(qtbot, paint_first=True)
    probe = _FirstPaint(window)
    window.installEventFilter(probe)
    window.files.open_demo()
    page = window.pages[7]
    assert "own_editor" not in page.__dict__ and "assumptions" not in page.__dict__
    window.show()
    qtbot.waitUntil(lambda: probe.seen is not None, timeout=5000)
    qtbot.waitUntil(lambda: not page.pending and page.charts_ready, timeout=10000)
    qtbot.wait(50)
    reference = _window(qtbot, paint_first=False)
    reference.files.open_demo()
    reference.show()
    ref = reference.pages[7]
    qtbot.waitUntil(lambda: ref.charts_ready, timeout=10000)
    qtbot.wait(50)
    assert _body(page) == _body(ref)
    assert _body(page)[-1] == "stretch"
    for name in ("own_section", "exposure_section", "exposure_note", "assumptions"):
        a, b = getattr(page, name), getattr(ref, name)
        assert a.isVisible() == b.isVisible(), name
        if a.isVisible():
            assert a.geometry() == b.geometry(), name
    assert page.assumptions.isVisible() and page.stress_exposure.isHidden() == (
        ref.stress_exposure.isHidden()
    )
    assert [f.objectName() or type(f).__name__ for f in page.fields()] == [
        f.objectName() or type(f).__name__ for f in ref.fields()
    ]


def test_a_page_part_asked_for_before_the_page_is_shown_is_built_then(make_window):
    window = make_window()
    window.files.open_demo()
    page = window.pages[7]
    assert page.assumptions is page.assumptions  # built on first use, once
    assert page.own_editor.parent() is page.widget()
    assert _body(page)[-1] == "stretch"
