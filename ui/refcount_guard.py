"""Workaround for a reference-counting bug in the pinned PySide6-Essentials 6.12.0.

Every call of a wrapped C++ method that returns ``void`` (``setText``, ``setEnabled``,
``update`` ...) hands Python a ``None`` without taking a reference to it, so each such
call lowers ``None``'s reference count by one (reproduced with ``QLineEdit.setText`` in
a loop: -1 per call). A process holds some 20,000 references to ``None``; the result
page with its charts makes that many calls in a few edits, and then CPython aborts
with "Fatal Python error: none_dealloc" and the user loses the window. ``True`` and
``False`` showed the same at interpreter exit ("bool_dealloc").

These singletons are never freed anyway, so we give them a reference count no session
can exhaust, once, before any widget exists. Python 3.12+ makes them immortal itself,
so there is nothing to do there. Remove this module once PySide6 is fixed.
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40  # a trillion void calls
_done = False


def protect_singletons() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False, Ellipsis, NotImplemented):
        # ob_refcnt is the first field of every CPython object, at the address id() gives
        ctypes.c_ssize_t.from_address(id(obj)).value += _BOOST
    _done = True
