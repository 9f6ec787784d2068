"""Verdicts, reasons and amounts for every measure in the catalogue (measures.md)."""

from __future__ import annotations

from collections.abc import Callable

from core.advice.measures.context import Context
from core.advice.measures.rules_finance import (
    rule_belastinguitstel,
    rule_bl_borgstelling,
    rule_bmkb,
    rule_col,
    rule_go,
    rule_kkc,
    rule_qredits,
    rule_togs_tvl,
)
from core.advice.measures.rules_growth import (
    rule_exportfinanciering,
    rule_innovatiekrediet,
    rule_kennismigranten,
    rule_pps_toeslag,
    rule_praktijkleren,
    rule_scholing,
    rule_sde_ontheffing,
    rule_wbso,
)
from core.advice.measures.rules_wages import rule_deeltijd_ww, rule_kwr, rule_now, rule_wtv
from core.result import MeasureResult

RULES: dict[str, Callable[[Context], MeasureResult]] = {
    "now": rule_now,
    "exportfinanciering": rule_exportfinanciering,
    "praktijkleren": rule_praktijkleren,
    "bl_borgstelling": rule_bl_borgstelling,
    "wtv": rule_wtv,
    "deeltijd_ww": rule_deeltijd_ww,
    "bmkb": rule_bmkb,
    "go": rule_go,
    "kkc": rule_kkc,
    "qredits": rule_qredits,
    "col": rule_col,
    "belastinguitstel": rule_belastinguitstel,
    "togs_tvl": rule_togs_tvl,
    "wbso": rule_wbso,
    "innovatiekrediet": rule_innovatiekrediet,
    "pps_toeslag": rule_pps_toeslag,
    "kwr": rule_kwr,
    "sde_ontheffing": rule_sde_ontheffing,
    "scholing": rule_scholing,
    "kennismigranten": rule_kennismigranten,
}


def assess_measures(ctx: Context) -> list[MeasureResult]:
    """Every catalogue measure, in catalogue order."""
    from core.reference.catalogue import catalogue

    return [RULES[m.id](ctx) for m in catalogue()]
