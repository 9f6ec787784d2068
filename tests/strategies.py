"""Hypothesis strategies for valid cases (shared by the property tests)."""

from __future__ import annotations

from hypothesis import strategies as st

from core.inputs.case import (
    DISTANCING,
    SECTORS,
    Case,
    Company,
    Finance,
    Purchasing,
    Sale,
    Staff,
    Supplier,
)

# Any printable text a person can type (validation refuses control characters and
# lone surrogates in a name, test_fuzz checks that).
NAME_CHARS = st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"))
COUNTRIES = ["NL", "DE", "CN", "IT", "BE", "FR", "US", "GB", "TW", "PL"]


@st.composite
def shares(draw: st.DrawFn, total: float, *, exact: bool) -> list[tuple[str, float]]:
    codes = draw(st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=6, unique=True))
    weights = [draw(st.integers(1, 100)) for _ in codes]
    scale = total if exact else draw(st.floats(0.0, total))
    s = sum(weights)
    values = [round(w / s * scale, 4) for w in weights]
    if exact:
        values[-1] = round(total - sum(values[:-1]), 4)
    return [(c, max(v, 0.0)) for c, v in zip(codes, values, strict=True)]


@st.composite
def cases(
    draw: st.DrawFn,
    *,
    suppliers: bool = True,
    critical: bool = True,
) -> Case:
    sales = draw(shares(1.0, exact=True))
    sup_rows = draw(shares(1.0, exact=False)) if suppliers else []
    sup = tuple(
        Supplier(
            country=c,
            share=v,
            critical=critical and draw(st.booleans()),
            alternative_weeks=float(draw(st.integers(0, 52))),
        )
        for c, v in sup_rows
    )
    sup = tuple(s if s.critical else Supplier(s.country, s.share) for s in sup)
    employees = draw(st.integers(1, 500))
    return Case(
        company=Company(
            name=draw(
                st.text(NAME_CHARS, min_size=1, max_size=30).filter(lambda s: s.strip() != "")
            ),
            sector=draw(st.sampled_from(SECTORS)),
            annual_revenue_eur=float(draw(st.integers(100_000, 500_000_000))),
        ),
        order_book_months=draw(st.floats(0, 36).map(lambda x: round(x, 2))),
        purchasing=Purchasing(
            share_of_revenue=draw(st.floats(0, 0.9).map(lambda x: round(x, 3))),
            stock_weeks=float(draw(st.integers(0, 26))),
            suppliers=sup,
        ),
        sales=tuple(Sale(c, v) for c, v in sales),
        staff=Staff(
            employees=employees,
            fte=round(employees * draw(st.floats(0.5, 1.0)), 1),
            monthly_wage_bill_eur=float(employees * draw(st.integers(2000, 8000))),
            bbl_students=draw(st.integers(0, 10)),
            rd_staff=draw(st.integers(0, min(employees, 10))),
            distancing_possible=draw(st.sampled_from(DISTANCING)),
        ),
        finance=Finance(),
    )
