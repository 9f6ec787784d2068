"""Invoer: every input of the case, for people (labels, units, tables) and for
programs (the last column names each value's field in the case file)."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

from core.fmt import number
from core.inputs.case import Case
from core.reference.assumptions import assumption_specs
from core.reference.countries import country_name
from core.reference.stress import GdpShock, Shock, group_label, groups, stress_spec
from core.report import styles as s
from core.report.sheet_readback import FIELD_COL
from core.report.texts import CLUSTER_NAMES, DISTANCING_NAMES, SECTOR_NAMES, label, t, yes_no
from core.report.units import unit_format, unit_label

LAST_COL = 6
Value = str | float | int | bool | None


def _with_code(text: str, code: str) -> str:
    """``Gebouwde omgeving (gebouwde_omgeving)``: the words, and the code a program reads."""
    return text if text.lower() == code.lower() else f"{text} ({code})"


def _scalar(
    ws: Worksheet,
    row: int,
    text: str,
    value: Value,
    fmt: str | None,
    unit: str,
    field: str,
    lang: str,
) -> int:
    """One input on one row: label, value, unit, field name."""
    s.put_text(ws, row, 1, text, border=s.GRID)
    if value is None:
        s.put_text(ws, row, 2, t("not_given", lang), font=s.SMALL_GREY, border=s.GRID)
    elif isinstance(value, bool):
        s.put_text(ws, row, 2, yes_no(value, lang), border=s.GRID)
    elif isinstance(value, str):
        s.put_text(ws, row, 2, value, border=s.GRID)
    else:
        s.put(ws, row, 2, value, fmt, border=s.GRID)
    if unit:
        s.put_text(ws, row, 3, unit, border=s.GRID)
    else:
        # An empty string would stop a long value from spilling over; style only.
        s.restyle(s.cell_at(ws, row, 3), border=s.GRID)
    s.put_text(ws, row, FIELD_COL, field, font=s.SMALL_GREY)
    return row + 1


def _company(ws: Worksheet, row: int, case: Case, lang: str) -> int:
    c = case.company
    row = s.section(ws, row, t("sec_company", lang))
    row = _scalar(ws, row, t("name", lang), c.name, None, "", "company.name", lang)
    row = _scalar(ws, row, t("kvk", lang), c.kvk, None, "", "company.kvk", lang)
    sector = _with_code(label(SECTOR_NAMES, c.sector, lang), c.sector)
    row = _scalar(ws, row, t("sector", lang), sector, None, "", "company.sector", lang)
    clusters = ", ".join(f"{label(CLUSTER_NAMES, x, lang)} ({x})" for x in c.clusters) or t(
        "none", lang
    )
    row = _scalar(ws, row, t("clusters", lang), clusters, None, "", "company.clusters", lang)
    row = _scalar(
        ws,
        row,
        t("revenue", lang),
        c.annual_revenue_eur,
        s.EUR,
        t("eur_year", lang),
        "company.annual_revenue_eur",
        lang,
    )
    row = _scalar(
        ws,
        row,
        t("startup", lang),
        c.startup_or_scaleup,
        None,
        "",
        "company.startup_or_scaleup",
        lang,
    )
    return row + 1


def _suppliers(ws: Worksheet, row: int, case: Case, lang: str) -> int:
    p = case.purchasing
    row = s.section(ws, row, t("sec_purchasing", lang))
    row = _scalar(
        ws,
        row,
        t("p_share", lang),
        p.share_of_revenue,
        s.PCT,
        t("of_revenue", lang),
        "purchasing.share_of_revenue",
        lang,
    )
    row = _scalar(
        ws,
        row,
        t("stock", lang),
        p.stock_weeks,
        s.DECIMAL,
        t("weeks", lang),
        "purchasing.stock_weeks",
        lang,
    )
    row += 1
    s.header(
        ws,
        row,
        [
            t("suppliers", lang),
            t("code", lang),
            t("share_purchases", lang),
            t("critical", lang),
            t("alt_weeks", lang),
        ],
    )
    s.put_text(
        ws,
        row,
        FIELD_COL,
        "purchasing.suppliers[i]: country, share, critical, alternative_weeks",
        font=s.SMALL_GREY,
        align=s.WRAP_TOP,
    )
    row += 1
    for i, sup in enumerate(p.suppliers):
        s.put_text(ws, row, 1, country_name(sup.country, lang), border=s.GRID)
        s.put_text(ws, row, 2, sup.country, border=s.GRID, align=s.CENTER)
        s.put(ws, row, 3, sup.share, s.PCT, border=s.GRID)
        s.put_text(
            ws,
            row,
            4,
            yes_no(sup.critical, lang),
            border=s.GRID,
            align=s.CENTER,
            font=s.MARK_FONT if sup.critical else s.NORMAL,
        )
        if sup.alternative_weeks is None:
            s.put_text(ws, row, 5, "–", border=s.GRID, align=s.CENTER)
        else:
            s.put(ws, row, 5, sup.alternative_weeks, s.DECIMAL, border=s.GRID)
        s.put_text(ws, row, FIELD_COL, f"purchasing.suppliers[{i}]", font=s.SMALL_GREY)
        row += 1
    specified = sum(x.share for x in p.suppliers)
    s.put_text(ws, row, 1, t("unspecified", lang), font=s.SUBTITLE_FONT, border=s.GRID)
    s.put(ws, row, 3, max(0.0, 1.0 - specified), s.PCT, border=s.GRID, font=s.SUBTITLE_FONT)
    row += 1
    s.put_text(ws, row, 1, t("total", lang), font=s.BOLD, border=s.GRID)
    s.put(ws, row, 3, max(1.0, specified), s.PCT, border=s.GRID, font=s.BOLD)
    return row + 2


def _sales(ws: Worksheet, row: int, case: Case, lang: str) -> int:
    row = s.section(ws, row, t("sec_sales", lang))
    s.header(ws, row, [t("country", lang), t("code", lang), t("share_revenue", lang)])
    s.put_text(ws, row, FIELD_COL, "sales[i]: country, share", font=s.SMALL_GREY)
    row += 1
    for i, sale in enumerate(case.sales):
        s.put_text(ws, row, 1, country_name(sale.country, lang), border=s.GRID)
        s.put_text(ws, row, 2, sale.country, border=s.GRID, align=s.CENTER)
        s.put(ws, row, 3, sale.share, s.PCT, border=s.GRID)
        s.put_text(ws, row, FIELD_COL, f"sales[{i}]", font=s.SMALL_GREY)
        row += 1
    s.put_text(ws, row, 1, t("total", lang), font=s.BOLD, border=s.GRID)
    s.put(ws, row, 3, sum(x.share for x in case.sales), s.PCT, border=s.GRID, font=s.BOLD)
    return row + 2


def _staff(ws: Worksheet, row: int, case: Case, lang: str) -> int:
    st = case.staff
    row = s.section(ws, row, t("sec_staff", lang))
    people = t("people", lang)
    rows: list[tuple[str, Value, str | None, str, str]] = [
        (t("employees", lang), st.employees, s.INTEGER, people, "employees"),
        (t("fte_label", lang), st.fte, s.DECIMAL, t("fte", lang), "fte"),
        (
            t("wage_bill", lang),
            st.monthly_wage_bill_eur,
            s.EUR,
            t("eur_month", lang),
            "monthly_wage_bill_eur",
        ),
        (t("bbl", lang), st.bbl_students, s.INTEGER, people, "bbl_students"),
        (t("rd_staff", lang), st.rd_staff, s.INTEGER, people, "rd_staff"),
        (t("flex", lang), st.flex_workers, s.INTEGER, people, "flex_workers"),
    ]
    for text, value, fmt, unit, key in rows:
        row = _scalar(ws, row, text, value, fmt, unit, f"staff.{key}", lang)
    dist = label(DISTANCING_NAMES, st.distancing_possible, lang)  # "deels", not "deels (partly)"
    row = _scalar(ws, row, t("distancing", lang), dist, None, "", "staff.distancing_possible", lang)
    return row + 1


def _finance(ws: Worksheet, row: int, case: Case, lang: str) -> int:
    f = case.finance
    row = s.section(ws, row, t("sec_finance", lang))
    rows: list[tuple[str, Value, str | None, str, str]] = [
        (t("cash", lang), f.cash_eur, s.EUR, t("eur", lang), "cash_eur"),
        (
            t("fixed_costs", lang),
            f.other_fixed_costs_monthly_eur,
            s.EUR,
            t("eur_month", lang),
            "other_fixed_costs_monthly_eur",
        ),
        (
            t("rd_costs", lang),
            f.rd_wage_costs_annual_eur,
            s.EUR,
            t("eur_year", lang),
            "rd_wage_costs_annual_eur",
        ),
        (
            t("export_200k", lang),
            f.export_contracts_over_200k,
            None,
            "",
            "export_contracts_over_200k",
        ),
        (t("innovation_credit", lang), f.has_innovation_credit, None, "", "has_innovation_credit"),
        (t("sde_2020", lang), f.sde_project_deadline_2020, None, "", "sde_project_deadline_2020"),
    ]
    for text, value, fmt, unit, key in rows:
        row = _scalar(ws, row, text, value, fmt, unit, f"finance.{key}", lang)
    return row + 1


def _changed(ws: Worksheet, row: int, case: Case, lang: str) -> int:
    row = s.section(ws, row, t("sec_changed", lang))
    if not case.assumptions:
        s.put_text(ws, row, 1, t("changed_none", lang), font=s.SUBTITLE_FONT, align=None)
        return row + 1
    specs = assumption_specs()
    for key, value in case.assumptions:
        spec = specs.get(key)
        text = spec.label(lang) if spec else key
        unit = unit_label(spec.unit, lang) if spec else ""
        fmt = unit_format(spec.unit) if spec else None
        row = _scalar(ws, row, text, value, fmt, unit, f"assumptions.{key}", lang)
        if spec is not None:
            s.put(ws, row - 1, 4, spec.value, fmt, font=s.SMALL_GREY)
            s.put_text(ws, row - 1, 5, t("default", lang), font=s.SMALL_GREY)
    return row + 1


def _months(n: float) -> str:
    return f"{n:g}"


def _course(shock: Shock | GdpShock, lang: str) -> str:
    """``opbouw 2 mnd, 3 mnd vol, herstel 1 mnd``: the shock's shape in words."""
    parts = []
    if shock.ramp_months:
        parts.append(t("own_ramp", lang).format(n=_months(shock.ramp_months)))
    if shock.duration is None:
        parts.append(t("own_to_end", lang))
    else:
        parts.append(t("own_duration", lang).format(n=_months(shock.duration)))
        parts.append(
            t("own_recovery", lang).format(n=_months(shock.recovery))
            if shock.recovery
            else t("own_at_once", lang)
        )
    return ", ".join(parts)


def _channel(shock: Shock, lang: str) -> str:
    key = "ch_" + shock.channel
    if shock.via == "tariff":
        key = "ch_demand_tariff"
    elif shock.applies_to == "critical":
        key = "ch_supply_critical"
    text = t(key, lang)
    if shock.scale != 1.0:
        text += " " + t("own_scale", lang).format(scale=number(shock.scale, lang, 4))
    return f"{text} ({shock.channel})"


def _own(ws: Worksheet, row: int, case: Case, lang: str) -> int:
    """The member's own stress test: name, origin, macro gap and one row per shock."""
    own = case.own_scenario
    if own is None:
        return row
    row = s.section(ws, row, t("sec_own", lang))
    row = _scalar(ws, row, t("own_name", lang), own.name, None, "", "own_scenario.name", lang)
    based = t("own_based_none", lang)
    if own.based_on:
        try:
            based = _with_code(stress_spec(own.based_on).label(lang), own.based_on)
        except KeyError:  # a library scenario this version no longer has
            based = own.based_on
    row = _scalar(ws, row, t("own_based_on", lang), based, None, "", "own_scenario.based_on", lang)
    if own.gdp_gap is not None:
        g = own.gdp_gap
        row = _scalar(ws, row, t("own_gdp", lang), g.depth, s.PCT, "", "own_scenario.gdp_gap", lang)
        s.put(ws, row - 1, 4, g.start, s.DECIMAL, border=s.GRID)
        s.put_text(ws, row - 1, 5, _course(g, lang), border=s.GRID)
    row += 1
    labels = ["own_channel", "own_countries", "own_size", "own_start", "own_timing"]
    s.header(ws, row, [t(k, lang) for k in labels])
    s.put_text(ws, row, FIELD_COL, "own_scenario.shocks[i]", font=s.SMALL_GREY)
    row += 1
    for i, shock in enumerate(own.shocks):
        s.put_text(ws, row, 1, _channel(shock, lang), border=s.GRID)
        names = [
            _with_code(group_label(c, lang), c) if c in groups() else c for c in shock.countries
        ]
        s.put_text(ws, row, 2, ", ".join(names), border=s.GRID)
        s.put(ws, row, 3, shock.size, s.PCT, border=s.GRID)
        s.put(ws, row, 4, shock.start, s.DECIMAL, border=s.GRID)
        s.put_text(ws, row, 5, _course(shock, lang), border=s.GRID)
        s.put_text(ws, row, FIELD_COL, f"own_scenario.shocks[{i}]", font=s.SMALL_GREY)
        row += 1
    return row + 1


def field_rows(ws: Worksheet) -> dict[str, int]:
    """The row of each input by its field name, so live formulas can point at it."""
    out: dict[str, int] = {}
    for (cell,) in ws.iter_rows(min_col=FIELD_COL, max_col=FIELD_COL):
        if isinstance(cell.value, str) and cell.value not in out:
            out[cell.value] = cell.row
    return out


def write_inputs(ws: Worksheet, case: Case, lang: str) -> dict[str, int]:
    """Write the Invoer sheet; returns the row of each input by field name."""
    row = s.title(ws, t("inputs_title", lang), case.company.name)
    note = t("roundtrip_note", lang)
    row = s.note(ws, row - 1, note, 5, s.wrapped_height(note, 95))
    row += 1
    s.header(ws, row, [t("item", lang), t("value", lang), t("unit", lang)])
    s.put_text(
        ws,
        row,
        FIELD_COL,
        t("field", lang),
        font=s.HEADER_FONT,
        fill_=s.fill(s.GREY_TEXT),
        align=s.HEADER_ALIGN,
    )
    header_row = row
    row += 2
    row = _company(ws, row, case, lang)
    row = s.section(ws, row, t("sec_order_book", lang))
    row = _scalar(
        ws,
        row,
        t("ob_months", lang),
        case.order_book_months,
        s.DECIMAL,
        t("months", lang),
        "order_book.months",
        lang,
    )
    row += 1
    row = _suppliers(ws, row, case, lang)
    row = _sales(ws, row, case, lang)
    row = _staff(ws, row, case, lang)
    row = _finance(ws, row, case, lang)
    last = _changed(ws, row, case, lang)
    if case.own_scenario is not None:
        last = _own(ws, last + 1, case, lang)
    s.widths(ws, [36, 24, 16, 12, 14, 40])
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1).coordinate
    s.page_setup(
        ws,
        landscape=False,
        title_rows=f"{header_row}:{header_row}",
        footer_left=f"{t('app', lang)} — {case.company.name}",
        lang=lang,
        # The field-name column is for programs: on screen, not on paper.
        print_area=f"A1:E{max(last, header_row + 1)}",
    )
    return field_rows(ws)
