"""The margin at stake of a stress test with dearer purchases (issue 17): the figure
adds up from the forecast's own numbers, and exists only where purchases get dearer."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from core.advice.assess import assess
from core.advice.stress_figures import margin_explanation
from core.case_file import load_case
from core.inputs.case import OwnScenario
from core.reference.stress import Shock
from tests.conftest import EXAMPLES

TODAY = dt.date(2026, 12, 7)
CASE = load_case(EXAMPLES / "elektronica-china.herstelscan.json")


def _own(*shocks: Shock):
    own = OwnScenario("Eigen", None, shocks)
    result = assess(replace(CASE, own_scenario=own, start="stress"), scenario="own", today=TODAY)
    return result, result.forecast("own")


def test_dearer_chinese_parts_cost_margin_not_revenue():
    # 35% of purchases from China, purchases 55% of revenue, 25% dearer for 12 months.
    result, sc = _own(Shock("input_cost", ("CN",), 0.25, duration=12, recovery=0))
    through = result.assumptions["input_cost_pass_through"]
    monthly = CASE.company.annual_revenue_eur / 12
    assert sc.revenue_loss_eur == pytest.approx(0.0)
    assert max(sc.input_cost_index) == pytest.approx(0.55 * 0.35 * 0.25 * (1 - through))
    expl = margin_explanation(result, sc)
    assert expl is not None and expl.key == "margin_loss:own" and expl.unit == "eur"
    assert expl.value == pytest.approx(sum(sc.input_cost_index) * monthly)
    assert expl.value == pytest.approx(12 * 0.55 * 0.35 * 0.25 * (1 - through) * monthly)
    assert "doorberekent" in expl.text_nl and "pass on" in expl.text_en
    assert expl.method_section > 0


def test_margin_adds_lost_deliveries_and_extra_cost():
    result, sc = _own(
        Shock("demand", ("US",), 0.5, duration=6), Shock("input_cost", ("CN",), 0.1, duration=6)
    )
    expl = margin_explanation(result, sc)
    monthly = CASE.company.annual_revenue_eur / 12
    extra = sum(sc.input_cost_index) * monthly
    lost = sc.revenue_loss_eur * (1 - CASE.purchasing.share_of_revenue)
    assert sc.revenue_loss_eur > 0 and extra > 0
    assert expl is not None and expl.value == pytest.approx(lost + extra)


def test_no_margin_figure_without_dearer_purchases():
    result, sc = _own(Shock("demand", ("US",), 0.5))
    assert margin_explanation(result, sc) is None
    cpb = assess(CASE, today=TODAY)
    assert all(margin_explanation(cpb, f) is None for f in cpb.scenarios)
