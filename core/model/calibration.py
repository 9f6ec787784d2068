"""Calendar-year GDP growth implied by a scenario's monthly GDP gap path.

GDP in month ``m`` is ``trend(m) * (1 - g(m))``: the pre-crisis trend, growing
``trend_growth_annual`` a year, times one minus the gap (zero before the start).
Calendar-year growth compares the mean level over the twelve months of year ``Y``
with the mean over ``Y - 1``. This is what ``tools/calibrate_scenarios.py`` fits to
CPB's annual figures and what ``tests/test_calibration.py`` checks.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from core.reference.scenarios import FloatArray, Gap, Scenario, gdp_gap
from core.reference.scenarios import trend_growth_annual as resource_trend_growth

CPB_YEARS: tuple[int, int] = (2020, 2021)


def monthly_level(
    gap: Gap,
    restriction_months: float,
    start_month_ordinal: int,
    trend_growth_annual: float,
    months: Iterable[int],
) -> FloatArray:
    """GDP level per month ordinal, relative to the trend level at the start month."""
    m = np.asarray(list(months), dtype=np.float64)
    t = m - start_month_ordinal
    trend = (1.0 + trend_growth_annual) ** (t / 12.0)
    level: FloatArray = trend * (1.0 - gdp_gap(gap, restriction_months, t))
    return level


def annual_gdp_growth(
    gap: Gap,
    restriction_months: float,
    start_month_ordinal: int,
    trend_growth_annual: float,
    years: Iterable[int],
) -> dict[int, float]:
    """Growth of calendar-year mean GDP over the previous year's mean, per year."""
    out: dict[int, float] = {}
    for year in years:
        months = range((year - 1) * 12, (year + 1) * 12)  # January Y-1 .. December Y
        level = monthly_level(
            gap, restriction_months, start_month_ordinal, trend_growth_annual, months
        )
        out[year] = float(level[12:].mean() / level[:12].mean() - 1.0)
    return out


def scenario_annual_growth(
    scenario: Scenario, years: Iterable[int] = CPB_YEARS
) -> dict[int, float]:
    """Calendar-year GDP growth of a scenario's gap path (2020 and 2021 by default),
    with the trend growth from ``resources/scenarios.json``."""
    return annual_gdp_growth(
        scenario.gap,
        scenario.restriction_months,
        scenario.start_month,
        resource_trend_growth(),
        years,
    )
