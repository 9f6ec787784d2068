"""Step 3, Orderportefeuille: how long the order book carries production."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.after_repaint import AfterRepaint
from ui.i18n import current_language
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
                NumberEditor(example=4.5),
                unit=self.tr("months (0 to 36)"),
                why=self.tr(
                    "Count only firm orders, at your normal production rate. Half months are "
                    "fine (4,5). A job shop working from week to week enters 0 or 0,5."
                ),
            )
        )
        self.impact = QLabel()
        self.impact.setObjectName("noteLabel")
        self.impact.setWordWrap(True)
        self.impact.setTextFormat(Qt.TextFormat.RichText)
        self.impact.hide()
        self.body.addWidget(self.impact)
        self._impact_later = AfterRepaint(self._refresh_impact, self)

    def _on_state_changed(self, _path: str) -> None:
        if not self.isVisible():
            self._stale_inputs = True
            return
        super().refresh()  # the answer and its problems at once
        # The forecast's line needs the assessment: after the keystroke's repaint.
        if hasattr(self, "impact"):
            self._impact_later.queue()

    def refresh(self) -> None:
        super().refresh()
        self._refresh_impact()

    def _refresh_impact(self) -> None:
        if not hasattr(self, "impact"):
            return
        self._impact_later.cancel()
        result = self.state.result() if self.state.case is not None else None
        if result is None:
            self.impact.hide()
            return
        lang = current_language()
        lines = []
        for sc in result.scenarios:
            expl = next((e for e in result.explanations if e.key == f"first_drop:{sc.id}"), None)
            if expl is not None:
                lines.append(
                    f"<b>{html.escape(sc.label(lang).split('—')[0].strip())}</b>: {html.escape(expl.values(lang))}"
                )
        self.impact.setText(
            self.tr("<b>What this means for you</b>, the first month with a 20% revenue drop:")
            + "<br>"
            + "<br>".join(lines)
        )
        self.impact.setVisible(bool(lines))
