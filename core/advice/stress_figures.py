"""The margin a stress test puts at stake (issue 17): for a scenario with dearer
purchases (input-cost shocks), the gross margin lost over the forecast, split into the
margin of the deliveries lost and the extra purchase cost not passed on. Built from the
forecast's own figures (``margin_loss_eur``, ``input_cost_index``), as the engine sums
them, so the card, the cash path and the result JSON agree."""

from __future__ import annotations

from core.advice.explain import FORECAST, _cite
from core.fmt import eur, pct
from core.months import month_name, parse_month
from core.reference.scenarios import scenario_source
from core.result import Explanation, Result, ScenarioForecast


def has_input_cost(sc: ScenarioForecast) -> bool:
    """Whether the scenario makes purchases dearer in any month."""
    return any(v > 0 for v in sc.input_cost_index)


def margin_explanation(result: Result, sc: ScenarioForecast) -> Explanation | None:
    """The "margin at stake" figure of a scenario with input-cost shocks; None otherwise."""
    if not has_input_cost(sc):
        return None
    monthly = result.case.company.annual_revenue_eur / 12
    purchases = result.case.purchasing.share_of_revenue
    extra = sum(sc.input_cost_index) * monthly
    deliveries = sc.margin_loss_eur - extra
    span = {
        lang: f"{month_name(parse_month(sc.months[0]), lang)} – "
        f"{month_name(parse_month(sc.months[-1]), lang)}"
        for lang in ("nl", "en")
    }
    peak = max(sc.input_cost_index)
    return Explanation(
        key=f"margin_loss:{sc.id}",
        label_nl=f"Brutomarge op het spel, {span['nl']} ({sc.label_nl})",
        label_en=f"Gross margin at stake, {span['en']} ({sc.label_en})",
        value=sc.margin_loss_eur,
        unit="eur",
        headline_nl=eur(sc.margin_loss_eur),
        headline_en=eur(sc.margin_loss_eur, "en"),
        text_nl=f"Deze stresstest kost u over {len(sc.months)} maanden {eur(sc.margin_loss_eur)} "
        f"brutomarge: {eur(deliveries)} doordat leveringen wegvallen en {eur(extra)} doordat uw "
        f"inkoop duurder wordt en u dat niet doorberekent (op zijn hoogst "
        f"{pct(peak, 'nl')} van een normale maandomzet).",
        text_en=f"This stress test costs you {eur(sc.margin_loss_eur, 'en')} of gross margin over "
        f"{len(sc.months)} months: {eur(deliveries, 'en')} through lost deliveries and "
        f"{eur(extra, 'en')} through dearer purchases you do not pass on (at most "
        f"{pct(peak, 'en')} of a normal month's revenue).",
        formula_nl="gemiste omzet × (1 − inkoop als deel van de omzet) + optelsom over de "
        "maanden van de extra inkoopkosten (deel van de normale maandomzet, na doorberekening) "
        "× normale maandomzet",
        formula_en="revenue missed × (1 − purchases as a share of revenue) + sum over the "
        "months of the extra purchase cost (share of normal monthly revenue, after "
        "pass-through) × normal monthly revenue",
        values_nl=f"{eur(sc.revenue_loss_eur)} × (1 − {pct(purchases, 'nl')}) + {eur(extra)} = "
        f"{eur(sc.margin_loss_eur)}",
        values_en=f"{eur(sc.revenue_loss_eur, 'en')} × (1 − {pct(purchases, 'en')}) + "
        f"{eur(extra, 'en')} = {eur(sc.margin_loss_eur, 'en')}",
        **_cite(FORECAST, scenario_source(sc.id)),
    )
