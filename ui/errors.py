"""The last line of defence: an unexpected error becomes a message, never a lost case.

Installed by ``run_app`` (not in tests, where pytest-qt reports exceptions itself).
The draft is written to the recovery copy first, then the user is told what happened
and what to do; the details go to a log file in the app's local data folder.
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.autosave import Autosave, autosave_folder

translate = QCoreApplication.translate


def install_error_handler(window: QWidget, autosave: Autosave) -> Callable:
    showing = False

    def handle(exc_type, exc, tb) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log = autosave_folder() / "herstelscan-errors.log"
        try:
            autosave.save_now()
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("a", encoding="utf-8") as fh:
                fh.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n")
                fh.write("".join(traceback.format_exception(exc_type, exc, tb)))
        except OSError:
            pass
        if showing:  # one message at a time, even if the error repeats
            return
        showing = True
        if autosave.kept:
            text = translate(
                "Errors",
                "Herstelscan ran into an unexpected problem: %1.\n\nYour answers are safe: they "
                "were written to the recovery copy. Save your case (Ctrl+S); if the program "
                "behaves strangely, restart it and choose to restore your answers.\n\n"
                "Details for the helpdesk: %2",
            )
        else:  # the recovery copy could not be written: never say it was
            text = translate(
                "Errors",
                "Herstelscan ran into an unexpected problem: %1.\n\nYour answers could NOT be "
                "written to the recovery copy: save your case now (Ctrl+S), in another folder if "
                "needed, before you close the program.\n\nDetails for the helpdesk: %2",
            )
        try:
            QMessageBox.critical(
                window,
                translate("Errors", "Something went wrong"),
                text.replace("%1", f"{exc_type.__name__}: {exc}").replace("%2", str(log)),
            )
        finally:
            showing = False

    sys.excepthook = handle
    return handle
