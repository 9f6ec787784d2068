"""The measures catalogue (resources/measures.json) as typed, immutable objects.

The catalogue is data, not rules: each measure carries its names, status, validity,
sources, the FME paper's ask and its figures (``parameters``). The verdict logic reads
its numbers from here, so a yearly update is a data edit plus a test.

Validity is inclusive on both ends. ``valid_from`` None means the start is not recorded
(the scheme predates the scenarios). ``valid_to`` None means open-ended for a current
scheme; for a historical scheme it means the end is not recorded, so it is taken to have
ended before the catalogue's ``as_of`` date. Proposals are never in force.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from types import MappingProxyType
from typing import Any, Literal, NoReturn, TypeAlias, cast
from urllib.parse import urlsplit

from core.reference.resources import load_json

Status = Literal["historical", "current", "proposal"]
STATUSES: tuple[Status, ...] = ("historical", "current", "proposal")
CATEGORIES: tuple[str, ...] = (
    "wages",
    "finance",
    "export",
    "innovation",
    "training",
    "tax",
    "energy",
    "labour_migration",
)
# The ids the result contract (product.md) promises; the catalogue must hold exactly these.
REQUIRED_IDS: tuple[str, ...] = (
    "now",
    "exportfinanciering",
    "praktijkleren",
    "bl_borgstelling",
    "wtv",
    "deeltijd_ww",
    "bmkb",
    "go",
    "kkc",
    "qredits",
    "col",
    "belastinguitstel",
    "togs_tvl",
    "wbso",
    "innovatiekrediet",
    "pps_toeslag",
    "kwr",
    "sde_ontheffing",
    "scholing",
    "kennismigranten",
)
LANGUAGES: tuple[str, ...] = ("nl", "en")
# What an amount is (result contract): money received, a loan, a guarantee, cover...
KINDS: tuple[str, ...] = (
    "subsidy",
    "tax_credit",
    "loan",
    "guarantee",
    "insurance",
    "deferral",
    "benefit",
)
PERS: tuple[str, ...] = ("once", "year", "study_year", "month")
# Official sources: the government, regulators and the schemes' own administrators. A URL
# whose host is one of these (or a subdomain) counts as official; anything else is a
# secondary source and belongs in ``secondary_sources``.
OFFICIAL_DOMAINS: tuple[str, ...] = (
    "uwv.nl",
    "rvo.nl",
    "rijksoverheid.nl",
    "belastingdienst.nl",
    "kvk.nl",
    "business.gov.nl",
    "officielebekendmakingen.nl",
    "overheid.nl",
    "tweedekamer.nl",
    "eerstekamer.nl",
    "rijksfinancien.nl",
    "cpb.nl",
    "cbs.nl",
    "atradiusdutchstatebusiness.nl",
    "qredits.nl",
    "s-bb.nl",
    "ind.nl",
)
VALIDITY_FIELDS: tuple[str, ...] = ("status", "valid_from", "valid_to", "parameters")
# How a scheme is applied for (its application window, apart from its period of
# eligibility): "rolling" = any day the scheme is in force; "windows" = only inside the
# dated windows listed (e.g. praktijkleren: after the study year, June - September);
# "none" = there is nothing to apply for (a proposal, a bill).
APPLICATION_MODES: tuple[str, ...] = ("rolling", "windows", "none")

# A parameter is a JSON scalar or a nested object/array of them, frozen on load.
ParamValue: TypeAlias = (
    "int | float | str | bool | Mapping[str, ParamValue] | tuple[ParamValue, ...] | None"
)


class FrozenParams(dict[str, "ParamValue"]):
    """A read-only dict for parameters.

    Unlike MappingProxyType it stays JSON-serialisable, works with dataclasses.asdict,
    copy and pickle, so measures can go into the result file or a worker process as is.
    """

    def _read_only(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("catalogue parameters are read-only")

    def __setitem__(self, key: str, value: ParamValue) -> None:
        self._read_only()

    def __delitem__(self, key: str) -> None:
        self._read_only()

    def __reduce__(self) -> tuple[type[FrozenParams], tuple[dict[str, ParamValue]]]:
        return (type(self), (dict(self),))

    __ior__ = clear = pop = popitem = setdefault = update = _read_only


def _language(lang: str) -> str:
    """'nl', 'en', or a locale such as 'nl_NL' / 'en-GB' reduced to its language."""
    base = lang.replace("-", "_").split("_", 1)[0].lower()
    if base not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
    return base


@dataclass(frozen=True)
class LocalText:
    """A text in Dutch and English; call it with a language: ``measure.name("en")``."""

    nl: str
    en: str

    def __call__(self, lang: str) -> str:
        return self.en if _language(lang) == "en" else self.nl


def is_official(url: str) -> bool:
    """Whether the URL's host is an official domain (or a subdomain of one)."""
    host = urlsplit(url).hostname or ""
    host = host.rstrip(".").lower()
    return any(host == d or host.endswith("." + d) for d in OFFICIAL_DOMAINS)


@dataclass(frozen=True)
class Validity:
    """Where the status and dates of a scheme come from, and when that was checked.

    ``unconfirmed`` names the fields (of VALIDITY_FIELDS) no source confirmed; the app
    says so instead of presenting them as fact.
    """

    source: str
    checked: dt.date
    unconfirmed: tuple[str, ...] = ()
    note: LocalText | None = None

    @property
    def confirmed(self) -> bool:
        return not self.unconfirmed


@dataclass(frozen=True)
class Window:
    """One application window, both ends inclusive. ``confirmed`` False: the dates are
    expected from earlier years but not yet published; the app never calls such a
    window open, it says when it is expected."""

    start: dt.date
    end: dt.date
    confirmed: bool
    source: str


@dataclass(frozen=True)
class Application:
    """How and when a scheme is applied for, with the page that says so."""

    mode: str  # one of APPLICATION_MODES
    source: str
    checked: dt.date
    windows: tuple[Window, ...] = ()
    note: LocalText | None = None


@dataclass(frozen=True)
class ApplicationState:
    """Whether a scheme can be applied for on one day, and if not, from when.

    ``opens`` is the next day applications open (None: not again, or not known);
    ``until`` the last day of the window that is (or is expected to be) open, or the
    scheme's end for a rolling scheme (None: open-ended)."""

    mode: str
    open: bool
    opens: dt.date | None = None
    opens_confirmed: bool = True
    until: dt.date | None = None
    until_confirmed: bool = True


@dataclass(frozen=True, kw_only=True)
class _Scheme:
    """What a measure and each of its variants have: identity, status, period, figures."""

    id: str
    name: LocalText
    status: Status
    valid_from: dt.date | None
    valid_to: dt.date | None
    parameters: Mapping[str, ParamValue] = field(default_factory=FrozenParams)
    notes: LocalText | None = None
    validity: Validity | None = None
    application: Application | None = None

    def application_on(self, day: dt.date) -> ApplicationState:
        """Whether the scheme can be applied for on ``day`` (see ApplicationState)."""
        app = self.application
        if app is None or app.mode == "none" or self.status == "proposal":
            return ApplicationState(mode="none", open=False)
        if app.mode == "rolling":
            unsure_end = self.validity is not None and "valid_to" in self.validity.unconfirmed
            if self.active_in(day, day):
                return ApplicationState(
                    mode="rolling", open=True, until=self.valid_to, until_confirmed=not unsure_end
                )
            later = self.valid_from is not None and day < self.valid_from
            return ApplicationState(
                mode="rolling", open=False, opens=self.valid_from if later else None
            )
        windows = sorted(app.windows, key=lambda w: w.start)
        for w in windows:
            if w.start <= day <= w.end:
                if w.confirmed:
                    return ApplicationState(mode="windows", open=True, until=w.end)
                # Expected to be open by now, but not published: not called open.
                return ApplicationState(
                    mode="windows",
                    open=False,
                    opens=w.start,
                    opens_confirmed=False,
                    until=w.end,
                    until_confirmed=False,
                )
        nxt = next((w for w in windows if w.start > day), None)
        if nxt is None:
            return ApplicationState(mode="windows", open=False)
        return ApplicationState(
            mode="windows",
            open=False,
            opens=nxt.start,
            opens_confirmed=nxt.confirmed,
            until=nxt.end,
            until_confirmed=nxt.confirmed,
        )

    def active_in(self, period_start: dt.date, period_end: dt.date) -> bool:
        """Whether the scheme was in force on any day of the period (inclusive)."""
        return _overlaps(self.status, self.valid_from, self.valid_to, period_start, period_end)

    def number(self, key: str) -> float:
        """A numeric parameter; KeyError if absent, TypeError if it is not a number."""
        return _number(self.parameters, key, self.id)


@dataclass(frozen=True, kw_only=True)
class Variant(_Scheme):
    """A form of a measure with its own status and period (e.g. BMKB-C next to BMKB)."""


@dataclass(frozen=True, kw_only=True)
class Measure(_Scheme):
    """One catalogue entry: a support measure, its figures, sources and the FME ask."""

    category: str
    summary: LocalText
    paper_section: LocalText
    sources: tuple[str, ...]
    secondary_sources: tuple[str, ...] = ()
    variants: tuple[Variant, ...] = ()
    kind: str | None = None  # what the amount is, one of KINDS
    per: str | None = None  # the period the amount covers, one of PERS
    alternatives: str | None = None  # group of measures that answer one need

    def variant(self, variant_id: str) -> Variant:
        """The variant with this id; KeyError if the measure has none."""
        for v in self.variants:
            if v.id == variant_id:
                return v
        raise KeyError(f"measure {self.id!r} has no variant {variant_id!r}")

    def active_variants(self, period_start: dt.date, period_end: dt.date) -> tuple[Variant, ...]:
        """The variants in force on any day of the period, in catalogue order."""
        return tuple(v for v in self.variants if v.active_in(period_start, period_end))


def _overlaps(
    status: Status,
    valid_from: dt.date | None,
    valid_to: dt.date | None,
    period_start: dt.date,
    period_end: dt.date,
) -> bool:
    if period_start > period_end:
        raise ValueError(f"period starts {period_start} after it ends {period_end}")
    if status == "proposal":
        return False
    last = valid_to
    if last is None and status == "historical":
        # Ended, but the end is not recorded: it was over by the catalogue date.
        last = as_of() - dt.timedelta(days=1)
    if valid_from is not None and period_end < valid_from:
        return False
    return last is None or period_start <= last


def _number(parameters: Mapping[str, ParamValue], key: str, owner: str) -> float:
    value = parameters[key]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"parameter {key!r} of {owner!r} is not a number: {value!r}")
    return float(value)


# -- loading ---------------------------------------------------------------------------


class CatalogueError(ValueError):
    """measures.json does not have the expected shape."""


def _field(obj: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in obj:
        raise CatalogueError(f"measures.json: {where}: missing {key!r}")
    return obj[key]


def _str(obj: Mapping[str, Any], key: str, where: str) -> str:
    value = _field(obj, key, where)
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError(f"measures.json: {where}: {key!r} must be a non-empty string")
    return value


def _date(obj: Mapping[str, Any], key: str, where: str) -> dt.date | None:
    value = _field(obj, key, where)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise CatalogueError(f"measures.json: {where}: {key!r} is not an ISO date") from None


def _text(obj: Mapping[str, Any], key: str, where: str) -> LocalText:
    value = _field(obj, key, where)
    if not isinstance(value, dict):
        raise CatalogueError(f"measures.json: {where}: {key!r} must be {{nl, en}}")
    return LocalText(nl=_str(value, "nl", f"{where}.{key}"), en=_str(value, "en", f"{where}.{key}"))


def _freeze(value: Any) -> ParamValue:
    if isinstance(value, dict):
        return _freeze_mapping(value)
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return cast(ParamValue, value)


def _freeze_mapping(value: Mapping[str, Any]) -> FrozenParams:
    return FrozenParams({str(k): _freeze(v) for k, v in value.items()})


def _validity(row: Mapping[str, Any], where: str) -> Validity | None:
    value = row.get("validity")
    if value is None:
        return None
    where = f"{where}.validity"
    if not isinstance(value, dict):
        raise CatalogueError(f"measures.json: {where}: must be an object")
    checked = _date(value, "checked", where)
    if checked is None:
        raise CatalogueError(f"measures.json: {where}: 'checked' must be a date")
    unconfirmed = value.get("unconfirmed", [])
    if not isinstance(unconfirmed, list) or any(u not in VALIDITY_FIELDS for u in unconfirmed):
        raise CatalogueError(
            f"measures.json: {where}: 'unconfirmed' must list fields of {VALIDITY_FIELDS}"
        )
    note = _text(value, "note", where) if value.get("note") is not None else None
    return Validity(
        source=_str(value, "source", where),
        checked=checked,
        unconfirmed=tuple(unconfirmed),
        note=note,
    )


def _application(row: Mapping[str, Any], where: str) -> Application | None:
    value = row.get("application")
    if value is None:
        return None
    where = f"{where}.application"
    if not isinstance(value, dict):
        raise CatalogueError(f"measures.json: {where}: must be an object")
    mode = _str(value, "mode", where)
    if mode not in APPLICATION_MODES:
        raise CatalogueError(f"measures.json: {where}: unknown mode {mode!r}")
    checked = _date(value, "checked", where)
    if checked is None:
        raise CatalogueError(f"measures.json: {where}: 'checked' must be a date")
    raw = value.get("windows", [])
    if not isinstance(raw, list) or (mode == "windows") != bool(raw):
        raise CatalogueError(
            f"measures.json: {where}: 'windows' are listed for mode 'windows' only"
        )
    windows = []
    for i, w in enumerate(raw):
        at = f"{where}.windows[{i}]"
        start, end = _date(w, "from", at), _date(w, "to", at)
        if start is None or end is None or end < start:
            raise CatalogueError(f"measures.json: {at}: 'from' and 'to' must be dates, in order")
        confirmed = _field(w, "confirmed", at)
        if not isinstance(confirmed, bool):
            raise CatalogueError(f"measures.json: {at}: 'confirmed' must be true or false")
        windows.append(Window(start, end, confirmed, _str(w, "source", at)))
    note = _text(value, "note", where) if value.get("note") is not None else None
    return Application(
        mode=mode,
        source=_str(value, "source", where),
        checked=checked,
        windows=tuple(windows),
        note=note,
    )


def _urls(row: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = row.get(key, [])
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        raise CatalogueError(f"measures.json: {where}: {key!r} must be a list of URLs")
    return tuple(value)


def _common(row: Mapping[str, Any], where: str) -> dict[str, Any]:
    status = _str(row, "status", where)
    if status not in STATUSES:
        raise CatalogueError(f"measures.json: {where}: unknown status {status!r}")
    params = row.get("parameters", {})
    if not isinstance(params, dict):
        raise CatalogueError(f"measures.json: {where}: 'parameters' must be an object")
    notes = _text(row, "notes", where) if row.get("notes") is not None else None
    return {
        "id": _str(row, "id", where),
        "name": _text(row, "name", where),
        "status": status,
        "valid_from": _date(row, "valid_from", where),
        "valid_to": _date(row, "valid_to", where),
        "parameters": _freeze_mapping(params),
        "notes": notes,
        "validity": _validity(row, where),
        "application": _application(row, where),
    }


def _measure(row: Mapping[str, Any]) -> Measure:
    where = f"measure {row.get('id')!r}"
    _field(row, "sources", where)
    sources = _urls(row, "sources", where)
    category = _str(row, "category", where)
    if category not in CATEGORIES:
        raise CatalogueError(f"measures.json: {where}: unknown category {category!r}")
    common = _common(row, where)
    if common["application"] is None:
        raise CatalogueError(f"measures.json: {where}: missing 'application' (its window)")
    # A variant is applied for as its measure is, unless it records its own window.
    variants = tuple(
        Variant(**_common(v, f"{where} variant {v.get('id')!r}")) for v in row.get("variants", [])
    )
    variants = tuple(
        v if v.application is not None else replace(v, application=common["application"])
        for v in variants
    )
    kind, per, group = row.get("kind"), row.get("per"), row.get("alternatives")
    if kind is not None and kind not in KINDS:
        raise CatalogueError(f"measures.json: {where}: unknown kind {kind!r}")
    if per is not None and per not in PERS:
        raise CatalogueError(f"measures.json: {where}: unknown per {per!r}")
    if group is not None and not isinstance(group, str):
        raise CatalogueError(f"measures.json: {where}: 'alternatives' must be a string")
    return Measure(
        kind=kind,
        per=per,
        alternatives=group,
        **common,
        category=category,
        summary=_text(row, "summary", where),
        paper_section=_text(row, "paper_section", where),
        sources=sources,
        secondary_sources=_urls(row, "secondary_sources", where),
        variants=variants,
    )


@cache
def catalogue() -> tuple[Measure, ...]:
    """Every measure, in the file's order (parsed once per process)."""
    measures = tuple(_measure(row) for row in load_json("measures.json")["measures"])
    ids = [m.id for m in measures]
    if len(ids) != len(set(ids)):
        raise CatalogueError("measures.json: duplicate measure ids")
    return measures


@cache
def _by_id() -> Mapping[str, Measure]:
    return MappingProxyType({m.id: m for m in catalogue()})


def measure(measure_id: str) -> Measure:
    """The measure with this id; KeyError if the catalogue has none."""
    try:
        return _by_id()[measure_id]
    except KeyError:
        raise KeyError(f"no measure {measure_id!r} in the catalogue") from None


def as_of() -> dt.date:
    """The date the catalogue was last checked against its sources."""
    return dt.date.fromisoformat(load_json("measures.json")["as_of"])


def stale_after_months() -> int:
    """After this many months past :func:`as_of` the catalogue may be out of date
    (measures.json ``stale_after_months``, justified in ``stale_after_note``)."""
    value = load_json("measures.json")["stale_after_months"]
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise CatalogueError(
            f"measures.json: stale_after_months must be a whole number of months ≥ 1, not {value!r}"
        )
    return value


def catalogue_stale(today: dt.date, checked: dt.date | None = None) -> bool:
    """True when ``today`` is more than :func:`stale_after_months` months after the day
    the catalogue was checked (``checked``, by default :func:`as_of`)."""
    day = checked or as_of()
    months = stale_after_months()
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    # The same day N months later, or the month's last day when it has fewer days.
    last_day = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    limit = dt.date(year, month, min(day.day, last_day))
    return today > limit
