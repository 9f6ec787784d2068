"""Blootstelling for a stress test (issue 17, item 5): for the chosen stress scenario,
one card per channel saying which of the company's countries it hits and the share of
sales or purchases at stake. The figures are core's (core.model.exposure.stress_exposure),
the same the workbook shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.model.exposure import ChannelExposure, scenario_shocks, stress_exposure
from core.reference.countries import country_name
from ui.formatting import percent


class StressExposurePanel(QWidget):
    """Hidden unless the chosen scenario is a stress test."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.title = QLabel()
        self.title.setObjectName("questionLabel")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.row = QHBoxLayout()
        layout.addLayout(self.row)
        # One card per channel, made once and reused: a recompute while typing never
        # leaves a card half-deleted on screen.
        self.cards: dict[str, QLabel] = {}
        for channel in ("demand", "supply", "input_cost"):
            card = QLabel()
            card.setObjectName("noteLabel")
            card.setWordWrap(True)
            card.setTextFormat(Qt.TextFormat.RichText)
            card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            card.setAccessibleName(self.channel_title(channel))
            card.setVisible(False)
            self.row.addWidget(card, 1)
            self.cards[channel] = card
        self.channels: tuple[ChannelExposure, ...] = ()
        self.setVisible(False)

    def show_scenario(self, result, sc, lang: str) -> None:
        shocks = scenario_shocks(result.case, sc.id)
        if not shocks:
            self.channels = ()
            self.setVisible(False)
            return
        self.channels = stress_exposure(result.case, shocks, result.assumptions)
        self.title.setText(
            self.tr("What the stress test '%1' hits in your company").replace("%1", sc.label(lang))
        )
        shown = {ch.channel: ch for ch in self.channels}
        for channel, card in self.cards.items():
            ch = shown.get(channel)
            card.setVisible(ch is not None)
            if ch is not None:
                card.setText(self.card_text(ch, lang))
        self.setVisible(True)

    def channel_title(self, channel: str) -> str:
        return {
            "demand": self.tr("Demand"),
            "supply": self.tr("Supply"),
            "input_cost": self.tr("Input cost"),
        }[channel]

    def card_text(self, ch: ChannelExposure, lang: str) -> str:
        """The card of one channel, as plain sentences with the numbers."""
        lines = [f"<b>{self.channel_title(ch.channel)}</b>"]
        names = ", ".join(country_name(c, lang) for c in ch.countries)
        if not ch.countries:
            lines.append(
                self.tr("Hits none of your sales countries.")
                if ch.channel == "demand"
                else self.tr("Hits none of your supplier countries.")
            )
            return "<br>".join(lines)
        if ch.channel == "demand":
            lines.append(
                self.tr("Hits %1: %2 of your revenue is sold there.")
                .replace("%1", names)
                .replace("%2", percent(ch.exposed, lang))
            )
            if ch.at_full_size is not None:
                lines.append(
                    self.tr("At full size %1 of your orders is lost.").replace(
                        "%1", percent(ch.at_full_size, lang)
                    )
                )
        else:
            lines.append(
                self.tr("Hits %1: %2 of your purchases (%3 of your revenue).")
                .replace("%1", names)
                .replace("%2", percent(ch.exposed, lang))
                .replace("%3", percent(ch.value_chain, lang))
            )
            if ch.channel == "supply" and ch.critical:
                critical = ", ".join(country_name(c, lang) for c in ch.critical)
                lines.append(
                    self.tr(
                        "Critical supplier hit (%1): production falls by the shock's size "
                        "until the alternative delivers."
                    ).replace("%1", critical)
                )
            if ch.at_full_size is not None:
                text = (
                    self.tr("At full size %1 of production is lost.")
                    if ch.channel == "supply"
                    else self.tr(
                        "At full size the extra purchase cost is %1 of your normal revenue, "
                        "after the share you pass on: margin at stake."
                    )
                )
                lines.append(text.replace("%1", percent(ch.at_full_size, lang)))
        return "<br>".join(lines)
