"""NOW: per scenario and tranche the best measurement window, the revenue drop, the
subsidy and the advance, with a total per scenario.

Amounts are whole euros (rounded half away from zero, as Excel's ROUND does) and each
total is the sum of the amounts shown above it, so the sheet foots as printed. Berekening
re-performs every tranche with a live formula.
"""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from core.advice.shown import now_total
from core.report import styles as s
from core.report.texts import t, yes_no
from core.result import NowTrancheResult, Result

TRANCHE, SCENARIO, FROM, TO, DROP, ELIGIBLE, SUBSIDY, ADVANCE, REASON = range(1, 10)
LAST_COL = REASON


def rows_by_scenario(result: Result) -> list[tuple[str, list[NowTrancheResult]]]:
    """The tranche results grouped by scenario, in the order of the scenarios."""
    groups: dict[str, list[NowTrancheResult]] = {sc.id: [] for sc in result.scenarios}
    for n in result.now:
        groups.setdefault(n.scenario, []).append(n)
    return [(sc_id, rows) for sc_id, rows in groups.items() if rows]


def shown_total(result: Result, scenario_id: str, advance: bool = False) -> float:
    """A scenario's NOW total as the workbook shows it: the sum of the rounded tranches."""
    return now_total(result, scenario_id, advance)


def write_now(ws: Worksheet, result: Result, lang: str) -> dict[tuple[str, str], int]:
    """Write the NOW sheet; returns the row of each (tranche, scenario)."""
    case = result.case
    row = s.title(ws, t("now_table", lang), case.company.name)
    note = t("now_note", lang)
    row = s.note(ws, row - 1, note, LAST_COL, s.wrapped_height(note, 150)) + 1
    labels = [
        t("tranche", lang),
        t("scenario", lang),
        t("window_from", lang),
        t("window_to", lang),
        t("drop", lang),
        t("eligible", lang),
        t("subsidy", lang),
        t("advance", lang),
        t("reason", lang),
    ]
    s.header(ws, row, labels, height=30)
    header_row = row
    row += 1
    short = {sc.id: s.scenario_short(sc.label(lang)) for sc in result.scenarios}
    month = s.month_format(lang)
    where: dict[tuple[str, str], int] = {}
    for sc_id, rows in rows_by_scenario(result):
        for n in rows:
            where[(n.tranche, sc_id)] = row
            band = s.fill(s.GREEN_FILL) if n.eligible else None
            s.put_text(ws, row, TRANCHE, n.tranche, border=s.GRID, fill_=band)
            s.put_text(ws, row, SCENARIO, short.get(sc_id, sc_id), border=s.GRID, fill_=band)
            s.put(ws, row, FROM, s.month_date(n.window[0]), month, border=s.GRID, fill_=band)
            s.put(ws, row, TO, s.month_date(n.window[1]), month, border=s.GRID, fill_=band)
            s.put(ws, row, DROP, max(n.drop, 0.0), s.PCT, border=s.GRID, fill_=band)
            s.put_text(
                ws, row, ELIGIBLE, yes_no(n.eligible, lang), border=s.GRID, align=s.CENTER,
                fill_=band,
            )  # fmt: skip
            s.put(ws, row, SUBSIDY, s.whole_euros(n.subsidy_eur), s.EUR, border=s.GRID, fill_=band)
            s.put(ws, row, ADVANCE, s.whole_euros(n.advance_eur), s.EUR, border=s.GRID, fill_=band)
            reason = n.reason(lang)
            s.put_text(ws, row, REASON, reason, border=s.GRID, fill_=band, align=s.WRAP_TOP)
            ws.row_dimensions[row].height = s.wrapped_height(reason, 70)
            row += 1
        label = f"{t('total', lang)} {short.get(sc_id, sc_id)}"
        s.put_text(ws, row, TRANCHE, label, border=s.GRID, font=s.BOLD)
        s.merge(ws, row, TRANCHE, ELIGIBLE)
        s.put(ws, row, SUBSIDY, shown_total(result, sc_id), s.EUR, border=s.GRID, font=s.BOLD)
        s.put(
            ws, row, ADVANCE, shown_total(result, sc_id, advance=True), s.EUR, border=s.GRID,
            font=s.BOLD,
        )  # fmt: skip
        s.put_text(ws, row, REASON, "", border=s.GRID)
        ws.row_dimensions[row].height = 18
        row += 2
    if not result.now:
        s.put_text(ws, row, TRANCHE, t("now_none", lang), font=s.SUBTITLE_FONT, align=None)
    s.widths(ws, [14, 13, 13, 13, 12, 11, 14, 14, 60])
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1).coordinate
    s.page_setup(
        ws,
        landscape=True,
        title_rows=f"{header_row}:{header_row}",
        footer_left=f"{t('app', lang)} — {case.company.name}",
        lang=lang,
    )
    return where
