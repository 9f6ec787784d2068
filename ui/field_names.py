"""Plain names for the draft's fields and the step that asks them, for messages that
list problems away from the field itself (the result pages, the export page)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

STEP_OF_SECTION = {
    "company": 1,
    "order_book": 2,
    "purchasing": 3,
    "sales": 4,
    "staff": 5,
    "finance": 6,
    "assumptions": 7,
    "scenario": 7,  # chosen on the Result page
    "start": 7,  # the crisis start, chosen on the Result page too
    "own_scenario": 7,  # the own stress test, edited on the Result page
    "schema_version": 0,
    "case": 0,
}


def _names() -> dict[str, str]:
    return {
        "company": translate("FieldNames", "Company"),
        "company.name": translate("FieldNames", "Company name"),
        "company.kvk": translate("FieldNames", "KvK number"),
        "company.sector": translate("FieldNames", "Sector"),
        "company.clusters": translate("FieldNames", "FME clusters"),
        "company.annual_revenue_eur": translate("FieldNames", "Normal annual revenue"),
        "company.startup_or_scaleup": translate("FieldNames", "Start-up or scale-up"),
        "order_book": translate("FieldNames", "Order book"),
        "order_book.months": translate("FieldNames", "Months of production in the order book"),
        "purchasing": translate("FieldNames", "Purchasing"),
        "purchasing.share_of_revenue": translate("FieldNames", "Purchases as a share of revenue"),
        "purchasing.stock_weeks": translate("FieldNames", "Stock on hand"),
        "purchasing.suppliers": translate("FieldNames", "Supplier countries"),
        "sales": translate("FieldNames", "Sales countries"),
        "staff": translate("FieldNames", "Staff"),
        "staff.employees": translate("FieldNames", "Number of employees"),
        "staff.fte": translate("FieldNames", "Full-time equivalents"),
        "staff.monthly_wage_bill_eur": translate("FieldNames", "Monthly wage bill"),
        "staff.bbl_students": translate("FieldNames", "BBL students"),
        "staff.rd_staff": translate("FieldNames", "R&D staff"),
        "staff.flex_workers": translate("FieldNames", "Flex workers"),
        "staff.distancing_possible": translate("FieldNames", "1.5 m distancing"),
        "finance": translate("FieldNames", "Finances"),
        "finance.cash_eur": translate("FieldNames", "Cash and unused credit"),
        "finance.other_fixed_costs_monthly_eur": translate("FieldNames", "Other fixed costs"),
        "finance.rd_wage_costs_annual_eur": translate("FieldNames", "R&D wage costs"),
        "assumptions": translate("FieldNames", "Assumptions"),
        "scenario": translate("FieldNames", "Chosen scenario"),
        "start": translate("FieldNames", "Crisis starts"),
        "own_scenario": translate("FieldNames", "Own scenario"),
        "own_scenario.name": translate("FieldNames", "Own scenario: name"),
        "own_scenario.based_on": translate("FieldNames", "Own scenario: based on"),
        "own_scenario.gdp_gap": translate("FieldNames", "Own scenario: GDP fall"),
        "own_scenario.shocks": translate("FieldNames", "Own scenario: shock"),
        "channel": translate("FieldNames", "channel"),
        "countries": translate("FieldNames", "countries"),
        "size": translate("FieldNames", "size"),
        "scale": translate("FieldNames", "reach"),
        "via": translate("FieldNames", "channel"),
        "applies_to": translate("FieldNames", "channel"),
        "own_scenario.shocks[].start": translate("FieldNames", "start"),
        "ramp_months": translate("FieldNames", "build-up"),
        "duration": translate("FieldNames", "duration"),
        "recovery": translate("FieldNames", "recovery"),
        "country": translate("FieldNames", "country"),
        "share": translate("FieldNames", "share"),
        "critical": translate("FieldNames", "critical"),
        "alternative_weeks": translate("FieldNames", "weeks to an alternative"),
    }


def field_name(field: str) -> str:
    """``purchasing.suppliers[2].share`` -> ``Supplier countries, row 3: share``."""
    names = _names()
    m = re.fullmatch(r"([a-z_.]+)\[(\d+)\](?:\.([a-z_]+))?", field)
    if m:
        base = names.get(m.group(1), m.group(1))
        row = translate("FieldNames", "row %1").replace("%1", str(int(m.group(2)) + 1))
        key = m.group(3) or ""
        part = names.get(f"{m.group(1)}[].{key}", names.get(key, key))
        return f"{base}, {row}" + (f": {part}" if part else "")
    return names.get(field, field)


def step_of(field: str) -> int:
    return STEP_OF_SECTION.get(re.split(r"[.\[]", field, maxsplit=1)[0], 0)
