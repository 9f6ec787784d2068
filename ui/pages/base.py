"""What every step of the guided flow shares: a title, an introduction, questions
bound to the case draft, and a scroll area so nothing is clipped at 150% scaling."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.state import CaseState
from ui.widgets.fields import Question


class Page(QScrollArea):
    """A step. Subclasses add questions with :meth:`add_question` in ``build()``."""

    #: paths of the draft this step answers; used for its progress mark and problems
    prefixes: tuple[str, ...] = ()
    #: Enter in the last field of the step: the window goes to the next step
    nextRequested = Signal()
    #: what the keyboard reaches on a step, in its Tab order
    FOCUSABLE = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractButton, QAbstractItemView)

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

    #: the page's side margins: narrower on a small window, so text keeps its width
    def side_margin(self) -> int:
        return 28 if self.viewport().width() >= 700 else 16

    def resizeEvent(self, event) -> None:
        margin = self.side_margin()
        m = self.body.contentsMargins()
        if m.left() != margin:
            self.body.setContentsMargins(margin, m.top(), margin, m.bottom())
        super().resizeEvent(event)

    # -- keyboard ----------------------------------------------------------------
    def fields(self) -> list[QWidget]:
        """The step's widgets the keyboard can reach, in Tab order."""
        inner = self.widget()
        out: list[QWidget] = []
        w = inner.nextInFocusChain()
        while w is not inner and w not in out and len(out) < 2000:
            if (
                isinstance(w, self.FOCUSABLE)
                and inner.isAncestorOf(w)
                and w.isVisibleTo(inner)
                and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                # an editable combo box's line edit is the combo box itself
                and not isinstance(w.parentWidget(), QComboBox)
            ):
                out.append(w)
            w = w.nextInFocusChain()
        return out

    def first_field(self) -> QWidget | None:
        """Where the cursor goes when the step opens: its first question, else the
        first thing the keyboard reaches."""
        for q in self.questions:
            w: QWidget = q.editor  # type: ignore[assignment]
            if w.isVisibleTo(self.widget()) and w.isEnabled():
                return w
        found = self.fields()
        return found[0] if found else None

    def focus_first_field(self) -> None:
        w = self.first_field()
        if w is not None:
            w.setFocus(Qt.FocusReason.TabFocusReason)
            self.ensureWidgetVisible(w)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field moves to the next field, as Tab does; in the last field of
        the step it goes to the next step. Tables and buttons keep Enter for themselves
        (they accept it before it gets here)."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        focus = self.window().focusWidget() if self.window() else None
        if _in_a_table(focus):
            super().keyPressEvent(event)  # Enter ends the cell's edit: the table's own
            return
        fields = self.fields()
        current = next((f for f in fields if focus is f or f.isAncestorOf(focus)), None)
        if current is None:
            super().keyPressEvent(event)
            return
        event.accept()
        later = fields[fields.index(current) + 1 :]
        inputs = [f for f in later if not isinstance(f, QAbstractButton)]
        if inputs:
            inputs[0].setFocus(Qt.FocusReason.TabFocusReason)
            self.ensureWidgetVisible(inputs[0])
        else:
            self.nextRequested.emit()

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
        return step_status(self.state, self.prefixes, tuple(q.path for q in self.questions))


def step_status(state: CaseState, prefixes: tuple[str, ...], questions: tuple[str, ...]) -> str:
    """A step's mark from the paths it answers (``prefixes``) and its questions' paths:
    the same for a page that is built and one that is not yet (ui.steps.STEP_QUESTIONS)."""
    problems = [p for pre in prefixes for p in state.problems_for(pre)]
    errors = [p for p in problems if p.severity == "error"]
    if not errors:
        # A step of optional questions none of which is answered is not complete
        # (a new case's Financiën): its questions are still open.
        if questions and not any(state.is_answered(path) for path in questions):
            return "todo"
        return "done"
    answered = [p for p in errors if state.is_answered(_field_path(p.field))]
    return "error" if answered else "todo"


def _in_a_table(w: QWidget | None) -> bool:
    while w is not None:
        if isinstance(w, QAbstractItemView):
            return True
        w = w.parentWidget()
    return False


def _field_path(field: str) -> str:
    return field.split("[", 1)[0]
