"""The member-readable method text shipped with the app (``resources/method/<lang>/``).

One Markdown file per section, ``NN-slug.md``, shown in order of NN; the first line is
``# <heading>``. User-visible texts refer to a section as "Methode, § N <heading>"
(nl) or "Method, § N <heading>" (en), never to internal file names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from core.reference.resources import resource_path

LANGUAGES: tuple[str, ...] = ("nl", "en")
WORD = {"nl": "Methode", "en": "Method"}
# Headings used when a section's file is absent (sections are written by several
# hands); the file's own heading wins when it exists.
DEFAULT_TITLES: dict[int, tuple[str, str]] = {
    1: ("Overzicht", "Overview"),
    2: ("Blootstelling per land", "Exposure by country"),
    3: ("Scenario's", "Scenarios"),
    4: ("Omzetprognose", "Revenue forecast"),
    5: ("NOW", "NOW"),
    6: ("Maatregelen", "Support measures"),
    7: ("Kas", "Cash runway"),
    8: ("Bronnen", "Sources"),
    9: ("Stresstests", "Stress tests"),
}
_NAME = re.compile(r"^(\d{2})-([a-z0-9-]+)\.md$")
# In a section's file this line is replaced by the catalogue's sources per scheme, so the
# list a member reads is always the one the verdicts use.
CATALOGUE_SOURCES = "<!-- catalogue-sources -->"
# Likewise replaced by the stress-test library's facts and assumptions (issue 17), so the
# sources a member reads are the ones the stress tests rest on.
STRESS_SOURCES = "<!-- stress-sources -->"


@dataclass(frozen=True)
class Section:
    number: int
    slug: str
    title: str
    text: str  # the Markdown, heading included


def _lang(lang: str) -> str:
    base = lang.replace("-", "_").split("_", 1)[0].lower()
    if base not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
    return base


def method_dir(lang: str) -> Path:
    return resource_path("method", _lang(lang))


def sections(lang: str) -> list[Section]:
    """The sections in ``lang``, in order of their number."""
    folder = method_dir(lang)
    out: list[Section] = []
    if not folder.is_dir():
        return out
    for path in sorted(folder.iterdir()):
        match = _NAME.match(path.name)
        if match is None:
            continue
        text = path.read_text(encoding="utf-8")
        if CATALOGUE_SOURCES in text:
            text = text.replace(CATALOGUE_SOURCES, catalogue_sources(lang))
        if STRESS_SOURCES in text:
            text = text.replace(STRESS_SOURCES, stress_sources(lang))
        first = text.splitlines()[0] if text else ""
        title = first[2:].strip() if first.startswith("# ") else path.stem
        out.append(Section(int(match.group(1)), match.group(2), title, text))
    return sorted(out, key=lambda s: s.number)


def catalogue_sources(lang: str) -> str:
    """Per scheme: its official sources, then its secondary ones (labelled), as Markdown."""
    from core.reference.catalogue import catalogue

    code = _lang(lang)
    checked = "gecontroleerd" if code == "nl" else "checked"
    secondary = "secundair" if code == "nl" else "secondary"
    out: list[str] = []
    for m in catalogue():
        date = f" — {checked} {m.validity.checked.isoformat()}" if m.validity else ""
        out += [f"**{m.name(code)}**{date}", ""]
        out += [f"- {u}" for u in m.sources]
        out += [f"- {secondary}: {u}" for u in m.secondary_sources]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def stress_sources(lang: str) -> str:
    """Per library stress test: each fact (value, date, source, address; secondary ones
    labelled) and each assumption with its why, as Markdown."""
    from core.reference.stress import library

    code = _lang(lang)
    nl = code == "nl"
    out: list[str] = []
    for spec in library():
        out += [f"**{spec.label(code)}**", ""]
        for f in spec.facts:
            text = f.nl if nl else f.en
            where = f"{f.source}; {f.url}" if f.url else f.source
            mark = "" if f.primary else ("secundair: " if nl else "secondary: ")
            kind = "feit" if nl else "fact"
            out.append(f"- {kind} ({f.date}): {text} — {mark}{where}")
        for a in spec.assumptions:
            kind = "aanname" if nl else "assumption"
            what = a.nl if nl else a.en
            why = a.why_nl if nl else a.why_en
            out.append(f"- {kind}: {what}. {why}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


@cache
def _titles(code: str) -> dict[int, str]:
    """Section headings per number, read once: every explanation cites one, and an
    assessment has dozens of explanations (five scenarios), so reading the files each time
    cost more than the forecast itself."""
    return {s.number: s.title for s in sections(code)}


def section_title(number: int, lang: str) -> str:
    """The heading of section ``number``: from its file, else the default."""
    code = _lang(lang)
    title = _titles(code).get(number)
    if title is not None:
        return title
    nl, en = DEFAULT_TITLES[number]
    return en if code == "en" else nl


def section_ref(number: int, lang: str) -> str:
    """How a user-visible text points to a section: 'Methode, § 5 NOW'."""
    code = _lang(lang)
    return f"{WORD[code]}, § {number} {section_title(number, code)}"


def section_ref_both(number: int) -> str:
    """The reference in both languages, for texts that are not per language."""
    return f"{section_ref(number, 'nl')} / {section_ref(number, 'en')}"


def full_text(lang: str) -> str:
    """All sections as one Markdown document, each heading numbered '§ N'."""
    parts = []
    for s in sections(lang):
        body = s.text.split("\n", 1)[1] if s.text.startswith("# ") else s.text
        parts.append(f"# § {s.number} {s.title}\n{body.rstrip()}\n")
    return "\n".join(parts)
