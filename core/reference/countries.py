"""ISO 3166-1 alpha-2 countries with Dutch and English names (resources/countries.json)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from core.reference.resources import load_json


@dataclass(frozen=True)
class Country:
    code: str
    nl: str
    en: str
    eu: bool
    oecd: bool

    def name(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


@cache
def countries() -> dict[str, Country]:
    return {row["code"]: Country(**row) for row in load_json("countries.json")["countries"]}


def is_known(code: str) -> bool:
    return code in countries()


def country_name(code: str, lang: str = "nl") -> str:
    """The localized name, or the code itself for a code that is not in the list."""
    c = countries().get(code)
    return c.name(lang) if c else code
