"""Cash runway per scenario (model.md section 6).

balance(m) = cash + Σ_{k ≤ m} [ revenue(k) × (1 − purchases share) − wage bill × wage-cost
factor − other fixed costs + support(k) − input cost(k) × normal monthly revenue ]

input cost(k) is a stress test's dearer purchases not passed on (``input_cost_index``,
core/model/shocks.py); zero for the macro scenarios.

Support inflows are placed in the month they would arrive: the NOW advance a month
after the tranche opens. Loans are what this path is for, so none is assumed here.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.inputs.case import Case
from core.months import month_label, parse_month
from core.result import CashPath, NowTrancheResult, ScenarioForecast


@dataclass(frozen=True)
class NormalMonth:
    """A normal month (revenue index 1) as the cash path sees it: what is left of the
    revenue after purchases, wage costs (wage bill × the wage-cost factor) and the other
    fixed costs."""

    revenue: float
    purchases: float
    wages: float
    fixed: float

    @property
    def result(self) -> float:
        return self.revenue - self.purchases - self.wages - self.fixed


def normal_month(case: Case, wage_cost_factor: float) -> NormalMonth:
    revenue = case.company.annual_revenue_eur / 12
    return NormalMonth(
        revenue=revenue,
        purchases=revenue * case.purchasing.share_of_revenue,
        wages=case.staff.monthly_wage_bill_eur * wage_cost_factor,
        fixed=float(case.finance.other_fixed_costs_monthly_eur or 0),
    )


def cash_inputs_given(case: Case) -> bool:
    f = case.finance
    return f.cash_eur is not None and f.other_fixed_costs_monthly_eur is not None


def now_inflows(now: list[NowTrancheResult], scenario_id: str) -> dict[str, float]:
    """NOW advances by the month they arrive (the month after the window opens)."""
    out: dict[str, float] = {}
    for n in now:
        if n.scenario == scenario_id and n.eligible:
            month = month_label(parse_month(n.window[0]) + 1)
            out[month] = out.get(month, 0.0) + n.advance_eur
    return out


def cash_path(
    case: Case, forecast: ScenarioForecast, now: list[NowTrancheResult], wage_cost_factor: float
) -> CashPath | None:
    if not cash_inputs_given(case):
        return None
    normal = normal_month(case, wage_cost_factor)
    margin = normal.revenue - normal.purchases
    costs = normal.wages + normal.fixed
    support = now_inflows(now, forecast.id)
    balance = float(case.finance.cash_eur or 0)
    path = []
    runs_out = None
    # Stress tests: dearer purchases not passed on (zero for the macro scenarios).
    extra = forecast.input_cost_index or [0.0] * len(forecast.months)
    for month, y, cost in zip(forecast.months, forecast.revenue_index, extra, strict=True):
        balance += y * margin - costs + support.get(month, 0.0) - cost * normal.revenue
        path.append(balance)
        if balance < 0 and runs_out is None:
            runs_out = month
    return CashPath(
        scenario=forecast.id, months=list(forecast.months), balance_eur=path, runs_out=runs_out
    )


def cash_gap(path: CashPath | None) -> float | None:
    """The largest shortfall over the horizon (0 if cash never runs out)."""
    if path is None:
        return None
    return max(0.0, -min(path.balance_eur))
