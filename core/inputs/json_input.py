"""Read untrusted JSON text as raw case data, within limits, never raising anything else.

Refused with a :class:`~core.inputs.problems.CaseError` naming the limit or the spot: a file
over :data:`~core.inputs.limits.MAX_CASE_BYTES`, text that is not UTF-8, nesting deeper than
:data:`~core.inputs.limits.MAX_DEPTH` (checked before parsing, so the parser never recurses
deeply), invalid JSON, and a key that appears twice in one object (JSON leaves it open
which one counts; we do not guess). A UTF-8 byte-order mark, as Notepad writes it, is
accepted. Whole numbers longer than :data:`~core.inputs.limits.MAX_DIGITS` digits become a
:class:`LongNumber`, which the field checks refuse by name.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from pathlib import Path
from typing import Any

from core.inputs.limits import MAX_CASE_BYTES, MAX_DEPTH, MAX_DIGITS
from core.inputs.problems import CaseError, Problem

BOM = "\ufeff"
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


class LongNumber(str):
    """A whole number written with more digits than any field allows (kept as its text)."""

    def digits(self) -> int:
        return sum(ch.isdigit() for ch in self)


class _Object(dict[str, Any]):
    """A JSON object that remembers the keys it saw more than once."""

    duplicates: list[str]


def _pairs(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object()
    dupes: list[str] = []
    for key, value in pairs:
        if key in obj and key not in dupes:
            dupes.append(key)
        obj[key] = value
    obj.duplicates = dupes
    return obj


def _int(text: str) -> int | LongNumber:
    if len(text) > MAX_DIGITS + 1:  # the sign may take one place
        return LongNumber(text)
    return int(text)


def _fail(where: str, nl: str, en: str) -> CaseError:
    return CaseError([Problem(where, nl, en)])


def nesting_depth(text: str) -> int:
    """How deep ``[`` and ``{`` nest outside strings (a linear scan, no recursion)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    if not brackets:
        return 0
    return max(accumulate(1 if ch in "[{" else -1 for ch in brackets))


def _duplicate_problems(raw: Any, field: str, out: list[Problem]) -> None:
    # The depth is bounded before parsing, so this recursion is too.
    if isinstance(raw, dict):
        for key in getattr(raw, "duplicates", ()):
            name = f"{field}.{key}" if field else key
            out.append(
                Problem(
                    name,
                    "deze sleutel staat twee keer in hetzelfde object; laat er één staan",
                    "this key appears twice in the same object; keep one",
                )
            )
        for key, value in raw.items():
            _duplicate_problems(value, f"{field}.{key}" if field else key, out)
    elif isinstance(raw, list):
        for i, value in enumerate(raw):
            _duplicate_problems(value, f"{field}[{i}]", out)


def _plain(raw: Any) -> Any:
    """The same data in plain dicts (the duplicate bookkeeping is not part of a case)."""
    if isinstance(raw, dict):
        return {k: _plain(v) for k, v in raw.items()}
    if isinstance(raw, list):
        return [_plain(v) for v in raw]
    return raw


def parse_json_text(text: str, where: str) -> Any:
    """Parse untrusted JSON text; raises :class:`CaseError` naming ``where``."""
    if len(text) > MAX_CASE_BYTES:
        raise _fail(
            where,
            f"de tekst is langer dan {MAX_CASE_BYTES // 1024} kB, de grens voor een casus; een casus is zo'n 1 kB",
            f"the text is longer than {MAX_CASE_BYTES // 1024} kB, the limit for a case; a case is about 1 kB",
        )
    text = text.removeprefix(BOM)
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise _fail(
            where,
            f"de gegevens zijn {depth} niveaus diep genest; ten hoogste {MAX_DEPTH} mag (een casus heeft er 3)",
            f"the data is nested {depth} levels deep; at most {MAX_DEPTH} is allowed (a case has 3)",
        )
    try:
        raw = json.loads(text, object_pairs_hook=_pairs, parse_int=_int)
    except json.JSONDecodeError as exc:
        raise _fail(
            where,
            f"geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}: {exc.msg})",
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
        ) from None
    except (ValueError, RecursionError, MemoryError) as exc:
        raise _fail(
            where,
            f"geen leesbare JSON ({type(exc).__name__})",
            f"not readable JSON ({type(exc).__name__})",
        ) from None
    dupes: list[Problem] = []
    _duplicate_problems(raw, "", dupes)
    if dupes:
        raise CaseError(dupes)
    return _plain(raw)


def read_json_file(path: Path) -> Any:
    """Read a case file's raw JSON, within the limits; raises :class:`CaseError`."""
    path = Path(path)
    where = str(path)
    try:
        if path.is_dir():
            raise _fail(where, "is een map, geen casusbestand", "is a folder, not a case file")
        with path.open("rb") as fh:
            data = fh.read(MAX_CASE_BYTES + 1)
    except FileNotFoundError:
        raise _fail(where, "bestand niet gevonden", "file not found") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise _fail(
            where,
            f"kan het bestand niet lezen ({reason})",
            f"cannot read the file ({reason})",
        ) from None
    if len(data) > MAX_CASE_BYTES:
        raise _fail(
            where,
            f"het bestand is groter dan {MAX_CASE_BYTES // 1024} kB, de grens voor een casusbestand (een casus is zo'n 1 kB)",
            f"the file is larger than {MAX_CASE_BYTES // 1024} kB, the limit for a case file (a case is about 1 kB)",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _fail(
            where,
            f"is geen UTF-8-tekst (ongeldige byte op positie {exc.start}); sla het op als UTF-8",
            f"is not UTF-8 text (invalid byte at position {exc.start}); save it as UTF-8",
        ) from None
    return parse_json_text(text, where)
