"""What every step of the guided flow shares: a title, an introduction, questions
bound to the case draft, and a scroll area so nothing is clipped at 150% scaling."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.state import CaseState
from ui.widgets.fields import Question


class Page(QScrollArea):
    """A step. Subclasses add questions with :meth:`add_question` in ``build()``."""

    #: paths of the draft this step answers; used for its progress mark and problems
    prefixes: tuple[str, ...] = ()

    def __init__(self, state: CaseState, title: str, intro: str = "") -> None:
        super().__init__()
        self.state = state
        self.show_missing = False
        self.questions: list[Question] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("pageInner")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(28, 20, 28, 20)
        self.body.setSpacing(6)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.body.addWidget(self.title_label)
        if intro:
            self.intro_label = QLabel(intro)
            self.intro_label.setObjectName("pageIntro")
            self.intro_label.setWordWrap(True)
            self.intro_label.setTextFormat(Qt.TextFormat.RichText)
            self.intro_label.setOpenExternalLinks(True)
            self.body.addWidget(self.intro_label)
        self.setWidget(inner)
        self.title = title
        self.build()
        self.body.addStretch(1)
        state.changed.connect(self._on_state_changed)
        self.refresh()

    def build(self) -> None:
        """Add the page's widgets (override)."""

    def add_question(self, question: Question) -> Question:
        self.questions.append(question)
        self.body.addWidget(question)
        question.editor.edited.connect(lambda q=question: self.state.edit(q.path, q.editor.value()))
        return question

    def add_section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionLabel")
        self.body.addWidget(label)
        return label

    def _on_state_changed(self, _path: str) -> None:
        # Hidden pages catch up when shown: typing stays fast however many pages there are.
        if self.isVisible():
            self.refresh()
        else:
            self._stale_inputs = True

    def refresh(self) -> None:
        """Show the draft's values and problems (values of a field being typed in stay)."""
        for q in self.questions:
            q.editor.set_value(self.state.get(q.path))
            q.show_problems(
                self.state.problems_for(q.path),
                answered=self.state.is_answered(q.path),
                show_missing=self.show_missing,
            )

    def left(self) -> None:
        """The user moved on: from now on, unanswered questions say so."""
        if not self.show_missing:
            self.show_missing = True
            self.refresh()

    _stale_inputs = False

    def shown(self) -> None:
        """The page became visible; result pages refresh their results here too."""
        if self._stale_inputs:
            self._stale_inputs = False
            self.refresh()

    def status(self) -> str:
        """``done``, ``todo`` (something missing) or ``error`` for the step list."""
        problems = [p for pre in self.prefixes for p in self.state.problems_for(pre)]
        errors = [p for p in problems if p.severity == "error"]
        if not errors:
            return "done"
        answered = [p for p in errors if self.state.is_answered(_field_path(p.field))]
        return "error" if answered else "todo"


def _field_path(field: str) -> str:
    return field.split("[", 1)[0]
