"""Step 5, Afzet: where your customers are."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.pages.base import Page
from ui.widgets.share_table import ShareTable


class SalesPage(Page):
    prefixes = ("sales",)

    def __init__(self, state) -> None:
        super().__init__(
            state,
            self.tr("Sales by country"),
            self.tr(
                "Production depends on demand abroad: for the sector, final demand from "
                "China is 5% of production, from Germany 11% and from Italy 3%. When "
                "demand in a country falls, your orders from there fall with it, and "
                "China's lockdown came about a month earlier than Europe's."
            ),
        )

    def build(self) -> None:
        help_label = QLabel(
            self.tr(
                "One row per country where your customers are, with its share of your "
                "revenue; the shares must add up to 100%. Sales to a Dutch customer that "
                "exports your part count as the Netherlands. Keys: Insert adds a row, "
                "Delete removes it."
            )
        )
        help_label.setObjectName("whyLabel")
        help_label.setWordWrap(True)
        self.body.addWidget(help_label)
        self.table = ShareTable(
            self.state, "sales", suppliers=False, name=self.tr("Sales countries")
        )
        self.body.addWidget(self.table)

    def left(self) -> None:
        self.table.show_missing = True
        self.table.refresh()
        super().left()
