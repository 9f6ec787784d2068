"""Case files (``.herstelscan.json``) and exported workbooks read back as cases."""

from __future__ import annotations

import json
from pathlib import Path

from core.atomic import write_text_atomic
from core.inputs.case import Case, case_to_dict
from core.inputs.validation import load_case_json

CASE_SUFFIX = ".herstelscan.json"


def case_json(case: Case) -> str:
    return json.dumps(case_to_dict(case), ensure_ascii=False, indent=2) + "\n"


def save_case(case: Case, path: Path) -> None:
    """Write the case atomically; raises :class:`core.atomic.WriteError` with a message."""
    write_text_atomic(Path(path), case_json(case))


def load_case(path: Path) -> Case:
    """A case from a case file or from an exported Herstelscan workbook (``.xlsx``).

    Raises :class:`core.inputs.validation.CaseError` naming every problem.
    """
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from core.report.reader import read_case_from_workbook  # openpyxl only when needed

        return read_case_from_workbook(path)
    return load_case_json(path)
