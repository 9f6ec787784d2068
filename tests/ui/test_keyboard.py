"""The keyboard: each step puts the cursor in its first field, Enter moves on, and Tab
on Resultaat reads the page top down."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_each_step_puts_the_cursor_in_its_first_field(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    for index in range(1, 7):  # the question steps
        window.go_to(index)
        page = window.pages[index]
        first = page.first_field()
        assert first is not None, page.title
        qtbot.waitUntil(lambda f=first: QApplication.focusWidget() in (f, f.focusProxy()))
        if page.questions:
            assert first is page.questions[0].editor, page.title


def test_enter_moves_to_the_next_field_and_from_the_last_to_the_next_step(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    window.go_to(1)  # Bedrijf
    page = window.pages[1]
    fields = [f for f in page.fields() if f in [q.editor for q in page.questions]]
    assert len(fields) >= 2
    qtbot.waitUntil(lambda: QApplication.focusWidget() is fields[0])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is not fields[0]
    assert QApplication.focusWidget() in page.fields()
    window.go_to(6)  # Financiën: Enter in its last field goes on to Resultaat
    last = [f for f in window.pages[6].fields() if not hasattr(f, "click")][-1]
    last.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is last)
    qtbot.keyClick(last, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == 7


def test_tab_on_the_result_page_reaches_every_why_before_the_assumptions(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    page = window.pages[7]
    qtbot.waitUntil(lambda: page.charts_ready and bool(page.figures.cards), timeout=5000)
    order = page.fields()
    mores = [card.more for card in page.figures.cards.values()]
    spins = list(page.assumptions.spins.values())
    assert mores and spins
    assert max(order.index(m) for m in mores) < min(order.index(s) for s in spins)
    assert order.index(page.start) < min(order.index(m) for m in mores)
    # And the real Tab key walks that way: from the start choice to the first "Waarom?".
    page.start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.start)
    qtbot.keyClick(page.start, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is mores[0]


def test_a_new_empty_case_does_not_show_finance_as_complete(make_window, qtbot):
    window = make_window("nl")
    window.files.new_case()
    finance = window.pages[6]
    assert finance.status() == "todo"
    assert not window.step_list.item(6).text().startswith("✓")
    window.files.open_demo()
    assert finance.status() == "done"
