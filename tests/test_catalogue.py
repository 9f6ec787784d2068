"""Integrity of the measures catalogue (resources/measures.json) and its loader.

The file is checked raw (every field present, in both languages) and through
core.reference.catalogue (types, validity logic); figures are spot-checked against measures.md.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import pickle
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from core.reference import catalogue as cat
from core.reference.catalogue import CATEGORIES, REQUIRED_IDS, STATUSES, LocalText, Variant

ROOT = Path(__file__).resolve().parent.parent
RAW: dict[str, Any] = json.loads((ROOT / "resources" / "measures.json").read_text("utf-8"))
ENTRIES: list[dict[str, Any]] = RAW["measures"]
MEASURE_KEYS = {
    "id",
    "name",
    "category",
    "status",
    "valid_from",
    "valid_to",
    "summary",
    "paper_section",
    "sources",
    "secondary_sources",
    "validity",
    "application",
    "parameters",
}
VARIANT_KEYS = {"id", "name", "status", "valid_from", "valid_to", "validity", "parameters"}
TEXT_KEYS = ("name", "summary", "paper_section")


def _all_schemes() -> Iterator[tuple[str, dict[str, Any]]]:
    """(label, row) for every measure and every variant in the raw file."""
    for entry in ENTRIES:
        yield entry["id"], entry
        for variant in entry.get("variants", []):
            yield f"{entry['id']}/{variant['id']}", variant


SCHEMES = list(_all_schemes())
SCHEME_IDS = [label for label, _ in SCHEMES]


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


# -- the file as a whole -----------------------------------------------------------------


def test_top_level_shape() -> None:
    assert set(RAW) == {"as_of", "stale_after_months", "stale_after_note", "about", "measures"}
    assert cat.stale_after_months() == RAW["stale_after_months"] >= 1
    assert isinstance(RAW["stale_after_note"], str) and "yearly" in RAW["stale_after_note"]
    assert isinstance(RAW["about"], str) and RAW["about"].strip()
    assert dt.date.fromisoformat(RAW["as_of"]) == cat.as_of()
    assert cat.as_of() >= dt.date(2020, 1, 1)


def test_ids_unique_and_exactly_the_required_set() -> None:
    ids = [e["id"] for e in ENTRIES]
    assert len(ids) == len(set(ids)), "duplicate measure ids"
    assert set(ids) == set(REQUIRED_IDS)
    assert [m.id for m in cat.catalogue()] == ids


def test_variant_ids_unique_across_catalogue() -> None:
    measure_ids = {e["id"] for e in ENTRIES}
    variant_ids = [v["id"] for e in ENTRIES for v in e.get("variants", [])]
    assert len(variant_ids) == len(set(variant_ids)), "duplicate variant ids"
    assert not measure_ids & set(variant_ids), "a variant id repeats a measure id"


# -- every entry complete ----------------------------------------------------------------


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["id"] for e in ENTRIES])
def test_measure_entry_complete(entry: dict[str, Any]) -> None:
    assert set(entry) >= MEASURE_KEYS, f"missing {MEASURE_KEYS - set(entry)}"
    optional = {"notes", "variants", "kind", "per", "alternatives"}
    assert set(entry) <= MEASURE_KEYS | optional, "unexpected keys"
    for key in TEXT_KEYS:
        assert set(entry[key]) == {"nl", "en"}, key
        for lang in ("nl", "en"):
            assert isinstance(entry[key][lang], str) and entry[key][lang].strip(), (key, lang)
    assert entry["category"] in CATEGORIES
    assert isinstance(entry["parameters"], dict)
    assert isinstance(entry["sources"], list)


@pytest.mark.parametrize(("label", "row"), SCHEMES, ids=SCHEME_IDS)
def test_status_notes_and_period(label: str, row: dict[str, Any]) -> None:
    assert row["status"] in STATUSES
    if "notes" in row:
        assert set(row["notes"]) == {"nl", "en"}
        assert all(isinstance(t, str) and t.strip() for t in row["notes"].values())
    start, end = _date(row["valid_from"]), _date(row["valid_to"])
    if start is not None and end is not None:
        assert start <= end
    as_of = cat.as_of()
    if row["status"] == "historical" and end is not None:
        assert end < as_of, "a historical scheme ending after the catalogue date"
    if row["status"] == "current":
        assert end is None or end >= as_of, "a current scheme that has already ended"
    if row["status"] == "proposal":
        assert start is None or start > as_of, "a proposal dated as already in force"


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["id"] for e in ENTRIES])
def test_sources_are_https_urls(entry: dict[str, Any]) -> None:
    sources = entry["sources"]
    assert len(sources) == len(set(sources))
    for url in sources:
        parsed = urlparse(url)
        assert parsed.scheme == "https" and parsed.netloc, url
        assert url == url.strip() and " " not in url, url


# -- parameters: names say the unit, values match it ---------------------------------------


def _kind(key: str, inherited: str | None) -> str | None:
    if key.endswith("_eur"):
        return "eur"
    if key.endswith(("_pct", "_drop")) or key.startswith("rate"):
        return "fraction"
    if key.endswith("_date"):
        return "date"
    if key.endswith("_file"):
        return "file"
    if key.endswith("_md"):
        return "month_day"
    return inherited


def _leaves(value: Any, kind: str | None, path: str) -> Iterator[tuple[str, str | None, Any]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _leaves(child, _kind(key, kind), f"{path}.{key}")
    else:
        yield path, kind, value


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@pytest.mark.parametrize(("label", "row"), SCHEMES, ids=SCHEME_IDS)
def test_parameters_follow_unit_conventions(label: str, row: dict[str, Any]) -> None:
    for path, kind, value in _leaves(row["parameters"], None, label):
        if kind == "eur":
            assert _is_number(value) and value >= 0, path
        elif kind == "fraction":
            assert _is_number(value) and 0 <= value <= 1, f"{path}: fractions, not percents"
        elif kind == "date":
            dt.date.fromisoformat(value)
        elif kind == "file":
            assert (ROOT / "resources" / value).is_file(), path
        elif kind == "month_day":  # a day in any year: "MM-DD"
            month, day = (int(x) for x in value.split("-"))
            dt.date(2024, month, day)
        else:
            assert _is_number(value), f"{path}: unnamed unit must at least be a number"


# -- variants consistent with their measure ----------------------------------------------


@pytest.mark.parametrize("measure", cat.catalogue(), ids=lambda m: m.id)
def test_variants_consistent(measure: cat.Measure) -> None:
    for v in measure.variants:
        assert set(dataclasses.asdict(v)) >= VARIANT_KEYS
    statuses = {v.status for v in measure.variants}
    if "current" in statuses:
        assert measure.status == "current", "a current variant under a non-current measure"
    if measure.status == "historical":
        assert statuses - {"proposal"} <= {"historical"}
    # The measure's period is the envelope of its variants in force (proposals excluded).
    for v in measure.variants:
        if v.status == "proposal":
            continue
        if measure.valid_from is not None:
            assert v.valid_from is not None and v.valid_from >= measure.valid_from, v.id
        if measure.valid_to is not None:
            assert v.valid_to is not None and v.valid_to <= measure.valid_to, v.id


# -- spot checks of figures from measures.md -----------------------------------------------

SPOT = [
    ("bmkb", "bmkb_c", "max_guarantee_credit_eur", 1_500_000),  # caps the guaranteed part (KVK)
    ("bmkb", "bmkb_c", "max_total_credit_eur", 2_000_000),
    ("bmkb", "bmkb_c", "max_balance_sheet_eur", 43_000_000),
    ("bmkb", "bmkb_c", "effective_guarantee_pct", 0.675),
    ("bmkb", "bmkb_c", "guarantee_credit_pct", 0.75),
    ("bmkb", "bmkb_c", "state_guarantee_pct", 0.90),
    ("bmkb", "bmkb_c", "fee_term_up_to_2y_pct", 0.02),
    ("bmkb", "bmkb_c", "fee_term_over_2y_pct", 0.03),
    ("bmkb", "bmkb_c", "max_fte", 250),
    ("bmkb", "bmkb_c", "max_revenue_eur", 50_000_000),
    ("kkc", None, "min_loan_eur", 10_000),
    ("kkc", None, "max_loan_eur", 50_000),
    ("kkc", None, "guarantee_pct", 0.95),
    ("praktijkleren", None, "max_rate_eur", 2700),
    ("praktijkleren", None, "max_weeks", 40),
    ("bl_borgstelling", "bl_c", "guarantee_pct", 0.70),
    ("bl_borgstelling", "bl_c", "max_loan_eur", 1_500_000),
    ("bl_borgstelling", "bl_c", "max_term_years", 4),
    ("bl_borgstelling", "bl_c", "fee_term_up_to_2y_pct", 0.015),
    ("bl_borgstelling", "bl_c", "fee_starter_term_up_to_2y_pct", 0.005),
    ("go", "go_c", "min_loan_eur", 1_500_000),
    ("go", "go_c", "max_loan_eur", 150_000_000),
    ("go", "go_c", "guarantee_sme_pct", 0.90),
    ("go", "go_c", "guarantee_large_pct", 0.80),
    ("go", "go_regular", "guarantee_pct", 0.50),
    ("exportfinanciering", "ekv", "min_transaction_eur", 200_000),
    ("exportfinanciering", "ekv", "cover_commercial_max_pct", 0.95),
    ("exportfinanciering", "ekv", "cover_political_max_pct", 0.98),
    ("exportfinanciering", "state_reinsurance", "capacity_eur", 12_000_000_000),
    ("exportfinanciering", "dtif", "max_buyer_financing_eur", 5_000_000),
    ("wtv", None, "min_work_reduction_pct", 0.20),
    ("wtv", None, "max_weeks", 24),
    ("deeltijd_ww", None, "wage_subsidy_pct", 0.65),
    ("deeltijd_ww", None, "max_duration_months", 6),
    ("qredits", None, "max_loan_eur", 250_000),
    ("qredits", "qredits_corona_relief", "interest_rate_pct", 0.02),
    ("col", None, "min_loan_eur", 50_000),
    ("col", None, "max_loan_eur", 2_000_000),
    ("belastinguitstel", None, "repayment_months", 60),
    ("togs_tvl", "togs", "amount_eur", 4000),
    ("togs_tvl", "tvl", "min_drop", 0.30),
    ("innovatiekrediet", None, "min_cost_share_pct", 0.25),
    ("innovatiekrediet", None, "max_cost_share_pct", 0.45),
    ("pps_toeslag", None, "rate_pct", 0.30),
    ("pps_toeslag", None, "rate_first_tranche_pct", 0.40),
    ("pps_toeslag", None, "first_tranche_eur", 20_000),
    ("pps_toeslag", None, "fme_ask_rate_pct", 0.50),
    ("kwr", None, "wage_cost_share_pct", 0.75),
    ("scholing", "slim", "max_grant_per_employer_eur", 24_999),  # Rijksoverheid, 11-11-2019
]


@pytest.mark.parametrize(("measure_id", "variant_id", "key", "expected"), SPOT)
def test_figures_from_measures_md(
    measure_id: str, variant_id: str | None, key: str, expected: float
) -> None:
    m = cat.measure(measure_id)
    scheme = m if variant_id is None else m.variant(variant_id)
    assert scheme.number(key) == pytest.approx(expected)


def test_bmkb_c_effective_guarantee_is_the_product() -> None:
    c = cat.measure("bmkb").variant("bmkb_c")
    effective = c.number("guarantee_credit_pct") * c.number("state_guarantee_pct")
    assert c.number("effective_guarantee_pct") == pytest.approx(effective)


def test_praktijkleren_rates_per_study_year() -> None:
    rates = cat.measure("praktijkleren").parameters["rate_by_study_year_eur"]
    assert isinstance(rates, Mapping)
    # 2019-2020 is disputed (EUR 2,700 or EUR 2,079.27), so it is not a known rate.
    assert dict(rates) == {
        "2020-2021": 2700,
        "2021-2022": 2700,
        "2022-2023": 2300,
    }


@pytest.mark.parametrize(
    ("year", "bracket", "first", "starter", "rest"),
    [("2020", 350_000, 0.32, 0.40, 0.16), ("2026", 391_020, 0.36, 0.50, 0.16)],
)
def test_wbso_brackets(year: str, bracket: int, first: float, starter: float, rest: float) -> None:
    brackets = RAW["measures"][REQUIRED_IDS.index("wbso")]["parameters"]["brackets_by_year"]
    assert brackets[year] == {
        "first_bracket_eur": bracket,
        "rate_first": first,
        "rate_first_starter": starter,
        "rate_rest": rest,
    }


def test_now_points_to_the_tranche_table_without_duplicating_it() -> None:
    now = cat.measure("now")
    assert dict(now.parameters) == {"tranches_file": "now_tranches.json"}
    assert now.sources[:3] == (
        "https://www.uwv.nl/werkgevers/overige-onderwerpen/now/eerste-aanvraagperiode-now/detail/hoogte-tegemoetkoming-now/lagere-loonsom",
        "https://www.uwv.nl/werkgevers/overige-onderwerpen/now/tweede-aanvraagperiode-now/detail/hoogte-tegemoetkoming-now",
        "https://www.rijksoverheid.nl/onderwerpen/coronavirus-financiele-regelingen/overzicht-financiele-regelingen/now/informatie-ter-voorbereiding-op-het-aanvragen-van-now3",
    )
    assert all(cat.is_official(u) for u in now.sources)
    assert (
        "https://mijn.bovag.nl/coronalanding/hulpregelingen-corona-overheid/now"
        in now.secondary_sources
    )
    assert (now.valid_from, now.valid_to) == (dt.date(2020, 3, 1), dt.date(2022, 3, 31))


@pytest.mark.parametrize(
    ("measure_id", "variant_id", "valid_to"),
    [
        ("bmkb", "bmkb_c", dt.date(2022, 6, 30)),
        ("bmkb", "bmkb_regular", dt.date(2027, 7, 1)),
        ("go", "go_c", dt.date(2022, 6, 15)),
        ("bl_borgstelling", "bl_c", dt.date(2022, 6, 30)),
        ("exportfinanciering", "corona_package", dt.date(2022, 6, 30)),
        ("exportfinanciering", "state_reinsurance", dt.date(2021, 6, 30)),
        ("belastinguitstel", None, dt.date(2022, 3, 31)),  # extended (Belastingdienst)
        ("scholing", "stap", dt.date(2023, 12, 31)),
    ],
)
def test_end_dates_from_measures_md(
    measure_id: str, variant_id: str | None, valid_to: dt.date
) -> None:
    m = cat.measure(measure_id)
    assert (m if variant_id is None else m.variant(variant_id)).valid_to == valid_to


def test_proposals_and_unknowns_are_said_plainly() -> None:
    wpc = cat.measure("deeltijd_ww")
    assert wpc.status == "proposal" and wpc.valid_from == dt.date(2029, 1, 1)
    assert cat.measure("kwr").status == "proposal"
    notes = cat.measure("innovatiekrediet").notes
    assert notes is not None and "no arrangement was found" in notes("en").lower()
    assert cat.measure("bl_borgstelling").variant("bl_c").valid_from == dt.date(2020, 3, 18)


# -- loader behaviour -------------------------------------------------------------------


def test_active_in_2020_corona_versus_a_crisis_today() -> None:
    corona = (dt.date(2020, 3, 1), dt.date(2021, 12, 31))
    today = (dt.date(2026, 12, 1), dt.date(2027, 11, 30))
    now, bmkb, wbso = cat.measure("now"), cat.measure("bmkb"), cat.measure("wbso")
    assert now.active_in(*corona) and not now.active_in(*today)
    assert bmkb.variant("bmkb_c").active_in(*corona)
    assert not bmkb.variant("bmkb_c").active_in(*today)
    assert [v.id for v in bmkb.active_variants(*today)] == ["bmkb_regular"]
    assert wbso.active_in(*corona) and wbso.active_in(*today)
    # WTV was suspended while NOW ran; the catalogue holds its current (post-2021) form.
    assert not cat.measure("wtv").active_in(dt.date(2020, 3, 1), dt.date(2020, 12, 31))


def test_validity_is_inclusive_on_both_ends() -> None:
    kkc = cat.measure("kkc")
    assert kkc.active_in(dt.date(2021, 12, 31), dt.date(2022, 3, 31))
    assert not kkc.active_in(dt.date(2022, 1, 1), dt.date(2022, 3, 31))
    assert kkc.active_in(dt.date(2020, 1, 1), dt.date(2020, 5, 29))
    assert not kkc.active_in(dt.date(2020, 1, 1), dt.date(2020, 5, 28))


@pytest.mark.parametrize("measure", cat.catalogue(), ids=lambda m: m.id)
def test_proposals_are_never_active(measure: cat.Measure) -> None:
    wide = (dt.date(1900, 1, 1), dt.date(2200, 12, 31))
    for scheme in (measure, *measure.variants):
        assert scheme.active_in(*wide) == (scheme.status != "proposal"), scheme.id


def test_historical_without_recorded_end_ended_before_as_of() -> None:
    v = Variant(
        id="x", name=LocalText("x", "x"), status="historical", valid_from=None, valid_to=None
    )
    as_of = cat.as_of()
    assert v.active_in(dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert not v.active_in(as_of, as_of + dt.timedelta(days=365))


def test_reversed_period_is_an_error() -> None:
    with pytest.raises(ValueError, match="after it ends"):
        cat.measure("wbso").active_in(dt.date(2021, 1, 1), dt.date(2020, 1, 1))


def test_language_helpers() -> None:
    m = cat.measure("now")
    assert m.name("en") == "NOW (wage-cost subsidy)"
    assert m.name("nl").startswith("NOW (Tijdelijke Noodmaatregel")
    assert m.summary("en_GB") == m.summary("en") != m.summary("nl-NL")
    assert m.paper_section("nl").startswith("Arbeidsmarkt")
    with pytest.raises(ValueError, match="unsupported language"):
        m.name("de")


def test_lookup_and_caching() -> None:
    assert cat.catalogue() is cat.catalogue()
    assert cat.measure("wbso") is cat.catalogue()[REQUIRED_IDS.index("wbso")]
    with pytest.raises(KeyError, match="no measure 'nope'"):
        cat.measure("nope")
    with pytest.raises(KeyError, match="no variant"):
        cat.measure("bmkb").variant("nope")
    with pytest.raises(TypeError, match="not a number"):
        cat.measure("now").number("tranches_file")


def test_loaded_objects_are_immutable() -> None:
    m = cat.measure("bmkb")
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.status = "proposal"  # type: ignore[misc]
    with pytest.raises(TypeError, match="read-only"):
        m.variant("bmkb_c").parameters["max_loan_eur"] = 1  # type: ignore[index]
    brackets = cat.measure("wbso").parameters["brackets_by_year"]
    assert isinstance(brackets, dict)
    with pytest.raises(TypeError, match="read-only"):
        brackets["2020"].update(rate_rest=1)


def test_measures_serialise_copy_and_pickle() -> None:
    """Report writers and batch workers get measures as plain data without surprises."""
    m = cat.measure("wbso")
    as_json = json.loads(json.dumps(dataclasses.asdict(m), default=str))
    assert as_json["parameters"]["brackets_by_year"]["2026"]["first_bracket_eur"] == 391_020
    assert copy.deepcopy(m) == m
    assert pickle.loads(pickle.dumps(cat.measure("bmkb"))) == cat.measure("bmkb")


def test_malformed_entry_is_reported_with_its_field() -> None:
    row = dict(ENTRIES[0])
    del row["summary"]
    with pytest.raises(cat.CatalogueError, match="'now': missing 'summary'"):
        cat._measure(row)
    row = dict(ENTRIES[0], status="maybe")
    with pytest.raises(cat.CatalogueError, match="unknown status 'maybe'"):
        cat._measure(row)
    row = dict(ENTRIES[0], category="loonkosten")
    with pytest.raises(cat.CatalogueError, match="unknown category 'loonkosten'"):
        cat._measure(row)
    row = dict(ENTRIES[0], valid_to="31-03-2022")
    with pytest.raises(cat.CatalogueError, match="'valid_to' is not an ISO date"):
        cat._measure(row)


def test_catalogue_imports_neither_numpy_nor_qt() -> None:
    code = (
        "import sys, core.reference.catalogue as c; c.catalogue(); "
        "bad = [m for m in ('numpy', 'pandas', 'PySide6') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_the_catalogue_ages_after_the_set_months() -> None:
    day = dt.date(2026, 12, 7)
    assert not cat.catalogue_stale(dt.date(2027, 12, 7), day)  # exactly 12 months: fresh
    assert cat.catalogue_stale(dt.date(2027, 12, 8), day)
    assert cat.catalogue_stale(dt.date(2031, 1, 1)) and cat.catalogue_stale(dt.date(2099, 6, 1))
    assert not cat.catalogue_stale(cat.as_of())
    # 29 February plus 12 months is 28 February
    assert not cat.catalogue_stale(dt.date(2025, 2, 28), dt.date(2024, 2, 29))
    assert cat.catalogue_stale(dt.date(2025, 3, 1), dt.date(2024, 2, 29))
