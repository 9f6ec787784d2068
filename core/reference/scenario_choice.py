"""The scenario the user chose: which ids exist, the default, and how a chosen id is
found among the scenarios of an assessment (the "starting now" variant of ``cpb2`` is
``cpb2_now``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

DEFAULT_SCENARIO = "cpb2"  # CPB's scenario II
OWN_SCENARIO = "own"  # the member's own stress test (the case's own_scenario)
STARTS = ("2020", "now", "stress")


class UnknownScenario(ValueError):
    """A scenario id the model does not have."""

    def __init__(self, chosen: str, known: Sequence[str]) -> None:
        super().__init__(f"unknown scenario {chosen!r}; known are: {', '.join(known)}")
        self.chosen = chosen
        self.known = tuple(known)


def scenario_ids(crisis_now: bool | str | None = None) -> tuple[str, ...]:
    """The scenario ids a user can choose (``cpb2``, not ``cpb2_now``), in the data's order:
    for the 2020 start (False or "2020"), for a crisis starting now (True or "now"), for
    the stress tests of today ("stress": the library's ids and "own"), or (None) for any."""
    # Imported here: the scenarios need numpy, and the app's pages import this module
    # for ``base_id`` before the first window is painted.
    from core.reference.scenarios import scenarios_starting
    from core.reference.stress import stress_ids

    if crisis_now is None:
        starts: tuple[str, ...] = STARTS
    elif isinstance(crisis_now, bool):
        starts = ("now",) if crisis_now else ("2020",)
    else:
        starts = (crisis_now,)
    ids: list[str] = []
    for start in starts:
        if start == "stress":
            found = [*stress_ids(), OWN_SCENARIO]
        else:
            found = [
                base_id(s.id)
                for s in scenarios_starting(dt.date.today() if start == "now" else None)
            ]
        ids += [i for i in found if i not in ids]
    return tuple(ids)


def start_of(scenario_id: str) -> str | None:
    """The start a scenario id belongs to when it has only one: "stress" for a stress
    test or "own"; None for ids of the 2020 and "now" sets."""
    from core.reference.stress import stress_ids

    if scenario_id == OWN_SCENARIO or scenario_id in stress_ids():
        return "stress"
    return None


def resolve(chosen: str | None, ids: Sequence[str], *, fallback: bool = False) -> str:
    """The id in ``ids`` (an assessment's scenarios) that ``chosen`` names. A choice this
    start does not have raises :class:`UnknownScenario`, or with ``fallback`` (a choice
    saved with the case, such as the 2020 reference when the crisis starts now) gives the
    default scenario: ``cpb2``, or in a set without it (the stress tests) its first."""
    default = DEFAULT_SCENARIO
    if ids and not any(base_id(i) == DEFAULT_SCENARIO for i in ids):
        default = base_id(ids[0])  # the stress tests: the library's first
    wanted = chosen or default
    for sid in ids:
        if sid == wanted or sid == f"{wanted}_now":
            return sid
    if fallback and wanted != default:
        return resolve(None, ids)
    raise UnknownScenario(wanted, [base_id(i) for i in ids])


def base_id(scenario_id: str) -> str:
    """``cpb2_now`` -> ``cpb2``: the id a case stores, whichever start is shown."""
    return scenario_id.removesuffix("_now")
