"""The few parts of an .xlsx that the workbook reader needs, read with a bound on each.

openpyxl finds a workbook's parts its own way (the workbook part and the shared strings
from ``[Content_Types].xml`` at any path, the last of two duplicate relationship ids),
so a size check made beforehand can be walked around. This module does not use
openpyxl: it follows the relationships of ``xl/workbook.xml`` as Excel does, refuses
duplicate or ambiguous ones, inflates each part it reads to at most its limit (never
trusting the size the zip declares), and parses that through defusedxml. What is
parsed is therefore bounded whatever else the zip holds.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from typing import Any

WORKBOOK_PART = "xl/workbook.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_SHARED_STRINGS = "/sharedStrings"
_CELL_REF = re.compile(r"([A-Z]{1,3})(\d{1,7})")
_INT = re.compile(r"[+-]?\d{1,400}")

Value = str | int | float | bool | None


class PartTooLarge(Exception):
    """A part inflates beyond the limit it is read with."""

    def __init__(self, name: str, limit: int) -> None:
        super().__init__(name)
        self.name = name
        self.limit = limit


class Malformed(Exception):
    """The workbook's structure is not what a spreadsheet program writes."""


def read_part(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """The inflated bytes of ``name``, at most ``limit``; more raises PartTooLarge.

    The bound is on what is inflated, not on the size the zip's directory declares.
    """
    with zf.open(name) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise PartTooLarge(name, limit)
    return data


def parse(data: bytes) -> Any:
    """An element tree through defusedxml: no entities, no external references."""
    from defusedxml.ElementTree import fromstring

    return fromstring(data)


def _target(base_dir: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(base_dir, target))


def relationships_from(data: bytes, base_dir: str = "xl") -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, zip part) of a relationships part; a repeated id is Malformed.

    Targets are resolved against ``base_dir``, the folder of the part they belong to.
    """
    rels: dict[str, tuple[str, str]] = {}
    if not data:
        return rels
    for rel in parse(data).iter(f"{_PKG}Relationship"):
        rid, kind, target = rel.get("Id"), rel.get("Type") or "", rel.get("Target")
        if rid is None or target is None:
            raise Malformed("a relationship without id or target")
        if rid in rels:
            raise Malformed(f"relationship id {rid} appears twice")
        if rel.get("TargetMode") == "External":
            continue
        rels[rid] = (kind, _target(base_dir, target))
    return rels


def sheet_parts(book: Any, rels: dict[str, tuple[str, str]]) -> tuple[dict[str, str], str | None]:
    """Sheet name -> zip part, and the shared-strings part (or None), as Excel finds them."""
    sheets: dict[str, str] = {}
    for sheet in book.iter(f"{_MAIN}sheet"):
        name, rid = sheet.get("name"), sheet.get(f"{_REL}id")
        if name is None or rid is None:
            raise Malformed("a sheet without name or relationship")
        if name in sheets:
            raise Malformed(f"sheet {name} appears twice")
        if rid in rels:
            sheets[name] = rels[rid][1]
    strings = [part for kind, part in rels.values() if kind.endswith(_SHARED_STRINGS)]
    if len(strings) > 1:
        raise Malformed("more than one shared-strings part")
    return sheets, strings[0] if strings else None


def _text(el: Any) -> str:
    """The text of a string item: its <t>, or its runs' <t> (phonetic runs left out)."""
    t = el.find(f"{_MAIN}t")
    if t is not None:
        return str(t.text or "")
    return "".join(str(r.findtext(f"{_MAIN}t") or "") for r in el.findall(f"{_MAIN}r"))


def _stream(data: bytes, tag: str) -> Iterator[Any]:
    """Each ``tag`` element as it ends, through defusedxml, cleared after use: memory
    stays near the size of ``data`` however many elements it holds."""
    from defusedxml.ElementTree import iterparse

    for _event, el in iterparse(io.BytesIO(data), events=("end",)):
        if el.tag == tag:
            yield el
            el.clear()


def _elements(data: bytes, tag: str, stream: bool) -> Iterator[Any]:
    """Each ``tag`` element: from one parse (fast, memory some ten times ``data``) or,
    with ``stream``, as a stream (about four times slower, memory near ``data``)."""
    if stream:
        return _stream(data, tag)
    found: Iterator[Any] = parse(data).iter(tag)
    return found


def shared_strings(data: bytes, stream: bool = False) -> list[str]:
    return [_text(si) for si in _elements(data, f"{_MAIN}si", stream)]


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _number(text: str) -> int | float:
    if _INT.fullmatch(text.strip()):
        return int(text)
    return float(text)


def cells(
    data: bytes, strings: list[str] | None, max_row: int, max_col: int, stream: bool = False
) -> Iterator[tuple[int, int, Value]]:
    """(row, column, value) of the cells of a sheet part within the bounds, 1-based.

    A shared string is looked up in ``strings``; a sheet that uses one without a
    shared-strings part (``strings`` None) or with an index past its end is Malformed.
    """
    row_no = 0
    for row in _elements(data, f"{_MAIN}row", stream):
        r = row.get("r")
        row_no = int(r) if r is not None and r.isdigit() else row_no + 1
        if row_no > max_row:
            break
        col_no = 0
        for c in row.iter(f"{_MAIN}c"):
            ref = _CELL_REF.fullmatch(c.get("r") or "")
            col_no = _column(ref.group(1)) if ref else col_no + 1
            if col_no > max_col:
                continue
            yield row_no, col_no, _value(c, strings)


def _value(c: Any, strings: list[str] | None) -> Value:
    kind = c.get("t") or "n"
    if kind == "inlineStr":
        inline = c.find(f"{_MAIN}is")
        return _text(inline) if inline is not None else ""
    v: str | None = c.findtext(f"{_MAIN}v")
    if v is None:
        return None
    if kind == "s":
        if strings is None or not v.strip().isdigit() or int(v) >= len(strings):
            raise Malformed("a shared string that is not there")
        return strings[int(v)]
    if kind in ("str", "d"):
        return str(v)
    if kind == "b":
        return v.strip() == "1"
    if kind == "e":
        return None
    try:
        return _number(v)
    except ValueError:
        raise Malformed("a number cell that holds no number") from None
