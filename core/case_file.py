"""Case files (``.herstelscan.json``) and exported workbooks read back as cases."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from core.atomic import write_text_atomic
from core.inputs.case import Case, case_to_dict
from core.inputs.validation import CaseError, Problem, load_case_json

CASE_SUFFIX = ".herstelscan.json"


def case_json(case: Case) -> str:
    return json.dumps(case_to_dict(case), ensure_ascii=False, indent=2) + "\n"


def save_case(case: Case, path: Path) -> None:
    """Write the case atomically; raises :class:`core.atomic.WriteError` with a message."""
    write_text_atomic(Path(path), case_json(case))


def load_case(path: Path, trust: str | None = None) -> Case:
    """A case from a case file or from an exported Herstelscan workbook (``.xlsx``).

    Raises :class:`core.inputs.validation.CaseError` naming every problem. Only a
    regular file (or a symlink to one) is read: a device (``/dev/zero``), a FIFO or a
    socket is refused at once, before it is opened, since reading one may never end.
    For a workbook whose Invoer sheet was edited, ``trust`` says what to use ("sheet" or
    "case"); without it the edit is refused as
    :class:`core.report.reader.EditedWorkbook`, naming each field.
    """
    path = Path(path)
    _refuse_special(path)
    if path.suffix.lower() == ".xlsx":
        from core.report.reader import read_case_from_workbook  # openpyxl only when needed

        return read_case_from_workbook(path, trust)
    return load_case_json(path)


def _refuse_special(path: Path) -> None:
    try:
        mode = os.stat(path).st_mode  # follows a symlink to what it names
    except OSError:
        return  # missing or unreadable: the reader says which
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return  # a folder has its own message
    kind_nl, kind_en = (
        ("een named pipe (FIFO)", "a named pipe (FIFO)")
        if stat.S_ISFIFO(mode)
        else ("een apparaat", "a device")
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else ("een socket", "a socket")
        if stat.S_ISSOCK(mode)
        else ("geen gewoon bestand", "not a regular file")
    )
    raise CaseError(
        [
            Problem(
                str(path),
                f"is {kind_nl}, geen gewoon bestand; alleen een casusbestand of werkmap op schijf wordt gelezen. Het is niet geopend.",
                f"is {kind_en}, not a regular file; only a case file or workbook on disk is read. It was not opened.",
            )
        ]
    )
