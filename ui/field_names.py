"""Plain names for the draft's fields and the step that asks them, for messages that
list problems away from the field itself (the result pages, the export page)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

STEP_OF_SECTION = {
    "company": 1,
    "order_book": 2,
    "purchasing": 3,
    "sales": 4,
    "staff": 5,
    "finance": 6,
    "assumptions": 7,
    "schema_version": 0,
    "case": 0,
}


def _t(text: str) -> str:
    return QCoreApplication.translate("FieldNames", text)


def _names() -> dict[str, str]:
    return {
        "company": _t("Company"),
        "company.name": _t("Company name"),
        "company.kvk": _t("KvK number"),
        "company.sector": _t("Sector"),
        "company.clusters": _t("FME clusters"),
        "company.annual_revenue_eur": _t("Normal annual revenue"),
        "company.startup_or_scaleup": _t("Start-up or scale-up"),
        "order_book": _t("Order book"),
        "order_book.months": _t("Months of production in the order book"),
        "purchasing": _t("Purchasing"),
        "purchasing.share_of_revenue": _t("Purchases as a share of revenue"),
        "purchasing.stock_weeks": _t("Stock on hand"),
        "purchasing.suppliers": _t("Supplier countries"),
        "sales": _t("Sales countries"),
        "staff": _t("Staff"),
        "staff.employees": _t("Number of employees"),
        "staff.fte": _t("Full-time equivalents"),
        "staff.monthly_wage_bill_eur": _t("Monthly wage bill"),
        "staff.bbl_students": _t("BBL students"),
        "staff.rd_staff": _t("R&D staff"),
        "staff.flex_workers": _t("Flex workers"),
        "staff.distancing_possible": _t("1.5 m distancing"),
        "finance": _t("Finances"),
        "finance.cash_eur": _t("Cash and unused credit"),
        "finance.other_fixed_costs_monthly_eur": _t("Other fixed costs"),
        "finance.rd_wage_costs_annual_eur": _t("R&D wage costs"),
        "assumptions": _t("Assumptions"),
        "country": _t("country"),
        "share": _t("share"),
        "critical": _t("critical"),
        "alternative_weeks": _t("weeks to an alternative"),
    }


def field_name(field: str) -> str:
    """``purchasing.suppliers[2].share`` -> ``Supplier countries, row 3: share``."""
    names = _names()
    m = re.fullmatch(r"([a-z_.]+)\[(\d+)\](?:\.([a-z_]+))?", field)
    if m:
        base = names.get(m.group(1), m.group(1))
        row = _t("row %1").replace("%1", str(int(m.group(2)) + 1))
        part = names.get(m.group(3) or "", m.group(3) or "")
        return f"{base}, {row}" + (f": {part}" if part else "")
    return names.get(field, field)


def step_of(field: str) -> int:
    return STEP_OF_SECTION.get(re.split(r"[.\[]", field, maxsplit=1)[0], 0)
