"""Many cases as arrays: the input of the vectorised engine.

In the macro scenarios countries enter the model only through their timing (China
leads Europe) and severity (abroad vs the Netherlands), so shares are summed into three
country groups. Critical suppliers keep their own column (padded to the largest count in
the batch), because each one is a bottleneck of its own. The stress tests' shocks per
country (core.model.shocks) read the shares per ISO code: one column per code the
batch's cases name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from core.inputs.case import Case
from core.reference.assumptions import resolve

F = NDArray[np.float64]
B = NDArray[np.bool_]

GROUPS = ("NL", "CN", "OTHER")  # domestic, China (leads), the rest of the world
WEEKS_PER_MONTH = 52.0 / 12.0

# ProfileArrays field -> the assumption (resources/assumptions.json) it holds per profile;
# distancing_loss takes distancing_loss_<yes|partly|no> by the case's answer.
ASSUMPTION_FIELDS = {
    "elasticity": "elasticity",
    "lead_cn": "lead_months_cn",
    "foreign_severity": "foreign_severity",
    "absence": "absence_rate",
    "catch_up": "catch_up",
    "cancellation": "cancellation_rate",
    "supply_recovery": "supply_recovery_months",
    "supply_scale": "supply_disruption_scale",
    "deferral": "deferral_share",
    "deferral_lag": "deferral_lag_months",
    "early_loss": "early_capacity_loss",
    "early_loss_months": "early_loss_months",
    "tariff_elasticity": "tariff_price_elasticity",
    "pass_through": "input_cost_pass_through",
    "order_recovery": "order_recovery_share",
    "order_recovery_months": "order_recovery_months",
}


def country_group(code: str) -> int:
    if code == "NL":
        return 0
    if code == "CN":
        return 1
    return 2


@dataclass(frozen=True)
class ProfileArrays:
    n: int
    revenue: F  # (N,) annual revenue, EUR
    purchases: F  # (N,) purchases as a share of revenue
    stock_months: F  # (N,)
    order_months: F  # (N,)
    fte: F
    employees: F
    wage_bill: F  # (N,) monthly SV-loon, EUR
    demand: F  # (N, G) sales share per country group
    supply: F  # (N, G) value-chain share p * s per country group (all suppliers)
    crit_supply: F  # (N, K) value-chain share of each critical supplier (0 = padding)
    crit_group: NDArray[np.int64]  # (N, K)
    crit_alt_months: F  # (N, K) months until an alternative supplier delivers
    crit_mask: B  # (N, K)
    # Assumptions, per profile because each case may change them.
    elasticity: F
    lead_cn: F
    foreign_severity: F
    absence: F
    distancing_loss: F
    catch_up: F
    cancellation: F
    supply_recovery: F
    supply_scale: F
    deferral: F  # share of due deliveries customers under full restrictions postpone
    deferral_lag: F  # months before a customer's closure reaches the supplier's deliveries
    early_loss: F  # capacity lost in the first weeks of restrictions
    early_loss_months: F  # how fast that early hit fades
    order_recovery: F  # share of the orders lost in a crisis that customers place again
    order_recovery_months: F  # how long after the loss, on average
    # Per ISO code, for the stress tests' shocks per country (issue 17): the batch's
    # country columns (the union of the codes its cases name) and each profile's share
    # in them. The NL/CN/OTHER groups above stay the macro scenarios' path.
    codes: tuple[str, ...] = ()
    sales_by_code: F = field(default_factory=lambda: np.zeros((0, 0)))  # (N, C)
    supply_by_code: F = field(default_factory=lambda: np.zeros((0, 0)))  # (N, C) p x s
    crit_code: NDArray[np.int64] = field(  # (N, K) column in ``codes``, -1 = padding
        default_factory=lambda: np.zeros((0, 0), dtype=np.int64)
    )
    tariff_elasticity: F = field(default_factory=lambda: np.zeros(0))  # (N,)
    pass_through: F = field(default_factory=lambda: np.zeros(0))  # (N,)

    def rows(self, index: slice) -> ProfileArrays:
        """A slice of the profiles (all arrays share their first axis)."""
        fields = {
            k: (v[index] if len(v) else v) for k, v in vars(self).items() if k not in ("n", "codes")
        }
        return ProfileArrays(n=len(fields["revenue"]), codes=self.codes, **fields)


def profile_arrays(cases: Sequence[Case]) -> ProfileArrays:
    n = len(cases)
    k = max((sum(s.critical for s in c.purchasing.suppliers) for c in cases), default=0)
    k = max(k, 1)
    demand = np.zeros((n, len(GROUPS)))
    supply = np.zeros((n, len(GROUPS)))
    crit_supply = np.zeros((n, k))
    crit_group = np.zeros((n, k), dtype=np.int64)
    crit_alt = np.zeros((n, k))
    crit_mask = np.zeros((n, k), dtype=bool)
    codes = tuple(
        sorted(
            {s.country for c in cases for s in c.sales}
            | {s.country for c in cases for s in c.purchasing.suppliers}
        )
    )
    column = {code: i for i, code in enumerate(codes)}
    sales_by_code = np.zeros((n, len(codes)))
    supply_by_code = np.zeros((n, len(codes)))
    crit_code = np.full((n, k), -1, dtype=np.int64)
    inputs = "revenue purchases stock_months order_months fte employees wage_bill distancing_loss"
    cols: dict[str, list[float]] = {name: [] for name in (*inputs.split(), *ASSUMPTION_FIELDS)}
    for i, case in enumerate(cases):
        a = resolve(case.assumption_overrides())
        p = case.purchasing.share_of_revenue
        for sale in case.sales:
            demand[i, country_group(sale.country)] += sale.share
            sales_by_code[i, column[sale.country]] += sale.share
        j = 0
        for sup in case.purchasing.suppliers:
            g = country_group(sup.country)
            supply[i, g] += p * sup.share
            supply_by_code[i, column[sup.country]] += p * sup.share
            if sup.critical:
                crit_code[i, j] = column[sup.country]
                crit_supply[i, j] = p * sup.share
                crit_group[i, j] = g
                crit_alt[i, j] = (sup.alternative_weeks or 0.0) / WEEKS_PER_MONTH
                crit_mask[i, j] = True
                j += 1
        row = {
            "revenue": case.company.annual_revenue_eur,
            "purchases": p,
            "stock_months": case.purchasing.stock_weeks / WEEKS_PER_MONTH,
            "order_months": case.order_book_months,
            "fte": case.staff.fte,
            "employees": float(case.staff.employees),
            "wage_bill": case.staff.monthly_wage_bill_eur,
            "distancing_loss": a[f"distancing_loss_{case.staff.distancing_possible}"],
            **{name: a[key] for name, key in ASSUMPTION_FIELDS.items()},
        }
        for name, value in row.items():
            cols[name].append(float(value))
    arr = {name: np.asarray(values, dtype=np.float64) for name, values in cols.items()}
    return ProfileArrays(
        n=n,
        demand=demand,
        supply=supply,
        crit_supply=crit_supply,
        crit_group=crit_group,
        crit_alt_months=crit_alt,
        crit_mask=crit_mask,
        codes=codes,
        sales_by_code=sales_by_code,
        supply_by_code=supply_by_code,
        crit_code=crit_code,
        **arr,
    )
