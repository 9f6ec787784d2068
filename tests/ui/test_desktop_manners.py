"""Desktop manners: the wheel scrolls the page and never changes an unfocused field,
the window title names the company, dates in Dutch, numbers reformatted on leaving."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox


def _wheel(widget, steps: int = -1) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        pos,
        widget.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_over_an_unfocused_spinbox_scrolls_the_page_only(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    page = window.pages[7]
    qtbot.waitUntil(lambda: page.charts_ready, timeout=5000)
    spin = next(iter(page.assumptions.spins.values()))
    page.ensureWidgetVisible(spin)
    before = spin.value()
    scroll = page.verticalScrollBar().value()
    window.next_button.setFocus()
    assert scroll > 0  # the spin box is further down the page
    _wheel(spin, +1)
    assert spin.value() == before and not spin.hasFocus()
    assert window.state.get("assumptions") is None  # nothing flowed into the case
    assert page.verticalScrollBar().value() < scroll  # the page scrolled up instead
    spin.setFocus()  # clicked into: now the wheel is the user's intent
    qtbot.waitUntil(spin.hasFocus)
    _wheel(spin, +1)
    assert spin.value() != before


def test_wheel_over_an_unfocused_combo_changes_nothing(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    window.go_to(1)
    combo = window.pages[1].findChildren(QComboBox)[0]
    index = combo.currentIndex()
    window.next_button.setFocus()
    _wheel(combo, -1)
    _wheel(combo, +1)
    assert combo.currentIndex() == index
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
