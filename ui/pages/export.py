"""Step 10, Export: the Excel workbook for the accountant, bank or works council."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from ui.pages.base import Page
from ui.pages.problems_banner import ProblemsBanner


class ExportPage(Page):
    exportRequested = Signal()
    saveRequested = Signal()
    jumpRequested = Signal(int)

    def __init__(self, state) -> None:
        super().__init__(
            state,
            self.tr("Export"),
            self.tr(
                "<p>The Excel workbook holds everything you saw, to discuss with your accountant, "
                "bank or works council:</p><ul>"
                "<li><b>Summary</b>: the headline figures, the disclaimer and the catalogue date;</li>"
                "<li><b>Inputs</b>: all your answers (open the workbook in Herstelscan to continue);</li>"
                "<li><b>Exposure</b> and <b>Forecast</b>: the tables and charts;</li>"
                "<li><b>Measures</b>: every measure with verdict, amount and link;</li>"
                "<li><b>Calculation</b> and <b>Assumptions</b>: how each number was computed.</li></ul>"
                "<p>Save the case as well, to change your answers later.</p>"
            ),
        )

    def build(self) -> None:
        self.banner = ProblemsBanner(self.state)
        self.banner.jumpRequested.connect(self.jumpRequested)
        self.body.addWidget(self.banner)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export Excel workbook…"))
        self.export_button.setToolTip("Ctrl+E")
        self.save_button = QPushButton(self.tr("&Save the case as…"))
        for b in (self.export_button, self.save_button):
            b.setMinimumHeight(40)
            row.addWidget(b)
        row.addStretch(1)
        self.body.addLayout(row)
        self.export_button.clicked.connect(self.exportRequested)
        self.save_button.clicked.connect(self.saveRequested)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("whyLabel")
        self.saved_label.setWordWrap(True)
        self.body.addWidget(self.saved_label)
        # "Save the case as…" from this page: the line below it follows at once.
        self.state.fileChanged.connect(self.refresh)

    def refresh(self) -> None:
        if not hasattr(self, "export_button"):
            return
        self.export_button.setEnabled(self.state.case is not None)
        path = self.state.path
        self.saved_label.setText(
            self.tr("Case file: %1").replace("%1", str(path))
            if path
            else self.tr("The case has not been saved yet.")
        )

    def shown(self) -> None:
        self.banner.refresh()
        self.refresh()

    def status(self) -> str:
        return "done"
