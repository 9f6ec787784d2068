"""The numbers behind the revenue chart: month × scenario, revenue as % of normal,
one click from the chart and copyable into a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from core.months import month_name, parse_month
from ui.formatting import number


def table_text(months: list[str], labels: list[str], rows: list[list[float]], lang: str) -> str:
    """Tab-separated, as a spreadsheet pastes it; numbers in the user's notation."""
    first = "Maand" if lang == "nl" else "Month"
    lines = ["\t".join([first, *labels])]
    for month, row in zip(months, rows, strict=True):
        cells = [number(v, lang, 1) for v in row]
        lines.append("\t".join([month_name(parse_month(month), lang), *cells]))
    return "\n".join(lines) + "\n"


def two_lines(label: str, longest: int = 14) -> str:
    """A long column header on two lines at the space nearest its middle ("Zoals het
    ging" / "(2020–2021)"), so the column needs not be as wide as the whole name."""
    if len(label) <= longest or " " not in label:
        return label
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return label[:cut] + "\n" + label[cut + 1 :]


class MonthTableDialog(QDialog):
    def __init__(self, parent, months, labels, rows, lang: str, marks=None) -> None:
        """``marks``: per scenario column, the rows of a catch-up and a second dip."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revenue per month, % of normal"))
        self.lang = lang
        self.text = table_text(months, labels, rows, lang)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Revenue in each month as a percentage of a normal month, per scenario. "
                "Back to normal: from that month on always at least 98% of normal. Above 100% "
                "orders are caught up; below 98% again after that is a second dip. "
                "Copy pastes the whole table into a spreadsheet."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(months), len(labels))
        self.table.setHorizontalHeaderLabels([two_lines(label) for label in labels])
        self.table.setVerticalHeaderLabels([month_name(parse_month(m), lang) for m in months])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                text = number(value, lang, 1) + "%"
                mark = (marks[c].get(r) if marks and c < len(marks) else None) or ""
                if mark == "catch_up":
                    text += " " + self.tr("(catching up)")
                elif mark == "second_dip":
                    text += " " + self.tr("(second dip)")
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if value <= 80 + 1e-9:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        # Each column as wide as its header or its widest cell, never elided ("Zoals het
        # ging (2020–2021)" was cut); the dialog opens wide enough for all of them.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.windowTitle())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy table"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy)
        self.table.resizeColumnsToContents()
        wanted = (
            self.table.verticalHeader().sizeHint().width()
            + sum(
                max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c))
                for c in range(len(labels))
            )
            + self.table.verticalScrollBar().sizeHint().width()
            + 2 * self.table.frameWidth()
            + layout.contentsMargins().left()
            + layout.contentsMargins().right()
            + 8
        )
        screen = self.screen().availableGeometry().width() if self.screen() else wanted
        self.resize(max(520, min(wanted, screen - 40)), 620)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
