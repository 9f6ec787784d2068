"""Names and the "as of" date from the measures catalogue, when it is there.

The catalogue is written alongside the report; the workbook must still be written
when it is missing or incomplete, so every lookup falls back to something readable.
"""

from __future__ import annotations

import datetime as dt
from typing import Any


def _catalogue() -> Any:
    try:
        import core.reference.catalogue as catalogue
    except ImportError:
        return None
    return catalogue


def measure_name(measure_id: str, lang: str) -> str:
    """The measure's name in ``lang``, or its id if the catalogue does not know it."""
    cat = _catalogue()
    if cat is None:
        return measure_id
    try:
        return str(cat.measure(measure_id).name(lang))
    except (KeyError, ValueError, TypeError, AttributeError, OSError):
        return measure_id


def catalogue_as_of(from_result: str | None) -> dt.date | str | None:
    """The catalogue date: the result's own, else the catalogue's, else None.

    A date that does not parse is returned as text rather than dropped.
    """
    if from_result:
        try:
            return dt.date.fromisoformat(from_result)
        except ValueError:
            return from_result
    cat = _catalogue()
    if cat is None:
        return None
    try:
        value = cat.as_of()
    except (KeyError, ValueError, TypeError, AttributeError, OSError):
        return None
    return value if isinstance(value, dt.date) else None
