"""The member's own stress test (issue 17, item 4): start from a library scenario or
from nothing, then a table of shocks (channel, countries, size, timing), saved with the
case under ``own_scenario`` through ``CaseState.edit`` like every other answer, so undo,
autosave, the case file and the workbook carry it. Core validates it
(core/inputs/own_scenario.py); this panel only shows the problems, naming row and column.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.months import month_name
from core.reference.stress import gdp_to_dict, group_label, groups, library, shock_to_dict
from ui.formatting import percent, plain
from ui.i18n import current_language
from ui.state import CaseState
from ui.widgets.country_picker import CountryPicker
from ui.widgets.fields import problem_text
from ui.widgets.shock_model import (
    CHOICES,
    ShockModel,
    choice_label,
    place_label,
    shock_problem_text,
)

FIELD = "own_scenario"
EMPTY = ""  # the "start from nothing" item of the start combo


class PlacePicker(CountryPicker):
    """The country picker with the data's country groups on top ("EU-landen (EU27)")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = current_language()
        for i, gid in enumerate(groups()):
            self.insertItem(i, f"{group_label(gid, lang)} ({gid})", gid)
        self.setCurrentIndex(-1)
        self.lineEdit().setPlaceholderText(self.tr("Type to add a country or group"))
        self.setAccessibleName(self.tr("Add a country or group"))

    def code(self) -> str | None:
        text = self.currentText().strip()
        if text.upper() in groups():
            return text.upper()
        return super().code()


class ChannelDelegate(QStyledItemDelegate):
    """The channel column: a combo of the five channel choices; a pick commits at once."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for key, *_rest in CHOICES:
            editor.addItem(choice_label(key), key)
        editor.activated.connect(lambda _i, e=editor: self._chosen(e))
        return editor

    def _chosen(self, editor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def from_library(scenario_id: str, lang: str) -> dict[str, Any]:
    """The own scenario's JSON as a copy of a library stress test, or empty (``EMPTY``)."""
    from ui.widgets.shock_model import new_shock

    spec = next((s for s in library() if s.id == scenario_id), None)
    if spec is None:
        name = "Eigen scenario" if lang == "nl" else "Own scenario"
        return {"name": name, "based_on": None, "gdp_gap": None, "shocks": [new_shock()]}
    prefix = "Eigen scenario" if lang == "nl" else "Own scenario"
    return {
        "name": f"{prefix}: {spec.label(lang)}",
        "based_on": spec.id,
        "gdp_gap": None if spec.gdp_gap is None else gdp_to_dict(spec.gdp_gap),
        "shocks": [shock_to_dict(s) for s in spec.shocks],
    }


class OwnScenarioEditor(QWidget):
    """Make, edit and remove the case's own scenario; ``created`` after a (re)start."""

    created = Signal()

    def __init__(self, state: CaseState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        lang = current_language()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Build a stress test for your own situation: which countries, which channel, "
                "how large, from when and for how long. Start from a stress test of the "
                "library or from nothing; it is saved with the case and shown as 'own "
                "scenario' next to the others."
            )
        )
        intro.setObjectName("whyLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        self.base_label = QLabel(self.tr("Start &from:"))
        self.base = QComboBox()
        self.base.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.base.setMinimumContentsLength(24)
        for spec in library():
            self.base.addItem(spec.label(lang), spec.id)
        self.base.addItem(self.tr("an empty scenario"), EMPTY)
        self.base_label.setBuddy(self.base)
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create)
        self.remove_scenario_button = QPushButton(self.tr("Remove own scenario"))
        self.remove_scenario_button.clicked.connect(lambda: self.state.edit(FIELD, None))
        top.addWidget(self.base_label)
        top.addWidget(self.base, 1)
        top.addWidget(self.create_button)
        top.addWidget(self.remove_scenario_button)
        layout.addLayout(top)

        self.box = QWidget()
        box = QVBoxLayout(self.box)
        box.setContentsMargins(0, 4, 0, 0)
        grid = QGridLayout()
        self.name_label = QLabel(self.tr("&Name:"))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name_label.setBuddy(self.name)
        self.name.textEdited.connect(lambda text: self.state.edit(f"{FIELD}.name", text))
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.setColumnStretch(1, 1)
        box.addLayout(grid)
        self.based_on = QLabel()
        self.based_on.setObjectName("whyLabel")
        self.based_on.setWordWrap(True)
        box.addWidget(self.based_on)
        gdp_row = QHBoxLayout()
        self.gdp = QLabel()
        self.gdp.setWordWrap(True)
        self.gdp_remove = QPushButton(self.tr("Leave out the GDP fall"))
        self.gdp_remove.clicked.connect(lambda: self.state.edit(f"{FIELD}.gdp_gap", None))
        gdp_row.addWidget(self.gdp, 1)
        gdp_row.addWidget(self.gdp_remove)
        box.addLayout(gdp_row)

        self.model = ShockModel(state, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Shocks of the own scenario"))
        self.view.setItemDelegateForColumn(0, ChannelDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(30)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(self._double_clicked)
        box.addWidget(self.view)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add shock"))
        self.add_button.setToolTip(self.tr("Add a row (Insert key in the table)"))
        self.remove_button = QPushButton(self.tr("Remove selected shock"))
        self.remove_button.setToolTip(self.tr("Remove the selected rows (Delete key in the table)"))
        self.undo_button = QPushButton(self.tr("Undo last change"))
        self.undo_button.setToolTip(self.tr("Undo the last change of the own scenario"))
        for b in (self.add_button, self.remove_button, self.undo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.add_button.clicked.connect(self.add_shock)
        self.remove_button.clicked.connect(self.remove_selected)

        places = QHBoxLayout()
        self.places_label = QLabel()
        self.places = QListWidget()
        self.places.setFlow(QListWidget.Flow.LeftToRight)
        self.places.setWrapping(True)
        self.places.setMaximumHeight(56)
        self.places.setAccessibleName(self.tr("Countries of the selected shock"))
        self.picker = PlacePicker()
        self.picker.setMinimumContentsLength(22)
        self.picker.countryChosen.connect(self._add_place)
        self.places_label.setBuddy(self.picker)
        self.remove_place_button = QPushButton(self.tr("Remove country"))
        self.remove_place_button.clicked.connect(self._remove_place)
        places.addWidget(self.places_label)
        places.addWidget(self.places, 1)
        places.addWidget(self.picker)
        places.addWidget(self.remove_place_button)
        box.addLayout(places)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setProperty("severity", "error")
        box.addWidget(self.problem_label)
        layout.addWidget(self.box)
        # Undo of this editor only: never an answer on another page.
        self.undo_button.clicked.connect(lambda: self.state.undo(FIELD))
        state.changed.connect(self.refresh)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_places())
        self.refresh()

    # -- actions -------------------------------------------------------------------
    def create(self) -> None:
        """Start the own scenario from the chosen library test (or empty) and choose it."""
        self.state.edit(FIELD, from_library(self.base.currentData(), current_language()))
        self.state.edit("scenario", "own", coalesce=False)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.created.emit()

    def add_shock(self) -> None:
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.setFocus()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        for row in rows:
            self.model.removeRows(row, 1)
        if self.model.rowCount():
            self.view.setCurrentIndex(
                self.model.index(min(rows[-1] if rows else 0, self.model.rowCount() - 1), 0)
            )

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else (0 if self.model.rowCount() else -1)

    def _add_place(self, code: str) -> None:
        row = self.current_row()
        if row < 0 or not code:
            return
        codes = self.model.countries(row)
        if code not in codes:
            self.model.set_countries(row, [*codes, code])
        self.picker.setCurrentIndex(-1)
        self.picker.setEditText("")

    def _remove_place(self) -> None:
        row = self.current_row()
        item = self.places.currentItem()
        if row < 0 or item is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        self.model.set_countries(row, [c for c in self.model.countries(row) if c != code])

    def _double_clicked(self, index) -> None:
        if self.model.columns[index.column()] == "countries":
            self.picker.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched, event) -> bool:
        """Insert adds a shock, Delete removes the selected ones (when not editing a cell)."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            if event.key() == Qt.Key.Key_Insert:
                self.add_shock()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    # -- showing -------------------------------------------------------------------
    def own(self) -> dict[str, Any] | None:
        value = self.state.get(FIELD)
        return value if isinstance(value, dict) else None

    def refresh(self, _path: str = "") -> None:
        lang = current_language()
        own = self.own()
        self.box.setVisible(own is not None)
        self.remove_scenario_button.setVisible(own is not None)
        self.create_button.setText(
            self.tr("Start again from this") if own is not None else self.tr("&Make own scenario")
        )
        self.undo_button.setEnabled(self.state.can_undo(FIELD))
        if own is None:
            return
        name = own.get("name")
        if not self.name.hasFocus():
            self.name.setText(name if isinstance(name, str) else "")
        based = own.get("based_on")
        spec = next((s for s in library() if s.id == based), None)
        self.based_on.setText(
            self.tr(
                "Based on the library's stress test '%1'; its facts and sources are in the "
                "workbook. What you change here is your own assumption."
            ).replace("%1", spec.label(lang))
            if spec is not None
            else self.tr("Built from nothing: every figure is your own assumption.")
        )
        self._show_gdp(own.get("gdp_gap"), lang)
        self.remove_button.setEnabled(self.model.rowCount() > 0)
        # As tall as its rows (two at least, eight at most, then it scrolls).
        rows = min(max(self.model.rowCount(), 2), 8)
        header = self.view.horizontalHeader().sizeHint().height()
        self.view.setFixedHeight(
            header + rows * self.view.verticalHeader().defaultSectionSize() + 4
        )
        self._show_places()
        self._show_problems()

    def _show_gdp(self, gdp: Any, lang: str) -> None:
        has = isinstance(gdp, dict)
        self.gdp.setVisible(has)
        self.gdp_remove.setVisible(has)
        if not has:
            return
        depth = gdp.get("depth")
        start = gdp.get("start") or 0
        duration = gdp.get("duration")
        text = self.tr("Also a fall in GDP of %1 below its trend for every customer, from %2")
        text = text.replace(
            "%1", percent(depth, lang) if isinstance(depth, int | float) else "?"
        ).replace(
            "%2",
            month_name(self.model.first_month + int(start), lang)
            if isinstance(start, int | float)
            else "?",
        )
        if isinstance(duration, int | float):
            text += " " + self.tr("for %1 months.").replace("%1", plain(duration, lang))
        else:
            text += " " + self.tr("to the end of the forecast.")
        self.gdp.setText(text)

    def _show_places(self) -> None:
        lang = current_language()
        row = self.current_row()
        self.places.clear()
        has_row = row >= 0
        for w in (self.places, self.picker, self.remove_place_button, self.places_label):
            w.setEnabled(has_row)
        self.places_label.setText(
            self.tr("Countries of shock %1:").replace("%1", str(row + 1))
            if has_row
            else self.tr("Countries:")
        )
        for code in self.model.countries(row):
            item = QListWidgetItem(place_label(code, lang))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setToolTip(code)
            self.places.addItem(item)

    def _show_problems(self) -> None:
        lines = []
        rows = self.model.rows()
        for p in self.state.problems_for(FIELD):
            where = p.field[len(FIELD) :]
            prefix = ""
            row_data: dict[str, Any] = {}
            if where.startswith(".shocks["):
                rest = where[len(".shocks[") :]
                number, _, key = rest.partition("]")
                key = key.lstrip(".")
                if number.isdigit():
                    n = int(number)
                    row_data = rows[n] if n < len(rows) else {}
                    column = (
                        self.model.column_title(key)
                        if key in self.model.columns
                        else self.model.column_title("channel")
                        if key in ("via", "applies_to")
                        else ""
                    )
                    prefix = (
                        self.tr("Shock %1, %2: ").replace("%1", str(n + 1)).replace("%2", column)
                        if column
                        else self.tr("Shock %1: ").replace("%1", str(n + 1))
                    )
            elif where == ".name":
                prefix = self.tr("Name: ")
            elif where.startswith(".gdp_gap"):
                prefix = self.tr("GDP fall: ")
            elif where == ".shocks":
                prefix = self.tr("Shocks: ")
            text = shock_problem_text(p, row_data) if row_data else problem_text(p)
            lines.append("⚠ " + prefix + text)
        self.problem_label.setText("\n".join(lines))
        self.problem_label.setVisible(bool(lines))
