"""The table model behind the supplier and sales tables, bound to a list in the draft.

Rows are the draft's own JSON rows (``{"country": "DE", "share": 0.4, ...}``); every
edit writes the whole list back through ``CaseState.edit`` so undo, autosave and
validation see it like any other answer. Cells with a validation problem are tinted and
carry core's message as their tooltip.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from core.reference.countries import country_name
from ui.formatting import parse_number, plain
from ui.i18n import current_language
from ui.state import CaseState
from ui.widgets.fields import problem_text

Index = QModelIndex | QPersistentModelIndex
_PROBLEM_BG = QColor("#fde2e1")


translate = QCoreApplication.translate


def share_problem_text(p, value: Any) -> str:
    """Core checks a share as a fraction (0.25); the table shows percent (25), so its
    messages speak percent too: following the advice must give the right number."""
    if not p.field.endswith(".share"):
        return problem_text(p)
    lang = current_language()
    expected = translate("ShareModel", "expected a percentage from 0 to 100 (40 means 40%)")
    if value is None:
        return translate("ShareModel", "is missing; %1").replace("%1", expected)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return (
            translate("ShareModel", "'%1' is not a number; %2")
            .replace("%1", str(value))
            .replace("%2", expected)
        )
    return (
        translate("ShareModel", "%1% is out of range; %2")
        .replace("%1", plain(value * 100, lang, 2))
        .replace("%2", expected)
    )


class ShareModel(QAbstractTableModel):
    """Columns: country, share (%) and, for suppliers, critical and weeks to an alternative."""

    def __init__(self, state: CaseState, path: str, *, suppliers: bool, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.path = path
        self.suppliers = suppliers
        self.columns = ["country", "share"] + (
            ["critical", "alternative_weeks"] if suppliers else []
        )
        self._rows: list[dict[str, Any]] = self._state_rows()
        state.changed.connect(self.sync)

    def _state_rows(self) -> list[dict[str, Any]]:
        rows = self.state.get(self.path)
        return (
            copy.deepcopy([r if isinstance(r, dict) else {} for r in rows])
            if isinstance(rows, list)
            else []
        )

    def rows(self) -> list[dict[str, Any]]:
        return copy.deepcopy(self._rows)

    def sync(self, _path: str = "") -> None:
        rows = self._state_rows()
        if len(rows) == len(self._rows):
            # What the cells show: the rows and their problems. An edit elsewhere (typing
            # on Resultaat) changes neither, and a dataChanged would have the table size
            # its columns again, on a page nobody sees.
            shown = (rows, self.state.problems_for(self.path), self.reveal_blank)
            changed = shown != self._shown
            self._rows = rows
            self._shown = shown
            if self._rows and changed:
                # Problem tints depend on the whole list (duplicates, totals): refresh all.
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1)
                )
        else:
            self._shown = None
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def _commit(self) -> None:
        self.state.edit(self.path, copy.deepcopy(self._rows), coalesce=False)

    # -- Qt model interface ------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if not 0 <= section < len(self.columns):
            return None
        return {
            "country": self.tr("Country"),
            "share": self.tr("Share of purchases (%)")
            if self.suppliers
            else self.tr("Share of revenue (%)"),
            "critical": self.tr("Critical (irreplaceable)"),
            "alternative_weeks": self.tr("Weeks to an alternative"),
        }[self.columns[section]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()] == "critical":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def blank(self, row: int) -> bool:
        """A row just added and not yet typed in (only the default "not critical")."""
        if not 0 <= row < len(self._rows):
            return False
        return all(k == "critical" and v is False for k, v in self._rows[row].items())

    reveal_blank = False  # the table sets it once the user left the page
    _shown: tuple | None = None  # rows, problems and reveal_blank last signalled

    def _problems(self, row: int, key: str) -> list:
        if self.blank(row) and not self.reveal_blank:
            return []  # a fresh row does not complain before anything is typed
        return self.state.problems_for(f"{self.path}[{row}].{key}")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = self.columns[index.column()]
        value = row.get(key)
        lang = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "country":
                return country_name(value, lang) if isinstance(value, str) else ""
            if key == "critical":
                return None
            if isinstance(value, int | float) and not isinstance(value, bool):
                return plain(value * 100 if key == "share" else value, lang, 2)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            if key == "share" and isinstance(value, int | float):
                return plain(value * 100, lang, 2)
            if key == "alternative_weeks" and isinstance(value, int | float):
                return plain(value, lang, 2)
            return value
        if role == Qt.ItemDataRole.CheckStateRole and key == "critical":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("share", "alternative_weeks"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole):
            problems = self._problems(index.row(), key)
            if not problems:
                if role == Qt.ItemDataRole.ToolTipRole and key == "alternative_weeks":
                    return self.tr(
                        "Only needed for critical suppliers: how many weeks until another supplier can deliver."
                    )
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return _PROBLEM_BG
            return "\n".join(
                share_problem_text(p, row.get(p.field.rsplit(".", 1)[-1])) for p in problems
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        key = self.columns[index.column()]
        row = self._rows[index.row()]
        if key == "critical":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            row["critical"] = checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif key == "country":
            row["country"] = value or None
            if row["country"] is None:
                row.pop("country")
        else:
            text = "" if value is None else str(value).strip()
            number = parse_number(text, current_language()) if text else None
            stored: Any = None if not text else (text if number is None else number)
            if key == "share" and isinstance(stored, float):
                stored = round(stored / 100, 10)
            if stored is None:
                row.pop(key, None)
            else:
                row[key] = stored
        self.dataChanged.emit(index, index)
        self._commit()
        return True

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for _ in range(count):
            self._rows.insert(row, {"critical": False} if self.suppliers else {})
        self.endInsertRows()
        self._commit()
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row : row + count]
        self.endRemoveRows()
        self._commit()
        return True

    def total_share(self) -> float:
        return sum(
            float(r["share"])
            for r in self._rows
            if isinstance(r.get("share"), int | float) and not isinstance(r.get("share"), bool)
        )
