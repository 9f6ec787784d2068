"""A searchable country picker: type part of a name in the user's language or the ISO
code ("duits", "DE") and pick from the matches."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from core.reference.countries import countries
from ui.i18n import current_language


def country_items(lang: str) -> list[tuple[str, str]]:
    """(code, "Name (CODE)") sorted by the localized name."""
    items = [(c.code, f"{c.name(lang)} ({c.code})") for c in countries().values()]
    return sorted(items, key=lambda item: item[1].casefold())


class CountryPicker(QComboBox):
    """Editable combo box whose completer matches anywhere in the name."""

    countryChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        for code, label in country_items(current_language()):
            self.addItem(label, code)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.setAccessibleName(self.tr("Country"))
        self.lineEdit().setPlaceholderText(self.tr("Type to search a country"))
        self.activated.connect(lambda i: self.countryChosen.emit(self.itemData(i)))
        self.setCurrentIndex(-1)

    def code(self) -> str | None:
        """The chosen ISO code; typed text that names one country also counts."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        upper = text.upper()
        if upper in countries():
            return upper
        folded = text.casefold()
        names = [(i, self.itemText(i).rsplit(" (", 1)[0].casefold()) for i in range(self.count())]
        # A name typed in full wins over names that contain it ("Nederland" is not
        # "Caribisch Nederland", "China" not "Hongkong SAR van China"); then one that
        # starts with it; then the only one that contains it anywhere.
        for matches in (
            [i for i, name in names if name == folded],
            [i for i, name in names if name.startswith(folded)],
            [i for i in range(self.count()) if folded in self.itemText(i).casefold()],
        ):
            if len(matches) == 1:
                return self.itemData(matches[0])
            if matches:
                return None  # ambiguous: the user picks from the list
        return None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(code or "")
