"""Structure-aware mutations of case files, and the checks every outcome must pass.

Shared by the suite's bounded fuzz test (tests/test_fuzz.py) and the longer campaign
(tools/fuzz.py). A mutation starts from an example case and changes it the way a
person, a script or an attacker might: a value replaced by a hostile one (huge or
non-finite numbers, control characters, lone surrogates, long text, wrong types), a
key dropped or added, a table grown or emptied, shares pushed to the tolerance edge;
then, on the text, duplicate keys, deep nesting, a BOM, truncation or flipped bytes.
"""

from __future__ import annotations

import contextlib
import copy
import json
import math
import random
from pathlib import Path
from typing import Any

from core.advice.assess import assess
from core.case_file import case_json
from core.inputs.json_input import parse_json_text
from core.inputs.problems import MAX_FIELD_CHARS, MAX_MESSAGE_CHARS, CaseError, Problem
from core.inputs.validation import check_case, parse_case
from core.result import result_to_json

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "resources" / "examples").glob("*.herstelscan.json"))
TODAY = __import__("datetime").date(2026, 11, 30)

HOSTILE_TEXT = [
    "",
    " ",
    "\ud800",
    "a\udfffb",
    "\x00",
    "line\nbreak",
    "tab\there",
    "\u2028",
    "\u202e",
    "\ufeff",
    "€ − × ≈",
    "💥" * 3,
    "x" * 201,
    "y" * 10_000,
    "NL",
    "nl",
    "XX",
    "metaal",
    "=cmd|' /C calc'!A0",
    "<script>",
    "'; DROP TABLE",
]
HOSTILE_NUMBERS: list[Any] = [
    0,
    -1,
    1,
    0.5,
    1.0049,
    0.9951,
    1e-320,
    -0.0,
    1e308,
    -1e308,
    math.inf,
    -math.inf,
    math.nan,
    10**30,
    10**40,
    10**400,
    2**63,
    1e11,
    1e11 + 1,
    100000,
    100001,
    36,
    36.0001,
    True,
    False,
    None,
]
HOSTILE_OTHER: list[Any] = [[], {}, [1, 2], {"a": 1}, [None], [[[[]]]], "1", "1e3", "0x10"]


def examples() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]


def _paths(raw: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(raw, dict):
        for k, v in raw.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(raw, list):
        for i, v in enumerate(raw):
            out += _paths(v, (*prefix, i))
    return out


def _get(raw: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        raw = raw[p]
    return raw


def _hostile(rng: random.Random) -> Any:
    pool = rng.choice([HOSTILE_TEXT, HOSTILE_NUMBERS, HOSTILE_OTHER])
    return copy.deepcopy(rng.choice(pool))


def mutate(raw: dict[str, Any], rng: random.Random, steps: int) -> dict[str, Any]:
    """A copy of ``raw`` with ``steps`` structural mutations."""
    raw = copy.deepcopy(raw)
    for _ in range(steps):
        paths = [p for p in _paths(raw) if p]
        if not paths:
            break
        path = rng.choice(paths)
        parent = _get(raw, path[:-1])
        key = path[-1]
        op = rng.randrange(8)
        if op <= 2:  # replace a value
            parent[key] = _hostile(rng)
        elif op == 3 and isinstance(parent, dict):  # drop a key
            del parent[key]
        elif op == 4 and isinstance(parent, dict):  # add an unknown or known key
            parent[rng.choice(["extra", "name\n", "\ud800", key + "_", "x" * 500])] = _hostile(rng)
        elif op == 5 and isinstance(parent, list):  # grow or empty a table
            parent[:] = parent * rng.choice([0, 2, 50, 400]) if parent else []
        elif (
            op == 6
            and isinstance(parent, dict)
            and key == "share"
            and isinstance(parent[key], float | int)
            and not isinstance(parent[key], bool)
        ):  # the tolerance edge
            parent[key] = parent[key] + rng.choice([0.0049, -0.0049, 0.0051, 1e-12])
        else:  # nudge a number
            value = parent[key]
            if isinstance(value, int | float) and not isinstance(value, bool):
                with contextlib.suppress(OverflowError):  # an integer beyond a float stays
                    parent[key] = value * rng.choice([-1, 0, 10, 1000, 1e6]) + rng.choice([0, 0.5])
    return raw


def _dumps(raw: Any) -> str:
    try:
        return json.dumps(raw, ensure_ascii=False)
    except ValueError:  # an integer beyond what Python writes (4,300 digits)
        return json.dumps(raw, ensure_ascii=False, default=str)


def mutate_text(text: str, rng: random.Random) -> str:
    """A text-level mutation of JSON (what no dict can hold)."""
    op = rng.randrange(9)
    if op == 0:
        return "\ufeff" + text
    if op == 1:  # a duplicate key
        i = text.find('"', rng.randrange(max(len(text), 1)))
        j = text.find('":', i)
        if i >= 0 and j > i:
            key = text[i : j + 2]
            k = text.find(key) + len(key)
            return text[:k] + " 1, " + key + text[k:]
        return text
    if op == 2:  # deep nesting somewhere a value goes
        depth = rng.choice([19, 21, 985, 1000, 5000])
        return text.replace('"months":', '"months": ' + "[" * depth + "]" * depth + ', "m":', 1)
    if op == 3:  # a very long integer
        return text.replace(
            '"employees":', '"employees": ' + "9" * rng.choice([31, 310, 4301, 5000]) + ', "e":', 1
        )
    if op == 4:  # truncation
        return text[: rng.randrange(max(len(text), 1))]
    if op == 5:  # a flipped character
        if not text:
            return text
        i = rng.randrange(len(text))
        return text[:i] + chr(rng.randrange(0x10000)) + text[i + 1 :]
    if op == 6:
        return text.replace("1", "1e999", 1)
    if op == 7:
        return text.replace('"', "'", rng.randrange(1, 4))
    return text + rng.choice(["", " ", "}", "]", "\x00", "\n{}"])


def case_text(rng: random.Random) -> str:
    """One fuzz input: an example, mutated structurally and (sometimes) as text."""
    raw = mutate(rng.choice(examples()), rng, rng.randrange(1, 5))
    text = _dumps(raw)
    if rng.random() < 0.4:
        text = mutate_text(text, rng)
    return text


class Finding(AssertionError):
    """An input broke a promise; the message says which."""


def _check_problem(p: Problem) -> None:
    for text, limit in (
        (p.field, MAX_FIELD_CHARS),
        (p.nl, MAX_MESSAGE_CHARS),
        (p.en, MAX_MESSAGE_CHARS),
    ):
        if not isinstance(text, str) or len(text) > limit or not text.isprintable():
            raise Finding(f"problem not one short printable line: {p!r:.200}")
        text.encode("utf-8")
    if not p.field:
        raise Finding(f"problem without a field: {p!r:.200}")


def _finite(value: Any, where: str = "") -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise Finding(f"non-finite number in the result at {where}")
    if isinstance(value, dict):
        for k, v in value.items():
            _finite(v, f"{where}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _finite(v, f"{where}[{i}]")


def check_text(text: str, *, full: bool = True) -> str:
    """Run one input through reading, validation and (if valid) ``assess``.

    Returns the outcome (``refused`` or ``valid``); raises :class:`Finding` (or any
    other exception, which is a finding too) when a promise is broken.
    """
    try:
        raw = parse_json_text(text, "fuzz")
    except CaseError as exc:
        for p in exc.problems:
            _check_problem(p)
        return "refused"
    case, problems = check_case(raw)
    for p in problems:
        _check_problem(p)
    if case is None:
        if not any(p.severity == "error" for p in problems):
            raise Finding("no case, yet no error")
        return "refused"
    again = parse_case(json.loads(case_json(case)))
    if again != case:
        raise Finding("the case does not survive a round trip")
    if abs(sum(s.share for s in case.sales) - 1.0) > 1e-9:
        raise Finding("sales shares not normalised")
    if full:
        result = assess(case, today=TODAY)
        data = result_to_json(result)
        _finite(data)
        for sc in result.scenarios:
            if min(sc.revenue_index) < 0:
                raise Finding(f"negative revenue index in {sc.id}")
        for m in result.measures:
            if m.status == "proposal" and m.verdict == "eligible":
                raise Finding(f"proposal {m.id} shown as eligible")
    return "valid"
