"""A searchable country picker: type part of a name in the user's language or the ISO
code ("duits", "DE") and pick from the matches."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from core.reference.countries import countries
from ui.i18n import current_language


def country_items(lang: str) -> list[tuple[str, str]]:
    """(code, "Name (CODE)") sorted by the localized name."""
    items = [(c.code, f"{c.name(lang)} ({c.code})") for c in countries().values()]
    return sorted(items, key=lambda item: item[1].casefold())


def match_rank(label: str, typed: str) -> int | None:
    """How well ``label`` ("Nederland (NL)") matches what was typed: 0 the name or code
    exactly, 1 the name starts with it, 2 it is anywhere in the label; None no match."""
    folded = typed.strip().casefold()
    if not folded:
        return 2
    name, _, code = label.rpartition(" (")
    name, code = name.casefold(), code.rstrip(")").casefold()
    if folded in (name, code):
        return 0
    if name.startswith(folded):
        return 1
    return 2 if folded in label.casefold() else None


class _RankedMatches(QSortFilterProxyModel):
    """The completer's list: what contains the typed text, the exact name first, then
    names that start with it ("Nederland" before "Caribisch Nederland")."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.typed = ""

    def set_typed(self, text: str) -> None:
        self.typed = text
        self.invalidate()
        self.sort(0)

    def _label(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> str:
        source = self.sourceModel()
        return str(source.data(source.index(row, 0, parent)) or "")

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return match_rank(self._label(source_row, source_parent), self.typed) is not None

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        a, b = str(left.data() or ""), str(right.data() or "")
        ka = (match_rank(a, self.typed) or 0, a.casefold())
        kb = (match_rank(b, self.typed) or 0, b.casefold())
        return ka < kb


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
        # The completer shows the ranked matches as they are: the exact name first.
        self.matches = _RankedMatches(self)
        self.matches.setSourceModel(self.model())
        completer = QCompleter(self.matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._typed)
        self.setAccessibleName(self.tr("Country"))
        self.lineEdit().setPlaceholderText(self.tr("Type to search a country"))
        self.activated.connect(lambda i: self.countryChosen.emit(self.itemData(i)))
        self.setCurrentIndex(-1)

    def _typed(self, text: str) -> None:
        self.matches.set_typed(text)
        completer = self.completer()
        if text.strip() and completer is not None:
            completer.complete()

    def first_match(self) -> str:
        """The top of the completer's list for what was typed."""
        index = self.matches.index(0, 0)
        return str(index.data() or "") if index.isValid() else ""

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
