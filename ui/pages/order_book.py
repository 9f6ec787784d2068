"""Step 3, Orderportefeuille: how long the order book carries production."""

from __future__ import annotations

from ui.pages.base import Page
from ui.widgets.fields import NumberEditor, Question


class OrderBookPage(Page):
    prefixes = ("order_book",)

    def __init__(self, state) -> None:
        super().__init__(
            state,
            self.tr("Order book"),
            self.tr(
                "<p>The FME paper's key observation: revenue can stay up for a while because "
                "the production line keeps working on orders already booked. The biggest "
                "impact on revenue often comes only after about six months.</p>"
                "<p>A company with an order book of more than three months sees its revenue "
                "drop only in the second half of the year, after the first NOW window has "
                "closed. That is why FME asked for a NOW with a longer horizon, and why "
                "this number matters so much for your forecast.</p>"
            ),
        )

    def build(self) -> None:
        self.months = self.add_question(
            Question(
                "order_book.months",
                self.tr("How many &months of production do your firm orders cover?"),
                NumberEditor(placeholder="4,5"),
                unit=self.tr("months (0 to 36)"),
                why=self.tr(
                    "Count only firm orders, at your normal production rate. Half months are "
                    "fine (4,5). A job shop working from week to week enters 0 or 0,5."
                ),
            )
        )
