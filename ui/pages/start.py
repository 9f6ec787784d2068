"""Step 1, Start: what the scan does, the privacy promise, and how to begin."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from ui.pages.base import Page


class StartPage(Page):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()

    def __init__(self, state) -> None:
        super().__init__(
            state,
            self.tr("Herstelscan: how will the crisis hit your company?"),
            self.tr(
                "<p>In about ten minutes you answer questions about your company: order book, "
                "suppliers, customers, staff and (optionally) finances. The scan then shows</p>"
                "<ul><li>how exposed you are to each country you buy from and sell to, next to "
                "your sector;</li>"
                "<li>your monthly revenue under the CPB scenarios and as 2020 really went, and when it drops;</li>"
                "<li>which support measures fit your company, with amounts and periods;</li>"
                "<li>an Excel workbook to discuss with your accountant, bank or works council.</li></ul>"
            ),
        )

    def build(self) -> None:
        privacy = QLabel(
            self.tr(
                "<b>Privacy:</b> everything stays on this PC. Herstelscan sends nothing over "
                "the internet; your answers are saved only where you save them (and in an "
                "automatic recovery copy in your own user folder)."
            )
        )
        privacy.setObjectName("noteLabel")
        privacy.setWordWrap(True)
        self.body.addWidget(privacy)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Start a new case"))
        self.open_button = QPushButton(self.tr("&Open a saved case…"))
        self.demo_button = QPushButton(self.tr("Try the &example company"))
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
            row.addWidget(button)
        row.addStretch(1)
        self.new_button.setDefault(True)
        self.body.addSpacing(12)
        self.body.addLayout(row)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        disclaimer = QLabel(
            self.tr(
                "The scan is an estimate based on the CPB scenarios of March 2020, on what "
                "happened in 2020–2021 and 2008–2010 (CBS), and on the FME paper "
                "'Coronacrisis: hoe nu verder'. It is no substitute for advice "
                "from your accountant, and no decision on any support scheme."
            )
        )
        disclaimer.setObjectName("whyLabel")
        disclaimer.setWordWrap(True)
        self.body.addSpacing(12)
        self.body.addWidget(disclaimer)

    def status(self) -> str:
        return "done"
