"""The machine-readable copy of the case inside a workbook.

A very hidden sheet holds a marker, the format version and the case as JSON (split
over cells, which hold at most 32,767 characters). Writer and reader share these
names, so what one writes the other finds.
"""

from __future__ import annotations

import json

from openpyxl.workbook.workbook import Workbook

from core import __version__
from core.inputs.case import SCHEMA_VERSION, Case, case_to_dict
from core.report.styles import put, put_text

DATA_SHEET = "herstelscan_data"
MARKER = "herstelscan-workbook"
FORMAT_VERSION = 1
CHUNK = 30_000  # characters per cell, below Excel's limit of 32,767

KEY_FORMAT = "format"
KEY_FORMAT_VERSION = "format_version"
KEY_SCHEMA = "case_schema_version"
KEY_APP = "app_version"
KEY_PARTS = "case_json_parts"
KEY_JSON = "case_json"


def case_payload(case: Case) -> str:
    """The case as ASCII JSON: exact floats, and safe for XML whatever the user typed."""
    return json.dumps(case_to_dict(case), ensure_ascii=True, separators=(",", ":"))


def add_data_sheet(wb: Workbook, case: Case) -> None:
    ws = wb.create_sheet(DATA_SHEET)
    ws.sheet_state = "veryHidden"  # not offered by Excel's "Unhide": it is for programs
    payload = case_payload(case)
    parts = [payload[i : i + CHUNK] for i in range(0, len(payload), CHUNK)] or [""]
    rows: list[tuple[str, str | int]] = [
        (KEY_FORMAT, MARKER),
        (KEY_FORMAT_VERSION, FORMAT_VERSION),
        (KEY_SCHEMA, SCHEMA_VERSION),
        (KEY_APP, __version__),
        (KEY_PARTS, len(parts)),
    ]
    rows.extend((KEY_JSON, part) for part in parts)
    for r, (key, value) in enumerate(rows, start=1):
        put_text(ws, r, 1, key, align=None)
        if isinstance(value, str):
            put_text(ws, r, 2, value, align=None)
        else:
            put(ws, r, 2, value, align=None)
