"""What the Invoer sheet shows, read back, and where it differs from the case inside.

The Invoer sheet (:mod:`core.report.sheet_inputs`) names each value's field in its last
column, so a program can read back what a person sees, also after they edited a cell
in Excel or LibreOffice. Values are read as those programs save them: numbers as
numbers (a euro amount, a percentage as its fraction), yes/no and choices as their
words in either language, countries by code or by name. What cannot be read that way
is kept as typed, so that validation names the field (``company.annual_revenue_eur:
'twee miljoen' is geen getal``) instead of it being dropped.
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass
from typing import Any

from core.fmt import number
from core.inputs.text_safety import excerpt
from core.reference.countries import countries, country_name
from core.report.texts import CLUSTER_NAMES, DISTANCING_NAMES, SECTOR_NAMES, t

Cells = dict[int, dict[int, Any]]  # row -> column -> value, 1-based
FIELD_COL = 6  # the Invoer sheet's column naming each value's field (sheet_inputs writes it)
LANGS = ("nl", "en")

_BOOLEAN = {
    "company.startup_or_scaleup",
    "finance.export_contracts_over_200k",
    "finance.has_innovation_credit",
    "finance.sde_project_deadline_2020",
}
_TEXT = {"company.name", "company.kvk"}
_SHARES = {"purchasing.share_of_revenue"}
_WORDS_NONE = {t("not_given", lang).lower() for lang in LANGS} | {"", "–", "-"}
_CODE = re.compile(r"\(([a-z_]+)\)\s*$")


@dataclass(frozen=True)
class Difference:
    """A field whose visible value on the Invoer sheet differs from the case inside."""

    field: str
    sheet_nl: str  # the values as people read them
    sheet_en: str
    case_nl: str
    case_en: str


def _words(table: dict[str, tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for code, pair in table.items():
        out[code.lower()] = code
        for word in pair:
            out[word.lower()] = code
    return out


def _choice(value: Any, table: dict[str, tuple[str, str]]) -> Any:
    """``Gebouwde omgeving (gebouwde_omgeving)``, ``Metaal`` or ``metaal`` -> the code."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    found = _CODE.search(text)
    if found and found.group(1) in table:
        return found.group(1)
    return _words(table).get(text.lower(), text)


def _boolean(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, str):
        return value
    text = value.strip().lower()
    if text in _WORDS_NONE:
        return None
    if text in {t("yes", lang) for lang in LANGS} | {"true", "waar"}:
        return True
    if text in {t("no", lang) for lang in LANGS} | {"false", "onwaar"}:
        return False
    return value


def _number(value: Any, lang: str) -> Any:
    """A number cell as it is; text as Excel would have read it in ``lang``, else as typed."""
    if isinstance(value, bool) or not isinstance(value, str):
        return value
    text = value.strip().replace("\u00a0", " ")
    if text.lower() in _WORDS_NONE:
        return None
    percent = text.endswith("%")
    digits = text.removesuffix("%").replace("€", "").replace(" ", "")
    thousands, decimal = (".", ",") if lang == "nl" else (",", ".")
    digits = digits.replace(thousands, "").replace(decimal, ".")
    try:
        parsed = float(digits)
    except ValueError:
        return value  # kept as typed: validation names the field
    if not math.isfinite(parsed):
        return value
    return parsed / 100 if percent else parsed


def _text(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return None if text.strip().lower() in _WORDS_NONE else text


def _text_as_is(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _kvk(value: Any) -> Any:
    """A KvK number retyped in Excel becomes a number and loses its leading zero."""
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1e8:
        return f"{int(value):08d}"
    return _text(value)


def _scalar(field: str, value: Any, lang: str) -> Any:
    if field == "company.kvk":
        return _kvk(value)
    if field == "company.name":  # never "not given": a name like '-' is a name
        return None if value is None else _text_as_is(value)
    if field in _TEXT:
        return _text(value)
    if field in _BOOLEAN:
        return _boolean(value)
    if field == "company.sector":
        return _choice(value, SECTOR_NAMES)
    if field == "staff.distancing_possible":
        return _choice(value, DISTANCING_NAMES)
    if field == "company.clusters":
        if value is None or (
            isinstance(value, str) and value.strip().lower() in {t("none", x) for x in LANGS} | {""}
        ):
            return []
        if not isinstance(value, str):
            return value  # a number where the clusters were: validation names it
        return [_choice(part, CLUSTER_NAMES) for part in value.split(",") if part.strip()]
    return _number(value, lang)


def _country_codes() -> dict[str, str]:
    index: dict[str, str] = {}
    for c in countries().values():
        index[c.nl.lower()] = c.code
        index[c.en.lower()] = c.code
    return index


def _country(name: Any, code: Any, was: str | None, lang: str) -> Any:
    """The country a row shows: its code if that was changed, else its name if that was."""
    code_text = code.strip().upper() if isinstance(code, str) else code
    if code_text not in (None, "") and code_text != was:
        return code_text
    if isinstance(name, str) and name.strip():
        by_name = _country_codes().get(name.strip().lower())
        if by_name is not None:
            return by_name
        if was is None or name.strip() != country_name(was, lang):
            return name.strip()  # an unknown name: validation names the field
    return code_text if code_text not in (None, "") else was


def _table_rows(cells: Cells, header_field: str, lang: str) -> list[dict[int, Any]]:
    """The rows of a table from its header (named in the field column) to its totals."""
    starts = [r for r, row in cells.items() if row.get(FIELD_COL) == header_field]
    if not starts:
        return []
    ends = {t("total", x) for x in LANGS} | {t("unspecified", x) for x in LANGS}
    rows: list[dict[int, Any]] = []
    for r in sorted(k for k in cells if k > starts[0]):
        row = cells[r]
        if row.get(1) in ends or (isinstance(row.get(FIELD_COL), str) and "[i]" in row[FIELD_COL]):
            break
        if any(row.get(c) not in (None, "") for c in range(1, 6)):
            rows.append(row)
    return rows


def visible_case(cells: Cells, raw: dict[str, Any], lang: str) -> dict[str, Any]:
    """``raw`` (the case inside, as JSON) with every value the Invoer sheet shows put in."""
    out = copy.deepcopy(raw)
    for row in cells.values():
        field = row.get(FIELD_COL)
        if not isinstance(field, str) or "[" in field or "." not in field:
            continue
        section, key = field.split(".", 1)
        if section not in (
            "company",
            "order_book",
            "purchasing",
            "staff",
            "finance",
            "assumptions",
        ):
            continue
        value = _scalar(field, row.get(2), lang)
        part = out.setdefault(section, {})
        if not isinstance(part, dict):
            continue
        if value is None:
            part.pop(key, None)
        else:
            part[key] = value
    given = raw.get("sales")
    sales: list[Any] = given if isinstance(given, list) else []
    out["sales"] = [
        {
            "country": _country(row.get(1), row.get(2), _at(sales, i, "country"), lang),
            "share": _number(row.get(3), lang),
        }
        for i, row in enumerate(_table_rows(cells, "sales[i]: country, share", lang))
    ]
    suppliers = (raw.get("purchasing") or {}).get("suppliers") or []
    header = "purchasing.suppliers[i]: country, share, critical, alternative_weeks"
    rows = []
    for i, row in enumerate(_table_rows(cells, header, lang)):
        item: dict[str, Any] = {
            "country": _country(row.get(1), row.get(2), _at(suppliers, i, "country"), lang),
            "share": _number(row.get(3), lang),
            "critical": _boolean(row.get(4)),
        }
        weeks = _number(row.get(5), lang)
        if weeks is not None:
            item["alternative_weeks"] = weeks
        if item["critical"] is None:
            item["critical"] = False
        rows.append(item)
    if isinstance(out.get("purchasing"), dict):
        out["purchasing"]["suppliers"] = rows
    return out


def _at(rows: list[Any], i: int, key: str) -> str | None:
    if i < len(rows) and isinstance(rows[i], dict) and isinstance(rows[i].get(key), str):
        return str(rows[i][key])
    return None


def _flat(value: Any, path: str, out: dict[str, Any]) -> dict[str, Any]:
    if isinstance(value, dict):
        for key, item in value.items():
            _flat(item, f"{path}.{key}" if path else str(key), out)
    elif isinstance(value, list) and not path.endswith("clusters"):
        for i, item in enumerate(value):
            _flat(item, f"{path}[{i}]", out)
    elif value is not None:
        out[path] = value
    return out


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, int | float) and isinstance(b, int | float):
        # LibreOffice saves 15 significant digits; a real edit changes far more.
        try:
            return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)
        except OverflowError:  # an integer of hundreds of digits
            return bool(a == b)
    return bool(a == b)


def _show(field: str, value: Any, lang: str) -> str:
    try:
        return _shown(field, value, lang)
    except (ArithmeticError, ValueError):  # infinity, NaN, 400 digits: as it stands
        return excerpt(str(value), 80)


def _shown(field: str, value: Any, lang: str) -> str:
    if value is None:
        return t("not_given", lang)
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if isinstance(value, int | float):
        share = field in _SHARES or field.endswith(".share")
        return f"{number(value * 100, lang, 2)}%" if share else number(value, lang, 4)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or t("none", lang)
    if field.endswith(".country") and str(value) in countries():
        return f"{country_name(str(value), lang)} ({value})"
    return repr(excerpt(str(value), 80))


def differences(raw: dict[str, Any], shown: dict[str, Any]) -> list[Difference]:
    """Each field whose value on the sheet is not the case's, in the sheet's order."""
    inside, seen = _flat(raw, "", {}), _flat(shown, "", {})
    out: list[Difference] = []
    for field in list(inside) + [f for f in seen if f not in inside]:
        a, b = inside.get(field), seen.get(field)
        if not _same(a, b):
            out.append(
                Difference(
                    field,
                    _show(field, b, "nl"),
                    _show(field, b, "en"),
                    _show(field, a, "nl"),
                    _show(field, a, "en"),
                )
            )
    return out
