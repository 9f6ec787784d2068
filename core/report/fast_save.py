"""Saving the workbook faster than ``Workbook.save``, to the same bytes (issue 23).

openpyxl without lxml writes every cell as an ElementTree element through et_xmlfile's
namespace-aware serialiser, and each sheet through a temporary file on disk: together
most of the time the example workbook took. :func:`save_workbook` writes the same XML:

* the cells of each sheet's ``<sheetData>`` are formatted as strings here, exactly as
  ``openpyxl.cell._writer.etree_write_cell`` and ``WorksheetWriter.write_row`` format
  them (same attributes in the same order, same escaping, same number text, style ids
  registered in the same order); any cell this does not know how to write the same way
  (rich text, array formulas, text that needs ``xml:space``) goes through openpyxl's own
  cell writer, in its place;
* each sheet is written to memory instead of a temporary file, and the zip is
  compressed at level 1 (:data:`COMPRESS_LEVEL`);
* everything else (sheet head and tail, styles, charts, relationships) is openpyxl's.

With lxml installed openpyxl serialises through lxml and this module steps aside
(openpyxl's own row writer is used). ``tests/test_report_fast_save.py`` checks that every
part of the example workbooks is byte for byte what ``Workbook.save`` writes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from io import BytesIO
from math import inf, isfinite, isinf, isnan
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.cell._writer import write_cell
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.workbook import Workbook
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.dimensions import DimensionHolder, RowDimension
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import REL_NS, SHEET_MAIN_NS
from openpyxl.xml.functions import xmlfile

# Compression level of the zip. zlib's (and openpyxl's) default 6 took a third of the
# save for a file 15% smaller (example workbook: 100 KB at 6, 117 KB at 1); the parts
# inside are the same bytes either way.
COMPRESS_LEVEL = 1


# The escaping ElementTree (and so openpyxl) applies: the text of an element, and an
# attribute value.
_cdata = escape
_ATTRIB_ENTITIES = {'"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"}


_ATTRIB_SPECIAL = re.compile('[&<>"\r\n\t]')


def _attrib(text: str) -> str:
    if _ATTRIB_SPECIAL.search(text) is None:  # most values: nothing to escape
        return text
    return escape(text, _ATTRIB_ENTITIES)


_LETTERS: dict[int, str] = {}


def _letter(col: int) -> str:
    letter = _LETTERS.get(col)
    if letter is None:
        letter = _LETTERS[col] = get_column_letter(col)
    return letter


def _cell_xml(cell: Any, wb: Workbook, styled: str) -> str | None:
    """The ``<c>`` element openpyxl's etree writer makes for this cell, or None when
    this cell needs openpyxl's own writer (the caller then uses it). ``styled`` is its
    `` s="<style id>"`` attribute, or "" for a cell without a style."""
    value = cell._value
    kind = cell.data_type
    column = cell.column
    letter = _LETTERS.get(column) or _letter(column)
    head = f'<c r="{letter}{cell.row}"{styled}'
    if kind == "s":
        if value is None or value == "":
            return head + ' t="inlineStr" />'
        if type(value) is not str:  # rich text
            return None
        stripped = value.strip()
        if stripped and value != stripped:  # xml:space="preserve"
            return None
        if "&" in value or "<" in value or ">" in value:
            value = _cdata(value)
        return f'{head} t="inlineStr"><is><t>{value}</t></is></c>'
    if kind == "n":
        value_type = type(value)
        if value_type is float or value_type is int:
            # safe_string's text for a number: digits, sign, point, exponent (no escaping)
            if isnan(value) or isinf(value):
                return head + ' t="n"><v /></c>'  # safe_string's "": an empty <v />
            return f'{head} t="n"><v>{"%.16g" % value}</v></c>'  # noqa: UP031
    if kind == "f":
        if type(value) is not str:  # array or data-table formula
            return None
        if value == "":
            return head + " />"
        return f"{head}><f>{_cdata(value[1:])}</f><v /></c>"
    if kind == "d":
        if isinstance(value, dt.timedelta) or wb.iso_dates:
            return None
        if getattr(value, "tzinfo", None) is not None:
            return None  # openpyxl's writer raises the right error
        value = to_excel(value, wb.epoch)
        kind = "n"
    if kind not in ("n", "b", "e", "str"):
        return None
    head += f' t="{kind}"'
    if value is None or value == "":
        return head + " />"
    text = safe_string(value)
    if text == "":  # a NaN or infinity: ElementTree writes the empty <v> short
        return head + "><v /></c>"
    return f"{head}><v>{_cdata(text)}</v></c>"


def _row_tail(dim: Any) -> str:
    """``<row>``'s attributes after ``r`` for this row record, as ``dict(dim)`` lists
    them (``Dimension.__iter__``: hidden, outlineLevel, collapsed, ht, customFormat,
    customHeight, s, thickBot, thickTop, each when true). The report's rows have at most
    a height: written here; any other record takes openpyxl's path."""
    style = dim._style
    state = dim.__dict__
    if (style is None or not any(style)) and not (
        state.get("hidden")
        or state.get("outlineLevel")
        or state.get("collapsed")
        or state.get("thickBot")
        or state.get("thickTop")
    ):
        ht = state.get("ht")
        if ht is None:
            return ""
        if type(ht) is float and 0 < ht < inf:  # safe_string(ht), then customHeight
            return f' ht="{"%.16g" % ht}" customHeight="1"'  # noqa: UP031
    return "".join(f' {k}="{_attrib(v)}"' for k, v in dim)


def _reindexed(dim: Any) -> int:
    """``DimensionHolder.to_tree``'s sort key: the column's ``min``, after ``reindex``."""
    dim.reindex()
    return int(dim.min)


def _plain_xml(el: Any) -> str | None:
    """The text et_xmlfile writes for ``el`` (what openpyxl sends for the sheet's head
    and tail: dimension, views, columns, print settings, header and footer), or None
    when ``el`` has anything this does not write the same way (a namespace, a tail, a
    comment, a value that is not text): then et_xmlfile writes it."""
    return _element_xml(el, False)


_REL_ID = "{" + REL_NS + "}id"


def _element_xml(el: Any, rel_declared: bool) -> str | None:
    """:func:`_plain_xml` of ``el``. The one namespaced name it writes is a relationship
    id (``r:id``, as on a hyperlink): et_xmlfile declares ``xmlns:r`` first on the
    element that uses it, unless an element around it already did."""
    tag = el.tag
    if type(tag) is not str or "{" in tag or el.tail:
        return None
    head = "<" + tag
    attrs = ""
    for key, value in el.items():
        if type(value) is not str:
            return None
        if "{" in key:
            if key != _REL_ID:
                return None
            if not rel_declared:
                head += f' xmlns:r="{REL_NS}"'
                rel_declared = True
            key = "r:id"
        attrs += f' {key}="{_attrib(value)}"'
    head += attrs
    text = el.text
    if text is not None and type(text) is not str:
        return None
    inner = [_cdata(text)] if text else []
    for child in el:
        part = _element_xml(child, rel_declared)
        if part is None:
            return None
        inner.append(part)
    if not inner:
        return head + " />"
    return f"{head}>{''.join(inner)}</{tag}>"


class _FastWorksheetWriter(WorksheetWriter):  # type: ignore[misc]
    def __init__(self, ws: Worksheet) -> None:
        self._raw: Any = None  # et_xmlfile's text writer, once get_stream found it
        super().__init__(ws, out=BytesIO())

    def write_cols(self) -> None:
        """``<cols>`` as ``DimensionHolder.to_tree`` makes it, for columns that have at
        most a width (the report's): ``<col>`` in order of ``min``, with ``width`` and
        ``customWidth`` when the width is not zero, then ``min`` and ``max``; a column
        with neither is left out. Anything else takes openpyxl's path."""
        holder = self.ws.column_dimensions
        dims = list(holder.values())
        if self._raw is None or not dims:
            super().write_cols()
            return
        for dim in dims:
            state = dim.__dict__
            style = dim._style
            if (
                (style is not None and any(style))
                or state.get("hidden")
                or state.get("outlineLevel") != 0
                or state.get("collapsed")
                or state.get("bestFit")
                or type(state.get("width")) is not float
            ):
                super().write_cols()
                return
        parts = []
        for dim in sorted(dims, key=_reindexed):
            state = dim.__dict__
            width = state["width"]
            if not isfinite(width):  # NaN or infinity: safe_string's "" (openpyxl's path)
                super().write_cols()
                return
            head = f' width="{"%.16g" % width}" customWidth="1"' if width else ""  # noqa: UP031
            parts.append(f'<col{head} min="{dim.min}" max="{dim.max}" />' if head else "")
        if any(parts):
            holder.max_outline = 0  # what to_tree leaves: the highest level written
            self._raw(f"<cols>{''.join(parts)}</cols>")

    def get_stream(self) -> Any:
        """openpyxl's stream (``WorksheetWriter.get_stream``), except that an element
        :func:`_plain_xml` can write is written as its text: et_xmlfile's namespace-aware
        serialiser took a third of saving a sheet for its head and tail."""
        with xmlfile(self.out) as xf, xf.element("worksheet", xmlns=SHEET_MAIN_NS):
            raw: Any = getattr(xf, "_file", None)
            if type(xf).__module__ != "et_xmlfile.xmlfile" or not callable(raw):
                raw = None
            self._raw = raw
            try:
                while True:
                    el = yield
                    if el is True:
                        yield xf
                    elif el is None:  # et_xmlfile chokes
                        continue
                    else:
                        text = None if raw is None else _plain_xml(el)
                        if text is None:
                            xf.write(el)
                        else:
                            raw(text)
            except GeneratorExit:
                pass

    def write_rows(self) -> None:
        xf = self.xf.send(True)
        raw = getattr(xf, "_file", None)
        if type(xf).__module__ != "et_xmlfile.xmlfile" or not callable(raw):
            self.xf.send(None)
            # lxml (or an unknown writer): openpyxl's own row writer, from the start.
            super().write_rows()
            return
        self._raw = raw
        ws = self.ws
        wb = ws.parent
        dims = ws.row_dimensions
        hyperlinks = ws._hyperlinks
        cell_styles = wb._cell_styles
        style_attrs: dict[bytes, str] = {}  # a style record's bytes -> ' s="id"' or ""
        with xf.element("sheetData"):
            parts: list[str] = []
            for row_idx, row in self.rows():
                dim = dims.get(row_idx)
                tail = "" if dim is None else _row_tail(dim)
                parts.append(f'<row r="{row_idx}"{tail}>')
                for cell in row:
                    comment = cell._comment
                    if comment is not None:
                        ws._comments.append(CommentRecord.from_cell(cell))
                    style = cell._style
                    if style is None:
                        styled = ""
                    else:
                        key = style.tobytes()
                        styled = style_attrs.get(key)  # type: ignore[assignment]
                        if styled is None:
                            # cell.style_id, registered in the same order as openpyxl's
                            styled = style_attrs[key] = (
                                f' s="{cell_styles.add(style)}"' if any(style) else ""
                            )
                    if cell._value is None and not styled and not comment:
                        continue
                    text = _cell_xml(cell, wb, styled)
                    if text is None:
                        raw("".join(parts))
                        parts.clear()
                        write_cell(xf, ws, cell, cell.has_style)
                        continue
                    link = cell._hyperlink
                    if link:
                        hyperlinks.append(link)
                    parts.append(text)
                parts.append("</row>")
            raw("".join(parts))
        self.xf.send(None)

    def write_merged_cells(self) -> None:
        """``<mergeCells>`` as openpyxl writes it (a ``MergeCell`` per range, by its
        coordinate), as one string."""
        merged = self.ws.merged_cells
        if self._raw is None or not merged:
            super().write_merged_cells()
            return
        refs = [rng.coord for rng in merged]
        cells = "".join(f'<mergeCell ref="{_attrib(ref)}" />' for ref in refs)
        self._raw(f'<mergeCells count="{len(refs)}">{cells}</mergeCells>')


class _FastExcelWriter(ExcelWriter):  # type: ignore[misc]
    def write_worksheet(self, ws: Worksheet) -> None:
        if self.workbook.write_only:
            super().write_worksheet(ws)
            return
        from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing

        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = _FastWorksheetWriter(ws)
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.read())
        self.manifest.append(ws)


def save_workbook(wb: Workbook, target: IO[bytes] | str | Path) -> None:
    """Write ``wb`` as an .xlsx to ``target``, an open binary file or a path (what
    openpyxl's ``wb.save`` writes, faster)."""
    archive = ZipFile(target, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=COMPRESS_LEVEL)
    wb.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
    _FastExcelWriter(wb, archive).save()


def _row_factory(ws: Worksheet) -> Callable[[], RowDimension]:
    """What ``Worksheet._add_row`` makes (``RowDimension(ws)``), as a copy of one made
    that way: its nine descriptor checks per row were a tenth of building the report."""
    state = dict(RowDimension(ws).__dict__)  # immutable values: None, False, 0
    new = RowDimension.__new__

    def make() -> RowDimension:
        dim = new(RowDimension)
        dim.__dict__.update(state)
        dim.parent = ws
        dim._style = None
        return dim

    return make


class _RowDimensions(DimensionHolder):  # type: ignore[misc]
    """A sheet's row records: looking up a row that has one skips BoundDictionary's
    re-setting of its index (a descriptor check per ``row_dimensions[row]``) when the
    index is already the row's; a new row is made by ``_row_factory``."""

    def __getitem__(self, key: int) -> Any:
        dim = self.get(key)
        if dim is not None and dim.__dict__.get("index") == key:
            return dim
        return super().__getitem__(key)


def _fast_rows(ws: Worksheet) -> None:
    rows = _RowDimensions(worksheet=ws, default_factory=_row_factory(ws))
    for key in list(ws.row_dimensions):
        rows[key] = ws.row_dimensions[key]
    ws.row_dimensions = rows


class ReportWorkbook(Workbook):  # type: ignore[misc]
    """A Workbook whose ``save`` is :func:`save_workbook`: the advice workbook is built
    as one, so every caller's ``wb.save(...)`` takes the fast path. Its sheets make
    their row records faster (:func:`_row_factory`), the same records."""

    def __init__(self) -> None:
        super().__init__()
        for ws in self._sheets:
            _fast_rows(ws)

    def create_sheet(self, title: str | None = None, index: int | None = None) -> Any:
        ws = super().create_sheet(title, index)
        if isinstance(ws, Worksheet):
            _fast_rows(ws)
        return ws

    def save(self, filename: IO[bytes] | str | Path) -> None:
        save_workbook(self, filename)
