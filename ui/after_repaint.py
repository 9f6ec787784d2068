"""Work that follows an edit without holding up the keystroke's own repaint.

Qt posts a widget's repaint (QEvent.UpdateRequest) at low event priority; an
``AfterRepaint`` posts its run at the same priority after it, so a field shows what was
typed before the app recomputes what depends on it, and keystrokes that arrive before
the run are taken together: the run sees the last state only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

_RUN = QEvent.Type(QEvent.registerEventType())


class AfterRepaint(QObject):
    """Runs ``callback`` once, after the events queued so far, each time it is queued;
    queueing again before the run changes nothing."""

    #: how many are queued now, in the whole app (tests wait for 0)
    pending = 0

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback
        self.queued = False

    def queue(self) -> None:
        if not self.queued:
            self._set(True)
            QCoreApplication.postEvent(self, QEvent(_RUN), Qt.EventPriority.LowEventPriority.value)

    def cancel(self) -> None:
        """The work was done another way (the page was refreshed): the run is skipped."""
        if self.queued:
            self._set(False)

    def _set(self, queued: bool) -> None:
        self.queued = queued
        AfterRepaint.pending += 1 if queued else -1

    def event(self, event: QEvent) -> bool:
        if event.type() != _RUN:
            return super().event(event)
        if self.queued:
            self._set(False)
            self._callback()
        return True
