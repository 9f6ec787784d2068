"""Numbers the way the reader expects them: Dutch ``€ 1.234.567`` and ``12,5%``,
English ``€1,234,567`` and ``12.5%``.

The separators come from CLDR through Babel, looked up once per language; the
formatting itself is Python's, because Babel's per-call pattern parsing cost more
than the whole forecast.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, lru_cache

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
_zone_checked = False


def ensure_timezone() -> str | None:
    """Make sure the local time zone can be read; if ``TZ`` names something that is not
    a time zone (``TZ=/etc/hostname``), use UTC and say so in one line on stderr.

    Babel reads the local zone when ``babel.dates`` is first imported (Babel's number
    data pulls it in) and raises on a file that is not a zone file, which would end the
    program; the C library already reads such a ``TZ`` as UTC, so UTC is what the
    dates were in any case. Returns the warning, or None when the zone was fine.
    Checked once per process.
    """
    global _zone_checked
    if _zone_checked:
        return None
    _zone_checked = True
    try:
        import babel.localtime  # its import reads the local zone
    except (ValueError, OSError) as exc:
        bad = os.environ.get("TZ", "")
        os.environ["TZ"] = "UTC"
        if hasattr(time, "tzset"):
            time.tzset()
        import babel.localtime  # noqa: F401  (now UTC)

        warning = (
            f"Herstelscan: TZ={bad[:100]!r} is geen tijdzone ({type(exc).__name__}); UTC "
            "wordt gebruikt. / TZ is not a time zone; using UTC."
        )
        if sys.stderr is not None:
            try:
                sys.stderr.write(warning + "\n")
                sys.stderr.flush()
            except (OSError, ValueError):
                pass  # a closed stderr: never to stdout, which may hold a result
        return warning
    return None


#: (thousands, decimal) separator of each language: Babel's (CLDR) symbols for the locales
#: of ``_LOCALES``, written out so that formatting a number does not load Babel's locale
#: data (~0.1 s at start-up, issue 23); tests/test_fmt.py checks them against Babel
SEPARATORS = {"nl": (".", ","), "en": (",", ".")}


@cache
def _separators(lang: str) -> dict[int, str]:
    ensure_timezone()
    group, decimal = SEPARATORS.get(lang, SEPARATORS["nl"])
    return str.maketrans({",": group, ".": decimal})


def _grouped(value: float, decimals: int, lang: str) -> str:
    return f"{value:,.{decimals}f}".translate(_separators(lang))


#: Formatting is a pure function of the value's type and value, the language and the
#: decimals, and an edit formats ~800 numbers, most as the edit before (issue 23): the
#: results are kept per (type, value). ``typed``: an int and a float of equal value are
#: kept apart, so every result is exactly what the function computes for its argument.
_kept = lru_cache(maxsize=8192, typed=True)


@_kept
def eur(amount: float, lang: str = "nl") -> str:
    """Whole euros: ``€ 1.234.567`` (nl), ``€1,234,567`` (en); negatives ``-€ 1.234``."""
    whole = round(amount)
    sign = "-" if whole < 0 else ""
    text = _grouped(abs(whole), 0, lang)
    return f"{sign}€ {text}" if lang == "nl" else f"{sign}€{text}"


@_kept  # -0.0 and 0.0 share a place: both are "0%"
def pct(fraction: float, lang: str = "nl", decimals: int = 1) -> str:
    """``12,5%`` (nl) / ``12.5%`` (en); whole numbers drop the decimal (``20%``)."""
    value = round(fraction * 100, decimals)
    if value == 0:
        value = 0.0  # no "-0%"
    shown = 0 if value == int(value) else decimals
    return f"{_grouped(value, shown, lang)}%"


def pct_beside(fraction: float, threshold: float, lang: str = "nl") -> str:
    """``fraction`` as a percentage with as many decimals (up to three) as it takes not to
    read as the ``threshold`` it is compared with: ``19,97% < 20%``, never ``20% < 20%``."""
    text = pct(fraction, lang)
    for decimals in (2, 3):
        if fraction == threshold or text != pct(threshold, lang, decimals):
            break
        text = pct(fraction, lang, decimals)
    return text


def number(value: float, lang: str = "nl", decimals: int = 1) -> str:
    """Up to ``decimals`` decimals, trailing zeros dropped: ``41,5``, ``55``."""
    if value == 0:  # -0.0 is "-0", 0.0 is "0": equal keys, so never kept
        return _number(value, lang, decimals)
    return _kept_number(value, lang, decimals)


def _number(value: float, lang: str, decimals: int) -> str:
    rounded = round(value, decimals)
    text = _grouped(rounded, decimals, lang)
    if decimals > 0:
        dec = _separators(lang)[ord(".")]
        text = text.rstrip("0").rstrip(dec) if dec in text else text
    return text


_kept_number = _kept(_number)


_NL_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def date(day: dt.date, lang: str = "nl") -> str:
    """A date written out for a sentence: ``31 december 2021`` / ``31 December 2021``."""
    names = _NL_MONTHS if lang == "nl" else _EN_MONTHS
    return f"{day.day} {names[day.month - 1]} {day.year}"


def plural(count: int, one: str, many: str) -> str:
    """``1 voorstel`` / ``2 voorstellen``: the count with the right form of the noun."""
    return f"{count} {one if count == 1 else many}"


def whole_euros(amount: float) -> float:
    """Round half away from zero to whole euros, as Excel's ROUND(x, 0) does: NOW is
    decided per tranche in whole euros, and a workbook cell shows the same amount, so
    displayed parts add up to their total everywhere."""
    return float(Decimal(amount).quantize(Decimal(1), rounding=ROUND_HALF_UP))
