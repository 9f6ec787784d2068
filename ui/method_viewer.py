"""Help > Method: the member-readable method text, with a table of contents.

The text comes from ``core.reference.method`` (Markdown per section, in the UI language) and is
rendered by Qt's own Markdown support; nothing is fetched from the network.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.reference.method import sections


class MethodDialog(QDialog):
    """Sections listed on the left; the chosen one rendered on the right."""

    def __init__(self, parent: QWidget | None, lang: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Method"))
        self.setObjectName("methodDialog")
        self.sections = sections(lang)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "How Herstelscan calculates exposure, the forecast, NOW, the verdicts and the "
                "cash runway, with the assumptions and sources. Texts in the app and the "
                "workbook refer to these sections as '§ N'."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.toc = QListWidget()
        self.toc.setAccessibleName(self.tr("Contents"))
        for s in self.sections:
            self.toc.addItem(f"§ {s.number}  {s.title}")
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setAccessibleName(self.tr("Method text"))
        splitter.addWidget(self.toc)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 640])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.toc.currentRowChanged.connect(self.show_section)
        if self.sections:
            self.toc.setCurrentRow(0)
        else:
            self.text.setPlainText(self.tr("The method text is missing from this installation."))
        self.resize(900, 620)

    def show_section(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.text.setMarkdown(self.sections[row].text)
            self.text.verticalScrollBar().setValue(0)

    def show_number(self, number: int) -> None:
        """Open the section with this number (as cited: 'Method, § N')."""
        for row, s in enumerate(self.sections):
            if s.number == number:
                self.toc.setCurrentRow(row)
                return


def show_method(parent: QWidget, lang: str) -> MethodDialog:
    dialog = MethodDialog(parent, lang)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
