"""Today's list follows each scheme's application window, apart from its period of
eligibility: praktijkleren is applied for after the study year, in a window from June
to September, so moving the assessment day through 2026 opens and closes it on the
sourced dates; WBSO is applied for in advance, so late in the year an application
concerns the next year."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from core.advice.assess import assess
from core.case_file import load_case
from core.reference.application_year import praktijkleren_study_year, wbso_year
from core.reference.catalogue import APPLICATION_MODES, catalogue, measure
from tests.conftest import EXAMPLES, ROOT

METAAL = load_case(EXAMPLES / "metaal-orderboek.herstelscan.json")  # 4 BBL students
RAW = json.loads((ROOT / "resources" / "measures.json").read_text("utf-8"))


def _praktijkleren(day: dt.date):  # type: ignore[no-untyped-def]
    result = assess(METAAL, today=day)
    return next(m for m in result.measures if m.id == "praktijkleren"), result


def test_every_measure_records_its_application_window_with_a_source() -> None:
    for row in RAW["measures"]:
        app = row["application"]
        assert app["mode"] in APPLICATION_MODES, row["id"]
        assert app["source"].startswith("https://"), row["id"]
        assert dt.date.fromisoformat(app["checked"]) <= dt.date.fromisoformat(RAW["as_of"])
        for w in app.get("windows", []):
            assert w["source"].startswith("https://") and isinstance(w["confirmed"], bool)
    for m in catalogue():
        assert m.application is not None, m.id
        assert all(v.application is not None for v in m.variants), m.id


def test_praktijkleren_opens_and_closes_on_the_sourced_dates_of_2026() -> None:
    window = next(w for w in measure("praktijkleren").application.windows if w.confirmed)  # type: ignore[union-attr]
    assert (window.start, window.end) == (dt.date(2026, 6, 2), dt.date(2026, 9, 17))
    day, seen = dt.date(2026, 1, 5), []
    while day <= dt.date(2026, 12, 31):
        m, result = _praktijkleren(day)
        assert m.verdict == "eligible"
        inside = window.start <= day <= window.end
        assert m.claimable_now is inside, day
        assert (m.amount_eur or 0) > 0
        in_total = result.totals["claimable_now"].get("subsidy", 0.0)
        assert in_total == (m.amount_eur if inside else 0.0), day
        if inside:
            assert m.apply_until == "2026-09-17"
            assert "Vandaag" in result.answer["nl"] and "praktijkleren" in result.answer["nl"]
        elif day < window.start:
            assert m.apply_from == "2026-06-02" and m.apply_from_confirmed
            assert "aan te vragen vanaf 2 juni 2026" in " ".join(m.reasons_nl)
        else:  # after the window: the next one is expected, not yet published
            assert m.apply_from == "2027-06-01" and not m.apply_from_confirmed
            assert "naar verwachting aan te vragen vanaf begin juni 2027" in result.answer["nl"]
        seen.append(inside)
        day += dt.timedelta(days=7)
    assert True in seen and seen.index(True) > 0 and seen[-1] is False
    for edge, inside in [
        (dt.date(2026, 6, 1), False),
        (dt.date(2026, 6, 2), True),
        (dt.date(2026, 9, 17), True),
        (dt.date(2026, 9, 18), False),
    ]:
        assert _praktijkleren(edge)[0].claimable_now is inside, edge


def test_an_expected_window_is_never_called_open() -> None:
    m, result = _praktijkleren(dt.date(2027, 7, 1))  # inside the expected 2027 window
    assert not m.claimable_now and not m.apply_from_confirmed
    assert "praktijkleren" not in result.answer["nl"].split("Later aan te vragen")[0]


@pytest.mark.parametrize(
    ("day", "study_year"),
    [
        (dt.date(2026, 3, 1), "2025-2026"),
        (dt.date(2026, 9, 1), "2025-2026"),
        (dt.date(2026, 12, 3), "2026-2027"),
        (dt.date(2027, 8, 15), "2026-2027"),
    ],
)
def test_praktijkleren_is_claimed_for_the_study_year_its_window_closes(
    day: dt.date, study_year: str
) -> None:
    assert praktijkleren_study_year(day) == study_year


def test_wbso_late_in_the_year_concerns_the_next_year_at_the_known_rates() -> None:
    early, late = wbso_year(dt.date(2026, 9, 30)), wbso_year(dt.date(2026, 12, 3))
    assert early.applies_to == 2026 and early.known
    assert late.applies_to == 2027 and late.brackets_year == 2026 and not late.known
    assert late.deadline == dt.date(2026, 12, 20) and late.period_starts == dt.date(2027, 1, 1)
    agri = load_case(EXAMPLES / "agrifood-export.herstelscan.json")
    for now in (False, True):
        result = assess(agri, today=dt.date(2026, 12, 3), crisis_now=now)
        w = next(m for m in result.measures if m.id == "wbso")
        text = " ".join(w.reasons_nl)
        assert w.claimable_now
        assert "tegen de tarieven van 2026; 2027 nog niet bekend" in text
        assert "aanvragen uiterlijk 20 december 2026" in text
