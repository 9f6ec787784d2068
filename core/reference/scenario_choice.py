"""The scenario the user chose: which ids exist, the default, and how a chosen id is
found among the scenarios of an assessment (the "starting now" variant of ``cpb2`` is
``cpb2_now``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

DEFAULT_SCENARIO = "cpb2"  # CPB's scenario II


class UnknownScenario(ValueError):
    """A scenario id the model does not have."""

    def __init__(self, chosen: str, known: Sequence[str]) -> None:
        super().__init__(f"unknown scenario {chosen!r}; known are: {', '.join(known)}")
        self.chosen = chosen
        self.known = tuple(known)


def scenario_ids(crisis_now: bool | None = None) -> tuple[str, ...]:
    """The scenario ids a user can choose (``cpb2``, not ``cpb2_now``), in the data's order:
    for the 2020 start, for a crisis starting now, or (None) for either."""
    # Imported here: the scenarios need numpy, and the app's pages import this module
    # for ``base_id`` before the first window is painted.
    from core.reference.scenarios import scenarios_starting

    starts = (False, True) if crisis_now is None else (crisis_now,)
    ids: list[str] = []
    for now in starts:
        for s in scenarios_starting(dt.date.today() if now else None):
            if base_id(s.id) not in ids:
                ids.append(base_id(s.id))
    return tuple(ids)


def resolve(chosen: str | None, ids: Sequence[str], *, fallback: bool = False) -> str:
    """The id in ``ids`` (an assessment's scenarios) that ``chosen`` names. A choice this
    start does not have raises :class:`UnknownScenario`, or with ``fallback`` (a choice
    saved with the case, such as the 2020 reference when the crisis starts now) gives the
    default scenario."""
    wanted = chosen or DEFAULT_SCENARIO
    for sid in ids:
        if sid == wanted or sid == f"{wanted}_now":
            return sid
    if fallback and wanted != DEFAULT_SCENARIO:
        return resolve(None, ids)
    raise UnknownScenario(wanted, [base_id(i) for i in ids])


def base_id(scenario_id: str) -> str:
    """``cpb2_now`` -> ``cpb2``: the id a case stores, whichever start is shown."""
    return scenario_id.removesuffix("_now")
