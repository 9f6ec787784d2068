"""The result page: figures explain themselves, assumptions recompute and are saved,
axes speak the user's language."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog

from core.case_file import load_case
from ui.formatting import money
from ui.pages.measures import shown_verdict


@pytest.fixture
def result_window(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()  # a complete case opens on the result page
    page = window.pages[7]
    qtbot.waitUntil(lambda: page.charts_ready, timeout=5000)
    return window


def test_headline_figures_explain_themselves(result_window, qtbot):
    page = result_window.pages[7]
    result = result_window.state.result()
    loss = result.explanation("revenue_loss:cpb2")
    card = page.figures.cards["revenue_loss:cpb2"]
    assert card.value.text() == money(loss.value, "nl")  # € 2.827.483, Dutch style
    assert "Formule" in card.toolTip() and loss.formula("nl") in card.toolTip()
    card.more.click()
    assert page.figures.detail.isVisible() and "Bron" in page.figures.detail.text()


def test_scenario_choice_changes_the_figures(result_window):
    page = result_window.pages[7]
    page.scenario.setCurrentIndex(page.scenario.findData("cpb4"))
    assert "trough:cpb4" in page.figures.cards
    assert page.forecast.data["first_drop"]["cpb4"] == "2021-02"
    assert all(w[0].startswith("NOW") for w in page.forecast.data["now_windows"])


def test_changing_an_assumption_recomputes_and_is_saved(result_window, tmp_path, monkeypatch):
    page = result_window.pages[7]
    before = list(page.forecast.data["scenarios"]["cpb2"])
    spin = page.assumptions.spins["elasticity"]
    spin.setValue(3.0)
    assert result_window.state.get("assumptions") == {"elasticity": 3.0}
    assert page.forecast.data["scenarios"]["cpb2"] != before  # recomputed, charts updated
    assert "gewijzigd" in page.assumptions.default_labels["elasticity"].text()
    path = tmp_path / "aangepast.herstelscan.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    assert result_window.files.save()
    assert json.loads(path.read_text(encoding="utf-8"))["assumptions"] == {"elasticity": 3.0}
    assert load_case(path).assumption_overrides() == {"elasticity": 3.0}
    page.assumptions.reset_button.click()
    assert result_window.state.get("assumptions") is None
    assert page.forecast.data["scenarios"]["cpb2"] == pytest.approx(before)


def test_axes_use_dutch_numbers_and_months(result_window):
    page = result_window.pages[7]
    left = page.forecast.getPlotItem().getAxis("left")
    assert left.tickStrings([12.5, 80.0], 1, 0.5) == ["12,5%", "80,0%"]
    assert left.tickStrings([20.0, 40.0], 1, 20) == ["20%", "40%"]
    bottom = page.forecast.getPlotItem().getAxis("bottom")
    assert bottom.tickStrings([0, 7], 1, 3) == ["mrt 2020", "okt 2020"]


def test_charts_in_english(make_window, qtbot):
    window = make_window("en")
    window.files.open_demo()
    page = window.pages[7]
    qtbot.waitUntil(lambda: page.charts_ready, timeout=5000)
    assert page.forecast.getPlotItem().getAxis("left").tickStrings([12.5], 1, 0.5) == ["12.5%"]
    assert page.forecast.getPlotItem().getAxis("bottom").tickStrings([7], 1, 3) == ["Oct 2020"]
    assert page.figures.cards["revenue_loss:cpb2"].value.text().startswith("€3,")


def test_critical_supplier_warning(result_window):
    state = result_window.state
    suppliers = state.get("purchasing.suppliers")
    suppliers[0] = {**suppliers[0], "critical": True, "alternative_weeks": 10}
    state.edit("purchasing.suppliers", suppliers)
    text = result_window.pages[7].warnings.text()
    assert "Duitsland is een onmisbaar leverancierland" in text and "gat van 6 weken" in text


def test_measures_page_filters_and_marks_proposals(result_window, qtbot):
    window = result_window
    window.go_to(8)
    page = window.pages[8]
    result = window.state.result()
    assert sorted(page.visible_measures()) == sorted(m.id for m in result.measures)
    page.filter.setCurrentIndex(page.filter.findData("proposal"))
    shown = page.visible_measures()
    # a proposal is always shown as one, also where the case does not qualify (KWR without R&D)
    assert shown and set(shown) == {m.id for m in result.measures if shown_verdict(m) == "proposal"}
    assert set(shown) >= {m.id for m in result.measures if m.status == "proposal"}
    card = next(c for c in page.cards if c.measure_id == shown[0])
    texts = " ".join(label.text() for label in card.findChildren(type(page.count_label)))
    assert "geen bestaande regeling" in texts and "FME-voorstel (geen wet)" in texts
    page.filter.setCurrentIndex(page.filter.findData("eligible"))
    eligible = [m for m in result.measures if shown_verdict(m) == "eligible"]
    assert sorted(page.visible_measures()) == sorted(m.id for m in eligible)
    with_amount = next(m for m in eligible if m.amount_eur)
    card = next(c for c in page.cards if c.measure_id == with_amount.id)
    texts = " ".join(label.text() for label in card.findChildren(type(page.count_label)))
    assert money(with_amount.amount_eur, "nl") in texts and 'href="http' in texts


# Relaying out the figure cards asks the window to propagate its size hints, which the
# offscreen test platform does not implement (the same as for the help dialog).
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_a_crisis_starting_now_shows_todays_schemes(result_window):
    """The same scenario shapes from this month: the 2020-2022 corona schemes become
    history (NOW not eligible, no NOW windows), current schemes stay claimable."""
    import datetime as dt

    from core.months import month_label, month_of

    page = result_window.pages[7]
    page.start.setCurrentIndex(page.start.findData(True))
    result = result_window.state.result()
    assert result.scenarios[0].months[0] == month_label(month_of(dt.date.today()))
    assert page.selected_scenario() == "cpb2_now"  # still CPB's middle scenario
    assert "trough:cpb2_now" in page.figures.cards
    assert page.forecast.data["now_windows"] == []
    measures = {m.id: m for m in result.measures}
    assert (
        measures["now"].verdict == "not_eligible"
        and measures["praktijkleren"].verdict == "eligible"
    )
    page.start.setCurrentIndex(page.start.findData(False))
    assert result_window.state.result().scenarios[0].months[0] == "2020-03"
    assert page.selected_scenario() == "cpb2"


def test_choosing_scenario_iv_on_result_changes_the_measures(result_window, qtbot):
    """The scenario chosen on Resultaat drives Maatregelen and is saved with the case."""
    window = result_window
    measures_page = window.pages[8]
    window.go_to(8)
    now_card = next(c for c in measures_page.cards if c.measure_id == "now")
    assert now_card.verdict == "not_eligible"  # the metal example in scenario II
    assert "Scenario II" in measures_page.scenario_label.text()
    window.go_to(7)
    page = window.pages[7]
    page.scenario.setCurrentIndex(page.scenario.findData("cpb4"))
    assert window.state.get("scenario") == "cpb4"
    result = window.state.result()
    assert result.scenario == "cpb4"
    now = next(m for m in result.measures if m.id == "now")
    expected = sum(n.subsidy_eur for n in result.now if n.scenario == "cpb4" and n.eligible)
    assert now.amount_eur == pytest.approx(expected) and expected > 100_000
    window.go_to(8)
    now_card = next(c for c in measures_page.cards if c.measure_id == "now")
    texts = " ".join(
        label.text() for label in now_card.findChildren(type(measures_page.count_label))
    )
    assert money(expected, "nl") in texts and "subsidie" in texts
    assert now_card.verdict == "history"  # NOW ended: would have been eligible, not claimable
    assert "Scenario IV" in measures_page.scenario_label.text()
    assert "now" not in measures_page.now_ids
    # the count speaks Dutch: singular and plural
    assert "1 voorstel" in measures_page.count_label.text() or "voorstellen" in (
        measures_page.count_label.text()
    )
    # back to II: the page follows again
    window.go_to(7)
    page.scenario.setCurrentIndex(page.scenario.findData("cpb2"))
    window.go_to(8)
    now_card = next(c for c in measures_page.cards if c.measure_id == "now")
    assert now_card.verdict == "not_eligible"
