"""Which period an application made on a given day concerns, and at which rates.

Shared by the measure rules (core.advice.measures) and the workbook's re-performance
(core.report), so the amount in the result and the formula in the workbook use the
same year's figures whatever the start of the scenarios.

- Praktijkleren is applied for afterwards, in a window after the study year: an
  application in the window of year Y (or the next window, when today is outside one)
  concerns study year (Y-1)-Y.
- WBSO is applied for in advance: the period starts the month after the application and
  lasts at least three months, so up to 30 September an application concerns the
  current calendar year and after that the next one. Its brackets are those of that year,
  or, when the catalogue does not have them yet, of the latest year it has.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from core.reference.catalogue import measure


def praktijkleren_study_year(day: dt.date) -> str:
    """``2026-2027`` for an application in (or waiting for) the June 2027 window."""
    window = measure("praktijkleren").application_on(day)
    if window.open and window.until is not None:
        year = window.until.year
    elif window.opens is not None:
        year = window.opens.year
    else:  # no window known any more: the study year that ended last
        year = day.year if day.month >= 8 else day.year - 1
    return f"{year - 1}-{year}"


def praktijkleren_rate(day: dt.date) -> tuple[str, float, bool]:
    """(study year, amount per place, whether that year's amount is recorded); the
    maximum when the year's paid amount is not recorded."""
    m = measure("praktijkleren")
    year = praktijkleren_study_year(day)
    rates = m.parameters.get("rate_by_study_year_eur", {})
    if isinstance(rates, dict) and year in rates:
        value = rates[year]
        assert isinstance(value, int | float)
        return year, float(value), True
    return year, m.number("max_rate_eur"), False


@dataclass(frozen=True)
class WbsoYear:
    applies_to: int  # the calendar year an application made on the day concerns
    brackets_year: int  # the year whose brackets are used (applies_to, or the latest known)
    first_bracket_eur: float
    rate_first: float
    rate_first_starter: float
    rate_rest: float
    deadline: dt.date  # the last day to apply for the earliest period still possible
    period_starts: dt.date  # the first day of that period

    @property
    def known(self) -> bool:
        return self.brackets_year == self.applies_to


def _md(value: object, year: int) -> dt.date:
    month, dom = (int(x) for x in str(value).split("-"))
    return dt.date(year, month, dom)


def _month_end(day: dt.date) -> dt.date:
    first_next = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def wbso_year(day: dt.date) -> WbsoYear:
    """The WBSO year an application made on ``day`` concerns, the brackets used for it,
    and the deadline for the earliest period that can still be applied for."""
    m = measure("wbso")
    last = _md(m.parameters["last_application_md"], day.year)
    january = _md(m.parameters["january_start_deadline_md"], day.year)
    if day <= last:  # the period starts next month and fits in this year
        applies_to, deadline = day.year, _month_end(day)
        starts = deadline + dt.timedelta(days=1)
    elif day <= january:  # the next period that fits starts on 1 January
        applies_to, deadline, starts = day.year + 1, january, dt.date(day.year + 1, 1, 1)
    else:  # too late for 1 January: 1 February
        applies_to, starts = day.year + 1, dt.date(day.year + 1, 2, 1)
        deadline = starts - dt.timedelta(days=1)
    brackets = m.parameters["brackets_by_year"]
    assert isinstance(brackets, dict)
    years = sorted(int(y) for y in brackets)
    year = max((y for y in years if y <= applies_to), default=years[0])
    b = brackets[str(year)]
    assert isinstance(b, dict)

    def num(key: str) -> float:
        value = b[key]
        assert isinstance(value, int | float)
        return float(value)

    return WbsoYear(
        applies_to=applies_to,
        brackets_year=year,
        first_bracket_eur=num("first_bracket_eur"),
        rate_first=num("rate_first"),
        rate_first_starter=num("rate_first_starter"),
        rate_rest=num("rate_rest"),
        deadline=deadline,
        period_starts=starts,
    )
