"""Numbers the way the reader expects them: Dutch ``€ 1.234.567`` and ``12,5%``,
English ``€1,234,567`` and ``12.5%``. Formatting rules come from CLDR through Babel."""

from __future__ import annotations

from babel.numbers import format_decimal, format_percent

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def _locale(lang: str) -> str:
    return _LOCALES.get(lang, "nl_NL")


def eur(amount: float, lang: str = "nl") -> str:
    """Whole euros: ``€ 1.234.567`` (nl), ``€1,234,567`` (en); negatives ``-€ 1.234``."""
    text = format_decimal(abs(round(amount)), format="#,##0", locale=_locale(lang))
    sign = "-" if round(amount) < 0 else ""
    return f"{sign}€ {text}" if lang == "nl" else f"{sign}€{text}"


def pct(fraction: float, lang: str = "nl", decimals: int = 1) -> str:
    """``12,5%`` (nl) / ``12.5%`` (en); whole numbers drop the decimal (``20%``)."""
    value = round(fraction * 100, decimals)
    fmt = "#,##0%" if value == int(value) else "#,##0." + "0" * decimals + "%"
    return str(format_percent(fraction, format=fmt, locale=_locale(lang)))


def number(value: float, lang: str = "nl", decimals: int = 1) -> str:
    fmt = "#,##0" if decimals == 0 else "#,##0." + "#" * decimals
    return str(format_decimal(value, format=fmt, locale=_locale(lang)))
