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
import errno
import io
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
    nl, en = _REASONS.get(exc.errno or 0, (None, None))
    return WriteError(
        path,
        f"Kan {path} niet schrijven: {nl or f'systeemfout {exc.errno}'}. Kies een andere naam of map.",
        f"Cannot write {path}: {en or exc.strerror or exc}. Choose another name or folder.",
    )


# The system's own reason is English; the Dutch sentence gets a Dutch one.
_REASONS: dict[int, tuple[str, str]] = {
    errno.ENOSPC: ("de schijf is vol; maak ruimte vrij", "the disk is full; free some space"),
    errno.EFBIG: (
        "het bestand wordt groter dan het systeem toestaat",
        "the file would be larger than the system allows",
    ),
    errno.EDQUOT: ("uw schijfquotum is op", "your disk quota is used up"),
    errno.EROFS: ("de schijf is alleen-lezen", "the disk is read-only"),
    errno.ENAMETOOLONG: ("de naam is te lang", "the name is too long"),
    errno.EIO: ("invoer-/uitvoerfout van de schijf", "the disk reported an input/output error"),
    errno.EEXIST: ("het bestand bestaat al", "the file exists"),
    errno.ENOTDIR: ("een deel van het pad is geen map", "a part of the path is not a folder"),
    errno.EISDIR: ("dat is een map", "it is a folder"),
}


def _collect_quietly() -> None:
    """Collect what a failed ``write`` left (openpyxl's ZipFile on a closed handle) now,
    so its complaint is not printed later as a traceback fragment."""
    import gc

    hook = sys.unraisablehook
    sys.unraisablehook = _ignore_unraisable
    try:
        gc.collect()
    finally:
        sys.unraisablehook = hook


def _ignore_unraisable(_unraisable: object) -> None:
    """What a failed write leaves behind complains when it is freed; the user is told once."""


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
    pattern = re.compile(re.escape(f".{_tmp_stem(path.name)}.") + r"(?:(\d+)\.)?[^.]+\.tmp")
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


# A temporary name is the target's name with a dot, the process id and 8 random
# characters around it; a long target name is shortened in it so that the temporary
# name stays within the 255 bytes a file name may have (NAME_MAX).
_TMP_NAME_ROOM = 200


def _tmp_stem(name: str) -> str:
    if len(name.encode("utf-8", "surrogateescape")) <= _TMP_NAME_ROOM:
        return name
    import hashlib

    digest = hashlib.sha1(name.encode("utf-8", "surrogateescape")).hexdigest()[:10]
    short = name
    while len(short.encode("utf-8", "surrogateescape")) > _TMP_NAME_ROOM - 11:
        short = short[:-1]
    return f"{short}~{digest}"


def output_problem(path: Path) -> tuple[str, str] | None:
    """Why ``path`` cannot be an output (Dutch, English), checked before anything is written.

    A regular file (or a missing one in an existing folder), a symlink to one, a
    character device (``/dev/null``) or a FIFO can be; a folder, a block device or a
    socket cannot, and is refused instead of being renamed over.
    """
    text = str(path)
    if text.endswith(("/", os.sep)) or (os.altsep and text.endswith(os.altsep)):
        return (
            f"{text} is de naam van een map; geef een bestandsnaam (bijvoorbeeld {text}advies.xlsx).",
            f"{text} names a folder; give a file name (such as {text}advice.xlsx).",
        )
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing (or a dangling symlink): written as a new file
    if stat.S_ISREG(mode) or stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return None
    if stat.S_ISDIR(mode):
        return (
            f"{text} is een map; geef een bestandsnaam.",
            f"{text} is a folder; give a file name.",
        )
    return (
        f"{text} is geen gewoon bestand (een blokapparaat of socket) en wordt niet overschreven.",
        f"{text} is not a regular file (a block device or socket) and is not overwritten.",
    )


class Staged:
    """An output made but not yet in place: a complete temporary file beside the target,
    or, for a device or FIFO, the bytes to write through at :meth:`commit`."""

    def __init__(self, path: Path, tmp: Path | None, data: bytes | None) -> None:
        self.path = path
        self.tmp = tmp
        self.data = data

    def commit(self, retries: int = 5) -> None:
        """Put the output in place (rename, or write through); raises WriteError."""
        if self.tmp is None:
            try:
                with open(self.path, "wb") as fh:
                    fh.write(self.data or b"")
            except OSError as exc:
                raise _explain(self.path, exc) from None
            return
        try:
            for attempt in range(retries):
                try:
                    os.replace(self.tmp, self.path)
                    break
                except PermissionError:
                    if attempt == retries - 1:
                        raise
                    time.sleep(0.05 * (attempt + 1))
        except OSError as exc:
            self.discard()
            raise _explain(self.path, exc) from None
        _sync_folder(self.path.parent)

    def discard(self) -> None:
        if self.tmp is not None:
            with contextlib.suppress(OSError):
                self.tmp.unlink(missing_ok=True)


def _real_target(path: Path) -> Path:
    """A symlink's final target (so the link stays and what it names is updated)."""
    if os.path.islink(path):
        return Path(os.path.realpath(path))
    return path


def stage(path: Path, write: Callable[[BinaryIO], object]) -> Staged:
    """Make the output of ``write(fh)`` for ``path`` without touching ``path`` yet.

    A regular target gets a complete, flushed temporary file beside it (with the
    target's permissions); a character device or FIFO gets its bytes held for
    :meth:`Staged.commit`. Raises :class:`WriteError`; nothing is left behind then.
    """
    path = Path(path)
    problem = output_problem(path)
    if problem is not None:
        raise WriteError(path, f"Kan niet schrijven: {problem[0]}", f"Cannot write: {problem[1]}")
    path = _real_target(path)
    try:
        mode_now = os.stat(path).st_mode
    except OSError:
        mode_now = None
    if mode_now is not None and not stat.S_ISREG(mode_now):
        buf = io.BytesIO()
        write(buf)
        return Staged(path, None, buf.getvalue())
    remove_stale_temporaries(path)
    mode = stat.S_IMODE(mode_now) if mode_now is not None else _new_file_mode()
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{_tmp_stem(path.name)}.{os.getpid()}.", suffix=".tmp", dir=path.parent
        )
    except OSError as exc:
        raise _explain(path, exc) from None
    tmp = Path(tmp_name)
    failure: WriteError | None = None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):  # keeping the mode is a courtesy
            os.chmod(tmp, mode)
    except OSError as exc:
        # The OSError's traceback holds the writer's frames and through them openpyxl's
        # ZipFile, still open on the closed handle: it is freed as this block ends, and
        # its complaint ('Exception ignored in ZipFile.__del__') would print then, or at
        # exit. Quiet from here until it and any cycle are collected below.
        hook = sys.unraisablehook
        sys.unraisablehook = _ignore_unraisable
        failure = _explain(path, exc)
    except BaseException:
        tmp.unlink(missing_ok=True)
        _collect_quietly()
        raise
    if failure is not None:
        try:
            tmp.unlink(missing_ok=True)
            _collect_quietly()
        finally:
            sys.unraisablehook = hook
        raise failure
    return Staged(path, tmp, None)


def write_atomic(path: Path, write: Callable[[BinaryIO], object], retries: int = 5) -> None:
    """Write ``path`` through ``write(fh)`` atomically, or raise :class:`WriteError`.

    ``os.replace`` is retried briefly because antivirus and sync tools on Windows hold
    new files for a moment; a file held open by Excel keeps failing and is reported.
    A symlink keeps pointing where it did and its target is replaced; a character
    device or FIFO is written through, never renamed over.
    """
    stage(path, write).commit(retries)


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
