"""How a value with a unit is shown: the number format and the unit's words."""

from __future__ import annotations

from core.report import styles as s

_FORMATS = {
    "x": '0.0"×"',
    "fraction": s.PCT,
    "fraction per month": s.PCT,
    "months": s.DECIMAL,
    "weeks": s.DECIMAL,
    "eur": s.EUR,
    "fte": s.DECIMAL,
    "index": s.INDEX,
}
_LABELS = {
    "x": ("factor", "factor"),
    "fraction": ("%", "%"),
    "fraction per month": ("% per maand", "% a month"),
    "months": ("maanden", "months"),
    "weeks": ("weken", "weeks"),
    "eur": ("euro", "euros"),
    "fte": ("fte", "FTE"),
    "index": ("index", "index"),
}


def unit_format(unit: str) -> str | None:
    return _FORMATS.get(unit)


def unit_label(unit: str, lang: str) -> str:
    pair = _LABELS.get(unit)
    if pair is None:
        return unit
    return pair[1] if lang == "en" else pair[0]
