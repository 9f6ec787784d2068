"""Step 6, Personeel: the people, the wage bill and the shop floor."""

from __future__ import annotations

from ui.pages.base import Page
from ui.widgets.fields import ChoiceEditor, NumberEditor, Question


class StaffPage(Page):
    prefixes = ("staff",)

    def __init__(self, state) -> None:
        super().__init__(
            state,
            self.tr("Staff"),
            self.tr(
                "Wage support (NOW), part-time unemployment and training schemes are all "
                "sized from these numbers."
            ),
        )

    def build(self) -> None:
        tr = self.tr
        self.employees = self.add_question(
            Question(
                "staff.employees",
                tr("Number of &employees"),
                NumberEditor(integer=True, placeholder="60"),
                unit=tr("people on the payroll"),
                why=tr("Caps the wage bill NOW counts (at most €9,538 a month per employee)."),
            )
        )
        self.fte = self.add_question(
            Question(
                "staff.fte",
                tr("Full-time &equivalents"),
                NumberEditor(placeholder="55"),
                unit=tr("FTE"),
                why=tr(
                    "Used to express idle capacity as people: how many FTE have no work in "
                    "the worst month."
                ),
            )
        )
        self.wage = self.add_question(
            Question(
                "staff.monthly_wage_bill_eur",
                tr("Monthly &wage bill (SV-loon)"),
                NumberEditor(placeholder="230.000"),
                unit=tr("euro per month"),
                why=tr(
                    "The social-insurance wages of a normal month, as in your payroll "
                    "report. NOW reimburses a share of exactly this amount."
                ),
            )
        )
        self.bbl = self.add_question(
            Question(
                "staff.bbl_students",
                tr("&BBL students"),
                NumberEditor(integer=True, placeholder="0"),
                unit=tr("people"),
                required=False,
                why=tr(
                    "Work-study students: the 'praktijkleren' subsidy pays up to €2,700 per student a year."
                ),
            )
        )
        self.rd = self.add_question(
            Question(
                "staff.rd_staff",
                tr("&R&&D staff"),
                NumberEditor(integer=True, placeholder="0"),
                unit=tr("people"),
                required=False,
                why=tr(
                    "People doing research and development; decides whether WBSO "
                    "(tax credit on R&D wages) is worth applying for."
                ),
            )
        )
        self.flex = self.add_question(
            Question(
                "staff.flex_workers",
                tr("&Flex workers"),
                NumberEditor(integer=True, placeholder="0"),
                unit=tr("people"),
                required=False,
                why=tr(
                    "Temporary and agency staff are usually the first to go; NOW does not "
                    "cover agency workers."
                ),
            )
        )
        choices = [
            ("yes", tr("Yes, everywhere")),
            ("partly", tr("Partly")),
            ("no", tr("No")),
        ]
        self.distancing = self.add_question(
            Question(
                "staff.distancing_possible",
                tr("Can people keep &1.5 m apart on the shop floor?"),
                ChoiceEditor(choices),
                why=tr(
                    "The paper names lower productivity from distancing; where it is "
                    "impossible, sites close during the restrictions."
                ),
            )
        )
