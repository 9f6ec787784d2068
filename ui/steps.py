"""The ten steps' titles, shared by the step list and the pages that link to a step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def step_titles() -> list[str]:
    t = lambda text: QCoreApplication.translate("Steps", text)  # noqa: E731
    return [
        t("Start"),
        t("Company"),
        t("Order book"),
        t("Purchasing and suppliers"),
        t("Sales"),
        t("Staff"),
        t("Finances"),
        t("Result"),
        t("Measures"),
        t("Export"),
    ]


def step_title(index: int) -> str:
    return step_titles()[index]
