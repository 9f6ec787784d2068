"""Atomic file writes: a temporary file in the target folder, then one rename.

A crash, a full disk or a locked target never leaves a half-written file behind: the
old file stays as it was until the new one is complete. The rename is durable (the
file and then its folder are flushed to disk), a replaced file keeps its permissions,
and the temporary file is removed on any failure. A temporary file left by a killed
run (its name holds the writer's process id) is removed by the next write to the
same target.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


class WriteError(Exception):
    """The target could not be written; the message names the file and what to do."""

    def __init__(self, path: Path, nl: str, en: str) -> None:
        super().__init__(en)
        self.path = path
        self.nl = nl
        self.en = en

    def message(self, lang: str = "nl") -> str:
        return self.nl if lang == "nl" else self.en


def _explain(path: Path, exc: OSError) -> WriteError:
    if not path.parent.is_dir():
        return WriteError(
            path,
            f"Kan {path} niet schrijven: de map {path.parent} bestaat niet. "
            "Kies een bestaande map.",
            f"Cannot write {path}: the folder {path.parent} does not exist. "
            "Choose an existing folder.",
        )
    if isinstance(exc, PermissionError):
        return WriteError(
            path,
            f"Kan {path} niet schrijven: geen toestemming, of het bestand is geopend in "
            "een ander programma (bijvoorbeeld Excel). Sluit het bestand of kies een andere "
            "naam of map.",
            f"Cannot write {path}: permission denied, or the file is open in another "
            "program (such as Excel). Close it, or choose another name or folder.",
        )
    return WriteError(
        path,
        f"Kan {path} niet schrijven: {exc.strerror or exc}. Kies een andere naam of map.",
        f"Cannot write {path}: {exc.strerror or exc}. Choose another name or folder.",
    )


STALE_UNTAGGED_SECONDS = 3600  # temporary files named before the process id was in it


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(kernel32.GetLastError() == 5)  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove temporary files of ``path`` whose writer is gone; returns what was removed."""
    removed: list[Path] = []
    pattern = re.compile(re.escape(f".{path.name}.") + r"(?:(\d+)\.)?[^.]+\.tmp")
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    for entry in entries:
        m = pattern.fullmatch(entry.name)
        if m is None:
            continue
        try:
            if m.group(1) is not None:
                if _process_alive(int(m.group(1))):
                    continue
            elif time.time() - entry.stat().st_mtime < STALE_UNTAGGED_SECONDS:
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except (OSError, ValueError):
            continue  # held open (Windows) or already gone: leave it
    return removed


def _new_file_mode() -> int:
    # What open() would give a new file: 0o666 minus the umask.
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _sync_folder(folder: Path) -> None:
    """Flush the rename itself to disk (POSIX; Windows has no folder handles for this)."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the file itself is synced
    finally:
        os.close(fd)


def write_atomic(path: Path, write: Callable[[BinaryIO], None], retries: int = 5) -> None:
    """Write ``path`` through ``write(fh)`` atomically, or raise :class:`WriteError`.

    ``os.replace`` is retried briefly because antivirus and sync tools on Windows hold
    new files for a moment; a file held open by Excel keeps failing and is reported.
    """
    path = Path(path)
    if path.is_dir():
        raise WriteError(
            path,
            f"Kan {path} niet schrijven: dat is een map. Kies een bestandsnaam.",
            f"Cannot write {path}: it is a folder. Choose a file name.",
        )
    remove_stale_temporaries(path)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = _new_file_mode()
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent
        )
    except OSError as exc:
        raise _explain(path, exc) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):  # keeping the mode is a courtesy
            os.chmod(tmp, mode)
        for attempt in range(retries):
            try:
                os.replace(tmp, path)
                break
            except PermissionError:
                if attempt == retries - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _explain(path, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def write_text_atomic(path: Path, text: str) -> None:
    """Write text as UTF-8; text that cannot be UTF-8 (a lone surrogate) is a WriteError."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise WriteError(
            Path(path),
            f"Kan {path} niet schrijven: de tekst bevat een ongeldig teken "
            f"(\\u{ord(exc.object[exc.start]):04x} op positie {exc.start}). Verwijder het.",
            f"Cannot write {path}: the text holds an invalid character "
            f"(\\u{ord(exc.object[exc.start]):04x} at position {exc.start}). Remove it.",
        ) from None

    def write(fh: BinaryIO) -> None:
        fh.write(data)

    write_atomic(path, write)
