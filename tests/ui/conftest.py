"""UI test set-up: settings in a sandbox, modal dialogs fail fast unless a test
patches them, and every window is closed after its test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from tests.conftest import EXAMPLES

DEMO = EXAMPLES / "metaal-orderboek.herstelscan.json"


# The offscreen platform cannot raise a popup or grab the keyboard (a completer popup
# asks for both); that is the test platform's limit, not a problem of the app.
OFFSCREEN_LIMITS = (
    r"This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))"
)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS))


def _refuse(name):
    def fail(*args, **kwargs):
        raise AssertionError(f"unexpected modal dialog: {name}{args[1:3]!r}")

    return fail


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A modal dialog would hang the suite: fail at once unless the test patched it."""
    monkeypatch.setattr(QDialog, "exec", _refuse("QDialog.exec"))
    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(_refuse(f"QMessageBox.{name}")))
    monkeypatch.setattr(QMessageBox, "exec", _refuse("QMessageBox.exec"))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(_refuse(f"QFileDialog.{name}")))
    monkeypatch.setattr(QFileDialog, "exec", _refuse("QFileDialog.exec"))


@pytest.fixture(autouse=True)
def sandbox_settings(qapp, tmp_path):
    """A test organisation and a fresh settings file for every test."""
    QCoreApplication.setOrganizationName("HerstelscanTests")
    QCoreApplication.setApplicationName("Herstelscan")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    QSettings().clear()
    from ui.autosave import autosave_folder

    shutil.rmtree(autosave_folder(), ignore_errors=True)
    from ui.style import STYLE

    qapp.setStyleSheet(STYLE)
    yield
    from ui import i18n

    i18n.install_language("nl")


@pytest.fixture
def make_window(qtbot):
    """Build the app's window (language nl unless asked) and close it after the test."""
    created = []

    def make(lang: str = "nl"):
        from ui.app import build_window

        window, _state, autosave = build_window(lang)

        def before_close(w):
            autosave.timer.stop()
            w.state.dirty = False

        qtbot.addWidget(window, before_close_func=before_close)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        created.append((window, autosave))
        return window

    yield make
    for window, autosave in created:
        autosave.timer.stop()
        window.state.dirty = False
    # Let Qt delete what was deleteLater()'d before looking at the top-level widgets.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for w in QApplication.topLevelWidgets():
        if shiboken6.isValid(w) and w.isVisible() and all(w is not c[0] for c in created):
            w.close()


@pytest.fixture
def demo_path() -> Path:
    return DEMO


def settle(qtbot) -> None:
    """Wait for what follows an edit's repaint (ui.after_repaint): Resultaat and the order
    book show an edit's figures one event-loop turn after the keystroke."""
    from ui.after_repaint import AfterRepaint

    qtbot.waitUntil(lambda: AfterRepaint.pending == 0, timeout=5000)
