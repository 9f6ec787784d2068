"""Read a supplier list (CSV or Excel: one row per supplier with its country and
purchase amount) and aggregate it per country. Pure Python, no Qt.

Every row that cannot be used is reported with its row number and why, never
silently dropped. openpyxl is imported only for Excel files.
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
    with zipfile.ZipFile(path) as zf:
        if sum(info.file_size for info in zf.infolist()) > MAX_UNCOMPRESSED:
            raise ImportFileError("too_big")
    import openpyxl  # only now: it costs start-up time

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        rows = []
        for row in ws.iter_rows(values_only=True):
            if any(v not in (None, "") for v in row):
                rows.append(list(row))
                if len(rows) - 1 > MAX_ROWS:
                    raise _too_many()
    finally:
        wb.close()
    if not rows:
        raise ImportFileError("empty")
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
