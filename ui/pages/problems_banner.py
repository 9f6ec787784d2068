"""A banner that lists what is still missing or wrong, with buttons to go there."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.field_names import field_name, step_of
from ui.state import value_at
from ui.steps import step_title
from ui.widgets.fields import problem_text


class ProblemsBanner(QWidget):
    jumpRequested = Signal(int)

    def __init__(self, state) -> None:
        super().__init__()
        self.state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        self.label = QLabel()
        self.label.setObjectName("bannerLabel")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)
        self.setVisible(False)  # pages call refresh() once the banner has a parent

    def _text(self, problem) -> str:
        # Core's "missing" text names ids and ranges (1e+11), written for files.
        if value_at(self.state.raw, problem.field) in (
            None,
            "",
        ) and "[" not in problem.field.rstrip("]"):
            return self.tr("not answered yet")
        if value_at(self.state.raw, problem.field) is None and problem.field.endswith(
            (".share", ".country")
        ):
            return self.tr("not answered yet")
        if problem.field.startswith("own_scenario.shocks["):  # the editor's own words
            from ui.widgets.shock_model import shock_problem_text

            row = value_at(self.state.raw, problem.field.split("]", 1)[0] + "]")
            return shock_problem_text(problem, row if isinstance(row, dict) else {})
        if problem.field.endswith(".share"):  # shares are typed in percent: speak percent
            from ui.widgets.share_model import share_problem_text

            return share_problem_text(problem, value_at(self.state.raw, problem.field))
        return problem_text(problem)

    def refresh(self) -> None:
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item.widget():
                item.widget().hide()  # out of the layout it would sit at (0, 0) until deleted
                item.widget().deleteLater()
        problems = self.state.problems
        if not problems and self.state.result() is not None:
            self.hide()
            return
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            head = self.tr("The result needs these answers first:")
        elif problems:
            head = self.tr("Computed, but check these answers:")
        else:
            head = self.tr(
                "The calculation failed: %1. Your answers are kept; please report this."
            ).replace("%1", self.state.result_error or "")
        lines = [f"• {field_name(p.field)}: {self._text(p)}" for p in problems[:12]]
        if len(problems) > 12:
            lines.append(self.tr("… and %1 more").replace("%1", str(len(problems) - 12)))
        self.label.setText("\n".join([head, *lines]))
        steps = sorted({step_of(p.field) for p in problems if step_of(p.field)})
        for step in steps:
            button = QPushButton(self.tr("Go to %1").replace("%1", step_title(step)))
            button.clicked.connect(lambda _c=False, s=step: self.jumpRequested.emit(s))
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.show()
