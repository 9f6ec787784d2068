"""The scenario the user chose: which ids exist, the default, and how a chosen id is
found among the scenarios of an assessment (the "starting now" variant of ``cpb2`` is
``cpb2_now``)."""

from __future__ import annotations

from collections.abc import Sequence

from core.scenarios import scenarios_starting

DEFAULT_SCENARIO = "cpb2"  # CPB's scenario II


class UnknownScenario(ValueError):
    """A scenario id the model does not have."""

    def __init__(self, chosen: str, known: Sequence[str]) -> None:
        super().__init__(f"unknown scenario {chosen!r}; known are: {', '.join(known)}")
        self.chosen = chosen
        self.known = tuple(known)


def scenario_ids() -> tuple[str, ...]:
    """Every scenario id the model has, in its order (read from the data)."""
    return tuple(s.id for s in scenarios_starting(None))


def resolve(chosen: str | None, ids: Sequence[str]) -> str:
    """The id in ``ids`` (an assessment's scenarios) that ``chosen`` names."""
    wanted = chosen or DEFAULT_SCENARIO
    for sid in ids:
        if sid == wanted or sid == f"{wanted}_now":
            return sid
    raise UnknownScenario(wanted, scenario_ids())


def base_id(scenario_id: str) -> str:
    """``cpb2_now`` -> ``cpb2``: the id a case stores, whichever start is shown."""
    return scenario_id.removesuffix("_now")
