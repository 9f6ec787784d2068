"""Autosave of the open case to the app's local data folder, and recovery after a crash.

The draft (also an unfinished one) is written atomically a moment after each edit, so
a crash or kill loses at most the last second of typing. A clean close, a save or a
"no thanks" at recovery removes the copy. The folder is the app's local data folder
(QStandardPaths.AppLocalDataLocation), not Documents, which is often synced.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from core.atomic import WriteError, write_text_atomic
from ui.state import CaseState

DELAY_MS = 1000


def autosave_folder() -> Path:
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    )


class Autosave(QObject):
    def __init__(self, state: CaseState, folder: Path | None = None) -> None:
        super().__init__(state)
        self.state = state
        self.path = (folder or autosave_folder()) / "autosave.herstelscan.json"
        self.last_error: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        state.changed.connect(lambda _p: self.timer.start())
        state.fileChanged.connect(self.timer.start)

    def save_now(self) -> None:
        self.timer.stop()
        if not self.state.dirty:
            self.clear()
            return
        payload = {
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "file": str(self.state.path) if self.state.path else None,
            "draft": self.state.raw,
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomic(self.path, json.dumps(payload, ensure_ascii=False))
            self.last_error = None
        except (OSError, WriteError) as exc:
            # Never interrupt typing for this; the next edit tries again.
            self.last_error = str(exc)

    def clear(self) -> None:
        self.timer.stop()
        self.path.unlink(missing_ok=True)

    def pending(self) -> dict[str, Any] | None:
        """The copy left by a session that did not close cleanly, if it is usable."""
        try:
            payload = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(payload, dict) or not isinstance(payload.get("draft"), dict):
            return None
        return payload

    def restore(self, payload: dict[str, Any]) -> None:
        file = payload.get("file")
        self.state.set_raw(payload["draft"], path=Path(file) if file else None, dirty=True)
