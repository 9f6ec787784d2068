"""CaseState: the one object that holds the case the user is editing.

The user's answers are kept as a *draft* in the case file's JSON form (``raw``), because
while someone types, the answers are often not a valid :class:`core.inputs.case.Case` yet (an
empty field, a share that does not add up). Every edit goes through :meth:`edit` with a
dotted path that is exactly the ``Problem.field`` core's validation reports
(``company.name``, ``sales``), so a widget bound to a path also knows its problems.
``case`` and ``problems`` are recomputed from the draft by ``core.inputs.validation`` on each
edit; the result (``core.advice.assess``) is computed lazily, when a page asks for it.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from core.inputs.case import SCHEMA_VERSION, Case, case_to_dict
from core.inputs.validation import Problem, check_case

_COALESCE_SECONDS = 1.5
_UNDO_LIMIT = 100
_RESULTS_KEPT = 8


def empty_draft() -> dict[str, Any]:
    """A new case: the required sections, nothing answered yet."""
    return {
        "schema_version": SCHEMA_VERSION,
        "company": {"clusters": [], "startup_or_scaleup": False},
        "order_book": {},
        "purchasing": {"suppliers": []},
        "sales": [],
        "staff": {"distancing_possible": "partly"},
    }


def get_path(raw: dict[str, Any], path: str) -> Any:
    node: Any = raw
    for part in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def value_at(raw: dict[str, Any], field: str) -> Any:
    """The value a ``Problem.field`` points at (``sales[1].share``), or None."""
    node: Any = raw
    for part in field.replace("[", ".[").split("."):
        if not part:
            continue
        if part.startswith("["):
            index = part.strip("[]")
            if not (isinstance(node, list) and index.isdigit() and int(index) < len(node)):
                return None
            node = node[int(index)]
        elif isinstance(node, dict):
            node = node.get(part)
        else:
            return None
    return node


def _set_path(raw: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    node = raw
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    if value is None:
        node.pop(parts[-1], None)
    else:
        node[parts[-1]] = value


class CaseState(QObject):
    """The draft, its validation, its file and its result; emits ``changed`` on edits."""

    changed = Signal(
        str
    )  # the edited path, "" when the whole case was replaced, "view.*" for view choices
    fileChanged = Signal()  # path or dirty flag changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._raw: dict[str, Any] = empty_draft()
        # (path, its value before the edit): undoing one entry restores that path only,
        # so a table's undo never reaches into another page's answers.
        self._undo: list[tuple[str, Any]] = []
        self._saved: dict[str, Any] | None = copy.deepcopy(self._raw)  # as on disk
        self._last_edit: tuple[str, float] = ("", 0.0)
        self.path: Path | None = None
        self.dirty = False
        self.case: Case | None = None
        self.problems: list[Problem] = []
        self._result: Any = None
        self._result_stale = True
        # (case, start, day) -> result of the last few states, newest last
        self._results: list[tuple[tuple[Any, str, dt.date], Any]] = []
        self.result_error: str | None = None
        self.result_ms = 0.0
        self._validate()

    # -- reading -----------------------------------------------------------------
    @property
    def raw(self) -> dict[str, Any]:
        """The draft; treat as read-only (edit through :meth:`edit`)."""
        return self._raw

    def get(self, path: str) -> Any:
        """An answer; lists and sections are copies, so callers cannot edit around undo."""
        value = get_path(self._raw, path)
        return copy.deepcopy(value) if isinstance(value, dict | list) else value

    def problems_for(self, prefix: str) -> list[Problem]:
        """Problems of a field and of everything inside it (``sales`` -> ``sales[2].share``)."""
        return [
            p
            for p in self.problems
            if p.field == prefix
            or p.field.startswith(prefix + ".")
            or p.field.startswith(prefix + "[")
        ]

    def is_answered(self, path: str) -> bool:
        value = self.get(path)
        return value not in (None, "", [])

    # -- editing -----------------------------------------------------------------
    def edit(self, path: str, value: Any, *, coalesce: bool = True) -> None:
        """Set one answer (``None`` removes it) and revalidate.

        With ``coalesce``, quick successive edits of one path (typing) are one undo step;
        table edits pass ``False`` so each cell edit can be undone on its own.
        """
        if self.get(path) == value:
            return
        now = time.monotonic()
        last_path, last_time = self._last_edit
        # Typing in one field is one undo step, not one per keystroke.
        if not (
            coalesce and path == last_path and now - last_time < _COALESCE_SECONDS and self._undo
        ):
            self._undo.append((path, copy.deepcopy(get_path(self._raw, path))))
            del self._undo[:-_UNDO_LIMIT]
        self._last_edit = (path, now)
        _set_path(self._raw, path, copy.deepcopy(value))
        self._after_change(path, dirty=True)

    def _last_undo(self, prefix: str | None) -> int | None:
        for i in range(len(self._undo) - 1, -1, -1):
            path = self._undo[i][0]
            if prefix is None or path == prefix or path.startswith((prefix + ".", prefix + "[")):
                return i
        return None

    def can_undo(self, prefix: str | None = None) -> bool:
        return self._last_undo(prefix) is not None

    def undo(self, prefix: str | None = None) -> str | None:
        """Undo the last edit (of ``prefix`` and what is inside it, if given: a table's
        own undo); returns the path undone. Back at what was saved, the case is no longer
        marked unsaved."""
        i = self._last_undo(prefix)
        if i is None:
            return None
        path, before = self._undo.pop(i)
        _set_path(self._raw, path, copy.deepcopy(before))
        self._last_edit = ("", 0.0)
        self._after_change(path, dirty=self._saved is None or self._raw != self._saved)
        return path

    def set_case(self, case: Case, path: Path | None = None) -> None:
        self.set_raw(case_to_dict(case), path=path, dirty=False)

    def set_raw(
        self, raw: dict[str, Any], *, path: Path | None = None, dirty: bool = False
    ) -> None:
        """Replace the whole draft (new, open, restore); clears undo."""
        self._raw = copy.deepcopy(raw)
        self._saved = None if dirty else copy.deepcopy(self._raw)
        self._undo.clear()
        self._last_edit = ("", 0.0)
        self.path = path
        self._after_change("", dirty=dirty)

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self.dirty = False
        self._saved = copy.deepcopy(self._raw)
        self.fileChanged.emit()

    def draft_json(self) -> str:
        return json.dumps(self._raw, ensure_ascii=False, indent=2)

    def _after_change(self, path: str, *, dirty: bool) -> None:
        self._validate()
        self._result_stale = True
        was_dirty = self.dirty
        self.dirty = dirty
        self.changed.emit(path)
        if was_dirty != dirty or not path:
            self.fileChanged.emit()

    def _validate(self) -> None:
        self.case, self.problems = check_case(self._raw)

    @property
    def crisis_now(self) -> bool:
        """The scenarios from this month (True) or from March 2020 (False): the case's
        ``start``, saved with it like the chosen scenario."""
        return bool(self.get("start") == "now")

    @property
    def start(self) -> str:
        """The case's start: "2020" (the default), "now" or "stress" (issue 17)."""
        value = self.get("start")
        return value if value in ("now", "stress") else "2020"

    def set_start(self, start: str) -> None:
        """Score from March 2020 ("2020"), this month ("now") or the stress tests ("stress")."""
        if start == self.start:
            return
        self.edit("start", None if start == "2020" else start, coalesce=False)

    def set_crisis_now(self, crisis_now: bool) -> None:
        """Score the scenarios from March 2020 (False) or from this month (True)."""
        self.set_start("now" if crisis_now else "2020")

    # -- result ------------------------------------------------------------------
    def result(self) -> Any:
        """The assessment of the current case (``core.advice.assess``), or ``None``.

        ``None`` when the case has errors, or the engine failed; then ``result_error``
        says why (the inputs are never touched by a failure).
        """
        if not self._result_stale:
            return self._result
        self._result_stale = False
        self._result = None
        self.result_error = None
        self.result_ms = 0.0
        if self.case is None:
            return None
        # What the assessment depends on: the validated case, its start and the day.
        # Typing back to an earlier value (4,5 -> 4, -> 4,5) or undoing finds that
        # state's result here instead of assessing it again; a result is only ever
        # found for a key equal to the current one, so an older state's figures
        # never stand for a newer state.
        key = (self.case, self.start, dt.date.today())
        for i, (known, result) in enumerate(self._results):
            if known == key:
                self._results.append(self._results.pop(i))
                self._result = result
                return result
        from core.advice.assess import assess  # numpy and the engine load on first use

        started = time.perf_counter()
        try:
            self._result = assess(self.case, start=self.start, today=key[2])
        except Exception as exc:  # a bug in the engine must not cost the user's input
            self.result_error = f"{type(exc).__name__}: {exc}"
        self.result_ms = (time.perf_counter() - started) * 1000
        if self._result is not None:
            self._results.append((key, self._result))
            del self._results[:-_RESULTS_KEPT]
        return self._result
