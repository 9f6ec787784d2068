"""Questions bound to a path of the case draft, with their "why", unit and problems.

A :class:`Question` is one row of a page: a label (the editor's buddy, so it is also
the accessible name and a keyboard mnemonic), the editor, the unit, a short
explanation of why the question is asked, and a line that shows core's validation
message for that path as the user types.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from core.inputs.validation import Problem
from ui.formatting import nbsp_euro, parse_number, plain
from ui.i18n import current_language


def problem_text(p: Problem) -> str:
    return nbsp_euro(p.nl if current_language() == "nl" else p.en)


class Editor:
    """What every editor offers: ``value()``, ``set_value()`` and ``edited``."""

    edited: Signal

    def value(self) -> Any:  # pragma: no cover - interface
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover - interface
        raise NotImplementedError


class TextEditor(QLineEdit, Editor):
    edited = Signal()

    def __init__(self, optional: bool = False, max_length: int = 200) -> None:
        super().__init__()
        self._optional = optional
        self.setMaxLength(max_length)
        self.setMinimumWidth(140 if max_length <= 12 else 380)
        if max_length <= 12:
            self.setMaximumWidth(180)
        self.textEdited.connect(lambda _t: self.edited.emit())

    def value(self) -> Any:
        text = self.text().strip()
        return None if (self._optional and not text) else self.text()

    def set_value(self, value: Any) -> None:
        if self.value() != value:
            self.setText("" if value is None else str(value))


class NumberEditor(QLineEdit, Editor):
    """Numbers as people type them; a percentage is shown x100 and stored as a fraction.

    Text that is not a number is handed to the draft as it is, so core's validation
    names it ("'12a' is not a number").
    """

    edited = Signal()

    def __init__(
        self, *, scale: float = 1.0, integer: bool = False, example: float | None = None
    ) -> None:
        super().__init__()
        self._scale = scale
        self._integer = integer
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(180)
        if example is not None:  # an example in the user's number format, never a fake value
            self.setPlaceholderText(
                self.tr("e.g. %1").replace("%1", plain(example, current_language(), 2))
            )
        self.textEdited.connect(lambda _t: self.edited.emit())
        self.editingFinished.connect(self.reformat)

    def reformat(self) -> None:
        """On leaving the field, show the number as it reads: 12000000 -> 12.000.000."""
        value = self.value()
        if isinstance(value, int | float) and not isinstance(value, bool):
            text = plain(value * self._scale, current_language(), 2)
            if text != self.text():
                self.setText(text)

    def value(self) -> Any:
        text = self.text().strip()
        if not text:
            return None
        number = parse_number(text, current_language())
        if number is None:
            return text
        value = number / self._scale
        if not math.isfinite(value):  # 310 digits: too large for a float; validation says so
            return text
        if self._integer and value == int(value):
            return int(value)
        return round(value, 10)

    def set_value(self, value: Any) -> None:
        if self.value() == value:
            return
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.setText(plain(value * self._scale, current_language(), 2))
        else:
            self.setText("" if value is None else str(value))


class ChoiceEditor(QComboBox, Editor):
    edited = Signal()

    def __init__(self, choices: list[tuple[Any, str]]) -> None:
        super().__init__()
        # Values live in Python (None, True and False do not survive QVariant well).
        self._values = [data for data, _label in choices]
        for _data, label in choices:
            self.addItem(label)
        self.activated.connect(lambda _i: self.edited.emit())

    def value(self) -> Any:
        i = self.currentIndex()
        return self._values[i] if 0 <= i < len(self._values) else None

    def set_value(self, value: Any) -> None:
        matches = [
            i
            for i, v in enumerate(self._values)
            if v is value or (v == value and type(v) is type(value))
        ]
        self.setCurrentIndex(matches[0] if matches else 0)


class CheckEditor(QCheckBox, Editor):
    edited = Signal()

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.toggled.connect(lambda _c: self.edited.emit())

    def value(self) -> Any:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.blockSignals(True)
        self.setChecked(bool(value))
        self.blockSignals(False)


class MultiCheckEditor(QWidget, Editor):
    """A set of options as check boxes (the FME clusters); the value is a list."""

    edited = Signal()

    def __init__(self, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for data, label in choices:
            box = QCheckBox(label.replace("&", "&&"))
            box.setAccessibleName(label)
            box.toggled.connect(lambda _c: self.edited.emit())
            layout.addWidget(box)
            self.boxes[data] = box
        layout.addStretch(1)

    def value(self) -> Any:
        return [k for k, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in chosen)
            box.blockSignals(False)


class Question(QWidget):
    """One question: label, editor, unit, why, and the problem line for ``path``."""

    def __init__(
        self,
        path: str,
        label: str,
        editor: Editor,
        *,
        unit: str = "",
        why: str = "",
        required: bool = True,
    ) -> None:
        super().__init__()
        self.path = path
        self.editor = editor
        self.required = required
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        self.label = QLabel(label)
        self.label.setObjectName("questionLabel")
        self.label.setWordWrap(True)
        widget: QWidget = editor  # type: ignore[assignment]
        if isinstance(editor, QCheckBox):
            widget.setAccessibleName(label)
        else:
            self.label.setBuddy(widget)
        widget.setAccessibleDescription(why)
        widget.setToolTip(why)
        grid.addWidget(self.label, 0, 0, 1, 2)
        row = QHBoxLayout()
        row.addWidget(widget)
        self.unit = QLabel(unit)
        self.unit.setObjectName("unitLabel")
        row.addWidget(self.unit)
        row.addStretch(1)
        grid.addLayout(row, 1, 0, 1, 2)
        self.why = QLabel(why)
        self.why.setObjectName("whyLabel")
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.why, 2, 0, 1, 2)
        self.problem = QLabel()
        self.problem.setObjectName("problemLabel")
        self.problem.setWordWrap(True)
        self.problem.hide()
        grid.addWidget(self.problem, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)

    def show_problems(self, problems: list[Problem], *, answered: bool, show_missing: bool) -> None:
        """Errors on what was typed show at once; "missing" only once the page was left."""
        widget: QWidget = self.editor  # type: ignore[assignment]
        if problems and (answered or show_missing):
            if answered:
                text = "\n".join(problem_text(p) for p in problems)
            else:
                # Core's "missing" text is written for files (ids, ranges like 1e+11);
                # next to the field a plain request reads better.
                text = (
                    self.tr("Please choose one.")
                    if isinstance(self.editor, QComboBox)
                    else self.tr("Please fill this in.")
                )
            self.problem.setText("⚠ " + text)
            severity = "warning" if all(p.severity == "warning" for p in problems) else "error"
            self.problem.setProperty("severity", severity)
            self.problem.style().unpolish(self.problem)
            self.problem.style().polish(self.problem)
            self.problem.show()
            widget.setProperty("invalid", True)
        else:
            self.problem.hide()
            self.problem.clear()
            widget.setProperty("invalid", False)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
