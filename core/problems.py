"""A problem with the input: the field it concerns and what is expected, in nl and en."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    field: str
    nl: str
    en: str
    severity: str = "error"  # "error" blocks an assessment; "warning" does not

    def text(self, lang: str = "nl") -> str:
        return f"{self.field}: {self.nl if lang == 'nl' else self.en}"


class CaseError(Exception):
    """The input is not a valid case; ``problems`` lists everything that is wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.text("en") for p in problems))
        self.problems = problems

    def lines(self, lang: str = "nl") -> list[str]:
        return [p.text(lang) for p in self.problems]
