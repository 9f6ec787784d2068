"""Step 6, Personeel: the people, the wage bill and the shop floor."""

from __future__ import annotations

from ui.formatting import percent
from ui.i18n import current_language
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
        self.employees = self.add_question(
            Question(
                "staff.employees",
                self.tr("Number of &employees"),
                NumberEditor(integer=True, example=60),
                unit=self.tr("people on the payroll"),
                why=self.tr("Caps the wage bill NOW counts (at most €9,538 a month per employee)."),
            )
        )
        self.fte = self.add_question(
            Question(
                "staff.fte",
                self.tr("Full-time e&quivalents"),
                NumberEditor(example=55),
                unit=self.tr("FTE"),
                why=self.tr(
                    "Used to express idle capacity as people: how many FTE have no work in "
                    "the worst month."
                ),
            )
        )
        self.wage = self.add_question(
            Question(
                "staff.monthly_wage_bill_eur",
                self.tr("Monthly &wage bill (SV-loon)"),
                NumberEditor(example=230_000),
                unit=self.tr("euro per month"),
                why=self.tr(
                    "The social-insurance wages of a normal month, as in your payroll "
                    "report. NOW reimburses a share of exactly this amount."
                ),
            )
        )
        self.bbl = self.add_question(
            Question(
                "staff.bbl_students",
                self.tr("BB&L students"),
                NumberEditor(integer=True),
                unit=self.tr("people"),
                required=False,
                why=self.tr(
                    "Work-study students: the 'praktijkleren' subsidy pays up to €2,700 per student a year."
                ),
            )
        )
        self.rd = self.add_question(
            Question(
                "staff.rd_staff",
                self.tr("&R&&D staff"),
                NumberEditor(integer=True),
                unit=self.tr("people"),
                required=False,
                why=self.tr(
                    "People doing research and development; decides whether WBSO "
                    "(tax credit on R&D wages) is worth applying for."
                ),
            )
        )
        self.flex = self.add_question(
            Question(
                "staff.flex_workers",
                self.tr("&Flex workers"),
                NumberEditor(integer=True),
                unit=self.tr("people"),
                required=False,
                why=self.tr(
                    "Temporary and agency staff are usually the first to go; NOW does not "
                    "cover agency workers."
                ),
            )
        )
        choices = [
            ("yes", self.tr("Yes, everywhere")),
            ("partly", self.tr("Partly")),
            ("no", self.tr("No")),
        ]
        self.distancing = self.add_question(
            Question(
                "staff.distancing_possible",
                self.tr("Can people keep &1.5 m apart on the shop floor?"),
                ChoiceEditor(choices),
                why=self._distancing_why(),
            )
        )

    def _distancing_why(self) -> str:
        """What the model really does with the answer (the defaults of its assumptions)."""
        from core.reference.assumptions import assumption_specs

        specs = assumption_specs()
        lang = current_language()
        loss = [percent(specs[f"distancing_loss_{k}"].value, lang) for k in ("yes", "partly", "no")]
        return (
            self.tr(
                "During the contact restrictions the model takes %1 (yes), %2 (partly) or %3 (no) "
                "off your production capacity: distancing costs productivity, and where it is "
                "impossible sites partly close. The percentages are assumptions you can change "
                "under Result."
            )
            .replace("%1", loss[0])
            .replace("%2", loss[1])
            .replace("%3", loss[2])
        )
