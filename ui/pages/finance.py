"""Step 7, Financiën (optional): cash and commitments, for runway and loan measures."""

from __future__ import annotations

from ui.pages.base import Page
from ui.widgets.fields import ChoiceEditor, NumberEditor, Question


class FinancePage(Page):
    prefixes = ("finance",)

    def __init__(self, state) -> None:
        super().__init__(
            state,
            self.tr("Finances (optional)"),
            self.tr(
                "Everything on this page is optional; leave empty what you do not know. "
                "With cash and fixed costs the scan shows how long your cash lasts in each "
                "scenario, which decides the loan and guarantee schemes."
            ),
        )

    def build(self) -> None:
        self.cash = self.add_question(
            Question(
                "finance.cash_eur",
                self.tr("&Cash and unused credit"),
                NumberEditor(example=800_000),
                unit=self.tr("euro"),
                required=False,
                why=self.tr(
                    "What you could spend today: bank balance plus the unused part of your credit line."
                ),
            )
        )
        self.fixed = self.add_question(
            Question(
                "finance.other_fixed_costs_monthly_eur",
                self.tr("Other &fixed costs"),
                NumberEditor(example=90_000),
                unit=self.tr("euro per month"),
                required=False,
                why=self.tr(
                    "Rent, leases, interest, insurance: costs that go on when production "
                    "stops (wages are counted separately)."
                ),
            )
        )
        self.rd = self.add_question(
            Question(
                "finance.rd_wage_costs_annual_eur",
                self.tr("R&&D &wage costs"),
                NumberEditor(example=250_000),
                unit=self.tr("euro per year"),
                required=False,
                why=self.tr("Wages of R&D work; WBSO reduces the wage tax on them."),
            )
        )
        yes_no = [(None, self.tr("Not answered")), (True, self.tr("Yes")), (False, self.tr("No"))]
        self.export = self.add_question(
            Question(
                "finance.export_contracts_over_200k",
                self.tr("&Export contracts over €200,000?"),
                ChoiceEditor(yes_no),
                required=False,
                why=self.tr(
                    "Export credit insurance (Atradius) covers single transactions from €200,000."
                ),
            )
        )
        self.credit = self.add_question(
            Question(
                "finance.has_innovation_credit",
                self.tr("Do you have an &innovation credit?"),
                ChoiceEditor(list(yes_no)),
                required=False,
                why=self.tr(
                    "FME asks to defer repayments of the innovation credit for start-ups and "
                    "scale-ups; no such deferral exists yet."
                ),
            )
        )
        self.sde = self.add_question(
            Question(
                "finance.sde_project_deadline_2020",
                self.tr("An &SDE project with a 2020 deadline?"),
                ChoiceEditor(list(yes_no)),
                required=False,
                why=self.tr(
                    "SDE+ projects could get an extension (ontheffing) of their completion deadline."
                ),
            )
        )
