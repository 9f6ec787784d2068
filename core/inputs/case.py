"""The case: one company's answers (the profile of product.md, schema_version 1).

The case is the single source of truth: the app's pages edit it through
``dataclasses.replace``, the engine reads it, the case file and the workbook store it.
Turning raw JSON into a case goes through :func:`core.inputs.validation.parse_case`, which
reports every problem at once; this module only holds the typed shape and its JSON
form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from core.reference.stress import GdpShock, Shock, gdp_to_dict, shock_to_dict

SCHEMA_VERSION = 1

SECTORS = ("metaal", "elektronica", "elektrotechniek", "kunststof", "machinebouw", "overig")
CLUSTERS = ("zorg", "energie", "gebouwde_omgeving", "agri_food", "veiligheid")
DISTANCING = ("yes", "partly", "no")

Sector = Literal["metaal", "elektronica", "elektrotechniek", "kunststof", "machinebouw", "overig"]
Distancing = Literal["yes", "partly", "no"]


@dataclass(frozen=True)
class Company:
    name: str
    sector: str
    annual_revenue_eur: float
    kvk: str | None = None
    clusters: tuple[str, ...] = ()
    startup_or_scaleup: bool = False


@dataclass(frozen=True)
class Supplier:
    country: str
    share: float
    critical: bool = False
    alternative_weeks: float | None = None


@dataclass(frozen=True)
class Purchasing:
    share_of_revenue: float
    stock_weeks: float
    suppliers: tuple[Supplier, ...] = ()


@dataclass(frozen=True)
class Sale:
    country: str
    share: float


@dataclass(frozen=True)
class Staff:
    employees: int
    fte: float
    monthly_wage_bill_eur: float
    bbl_students: int = 0
    rd_staff: int = 0
    flex_workers: int = 0
    distancing_possible: str = "partly"


@dataclass(frozen=True)
class Finance:
    """Optional finance inputs; ``None`` means "not given", never zero."""

    cash_eur: float | None = None
    other_fixed_costs_monthly_eur: float | None = None
    rd_wage_costs_annual_eur: float | None = None
    export_contracts_over_200k: bool | None = None
    has_innovation_credit: bool | None = None
    sde_project_deadline_2020: bool | None = None


@dataclass(frozen=True)
class OwnScenario:
    """The member's own stress test (issue 17): shocks per country, optionally a macro
    gap, built from scratch or from the library scenario ``based_on``."""

    name: str
    based_on: str | None = None
    shocks: tuple[Shock, ...] = ()
    gdp_gap: GdpShock | None = None


def own_scenario_to_dict(own: OwnScenario) -> dict[str, Any]:
    return {
        "name": own.name,
        "based_on": own.based_on,
        "gdp_gap": None if own.gdp_gap is None else gdp_to_dict(own.gdp_gap),
        "shocks": [shock_to_dict(s) for s in own.shocks],
    }


@dataclass(frozen=True)
class Case:
    company: Company
    order_book_months: float
    purchasing: Purchasing
    sales: tuple[Sale, ...]
    staff: Staff
    finance: Finance = field(default_factory=Finance)
    # Model assumptions the user changed (id -> value); see resources/assumptions.json.
    assumptions: tuple[tuple[str, float], ...] = ()
    # The scenario the user chose (an id of core.reference.scenarios); None means the default.
    scenario: str | None = None
    # When the crisis starts: "2020" (CPB's scenarios of March 2020, the default),
    # "now" (the same shapes from the assessment's month) or "stress" (the stress tests
    # of today, from the assessment's month); None means the default.
    start: str | None = None
    # The member's own stress test (scenario id "own" in the stress start).
    own_scenario: OwnScenario | None = None

    def assumption_overrides(self) -> dict[str, float]:
        return dict(self.assumptions)


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def case_to_dict(case: Case) -> dict[str, Any]:
    """The JSON form of a case, exactly the schema_version 1 contract."""
    c = case.company
    company: dict[str, Any] = {"name": c.name}
    if c.kvk:
        company["kvk"] = c.kvk
    company.update(
        sector=c.sector,
        clusters=list(c.clusters),
        annual_revenue_eur=c.annual_revenue_eur,
        startup_or_scaleup=c.startup_or_scaleup,
    )
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "company": company,
        "order_book": {"months": case.order_book_months},
        "purchasing": {
            "share_of_revenue": case.purchasing.share_of_revenue,
            "stock_weeks": case.purchasing.stock_weeks,
            "suppliers": [
                _drop_none(
                    {
                        "country": s.country,
                        "share": s.share,
                        "critical": s.critical,
                        "alternative_weeks": s.alternative_weeks,
                    }
                )
                for s in case.purchasing.suppliers
            ],
        },
        "sales": [{"country": s.country, "share": s.share} for s in case.sales],
        "staff": {
            "employees": case.staff.employees,
            "fte": case.staff.fte,
            "monthly_wage_bill_eur": case.staff.monthly_wage_bill_eur,
            "bbl_students": case.staff.bbl_students,
            "rd_staff": case.staff.rd_staff,
            "flex_workers": case.staff.flex_workers,
            "distancing_possible": case.staff.distancing_possible,
        },
    }
    finance = _drop_none(vars(case.finance))
    if finance:
        out["finance"] = finance
    if case.assumptions:
        out["assumptions"] = dict(case.assumptions)
    if case.scenario:
        out["scenario"] = case.scenario
    if case.start:
        out["start"] = case.start
    if case.own_scenario is not None:
        out["own_scenario"] = own_scenario_to_dict(case.own_scenario)
    return out
