"""One code path for one case or a million: cases -> arrays -> forecast, NOW."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.inputs.case import Case
from core.model.forecast import ForecastArrays, ForecastSummary, forecast, summarise
from core.model.now import NowArrays, now_for
from core.model.profiles import ProfileArrays, profile_arrays
from core.reference.scenarios import Scenario


@dataclass(frozen=True)
class Scores:
    profiles: ProfileArrays
    scenarios: tuple[Scenario, ...]
    forecast: ForecastArrays
    summary: ForecastSummary
    now: NowArrays


def score_arrays(p: ProfileArrays, scenarios: Sequence[Scenario]) -> Scores:
    f = forecast(p, scenarios)
    return Scores(
        profiles=p,
        scenarios=tuple(scenarios),
        forecast=f,
        summary=summarise(p, f),
        now=now_for(f.revenue, [s.start_month for s in scenarios], p.wage_bill, p.employees),
    )


def score_cases(cases: Sequence[Case], scenarios: Sequence[Scenario]) -> Scores:
    return score_arrays(profile_arrays(cases), scenarios)
