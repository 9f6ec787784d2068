"""Maatregelen: every assessed measure with its verdict in the chosen scenario, what its
amount is (kind) and over which period, whether it can be applied for today, the
reason, and a clickable source. Proposals are marked so nobody reads them as rights;
measures answering one need (alternatives) stand together under one heading, and the
totals below add amounts of one kind only, each need once."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from core.fmt import eur
from core.report import styles as s
from core.report.catalogue_info import measure_name
from core.report.texts import KINDS, PERS, STATUSES, VERDICTS, label, sheet_name, t, yes_no
from core.result import MeasureResult, Result

(MARK, NAME, STATUS, VERDICT, KIND, AMOUNT, PER, CLAIMABLE, FROM, TO, REASON, SOURCE,
 MORE) = range(1, 14)  # fmt: skip
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


def shown_amount(m: MeasureResult, result: Result) -> float | None:
    """The amount as the workbook shows it, in whole euros; NOW as the sum of its rounded
    tranches in the chosen scenario (what the NOW sheet shows), so the two agree."""
    from core.report.sheet_now import shown_total

    if m.amount_eur is None:
        return None
    if m.id == "now":
        raw = sum(n.subsidy_eur for n in result.now if n.scenario == result.scenario)
        if abs(raw - m.amount_eur) < 0.01:
            return shown_total(result, result.scenario)
    return s.whole_euros(m.amount_eur)


def shown_totals(result: Result) -> dict[str, dict[str, float]]:
    """``result.totals`` recomputed from the amounts as shown, by the same rule (one kind
    at a time, alternatives once), so the totals add up to the rows above them."""
    from dataclasses import replace

    from core.advice.measures.context import totals

    return totals([replace(m, amount_eur=shown_amount(m, result)) for m in result.measures])


def ordered(result: Result) -> list[MeasureResult | str]:
    """The measures in the result's order, except that alternatives for one need stand
    together where the first of them stands, under a heading (the group id)."""
    out: list[MeasureResult | str] = []
    seen: set[str] = set()
    for m in result.measures:
        group = m.alternatives
        if group is None:
            out.append(m)
        elif group not in seen:
            seen.add(group)
            members = [x for x in result.measures if x.alternatives == group]
            out.append(group)
            out.extend(members)
    return out


def _group_heading(ws: Worksheet, row: int, group: str, lang: str) -> None:
    text = (
        t("group_cash_need", lang)
        if group == "cash_need"
        else t("group_other", lang).format(group=group)
    )
    s.put_text(ws, row, MARK, "", border=s.GRID, fill_=s.fill(s.AMBER_FILL))
    s.put_text(ws, row, NAME, text, font=s.BOLD, border=s.GRID, fill_=s.fill(s.AMBER_FILL),
               align=None)  # fmt: skip
    s.merge(ws, row, NAME, LAST_COL)
    ws.row_dimensions[row].height = 18


def _totals(ws: Worksheet, row: int, result: Result, lang: str) -> int:
    """Totals by kind for today's era, then apart the past (NOW 2020-2022 and the like):
    amounts of different eras are never added up."""
    shown = shown_totals(result)
    for key, title in (("chosen_scenario", "totals_by_kind"), ("history", "totals_history")):
        by_kind = shown.get(key, {})
        if not by_kind:
            continue
        row = s.section(ws, row + 1, t(title, lang))
        order = {kind: i for i, kind in enumerate(KINDS)}
        for total in sorted(by_kind, key=lambda k: order.get(k.partition("/")[0], len(order))):
            kind, _, per = total.partition("/")
            name = label(KINDS, kind, lang) + (f" {label(PERS, per, lang)}" if per else "")
            text = t("total_kind", lang).format(kind=name)
            s.put_text(ws, row, NAME, text, font=s.BOLD, border=s.GRID)
            s.merge(ws, row, NAME, AMOUNT - 1)
            s.put(ws, row, AMOUNT, by_kind[total], s.EUR, border=s.GRID, font=s.BOLD)
            row += 1
    return row


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
    amount = shown_amount(m, result)
    if amount is None:
        s.put_text(ws, row, AMOUNT, "–", border=grid, align=s.CENTER)
    else:
        s.put(ws, row, AMOUNT, amount, s.EUR, border=grid)
    for col, table, value in ((KIND, KINDS, m.kind), (PER, PERS, m.per)):
        shown = label(table, value, lang) if value else "–"
        s.put_text(ws, row, col, shown, border=grid, align=s.WRAP_TOP if value else s.CENTER)
    s.put_text(
        ws, row, CLAIMABLE, yes_no(m.claimable_now, lang), border=grid, align=s.CENTER,
        font=s.BOLD if m.claimable_now else s.NORMAL,
        fill_=s.fill(s.GREEN_FILL) if m.claimable_now else None,
    )  # fmt: skip
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
        s.wrapped_height(reason, 60),
        s.wrapped_height(name, 16),
        s.wrapped_height(label(VERDICTS, m.verdict, lang), 13),
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
    chosen = next((sc for sc in result.scenarios if sc.id == result.scenario), None)
    verdict = t("verdict", lang)
    if chosen is not None:
        verdict = f"{verdict} ({s.scenario_short(chosen.label(lang))})"
    labels = [
        "",
        t("measure", lang),
        t("status", lang),
        verdict,
        t("kind", lang),
        t("amount", lang),
        t("per", lang),
        t("claimable", lang),
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
    for item in ordered(result):
        if isinstance(item, str):
            _group_heading(ws, row, item, lang)
        else:
            _row(ws, row, item, result, lang, sources or {})
        row += 1
    if result.measures:
        ws.auto_filter.ref = f"A{header_row}:{ws.cell(row=row - 1, column=LAST_COL).coordinate}"
    _totals(ws, row, result, lang)
    s.widths(ws, [10, 22, 10, 13, 11, 13, 10, 10, 10, 10, 44, 28, 16])
    ws.freeze_panes = ws.cell(row=header_row + 1, column=3).coordinate
    s.page_setup(
        ws,
        landscape=True,
        title_rows=f"{header_row}:{header_row}",
        footer_left=f"{t('app', lang)} — {case.company.name}",
        lang=lang,
    )
