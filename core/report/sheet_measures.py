"""Maatregelen: every assessed measure with its verdict in the chosen scenario, what its
amount is (kind) and over which period, whether it can be applied for today, the
reason, and a clickable source. Proposals are marked so nobody reads them as rights;
measures answering one need (alternatives) stand together under one heading, and the
totals below add amounts of one kind only, each need once."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from core.advice.measures.context import opens_text_of
from core.advice.shown import badge, counts_text, shown_measures, shown_totals, verdict_word
from core.fmt import eur
from core.report import styles as s
from core.report.catalogue_info import measure_name, stale_note
from core.report.texts import KINDS, PERS, STATUSES, VERDICTS, label, sheet_name, t, yes_no
from core.result import MeasureResult, Result

(MARK, NAME, STATUS, VERDICT, KIND, AMOUNT, PER, CLAIMABLE, FROM, TO, REASON, SOURCE,
 MORE) = range(1, 14)  # fmt: skip
LAST_COL = MORE
SourceRows = dict[str, tuple[int, int]]
VERDICT_FILLS = {
    "eligible": s.GREEN_FILL,
    "history": s.GREY_FILL,
    "history_possible": s.GREY_FILL,
    "possible": s.AMBER_FILL,
    "not_eligible": s.GREY_FILL,
    "proposal": s.PROPOSAL_FILL,
}


def is_proposal(m: MeasureResult) -> bool:
    return m.verdict == "proposal" or m.status == "proposal"


def ordered(result: Result) -> list[MeasureResult]:
    """The measures as the app lists them (eligible first), amounts as shown."""
    return shown_measures(result)


def _totals(ws: Worksheet, row: int, result: Result, lang: str) -> int:
    """Today's totals, the same as the app's and the Samenvatting's, then apart the past
    (NOW 2020-2022 and the like): amounts of different eras are never added up."""
    shown = shown_totals(result)
    if not shown.get("claimable_now"):
        row = s.section(ws, row + 1, t("totals_by_kind", lang))
        s.put_text(ws, row, NAME, t("apply_today_none", lang), align=None)
        row += 1
    for key, title in (("claimable_now", "totals_by_kind"), ("history", "totals_history")):
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


def _alternatives_line(m: MeasureResult, result: Result, lang: str) -> str | None:
    """Measures that answer one need are alternatives: said in the row, as the rows stand
    in the app's order rather than together."""
    if not m.alternatives:
        return None
    names = [
        measure_name(x.id, lang).split(" (")[0]
        for x in result.measures
        if x.alternatives == m.alternatives and x.id != m.id
    ]
    if not names:
        return None
    key = "group_cash_need" if m.alternatives == "cash_need" else "group_other"
    head = t(key, lang).format(group=m.alternatives)
    return f"{head} {', '.join(names)}"


OTHERS_PREFIX = {"nl": "andere scenario's", "en": "other scenarios"}


def _reason_text(m: MeasureResult, result: Result, lang: str) -> str:
    reasons = m.reasons(lang)
    lines = [f"• {r}" for r in reasons]
    # Where the verdict differs per scenario, say so once: a rule that names the other
    # scenarios in its own reasons ("andere scenario's — …") is not repeated.
    said = any(r.startswith(OTHERS_PREFIX["en" if lang == "en" else "nl"]) for r in reasons)
    if not said and m.by_scenario and len({v["verdict"] for v in m.by_scenario.values()}) > 1:
        short = {sc.id: s.scenario_short(sc.label(lang)) for sc in result.scenarios}
        parts = []
        for sc_id, per in m.by_scenario.items():
            verdict, amount = per["verdict"], per["amount_eur"]
            extra = f" ({eur(amount, lang)})" if amount else ""
            parts.append(
                f"{short.get(sc_id, sc_id)}: {label(VERDICTS, verdict, lang).lower()}{extra}"
            )
        lines.append(f"{t('per_scenario', lang)}: " + "; ".join(parts))
    alt = _alternatives_line(m, result, lang)
    if alt:
        lines.append(f"• {alt}")
    return "\n".join(lines)


def _row(
    ws: Worksheet, row: int, m: MeasureResult, result: Result, lang: str, sources: SourceRows
) -> None:
    proposal = is_proposal(m)
    tint = s.fill(VERDICT_FILLS.get(badge(m), s.GREY_FILL))
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
        verdict_word(m, lang),
        border=grid,
        align=s.WRAP_TOP,
        fill_=tint,
    )
    amount = m.amount_eur  # as shown (core.advice.shown)
    if amount is None:
        s.put_text(ws, row, AMOUNT, "–", border=grid, align=s.CENTER)
    else:
        s.put(ws, row, AMOUNT, amount, s.EUR, border=grid)
    for col, table, value in ((KIND, KINDS, m.kind), (PER, PERS, m.per)):
        shown = label(table, value, lang) if value else "–"
        s.put_text(ws, row, col, shown, border=grid, align=s.WRAP_TOP if value else s.CENTER)
    later = opens_text_of(m, lang)  # closed today, opens later: say from when
    claimable = f"{yes_no(False, lang)}; {later}" if later else yes_no(m.claimable_now, lang)
    s.put_text(
        ws, row, CLAIMABLE, claimable, border=grid, align=s.WRAP_TOP if later else s.CENTER,
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
        s.restyle(s.link(ws, row, SOURCE, m.sources[0]), border=grid)
    else:
        s.put_text(ws, row, SOURCE, "–", border=grid)
    more = ""
    target = sources.get(f"sources:{m.id}")
    if len(m.sources) > 1 and target is not None:
        # Every source is clickable in the list on Aannames (a cell holds one link).
        more = t("more_sources_link", lang).format(n=len(m.sources) - 1)
        place = f"A{target[0]}"
        s.restyle(
            s.sheet_link(ws, row, MORE, more, sheet_name("assumptions", lang), place), border=grid
        )
    else:
        s.put_text(ws, row, MORE, "", border=grid)
    name = measure_name(m.id, lang)
    ws.row_dimensions[row].height = max(
        s.wrapped_height(reason, 60),
        s.wrapped_height(claimable, 12),  # "nee; naar verwachting aan te vragen vanaf …"
        s.wrapped_height(name, 16),
        s.wrapped_height(verdict_word(m, lang), 13),
        s.wrapped_height(more, 20),
        s.wrapped_height(s.short_url(m.sources[0]) if m.sources else "", 28),
    )
    if proposal:
        for col in (MARK, NAME, STATUS):
            s.restyle(s.cell_at(ws, row, col), fill_=s.fill(s.PROPOSAL_FILL))


def write_measures(
    ws: Worksheet, result: Result, lang: str, sources: SourceRows | None = None
) -> None:
    """``sources``: where Aannames lists each measure's sources (``sources:<id>``)."""
    case = result.case
    row = s.title(ws, t("measures_sheet_title", lang), case.company.name)
    note = t("proposal_note", lang)
    row = s.note(ws, row - 1, note, LAST_COL, 18)
    old = stale_note(result.catalogue_as_of, result.generated_on, lang)
    if old:
        s.put_text(ws, row, 1, old, font=s.MARK_FONT, align=s.WRAP_TOP)
        s.merge(ws, row, 1, LAST_COL)
        ws.row_dimensions[row].height = s.wrapped_height(old, 180)
        row += 1
    # The same count as the app's measures page.
    s.put_text(ws, row, NAME, counts_text(result, lang), font=s.BOLD, align=None)
    row += 2
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
