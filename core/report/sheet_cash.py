"""Liquiditeit: per scenario the lowest cash balance, the peak funding need and the
month cash runs out; the implied normal monthly result the runway rests on, with how it
is derived; what the cash path assumes; and the balance month by month, both as
Herstelscan computed it and as a live formula over Invoer, Aannames and Omzetprognose.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.fmt import number, pct
from core.model.cash import cash_inputs_given, normal_month, now_inflows
from core.report import styles as s
from core.report.styles import forecast_of
from core.report.texts import t
from core.result import Result

PER_SCENARIO = 3  # NOW advance in, balance (Herstelscan), balance (formula)


def last_col(result: Result) -> int:
    """The month column and three per scenario with a cash path (at least the block's six)."""
    return max(6, 1 + len(result.cash) * PER_SCENARIO)


@dataclass(frozen=True)
class CashRefs:
    """Where the live cash path is, for Berekening's checks."""

    months: str  # the month column of the table, e.g. 'Liquiditeit'!$A$30:$A$65
    balance: dict[str, str]  # scenario id -> the formula balance column range
    implied_result: tuple[int, int] | None  # (row, col) of the implied monthly result


@dataclass(frozen=True)
class Links:
    """Cells on other sheets the formulas read."""

    inputs: str  # sheet name of Invoer
    fields: dict[str, int]  # Invoer row by field name
    forecast: str  # sheet name of Omzetprognose
    forecast_first: int  # first month row there
    forecast_col: dict[str, int]  # revenue index column per scenario
    assumptions: str
    assumption_refs: dict[str, tuple[int, int]]
    now: str = ""  # sheet name of NOW
    now_rows: dict[tuple[str, str], int] | None = None  # (tranche, scenario) -> row


def implied_monthly_result(result: Result) -> tuple[float, float, float, float, float]:
    """Normal monthly revenue, purchases, wage costs, other fixed costs and what is left:
    the monthly result the cash path implies in a normal month (revenue index 1)."""
    n = normal_month(result.case, result.assumptions["wage_cost_factor"])
    return n.revenue, n.purchases, n.wages, n.fixed, n.result


def _input(links: Links, field: str) -> str:
    return s.ref(links.inputs, links.fields[field], 2)


def _implied(ws: Worksheet, row: int, result: Result, lang: str) -> tuple[int, tuple[int, int]]:
    row = s.section(ws, row, t("implied_title", lang))
    revenue, purchases, wages, fixed, left = implied_monthly_result(result)
    case = result.case
    factor = result.assumptions["wage_cost_factor"]
    lines = [
        ("implied_revenue", revenue, s.EUR, "implied_revenue_how"),
        ("implied_purchases", -purchases, s.EUR, "implied_purchases_how"),
        ("implied_wages", -wages, s.EUR, "implied_wages_how"),
        ("implied_fixed", -fixed, s.EUR, "implied_fixed_how"),
        ("implied_result", left, s.EUR, "implied_result_how"),
        ("implied_share", left / revenue if revenue else 0.0, s.PCT, "implied_share_how"),
    ]
    where = (row, 2)
    for key, value, fmt, how in lines:
        bold = key in ("implied_result", "implied_share")
        s.put_text(ws, row, 1, t(key, lang), border=s.GRID, font=s.BOLD if bold else s.NORMAL)
        s.put(ws, row, 2, value, fmt, border=s.GRID, font=s.BOLD if bold else s.NORMAL)
        text = t(how, lang).format(
            p=pct(case.purchasing.share_of_revenue, lang),
            factor=number(factor, lang, 2),
        )
        s.put_text(ws, row, 3, text, font=s.SMALL_GREY, align=None)
        if key == "implied_result":
            where = (row, 2)
        row += 1
    return row + 1, where


def _per_scenario(ws: Worksheet, row: int, result: Result, lang: str) -> int:
    row = s.section(ws, row, t("cash_per_scenario", lang))
    labels = [
        t("scenario", lang),
        t("cash_lowest", lang),
        t("cash_lowest_month", lang),
        t("cash_peak_need", lang),
        t("h_cash", lang),
        t("cash_advances", lang),
    ]
    s.header(ws, row, labels, height=44)
    row += 1
    month = s.month_format(lang)
    for path in result.cash:
        sc = forecast_of(result, path.scenario)
        low = min(path.balance_eur)
        low_month = path.months[path.balance_eur.index(low)]
        s.put_text(ws, row, 1, sc.label(lang), border=s.GRID, align=s.WRAP_TOP)
        s.put(ws, row, 2, low, s.EUR, border=s.GRID)
        s.put(ws, row, 3, s.month_date(low_month), month, border=s.GRID)
        s.put(ws, row, 4, max(0.0, -low), s.EUR, border=s.GRID, font=s.BOLD)
        if path.runs_out is None:
            s.put_text(ws, row, 5, t("h_cash_never", lang), border=s.GRID, align=s.RIGHT_WRAP)
        else:
            s.put(ws, row, 5, s.month_date(path.runs_out), month, border=s.GRID, font=s.BOLD)
        advances = sum(now_inflows(result.now, sc.id).values())
        s.put(ws, row, 6, advances, s.EUR, border=s.GRID)
        ws.row_dimensions[row].height = s.wrapped_height(sc.label(lang), 30)
        row += 1
    return row + 1


def _monthly(ws: Worksheet, row: int, result: Result, lang: str, links: Links) -> CashRefs:
    row = s.section(ws, row, t("cash_monthly", lang))
    paths = result.cash
    s.header(ws, row, [t("month", lang)], height=30)
    for j, path in enumerate(paths):
        col = 2 + j * PER_SCENARIO
        s.header(ws, row, [s.scenario_short(forecast_of(result, path.scenario).label(lang))], col)
        s.merge(ws, row, col, col + PER_SCENARIO - 1)
    sub = row + 1
    s.merge(ws, row, 1, 1, last_row=sub)
    for j in range(len(paths)):
        labels = [t("cash_advance_in", lang), t("cash_balance", lang), t("cash_formula", lang)]
        s.header(ws, sub, labels, 2 + j * PER_SCENARIO, height=30)
    first = sub + 1
    months = paths[0].months
    revenue = f"{_input(links, 'company.annual_revenue_eur')}/12"
    margin = f"(1-{_input(links, 'purchasing.share_of_revenue')})"
    factor = s.ref(links.assumptions, *links.assumption_refs["assumption:wage_cost_factor"])
    costs = (
        f"({_input(links, 'staff.monthly_wage_bill_eur')}*{factor}"
        f"+{_input(links, 'finance.other_fixed_costs_monthly_eur')})"
    )
    cash = _input(links, "finance.cash_eur")
    month_fmt = s.month_format(lang)
    for i, month in enumerate(months):
        s.put(ws, first + i, 1, s.month_date(month), month_fmt, border=s.GRID)
    balance: dict[str, str] = {}
    for j, path in enumerate(paths):
        col = 2 + j * PER_SCENARIO
        support = now_inflows(result.now, path.scenario)
        y_col = get_column_letter(links.forecast_col[path.scenario])
        own = get_column_letter(col + 2)
        adv = get_column_letter(col)
        for i, month in enumerate(months):
            r = first + i
            s.put(ws, r, col, support.get(month, 0.0), s.EUR, border=s.GRID)
            s.put(ws, r, col + 1, path.balance_eur[i], s.EUR, border=s.GRID)
            prev = cash if i == 0 else f"{own}{r - 1}"
            y = f"{s.quote_sheet(links.forecast)}!${y_col}${links.forecast_first + i}"
            formula = f"={prev}+{y}*{revenue}*{margin}-{costs}+{adv}{r}"
            s.put_formula(ws, r, col + 2, formula, s.EUR, border=s.GRID, font=s.BOLD)
        last = first + len(months) - 1
        balance[path.scenario] = f"{s.quote_sheet(ws.title)}!${own}${first}:${own}${last}"
    last = first + len(months) - 1
    return CashRefs(f"{s.quote_sheet(ws.title)}!$A${first}:$A${last}", balance, None)


def write_cash(ws: Worksheet, result: Result, lang: str, links: Links) -> CashRefs | None:
    """Write Liquiditeit; returns where the live cash path is (None without cash inputs)."""
    case = result.case
    row = s.title(ws, t("cash_title", lang), case.company.name)
    refs: CashRefs | None = None
    if not cash_inputs_given(case) or not result.cash:
        s.put_text(ws, row, 1, t("cash_not_given", lang), font=s.SUBTITLE_FONT, align=None)
    else:
        note = t("cash_note", lang)
        row = s.note(ws, row - 1, note, last_col(result), s.wrapped_height(note, 150)) + 1
        row = _per_scenario(ws, row, result, lang)
        row, implied = _implied(ws, row, result, lang)
        row = s.section(ws, row, t("cash_assumes_title", lang))
        text = t("cash_assumes", lang)
        row = s.note(ws, row, text, last_col(result), s.wrapped_height(text, 150)) + 1
        refs = _monthly(ws, row, result, lang, links)
        refs = CashRefs(refs.months, refs.balance, implied)
    s.widths(ws, [30, 14, 14, 17, 14, 16] + [14] * max(0, last_col(result) - 6))
    ws.freeze_panes = "A3"
    s.page_setup(
        ws,
        landscape=True,
        title_rows=None,
        footer_left=f"{t('app', lang)} — {case.company.name}",
        lang=lang,
    )
    # One page: the monthly table (36 months) fits under the per-scenario table at the
    # scale the width already needs; a page break left the first page two-thirds empty.
    ws.page_setup.fitToHeight = 1
    return refs
