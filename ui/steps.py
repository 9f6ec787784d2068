"""The ten steps' titles, shared by the step list and the pages that link to a step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def step_titles() -> list[str]:
    return [
        translate("Steps", "Start"),
        translate("Steps", "Company"),
        translate("Steps", "Order book"),
        translate("Steps", "Purchasing and suppliers"),
        translate("Steps", "Sales"),
        translate("Steps", "Staff"),
        translate("Steps", "Finances"),
        translate("Steps", "Result"),
        translate("Steps", "Measures"),
        translate("Steps", "Export"),
    ]


def step_title(index: int) -> str:
    return step_titles()[index]
