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
        tr = self.tr
        self.cash = self.add_question(
            Question(
                "finance.cash_eur",
                tr("&Cash and unused credit"),
                NumberEditor(placeholder="800.000"),
                unit=tr("euro"),
                required=False,
                why=tr(
                    "What you could spend today: bank balance plus the unused part of your credit line."
                ),
            )
        )
        self.fixed = self.add_question(
            Question(
                "finance.other_fixed_costs_monthly_eur",
                tr("Other &fixed costs"),
                NumberEditor(placeholder="90.000"),
                unit=tr("euro per month"),
                required=False,
                why=tr(
                    "Rent, leases, interest, insurance: costs that go on when production "
                    "stops (wages are counted separately)."
                ),
            )
        )
        self.rd = self.add_question(
            Question(
                "finance.rd_wage_costs_annual_eur",
                tr("R&&D &wage costs"),
                NumberEditor(placeholder="250.000"),
                unit=tr("euro per year"),
                required=False,
                why=tr("Wages of R&D work; WBSO reduces the wage tax on them."),
            )
        )
        yes_no = [(None, tr("Not answered")), (True, tr("Yes")), (False, tr("No"))]
        self.export = self.add_question(
            Question(
                "finance.export_contracts_over_200k",
                tr("&Export contracts over €200,000?"),
                ChoiceEditor(yes_no),
                required=False,
                why=tr(
                    "Export credit insurance (Atradius) covers single transactions from €200,000."
                ),
            )
        )
        self.credit = self.add_question(
            Question(
                "finance.has_innovation_credit",
                tr("Do you have an &innovation credit?"),
                ChoiceEditor(list(yes_no)),
                required=False,
                why=tr("Holders of an innovation credit could get a deferral of repayment."),
            )
        )
        self.sde = self.add_question(
            Question(
                "finance.sde_project_deadline_2020",
                tr("An &SDE project with a 2020 deadline?"),
                ChoiceEditor(list(yes_no)),
                required=False,
                why=tr(
                    "SDE+ projects could get an extension (ontheffing) of their completion deadline."
                ),
            )
        )
