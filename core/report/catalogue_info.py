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


def stale_note(from_result: str | None, generated_on: str | None, lang: str) -> str | None:
    """The workbook's warning that the catalogue may be out of date: when the day of the
    calculation is more than the catalogue's set number of months after its date
    (core.reference.catalogue.catalogue_stale); None when it is not, or cannot be told."""
    from core.fmt import date
    from core.report.texts import t

    checked = catalogue_as_of(from_result)
    cat = _catalogue()
    if not isinstance(checked, dt.date) or cat is None or not generated_on:
        return None
    try:
        today = dt.date.fromisoformat(generated_on)
        stale = bool(cat.catalogue_stale(today, checked))
        months = int(cat.stale_after_months())
    except (KeyError, ValueError, TypeError, AttributeError, OSError):
        return None
    if not stale:
        return None
    return t("catalogue_stale", lang).format(date=date(checked, lang), months=months)
