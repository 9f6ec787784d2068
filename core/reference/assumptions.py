"""Model assumptions (resources/assumptions.json) and the user's changes to them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from core.reference.resources import load_json


@dataclass(frozen=True)
class AssumptionSpec:
    id: str
    value: float
    minimum: float
    maximum: float
    unit: str
    nl: str
    en: str
    why_nl: str
    why_en: str
    source: str
    source_nl: str = ""  # the source in Dutch, where ``source`` is English text

    def source_text(self, lang: str) -> str:
        return self.source_nl if lang == "nl" and self.source_nl else self.source

    def label(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en

    def why(self, lang: str) -> str:
        return self.why_nl if lang == "nl" else self.why_en


@cache
def assumption_specs() -> dict[str, AssumptionSpec]:
    out = {}
    for row in load_json("assumptions.json")["assumptions"]:
        row = dict(row)
        row["minimum"] = row.pop("min")
        row["maximum"] = row.pop("max")
        out[row["id"]] = AssumptionSpec(**row)
    return out


def resolve(overrides: Mapping[str, float] | None = None) -> dict[str, float]:
    """Every assumption's value: the default, or the user's override where given."""
    values = {k: s.value for k, s in assumption_specs().items()}
    for key, value in (overrides or {}).items():
        if key not in values:
            raise KeyError(f"unknown assumption {key!r}")
        values[key] = float(value)
    return values
