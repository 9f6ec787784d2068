"""Step 4, Inkoop en leveranciers: how much you buy, your stock, and from where."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.pages.base import Page
from ui.widgets.fields import NumberEditor, Question
from ui.widgets.share_table import ShareTable


class PurchasingPage(Page):
    prefixes = ("purchasing",)

    def __init__(self, state) -> None:
        super().__init__(
            state,
            self.tr("Purchasing and suppliers"),
            self.tr(
                "The FME paper: China supplies 6% of the total value in the sector's value "
                "chain, Germany more than 10% and Italy 3%. When those deliveries stop, "
                "production falls by those percentages, unless a supply is irreplaceable: "
                "then the whole line stops until an alternative delivers."
            ),
        )

    def build(self) -> None:
        self.share = self.add_question(
            Question(
                "purchasing.share_of_revenue",
                self.tr("&Purchases as a share of revenue"),
                NumberEditor(scale=100, example=45),
                unit="%",
                why=self.tr(
                    "Materials, parts and subcontracted work bought in a normal year, as a "
                    "percentage of revenue. Your exposure to a supplier country is this share "
                    "times that country's share of your purchases."
                ),
            )
        )
        self.stock = self.add_question(
            Question(
                "purchasing.stock_weeks",
                self.tr("&Stock on hand"),
                NumberEditor(example=4),
                unit=self.tr("weeks of production"),
                why=self.tr("Stock delays the effect of missing deliveries by this many weeks."),
            )
        )
        self.add_section(self.tr("Supplier countries"))
        help_label = QLabel(
            self.tr(
                "One row per country you buy from, with its share of your purchases. Tick "
                "'critical' when production stops without it, and say how many weeks it takes "
                "to get an alternative supplier. Keys: Insert adds a row, Delete removes it, "
                "F2 or typing edits a cell."
            )
        )
        help_label.setObjectName("whyLabel")
        help_label.setWordWrap(True)
        self.body.addWidget(help_label)
        self.table = ShareTable(
            self.state, "purchasing.suppliers", suppliers=True, name=self.tr("Supplier countries")
        )
        self.table.importRequested.connect(self.import_suppliers)
        self.body.addWidget(self.table)

    def left(self) -> None:
        self.table.show_missing = True
        self.table.refresh()
        super().left()

    def import_suppliers(self) -> None:
        from ui.widgets.import_dialog import run_supplier_import

        run_supplier_import(self, self.state)
