"""Verdict and status badges: colour plus words (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from core.advice.shown import VERDICT_WORDS

translate = QCoreApplication.translate

VERDICT_COLORS = {
    "history": "#4d6b57",
    "history_possible": "#4d6b57",
    "eligible": "#1b6e3a",
    "possible": "#b26a00",
    "not_eligible": "#6c757d",
    "proposal": "#6a3d9a",
}


def verdict_text(verdict: str) -> str:
    """The verdict's words, the workbook's and ``assess``'s too (core.advice.shown)."""
    from ui.i18n import current_language

    return VERDICT_WORDS[current_language()].get(verdict, verdict)


def status_text(status: str) -> str:
    return {
        "historical": translate("Badges", "Ended (historical scheme)"),
        "current": translate("Badges", "Current scheme"),
        "proposal": translate("Badges", "Proposal: does not exist (yet)"),
    }.get(status, status)


class VerdictBadge(QLabel):
    def __init__(self, verdict: str) -> None:
        super().__init__(verdict_text(verdict))
        self.setObjectName("badge")
        self.setStyleSheet(f"background: {VERDICT_COLORS.get(verdict, '#6c757d')};")
        self.setAccessibleName(verdict_text(verdict))
