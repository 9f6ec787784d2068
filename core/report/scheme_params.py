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


def _start(result: Result) -> dt.date | None:
    if not result.scenarios or not result.scenarios[0].months:
        return None
    year, month = result.scenarios[0].months[0].split("-")
    return dt.date(int(year), int(month), 1)


def study_year(day: dt.date) -> str:
    """``2019-2020`` for a day before August 2020 (a study year runs August to July)."""
    first = day.year if day.month >= 8 else day.year - 1
    return f"{first}-{first + 1}"


def scheme_parameters(result: Result) -> list[Param]:
    """Praktijkleren's rate for the study year the horizon starts in, and the WBSO
    brackets of the latest catalogue year not after the start (as the rules pick them)."""
    from core.reference.catalogue import CatalogueError, measure

    start = _start(result)
    if start is None:
        return []
    out: list[Param] = []
    try:
        pl = measure("praktijkleren")
        wbso = measure("wbso")
    except (CatalogueError, KeyError, OSError):
        return []
    year = study_year(start)
    rates = pl.parameters.get("rate_by_study_year_eur", {})
    if isinstance(rates, dict) and year in rates:
        rate = float(rates[year])
    else:
        rate = pl.number("max_rate_eur")
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
    brackets = wbso.parameters.get("brackets_by_year", {})
    if isinstance(brackets, dict) and brackets:
        years = sorted(int(y) for y in brackets)
        y = max((x for x in years if x <= start.year), default=years[0])
        b = brackets[str(y)]
        if isinstance(b, dict):
            starter = result.case.company.startup_or_scaleup
            first_rate = float(b["rate_first_starter" if starter else "rate_first"])
            src = wbso.sources[0] if wbso.sources else ""
            kind_nl = " (starter)" if starter else ""
            kind_en = " (starter)" if starter else ""
            out += [
                Param("wbso:first", f"WBSO {y}: eerste schijf", f"WBSO {y}: first bracket",
                      float(b["first_bracket_eur"]), s.EUR, src),
                Param("wbso:rate_first", f"WBSO {y}: percentage eerste schijf{kind_nl}",
                      f"WBSO {y}: rate of the first bracket{kind_en}", first_rate, s.PCT0, src),
                Param("wbso:rate_rest", f"WBSO {y}: percentage daarboven",
                      f"WBSO {y}: rate above it", float(b["rate_rest"]), s.PCT0, src),
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
            s.link(ws, row, 5, p.source).alignment = s.NO_WRAP
        else:
            s.put_text(ws, row, 5, p.source, font=s.SMALL_GREY, align=None)
        row += 1
    return row + 1
