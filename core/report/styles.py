"""Cell styles, number formats and the few writing helpers every sheet uses.

Two rules live here so no sheet can forget them:

* text is always written as text: a company called ``=HYPERLINK(...)`` stays a string
  (``data_type = "s"`` plus a quote prefix, so editing it in Excel keeps it text);
* numbers carry locale-independent format codes, which Excel and LibreOffice show with
  the reader's own separators.
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from functools import cache, lru_cache
from itertools import product
from typing import Any
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary
from weakref import ref as ref_to

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet

from core.fmt import whole_euros as whole_euros  # re-exported: cells show whole euros
from core.report.texts import t
from core.result import Result, ScenarioForecast

# Number formats (Excel codes; shown with the reader's own separators).
EUR = "€ #,##0;-€ #,##0"
PCT = "0.0%"
PCT0 = "0%"
INDEX = "0.000"
DECIMAL = "0.0"
INTEGER = "#,##0"

_LOCALE_TAG = {"nl": "[$-413]", "en": "[$-809]"}


def month_format(lang: str) -> str:
    """``mrt 2020`` / ``Mar 2020`` whatever the reader's Excel language."""
    return _LOCALE_TAG.get(lang, "[$-413]") + "mmm yyyy"


def date_format(lang: str) -> str:
    return "[$-413]d mmmm yyyy" if lang != "en" else "[$-809]d mmmm yyyy"


# Colours: FME-like dark blue headers, light bands, muted warnings.
DARK = "1F3864"
ACCENT = "2E75B6"
BAND = "EEF3FA"
GREY_TEXT = "6B6B6B"
GREEN_FILL = "E2F0D9"
AMBER_FILL = "FFF2CC"
RED_FILL = "F8D7DA"
GREY_FILL = "EDEDED"
PROPOSAL_FILL = "FCE4D6"

TITLE_FONT = Font(name="Calibri", size=16, bold=True, color=DARK)
SUBTITLE_FONT = Font(name="Calibri", size=11, italic=True, color=GREY_TEXT)
SECTION_FONT = Font(name="Calibri", size=12, bold=True, color=DARK)
HEADER_FONT = Font(name="Calibri", size=10, bold=True, color="FFFFFF")
BOLD = Font(name="Calibri", size=10, bold=True)
NORMAL = Font(name="Calibri", size=10)
SMALL_GREY = Font(name="Calibri", size=8, color=GREY_TEXT)
LINK_FONT = Font(name="Calibri", size=10, color="0563C1", underline="single")
MARK_FONT = Font(name="Calibri", size=10, bold=True, color="C00000")

HEADER_FILL = PatternFill("solid", fgColor=DARK)
BAND_FILL = PatternFill("solid", fgColor=BAND)
_THIN = Side(style="thin", color="BFBFBF")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

WRAP_TOP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")
CENTER = Alignment(horizontal="center", vertical="top")
LEFT = Alignment(horizontal="left", vertical="top")
RIGHT = Alignment(horizontal="right", vertical="top")
RIGHT_WRAP = Alignment(horizontal="right", vertical="top", wrap_text=True)
NO_WRAP = Alignment(wrap_text=False)
NO_WRAP_TOP = Alignment(wrap_text=False, vertical="top")


@cache
def fill(colour: str) -> PatternFill:
    """A solid fill; one object per colour, so the style cache recognises it."""
    return PatternFill("solid", fgColor=colour)


# Characters XML 1.0 cannot hold (openpyxl refuses them) and lone surrogates.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def clean(text: str) -> str:
    """Text as a cell can hold it: characters XML cannot store (control characters,
    lone surrogates) are left out, so nothing prints as a replacement box."""
    return _ILLEGAL.sub("", text)


def quote_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def ref(sheet: str, row: int, col: int, absolute: bool = True) -> str:
    """``'Invoer'!$B$12``: a cell on another sheet, for live formulas."""
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(col)
    cell = f"${letter}${row}" if absolute else f"{letter}{row}"
    return f"{quote_sheet(sheet)}!{cell}"


_new_cell = Cell.__new__
_new_array = array.__new__


def cell_at(ws: Worksheet, row: int, col: int) -> Cell:
    """``ws.cell(row=row, column=col)``, faster: the same new cell (what ``Cell(ws, row,
    column)`` and ``Worksheet._add_cell`` set, slot by slot), without openpyxl's three
    calls per cell. Coordinates out of range take openpyxl's path, which raises."""
    cells = ws._cells
    cell: Cell | None = cells.get((row, col))
    if cell is not None:
        return cell
    if not (0 < row < 1048577 and col > 0):
        return ws.cell(row=row, column=col)
    cell = _new_cell(Cell)
    cell.parent = ws
    cell._style = None
    cell.row = row
    cell.column = col
    cell._value = None
    cell._hyperlink = None
    cell.data_type = "n"
    cell._comment = None
    if row > ws._current_row:
        ws._current_row = row
    cells[(row, col)] = cell
    return cell


def put_formula(
    ws: Worksheet,
    row: int,
    col: int,
    formula: str,
    fmt: str | None = None,
    *,
    font: Font = NORMAL,
    align: Alignment | None = TOP,
    border: Border | None = None,
    fill_: PatternFill | None = None,
) -> Cell:
    """A live formula we wrote ourselves (never user text: that goes through put_text)."""
    if not formula.startswith("="):
        raise ValueError("a formula starts with '='")
    cell = cell_at(ws, row, col)
    cell._value = formula[:32767]  # what cell.value = formula stores (it is our own text)
    cell.data_type = "f"
    _style(cell, font, align, border, fill_, fmt, False)
    return cell


# Assigning a style object to a cell (``cell.border = GRID``) makes openpyxl hash it
# and compare it with the workbook's records, every time. restyle() looks each object up
# once per workbook and then sets the record number directly, as openpyxl's descriptor
# does. Only for the shared style objects of this module and the sheets, which are never
# changed after they are made (the cache holds them, so their ids stay theirs).
_INDEX: WeakKeyDictionary[Any, dict[tuple[str, int], tuple[int, object]]] = WeakKeyDictionary()


def _index(wb: Any, collection: str, value: object) -> int:
    cache = _INDEX.get(wb)
    if cache is None:
        cache = _INDEX[wb] = {}
    key = (collection, id(value))
    hit = cache.get(key)
    if hit is None:
        hit = cache[key] = (getattr(wb, collection).add(value), value)
    return hit[0]


def restyle(
    cell: Cell,
    *,
    font: Font | None = None,
    align: Alignment | None = None,
    border: Border | None = None,
    fill_: PatternFill | None = None,
) -> Cell:
    """``cell.font = font`` (and alignment, border, fill, in that order), faster."""
    wb = cell.parent.parent
    if not cell._style:
        cell._style = StyleArray()
    style = cell._style
    if font is not None:
        style.fontId = _index(wb, "_fonts", font)
    if align is not None:
        style.alignmentId = _index(wb, "_alignments", align)
    if border is not None:
        style.borderId = _index(wb, "_borders", border)
    if fill_ is not None:
        style.fillId = _index(wb, "_fills", fill_)
    return cell


# Assigning a font, border or fill makes openpyxl hash the whole style object, which
# dominated the write time (thousands of cells). Each distinct combination is resolved
# once per workbook; later cells copy the resulting style record. The key objects are
# kept alive in the cache so their ids cannot be reused by other objects meanwhile.
_StyleKey = tuple[int, int, int, int, str | None, bool]
_LAST_STYLE_CACHE: tuple[Callable[[], Any], dict[_StyleKey, tuple[Any, tuple[object, ...]]]] = (
    lambda: None,
    {},
)
_STYLE_CACHE: WeakKeyDictionary[Any, dict[_StyleKey, tuple[Any, tuple[object, ...]]]] = (
    WeakKeyDictionary()
)


def _style(
    cell: Cell,
    font: Font,
    align: Alignment | None,
    border: Border | None,
    fill_: PatternFill | None,
    fmt: str | None,
    quote: bool,
) -> None:
    global _LAST_STYLE_CACHE
    last = _LAST_STYLE_CACHE  # the workbook being built: a weak-dict lookup per cell is slow
    wb = cell.parent._parent  # cell.parent.parent, without the property call
    if last[0]() is wb:
        cache = last[1]
    else:
        wb = cell.parent.parent
        cache = _STYLE_CACHE.setdefault(wb, {})
        _LAST_STYLE_CACHE = (ref_to(wb), cache)
    hit = cache.get((id(font), id(align), id(border), id(fill_), fmt, quote))
    if hit is not None:
        cell._style = _new_array(StyleArray, "i", hit[0])  # StyleArray(hit[0]), one call less
        return
    key = (id(font), id(align), id(border), id(fill_), fmt, quote)
    restyle(cell, font=font, align=align, border=border, fill_=fill_)
    if fmt is not None:
        cell.number_format = fmt
    if quote:
        cell.quotePrefix = True
    cache[key] = (copy(cell._style), (font, align, border, fill_))


def put_text(
    ws: Worksheet,
    row: int,
    col: int,
    text: str,
    *,
    font: Font = NORMAL,
    align: Alignment | None = TOP,
    border: Border | None = None,
    fill_: PatternFill | None = None,
) -> Cell:
    """Write ``text`` as a string cell, never a formula, whatever it starts with."""
    cell = cell_at(ws, row, col)
    # What ``cell.value = value`` stores, without its checks: clean() already left out
    # every character openpyxl refuses, and the type is set just below.
    value = clean(text)[:32767]
    cell._value = value
    cell.data_type = "s"
    # The quote prefix keeps it text when someone edits the cell in Excel, too.
    _style(cell, font, align, border, fill_, None, value.startswith(_FORMULA_START))
    return cell


def put(
    ws: Worksheet,
    row: int,
    col: int,
    value: float | int | bool | dt.date | None,
    fmt: str | None = None,
    *,
    font: Font = NORMAL,
    align: Alignment | None = TOP,
    border: Border | None = None,
    fill_: PatternFill | None = None,
) -> Cell:
    """Write a number, date or yes/no value (never text: use :func:`put_text`)."""
    if isinstance(value, str):
        raise TypeError("text goes through put_text, so it can never become a formula")
    cell = cell_at(ws, row, col)
    if type(value) is float or type(value) is int:
        cell._value = value  # what ``cell.value = value`` stores for a number
        cell.data_type = "n"
    else:
        cell.value = value
    _style(cell, font, align, border, fill_, fmt, False)
    return cell


def merge(
    ws: Worksheet, row: int, first_col: int, last_col: int, last_row: int | None = None
) -> None:
    """Merge a range without openpyxl's per-cell border pass (slow, and not needed: the
    anchor cell carries the look). The right edge gets the grid line when the anchor has it."""
    end_row = row if last_row is None else last_row
    anchor = cell_at(ws, row, first_col)
    # What MergedCellRange(ws, ref) makes, without its slow style arithmetic.
    rng = MergedCellRange.__new__(MergedCellRange)
    rng.ws = ws
    if (
        type(first_col) is int
        and type(last_col) is int
        and type(row) is int
        and type(end_row) is int
        and 0 < first_col <= last_col <= 18278
        and 0 < row <= end_row <= 1048576
    ):
        # What CellRange.__init__ stores (its descriptors only check and keep these ints).
        rng.__dict__.update(
            min_col=first_col, min_row=row, max_col=last_col, max_row=end_row, title=None
        )
    else:
        CellRange.__init__(rng, min_col=first_col, min_row=row, max_col=last_col, max_row=end_row)
    rng.start_cell = anchor
    end = ws._cells.get((end_row, last_col))
    if end is not None:
        # openpyxl gives the anchor the bottom-right cell's right and bottom border:
        # the resulting border record depends only on the two cells' border records.
        if not anchor._style or not end._style:
            rng._get_borders()
        else:
            known = _per_workbook(_MERGE_BORDERS, ws.parent)
            key = (anchor._style.borderId, end._style.borderId)
            hit = known.get(key)
            if hit is None:
                rng._get_borders()
                known[key] = anchor._style.borderId
            else:
                anchor._style.borderId = hit
    _add_merged(ws, rng)
    style = anchor._style
    if style is not None and any(style) and _is_grid(ws, style.borderId):
        for col in range(first_col + 1, last_col + 1):
            cell_at(ws, row, col)._style = _new_array(StyleArray, "i", style)  # a copy


# ws.merged_cells.add tests the new range against every range already merged (slow:
# hundreds of merges per sheet). A range can only lie inside an earlier one if its
# top-left cell does, so the cells already covered are kept per sheet, and only such a
# range takes openpyxl's own test. The count guards against ranges added elsewhere.
_COVERED: WeakKeyDictionary[Any, dict[Any, Any]] = WeakKeyDictionary()


def _cells_of(rng: Any) -> Iterable[tuple[int, int]]:
    return product(range(rng.min_row, rng.max_row + 1), range(rng.min_col, rng.max_col + 1))


def _add_merged(ws: Worksheet, rng: Any) -> None:
    merged = ws.merged_cells
    known = _per_workbook(_COVERED, ws)  # {"count": ranges seen, "cells": covered}
    covered: set[tuple[int, int]] | None = known.get("cells")
    if covered is None or known["count"] != len(merged.ranges):
        covered = {cell for old in merged.ranges for cell in _cells_of(old)}
    if (rng.min_row, rng.min_col) in covered:
        merged.add(rng)  # openpyxl's test: not added when inside an earlier range
    else:
        merged.ranges.add(rng)
    covered.update(_cells_of(rng))
    known["cells"] = covered
    known["count"] = len(merged.ranges)


# (anchor border record, bottom-right border record) -> the anchor's after merging.
_MERGE_BORDERS: WeakKeyDictionary[Any, dict[tuple[int, int], int]] = WeakKeyDictionary()

# Whether a border record of the workbook is GRID (comparing style objects is slow).
_GRID_IDS: WeakKeyDictionary[Any, dict[int, bool]] = WeakKeyDictionary()


_LAST_TABLES: dict[int, tuple[Callable[[], Any], dict[Any, Any]]] = {}


def _per_workbook(table: WeakKeyDictionary[Any, dict[Any, Any]], wb: Any) -> dict[Any, Any]:
    """``table.setdefault(wb, {})``, remembering the last workbook asked for each table
    (a weak-dict lookup per merged range was slow)."""
    last = _LAST_TABLES.get(id(table))
    if last is not None and last[0]() is wb:
        return last[1]
    known = table.setdefault(wb, {})
    _LAST_TABLES[id(table)] = (ref_to(wb), known)
    return known


def _is_grid(ws: Worksheet, border_id: int) -> bool:
    known = _per_workbook(_GRID_IDS, ws.parent)
    hit = known.get(border_id)
    if hit is None:
        hit = known[border_id] = bool(ws.parent._borders[border_id] == GRID)
    return hit


def title(ws: Worksheet, text: str, subtitle: str | None = None) -> int:
    """Sheet title (and subtitle) at the top; returns the next free row."""
    put_text(ws, 1, 1, text, font=TITLE_FONT, align=None)
    ws.row_dimensions[1].height = 24
    if subtitle is not None:
        put_text(ws, 2, 1, subtitle, font=SUBTITLE_FONT, align=None)
        return 4
    return 3


def section(ws: Worksheet, row: int, text: str) -> int:
    put_text(ws, row, 1, text, font=SECTION_FONT, align=None)
    ws.row_dimensions[row].height = 18
    return row + 1


def note(ws: Worksheet, row: int, text: str, last_col: int, height: float | None = None) -> int:
    """A wrapped note across columns 1..last_col; returns the next row."""
    put_text(ws, row, 1, text, font=SUBTITLE_FONT, align=WRAP_TOP)
    if last_col > 1:
        merge(ws, row, 1, last_col)
    if height is not None:
        ws.row_dimensions[row].height = height
    return row + 1


def header(
    ws: Worksheet, row: int, labels: Sequence[str], start_col: int = 1, height: float = 30
) -> None:
    for i, text in enumerate(labels):
        put_text(
            ws,
            row,
            start_col + i,
            text,
            font=HEADER_FONT,
            align=HEADER_ALIGN,
            border=GRID,
            fill_=HEADER_FILL,
        )
    ws.row_dimensions[row].height = height


def widths(ws: Worksheet, sizes: Iterable[float], start_col: int = 1) -> None:
    from openpyxl.utils import get_column_letter

    for i, size in enumerate(sizes):
        ws.column_dimensions[get_column_letter(start_col + i)].width = size


def is_web_url(url: str) -> bool:
    """Only http(s) addresses become clickable: never file:, javascript: or the like."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def short_url(url: str, limit: int = 34) -> str:
    """``www.rvo.nl/…/wbso`` rather than the whole address, for the cell text."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    text = parts.netloc + path
    if len(text) <= limit:
        return text
    last = path.rsplit("/", 1)[-1]
    text = f"{parts.netloc}/…/{last}" if last else parts.netloc
    return text if len(text) <= limit else text[: limit - 1] + "…"


def link(ws: Worksheet, row: int, col: int, url: str, text: str | None = None) -> Cell:
    """A clickable web link (plain text if ``url`` is not http/https)."""
    shown = text if text is not None else short_url(url)
    if not is_web_url(url):
        return put_text(ws, row, col, url, align=WRAP_TOP)
    cell = put_text(ws, row, col, shown, font=LINK_FONT, align=WRAP_TOP)
    cell.hyperlink = Hyperlink(ref=cell.coordinate, target=clean(url), tooltip=clean(url)[:255])
    return cell


def sheet_link(
    ws: Worksheet, row: int, col: int, text: str, sheet: str, target: str = "A1"
) -> Cell:
    """A link to a place in this workbook (a ``location``, not an external ``#`` target)."""
    cell = put_text(ws, row, col, text, font=LINK_FONT, align=TOP)
    cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"{quote_sheet(sheet)}!{target}")
    return cell


def page_setup(
    ws: Worksheet,
    *,
    landscape: bool,
    title_rows: str | None,
    footer_left: str,
    lang: str,
    print_area: str | None = None,
) -> None:
    """A4, fit to one page wide, repeated header rows, page numbers in the footer."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if title_rows:
        ws.print_title_rows = title_rows
    if print_area:
        ws.print_area = print_area
    ws.oddFooter.left.text = footer_text(footer_left)
    ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = t("page", lang)
    ws.oddFooter.right.size = 8


FOOTER_CHARS = 70


def footer_text(text: str, limit: int = FOOTER_CHARS) -> str:
    """Footer text that prints literally whatever the name: no control characters, one
    line, shortened with "…" to ``limit`` characters (a long name would push the page
    number aside), and every "&" doubled, because "&" starts a header/footer code.
    The cut comes before the doubling, so a pair is never split."""
    flat = " ".join(clean(text).split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return flat.replace("&", "&&")


def month_date(label: str) -> dt.date:
    """``'2020-09'`` -> the first of that month, to be shown with :func:`month_format`."""
    year, month = label.split("-")
    return dt.date(int(year), int(month), 1)


def iso_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def forecast_of(result: Result, scenario_id: str) -> ScenarioForecast:
    """The scenario forecast with this id (not ``Result.scenario``, which the verdicts
    contract turns into the chosen scenario's id)."""
    return next(sc for sc in result.scenarios if sc.id == scenario_id)


def scenario_short(label: str) -> str:
    """``'Scenario I — contactbeperkingen 3 maanden'`` -> ``'Scenario I'``."""
    return label.split(" — ")[0].strip()


@lru_cache(maxsize=8192)  # the same texts come back (the method text, labels, sources)
def wrapped_lines(text: str, chars_per_line: float) -> int:
    """Lines ``text`` takes when wrapped at word boundaries, as a spreadsheet wraps it:
    a word that does not fit starts a new line (so a line holds fewer characters than the
    column does), a word longer than a line is broken."""
    width = max(1, int(chars_per_line))
    lines = 0
    for para in text.split("\n"):
        if len(para) <= width:  # its words, one space apart, are no longer than it
            lines += 1
            continue
        used = -1  # characters on the current line, -1 for an empty line
        count = 1
        for size in map(len, para.split()):
            while size > width:  # a URL or a long compound: broken where it must be
                if used > 0:
                    count += 1
                size -= width
                used = width
            if used < 0:
                used = size
            elif used + 1 + size <= width:
                used += 1 + size
            else:
                count += 1
                used = size
        lines += count
    return lines


def wrapped_height(
    text: str, chars_per_line: float, line_pt: float = 13.0, min_lines: int = 1
) -> float:
    """Row height for wrapped text in merged cells, which no spreadsheet sizes itself."""
    return max(min_lines, wrapped_lines(text, chars_per_line)) * line_pt + 4
