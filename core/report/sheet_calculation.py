"""Berekening: every headline figure with its formula, the values used and the source,
the "why this number" of each result (the same texts as the app's tooltips)."""

from __future__ import annotations

import math

from openpyxl.worksheet.worksheet import Worksheet

from core.report import styles as s
from core.report.texts import t
from core.result import Explanation, Result

HEADER_ROW = 4
FIRST_ROW = HEADER_ROW + 1
LAST_COL = 5


def explanation_rows(result: Result) -> dict[str, int]:
    """Row of each explanation key, so other sheets can link to it."""
    return {x.key: FIRST_ROW + i for i, x in enumerate(result.explanations)}


def value_format(x: Explanation) -> str | None:
    """Number format for an explanation's value: a revenue index reads as % of normal."""
    if x.key.startswith("trough"):
        return s.PCT
    return {
        "eur": s.EUR,
        "fraction": s.PCT,
        "fte": s.DECIMAL,
        "index": s.INDEX,
    }.get(x.unit)


def _value(ws: Worksheet, row: int, x: Explanation, lang: str) -> None:
    v = x.value
    if v is None:
        s.put_text(ws, row, 2, t("none", lang), border=s.GRID, align=s.RIGHT, font=s.BOLD)
    elif x.unit == "month" and isinstance(v, str):
        try:
            s.put(ws, row, 2, s.month_date(v), s.month_format(lang), border=s.GRID, font=s.BOLD)
        except ValueError:
            s.put_text(ws, row, 2, v, border=s.GRID)
    elif isinstance(v, str):
        s.put_text(ws, row, 2, v, border=s.GRID, align=s.WRAP_TOP)
    else:
        s.put(ws, row, 2, float(v), value_format(x), border=s.GRID, font=s.BOLD)


def write_calculation(ws: Worksheet, result: Result, lang: str) -> None:
    case = result.case
    s.title(ws, t("calculation_title", lang), case.company.name)
    labels = [
        t("figure", lang),
        t("outcome", lang),
        t("formula", lang),
        t("values_used", lang),
        t("source", lang),
    ]
    s.header(ws, HEADER_ROW, labels, height=22)
    if not result.explanations:
        s.put_text(ws, FIRST_ROW, 1, t("calc_none", lang), font=s.SUBTITLE_FONT, align=None)
    for row, x in zip(explanation_rows(result).values(), result.explanations, strict=True):
        s.put_text(ws, row, 1, x.label(lang), font=s.BOLD, border=s.GRID, align=s.WRAP_TOP)
        _value(ws, row, x, lang)
        s.put_text(ws, row, 3, x.formula(lang), border=s.GRID, align=s.WRAP_TOP)
        s.put_text(ws, row, 4, x.values(lang), border=s.GRID, align=s.WRAP_TOP)
        s.put_text(ws, row, 5, x.source, border=s.GRID, align=s.WRAP_TOP, font=s.SMALL_GREY)
        longest = max(
            len(x.formula(lang)) / 55,
            len(x.values(lang)) / 50,
            len(x.source) / 40,
            len(x.label(lang)) / 34,
        )
        ws.row_dimensions[row].height = max(1, math.ceil(longest)) * 13.5 + 4
    s.widths(ws, [34, 15, 55, 50, 40])
    ws.freeze_panes = f"B{FIRST_ROW}"
    s.page_setup(
        ws,
        landscape=True,
        title_rows=f"{HEADER_ROW}:{HEADER_ROW}",
        footer_left=f"{t('app', lang)} — {case.company.name}",
        lang=lang,
    )
