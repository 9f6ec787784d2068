"""Start the desktop app: QApplication, language, window, recovery, or screenshots."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from core import APP_NAME, __version__
from core.inputs.text_safety import excerpt
from core.reference.resources import resource_path
from ui import i18n
from ui.autosave import Autosave
from ui.main_window import MainWindow
from ui.state import CaseState
from ui.style import STYLE
from ui.wheel_guard import install_wheel_guard

ORGANIZATION = "FME"
translate = QCoreApplication.translate
_T0 = time.time()


def app_icon() -> QIcon:
    """The icon tools/make_icon.py draws per size (the same as the installer's)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = resource_path("icons", f"herstelscan-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def create_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not app.organizationName():
        app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setStyleSheet(STYLE)
    app.setWindowIcon(app_icon())
    return app


def build_window(lang: str | None = None) -> tuple[MainWindow, CaseState, Autosave]:
    """The window with its state and autosave (also used by tests and tools)."""
    i18n.install_language(lang or i18n.saved_language())
    install_wheel_guard()
    state = CaseState()
    window = MainWindow(state)
    autosave = Autosave(state)
    window.destroyed.connect(autosave.timer.stop)
    window.destroyed.connect(autosave.retry.stop)
    # A draft that cannot be written is shown, and the save dialog tells whether it is kept.
    autosave.failed.connect(lambda _reason: window.show_autosave_failed(str(autosave.folder)))
    autosave.recovered.connect(window.show_autosave_recovered)
    window.files.autosave = autosave
    # A clean close removes this instance's recovery copy and frees its lock.
    window.clean_close_hooks.append(autosave.release)
    return window, state, autosave


def saved_at_text(value, lang: str) -> str:
    """``2026-11-30T23:11:46`` -> ``30 november 2026, 23:11`` (nl)."""
    import datetime as dt

    from core.months import date_long

    try:
        return date_long(dt.datetime.fromisoformat(str(value)), lang)
    except ValueError:
        return str(value or "")


def offer_recovery(window: MainWindow, autosave: Autosave, orphans: list | None = None) -> bool:
    """Offer the drafts of instances that are gone, newest first; True if one was restored.

    Drafts of instances that are still running are never shown or touched. Declining a
    draft removes it; after a restore the remaining ones wait for the next start.
    ``orphans``: those already claimed with ``autosave.orphans()`` (which claims them).
    """
    for orphan in autosave.orphans() if orphans is None else orphans:
        draft = orphan.payload.get("draft") or {}
        company = draft.get("company") if isinstance(draft, dict) else None
        name = company.get("name") if isinstance(company, dict) else None
        if not isinstance(name, str) or not name.strip():
            name = translate("Recovery", "an unnamed case")
        answer = QMessageBox.question(
            window,
            translate("Recovery", "Restore your answers?"),
            translate(
                "Recovery",
                "Herstelscan was not closed properly last time. Restore the answers for "
                "%1, saved automatically at %2?",
            )
            .replace("%1", excerpt(name, 80))
            .replace(
                "%2",
                excerpt(saved_at_text(orphan.payload.get("saved_at"), i18n.current_language()), 40),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            autosave.restore(orphan)
            window.go_to(1)
            return True
        autosave.discard(orphan)
    return False


def run_app(demo: bool, lang: str | None, screenshots: Path | None, open_path: Path | None) -> int:
    app = create_application()
    window, _state, autosave = build_window(lang)
    if screenshots is not None:
        if demo:
            window.files.open_demo()
        if open_path is not None:
            window.files.load(Path(open_path))
        from ui.screenshots import render_all

        render_all(window, Path(screenshots), i18n.current_language())
        window.close()
        return 0
    from ui.errors import install_error_handler

    install_error_handler(window, autosave)
    # The page it opens on paints first; what it computes (the Resultaat page's
    # assessment, with numpy and the engine) fills in right after (ui.pages.result).
    window.paint_first = True
    if os.environ.get("HERSTELSCAN_BENCH_FIRST_PAINT"):
        if demo:
            window.files.open_demo()
        if open_path is not None:
            window.files.load(Path(open_path))
        window.firstPaint.connect(
            lambda: (
                print(f"first_paint_at={time.time():.4f} imported_at={_T0:.4f}", flush=True),
                app.quit(),
            )
        )
    else:
        # However the app starts (also with a file, as a double-click does), answers left
        # by a crash are offered first; a restored draft wins over the file or the demo.
        orphans = autosave.orphans()
        if orphans:
            QTimer.singleShot(0, lambda: start_with(window, autosave, demo, open_path, orphans))
        else:  # the window opens on the page asked for: its first paint is that page
            start_with(window, autosave, demo, open_path, orphans)
    window.show_fitted()
    # pyqtgraph loads after the first page is visible, so the result page opens fast later.
    QTimer.singleShot(400, _preload_charts)
    return app.exec()


def start_with(
    window: MainWindow,
    autosave: Autosave,
    demo: bool,
    open_path: Path | None,
    orphans: list | None = None,
) -> None:
    """Recovery first, then the file or the demo asked for on the command line."""
    if offer_recovery(window, autosave, orphans):
        return
    if demo:
        window.files.open_demo()
    if open_path is not None:
        window.files.load(Path(open_path))


def _preload_charts() -> None:
    import ui.widgets.charts  # noqa: F401
