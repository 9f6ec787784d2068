"""Atomic file writes: a temporary file in the target folder, then one rename.

A crash, a full disk or a locked target never leaves a half-written file behind: the
old file stays as it was until the new one is complete.
"""

from __future__ import annotations

import os
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


def write_atomic(path: Path, write: Callable[[BinaryIO], None], retries: int = 5) -> None:
    """Write ``path`` through ``write(fh)`` atomically, or raise :class:`WriteError`.

    ``os.replace`` is retried briefly because antivirus and sync tools on Windows hold
    new files for a moment; a file held open by Excel keeps failing and is reported.
    """
    path = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise _explain(path, exc) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
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


def write_text_atomic(path: Path, text: str) -> None:
    data = text.encode("utf-8")

    def write(fh: BinaryIO) -> None:
        fh.write(data)

    write_atomic(path, write)
