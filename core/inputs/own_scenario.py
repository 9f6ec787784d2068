"""Validation of the member's own stress test (``own_scenario`` in the case, issue 17).

Every problem names its field (``own_scenario.shocks[2].size``) and says what is
expected, in Dutch and in English, as the other sections of the case do.
"""

from __future__ import annotations

from typing import Any

from core.inputs.case import OwnScenario
from core.inputs.field_checks import FieldChecker, show
from core.reference.stress import (
    APPLIES_TO,
    CHANNELS,
    COUNTRIES_RANGE,
    DURATION_RANGE,
    MAX_SHOCKS,
    MAX_SIZE,
    RAMP_MAX,
    RECOVERY_MAX,
    SCALE_MAX,
    START_MAX,
    VIAS,
    GdpShock,
    Shock,
    groups,
    is_country_or_group,
    stress_ids,
)

FIELD = "own_scenario"
MONTHS_NL, MONTHS_EN = " maanden", " months"


def _duration(ck: FieldChecker, d: dict[str, Any], field: str) -> tuple[bool, float | None]:
    """(valid, value): a duration in months, or null for "to the end of the horizon"."""
    if d.get("duration") is None:
        return True, None
    v = ck.number(d, "duration", field, *DURATION_RANGE, unit_nl=MONTHS_NL, unit_en=MONTHS_EN)
    return v is not None, v


def _timing(ck: FieldChecker, d: dict[str, Any], field: str) -> tuple[float, float, float] | None:
    before = ck.errors()
    start = ck.number(
        d, "start", field, 0, START_MAX, required=False, unit_nl=MONTHS_NL, unit_en=MONTHS_EN
    )
    ramp = ck.number(
        d, "ramp_months", field, 0, RAMP_MAX, required=False, unit_nl=MONTHS_NL, unit_en=MONTHS_EN
    )
    rec = ck.number(
        d, "recovery", field, 0, RECOVERY_MAX, required=False, unit_nl=MONTHS_NL, unit_en=MONTHS_EN
    )
    if ck.errors() > before:
        return None
    return float(start or 0.0), float(ramp or 0.0), float(rec or 0.0)


def _countries(ck: FieldChecker, d: dict[str, Any], field: str) -> tuple[str, ...] | None:
    f = f"{field}.countries"
    raw = d.get("countries")
    lo, hi = COUNTRIES_RANGE
    if not isinstance(raw, list) or not lo <= len(raw) <= hi:
        ck.add(
            f,
            f"verwacht een lijst van {lo} tot en met {hi} landcodes of groepen (bijvoorbeeld US, CN, EU27)",
            f"expected a list of {lo} to {hi} country codes or groups (for example US, CN, EU27)",
        )
        return None
    bad = [c for c in raw if not isinstance(c, str) or not is_country_or_group(c)]
    if bad:
        known_groups = ", ".join(groups())
        ck.add(
            f,
            f"{show(bad[0])} is geen bekende ISO-landcode of landengroep ({known_groups})",
            f"{show(bad[0])} is not a known ISO country code or country group ({known_groups})",
        )
        return None
    if len(set(raw)) != len(raw):
        ck.add(f, "noemt een land of groep twee keer", "names a country or group twice")
        return None
    return tuple(str(c) for c in raw)


def _shock(ck: FieldChecker, raw: Any, field: str) -> Shock | None:
    d = ck.obj(raw, field)
    if d is None:
        return None
    before = ck.errors()
    channel = ck.choice(d, "channel", field, CHANNELS)
    countries = _countries(ck, d, field)
    top = MAX_SIZE.get(str(channel), 1.0)
    size = ck.number(
        d,
        "size",
        field,
        0,
        top,
        unit_nl=" (een aandeel, 0,15 = 15%)" if top == 1.0 else " (prijsstijging, 0,15 = 15%)",
        unit_en=" (a share, 0.15 = 15%)" if top == 1.0 else " (price rise, 0.15 = 15%)",
    )
    via = "share"
    if d.get("via") is not None:
        via = ck.choice(d, "via", field, VIAS) or "share"
        if via == "tariff" and channel not in (None, "demand"):
            ck.add(
                f"{field}.via",
                '"tariff" geldt alleen voor het kanaal demand',
                '"tariff" applies only to the channel demand',
            )
    applies_to = "all"
    if d.get("applies_to") is not None:
        applies_to = ck.choice(d, "applies_to", field, APPLIES_TO) or "all"
        if applies_to == "critical" and channel not in (None, "supply"):
            ck.add(
                f"{field}.applies_to",
                '"critical" geldt alleen voor het kanaal supply',
                '"critical" applies only to the channel supply',
            )
    scale = ck.number(
        d, "scale", field, 0, SCALE_MAX, required=False, unit_nl=" (fractie)", unit_en=" (fraction)"
    )
    timing = _timing(ck, d, field)
    ok, duration = _duration(ck, d, field)
    if ck.errors() > before or channel is None or countries is None or size is None:
        return None
    assert timing is not None and ok
    return Shock(
        channel=channel,
        countries=countries,
        size=size,
        via=via,
        scale=1.0 if scale is None else scale,
        applies_to=applies_to,
        start=timing[0],
        ramp_months=timing[1],
        duration=duration,
        recovery=timing[2],
    )


def _gdp(ck: FieldChecker, raw: Any, field: str) -> tuple[bool, GdpShock | None]:
    if raw is None:
        return True, None
    d = ck.obj(raw, field)
    if d is None:
        return False, None
    before = ck.errors()
    depth = ck.number(
        d,
        "depth",
        field,
        0,
        0.5,
        unit_nl=" (fractie van het bbp, 0,01 = 1%)",
        unit_en=" (fraction of GDP, 0.01 = 1%)",
    )
    timing = _timing(ck, d, field)
    _ok, duration = _duration(ck, d, field)
    if ck.errors() > before or depth is None or timing is None:
        return False, None
    return True, GdpShock(depth, timing[0], timing[1], duration, timing[2])


def check_own_scenario(ck: FieldChecker, raw: Any) -> OwnScenario | None:
    """The case's own scenario, or None (absent, or with problems added to ``ck``)."""
    if raw is None:
        return None
    d = ck.obj(raw, FIELD)
    if d is None:
        return None
    before = ck.errors()
    name = ck.text(d, "name", FIELD, "een naam voor het scenario", "a name for the scenario")
    based_on = d.get("based_on")
    if based_on is not None and (not isinstance(based_on, str) or based_on not in stress_ids()):
        ck.add(
            f"{FIELD}.based_on",
            f"{show(based_on)} is geen stresstest uit de bibliotheek; verwacht een van: {', '.join(stress_ids())} of null",
            f"{show(based_on)} is not a stress test of the library; expected one of: {', '.join(stress_ids())} or null",
        )
    _ok, gdp = _gdp(ck, d.get("gdp_gap"), f"{FIELD}.gdp_gap")
    raw_shocks = d.get("shocks")
    shocks: list[Shock] = []
    if not isinstance(raw_shocks, list) or len(raw_shocks) > MAX_SHOCKS:
        ck.add(
            f"{FIELD}.shocks",
            f"verwacht een lijst van ten hoogste {MAX_SHOCKS} schokken",
            f"expected a list of at most {MAX_SHOCKS} shocks",
        )
    else:
        for i, row in enumerate(raw_shocks):
            shock = _shock(ck, row, f"{FIELD}.shocks[{i}]")
            if shock is not None:
                shocks.append(shock)
        if not raw_shocks and gdp is None:
            ck.add(
                f"{FIELD}.shocks",
                "is leeg; verwacht minstens één schok of een bbp-daling (gdp_gap)",
                "is empty; expected at least one shock or a GDP fall (gdp_gap)",
            )
    if ck.errors() > before or name is None:
        return None
    return OwnScenario(name=name, based_on=based_on, shocks=tuple(shocks), gdp_gap=gdp)
