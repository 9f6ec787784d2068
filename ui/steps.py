"""The ten steps' titles, shared by the step list and the pages that link to a step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def step_titles() -> list[str]:
    return [
        translate("Steps", "Start"),
        translate("Steps", "Company"),
        translate("Steps", "Order book"),
        translate("Steps", "Purchasing and suppliers"),
        translate("Steps", "Sales"),
        translate("Steps", "Staff"),
        translate("Steps", "Finances"),
        translate("Steps", "Result"),
        translate("Steps", "Measures"),
        translate("Steps", "Export"),
    ]


def step_title(index: int) -> str:
    return step_titles()[index]


#: per input step (Bedrijf .. Financiën): the draft paths it answers (its page's
#: ``prefixes``) and its questions' paths, so the step list marks a step whose page is not
#: built yet (pages are built when first shown); tests/ui check these against the pages
STEP_QUESTIONS: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {
    1: (
        ("company",),
        (
            "company.name",
            "company.kvk",
            "company.sector",
            "company.clusters",
            "company.annual_revenue_eur",
            "company.startup_or_scaleup",
        ),
    ),
    2: (("order_book",), ("order_book.months",)),
    3: (("purchasing",), ("purchasing.share_of_revenue", "purchasing.stock_weeks")),
    4: (("sales",), ()),
    5: (
        ("staff",),
        (
            "staff.employees",
            "staff.fte",
            "staff.monthly_wage_bill_eur",
            "staff.bbl_students",
            "staff.rd_staff",
            "staff.flex_workers",
            "staff.distancing_possible",
        ),
    ),
    6: (
        ("finance",),
        (
            "finance.cash_eur",
            "finance.other_fixed_costs_monthly_eur",
            "finance.rd_wage_costs_annual_eur",
            "finance.export_contracts_over_200k",
            "finance.has_innovation_credit",
            "finance.sde_project_deadline_2020",
        ),
    ),
}
