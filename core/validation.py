"""Turn raw JSON into a :class:`~core.case.Case`, reporting every problem at once.

Each problem names its field (``sales[2].country``) and says what is expected, in Dutch
and in English. The checks never raise on arbitrary JSON: whatever the input, the
result is a case or a list of problems.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.assumptions import assumption_specs
from core.case import (
    CLUSTERS,
    DISTANCING,
    SCHEMA_VERSION,
    SECTORS,
    Case,
    Company,
    Finance,
    Purchasing,
    Sale,
    Staff,
    Supplier,
)
from core.countries import is_known
from core.fmt import number, pct

SHARE_TOLERANCE = 0.005


@dataclass(frozen=True)
class Problem:
    field: str
    nl: str
    en: str
    severity: str = "error"  # "error" blocks an assessment; "warning" does not

    def text(self, lang: str = "nl") -> str:
        return f"{self.field}: {self.nl if lang == 'nl' else self.en}"


class CaseError(Exception):
    """The input is not a valid case; ``problems`` lists everything that is wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.text("en") for p in problems))
        self.problems = problems

    def lines(self, lang: str = "nl") -> list[str]:
        return [p.text(lang) for p in self.problems]


class _Checker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, field: str, nl: str, en: str, severity: str = "error") -> None:
        self.problems.append(Problem(field, nl, en, severity))

    def obj(self, raw: Any, field: str, required: bool = True) -> dict[str, Any] | None:
        if raw is None:
            if required:
                self.add(field, "ontbreekt; verwacht een sectie", "is missing; expected a section")
            return None
        if not isinstance(raw, dict):
            self.add(field, "verwacht een sectie (object)", "expected a section (object)")
            return None
        return raw

    def number(
        self,
        d: dict[str, Any],
        key: str,
        field: str,
        lo: float,
        hi: float,
        *,
        required: bool = True,
        integer: bool = False,
        unit_nl: str = "",
        unit_en: str = "",
    ) -> float | None:
        f = f"{field}.{key}"
        v = d.get(key)
        kind_nl = "een geheel getal" if integer else "een getal"
        kind_en = "a whole number" if integer else "a number"
        rng_nl = f" van {number(lo, 'nl', 4)} tot en met {number(hi, 'nl', 4)}{unit_nl}"
        rng_en = f" from {number(lo, 'en', 4)} to {number(hi, 'en', 4)}{unit_en}"
        if v is None:
            if required:
                self.add(
                    f,
                    f"ontbreekt; verwacht {kind_nl}{rng_nl}",
                    f"is missing; expected {kind_en}{rng_en}",
                )
            return None
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
            self.add(
                f,
                f"{_show(v)} is geen getal; verwacht {kind_nl}{rng_nl}",
                f"{_show(v)} is not a number; expected {kind_en}{rng_en}",
            )
            return None
        if integer and v != int(v):
            self.add(
                f,
                f"{number(v, 'nl', 4)} is geen geheel getal",
                f"{number(v, 'en', 4)} is not a whole number",
            )
            return None
        if not lo <= v <= hi:
            self.add(
                f,
                f"{number(v, 'nl', 4)} valt buiten het bereik; verwacht{rng_nl}",
                f"{number(v, 'en', 4)} is out of range; expected{rng_en}",
            )
            return None
        return float(v)

    def boolean(
        self, d: dict[str, Any], key: str, field: str, *, required: bool = True
    ) -> bool | None:
        v = d.get(key)
        if v is None:
            if required:
                self.add(
                    f"{field}.{key}",
                    "ontbreekt; verwacht ja of nee (true/false)",
                    "is missing; expected true or false",
                )
            return None
        if not isinstance(v, bool):
            self.add(
                f"{field}.{key}",
                f"{_show(v)} is geen ja/nee; verwacht true of false",
                f"{_show(v)} is not a yes/no; expected true or false",
            )
            return None
        return v

    def choice(
        self, d: dict[str, Any], key: str, field: str, options: tuple[str, ...]
    ) -> str | None:
        v = d.get(key)
        listed = ", ".join(options)
        if v is None:
            self.add(
                f"{field}.{key}",
                f"ontbreekt; verwacht een van: {listed}",
                f"is missing; expected one of: {listed}",
            )
            return None
        if v not in options:
            self.add(
                f"{field}.{key}",
                f"{_show(v)} is onbekend; verwacht een van: {listed}",
                f"{_show(v)} is not known; expected one of: {listed}",
            )
            return None
        return str(v)


def _show(v: Any) -> str:
    text = json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else repr(v)
    return text if len(text) <= 40 else text[:37] + "..."


def _country_rows(ck: _Checker, raw: Any, field: str, *, suppliers: bool) -> list[dict[str, Any]]:
    """Check a list of country rows; returns the rows that are fully valid."""
    if raw is None:
        ck.add(
            field,
            "ontbreekt; verwacht een lijst van landen",
            "is missing; expected a list of countries",
        )
        return []
    if not isinstance(raw, list):
        ck.add(field, "verwacht een lijst van landen", "expected a list of countries")
        return []
    good: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for i, row in enumerate(raw):
        f = f"{field}[{i}]"
        d = ck.obj(row, f)
        if d is None:
            continue
        n_before = len(ck.problems)
        code = d.get("country")
        if not isinstance(code, str) or not code:
            ck.add(
                f"{f}.country",
                "ontbreekt; verwacht een ISO-landcode zoals NL of DE",
                "is missing; expected an ISO country code such as NL or DE",
            )
        elif not is_known(code):
            ck.add(
                f"{f}.country",
                f"{_show(code)} is geen bekende ISO-landcode (bijvoorbeeld NL, DE, CN, GB)",
                f"{_show(code)} is not a known ISO country code (for example NL, DE, CN, GB)",
            )
        elif code in seen:
            ck.add(
                f"{f}.country",
                f"{code} staat al in rij {seen[code] + 1}; elk land mag één keer voorkomen",
                f"{code} is already in row {seen[code] + 1}; each country may appear once",
            )
        else:
            seen[code] = i
        share = ck.number(
            d,
            "share",
            f,
            0.0,
            1.0,
            unit_nl=" (fractie, 0,25 = 25%)",
            unit_en=" (fraction, 0.25 = 25%)",
        )
        if suppliers:
            critical = d.get("critical", False)
            if not isinstance(critical, bool):
                ck.add(
                    f"{f}.critical",
                    f"{_show(critical)} is geen ja/nee; verwacht true of false",
                    f"{_show(critical)} is not a yes/no; expected true or false",
                )
            ck.number(
                d,
                "alternative_weeks",
                f,
                0,
                104,
                required=critical is True,
                unit_nl=" weken",
                unit_en=" weeks",
            )
        if len(ck.problems) == n_before and share is not None:
            good.append(d)
    return good


def _check_total(ck: _Checker, rows: list[dict[str, Any]], field: str, *, exact: bool) -> None:
    total = sum(float(r["share"]) for r in rows)
    if exact and abs(total - 1.0) > SHARE_TOLERANCE:
        ck.add(
            field,
            f"aandelen tellen op tot {pct(total)}, verwacht 100%",
            f"shares add up to {pct(total, 'en')}, expected 100%",
        )
    elif not exact and total > 1.0 + SHARE_TOLERANCE:
        ck.add(
            field,
            f"aandelen tellen op tot {pct(total)}, verwacht ten hoogste 100%",
            f"shares add up to {pct(total, 'en')}, expected at most 100%",
        )


def _migrate(raw: dict[str, Any], ck: _Checker) -> dict[str, Any] | None:
    version = raw.get("schema_version")
    if version is None:
        ck.add(
            "schema_version",
            f"ontbreekt; verwacht {SCHEMA_VERSION}",
            f"is missing; expected {SCHEMA_VERSION}",
        )
        return None
    if isinstance(version, bool) or not isinstance(version, int):
        ck.add(
            "schema_version",
            f"{_show(version)} is geen versienummer; verwacht {SCHEMA_VERSION}",
            f"{_show(version)} is not a version number; expected {SCHEMA_VERSION}",
        )
        return None
    if version > SCHEMA_VERSION:
        ck.add(
            "schema_version",
            f"dit bestand is gemaakt met een nieuwere Herstelscan (versie {version}); deze versie kent tot en met {SCHEMA_VERSION}. Werk Herstelscan bij om het te openen.",
            f"this file was made by a newer Herstelscan (schema {version}); this version reads up to {SCHEMA_VERSION}. Update Herstelscan to open it.",
        )
        return None
    if version < 1:
        ck.add(
            "schema_version",
            f"{version} is geen geldige versie; verwacht {SCHEMA_VERSION}",
            f"{version} is not a valid version; expected {SCHEMA_VERSION}",
        )
        return None
    # Older versions would be migrated here, one step at a time; version 1 is the first.
    return raw


def check_case(raw: Any) -> tuple[Case | None, list[Problem]]:
    """Validate raw JSON; returns the case (when there are no errors) and all problems."""
    ck = _Checker()
    if not isinstance(raw, dict):
        ck.add(
            "case",
            "verwacht een JSON-object met de secties company, order_book, purchasing, sales en staff",
            "expected a JSON object with the sections company, order_book, purchasing, sales and staff",
        )
        return None, ck.problems
    raw = _migrate(raw, ck)
    if raw is None:
        return None, ck.problems

    comp = ck.obj(raw.get("company"), "company")
    name = sector = kvk = None
    revenue = None
    clusters: list[str] = []
    startup = None
    if comp is not None:
        name = comp.get("name")
        if not isinstance(name, str) or not name.strip():
            ck.add(
                "company.name",
                "ontbreekt; verwacht de naam van het bedrijf",
                "is missing; expected the company's name",
            )
            name = None
        elif len(name) > 200:
            ck.add("company.name", "is langer dan 200 tekens", "is longer than 200 characters")
        kvk = comp.get("kvk")
        if kvk not in (None, "") and not (
            isinstance(kvk, str) and len(kvk) == 8 and kvk.isascii() and kvk.isdigit()
        ):
            ck.add(
                "company.kvk",
                f"{_show(kvk)} is geen KvK-nummer; verwacht 8 cijfers (of leeg laten)",
                f"{_show(kvk)} is not a KvK number; expected 8 digits (or leave it empty)",
            )
        sector = ck.choice(comp, "sector", "company", SECTORS)
        raw_clusters = comp.get("clusters", [])
        if not isinstance(raw_clusters, list):
            ck.add("company.clusters", "verwacht een lijst", "expected a list")
        else:
            for i, c in enumerate(raw_clusters):
                if c not in CLUSTERS:
                    ck.add(
                        f"company.clusters[{i}]",
                        f"{_show(c)} is onbekend; verwacht een van: {', '.join(CLUSTERS)}",
                        f"{_show(c)} is not known; expected one of: {', '.join(CLUSTERS)}",
                    )
                elif c in clusters:
                    ck.add(
                        f"company.clusters[{i}]",
                        f"{c} staat er twee keer in",
                        f"{c} is listed twice",
                    )
                else:
                    clusters.append(c)
        revenue = ck.number(
            comp, "annual_revenue_eur", "company", 1, 1e11, unit_nl=" euro", unit_en=" euros"
        )
        startup = ck.boolean(comp, "startup_or_scaleup", "company", required=False)

    ob = ck.obj(raw.get("order_book"), "order_book")
    months = (
        ck.number(ob, "months", "order_book", 0, 36, unit_nl=" maanden", unit_en=" months")
        if ob is not None
        else None
    )

    pur = ck.obj(raw.get("purchasing"), "purchasing")
    p_share = stock = None
    suppliers: list[dict[str, Any]] = []
    if pur is not None:
        p_share = ck.number(
            pur,
            "share_of_revenue",
            "purchasing",
            0,
            1,
            unit_nl=" (fractie van de omzet)",
            unit_en=" (fraction of revenue)",
        )
        stock = ck.number(
            pur, "stock_weeks", "purchasing", 0, 104, unit_nl=" weken", unit_en=" weeks"
        )
        suppliers = _country_rows(
            ck, pur.get("suppliers", []), "purchasing.suppliers", suppliers=True
        )
        _check_total(ck, suppliers, "purchasing.suppliers", exact=False)

    sales = _country_rows(ck, raw.get("sales"), "sales", suppliers=False)
    if isinstance(raw.get("sales"), list):
        if not raw["sales"]:
            ck.add(
                "sales",
                "is leeg; verwacht minstens één land (bijvoorbeeld NL 100%)",
                "is empty; expected at least one country (for example NL 100%)",
            )
        elif len(sales) == len(raw["sales"]):
            _check_total(ck, sales, "sales", exact=True)

    st = ck.obj(raw.get("staff"), "staff")
    staff_vals: dict[str, Any] = {}
    if st is not None:
        staff_vals["employees"] = ck.number(st, "employees", "staff", 1, 100000, integer=True)
        staff_vals["fte"] = ck.number(st, "fte", "staff", 0, 100000, unit_nl=" fte", unit_en=" FTE")
        staff_vals["monthly_wage_bill_eur"] = ck.number(
            st,
            "monthly_wage_bill_eur",
            "staff",
            0,
            1e10,
            unit_nl=" euro per maand",
            unit_en=" euros a month",
        )
        for key in ("bbl_students", "rd_staff", "flex_workers"):
            staff_vals[key] = ck.number(st, key, "staff", 0, 100000, integer=True, required=False)
        staff_vals["distancing_possible"] = ck.choice(
            st, "distancing_possible", "staff", DISTANCING
        )
        emp, fte = staff_vals["employees"], staff_vals["fte"]
        if emp is not None and fte is not None and fte > emp:
            ck.add(
                "staff.fte",
                f"{number(fte, 'nl')} fte is meer dan {number(emp, 'nl')} medewerkers; verwacht ten hoogste het aantal medewerkers",
                f"{number(fte, 'en')} FTE is more than {number(emp, 'en')} employees; expected at most the number of employees",
            )
        rd = staff_vals["rd_staff"]
        if emp is not None and rd is not None and rd > emp:
            ck.add(
                "staff.rd_staff",
                f"{number(rd, 'nl')} R&D-medewerkers is meer dan {number(emp, 'nl')} medewerkers",
                f"{number(rd, 'en')} R&D staff is more than {number(emp, 'en')} employees",
            )

    fin_raw = raw.get("finance")
    finance = Finance()
    fin = ck.obj(fin_raw, "finance", required=False)
    if fin is not None:
        finance = Finance(
            cash_eur=ck.number(
                fin,
                "cash_eur",
                "finance",
                -1e10,
                1e11,
                required=False,
                unit_nl=" euro",
                unit_en=" euros",
            ),
            other_fixed_costs_monthly_eur=ck.number(
                fin,
                "other_fixed_costs_monthly_eur",
                "finance",
                0,
                1e10,
                required=False,
                unit_nl=" euro per maand",
                unit_en=" euros a month",
            ),
            rd_wage_costs_annual_eur=ck.number(
                fin,
                "rd_wage_costs_annual_eur",
                "finance",
                0,
                1e10,
                required=False,
                unit_nl=" euro per jaar",
                unit_en=" euros a year",
            ),
            export_contracts_over_200k=ck.boolean(
                fin, "export_contracts_over_200k", "finance", required=False
            ),
            has_innovation_credit=ck.boolean(
                fin, "has_innovation_credit", "finance", required=False
            ),
            sde_project_deadline_2020=ck.boolean(
                fin, "sde_project_deadline_2020", "finance", required=False
            ),
        )

    overrides: list[tuple[str, float]] = []
    a_raw = ck.obj(raw.get("assumptions"), "assumptions", required=False)
    if a_raw is not None:
        specs = assumption_specs()
        for key in sorted(a_raw):
            spec = specs.get(key)
            if spec is None:
                ck.add(
                    f"assumptions.{key}",
                    f"onbekende aanname; bekend zijn: {', '.join(sorted(specs))}",
                    f"unknown assumption; known are: {', '.join(sorted(specs))}",
                )
                continue
            v = ck.number(a_raw, key, "assumptions", spec.minimum, spec.maximum)
            if v is not None:
                overrides.append((key, v))

    errors = [p for p in ck.problems if p.severity == "error"]
    if errors:
        return None, ck.problems
    assert comp is not None and pur is not None and st is not None
    case = Case(
        company=Company(
            name=str(name),
            kvk=kvk or None,
            sector=str(sector),
            clusters=tuple(clusters),
            annual_revenue_eur=float(revenue or 0),
            startup_or_scaleup=bool(startup),
        ),
        order_book_months=float(months or 0),
        purchasing=Purchasing(
            share_of_revenue=float(p_share or 0),
            stock_weeks=float(stock or 0),
            suppliers=tuple(
                Supplier(
                    country=r["country"],
                    share=float(r["share"]),
                    critical=bool(r.get("critical", False)),
                    alternative_weeks=None
                    if r.get("alternative_weeks") is None
                    else float(r["alternative_weeks"]),
                )
                for r in suppliers
            ),
        ),
        sales=tuple(Sale(country=r["country"], share=float(r["share"])) for r in sales),
        staff=Staff(
            employees=int(staff_vals["employees"]),
            fte=float(staff_vals["fte"]),
            monthly_wage_bill_eur=float(staff_vals["monthly_wage_bill_eur"]),
            bbl_students=int(staff_vals["bbl_students"] or 0),
            rd_staff=int(staff_vals["rd_staff"] or 0),
            flex_workers=int(staff_vals["flex_workers"] or 0),
            distancing_possible=str(staff_vals["distancing_possible"]),
        ),
        finance=finance,
        assumptions=tuple(overrides),
    )
    return case, ck.problems


def parse_case(raw: Any) -> Case:
    """A valid case, or :class:`CaseError` listing every problem."""
    case, problems = check_case(raw)
    if case is None:
        raise CaseError([p for p in problems if p.severity == "error"])
    return case


def load_case_json(path: Path) -> Case:
    """Read and validate a ``.herstelscan.json`` case file; problems as :class:`CaseError`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CaseError([Problem(str(path), "bestand niet gevonden", "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CaseError(
            [
                Problem(
                    str(path),
                    f"kan het bestand niet lezen ({exc})",
                    f"cannot read the file ({exc})",
                )
            ]
        ) from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CaseError(
            [
                Problem(
                    str(path),
                    f"geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}: {exc.msg})",
                    f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
                )
            ]
        ) from None
    return parse_case(raw)
