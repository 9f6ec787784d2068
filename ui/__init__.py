"""Herstelscan's desktop app (PySide6). Talks to ``core`` only through its public API."""

from ui.refcount_guard import protect_singletons

# Before anything calls into PySide6: see ui/refcount_guard.py for the bug it works around.
protect_singletons()
