"""The table model behind the own-scenario editor: one row per shock of
``own_scenario.shocks`` in the draft (issue 17, item 4).

Rows are the draft's own JSON rows (``{"channel": "demand", "countries": ["US"],
"size": 0.15, ...}``); every edit writes the whole list back through ``CaseState.edit``,
so undo, autosave and core's validation see it like any other answer. Shares are shown
and typed in percent, stored as fractions, as the share tables do. The channel column
folds in "via tariff" (demand) and "critical suppliers only" (supply): one choice a row.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from core.months import month_name, month_of
from core.reference.countries import country_name
from core.reference.stress import MAX_SIZE, group_label, groups
from ui.formatting import parse_number, plain
from ui.i18n import current_language
from ui.state import CaseState
from ui.widgets.fields import problem_text

Index = QModelIndex | QPersistentModelIndex
_PROBLEM_BG = QColor("#fde2e1")
PATH = "own_scenario.shocks"
translate = QCoreApplication.translate

# The channel column's choices: (key, channel, via, applies_to).
CHOICES = (
    ("demand", "demand", "share", "all"),
    ("demand_tariff", "demand", "tariff", "all"),
    ("supply", "supply", "share", "all"),
    ("supply_critical", "supply", "share", "critical"),
    ("input_cost", "input_cost", "share", "all"),
)
PERCENT = ("size", "scale")
MONTHS = ("start", "ramp_months", "duration", "recovery")
COLUMNS = ("channel", "countries", "size", "scale", "start", "ramp_months", "duration", "recovery")


def choice_label(key: str) -> str:
    return {
        "demand": translate("ShockModel", "Demand: orders lost"),
        "demand_tariff": translate("ShockModel", "Demand via a tariff"),
        "supply": translate("ShockModel", "Supply: deliveries fail"),
        "supply_critical": translate("ShockModel", "Supply, critical suppliers only"),
        "input_cost": translate("ShockModel", "Input cost: prices rise"),
    }[key]


def choice_of(row: dict[str, Any]) -> str | None:
    """The channel column's key for a row, or None if the row's channel is unknown."""
    for key, channel, via, applies_to in CHOICES:
        if (
            row.get("channel") == channel
            and (row.get("via") or "share") == via
            and (row.get("applies_to") or "all") == applies_to
        ):
            return key
    return None


def place_label(code: str, lang: str) -> str:
    """A country's name, or a group's ("EU-landen")."""
    return group_label(code, lang) if code in groups() else country_name(code, lang)


def new_shock() -> dict[str, Any]:
    """A row just added: a demand shock from this month to the end, nothing else chosen."""
    return {
        "channel": "demand",
        "via": "share",
        "applies_to": "all",
        "countries": [],
        "scale": 1.0,
        "start": 0,
        "ramp_months": 0,
        "duration": None,
        "recovery": 0,
    }


def shock_problem_text(p, row: dict[str, Any]) -> str:
    """Core checks shares as fractions (0.15); the table speaks percent, so its messages
    do too: following the advice must give the right number."""
    key = p.field.rsplit(".", 1)[-1]
    if key == "countries" and row.get("countries") in (None, []):
        # Core's text names ISO codes, written for files; here a country is picked.
        return translate(
            "ShockModel", "no country chosen yet: add a country or group below the table"
        )
    if key not in PERCENT:
        return problem_text(p)
    lang = current_language()
    top = 100 * (MAX_SIZE.get(str(row.get("channel")), 1.0) if key == "size" else 1.0)
    expected = translate("ShockModel", "expected a percentage from 0 to %1 (15 means 15%)").replace(
        "%1", plain(top, lang)
    )
    value = row.get(key)
    if value is None:
        return translate("ShockModel", "is missing; %1").replace("%1", expected)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return (
            translate("ShockModel", "'%1' is not a number; %2")
            .replace("%1", str(value))
            .replace("%2", expected)
        )
    return (
        translate("ShockModel", "%1% is out of range; %2")
        .replace("%1", plain(value * 100, lang, 2))
        .replace("%2", expected)
    )


class ShockModel(QAbstractTableModel):
    """Columns: channel, countries, size (%), reach (%), start, ramp, duration, recovery."""

    def __init__(self, state: CaseState, parent=None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.path = PATH
        self.columns = list(COLUMNS)
        self.first_month = month_of(today or dt.date.today())
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
            self._rows = rows
            if rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1)
                )
        else:
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
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(self.columns):
            return None
        key = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                "channel": self.tr(
                    "Demand: a share of the orders from customers in these countries is lost "
                    "(via a tariff: the share is the tariff rate times the price elasticity, "
                    "an assumption). Supply: a share of the deliveries from these countries "
                    "fails; your stock delays it. Input cost: purchases from these countries "
                    "cost more; this works on your margin and cash, not on revenue."
                ),
                "countries": self.tr("The countries or groups the shock hits (edit below)."),
                "size": self.tr(
                    "Demand: share of orders lost, or the tariff rate. Supply: share of the "
                    "deliveries that fail. Input cost: the price rise."
                ),
                "scale": self.tr(
                    "How much of the shock reaches you: 100% for a direct hit; less for an "
                    "indirect route, e.g. the share of your German customers' sales that go "
                    "to the US."
                ),
                "start": self.tr("Months after this month when the shock begins (0 = now)."),
                "ramp_months": self.tr("Months over which the shock builds up to its full size."),
                "duration": self.tr("Months at full size; empty: to the end of the forecast."),
                "recovery": self.tr(
                    "Months (time constant) over which the shock fades afterwards; 0: at once."
                ),
            }[key]
        return None

    def column_title(self, key: str) -> str:
        return {
            "channel": self.tr("Channel"),
            "countries": self.tr("Countries"),
            "size": self.tr("Size (%)"),
            "scale": self.tr("Reach (%)"),
            "start": self.tr("Start (month)"),
            "ramp_months": self.tr("Build-up (months)"),
            "duration": self.tr("Duration (months)"),
            "recovery": self.tr("Recovery (months)"),
        }[key]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()] == "countries":
            return base  # edited with the picker below the table
        return base | Qt.ItemFlag.ItemIsEditable

    def problems(self, row: int, key: str) -> list:
        field = f"{self.path}[{row}]"
        found = self.state.problems_for(f"{field}.{key}")
        if key == "channel":
            found += self.state.problems_for(f"{field}.via")
            found += self.state.problems_for(f"{field}.applies_to")
            found += [p for p in self.state.problems if p.field == field]
        return found

    def display(self, row: dict[str, Any], key: str, lang: str) -> str:
        value = row.get(key)
        if key == "channel":
            choice = choice_of(row)
            return choice_label(choice) if choice else str(value or "")
        if key == "countries":
            if not isinstance(value, list):
                return ""
            return ", ".join(place_label(str(c), lang) for c in value)
        if isinstance(value, bool) or value is None:
            if key == "duration" and value is None:
                return self.tr("to the end")
            return ""
        if not isinstance(value, int | float):
            return str(value)
        if key in PERCENT:
            return plain(value * 100, lang, 2)
        if key == "start":
            return f"{plain(value, lang, 2)} · {month_name(self.first_month + int(value), lang)}"
        return plain(value, lang, 2)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = self.columns[index.column()]
        value = row.get(key)
        lang = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, key, lang)
        if role == Qt.ItemDataRole.EditRole:
            if key == "channel":
                return choice_of(row)
            if isinstance(value, int | float) and not isinstance(value, bool):
                return plain(value * 100 if key in PERCENT else value, lang, 2)
            return "" if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and key in PERCENT + MONTHS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole):
            problems = self.problems(index.row(), key)
            if not problems:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return _PROBLEM_BG
            return "\n".join(shock_problem_text(p, row) for p in problems)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not 0 <= index.row() < len(self._rows)
        ):
            return False
        key = self.columns[index.column()]
        row = self._rows[index.row()]
        if key == "channel":
            chosen = next((c for c in CHOICES if c[0] == value), None)
            if chosen is None:
                return False
            row["channel"], row["via"], row["applies_to"] = chosen[1:]
        elif key == "countries":
            row["countries"] = list(value or [])
        else:
            text = "" if value is None else str(value).strip()
            number = parse_number(text, current_language()) if text else None
            stored: Any = None if not text else (text if number is None else number)
            if key in PERCENT and isinstance(stored, float):
                stored = round(stored / 100, 10)
            if stored is None and key == "duration":
                row["duration"] = None  # empty: to the end of the forecast
            elif stored is None:
                row.pop(key, None)
            else:
                row[key] = stored
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 7))
        self._commit()
        return True

    def set_countries(self, row: int, codes: list[str]) -> None:
        if 0 <= row < len(self._rows):
            self.setData(self.index(row, self.columns.index("countries")), codes)

    def countries(self, row: int) -> list[str]:
        if not 0 <= row < len(self._rows):
            return []
        value = self._rows[row].get("countries")
        return [str(c) for c in value] if isinstance(value, list) else []

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for _ in range(count):
            self._rows.insert(row, new_shock())
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
