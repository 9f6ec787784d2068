"""Headline figures as cards; each explains itself (tooltip and a detail panel) from
``Result.explanations``: a sentence with the numbers and the method section, and
behind the "Formula" toggle the formula and the values used."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.months import month_name, parse_month
from ui.formatting import money, nbsp_euro, number, percent

translate = QCoreApplication.translate


def format_value(key: str, value, unit: str, lang: str, none_text: str) -> str:
    if value is None:
        return none_text
    if unit == "eur":
        return money(float(value), lang)
    if unit == "fraction":
        return percent(float(value), lang)
    if unit == "month":
        try:
            return month_name(parse_month(str(value)), lang)
        except ValueError:
            return str(value)
    if unit == "fte":
        return number(float(value), lang, 1) + " FTE"
    if unit == "index":
        if key.startswith("trough"):
            return percent(float(value), lang)
        return number(float(value), lang, 2)
    return str(value)


def _nbsp(text: str) -> str:
    return nbsp_euro(text)


def _source_html(text: str) -> str:
    parts = []
    for part in text.split("; "):
        link = next((w for w in part.split() if w.startswith("http")), None)
        if link:
            label = part.replace(link, "").rstrip(", ")
            part = f'<a href="{html.escape(link)}">{html.escape(label or link)}</a>'
        else:
            part = html.escape(part)
        parts.append(part)
    return "; ".join(parts)


def explanation_html(expl, lang: str, label: str | None = None, formula: bool = False) -> str:
    """The figure's sentence and where the method explains it; the formula and the values
    used only when asked for (the "Formula" toggle)."""
    esc = html.escape
    formula_label = translate("Figures", "Formula")
    values_label = translate("Figures", "Values")
    source_label = translate("Figures", "Source")
    text = f"<b>{esc(label or expl.label(lang))}</b><br>{esc(expl.text(lang))}"
    if formula:
        text += (
            f"<br><i>{esc(formula_label)}:</i> {esc(expl.formula(lang))}"
            f"<br><i>{esc(values_label)}:</i> {esc(expl.values(lang))}"
        )
    where = []
    if expl.method_section:
        from core.reference.method import section_ref

        ref = esc(section_ref(expl.method_section, lang))
        where.append(f'<a href="method:{expl.method_section}">{ref}</a>')
    if expl.cites:
        where.append(_source_html(expl.cites))
    text += f"<br><i>{esc(source_label)}:</i> {'; '.join(where)}"
    return _nbsp(text)


class FigureCard(QFrame):
    detailsRequested = Signal(str)

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 8)
        layout.setSpacing(2)
        self.value = QLabel()
        self.value.setObjectName("figureValue")
        self.value.setWordWrap(True)
        self.label = QLabel()
        self.label.setObjectName("figureLabel")
        self.label.setWordWrap(True)
        self.more = QToolButton()
        self.more.setText(translate("Figures", "Why?"))
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.clicked.connect(lambda: self.detailsRequested.emit(self.key))
        top = QHBoxLayout()
        top.addWidget(self.value, 1)
        top.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.label, 1)


class FigurePanel(QWidget):
    """A grid of figure cards plus the detail text of the card asked about."""

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.setObjectName("figurePanel")
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        outer.addLayout(self.grid)
        self.detail = QLabel()
        self.detail.setObjectName("noteLabel")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setOpenExternalLinks(False)
        self.detail.linkActivated.connect(self._open_link)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.detail.hide()
        self.formula_toggle = QToolButton()
        self.formula_toggle.setText(translate("Figures", "Formula"))
        self.formula_toggle.setCheckable(True)
        self.formula_toggle.setToolTip(
            translate("Figures", "Show the formula and the values it used")
        )
        self.formula_toggle.toggled.connect(lambda _on: self._show_current())
        self.formula_toggle.hide()
        # Above the text it opens: the panel grows downwards and the toggle stays under
        # the mouse (below the text it jumped away when the formula appeared).
        outer.addWidget(self.formula_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.detail)
        self.cards: dict[str, FigureCard] = {}
        self._explanations: dict[str, object] = {}
        self._lang = "nl"

    def show_figures(self, items: list[tuple[str, object, str]], lang: str, none_text: str) -> None:
        """``items``: (key, explanation, short label[, text for "no value"])."""
        self._lang = lang
        keys = [item[0] for item in items]
        if keys != list(self.cards):
            for card in self.cards.values():
                # Hidden and deleted by Qt, still parented: setParent(None) would hand the
                # widget to Python as well, and two owners crash at a random garbage collection.
                self.grid.removeWidget(card)
                card.hide()
                card.deleteLater()
            self.cards = {}
            for key in keys:
                card = FigureCard(key)
                card.detailsRequested.connect(self.show_detail)
                self.cards[key] = card
            self._columns = 0
            self.setProperty("compact", None)  # new cards take the size of this width
            self.set_width(self._width)
        self._explanations = {}
        for key, expl, label, *rest in items:
            card = self.cards[key]
            if expl.headline(lang):
                text = expl.headline(lang)
            else:
                text = format_value(
                    key, expl.value, expl.unit, lang, rest[0] if rest else none_text
                )
            text = _nbsp(text)
            card.value.setText(text)
            card.label.setText(label)
            card.setToolTip(explanation_html(expl, lang, label))
            card.more.setAccessibleName(translate("Figures", "Explain: %1").replace("%1", label))
            card.setAccessibleName(f"{label}: {text}")
            self._explanations[key] = (expl, label)
        if self.detail.isVisible() and self._current in self._explanations:
            self._show_current()
        elif self.detail.isVisible():
            self.hide_detail()

    _current = ""
    _columns = 0
    _width = 1000

    #: grid columns per row: 12 divides by 4, 3 and 2, so a last row with fewer cards
    #: spreads them over the whole width instead of leaving an empty slot
    SLOTS = 12
    #: below this panel width the cards' values are set smaller (a 900 px window)
    COMPACT_WIDTH = 700

    def set_width(self, width: int) -> None:
        """Lay the cards out for the page's width: 4 or 3 across, 2 on a narrow window, so
        the page never scrolls sideways; the last row's cards share its whole width."""
        self._width = width
        compact = width < self.COMPACT_WIDTH
        if self.property("compact") != compact:
            self.setProperty("compact", compact)
            for label in self.findChildren(QLabel, "figureValue"):
                label.style().unpolish(label)
                label.style().polish(label)
        n = len(self.cards)
        most = 4 if width >= 1100 else 3 if width >= 820 else 2
        columns = most
        if n % most and n % 3 == 0 and most >= 3:
            columns = 3  # a full grid reads better than one card on its own
        if columns == self._columns or not n:
            return
        self._columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        cards = list(self.cards.values())
        for i, card in enumerate(cards):
            row, col = divmod(i, columns)
            in_row = min(columns, n - row * columns)
            span = self.SLOTS // in_row
            self.grid.addWidget(card, row, col * span, 1, span)
        for c in range(self.SLOTS):
            self.grid.setColumnStretch(c, 1)

    def show_detail(self, key: str) -> None:
        if key == self._current and self.detail.isVisible():
            self.hide_detail()  # "Why?" again closes it
            return
        self._current = key
        self._show_current()

    def _show_current(self) -> None:
        if self._current not in self._explanations:
            return
        expl, label = self._explanations[self._current]
        formula = self.formula_toggle.isChecked()
        self.detail.setText(explanation_html(expl, self._lang, label, formula=formula))
        self.detail.show()
        self.formula_toggle.show()

    def _open_link(self, link: str) -> None:
        """ "Methode, § 4" opens that section of the method; web sources open in the browser."""
        if link.startswith("method:"):
            from ui.method_viewer import show_method

            self.method_dialog = show_method(self.window(), self._lang)
            self.method_dialog.show_number(int(link.split(":", 1)[1]))
        else:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(link))

    def hide_detail(self) -> None:
        self.detail.hide()
        self.formula_toggle.hide()
