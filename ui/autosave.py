"""Autosave of the open case to the app's local data folder, and recovery after a crash.

Each running instance has its own draft file (``drafts/draft-<id>.herstelscan.json``)
and holds a lock beside it (``draft-<id>.lock``, a QLockFile) for as long as it runs,
so two instances never read, offer or delete each other's drafts. The draft (also an
unfinished one) is written atomically at most :data:`DELAY_MS` after the first unsaved
edit: the timer starts on that edit and is not restarted by the next ones, so steady
typing is saved too, and a kill during the write leaves the previous draft whole.

A draft whose lock is free belongs to an instance that is gone (a crash or a kill; the
lock names the process, and QLockFile sees that it no longer runs): that is what
recovery offers, whatever way the app starts. A clean close, a save or a "no thanks"
at recovery removes only the draft concerned. The folder is the app's local data
folder (QStandardPaths.AppLocalDataLocation), not Documents, which is often synced.

A draft that cannot be written (the folder is read-only, or HOME is unset) is never
silent: :attr:`Autosave.failed` carries the reason (the window shows it in its status
bar), :attr:`Autosave.kept` says whether the current answers are really in the draft,
and the write is tried again every :data:`RETRY_MS` as well as on the next edit, so the
autosave recovers by itself once the folder can be written; :attr:`Autosave.recovered`
says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from core.atomic import WriteError, remove_stale_temporaries, write_text_atomic
from ui.state import CaseState

DELAY_MS = 1000  # the longest an unsaved edit waits before it is in the draft
RETRY_MS = 5000  # after a failed write, the next try even without an edit
DRAFTS = "drafts"
LEGACY_NAME = "autosave.herstelscan.json"  # the single shared draft of earlier versions
LEGACY_LOCK = "autosave.lock"  # held by the instance that offers the legacy draft


def autosave_folder() -> Path:
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    )


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    return lock


@dataclass
class Orphan:
    """A draft left by an instance that is no longer running, claimed by this one."""

    path: Path
    payload: dict[str, Any]
    lock: QLockFile | None  # held while it is offered, so no other instance offers it


def _read_draft(path: Path) -> dict[str, Any] | None:
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("draft"), dict):
        return None
    return payload


class Autosave(QObject):
    failed = Signal(str)  # a draft could not be written; the reason (an OS message)
    recovered = Signal()  # a draft was written again after a failure

    def __init__(self, state: CaseState, folder: Path | None = None) -> None:
        super().__init__(state)
        self.state = state
        self.root = folder or autosave_folder()
        self.folder = self.root / DRAFTS
        self.instance = uuid.uuid4().hex[:16]
        self.path = self.folder / f"draft-{self.instance}.herstelscan.json"
        self.last_error: str | None = None
        self._lock: QLockFile | None = None
        self._claimed: list[Orphan] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.save_now)
        state.changed.connect(lambda _p: self.schedule())
        state.fileChanged.connect(self.schedule)

    def _own_lock(self) -> None:
        if self._lock is not None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        lock = _lock(self.folder / f"draft-{self.instance}.lock")
        if lock.tryLock(0):  # a fresh random id: only fails on an unwritable folder
            self._lock = lock

    def schedule(self) -> None:
        """Save within :data:`DELAY_MS` of the first unsaved edit (a maximum delay)."""
        if not self.timer.isActive():
            self.timer.start()

    @property
    def kept(self) -> bool:
        """True if the current answers are in the draft on disk (or nothing is unsaved)."""
        return self.last_error is None and not self.timer.isActive()

    def save_now(self) -> None:
        self.timer.stop()
        self.retry.stop()
        if not self.state.dirty:
            self.clear()
            if self.last_error is not None:
                self.last_error = None
                self.recovered.emit()  # nothing left to keep: no longer a problem
            return
        payload = {
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "file": str(self.state.path) if self.state.path else None,
            "draft": self.state.raw,
        }
        try:
            if not self.root.is_absolute():  # no data folder at all: never the current one
                raise OSError(f"no data folder ({self.root})")
            self._own_lock()
            # ASCII: whatever was typed (even a lone surrogate) can be written and read back.
            write_text_atomic(self.path, json.dumps(payload, ensure_ascii=True))
        except (OSError, WriteError, ValueError, TypeError) as exc:
            # Never interrupt typing for this: say it (failed), try again on the next edit
            # and after RETRY_MS, so a folder that becomes writable is used at once.
            self.last_error = str(exc) or type(exc).__name__
            self.retry.start()
            self.failed.emit(self.last_error)
            return
        if self.last_error is not None:
            self.last_error = None
            self.recovered.emit()

    def clear(self) -> None:
        """Remove this instance's draft (saved, or nothing unsaved); others are untouched."""
        self.timer.stop()
        self.retry.stop()
        # An unwritable folder: the draft (if any) cannot be removed either.
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)

    def release(self) -> None:
        """A clean close: remove the draft and give up the lock and any claimed orphans."""
        self.clear()
        for orphan in self._claimed:
            if orphan.lock is not None:
                orphan.lock.unlock()
        self._claimed.clear()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- recovery ------------------------------------------------------------------
    def orphans(self) -> list[Orphan]:
        """Drafts whose instance is gone, newest first; each is claimed (locked) by this one."""
        found: list[Orphan] = []
        legacy = self._claim_legacy()
        if legacy is not None:
            found.append(legacy)
        try:
            candidates = sorted(self.folder.glob("draft-*.herstelscan.json"))
        except OSError:
            candidates = []
        for path in candidates:
            if path == self.path or any(o.path == path for o in self._claimed):
                continue
            ident = path.name.removeprefix("draft-").removesuffix(".herstelscan.json")
            lock = _lock(self.folder / f"draft-{ident}.lock")
            if not lock.tryLock(0):
                continue  # its instance is running: not ours to offer
            remove_stale_temporaries(path)  # a write its instance did not finish
            payload = _read_draft(path)
            if payload is None:
                lock.unlock()
                continue
            orphan = Orphan(path, payload, lock)
            self._claimed.append(orphan)
            found.append(orphan)
        found.sort(key=lambda o: str(o.payload.get("saved_at", "")), reverse=True)
        return found

    def _claim_legacy(self) -> Orphan | None:
        """The one shared draft of earlier versions, claimed with a lock of its own so
        that of two instances starting together only one offers it."""
        legacy = self.root / LEGACY_NAME
        if not legacy.is_file() or any(o.path == legacy for o in self._claimed):
            return None
        lock: QLockFile | None = _lock(self.root / LEGACY_LOCK)
        assert lock is not None
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                return None  # another running instance offers it
            # No lock can be made here (a read-only folder): the draft cannot be
            # removed by anyone either, so offering it unlocked, as before, loses nothing.
            lock = None
        payload = _read_draft(legacy)
        if payload is None:
            if lock is not None:
                lock.unlock()
            return None
        orphan = Orphan(legacy, payload, lock)
        self._claimed.append(orphan)
        return orphan

    def pending(self) -> dict[str, Any] | None:
        """The newest draft left by an instance that is gone, if any."""
        orphans = self.orphans()
        return orphans[0].payload if orphans else None

    def restore(self, orphan: Orphan) -> None:
        """Take over an orphan: it becomes this instance's draft, then its file goes."""
        file = orphan.payload.get("file")
        self.state.set_raw(
            orphan.payload["draft"], path=Path(file) if isinstance(file, str) else None, dirty=True
        )
        self.save_now()
        if self.last_error is None:  # only once it is safe in our own draft
            self.discard(orphan)

    def discard(self, orphan: Orphan) -> None:
        """Remove an orphan the user does not want (or has restored)."""
        orphan.path.unlink(missing_ok=True)
        if orphan.lock is not None:
            orphan.lock.unlock()  # also removes its lock file
        if orphan in self._claimed:
            self._claimed.remove(orphan)
