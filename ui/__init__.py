"""Herstelscan's desktop app (PySide6). Talks to ``core`` only through its public API."""
