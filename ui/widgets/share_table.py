"""The supplier / sales table: country picker, shares in percent, running total,
add/remove by keyboard and mouse, undo, and the table's own problems below it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import percent
from ui.i18n import current_language
from ui.state import CaseState
from ui.widgets.country_picker import CountryPicker
from ui.widgets.share_model import ShareModel, share_problem_text


class CountryDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = CountryPicker(parent)
        # The combo box eats Enter, so a chosen country commits and closes the editor itself.
        editor.countryChosen.connect(lambda _c, e=editor: self._chosen(e))
        return editor

    def _chosen(self, editor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index):
        editor.set_code(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor, model, index):
        code = editor.code()
        if code:
            model.setData(index, code, Qt.ItemDataRole.EditRole)


class ShareTable(QWidget):
    """A table of countries with shares, bound to ``path`` in the draft."""

    importRequested = Signal()

    def __init__(self, state: CaseState, path: str, *, suppliers: bool, name: str) -> None:
        super().__init__()
        self.state = state
        self.path = path
        self.suppliers = suppliers
        self.show_missing = False
        self.model = ShareModel(state, path, suppliers=suppliers, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(name)
        self.view.setItemDelegateForColumn(0, CountryDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.view.verticalHeader().setDefaultSectionSize(30)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # As tall as its rows plus one free line (3 to 8 rows, then it scrolls), so on a
        # 1024x700 window the buttons under it stay on screen (issue 19, item 8).
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._fit_height)
        self._fit_height()
        self.view.setMaximumWidth(900)  # a country and a percentage do not need a whole screen
        layout.addWidget(self.view)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add country"))
        self.add_button.setToolTip(self.tr("Add a row (Insert key in the table)"))
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.remove_button.setToolTip(self.tr("Remove the selected rows (Delete key in the table)"))
        self.undo_button = QPushButton(self.tr("&Undo last change"))
        self.undo_button.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.undo_button)
        if suppliers:
            self.import_button = QPushButton(self.tr("&Import supplier list…"))
            self.import_button.setToolTip(
                self.tr(
                    "Read a CSV or Excel list of suppliers with their country and purchase amount"
                )
            )
            self.import_button.clicked.connect(self.importRequested)
            buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        self.total_label.setWordWrap(True)
        layout.addWidget(self.total_label)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        layout.addWidget(self.problem_label)

        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        # This table's last change, not an edit on another page.
        self.undo_button.clicked.connect(lambda: self.state.undo(self.path))
        self.view.installEventFilter(self)
        state.changed.connect(self.refresh)
        # Leaving a row shows what is still missing in it.
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.refresh())
        self.refresh()

    ROWS_SHOWN = (3, 8)

    def _fit_height(self, *_args) -> None:
        low, high = self.ROWS_SHOWN
        rows = min(max(self.model.rowCount() + 1, low), high)
        header = self.view.horizontalHeader().sizeHint().height()
        frame = 2 * self.view.frameWidth()
        height = header + rows * self.view.verticalHeader().defaultSectionSize() + frame + 2
        self.view.setFixedHeight(height)

    def eventFilter(self, watched, event) -> bool:
        """Insert adds a row, Delete removes the selected ones (when not editing a cell)."""
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            if event.key() == Qt.Key.Key_Insert:
                self.add_row()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def add_row(self) -> None:
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

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

    def refresh(self, _path: str = "") -> None:
        lang = current_language()
        total = self.model.total_share()
        rows = self.model.rowCount()
        self.undo_button.setEnabled(self.state.can_undo(self.path))
        self.remove_button.setEnabled(rows > 0)
        if not rows:
            # Nothing entered yet is neither right (green) nor wrong.
            text = self.tr("No countries yet: add one with the button below.")
            severity = "warning" if not self.suppliers else "neutral"
        elif self.suppliers:
            if total > 1.005:
                text = self.tr(
                    "Total: %1. Shares of purchases cannot add up to more than 100%."
                ).replace("%1", percent(total, lang))
                severity = "error"
            elif total < 0.995 and rows:
                text = (
                    self.tr(
                        "Total: %1. The other %2 of your purchases is counted as 'country not specified'."
                    )
                    .replace("%1", percent(total, lang))
                    .replace("%2", percent(1 - total, lang))
                )
                severity = "warning"
            else:
                text = self.tr("Total: %1.").replace("%1", percent(total, lang))
                severity = "ok"
        elif abs(total - 1) > 0.005:
            text = (
                self.tr("Total: %1 — the shares must add up to 100% (now %2 %3).")
                .replace("%1", percent(total, lang))
                .replace("%2", percent(abs(1 - total), lang))
                .replace("%3", self.tr("short") if total < 1 else self.tr("too much"))
            )
            severity = "error" if rows else "warning"
        else:
            text = self.tr("Total: %1.").replace("%1", percent(total, lang))
            severity = "ok"
        self.total_label.setText(text)
        self.total_label.setProperty("severity", severity)
        self.total_label.style().unpolish(self.total_label)
        self.total_label.style().polish(self.total_label)
        problems = self.state.problems_for(self.path)
        if self.model.reveal_blank != self.show_missing:
            self.model.reveal_blank = self.show_missing
            self.model.sync()  # the tints of a blank row follow
        # The total is shown above; list the row problems with their row number.
        lines = []
        draft_rows = self.state.get(self.path)
        draft_rows = draft_rows if isinstance(draft_rows, list) else []
        for p in problems:
            if p.field == self.path and "100%" in p.en:
                continue
            if p.field == self.path and not rows and not self.show_missing:
                continue
            where = p.field[len(self.path) :]
            row_no = where[1:].split("]", 1)[0] if where.startswith("[") else ""
            if row_no.isdigit() and self.model.blank(int(row_no)) and not self.show_missing:
                continue  # a row just added: no complaints before anything is typed
            value = None
            if row_no.isdigit() and int(row_no) < len(draft_rows):
                row_data = draft_rows[int(row_no)]
                value = row_data.get("share") if isinstance(row_data, dict) else None
            if (
                p.field.endswith(".share")
                and value is None
                and row_no.isdigit()
                and int(row_no) == self.view.currentIndex().row()
                and not self.show_missing
            ):
                continue  # the row being filled in: its share column is still to come
            key = p.field.rsplit(".", 1)[-1]
            column = (
                self.model.headerData(self.model.columns.index(key), Qt.Orientation.Horizontal)
                if key in self.model.columns
                else None
            )
            # The row and the column the problem is in: "Rij 2, Aandeel van de inkoop (%): …"
            prefix = ""
            if row_no.isdigit() and column:
                prefix = (
                    self.tr("Row %1, %2: ")
                    .replace("%1", str(int(row_no) + 1))
                    .replace("%2", column)
                )
            elif row_no.isdigit():
                prefix = self.tr("Row %1: ").replace("%1", str(int(row_no) + 1))
            lines.append("⚠ " + prefix + share_problem_text(p, value))
        self.problem_label.setText("\n".join(lines))
        self.problem_label.setProperty("severity", "error")
        self.problem_label.setVisible(bool(lines))

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
