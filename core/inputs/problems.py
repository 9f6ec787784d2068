"""A problem with the input: the field it concerns and what is expected, in nl and en.

Whatever the input held, a problem is one short line: the field and the messages are
escaped (no line breaks, control characters or lone surrogates) and bounded in length
when the problem is made, so every consumer (command line, app, workbook) gets it safe.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.inputs.limits import MAX_PROBLEMS
from core.inputs.text_safety import excerpt

MAX_FIELD_CHARS = 120
MAX_MESSAGE_CHARS = 600


@dataclass(frozen=True)
class Problem:
    field: str
    nl: str
    en: str
    severity: str = "error"  # "error" blocks an assessment; "warning" does not

    def __post_init__(self) -> None:
        object.__setattr__(self, "field", excerpt(self.field, MAX_FIELD_CHARS))
        object.__setattr__(self, "nl", excerpt(self.nl, MAX_MESSAGE_CHARS))
        object.__setattr__(self, "en", excerpt(self.en, MAX_MESSAGE_CHARS))

    def text(self, lang: str = "nl") -> str:
        return f"{self.field}: {self.nl if lang == 'nl' else self.en}"


class CaseError(Exception):
    """The input is not a valid case; ``problems`` lists everything that is wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.text("en") for p in problems[:MAX_PROBLEMS]))
        self.problems = problems

    def lines(self, lang: str = "nl") -> list[str]:
        """One line per problem; past :data:`MAX_PROBLEMS` one line counts the rest."""
        lines = [p.text(lang) for p in self.problems[:MAX_PROBLEMS]]
        rest = len(self.problems) - MAX_PROBLEMS
        if rest > 0:
            lines.append(
                f"... en nog {rest} problemen (alleen de eerste {MAX_PROBLEMS} staan hier)"
                if lang == "nl"
                else f"... and {rest} more problems (only the first {MAX_PROBLEMS} are listed)"
            )
        return lines
