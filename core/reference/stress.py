"""Stress tests of today (issue 17): shocks per country in three channels, and the
library of sourced stress scenarios (resources/stress_scenarios.json).

A shock hits the customers (``demand``), the suppliers (``supply``) or the purchase
prices (``input_cost``) of the countries it names, with a time shape: nothing before
``start``, a linear ramp over ``ramp_months`` to full size, full size for ``duration``
months (None: to the end of the horizon), then an exponential fade with time constant
``recovery`` months (0: at once). Everything is a pure numpy function of time, like the
macro scenarios, so a shift (order book, stock) is an evaluation at another time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from core.reference.countries import countries
from core.reference.resources import load_json

if TYPE_CHECKING:  # numpy loads with the first evaluation: a case file opens without it
    import numpy as np
    from numpy.typing import ArrayLike, NDArray

    FloatArray = NDArray[np.float64]

CHANNELS = ("demand", "supply", "input_cost")
# One word per channel and language wherever a channel is named: the answer, the
# workbook's Invoer and stress-test sheets, and the app (its Qt translations of
# "Demand", "Supply" and "Input cost" must match; tests/ui/test_translations.py).
CHANNEL_WORDS: dict[str, dict[str, str]] = {
    "demand": {"nl": "Vraag", "en": "Demand"},
    "supply": {"nl": "Levering", "en": "Supply"},
    "input_cost": {"nl": "Inkoopprijs", "en": "Input cost"},
}


def channel_word(channel: str, lang: str) -> str:
    """``Levering`` (nl) / ``Supply`` (en) for ``"supply"``."""
    return CHANNEL_WORDS[channel][lang]


VIAS = ("share", "tariff")
APPLIES_TO = ("all", "critical")
ID_PATTERN = re.compile(r"^[a-z0-9_]+$")

# Limits of a shock (design17.md "The member's own scenario"); the library obeys them too.
MAX_SHOCKS = 20
MAX_SIZE = {"demand": 1.0, "supply": 1.0, "input_cost": 3.0}
START_MAX = 35.0
DURATION_RANGE = (1.0, 36.0)
RECOVERY_MAX = 24.0
RAMP_MAX = 24.0
STEP_EDGE = 1e-9  # months (about 3 ms): float noise of a clock, not time
COUNTRIES_RANGE = (1, 60)
SCALE_MAX = 1.0


def _time_shape(
    t: ArrayLike, start: float, ramp_months: float, duration: float | None, recovery: float
) -> FloatArray:
    """0 before ``start``, linear to 1 over ``ramp_months``, 1 until the end of
    ``duration`` (counted from the start), then ``exp(-(t - end) / recovery)``.

    A step (no ramp, no recovery) counts a clock within ``STEP_EDGE`` of it as on it:
    ``t`` is a month minus an order book or a stock, and a book of 1e-20 months must not
    move a one-month shock past both of its month samples (it did: a shorter order book
    then showed the shock never, a longer one a month later)."""
    import numpy as np

    t = np.asarray(t, dtype=np.float64)
    since = t - start
    # Before ``start`` both forms of the level are already +0, and so is the product
    # with the fade: no select is needed.
    if ramp_months > 0:
        level = np.asarray(since / ramp_months)
        np.clip(level, 0.0, 1.0, out=level)
    else:
        level = (since >= -STEP_EDGE).astype(np.float64)
    if duration is None:
        return level
    end = start + ramp_months + duration
    if recovery > 0:
        fade = np.asarray(np.exp(np.maximum(t - end, 0.0) / -recovery))  # -x / r = x / -r
    else:
        fade = (t < end - STEP_EDGE).astype(np.float64)
    level *= fade
    return level


@dataclass(frozen=True)
class Shock:
    """One shock: ``size`` of ``channel`` on the ``countries`` (ISO codes or group ids)."""

    channel: str
    countries: tuple[str, ...]
    size: float
    via: str = "share"  # demand only: "tariff" means size is a tariff rate
    scale: float = 1.0  # e.g. the share of a German customer's sales that go to the US
    applies_to: str = "all"  # supply only: "critical" = only the suppliers marked critical
    start: float = 0.0
    ramp_months: float = 0.0
    duration: float | None = None
    recovery: float = 0.0

    def shape(self, t: ArrayLike) -> FloatArray:
        """The shock's level at ``t`` months after the scenario's start, 0..1."""
        return _time_shape(t, self.start, self.ramp_months, self.duration, self.recovery)

    def codes(self) -> frozenset[str]:
        """The ISO codes the shock names, groups expanded."""
        return expand_countries(self.countries)


@dataclass(frozen=True)
class GdpShock:
    """A macro gap (fraction of GDP below trend) on every customer, with a shock's shape."""

    depth: float
    start: float = 0.0
    ramp_months: float = 0.0
    duration: float | None = None
    recovery: float = 0.0

    def shape(self, t: ArrayLike) -> FloatArray:
        """The GDP gap at ``t`` months after the scenario's start."""
        return self.depth * _time_shape(
            t, self.start, self.ramp_months, self.duration, self.recovery
        )


@dataclass(frozen=True)
class Fact:
    id: str
    nl: str
    en: str
    value: str
    date: str
    source: str
    url: str
    primary: bool
    checked: str


@dataclass(frozen=True)
class StressAssumption:
    id: str
    nl: str
    en: str
    value: str
    why_nl: str
    why_en: str


@dataclass(frozen=True)
class Precedent:
    start: str  # "YYYY-MM"
    end: str | None
    nl: str
    en: str


@dataclass(frozen=True)
class StressSpec:
    """One library stress scenario, with its facts and assumptions kept for display."""

    id: str
    nl: str
    en: str
    summary_nl: str
    summary_en: str
    hypothetical: bool
    precedent: Precedent | None
    gdp_gap: GdpShock | None
    shocks: tuple[Shock, ...]
    facts: tuple[Fact, ...]
    assumptions: tuple[StressAssumption, ...]
    # For each shock, the ids of the facts and assumptions its figures rest on.
    shock_facts: tuple[tuple[str, ...], ...] = ()
    shock_assumptions: tuple[tuple[str, ...], ...] = ()
    kind: str = "stress"

    def label(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en

    def summary(self, lang: str) -> str:
        return self.summary_nl if lang == "nl" else self.summary_en

    def source(self) -> str:
        """Every fact's source and address, once, for citing next to the figures; a
        hypothetical test without facts says so instead of citing nothing."""
        if self.hypothetical and not self.facts:
            return "hypothetical stress test without precedent: size and duration are the user's choice"
        seen: list[str] = []
        for f in self.facts:
            text = f"{f.source}; {f.url}" if f.url else f.source
            if text not in seen:
                seen.append(text)
        return " | ".join(seen)


class OwnLike(Protocol):
    """What the reference layer reads of the case's ``OwnScenario`` (core.inputs.case)."""

    @property
    def name(self) -> str: ...
    @property
    def based_on(self) -> str | None: ...
    @property
    def shocks(self) -> tuple[Shock, ...]: ...
    @property
    def gdp_gap(self) -> GdpShock | None: ...


class StressDataError(ValueError):
    """resources/stress_scenarios.json breaks its contract (a bug in the data)."""


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_json("stress_scenarios.json")
    return data


@cache
def groups() -> dict[str, tuple[str, ...]]:
    """Country group id -> ISO codes, from the data's ``groups``."""
    eu = tuple(sorted(c.code for c in countries().values() if c.eu))
    out: dict[str, tuple[str, ...]] = {}
    for gid, row in _data().get("groups", {}).items():
        spec = row["countries"]
        if spec == "eu":
            codes = eu
        elif isinstance(spec, str) and spec.startswith("eu-"):
            drop = set(spec[3:].split("-"))
            codes = tuple(c for c in eu if c not in drop)
        elif isinstance(spec, list):
            codes = tuple(str(c) for c in spec)
        else:
            raise StressDataError(f"groups.{gid}.countries: {spec!r}")
        unknown = [c for c in codes if c not in countries()]
        if unknown:
            raise StressDataError(f"groups.{gid}.countries: unknown codes {unknown}")
        out[str(gid)] = codes
    return out


def group_label(group_id: str, lang: str) -> str:
    row = _data().get("groups", {}).get(group_id, {})
    return str(row.get(lang, group_id))


def is_country_or_group(code: str) -> bool:
    return code in countries() or code in groups()


def expand_countries(codes: Sequence[str]) -> frozenset[str]:
    """ISO codes and group ids -> the ISO codes they name (unknown entries are kept as
    they are, so they match nothing in a case)."""
    g = groups()
    out: set[str] = set()
    for code in codes:
        out.update(g.get(code, (code,)))
    return frozenset(out)


def _num(row: Mapping[str, Any], key: str, default: float | None, where: str) -> float | None:
    value = row.get(key, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise StressDataError(f"{where}.{key}: {value!r} is not a number")
    return float(value)


def check_shock(shock: Shock) -> list[tuple[str, str]]:
    """What is wrong with a shock, as (field, problem key) pairs; empty if it is valid.

    The keys are those of :mod:`core.inputs.validation`'s own-scenario messages.
    """
    bad: list[tuple[str, str]] = []
    if shock.channel not in CHANNELS:
        return [("channel", "channel")]
    if not COUNTRIES_RANGE[0] <= len(shock.countries) <= COUNTRIES_RANGE[1]:
        bad.append(("countries", "countries_count"))
    elif any(not is_country_or_group(c) for c in shock.countries):
        bad.append(("countries", "countries_known"))
    if not 0.0 <= shock.size <= MAX_SIZE[shock.channel]:
        bad.append(("size", "size_cost" if shock.channel == "input_cost" else "size"))
    if shock.via not in VIAS or (shock.via == "tariff" and shock.channel != "demand"):
        bad.append(("via", "via"))
    if not 0.0 <= shock.scale <= SCALE_MAX:
        bad.append(("scale", "scale"))
    if shock.applies_to not in APPLIES_TO or (
        shock.applies_to == "critical" and shock.channel != "supply"
    ):
        bad.append(("applies_to", "applies_to"))
    if not 0.0 <= shock.start <= START_MAX:
        bad.append(("start", "start"))
    if not 0.0 <= shock.ramp_months <= RAMP_MAX:
        bad.append(("ramp_months", "ramp_months"))
    if shock.duration is not None and not (
        DURATION_RANGE[0] <= shock.duration <= DURATION_RANGE[1]
    ):
        bad.append(("duration", "duration"))
    if not 0.0 <= shock.recovery <= RECOVERY_MAX:
        bad.append(("recovery", "recovery"))
    return bad


def shock_from_dict(row: Mapping[str, Any], where: str = "shock") -> Shock:
    """A shock from its JSON form (the data file and the case share it). Raises
    :class:`StressDataError` on a wrong type; ranges are :func:`check_shock`'s job."""
    codes = row.get("countries")
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        raise StressDataError(f"{where}.countries: a list of country codes")
    for key in ("channel", "via", "applies_to"):
        if key in row and not isinstance(row[key], str):
            raise StressDataError(f"{where}.{key}: {row[key]!r} is not text")
    return Shock(
        channel=str(row.get("channel", "")),
        countries=tuple(codes),
        size=_num(row, "size", None, where) if "size" in row else float("nan"),  # type: ignore[arg-type]
        via=str(row.get("via", "share")),
        scale=_num(row, "scale", 1.0, where),  # type: ignore[arg-type]
        applies_to=str(row.get("applies_to", "all")),
        start=_num(row, "start", 0.0, where),  # type: ignore[arg-type]
        ramp_months=_num(row, "ramp_months", 0.0, where),  # type: ignore[arg-type]
        duration=_num(row, "duration", None, where),
        recovery=_num(row, "recovery", 0.0, where),  # type: ignore[arg-type]
    )


def shock_to_dict(shock: Shock) -> dict[str, Any]:
    """The JSON form of a shock (every field, so a file reads on its own)."""
    return {
        "channel": shock.channel,
        "countries": list(shock.countries),
        "size": shock.size,
        "via": shock.via,
        "scale": shock.scale,
        "applies_to": shock.applies_to,
        "start": shock.start,
        "ramp_months": shock.ramp_months,
        "duration": shock.duration,
        "recovery": shock.recovery,
    }


def gdp_from_dict(row: Mapping[str, Any] | None, where: str = "gdp_gap") -> GdpShock | None:
    if row is None:
        return None
    if not isinstance(row, Mapping):
        raise StressDataError(f"{where}: an object or null")
    return GdpShock(
        depth=_num(row, "depth", None, where) if "depth" in row else float("nan"),  # type: ignore[arg-type]
        start=_num(row, "start", 0.0, where),  # type: ignore[arg-type]
        ramp_months=_num(row, "ramp_months", 0.0, where),  # type: ignore[arg-type]
        duration=_num(row, "duration", None, where),
        recovery=_num(row, "recovery", 0.0, where),  # type: ignore[arg-type]
    )


def gdp_to_dict(gdp: GdpShock) -> dict[str, Any]:
    return {
        "depth": gdp.depth,
        "start": gdp.start,
        "ramp_months": gdp.ramp_months,
        "duration": gdp.duration,
        "recovery": gdp.recovery,
    }


def check_gdp(gdp: GdpShock) -> list[tuple[str, str]]:
    """What is wrong with a macro gap, as (field, problem key) pairs."""
    bad: list[tuple[str, str]] = []
    if not 0.0 <= gdp.depth <= 0.5:
        bad.append(("depth", "depth"))
    if not 0.0 <= gdp.start <= START_MAX:
        bad.append(("start", "start"))
    if not 0.0 <= gdp.ramp_months <= RAMP_MAX:
        bad.append(("ramp_months", "ramp_months"))
    if gdp.duration is not None and not DURATION_RANGE[0] <= gdp.duration <= DURATION_RANGE[1]:
        bad.append(("duration", "duration"))
    if not 0.0 <= gdp.recovery <= RECOVERY_MAX:
        bad.append(("recovery", "recovery"))
    return bad


def _text(row: Mapping[str, Any], key: str, where: str) -> str:
    value = row.get(key)
    if not isinstance(value, str) or not value.strip():
        raise StressDataError(f"{where}.{key}: missing text")
    return value


def _spec(row: Mapping[str, Any], index: int) -> StressSpec:
    where = f"scenarios[{index}]"
    sid = _text(row, "id", where)
    if not ID_PATTERN.match(sid) or sid == "own" or sid.endswith("_now"):
        raise StressDataError(f"{where}.id: {sid!r} is not a valid stress id")
    if row.get("kind", "stress") != "stress":
        raise StressDataError(f"{where}.kind: must be 'stress'")
    facts = tuple(
        Fact(
            id=_text(f, "id", f"{where}.facts[{i}]"),
            nl=_text(f, "nl", f"{where}.facts[{i}]"),
            en=_text(f, "en", f"{where}.facts[{i}]"),
            value=str(f.get("value", "")),
            date=str(f.get("date", "")),
            source=_text(f, "source", f"{where}.facts[{i}]"),
            url=str(f.get("url", "")),
            primary=bool(f.get("primary", False)),
            checked=str(f.get("checked", "")),
        )
        for i, f in enumerate(row.get("facts", []))
    )
    assumptions = tuple(
        StressAssumption(
            id=_text(a, "id", f"{where}.assumptions[{i}]"),
            nl=_text(a, "nl", f"{where}.assumptions[{i}]"),
            en=_text(a, "en", f"{where}.assumptions[{i}]"),
            value=str(a.get("value", "")),
            why_nl=_text(a, "why_nl", f"{where}.assumptions[{i}]"),
            why_en=_text(a, "why_en", f"{where}.assumptions[{i}]"),
        )
        for i, a in enumerate(row.get("assumptions", []))
    )
    fact_ids = {f.id for f in facts}
    assumption_ids = {a.id for a in assumptions}
    shocks: list[Shock] = []
    shock_facts: list[tuple[str, ...]] = []
    shock_assumptions: list[tuple[str, ...]] = []
    raw_shocks = row.get("shocks", [])
    if not isinstance(raw_shocks, list) or not 1 <= len(raw_shocks) <= MAX_SHOCKS:
        raise StressDataError(f"{where}.shocks: 1 to {MAX_SHOCKS} shocks")
    for j, s in enumerate(raw_shocks):
        swhere = f"{where}.shocks[{j}]"
        shock = shock_from_dict(s, swhere)
        problems = check_shock(shock)
        if problems:
            raise StressDataError(f"{swhere}: {', '.join(p[0] for p in problems)}")
        refs_f = tuple(str(x) for x in s.get("facts", []))
        refs_a = tuple(str(x) for x in s.get("assumptions", []))
        if set(refs_f) - fact_ids or set(refs_a) - assumption_ids:
            raise StressDataError(f"{swhere}: names a fact or assumption the scenario lacks")
        shocks.append(shock)
        shock_facts.append(refs_f)
        shock_assumptions.append(refs_a)
    gdp = gdp_from_dict(row.get("gdp_gap"), f"{where}.gdp_gap")
    if gdp is not None and check_gdp(gdp):
        raise StressDataError(f"{where}.gdp_gap: {check_gdp(gdp)}")
    prec = row.get("precedent")
    precedent = (
        Precedent(
            str(prec["from"]), prec.get("to"), str(prec.get("nl", "")), str(prec.get("en", ""))
        )
        if isinstance(prec, Mapping)
        else None
    )
    hypothetical = bool(row.get("hypothetical", False))
    if not hypothetical and not facts:
        raise StressDataError(f"{where}: a scenario with a precedent needs facts")
    return StressSpec(
        id=sid,
        nl=_text(row, "nl", where),
        en=_text(row, "en", where),
        summary_nl=_text(row, "summary_nl", where),
        summary_en=_text(row, "summary_en", where),
        hypothetical=hypothetical,
        precedent=precedent,
        gdp_gap=gdp,
        shocks=tuple(shocks),
        facts=facts,
        assumptions=assumptions,
        shock_facts=tuple(shock_facts),
        shock_assumptions=tuple(shock_assumptions),
    )


@cache
def library() -> tuple[StressSpec, ...]:
    """The library's stress scenarios, parsed and checked, in the data's order."""
    groups()  # checks the groups first
    rows = _data().get("scenarios", [])
    specs = tuple(_spec(row, i) for i, row in enumerate(rows))
    ids = [s.id for s in specs]
    if len(set(ids)) != len(ids):
        raise StressDataError("scenarios: duplicate ids")
    return specs


def stress_ids() -> tuple[str, ...]:
    return tuple(s.id for s in library())


def stress_spec(scenario_id: str) -> StressSpec:
    for spec in library():
        if spec.id == scenario_id:
            return spec
    raise KeyError(scenario_id)


def checked() -> str:
    return str(_data().get("checked", ""))
