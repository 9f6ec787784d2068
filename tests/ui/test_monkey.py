"""A monkey test: random clicks, keys and wheel turns on every page (seeded, bounded).

Fails on any exception in the app's code (pytest-qt turns exceptions in slots and
event handlers into failures) and on any Qt warning (qt_log_level_fail = WARNING).
Dialogs answer as a hurried user would (cancel, no, close), and nothing opens outside
the app.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDesktopServices, QKeyEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

ACTIONS_PER_PAGE = 40
KEYS = [
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Space,
    Qt.Key.Key_Return,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Escape,
]
TEXTS = ["9" * 310, "12,5", "-3", "1e999", "abc", "\u2212", "NL", "€ 1.000", " ", "0", "%", "\t"]


@pytest.fixture
def hurried_user(monkeypatch):
    """Every dialog is cancelled at once; no file or link opens outside the app."""
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    for name, answer in (
        ("question", QMessageBox.StandardButton.Cancel),
        ("warning", QMessageBox.StandardButton.Ok),
        ("information", QMessageBox.StandardButton.Ok),
        ("critical", QMessageBox.StandardButton.Ok),
        ("about", None),
    ):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, _r=answer, **k: _r))
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda *a, **k: True))


def _targets(window) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    page = window.stack.currentWidget()
    found = [w for w in page.findChildren(QWidget) if isinstance(w, kinds)]
    found += [window.step_list, window.back_button, window.next_button]
    return [w for w in found if w.isVisible() and w.isEnabled()]


def _wheel(widget: QWidget, rng: random.Random) -> None:
    pos = QPointF(rng.randrange(max(widget.width(), 1)), rng.randrange(max(widget.height(), 1)))
    event = QWheelEvent(
        pos,
        widget.mapToGlobal(pos),
        QPoint(),
        QPoint(0, rng.choice([-240, -120, 120, 240])),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _type(widget: QWidget, text: str) -> None:
    """Typed text as key events (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _act(widget: QWidget, rng: random.Random) -> None:
    what = rng.randrange(4)
    if what == 0:
        pos = QPoint(rng.randrange(max(widget.width(), 1)), rng.randrange(max(widget.height(), 1)))
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    elif what == 1:
        QTest.keyClick(widget, rng.choice(KEYS))
    elif what == 2:
        if isinstance(widget, QLineEdit | QAbstractSpinBox | QComboBox):
            widget.setFocus()
            _type(widget, rng.choice(TEXTS))
        else:
            QTest.keyClick(widget, rng.choice(KEYS))
    else:
        _wheel(widget, rng)


@pytest.mark.parametrize("seed", [1, 2])
def test_random_input_on_every_page_raises_nothing(make_window, qtbot, hurried_user, seed):
    rng = random.Random(seed)
    window = make_window("nl")
    window.files.open_demo() if seed % 2 else window.files.new_case()
    for index in range(len(window.pages)):
        window.go_to(index)
        for _ in range(ACTIONS_PER_PAGE):
            if window.stack.currentIndex() != index:
                window.go_to(index)  # a click may have moved on; stay on this page
            targets = _targets(window)
            if not targets:
                break
            _act(rng.choice(targets), rng)
        qtbot.wait(1)
    window.state.dirty = False
