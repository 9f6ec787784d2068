"""Turn raw JSON into a :class:`~core.inputs.case.Case`, reporting every problem at once.

Each problem names its field (``sales[2].country``) and says what is expected, in Dutch
and in English. The checks never raise on arbitrary JSON: whatever the input, the
result is a case or a list of problems. Field checks live in :mod:`core.inputs.field_checks`;
this module knows the sections of a case.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.fmt import number
from core.inputs.case import (
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
from core.inputs.field_checks import FieldChecker, check_total, country_rows, show, too_many_rows
from core.inputs.json_input import read_json_file
from core.inputs.own_scenario import check_own_scenario
from core.inputs.problems import CaseError, Problem
from core.inputs.text_safety import excerpt
from core.reference.assumptions import assumption_specs

__all__ = ["CaseError", "Problem", "check_case", "load_case_json", "parse_case"]


def _migrate(raw: dict[str, Any], ck: FieldChecker) -> dict[str, Any] | None:
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
            f"{show(version)} is geen versienummer; verwacht {SCHEMA_VERSION}",
            f"{show(version)} is not a version number; expected {SCHEMA_VERSION}",
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


def _company(ck: FieldChecker, raw: dict[str, Any]) -> Company | None:
    comp = ck.obj(raw.get("company"), "company")
    if comp is None:
        return None
    before = ck.errors()
    name = ck.text(comp, "name", "company", "de naam van het bedrijf", "the company's name")
    kvk = comp.get("kvk")
    if kvk not in (None, "") and not (
        isinstance(kvk, str) and len(kvk) == 8 and kvk.isascii() and kvk.isdigit()
    ):
        ck.add(
            "company.kvk",
            f"{show(kvk)} is geen KvK-nummer; verwacht 8 cijfers (of leeg laten)",
            f"{show(kvk)} is not a KvK number; expected 8 digits (or leave it empty)",
        )
    sector = ck.choice(comp, "sector", "company", SECTORS)
    clusters: list[str] = []
    raw_clusters = comp.get("clusters", [])
    if not isinstance(raw_clusters, list):
        ck.add("company.clusters", "verwacht een lijst", "expected a list")
    elif not too_many_rows(ck, raw_clusters, "company.clusters"):
        for i, c in enumerate(raw_clusters):
            if c not in CLUSTERS:
                ck.add(
                    f"company.clusters[{i}]",
                    f"{show(c)} is onbekend; verwacht een van: {', '.join(CLUSTERS)}",
                    f"{show(c)} is not known; expected one of: {', '.join(CLUSTERS)}",
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
    if ck.errors() > before:
        return None
    return Company(
        name=str(name),
        kvk=kvk or None,
        sector=str(sector),
        clusters=tuple(clusters),
        annual_revenue_eur=float(revenue or 0),
        startup_or_scaleup=bool(startup),
    )


def _order_book(ck: FieldChecker, raw: dict[str, Any]) -> float | None:
    ob = ck.obj(raw.get("order_book"), "order_book")
    if ob is None:
        return None
    return ck.number(ob, "months", "order_book", 0, 36, unit_nl=" maanden", unit_en=" months")


def _purchasing(ck: FieldChecker, raw: dict[str, Any]) -> Purchasing | None:
    pur = ck.obj(raw.get("purchasing"), "purchasing")
    if pur is None:
        return None
    before = ck.errors()
    p_share = ck.number(
        pur,
        "share_of_revenue",
        "purchasing",
        0,
        1,
        unit_nl=" (fractie van de omzet)",
        unit_en=" (fraction of revenue)",
    )
    stock = ck.number(pur, "stock_weeks", "purchasing", 0, 104, unit_nl=" weken", unit_en=" weeks")
    suppliers = country_rows(ck, pur.get("suppliers", []), "purchasing.suppliers", suppliers=True)
    check_total(ck, suppliers, "purchasing.suppliers", exact=False)
    if ck.errors() > before:
        return None
    return Purchasing(
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
    )


def _sales(ck: FieldChecker, raw: dict[str, Any]) -> tuple[Sale, ...] | None:
    before = ck.errors()
    sales = country_rows(ck, raw.get("sales"), "sales", suppliers=False)
    scale = 1.0
    if isinstance(raw.get("sales"), list):
        if not raw["sales"]:
            ck.add(
                "sales",
                "is leeg; verwacht minstens één land (bijvoorbeeld NL 100%)",
                "is empty; expected at least one country (for example NL 100%)",
            )
        elif len(sales) == len(raw["sales"]):
            scale = check_total(ck, sales, "sales", exact=True)
    if ck.errors() > before:
        return None
    # Shares within the rounding tolerance are scaled to exactly 100%.
    return tuple(Sale(country=r["country"], share=float(r["share"]) * scale) for r in sales)


def _staff(ck: FieldChecker, raw: dict[str, Any]) -> Staff | None:
    st = ck.obj(raw.get("staff"), "staff")
    if st is None:
        return None
    before = ck.errors()
    employees = ck.number(st, "employees", "staff", 1, 100000, integer=True)
    fte = ck.number(st, "fte", "staff", 0, 100000, unit_nl=" fte", unit_en=" FTE")
    wage_bill = ck.number(
        st,
        "monthly_wage_bill_eur",
        "staff",
        0,
        1e10,
        unit_nl=" euro per maand",
        unit_en=" euros a month",
    )
    counts = {
        key: ck.number(st, key, "staff", 0, 100000, integer=True, required=False)
        for key in ("bbl_students", "rd_staff", "flex_workers")
    }
    distancing = ck.choice(st, "distancing_possible", "staff", DISTANCING)
    if employees is not None and fte is not None and fte > employees:
        ck.add(
            "staff.fte",
            f"{number(fte, 'nl')} fte is meer dan {number(employees, 'nl')} medewerkers; verwacht ten hoogste het aantal medewerkers",
            f"{number(fte, 'en')} FTE is more than {number(employees, 'en')} employees; expected at most the number of employees",
        )
    rd = counts["rd_staff"]
    if employees is not None and rd is not None and rd > employees:
        ck.add(
            "staff.rd_staff",
            f"{number(rd, 'nl')} R&D-medewerkers is meer dan {number(employees, 'nl')} medewerkers",
            f"{number(rd, 'en')} R&D staff is more than {number(employees, 'en')} employees",
        )
    if ck.errors() > before:
        return None
    return Staff(
        employees=int(employees or 0),
        fte=float(fte or 0),
        monthly_wage_bill_eur=float(wage_bill or 0),
        bbl_students=int(counts["bbl_students"] or 0),
        rd_staff=int(counts["rd_staff"] or 0),
        flex_workers=int(counts["flex_workers"] or 0),
        distancing_possible=str(distancing),
    )


def _finance(ck: FieldChecker, raw: dict[str, Any]) -> Finance:
    fin = ck.obj(raw.get("finance"), "finance", required=False)
    if fin is None:
        return Finance()

    def amount(key: str, lo: float, hi: float, unit_nl: str, unit_en: str) -> float | None:
        return ck.number(
            fin, key, "finance", lo, hi, required=False, unit_nl=unit_nl, unit_en=unit_en
        )

    def flag(key: str) -> bool | None:
        return ck.boolean(fin, key, "finance", required=False)

    return Finance(
        cash_eur=amount("cash_eur", -1e10, 1e11, " euro", " euros"),
        other_fixed_costs_monthly_eur=amount(
            "other_fixed_costs_monthly_eur", 0, 1e10, " euro per maand", " euros a month"
        ),
        rd_wage_costs_annual_eur=amount(
            "rd_wage_costs_annual_eur", 0, 1e10, " euro per jaar", " euros a year"
        ),
        export_contracts_over_200k=flag("export_contracts_over_200k"),
        has_innovation_credit=flag("has_innovation_credit"),
        sde_project_deadline_2020=flag("sde_project_deadline_2020"),
    )


def _assumptions(ck: FieldChecker, raw: dict[str, Any]) -> tuple[tuple[str, float], ...]:
    overrides: list[tuple[str, float]] = []
    a_raw = ck.obj(raw.get("assumptions"), "assumptions", required=False)
    if a_raw is None:
        return ()
    specs = assumption_specs()
    for key in sorted(a_raw):
        spec = specs.get(key)
        if spec is None:
            ck.add(
                f"assumptions.{excerpt(key, 40)}",
                f"onbekende aanname; bekend zijn: {', '.join(sorted(specs))}",
                f"unknown assumption; known are: {', '.join(sorted(specs))}",
            )
            continue
        v = ck.number(a_raw, key, "assumptions", spec.minimum, spec.maximum)
        if v is not None:
            overrides.append((key, v))
    return tuple(overrides)


STARTS = ("2020", "now", "stress")


def _start(ck: FieldChecker, raw: dict[str, Any]) -> str | None:
    value = raw.get("start")
    if value is None:
        return None
    if value not in STARTS:
        ck.add(
            "start",
            f'{show(value)} is onbekend; verwacht "2020", "now" of "stress"',
            f'{show(value)} is not known; expected "2020", "now" or "stress"',
        )
        return None
    return str(value)


def _scenario(ck: FieldChecker, raw: dict[str, Any]) -> str | None:
    value = raw.get("scenario")
    if value is None:
        return None
    from core.reference.scenario_choice import scenario_ids

    known = scenario_ids()
    if not isinstance(value, str) or value not in known:
        ck.add(
            "scenario",
            f"{show(value)} is onbekend; verwacht een van: {', '.join(known)}",
            f"{show(value)} is not known; expected one of: {', '.join(known)}",
        )
        return None
    return value


def check_case(raw: Any) -> tuple[Case | None, list[Problem]]:
    """Validate raw JSON; returns the case (when there are no errors) and all problems."""
    ck = FieldChecker()
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
    # Every section is checked, whatever the others hold, so all problems show at once.
    company = _company(ck, raw)
    months = _order_book(ck, raw)
    purchasing = _purchasing(ck, raw)
    sales = _sales(ck, raw)
    staff = _staff(ck, raw)
    finance = _finance(ck, raw)
    overrides = _assumptions(ck, raw)
    scenario = _scenario(ck, raw)
    start = _start(ck, raw)
    own = check_own_scenario(ck, raw.get("own_scenario"))
    if scenario == "own" and raw.get("own_scenario") is None:
        ck.add(
            "scenario",
            '"own" (eigen scenario) gekozen, maar own_scenario ontbreekt',
            '"own" (own scenario) is chosen, but own_scenario is missing',
        )
    if ck.errors():
        return None, ck.problems
    assert company and months is not None and purchasing and sales is not None and staff
    case = Case(
        company=company,
        order_book_months=months,
        purchasing=purchasing,
        sales=sales,
        staff=staff,
        finance=finance,
        assumptions=overrides,
        scenario=scenario,
        start=start,
        own_scenario=own,
    )
    return case, ck.problems


def parse_case(raw: Any) -> Case:
    """A valid case, or :class:`CaseError` listing every problem."""
    case, problems = check_case(raw)
    if case is None:
        raise CaseError([p for p in problems if p.severity == "error"])
    return case


def load_case_json(path: Path) -> Case:
    """Read and validate a ``.herstelscan.json`` case file; problems as :class:`CaseError`.

    The file is read within the limits of :mod:`core.inputs.limits` (see
    :mod:`core.inputs.json_input`).
    """
    return parse_case(read_json_file(Path(path)))
