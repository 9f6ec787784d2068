"""The mouse wheel scrolls the page; it never changes a spin box or a drop-down that the
user has not clicked into. Scrolling past "Extra verzuim" must not turn 3% into 4%."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

_POLISH = QEvent.Type.Polish
_WHEEL = QEvent.Type.Wheel


class WheelGuard(QObject):
    def eventFilter(self, watched, event) -> bool:
        # Every event of the application passes here: the others leave at once.
        kind = event.type()
        if kind is not _POLISH and kind is not _WHEEL:
            return False
        if kind is _POLISH and isinstance(watched, QAbstractSpinBox | QComboBox):
            # The default "wheel focus" would hand such a field the focus on the first
            # wheel turn; click or Tab gives it focus, the wheel does not.
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if (
            kind is _WHEEL
            and isinstance(watched, QAbstractSpinBox | QComboBox)
            and not watched.hasFocus()
        ):
            area = _scroll_area(watched)
            if area is not None:  # the page scrolls as if the field were not there
                QCoreApplication.sendEvent(area.verticalScrollBar(), event)
            return True
        return False


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


_guard: WheelGuard | None = None


def install_wheel_guard() -> None:
    """Once per application; wheel-enabled widgets take focus only by click or Tab."""
    global _guard
    app = QCoreApplication.instance()
    if app is None or _guard is not None:
        return
    _guard = WheelGuard(app)
    app.installEventFilter(_guard)
