"""Calendar months as integers (year * 12 + month - 1), shown as ``YYYY-MM``."""

from __future__ import annotations

import datetime as dt
from functools import cache

NL_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@cache
def parse_month(text: str) -> int:
    """``'2020-03'`` -> month ordinal; raises ValueError for anything else."""
    year_s, month_s = text.split("-")
    year, month = int(year_s), int(month_s)
    if not (1 <= month <= 12 and 1900 <= year <= 2200):
        raise ValueError(f"not a month: {text!r}")
    return year * 12 + month - 1


@cache
def month_label(ordinal: int) -> str:
    return f"{ordinal // 12:04d}-{ordinal % 12 + 1:02d}"


def month_name(ordinal: int, lang: str = "nl") -> str:
    """Short human form: ``mrt 2020`` / ``Mar 2020``."""
    names = NL_MONTHS if lang == "nl" else EN_MONTHS
    return f"{names[ordinal % 12]} {ordinal // 12}"


def month_range_name(first: int, last: int, lang: str = "nl") -> str:
    """``mrt–mei 2020``, or ``nov 2021 – jan 2022`` across a year (spaced, as the
    parts contain spaces)."""
    names = NL_MONTHS if lang == "nl" else EN_MONTHS
    if first // 12 == last // 12:
        return f"{names[first % 12]}–{names[last % 12]} {first // 12}"
    return f"{month_name(first, lang)} – {month_name(last, lang)}"


def month_of(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def month_start(ordinal: int) -> dt.date:
    return dt.date(ordinal // 12, ordinal % 12 + 1, 1)
