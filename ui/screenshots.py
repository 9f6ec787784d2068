"""Render every page to a PNG (``--screenshots DIR``), for review and documentation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

KEYS = [
    "start",
    "bedrijf",
    "orderportefeuille",
    "inkoop",
    "afzet",
    "personeel",
    "financien",
    "resultaat",
    "maatregelen",
    "export",
]


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def render_all(window, folder: Path, lang: str) -> list[Path]:
    """Each page as the user sees it at 1280x800, plus the whole scrolled page."""
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1280, 800)
    window.show()
    _settle()
    written = []
    for i, key in enumerate(KEYS):
        window.go_to(i)
        page = window.pages[i]
        if hasattr(page, "ensure_charts"):
            page.ensure_charts()
            page.refresh_result()
        page.verticalScrollBar().setValue(0)
        _settle()
        path = folder / f"{lang}-{i + 1:02d}-{key}.png"
        window.grab().save(str(path))
        written.append(path)
        inner = page.widget()
        if inner.height() > page.viewport().height() + 10:
            full = folder / f"{lang}-{i + 1:02d}-{key}-full.png"
            inner.grab().save(str(full))
            written.append(full)
    window.go_to(0)
    return written
