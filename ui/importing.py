"""Read a supplier list (CSV or Excel: one row per supplier with its country and
purchase amount) and aggregate it per country. Pure Python, no Qt.

Every row that cannot be used is reported with its row number and why, never
silently dropped. An Excel file is read with the bounded reader of case workbooks
(core.report.reader_xml), not openpyxl, so what is parsed has a limit on the GUI thread.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.reference.countries import countries
from ui.formatting import parse_number

MAX_UNCOMPRESSED = 100 * 1024 * 1024  # a supplier list is never this big; a zip bomb is
MAX_CSV_BYTES = 50 * 1024 * 1024  # some 500,000 invoice lines: far beyond a supplier list
MAX_ROWS = 100_000  # more rows are refused as a whole, never cut off silently
# What an Excel list may make the import parse: a list of MAX_ROWS suppliers with a few
# columns is some 10 MB of sheet XML; each part is inflated to at most its limit.
MAX_PARTS = 2_000
MAX_BOOK_BYTES = 1024 * 1024  # the workbook part and its relationships, each
MAX_STRINGS_BYTES = 16 * 1024 * 1024
MAX_SHEET_BYTES = 32 * 1024 * 1024
MAX_COLUMNS = 100  # columns past this are not read (a list has a handful)
EXCEL_ROWS = 1_048_576  # Excel's last row
ALIASES = {
    "UK": "GB",
    "ENGLAND": "GB",
    "ENGELAND": "GB",
    "GROOT-BRITTANNIE": "GB",
    "GREAT BRITAIN": "GB",
    "HOLLAND": "NL",
    "THE NETHERLANDS": "NL",
    "USA": "US",
    "VS": "US",
    "UNITED STATES": "US",
    "DEUTSCHLAND": "DE",
    "BELGIE": "BE",
}
COUNTRY_WORDS = ("country", "land", "landcode", "country code", "herkomst", "origin")
AMOUNT_WORDS = (
    "amount",
    "bedrag",
    "inkoop",
    "purchase",
    "purchases",
    "waarde",
    "value",
    "spend",
    "omzet",
    "totaal",
    "total",
    "eur",
)


class ImportFileError(Exception):
    """The file cannot be read at all; ``reason`` is a code, ``detail`` the specifics."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass
class Skipped:
    row: int  # 1-based row number as the user sees it in the file (header = row 1)
    reason: str  # empty_country | unknown_country | no_amount | bad_amount | negative_amount
    value: str = ""


@dataclass
class Aggregate:
    amounts: dict[str, float] = field(default_factory=dict)  # ISO code -> total amount
    skipped: list[Skipped] = field(default_factory=list)
    rows_used: int = 0

    @property
    def total(self) -> float:
        return sum(self.amounts.values())

    def shares(self) -> dict[str, float]:
        total = self.total
        return {c: a / total for c, a in self.amounts.items()} if total > 0 else {}


def _fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip().upper()


def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for c in countries().values():
        index[c.code] = c.code
        index[_fold(c.nl)] = c.code
        index[_fold(c.en)] = c.code
    index.update(ALIASES)
    return index


def match_country(text: Any, index: dict[str, str] | None = None) -> str | None:
    if text is None:
        return None
    index = index or _country_index()
    return index.get(_fold(str(text)))


def read_table(path: Path) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of the first sheet (Excel) or of a CSV file (``;``, ``,`` or tab)."""
    path = Path(path)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return _read_excel(path)
        return _read_csv(path)
    except ImportFileError:
        raise
    except Exception as exc:  # openpyxl raises its own types for damaged files
        raise ImportFileError("unreadable", str(exc) or type(exc).__name__) from exc


def _too_many() -> ImportFileError:
    return ImportFileError("too_many_rows", f"more than {MAX_ROWS} rows")


def _read_csv(path: Path) -> tuple[list[str], list[list[Any]]]:
    if path.stat().st_size > MAX_CSV_BYTES:
        raise ImportFileError("too_big", f"{path.stat().st_size:,} bytes")
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly anything
        raise ImportFileError("encoding")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";" if text.count(";") >= text.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise ImportFileError("empty")
    if len(rows) - 1 > MAX_ROWS:
        raise _too_many()
    return [h.strip() for h in rows[0]], rows[1:]


def _read_excel(path: Path) -> tuple[list[str], list[list[Any]]]:
    """The first sheet's rows, read as the case workbook is (core.report.reader_xml): the
    sheet is found through the workbook part's relationships, each part is inflated to
    at most its limit whatever the zip declares, and parsed as a stream through
    defusedxml, so no list, however built, is parsed beyond MAX_SHEET_BYTES."""
    from defusedxml.common import DefusedXmlException

    from core.report import reader_xml as rx

    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_PARTS or sum(i.file_size for i in infos) > MAX_UNCOMPRESSED:
                raise ImportFileError("too_big")
            names = {i.filename for i in infos}
            if rx.WORKBOOK_PART not in names:
                raise ImportFileError("unreadable", "no workbook part (xl/workbook.xml)")
            book = rx.parse(rx.read_part(zf, rx.WORKBOOK_PART, MAX_BOOK_BYTES))
            rels = rx.relationships_from(
                rx.read_part(zf, rx.WORKBOOK_RELS, MAX_BOOK_BYTES)
                if rx.WORKBOOK_RELS in names
                else b""
            )
            sheets, strings_part = rx.sheet_parts(book, rels)
            first = next(iter(sheets.values()), None)
            if first is None or first not in names:
                raise ImportFileError("empty")
            strings = (
                rx.shared_strings(rx.read_part(zf, strings_part, MAX_STRINGS_BYTES), stream=True)
                if strings_part is not None and strings_part in names
                else None
            )
            data = rx.read_part(zf, first, MAX_SHEET_BYTES)
            found: dict[int, dict[int, Any]] = {}
            for row, col, value in rx.cells(data, strings, EXCEL_ROWS, MAX_COLUMNS, stream=True):
                if value in (None, ""):
                    continue
                if row not in found and len(found) > MAX_ROWS:
                    raise _too_many()  # header plus MAX_ROWS rows are already there
                found.setdefault(row, {})[col] = value
    except rx.PartTooLarge:
        raise ImportFileError("too_big") from None
    except DefusedXmlException:
        raise ImportFileError("unreadable", "unsafe XML (entities)") from None
    except (rx.Malformed, zipfile.BadZipFile, zipfile.LargeZipFile, KeyError) as exc:
        raise ImportFileError("unreadable", str(exc) or type(exc).__name__) from None
    if not found:
        raise ImportFileError("empty")
    width = max(max(cols) for cols in found.values())
    rows = [[found[r].get(c) for c in range(1, width + 1)] for r in sorted(found)]
    return ["" if h is None else str(h).strip() for h in rows[0]], rows[1:]


def guess_columns(header: list[str]) -> tuple[int | None, int | None]:
    """The columns that look like the country and the purchase amount."""
    folded = [_fold(h).lower() for h in header]

    def find(words: tuple[str, ...], exclude: int | None = None) -> int | None:
        for word in words:
            for i, h in enumerate(folded):
                if i != exclude and (h == word or word in h.split() or h.startswith(word)):
                    return i
        return None

    country = find(COUNTRY_WORDS)
    amount = find(AMOUNT_WORDS, exclude=country)
    return country, amount


def _amount(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip()
    if not text:
        return None
    for lang in ("nl", "en"):
        number = parse_number(text, lang)
        if number is not None:
            return number
    return None


def aggregate(rows: list[list[Any]], country_col: int, amount_col: int) -> Aggregate:
    """Sum the purchase amounts per country; report every row that cannot be used."""
    out = Aggregate()
    index = _country_index()
    for i, row in enumerate(rows, start=2):
        raw_country = row[country_col] if country_col < len(row) else None
        raw_amount = row[amount_col] if amount_col < len(row) else None
        if raw_country in (None, "") or not str(raw_country).strip():
            out.skipped.append(Skipped(i, "empty_country"))
            continue
        code = match_country(raw_country, index)
        if code is None:
            out.skipped.append(Skipped(i, "unknown_country", str(raw_country)[:40]))
            continue
        if raw_amount in (None, ""):
            out.skipped.append(Skipped(i, "no_amount"))
            continue
        amount = _amount(raw_amount)
        if amount is None:
            out.skipped.append(Skipped(i, "bad_amount", str(raw_amount)[:40]))
            continue
        if amount < 0:
            out.skipped.append(Skipped(i, "negative_amount", str(raw_amount)[:40]))
            continue
        out.amounts[code] = out.amounts.get(code, 0.0) + amount
        out.rows_used += 1
    return out


def supplier_rows(agg: Aggregate, existing: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Supplier rows for the case, largest first, keeping the critical flags already given."""
    known = {r.get("country"): r for r in existing if isinstance(r, dict)}
    rows = []
    for code, share in sorted(agg.shares().items(), key=lambda kv: -kv[1]):
        row: dict[str, Any] = {"country": code, "share": round(share, 4)}
        old = known.get(code, {})
        row["critical"] = bool(old.get("critical", False))
        if old.get("alternative_weeks") is not None:
            row["alternative_weeks"] = old["alternative_weeks"]
        rows.append(row)
    return rows
