"""Step 2, Bedrijf: who the company is, its size and its markets."""

from __future__ import annotations

from ui.pages.base import Page
from ui.widgets.fields import (
    CheckEditor,
    ChoiceEditor,
    MultiCheckEditor,
    NumberEditor,
    Question,
    TextEditor,
)


class CompanyPage(Page):
    prefixes = ("company",)

    def __init__(self, state) -> None:
        super().__init__(
            state,
            self.tr("Your company"),
            self.tr(
                "The basics: the scan compares your company with its sector and sizes "
                "every amount from your normal revenue."
            ),
        )

    def build(self) -> None:
        self.name = self.add_question(
            Question(
                "company.name",
                self.tr("Company na&me"),
                TextEditor(),
                why=self.tr("Printed on the report, so your accountant or bank knows whose it is."),
            )
        )
        self.kvk = self.add_question(
            Question(
                "company.kvk",
                self.tr("&KvK number (optional)"),
                TextEditor(optional=True, max_length=8),
                unit=self.tr("8 digits"),
                required=False,
                why=self.tr(
                    "Only for the report; some support schemes ask for it. Leave it empty if you like."
                ),
            )
        )
        sectors = [
            (None, self.tr("— choose —")),
            ("metaal", self.tr("Metal products")),
            ("elektronica", self.tr("Electronics")),
            ("elektrotechniek", self.tr("Electrical engineering")),
            ("kunststof", self.tr("Plastics and rubber")),
            ("machinebouw", self.tr("Machine building")),
            ("overig", self.tr("Other technology industry")),
        ]
        self.sector = self.add_question(
            Question(
                "company.sector",
                self.tr("&Sector"),
                ChoiceEditor(sectors),
                why=self.tr(
                    "The FME paper's figures for the whole technology industry (how much of "
                    "the value chain comes from China, Germany and Italy) are shown next to yours."
                ),
            )
        )
        clusters = [
            ("zorg", self.tr("Health care")),
            ("energie", self.tr("Energy")),
            ("gebouwde_omgeving", self.tr("Built environment")),
            ("agri_food", self.tr("Agri & Food")),
            ("veiligheid", self.tr("Safety & security")),
        ]
        self.clusters = self.add_question(
            Question(
                "company.clusters",
                self.tr("FME &clusters you supply"),
                MultiCheckEditor(clusters),
                required=False,
                why=self.tr(
                    "Some measures and FME proposals target these markets (for example "
                    "health care suppliers during the crisis). Tick any that apply."
                ),
            )
        )
        self.revenue = self.add_question(
            Question(
                "company.annual_revenue_eur",
                self.tr("Normal annual &revenue"),
                NumberEditor(example=12_000_000),
                unit=self.tr("euro per year"),
                why=self.tr(
                    "Revenue in a normal year (for example 2019). Every forecast is a share "
                    "of this, and NOW compares your drop against it."
                ),
            )
        )
        self.startup = self.add_question(
            Question(
                "company.startup_or_scaleup",
                self.tr("Start-up or scale-up"),
                CheckEditor(
                    self.tr("We are a start-up or scale-up (innovative, less than 5 years old)")
                ),
                required=False,
                why=self.tr(
                    "Start-ups and scale-ups had their own support (the COL facility) "
                    "because banks lend to them less easily."
                ),
            )
        )
