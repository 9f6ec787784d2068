"""Maatregelen: every assessed measure with its verdict, reason, amount, period,
status and a clickable source. Proposals are marked so nobody reads them as rights."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from core.fmt import eur
from core.report import styles as s
from core.report.catalogue_info import measure_name
from core.report.texts import STATUSES, VERDICTS, label, sheet_name, t
from core.result import MeasureResult, Result

MARK, NAME, STATUS, VERDICT, AMOUNT, FROM, TO, REASON, SOURCE, MORE = range(1, 11)
LAST_COL = MORE
SourceRows = dict[str, tuple[int, int]]
VERDICT_FILLS = {
    "eligible": s.GREEN_FILL,
    "possible": s.AMBER_FILL,
    "not_eligible": s.GREY_FILL,
    "proposal": s.PROPOSAL_FILL,
}


def is_proposal(m: MeasureResult) -> bool:
    return m.verdict == "proposal" or m.status == "proposal"


def _reason_text(m: MeasureResult, result: Result, lang: str) -> str:
    lines = [f"• {r}" for r in m.reasons(lang)]
    if m.by_scenario and len({v["verdict"] for v in m.by_scenario.values()}) > 1:
        short = {sc.id: s.scenario_short(sc.label(lang)) for sc in result.scenarios}
        parts = []
        for sc_id, per in m.by_scenario.items():
            verdict, amount = per["verdict"], per["amount_eur"]
            extra = f" ({eur(amount, lang)})" if amount else ""
            parts.append(
                f"{short.get(sc_id, sc_id)}: {label(VERDICTS, verdict, lang).lower()}{extra}"
            )
        lines.append(f"{t('per_scenario', lang)}: " + "; ".join(parts))
    return "\n".join(lines)


def _row(
    ws: Worksheet, row: int, m: MeasureResult, result: Result, lang: str, sources: SourceRows
) -> None:
    proposal = is_proposal(m)
    tint = s.fill(VERDICT_FILLS.get(m.verdict, s.GREY_FILL))
    grid = s.GRID
    s.put_text(
        ws,
        row,
        MARK,
        t("proposal_mark", lang) if proposal else "",
        font=s.MARK_FONT,
        border=grid,
        align=s.CENTER,
    )
    s.put_text(ws, row, NAME, measure_name(m.id, lang), font=s.BOLD, border=grid, align=s.WRAP_TOP)
    s.put_text(ws, row, STATUS, label(STATUSES, m.status, lang), border=grid, align=s.WRAP_TOP)
    s.put_text(
        ws,
        row,
        VERDICT,
        label(VERDICTS, m.verdict, lang),
        border=grid,
        align=s.WRAP_TOP,
        fill_=tint,
    )
    if m.amount_eur is None:
        s.put_text(ws, row, AMOUNT, "–", border=grid, align=s.CENTER)
    else:
        s.put(ws, row, AMOUNT, m.amount_eur, s.EUR, border=grid)
    for col, text in ((FROM, m.period[0]), (TO, m.period[1])):
        day = s.iso_date(text)
        if day is None:
            s.put_text(ws, row, col, text or "–", border=grid, align=s.CENTER)
        else:
            s.put(ws, row, col, day, s.date_format(lang).replace("mmmm", "mmm"), border=grid)
    reason = _reason_text(m, result, lang)
    s.put_text(ws, row, REASON, reason, border=grid, align=s.WRAP_TOP)
    if m.sources:
        s.link(ws, row, SOURCE, m.sources[0]).border = grid
    else:
        s.put_text(ws, row, SOURCE, "–", border=grid)
    more = ""
    target = sources.get(f"sources:{m.id}")
    if len(m.sources) > 1 and target is not None:
        # Every source is clickable in the list on Aannames (a cell holds one link).
        more = t("more_sources_link", lang).format(n=len(m.sources) - 1)
        place = f"A{target[0]}"
        s.sheet_link(ws, row, MORE, more, sheet_name("assumptions", lang), place).border = grid
    else:
        s.put_text(ws, row, MORE, "", border=grid)
    name = measure_name(m.id, lang)
    ws.row_dimensions[row].height = max(
        s.wrapped_height(reason, 56),
        s.wrapped_height(name, 22),
        s.wrapped_height(label(VERDICTS, m.verdict, lang), 14),
        s.wrapped_height(more, 20),
        s.wrapped_height(s.short_url(m.sources[0]) if m.sources else "", 28),
    )
    if proposal:
        for col in (MARK, NAME, STATUS):
            ws.cell(row=row, column=col).fill = s.fill(s.PROPOSAL_FILL)


def write_measures(
    ws: Worksheet, result: Result, lang: str, sources: SourceRows | None = None
) -> None:
    """``sources``: where Aannames lists each measure's sources (``sources:<id>``)."""
    case = result.case
    row = s.title(ws, t("measures_sheet_title", lang), case.company.name)
    note = t("proposal_note", lang)
    row = s.note(ws, row - 1, note, LAST_COL, 18) + 1
    labels = [
        "",
        t("measure", lang),
        t("status", lang),
        t("verdict", lang),
        t("amount", lang),
        t("period_from", lang),
        t("period_to", lang),
        t("reason", lang),
        t("source", lang),
        t("more_sources", lang),
    ]
    s.header(ws, row, labels, height=30)
    header_row = row
    row += 1
    if not result.measures:
        s.put_text(ws, row, NAME, t("measures_none", lang), font=s.SUBTITLE_FONT, align=None)
    for m in result.measures:
        _row(ws, row, m, result, lang, sources or {})
        row += 1
    if result.measures:
        ws.auto_filter.ref = f"A{header_row}:{ws.cell(row=row - 1, column=LAST_COL).coordinate}"
    s.widths(ws, [10, 24, 12, 15, 13, 11, 11, 50, 28, 26])
    ws.freeze_panes = ws.cell(row=header_row + 1, column=3).coordinate
    s.page_setup(
        ws,
        landscape=True,
        title_rows=f"{header_row}:{header_row}",
        footer_left=f"{t('app', lang)} — {case.company.name}",
        lang=lang,
    )
