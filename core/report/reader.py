"""Read an exported Herstelscan workbook back as a case, safely.

A workbook may come from anyone (a colleague, the accountant, an e-mail), so before
a byte of XML is parsed the zip is checked: its declared uncompressed size and number
of parts must be modest (a zip bomb is refused in milliseconds). openpyxl is not used
to read: :mod:`core.report.reader_xml` follows the workbook part's relationships to
the data sheet and the shared strings, inflates each to at most its limit and parses
that through defusedxml (no entity expansion, no external references), so what is
parsed is bounded however the parts are placed, named or duplicated. Whatever goes wrong, the
caller gets a :class:`core.inputs.validation.CaseError` naming the file and what to do, never
a traceback; the case data then passes through :func:`core.inputs.validation.parse_case`, so
every rule of a case file applies to a workbook too.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from core.inputs.case import Case, case_to_dict
from core.inputs.json_input import parse_json_text
from core.inputs.validation import CaseError, Problem, parse_case
from core.report.machine import (
    DATA_SHEET,
    FORMAT_VERSION,
    KEY_FORMAT,
    KEY_FORMAT_VERSION,
    KEY_JSON,
    KEY_PARTS,
    MARKER,
)
from core.report.reader_xml import (
    WORKBOOK_PART,
    WORKBOOK_RELS,
    PartTooLarge,
    cells,
    parse,
    read_part,
    relationships_from,
    shared_strings,
    sheet_parts,
)
from core.report.sheet_readback import (
    FIELD_COL,
    LANGS,
    Cells,
    Difference,
    differences,
    visible_case,
)
from core.report.texts import sheet_name

MAX_FILE_BYTES = 50 * 1024 * 1024  # our workbooks are about 50 KB
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
MAX_PARTS = 2_000
# Only the workbook part, its relationships, the shared strings (together at most
# MAX_OTHER_XML_BYTES, inflated) and the data sheet are parsed. Bounding what is parsed
# keeps any workbook's reading near a second and under 100 MB (tools/bench_hostile.py). Our own workbooks hold
# under 60 kB of shared parts and a data sheet of a few kB (60 kB for 300 countries).
MAX_DATA_SHEET_BYTES = 256 * 1024
MAX_OTHER_XML_BYTES = 512 * 1024
MAX_DATA_ROWS = 200  # marker rows plus the case JSON, at most 1 MB (core.inputs.limits)
# The Invoer sheet, read to compare what it shows with the case inside: 300 suppliers
# and 300 sales rows make some 700 rows and 250 kB.
MAX_INPUT_SHEET_BYTES = 1024 * 1024
MAX_INPUT_ROWS = 1_000


def _fail(where: str, nl: str, en: str) -> CaseError:
    return CaseError([Problem(where, nl, en)])


def _not_ours(where: str) -> CaseError:
    return _fail(
        where,
        "dit is geen Herstelscan-werkmap (de verborgen casusgegevens ontbreken). Open een "
        "werkmap die Herstelscan heeft gemaakt, of een casusbestand (.herstelscan.json).",
        "this is not a Herstelscan workbook (the hidden case data is missing). Open a "
        "workbook that Herstelscan made, or a case file (.herstelscan.json).",
    )


def _check_zip(path: Path, where: str) -> None:
    """Refuse what is not a modest zip before any XML is parsed."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _fail(where, "bestand niet gevonden", "file not found") from None
    except OSError as exc:
        raise _fail(
            where,
            f"kan het bestand niet lezen ({exc.strerror or exc})",
            f"cannot read the file ({exc.strerror or exc})",
        ) from None
    if path.is_dir():
        raise _fail(where, "is een map, geen werkmap", "is a folder, not a workbook")
    if size > MAX_FILE_BYTES:
        raise _fail(
            where,
            f"het bestand is {size // 2**20} MB; een Herstelscan-werkmap is veel kleiner. Dit is geen Herstelscan-werkmap.",
            f"the file is {size // 2**20} MB; a Herstelscan workbook is far smaller. This is not a Herstelscan workbook.",
        )
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise _not_xlsx(where) from None
    except OSError as exc:
        raise _fail(
            where,
            f"kan het bestand niet lezen ({exc.strerror or exc})",
            f"cannot read the file ({exc.strerror or exc})",
        ) from None
    unpacked = sum(i.file_size for i in infos)
    if len(infos) > MAX_PARTS or unpacked > MAX_UNPACKED_BYTES:
        raise _fail(
            where,
            f"uitgepakt zou dit bestand {unpacked // 2**20} MB in {len(infos)} delen zijn: te groot voor een Herstelscan-werkmap (mogelijk een zipbom). Het is niet geopend.",
            f"unpacked this file would be {unpacked // 2**20} MB in {len(infos)} parts: too large for a Herstelscan workbook (possibly a zip bomb). It was not opened.",
        )
    if WORKBOOK_PART not in {i.filename for i in infos}:
        raise _fail(
            where,
            "is geen Excel-werkmap (.xlsx): het werkmapdeel ontbreekt.",
            "is not an Excel workbook (.xlsx): the workbook part is missing.",
        )


def _not_xlsx(where: str) -> CaseError:
    return _fail(
        where,
        "is geen (onbeschadigde) Excel-werkmap (.xlsx). Een oud .xls-bestand of een werkmap met een wachtwoord kan Herstelscan niet lezen.",
        "is not an (undamaged) Excel workbook (.xlsx). Herstelscan cannot read an old .xls file or a password-protected workbook.",
    )


def _unsafe(where: str) -> CaseError:
    return _fail(
        where,
        "de werkmap bevat onveilige XML (entiteiten of externe verwijzingen) en is niet geopend.",
        "the workbook contains unsafe XML (entities or external references) and was not opened.",
    )


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def _too_large(where: str, exc: PartTooLarge, data_sheet: str | None) -> CaseError:
    if exc.limit == MAX_INPUT_SHEET_BYTES:
        return _fail(
            where,
            f"het blad Invoer is uitgepakt meer dan {_mb(exc.limit)}; ten hoogste zoveel wordt gelezen (een Herstelscan-werkmap heeft er een paar tientallen kB). Het is niet geopend.",
            f"the Inputs sheet unpacks to more than {_mb(exc.limit)}; no more is read (a Herstelscan workbook has some tens of kB). It was not opened.",
        )
    if exc.name == data_sheet:
        return _fail(
            where,
            f"het blad met de casusgegevens is uitgepakt meer dan {_mb(exc.limit)}; ten hoogste zoveel wordt gelezen (een Herstelscan-werkmap heeft een paar kB). Het is niet geopend.",
            f"the sheet with the case data unpacks to more than {_mb(exc.limit)}; no more is read (a Herstelscan workbook has a few kB). It was not opened.",
        )
    return _fail(
        where,
        f"de gedeelde delen van de werkmap (werkmapdeel, relaties, teksten) zijn uitgepakt meer dan {_mb(MAX_OTHER_XML_BYTES)}; ten hoogste zoveel wordt gelezen. Dit is geen Herstelscan-werkmap; het is niet geopend.",
        f"the workbook's shared parts (workbook part, relationships, strings) unpack to more than {_mb(MAX_OTHER_XML_BYTES)}; no more is read. This is not a Herstelscan workbook; it was not opened.",
    )


class _Budget:
    """The shared parts are read from one allowance of MAX_OTHER_XML_BYTES together."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.left = MAX_OTHER_XML_BYTES

    def read(self, name: str) -> bytes:
        data = read_part(self.zf, name, self.left)
        self.left -= len(data)
        return data


class _Parts:
    """What is read of a workbook: the data sheet's first two columns and the Invoer
    sheet's cells (None when the workbook has no Invoer sheet), with its language."""

    def __init__(self, rows: list[tuple[Any, Any]], inputs: Cells | None, lang: str) -> None:
        self.rows = rows
        self.inputs = inputs
        self.lang = lang


def _input_sheet(sheets: dict[str, str]) -> tuple[str | None, str]:
    for lang in LANGS:
        part = sheets.get(sheet_name("inputs", lang))
        if part is not None:
            return part, lang
    return None, "nl"


def _data_rows(path: Path, where: str) -> _Parts:
    """The first two columns of the hidden data sheet and the cells of the Invoer sheet,
    each part bounded, via defusedxml.

    The sheets and the shared strings are found through the workbook part's
    relationships (as Excel does), never through the content types; each part is
    inflated to at most its limit before it is parsed.
    """
    from defusedxml.common import DefusedXmlException

    sheet: str | None = None
    try:
        with zipfile.ZipFile(path) as zf:
            budget = _Budget(zf)
            book = parse(budget.read(WORKBOOK_PART))
            rels = relationships_from(
                budget.read(WORKBOOK_RELS) if WORKBOOK_RELS in zf.namelist() else b""
            )
            sheets, strings_part = sheet_parts(book, rels)
            sheet = sheets.get(DATA_SHEET)
            if sheet is None or sheet not in zf.namelist():
                raise _not_ours(where)
            strings = (
                shared_strings(budget.read(strings_part))
                if strings_part is not None and strings_part in zf.namelist()
                else None
            )
            data = read_part(zf, sheet, MAX_DATA_SHEET_BYTES)
            found: dict[int, list[Any]] = {}
            for row, col, value in cells(data, strings, MAX_DATA_ROWS, 2):
                found.setdefault(row, [None, None])[col - 1] = value
            rows = [(found[r][0], found[r][1]) for r in sorted(found)]
            inputs_part, lang = _input_sheet(sheets)
            inputs: Cells | None = None
            if inputs_part is not None and inputs_part in zf.namelist():
                sheet = inputs_part
                shown = read_part(zf, inputs_part, MAX_INPUT_SHEET_BYTES)
                inputs = {}
                for row, col, value in cells(shown, strings, MAX_INPUT_ROWS, FIELD_COL):
                    inputs.setdefault(row, {})[col] = value
            return _Parts(rows, inputs, lang)
    except CaseError:
        raise
    except PartTooLarge as exc:
        raise _too_large(where, exc, sheet) from None
    except DefusedXmlException:
        raise _unsafe(where) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError):
        raise _not_xlsx(where) from None
    except Exception as exc:  # any damage inside an untrusted file is a message, not a crash
        if _caused_by(exc, DefusedXmlException):
            raise _unsafe(where) from None
        raise _fail(
            where,
            f"de werkmap is beschadigd en kan niet worden gelezen ({type(exc).__name__}).",
            f"the workbook is damaged and cannot be read ({type(exc).__name__}).",
        ) from None


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """Whether ``kind`` is anywhere in the chain."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _payload(rows: list[tuple[Any, Any]], where: str) -> str:
    values: dict[str, Any] = {}
    parts: list[str] = []
    for key, value in rows:
        if key == KEY_JSON:
            parts.append(value if isinstance(value, str) else "")
        elif isinstance(key, str) and key not in values:
            values[key] = value
    if values.get(KEY_FORMAT) != MARKER:
        raise _not_ours(where)
    version = values.get(KEY_FORMAT_VERSION)
    if (
        isinstance(version, bool)
        or not isinstance(version, int | float)
        or not 1 <= version <= 1_000_000  # also NaN, infinity and 400-digit integers
    ):
        raise _fail(
            where,
            "de werkmap is beschadigd: het formaatnummer van de casusgegevens ontbreekt.",
            "the workbook is damaged: the format number of the case data is missing.",
        )
    if version > FORMAT_VERSION:
        raise _fail(
            where,
            f"deze werkmap is gemaakt met een nieuwere Herstelscan (werkmapformaat {version:g}); deze versie leest tot en met {FORMAT_VERSION}. Werk Herstelscan bij om hem te openen.",
            f"this workbook was made by a newer Herstelscan (workbook format {version:g}); this version reads up to {FORMAT_VERSION}. Update Herstelscan to open it.",
        )
    expected = values.get(KEY_PARTS)
    if not parts or expected != len(parts) or not all(parts) or isinstance(expected, bool):
        raise _fail(
            where,
            "de werkmap is beschadigd: de casusgegevens zijn onvolledig. Open het casusbestand of maak de werkmap opnieuw.",
            "the workbook is damaged: the case data is incomplete. Open the case file or write the workbook again.",
        )
    return "".join(parts)


TRUST = ("sheet", "case")


class EditedWorkbook(CaseError):
    """The Invoer sheet shows other values than the case inside (edited in Excel or
    LibreOffice): one problem per differing field, with both values; ``differences``
    holds them for a caller that lets the user choose."""

    def __init__(self, where: str, differences: list[Difference]) -> None:
        super().__init__(
            [
                Problem(
                    d.field,
                    f"op het blad Invoer staat {d.sheet_nl}, in de casus in de werkmap {d.case_nl}",
                    f"the Inputs sheet shows {d.sheet_en}, the case inside the workbook holds {d.case_en}",
                )
                for d in differences
            ]
        )
        self.where = where
        self.differences = differences


def read_case_from_workbook(path: Path, trust: str | None = None) -> Case:
    """The case stored in a workbook written by :func:`core.report.workbook.write_workbook`.

    The values the Invoer sheet shows are compared with the case inside. Where they
    differ (a cell edited in Excel or LibreOffice), :class:`EditedWorkbook` is raised,
    naming each field, unless ``trust`` says which to use: ``"case"`` the case inside,
    ``"sheet"`` the visible values, parsed and validated like any input.

    Raises :class:`core.inputs.validation.CaseError` for anything else: a missing or unreadable
    file, a damaged or oversized zip, unsafe XML, a workbook Herstelscan did not write,
    a newer format, or case data that fails validation (problems name the field).
    """
    if trust not in (None, *TRUST):
        raise ValueError(f"trust must be one of {TRUST}, not {trust!r}")
    path = Path(path)
    where = str(path)
    _check_zip(path, where)
    parts = _data_rows(path, where)
    text = _payload(parts.rows, where)
    # The same limits as a case file: size, nesting, duplicate keys, long numbers.
    try:
        raw = parse_json_text(text, where)
    except CaseError as exc:
        raise CaseError(
            [
                Problem(
                    where,
                    f"de werkmap is beschadigd: de casusgegevens zijn onleesbaar ({p.nl})",
                    f"the workbook is damaged: the case data cannot be read ({p.en})",
                )
                if p.field == where
                else p
                for p in exc.problems
            ]
        ) from None
    case = parse_case(raw)
    if parts.inputs is None or trust == "case":
        return case
    inside = case_to_dict(case)
    shown = visible_case(parts.inputs, inside, parts.lang)
    if trust == "sheet":
        return parse_case(shown)
    found = differences(inside, shown)
    if found:
        raise EditedWorkbook(where, found)
    return case
