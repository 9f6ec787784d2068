"""Numbers the way the user reads them: ``€ 1.234.567`` and ``12,5%`` in Dutch.

Pure Python (no Qt) so it is cheap to import and easy to test. Parsing accepts what a
person types: Dutch or English separators, a euro sign, spaces, a percent sign.
"""

from __future__ import annotations

import math
import re

NBSP = "\u00a0"


def nbsp_euro(text: str) -> str:
    """Core's texts write "€ 1.234"; on screen the euro sign stays with its number."""
    return text.replace("€ ", "€" + NBSP)


def _group(digits: str, sep: str) -> str:
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


def number(value: float, lang: str = "nl", decimals: int = 0) -> str:
    """``1234567.5`` -> ``1.234.567,5`` (nl) or ``1,234,567.5`` (en)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    thousands, point = (".", ",") if lang == "nl" else (",", ".")
    text = f"{abs(value):.{decimals}f}"
    whole, _, frac = text.partition(".")
    sign = "-" if value < 0 and float(text) != 0 else ""
    body = _group(whole, thousands)
    return f"{sign}{body}{point}{frac}" if frac else f"{sign}{body}"


def plain(value: float, lang: str = "nl", max_decimals: int = 2) -> str:
    """A number with only the decimals it needs (``4,5``; ``12``; ``1.250``)."""
    for d in range(max_decimals + 1):
        if abs(round(value, d) - value) < 1e-9:
            return number(value, lang, d)
    return number(value, lang, max_decimals)


def money(value: float | None, lang: str = "nl") -> str:
    """``€ 1.234.567`` / ``-€ 1.234`` (nl), ``€1,234,567`` / ``-€1,234`` (en); the Dutch
    space is non-breaking, so "€" never wraps onto a line of its own."""
    if value is None:
        return "–"
    space = NBSP if lang == "nl" else ""
    sign = "-" if round(value) < 0 else ""
    return f"{sign}€{space}{number(abs(value), lang, 0)}"


def percent(fraction: float | None, lang: str = "nl", decimals: int = 1) -> str:
    """``0.125`` -> ``12,5%``; trailing ``,0`` dropped (``0.5`` -> ``50%``)."""
    if fraction is None:
        return "–"
    v = fraction * 100
    text = number(v, lang, decimals)
    zero = ("," if lang == "nl" else ".") + "0" * decimals
    if decimals and text.endswith(zero):
        text = text[: -len(zero)]
    return f"{text}%"


_JUNK = re.compile(r"[€%\s\u00a0\u202f]|eur|EUR")


def parse_number(text: str, lang: str = "nl") -> float | None:
    """What the user typed as a number, or ``None`` if it is not one.

    ``1.234.567`` and ``12,5`` in Dutch; ``1,234,567`` and ``12.5`` in English; a
    single separator followed by exactly three digits is read as a thousands
    separator only when it matches the language (``1.250`` is 1250 in Dutch).
    """
    t = _JUNK.sub("", text.strip())
    if not t:
        return None
    neg = t.startswith("-")
    t = t.lstrip("+-")
    thousands, point = (".", ",") if lang == "nl" else (",", ".")
    grouped = r"\d{1,3}(" + re.escape(thousands) + r"\d{3})+"
    if not re.fullmatch(r"[0-9.,]+", t) or not any(ch.isdigit() for ch in t):
        return None
    if point in t:
        whole, _, frac = t.rpartition(point)
        if thousands in frac or point in whole:
            return None
        if thousands in whole and not re.fullmatch(grouped, whole):
            return None
        whole = whole.replace(thousands, "")
        value = float(f"{whole or '0'}.{frac or '0'}")
    elif thousands in t:
        if re.fullmatch(grouped, t):
            value = float(t.replace(thousands, ""))
        elif t.count(thousands) == 1:
            # "4.5" in Dutch: the user clearly meant a decimal point.
            value = float(t.replace(thousands, "."))
        else:
            return None
    else:
        value = float(t)
    return -value if neg else value
