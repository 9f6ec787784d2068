"""Checks of single fields and country tables, shared by the sections of a case.

Every check adds a :class:`~core.inputs.problems.Problem` naming the field and what is
expected (nl and en) and returns the value, or None when it is missing or wrong.
"""

from __future__ import annotations

import json
import math
from typing import Any

from core.fmt import number, pct
from core.inputs.json_input import LongNumber
from core.inputs.limits import MAX_ROWS, MAX_TEXT
from core.inputs.problems import Problem
from core.inputs.text_safety import bad_character, excerpt
from core.reference.countries import is_known

SHARE_TOLERANCE = 0.005


class FieldChecker:
    """Collects problems while checking fields; each check returns the value or None."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def errors(self) -> int:
        """How many errors so far (a section compares before and after its checks)."""
        return sum(p.severity == "error" for p in self.problems)

    def add(self, field: str, nl: str, en: str, severity: str = "error") -> None:
        self.problems.append(Problem(field, nl, en, severity))

    def obj(self, raw: Any, field: str, required: bool = True) -> dict[str, Any] | None:
        if raw is None:
            if required:
                self.add(field, "ontbreekt; verwacht een sectie", "is missing; expected a section")
            return None
        if not isinstance(raw, dict):
            self.add(field, "verwacht een sectie (object)", "expected a section (object)")
            return None
        return raw

    def number(
        self,
        d: dict[str, Any],
        key: str,
        field: str,
        lo: float,
        hi: float,
        *,
        required: bool = True,
        integer: bool = False,
        unit_nl: str = "",
        unit_en: str = "",
    ) -> float | None:
        f = f"{field}.{key}"
        v = d.get(key)
        kind_nl = "een geheel getal" if integer else "een getal"
        kind_en = "a whole number" if integer else "a number"

        def ranges() -> tuple[str, str]:
            # Written out only for a message: a valid number formats nothing (every edit
            # validates the whole case, issue 23).
            return (
                f" van {number(lo, 'nl', 4)} tot en met {number(hi, 'nl', 4)}{unit_nl}",
                f" from {number(lo, 'en', 4)} to {number(hi, 'en', 4)}{unit_en}",
            )

        if v is None:
            if required:
                rng_nl, rng_en = ranges()
                self.add(
                    f,
                    f"ontbreekt; verwacht {kind_nl}{rng_nl}",
                    f"is missing; expected {kind_en}{rng_en}",
                )
            return None
        if isinstance(v, LongNumber):
            rng_nl, rng_en = ranges()
            self.add(
                f,
                f"een getal van {v.digits()} cijfers is te groot; verwacht {kind_nl}{rng_nl}",
                f"a number of {v.digits()} digits is too large; expected {kind_en}{rng_en}",
            )
            return None
        if isinstance(v, int) and not isinstance(v, bool) and not -1e300 < v < 1e300:
            v = math.inf if v > 0 else -math.inf  # beyond any range; a float cannot hold it
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
            rng_nl, rng_en = ranges()
            self.add(
                f,
                f"{show(v)} is geen getal; verwacht {kind_nl}{rng_nl}",
                f"{show(v)} is not a number; expected {kind_en}{rng_en}",
            )
            return None
        if integer and v != int(v):
            self.add(
                f,
                f"{number(v, 'nl', 4)} is geen geheel getal",
                f"{number(v, 'en', 4)} is not a whole number",
            )
            return None
        if not lo <= v <= hi:
            rng_nl, rng_en = ranges()
            self.add(
                f,
                f"{number(v, 'nl', 4)} valt buiten het bereik; verwacht{rng_nl}",
                f"{number(v, 'en', 4)} is out of range; expected{rng_en}",
            )
            return None
        return float(v)

    def boolean(
        self, d: dict[str, Any], key: str, field: str, *, required: bool = True
    ) -> bool | None:
        v = d.get(key)
        if v is None:
            if required:
                self.add(
                    f"{field}.{key}",
                    "ontbreekt; verwacht ja of nee (true/false)",
                    "is missing; expected true or false",
                )
            return None
        if not isinstance(v, bool):
            self.add(
                f"{field}.{key}",
                f"{show(v)} is geen ja/nee; verwacht true of false",
                f"{show(v)} is not a yes/no; expected true or false",
            )
            return None
        return v

    def choice(
        self, d: dict[str, Any], key: str, field: str, options: tuple[str, ...]
    ) -> str | None:
        v = d.get(key)
        listed = ", ".join(options)
        if v is None:
            self.add(
                f"{field}.{key}",
                f"ontbreekt; verwacht een van: {listed}",
                f"is missing; expected one of: {listed}",
            )
            return None
        if v not in options:
            self.add(
                f"{field}.{key}",
                f"{show(v)} is onbekend; verwacht een van: {listed}",
                f"{show(v)} is not known; expected one of: {listed}",
            )
            return None
        return str(v)

    def text(
        self, d: dict[str, Any], key: str, field: str, what_nl: str, what_en: str
    ) -> str | None:
        """A one-line text of at most :data:`MAX_TEXT` characters, or None (and a problem)."""
        f = f"{field}.{key}"
        v = d.get(key)
        if not isinstance(v, str) or not v.strip():
            self.add(f, f"ontbreekt; verwacht {what_nl}", f"is missing; expected {what_en}")
            return None
        if len(v) > MAX_TEXT:
            self.add(
                f,
                f"is {len(v)} tekens lang; ten hoogste {MAX_TEXT} mag",
                f"is {len(v)} characters long; at most {MAX_TEXT} are allowed",
            )
            return None
        bad = bad_character(v)
        if bad is not None:
            self.add(
                f,
                f"bevat het teken {bad} (een stuurteken of ongeldig teken); verwacht gewone tekst op één regel",
                f"contains the character {bad} (a control or invalid character); expected plain text on one line",
            )
            return None
        return v


def show(v: Any) -> str:
    """A short, escaped, one-line excerpt of a value as it was in the file."""
    if isinstance(v, LongNumber):
        return f"<{v.digits()} digits>"
    if isinstance(v, str):
        text = repr(v[:60])
    else:
        try:
            text = json.dumps(v, ensure_ascii=False)
        except (ValueError, TypeError, RecursionError):
            text = f"<{type(v).__name__}>"
    return excerpt(text, 40)


def country_rows(
    ck: FieldChecker, raw: Any, field: str, *, suppliers: bool
) -> list[dict[str, Any]]:
    """Check a list of country rows; returns the rows that are fully valid."""
    if raw is None:
        ck.add(
            field,
            "ontbreekt; verwacht een lijst van landen",
            "is missing; expected a list of countries",
        )
        return []
    if not isinstance(raw, list):
        ck.add(field, "verwacht een lijst van landen", "expected a list of countries")
        return []
    if too_many_rows(ck, raw, field):
        return []
    good: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for i, row in enumerate(raw):
        f = f"{field}[{i}]"
        d = ck.obj(row, f)
        if d is None:
            continue
        n_before = len(ck.problems)
        code = d.get("country")
        if not isinstance(code, str) or not code:
            ck.add(
                f"{f}.country",
                "ontbreekt; verwacht een ISO-landcode zoals NL of DE",
                "is missing; expected an ISO country code such as NL or DE",
            )
        elif not is_known(code):
            ck.add(
                f"{f}.country",
                f"{show(code)} is geen bekende ISO-landcode (bijvoorbeeld NL, DE, CN, GB)",
                f"{show(code)} is not a known ISO country code (for example NL, DE, CN, GB)",
            )
        elif code in seen:
            ck.add(
                f"{f}.country",
                f"{code} staat al in rij {seen[code] + 1}; elk land mag één keer voorkomen",
                f"{code} is already in row {seen[code] + 1}; each country may appear once",
            )
        else:
            seen[code] = i
        share = ck.number(
            d,
            "share",
            f,
            0.0,
            1.0,
            unit_nl=" (fractie, 0,25 = 25%)",
            unit_en=" (fraction, 0.25 = 25%)",
        )
        if suppliers:
            critical = d.get("critical", False)
            if not isinstance(critical, bool):
                ck.add(
                    f"{f}.critical",
                    f"{show(critical)} is geen ja/nee; verwacht true of false",
                    f"{show(critical)} is not a yes/no; expected true or false",
                )
            ck.number(
                d,
                "alternative_weeks",
                f,
                0,
                104,
                required=critical is True,
                unit_nl=" weken",
                unit_en=" weeks",
            )
        if len(ck.problems) == n_before and share is not None:
            good.append(d)
    return good


def too_many_rows(ck: FieldChecker, raw: list[Any], field: str) -> bool:
    """Whether a table is over :data:`MAX_ROWS` (then one problem, not one per row)."""
    if len(raw) <= MAX_ROWS:
        return False
    ck.add(
        field,
        f"heeft {len(raw)} rijen; ten hoogste {MAX_ROWS} mag (er zijn zo'n 250 landen)",
        f"has {len(raw)} rows; at most {MAX_ROWS} are allowed (there are about 250 countries)",
    )
    return True


def check_total(ck: FieldChecker, rows: list[dict[str, Any]], field: str, *, exact: bool) -> float:
    """Check the shares' total; returns the factor that brings sales to exactly 100%.

    Sales within :data:`SHARE_TOLERANCE` of 100% (rounding in the user's figures) are
    accepted and then scaled to exactly 100%, so no demand path loses more than the
    whole (the forecast also floors revenue at zero). Suppliers may leave a remainder
    (purchases at home) and are returned as given (factor 1); their paths are clipped.
    """
    total = sum(float(r["share"]) for r in rows)
    if exact and abs(total - 1.0) > SHARE_TOLERANCE:
        ck.add(
            field,
            f"aandelen tellen op tot {pct(total)}, verwacht 100%",
            f"shares add up to {pct(total, 'en')}, expected 100%",
        )
    elif not exact and total > 1.0 + SHARE_TOLERANCE:
        ck.add(
            field,
            f"aandelen tellen op tot {pct(total)}, verwacht ten hoogste 100%",
            f"shares add up to {pct(total, 'en')}, expected at most 100%",
        )
    elif exact and total > 0 and abs(total - 1.0) > 1e-9:
        return 1.0 / total  # float noise below 1e-9 is left alone, so a round trip is exact
    return 1.0
