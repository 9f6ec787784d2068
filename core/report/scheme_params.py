"""The scheme parameters Berekening's live formulas use (praktijkleren, WBSO), taken
from the measures catalogue the way the measure rules take them, and written as number
cells on Aannames with the catalogue's source."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from openpyxl.worksheet.worksheet import Worksheet

from core.report import styles as s
from core.report.texts import t
from core.result import Result

Refs = dict[str, tuple[int, int]]


@dataclass(frozen=True)
class Param:
    key: str
    label_nl: str
    label_en: str
    value: float
    fmt: str
    source: str


def _day(result: Result) -> dt.date | None:
    """The assessment day: the rules judge praktijkleren and WBSO on it (an application
    made that day), whatever the start of the scenarios."""
    if not result.generated_on:
        return None
    try:
        return dt.date.fromisoformat(result.generated_on)
    except ValueError:
        return None


def scheme_parameters(result: Result) -> list[Param]:
    """Praktijkleren's rate for the study year an application on the assessment day
    concerns, and the WBSO brackets used for an application that day: the same helpers
    (core.reference.application_year) the measure rules use, so Berekening re-performs
    the result in either start."""
    from core.reference.application_year import praktijkleren_rate, wbso_year
    from core.reference.catalogue import CatalogueError, measure

    day = _day(result)
    if day is None:
        return []
    out: list[Param] = []
    try:
        pl = measure("praktijkleren")
        wbso = measure("wbso")
        year, rate, _ = praktijkleren_rate(day)
        w = wbso_year(day)
    except (CatalogueError, KeyError, OSError):
        return []
    src_pl = pl.sources[0] if pl.sources else ""
    out.append(
        Param(
            "praktijkleren:rate",
            f"Praktijkleren: bedrag per leerling, studiejaar {year}",
            f"Praktijkleren: amount per student, study year {year}",
            rate,
            s.EUR,
            src_pl,
        )
    )
    starter = result.case.company.startup_or_scaleup
    first_rate = w.rate_first_starter if starter else w.rate_first
    src = wbso.sources[0] if wbso.sources else ""
    kind = " (starter)" if starter else ""
    y = w.brackets_year
    out += [
        Param("wbso:first", f"WBSO {y}: eerste schijf", f"WBSO {y}: first bracket",
              w.first_bracket_eur, s.EUR, src),
        Param("wbso:rate_first", f"WBSO {y}: percentage eerste schijf{kind}",
              f"WBSO {y}: rate of the first bracket{kind}", first_rate, s.PCT0, src),
        Param("wbso:rate_rest", f"WBSO {y}: percentage daarboven",
              f"WBSO {y}: rate above it", w.rate_rest, s.PCT0, src),
    ]  # fmt: skip
    return out


def write_scheme_parameters(ws: Worksheet, row: int, result: Result, lang: str, refs: Refs) -> int:
    params = scheme_parameters(result)
    if not params:
        return row
    row = s.section(ws, row, t("scheme_params", lang))
    for p in params:
        s.put_text(ws, row, 1, p.label_nl if lang == "nl" else p.label_en, border=s.GRID)
        s.merge(ws, row, 1, 3)
        s.put(ws, row, 4, p.value, p.fmt, border=s.GRID, font=s.BOLD)
        refs[p.key] = (row, 4)
        if s.is_web_url(p.source):
            s.restyle(s.link(ws, row, 5, p.source), align=s.NO_WRAP)
        else:
            s.put_text(ws, row, 5, p.source, font=s.SMALL_GREY, align=None)
        row += 1
    return row + 1
