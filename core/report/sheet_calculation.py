"""Berekening: every headline figure with the value Herstelscan computed, a live Excel
formula that re-performs it from the cells it uses (inputs on Invoer and Aannames,
monthly revenue on Omzetprognose, the cash path on Liquiditeit) and the difference,
which must be zero; then the formula in words, the values used and the source (the
same "why this number" texts as the app's tooltips).

Differences are rounded to the cent for amounts and to 0.000001 for shares; a month
or a text is compared as equal (0) or not (1).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.model.now import now_rules
from core.months import parse_month
from core.report import styles as s
from core.report.sheet_cash import CashRefs, Links
from core.report.sheet_now import ELIGIBLE, shown_total
from core.report.styles import forecast_of
from core.report.texts import t, yes_no
from core.result import Explanation, NowTrancheResult, Result

HEADER_ROW = 4
FIRST_ROW = HEADER_ROW + 1
FIGURE, OUTCOME, LIVE, DIFF, FORMULA, VALUES, SOURCE = range(1, 8)
LAST_COL = SOURCE
DROP_EPS = "1E-9"  # the forecast's tolerance for "a drop of 20% or more"


def explanation_rows(result: Result) -> dict[str, int]:
    """Row of each explanation key, so other sheets can link to it."""
    return {x.key: FIRST_ROW + i for i, x in enumerate(result.explanations)}


def value_format(x: Explanation) -> str | None:
    """Number format for an explanation's value: a revenue index reads as % of normal."""
    if x.key.startswith("trough"):
        return s.PCT
    return {
        "eur": s.EUR,
        "fraction": s.PCT,
        "fte": s.DECIMAL,
        "index": s.INDEX,
    }.get(x.unit)


@dataclass(frozen=True)
class Live:
    """A live formula and how its difference with the computed value is taken."""

    formula: str
    compare: str  # "eur" (cents), "share" (1e-6), "fte" (0.001) or "equal"
    fmt: str | None


_DIFF = {"eur": 2, "share": 6, "fte": 3}


class Formulas:
    """The live formulas, built from where the workbook's sheets put their cells."""

    def __init__(self, result: Result, links: Links, cash: CashRefs | None, lang: str) -> None:
        self.result = result
        self.links = links
        self.cash = cash
        self.lang = lang
        months = result.scenarios[0].months if result.scenarios else []
        self.start = parse_month(months[0]) if months else 0
        self.n_months = len(months)

    def field(self, name: str) -> str | None:
        row = self.links.fields.get(name)
        return None if row is None else s.ref(self.links.inputs, row, 2)

    def param(self, key: str, offset: int = 0) -> str | None:
        where = self.links.assumption_refs.get(key)
        if where is None:
            return None
        return s.ref(self.links.assumptions, where[0], where[1] + offset)

    def y(self, scenario: str, first: int = 0, count: int | None = None) -> str:
        """The revenue index range of ``scenario`` on Omzetprognose (months first..)."""
        col = get_column_letter(self.links.forecast_col[scenario])
        top = self.links.forecast_first + first
        bottom = top + (self.n_months - first if count is None else count) - 1
        return f"{s.quote_sheet(self.links.forecast)}!${col}${top}:${col}${bottom}"

    def months(self) -> str:
        top = self.links.forecast_first
        bottom = top + self.n_months - 1
        return f"{s.quote_sheet(self.links.forecast)}!$A${top}:$A${bottom}"

    def never(self) -> str:
        return '"' + t("h_cash_never", self.lang).replace('"', '""') + '"'

    def for_explanation(self, x: Explanation) -> Live | None:
        kind, _, sc = x.key.partition(":")
        revenue = self.field("company.annual_revenue_eur")
        if kind == "trough" and sc:
            return Live(f"=MIN({self.y(sc)})", "share", s.PCT)
        if kind == "first_drop" and sc:
            y = self.y(sc)
            hit = f"MATCH(1,INDEX(({y}<=0.8+{DROP_EPS})*1,0),0)"
            return Live(
                f"=IFERROR(INDEX({self.months()},{hit}),{self.never()})",
                "equal",
                s.month_format(self.lang),
            )
        if kind == "revenue_loss" and sc and revenue:
            return Live(f"=SUMPRODUCT(1-{self.y(sc)})*{revenue}/12", "eur", s.EUR)
        if kind == "idle_fte" and sc and self.field("staff.fte"):
            return Live(f"={self.field('staff.fte')}*MAX(0,1-MIN({self.y(sc)}))", "fte", s.DECIMAL)
        if kind == "cash_runway" and sc and self.cash and sc in self.cash.balance:
            bal = self.cash.balance[sc]
            hit = f"MATCH(1,INDEX(({bal}<0)*1,0),0)"
            return Live(
                f"=IFERROR(INDEX({self.cash.months},{hit}),{self.never()})",
                "equal",
                s.month_format(self.lang),
            )
        if kind in ("supplier_hhi", "sales_hhi"):
            by_country = (
                self.result.exposure.supply_by_country
                if kind == "supplier_hhi"
                else self.result.exposure.demand_by_country
            )
            if not by_country:
                # No country given: the result says "unknown", so there is nothing to
                # re-perform and no number to subtract from (never text in Verschil).
                return None
            shares = self.list_range("purchasing.suppliers" if kind == "supplier_hhi" else "sales")
            if shares:
                return Live(f"=SUMSQ({shares})/SUM({shares})^2", "share", s.INDEX)
        if kind == "supply_top" and self.result.exposure.critical_countries:
            return Live("=1", "share", s.PCT)  # a critical supplier: the whole line
        if kind == "supply_top":
            p = self.field("purchasing.share_of_revenue")
            code = next(iter(self.result.exposure.supply_by_country), None)
            for i, sup in enumerate(self.result.case.purchasing.suppliers):
                row = self.links.fields.get(f"purchasing.suppliers[{i}]")
                if sup.country == code and p and row:
                    return Live(f"={p}*{s.ref(self.links.inputs, row, 3)}", "share", s.PCT)
        return None

    def list_range(self, prefix: str) -> str | None:
        """The share column (C) of a list on Invoer, e.g. every ``sales[i]`` row."""
        rows = sorted(
            r for k, r in self.links.fields.items() if k.startswith(prefix + "[") and k[-1] == "]"
        )
        if not rows or rows[-1] - rows[0] != len(rows) - 1:
            return None
        top, bottom = s.ref(self.links.inputs, rows[0], 3), f"$C${rows[-1]}"
        return f"{top}:{bottom}"

    def now_tranche(self, n: NowTrancheResult) -> str | None:
        """NOW for one tranche in the window Herstelscan chose (the best legal chain of
        tranches, see the reason): A = 1 − the average revenue index over that window,
        capped where the tranche caps it; B = the wage bill capped at employees × the
        tranche's wage cap; the subsidy is A × B × months × (1 + surcharge) ×
        percentage when the tranche is claimed in the chain and A reaches the minimum."""
        key = f"tranche:{n.tranche}"
        where = self.links.assumption_refs.get(key)
        wage, employees = self.field("staff.monthly_wage_bill_eur"), self.field("staff.employees")
        minimum = self.param("now:min_drop")
        if where is None or not (wage and employees and minimum):
            return None
        months, surcharge, pct = self.param(key), self.param(key, 1), self.param(key, 2)
        drop_cap, cap = self.param(key, 3), self.param(key, 5)
        tr = next((x for x in now_rules().tranches if x.id == n.tranche), None)
        offset = parse_month(n.window[0]) - self.start
        count = parse_month(n.window[1]) - parse_month(n.window[0]) + 1
        if tr is None or offset < 0 or offset + count > self.n_months:
            return None
        a = f"(1-AVERAGE({self.y(n.scenario, offset, count)}))"
        capped = a if tr.drop_cap is None else f"MIN({a},{drop_cap})"
        b = f"MIN({wage},{employees}*{cap})"
        now_row = (self.links.now_rows or {}).get((n.tranche, n.scenario))
        if now_row is None:
            return None
        # Claimed in the chain: the "eligible" column of the NOW sheet says yes.
        yes = '"' + yes_no(True, self.lang) + '"'
        claimed = f"{s.ref(self.links.now, now_row, ELIGIBLE)}={yes}"
        # Whole euros per tranche, as the result holds it (core.fmt.whole_euros).
        return (
            f"=IF(AND({claimed},{a}+1E-12>={minimum}),"
            f"ROUND({capped}*{b}*{months}*(1+{surcharge})*{pct},0),0)"
        )


def _diff_formula(row: int, live: Live) -> str:
    b = f"{get_column_letter(OUTCOME)}{row}"
    c = f"{get_column_letter(LIVE)}{row}"
    if live.compare == "equal":
        return f"=IF({c}={b},0,1)"
    return f"=ROUND({c}-{b},{_DIFF[live.compare]})"


def _put_value(ws: Worksheet, row: int, value: object, fmt: str | None, lang: str) -> None:
    if value is None:
        s.put_text(ws, row, OUTCOME, t("unknown", lang), border=s.GRID, align=s.RIGHT)
    elif isinstance(value, str):
        try:
            s.put(ws, row, OUTCOME, s.month_date(value), s.month_format(lang), border=s.GRID,
                  font=s.BOLD)  # fmt: skip
        except ValueError:
            s.put_text(ws, row, OUTCOME, value, border=s.GRID, align=s.WRAP_TOP)
    elif isinstance(value, (int, float)):
        s.put(ws, row, OUTCOME, float(value), fmt, border=s.GRID, font=s.BOLD)


def _put_live(ws: Worksheet, row: int, live: Live | None) -> None:
    if live is None:
        # Nothing to re-perform: a dash for the formula, and the difference column left
        # empty (it holds numbers only, each of which must be zero).
        s.put_text(ws, row, LIVE, "–", border=s.GRID, align=s.CENTER)
        s.restyle(s.cell_at(ws, row, DIFF), border=s.GRID)
        return
    s.put_formula(ws, row, LIVE, live.formula, live.fmt, border=s.GRID, align=s.RIGHT_WRAP)
    diff_fmt = {"eur": "#,##0.00", "share": "0.000000", "fte": "0.000"}.get(live.compare, "0")
    s.put_formula(ws, row, DIFF, _diff_formula(row, live), diff_fmt, border=s.GRID)


def _texts(ws: Worksheet, row: int, label: str, formula: str, values: str, source: str) -> None:
    s.put_text(ws, row, FIGURE, label, font=s.BOLD, border=s.GRID, align=s.WRAP_TOP)
    s.put_text(ws, row, FORMULA, formula, border=s.GRID, align=s.WRAP_TOP)
    s.put_text(ws, row, VALUES, values, border=s.GRID, align=s.WRAP_TOP)
    s.put_text(ws, row, SOURCE, source, border=s.GRID, align=s.WRAP_TOP, font=s.SMALL_GREY)
    longest = max(len(formula) / 48, len(values) / 44, len(source) / 30, len(label) / 30)
    ws.row_dimensions[row].height = max(1, math.ceil(longest)) * 13.5 + 4


def _explanation_value(x: Explanation, result: Result, lang: str) -> tuple[object, str | None]:
    """The value shown for an explanation: NOW totals as the sum of the rounded tranches
    (what the NOW sheet shows), a missing month as "not within the forecast", and a
    concentration without any country as unknown."""
    kind, _, sc = x.key.partition(":")
    if kind == "now_total":
        return shown_total(result, sc), s.EUR
    if x.unit == "month" and x.value is None:
        return t("h_cash_never", lang), None
    if kind == "supplier_hhi" and not result.exposure.supply_by_country:
        return None, None
    if kind == "sales_hhi" and not result.exposure.demand_by_country:
        return None, None
    return x.value, value_format(x)


def write_calculation(
    ws: Worksheet, result: Result, lang: str, links: Links, cash: CashRefs | None
) -> None:
    case = result.case
    s.title(ws, t("calculation_title", lang), case.company.name)
    note = t("calc_note", lang)
    s.note(ws, 3, note, LAST_COL, s.wrapped_height(note, 200))
    labels = [
        t("figure", lang),
        t("outcome", lang),
        t("live_formula", lang),
        t("difference", lang),
        t("formula", lang),
        t("values_used", lang),
        t("source", lang),
    ]
    s.header(ws, HEADER_ROW, labels, height=30)
    if not result.explanations:
        s.put_text(ws, FIRST_ROW, 1, t("calc_none", lang), font=s.SUBTITLE_FONT, align=None)
    f = Formulas(result, links, cash, lang)
    rows = explanation_rows(result)
    now_rows: dict[str, list[int]] = {}
    row = FIRST_ROW + len(result.explanations)
    # NOW per tranche first, so each scenario's total can add the rounded tranches.
    short = {sc.id: s.scenario_short(sc.label(lang)) for sc in result.scenarios}
    for n in result.now:
        formula = f.now_tranche(n)
        _put_value(ws, row, n.subsidy_eur, s.EUR, lang)
        _put_live(ws, row, None if formula is None else Live(formula, "eur", s.EUR))
        now_rows.setdefault(n.scenario, []).append(row)
        label = f"{n.tranche} ({short.get(n.scenario, n.scenario)})"
        _texts(ws, row, label, t("now_formula_short", lang), n.reason(lang), t("now_source", lang))
        row += 1
    row = _extra_rows(ws, row, result, lang, f)
    for x in result.explanations:
        r = rows[x.key]
        value, fmt = _explanation_value(x, result, lang)
        _put_value(ws, r, value, fmt, lang)
        live = f.for_explanation(x)
        kind, _, sc = x.key.partition(":")
        if kind == "now_total" and now_rows.get(sc):
            cells = [f"ROUND({get_column_letter(LIVE)}{i},0)" for i in now_rows[sc]]
            live = Live("=" + "+".join(cells), "eur", s.EUR)
        _put_live(ws, r, live)
        _texts(ws, r, x.label(lang), x.formula(lang), x.values(lang), x.sources(lang))
    s.widths(ws, [30, 14, 14, 10, 48, 44, 30])
    ws.freeze_panes = f"B{FIRST_ROW}"
    s.page_setup(
        ws,
        landscape=True,
        title_rows=f"{HEADER_ROW}:{HEADER_ROW}",
        footer_left=f"{t('app', lang)} — {case.company.name}",
        lang=lang,
    )


def _extra_rows(ws: Worksheet, row: int, result: Result, lang: str, f: Formulas) -> int:
    """Praktijkleren, WBSO, the implied normal monthly result and the peak funding need."""
    measures = {m.id: m for m in result.measures}
    bbl, rate = f.field("staff.bbl_students"), f.param("praktijkleren:rate")
    pl = measures.get("praktijkleren")
    if pl is not None and pl.amount_eur is not None and bbl and rate:
        _put_value(ws, row, pl.amount_eur, s.EUR, lang)
        _put_live(ws, row, Live(f"={bbl}*{rate}", "eur", s.EUR))
        _texts(ws, row, t("pl_label", lang), t("pl_formula", lang), "; ".join(pl.reasons(lang)),
               pl.sources[0] if pl.sources else "")  # fmt: skip
        row += 1
    wbso = measures.get("wbso")
    costs = f.field("finance.rd_wage_costs_annual_eur")
    first, r1, r2 = f.param("wbso:first"), f.param("wbso:rate_first"), f.param("wbso:rate_rest")
    if wbso is not None and wbso.amount_eur is not None and costs and first and r1 and r2:
        formula = f"=MIN({costs},{first})*{r1}+MAX({costs}-{first},0)*{r2}"
        _put_value(ws, row, wbso.amount_eur, s.EUR, lang)
        _put_live(ws, row, Live(formula, "eur", s.EUR))
        _texts(ws, row, t("wbso_label", lang), t("wbso_formula", lang),
               "; ".join(wbso.reasons(lang)), wbso.sources[0] if wbso.sources else "")  # fmt: skip
        row += 1
    if f.cash is not None and f.cash.implied_result is not None:
        from core.report.sheet_cash import implied_monthly_result

        revenue = f.field("company.annual_revenue_eur")
        p = f.field("purchasing.share_of_revenue")
        wage = f.field("staff.monthly_wage_bill_eur")
        fixed = f.field("finance.other_fixed_costs_monthly_eur")
        factor = f.param("assumption:wage_cost_factor")
        formula = f"={revenue}/12*(1-{p})-{wage}*{factor}-{fixed}"
        _put_value(ws, row, implied_monthly_result(result)[-1], s.EUR, lang)
        _put_live(ws, row, Live(formula, "eur", s.EUR))
        _texts(ws, row, t("implied_result", lang), t("implied_formula", lang),
               t("implied_values", lang), t("cash_source", lang))  # fmt: skip
        row += 1
        for path in result.cash:
            bal = f.cash.balance.get(path.scenario)
            if bal is None:
                continue
            sc = forecast_of(result, path.scenario)
            _put_value(ws, row, max(0.0, -min(path.balance_eur)), s.EUR, lang)
            _put_live(ws, row, Live(f"=MAX(0,-MIN({bal}))", "eur", s.EUR))
            _texts(ws, row, f"{t('cash_peak_need', lang)} ({s.scenario_short(sc.label(lang))})",
                   t("peak_formula", lang), t("peak_values", lang), t("cash_source", lang))  # fmt: skip
            row += 1
    return row
