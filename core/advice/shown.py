"""How the measures are shown: one source for the app, ``assess`` and the workbook.

The verdict a reader sees (a scheme that has ended, or a need that has passed, is
history, never "eligible"), its words, the order (eligible first), the counts, and the
amounts in whole euros with the totals added up from those whole euros, so no two
places tell a different story (Methode, § 5).
"""

from __future__ import annotations

from dataclasses import replace

from core.advice.measures.context import is_history, totals
from core.fmt import whole_euros
from core.result import MeasureResult, Result

# The order on the measures page and in the workbook: what can be applied for first.
SHOWN_ORDER = ("eligible", "possible", "history", "not_eligible", "proposal")

VERDICT_WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "eligible": "Komt in aanmerking",
        "possible": "Mogelijk",
        "history": "Zou in aanmerking zijn gekomen (afgelopen)",
        "history_possible": "Was mogelijk geweest (afgelopen)",
        "not_eligible": "Komt niet in aanmerking",
        "proposal": "FME-voorstel (geen wet)",
    },
    "en": {
        "eligible": "Eligible",
        "possible": "Possibly eligible",
        "history": "Would have been eligible (ended)",
        "history_possible": "Would have been possible (ended)",
        "not_eligible": "Not eligible",
        "proposal": "FME proposal (not law)",
    },
}

# "2 komen in aanmerking, 2 mogelijk, 4 alleen in het verleden, 2 voorstellen"
_COUNT_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "nl": {
        "eligible": ("{n} komt in aanmerking", "{n} komen in aanmerking"),
        "possible": ("{n} mogelijk", "{n} mogelijk"),
        "history": ("{n} alleen in het verleden", "{n} alleen in het verleden"),
        "proposal": ("{n} voorstel", "{n} voorstellen"),
    },
    "en": {
        "eligible": ("{n} eligible", "{n} eligible"),
        "possible": ("{n} possible", "{n} possible"),
        "history": ("{n} only in the past", "{n} only in the past"),
        "proposal": ("{n} proposal", "{n} proposals"),
    },
}
_NOTHING = {"nl": "niets aan te vragen", "en": "nothing to claim"}


def shown_verdict(m: MeasureResult) -> str:
    """A proposal is always a proposal; what could be claimed only in the past (an
    ended scheme, a need that has passed) is history; a scheme whose window opens later
    (praktijkleren after the study year) keeps its verdict."""
    if m.verdict == "proposal" or m.status == "proposal":
        return "proposal"
    if m.verdict in ("eligible", "possible") and is_history(m):
        return "history"
    return m.verdict


def badge(m: MeasureResult) -> str:
    """:func:`shown_verdict`, with history that was only possible told apart."""
    shown = shown_verdict(m)
    return "history_possible" if shown == "history" and m.verdict == "possible" else shown


def verdict_word(m: MeasureResult, lang: str) -> str:
    return VERDICT_WORDS["en" if lang == "en" else "nl"][badge(m)]


def now_total(result: Result, scenario_id: str, advance: bool = False) -> float:
    """A scenario's NOW total as shown everywhere: the sum of its whole-euro tranches."""
    return sum(
        whole_euros(n.advance_eur if advance else n.subsidy_eur)
        for n in result.now
        if n.scenario == scenario_id
    )


def shown_amount(m: MeasureResult, result: Result) -> float | None:
    """The amount in whole euros; NOW as the sum of its whole-euro tranches in the
    chosen scenario (what the NOW sheet adds up), so a total and its tranches agree."""
    if m.amount_eur is None:
        return None
    if m.id == "now":
        raw = sum(n.subsidy_eur for n in result.now if n.scenario == result.scenario)
        if abs(raw - m.amount_eur) < 0.01:
            return now_total(result, result.scenario)
    return whole_euros(m.amount_eur)


def shown_measures(result: Result) -> list[MeasureResult]:
    """The measures in the shown order (eligible first, the result's order within a
    verdict), each with its amount as shown."""
    # The answer asks four times per assessment (today and the past, in two languages):
    # the rows of the last result are kept (results and their rows are frozen).
    if _last_shown and _last_shown[0][0] is result:
        return list(_last_shown[0][1])
    rank = {v: i for i, v in enumerate(SHOWN_ORDER)}
    rows = [replace(m, amount_eur=shown_amount(m, result)) for m in result.measures]
    rows.sort(key=lambda m: rank.get(shown_verdict(m), len(rank)))
    _last_shown[:] = [(result, tuple(rows))]
    return rows


#: the last result asked about and its shown rows
_last_shown: list[tuple[Result, tuple[MeasureResult, ...]]] = []


def shown_totals(result: Result) -> dict[str, dict[str, float]]:
    """``result.totals`` by the same rule (one kind at a time, alternatives once), added
    up from the amounts as shown, so the totals add up to the rows above them."""
    return totals(shown_measures(result))


def counts(result: Result) -> dict[str, int]:
    return {v: sum(1 for m in result.measures if shown_verdict(m) == v) for v in SHOWN_ORDER}


def counts_text(result: Result, lang: str) -> str:
    """``2 komen in aanmerking, 2 mogelijk, 4 alleen in het verleden, 2 voorstellen``."""
    words = _COUNT_WORDS["en" if lang == "en" else "nl"]
    n = counts(result)
    parts = [words[v][0 if n[v] == 1 else 1].format(n=n[v]) for v in words if n[v]]
    return ", ".join(parts) or _NOTHING["en" if lang == "en" else "nl"]
