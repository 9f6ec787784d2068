"""Texts of Qt's own dialogs that PySide6's ``qtbase_nl.qm`` leaves in English.

Qt renamed these source strings (``Look in:`` became ``&Look in:``) and its Dutch
catalogue still has only the old ones, so the file dialog showed "Look in" and "Files
of type" in English. Listed here, lupdate puts them in our ``herstelscan_nl.ts`` under
Qt's own context; our translator answers when qtbase has no translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_OWN = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
