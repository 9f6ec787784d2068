"""The result page: figures explain themselves, assumptions recompute and are saved,
axes speak the user's language."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from core.advice.shown import shown_verdict
from core.case_file import load_case
from tests.ui.conftest import settle
from ui.formatting import money


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
    assert "\u00a0" in card.value.text()  # "€" never wraps onto its own line
    assert loss.text("nl").replace("€ ", "€\u00a0") in card.toolTip()
    card.more.click()
    detail = page.figures.detail
    assert detail.isVisible() and "Methode, § 4 Omzetprognose" in detail.text()
    assert "<i>Bron:</i>" in detail.text()
    assert "model.md" not in detail.text() and "Formule:" not in detail.text()
    page.figures.formula_toggle.click()  # the formula sits behind the toggle
    assert "Formule:" in detail.text() and "normale maandomzet" in detail.text()
    assert "Waarden:" in detail.text()
    page.figures.formula_toggle.click()
    assert "Formule:" not in detail.text()


def test_scenario_choice_changes_the_figures(result_window, qtbot):
    page = result_window.pages[7]
    page.scenario.setCurrentIndex(page.scenario.findData("cpb4"))
    settle(qtbot)
    assert "trough:cpb4" in page.figures.cards
    assert page.forecast.data["first_drop"]["cpb4"] == "2021-02"
    assert all(w[0].startswith("NOW") for w in page.forecast.data["now_windows"])


def test_changing_an_assumption_recomputes_and_is_saved(
    result_window, tmp_path, monkeypatch, qtbot
):
    page = result_window.pages[7]
    before = list(page.forecast.data["scenarios"]["cpb2"])
    spin = page.assumptions.spins["elasticity"]
    spin.setValue(3.0)
    settle(qtbot)
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
    settle(qtbot)
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
    # English grouping: a comma every three digits (the demo loses about EUR 3 million).
    assert re.fullmatch(r"€\d,\d{3},\d{3}", page.figures.cards["revenue_loss:cpb2"].value.text())


def test_critical_supplier_warning(result_window, qtbot):
    state = result_window.state
    suppliers = state.get("purchasing.suppliers")
    suppliers[0] = {**suppliers[0], "critical": True, "alternative_weeks": 10}
    state.edit("purchasing.suppliers", suppliers)
    settle(qtbot)
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
def test_a_crisis_starting_now_shows_todays_schemes(result_window, qtbot):
    """The same scenario shapes from this month: the 2020-2022 corona schemes become
    history (NOW not eligible, no NOW windows), current schemes stay claimable."""
    import datetime as dt

    from core.months import month_label, month_of

    page = result_window.pages[7]
    page.start.setCurrentIndex(page.start.findData("now"))
    settle(qtbot)
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
    page.start.setCurrentIndex(0)  # March 2020
    settle(qtbot)
    assert result_window.state.result().scenarios[0].months[0] == "2020-03"
    assert page.selected_scenario() == "cpb2"


def _no_sideways_scroll(window, qtbot) -> None:
    page = window.pages[7]
    qtbot.waitUntil(lambda: page.charts_ready, timeout=5000)
    qtbot.waitUntil(lambda: window.current_page() is page)
    for _ in range(3):
        qtbot.wait(20)  # let the layout settle as the first paint does
    assert page.horizontalScrollBar().maximum() == 0, page.widget().minimumSizeHint()
    assert page.widget().width() <= page.viewport().width()


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_result_fits_when_the_app_opens_on_it(make_window, qtbot, lang, size):
    window = make_window(lang)
    window.resize(*size)
    window.files.open_demo()  # --demo opens straight on Resultaat
    _no_sideways_scroll(window, qtbot)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_result_fits_1280x800_from_the_command_line_and_from_finance(
    make_window, qtbot, demo_path, lang
):
    window = make_window(lang)
    assert window.files.load(demo_path)  # a case on the command line
    _no_sideways_scroll(window, qtbot)
    other = make_window(lang)
    other.files.load(demo_path)
    other.go_to(6)  # Financiën, then Next: the first visit of Resultaat
    other.next_button.click()
    _no_sideways_scroll(other, qtbot)


def test_crisis_start_switch_keeps_axis_legend_and_caption(result_window, qtbot):
    page = result_window.pages[7]
    chart = page.forecast
    scenarios = result_window.state.result().scenarios
    assert chart.data["legend"][:4] == [f"Scenario {r}" for r in ("I", "II", "III", "IV")]
    assert len(chart.data["legend"]) == len(scenarios) == len(chart.legend.items)
    assert chart.month_axis.tickStrings([0], 1, 3) == ["mrt 2020"]
    assert chart.data["now_windows"] and "Balken bovenin" in page.forecast_note.text()
    page.scenario.setCurrentIndex(page.scenario.findData("cpb3"))
    page.start.setCurrentIndex(1)  # "deze maand"
    settle(qtbot)
    result = result_window.state.result()
    assert page.selected_scenario() == "cpb3_now"  # the same scenario, starting now
    first = result.scenarios[0].months[0]
    assert first != "2020-03"
    from core.months import month_name, parse_month

    assert chart.month_axis.tickStrings([0], 1, 3) == [month_name(parse_month(first), "nl")]
    assert len(chart.data["legend"]) == len(result.scenarios)  # not doubled
    assert len(chart.lines) == len(result.scenarios)
    assert len(chart.legend.items) == len(result.scenarios)
    assert chart.data["now_windows"] == []
    assert "Geen NOW-balken" in page.forecast_note.text()  # the caption follows
    assert "trough:" + page.selected_scenario() in page.figures.cards
    page.start.setCurrentIndex(0)
    settle(qtbot)
    assert chart.month_axis.tickStrings([0], 1, 3) == ["mrt 2020"]
    assert len(chart.legend.items) == len(result_window.state.result().scenarios)
    assert chart.data["now_windows"] and "Balken bovenin" in page.forecast_note.text()


def test_the_crisis_start_is_part_of_the_case_and_survives_a_language_switch(result_window):
    """Chosen on Resultaat, saved with the case (undoable like an answer), and after
    Taal › English the combo still shows what the figures follow."""
    window = result_window
    page = window.pages[7]
    page.start.setCurrentIndex(1)  # "deze maand"
    assert window.state.get("start") == "now" and window.state.crisis_now
    assert window.state.result().scenarios[0].id.endswith("_now")
    window.set_language("en")
    page = window.pages[7]
    assert page.start.currentIndex() == 1
    assert window.state.result().scenarios[0].id.endswith("_now")
    page.start.setCurrentIndex(0)  # back to March 2020: the figures follow
    assert window.state.get("start") is None
    assert window.state.result().scenarios[0].id == "cpb1"
    window.set_language("nl")


def test_now_windows_never_overlap_in_a_lane(result_window):
    page = result_window.pages[7]
    for sid in [page.scenario.itemData(i) for i in range(page.scenario.count())]:
        page.scenario.setCurrentIndex(page.scenario.findData(sid))
        windows = page.forecast.data["now_windows"]
        for a in windows:
            for b in windows:
                if a is not b and a[3] == b[3]:
                    assert a[1][1] < b[1][0] or b[1][1] < a[1][0], (sid, a, b)


def test_hover_tells_month_scenario_and_value(result_window):
    chart = result_window.pages[7].forecast
    y = chart.data["scenarios"]["cpb4"][10]
    text = chart.hover_at(10.2, y)
    assert text.startswith("jan 2021 · Scenario IV: ")
    assert text.endswith("%") and chart.hover_label.isVisible()


def test_month_table_one_click_away_and_copyable(result_window, qtbot):
    page = result_window.pages[7]
    page.table_button.click()
    dialog = page.month_dialog
    qtbot.waitUntil(dialog.isVisible)
    result = result_window.state.result()
    assert dialog.table.rowCount() == len(result.scenarios[0].months)
    assert dialog.table.columnCount() == len(result.scenarios)
    dialog.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[0] == "Maand" and len(lines) == dialog.table.rowCount() + 1
    assert lines[1].split("\t")[0] == "mrt 2020"
    dialog.close()


def test_chart_colours_are_the_workbooks(result_window):
    from core.report.sheet_forecast import SCENARIO_COLOURS
    from ui.widgets.charts import SCENARIO_COLORS

    assert [c.lstrip("#").upper() for c in SCENARIO_COLORS] == list(SCENARIO_COLOURS)
    chart = result_window.pages[7].forecast
    first = chart.lines["cpb1"].opts["pen"].color().name().upper()
    assert first == "#" + SCENARIO_COLOURS[0]


def test_missing_benchmarks_are_absent_not_zero(result_window):
    page = result_window.pages[7]
    e = result_window.state.result().exposure
    missing = [c for c in page.supply_chart.data["company"] if c not in e.benchmark_supply]
    assert missing  # the demo buys in the Netherlands, which the paper gives no figure for
    for c in missing:
        assert c not in page.supply_chart.data["benchmark"]
    heights = page.supply_chart.benchmark.opts["height"]
    assert len(heights) == len(page.supply_chart.data["benchmark"]) and 0 not in heights


def test_the_method_reference_opens_that_section(result_window, qtbot):
    page = result_window.pages[7]
    page.figures.cards["now_total:cpb2"].more.click()
    assert 'href="method:5"' in page.figures.detail.text()
    page.figures.detail.linkActivated.emit("method:5")
    dialog = page.figures.method_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.toc.currentItem().text().startswith("§ 5")
    dialog.close()


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
    assert now_card.badge.text() == "Zou in aanmerking zijn gekomen (afgelopen)"
    # A past "possible" stays possible in its badge: never promoted to "eligible".
    past_possible = [
        c
        for c in measures_page.cards
        if c.verdict == "history"
        and next(m for m in result.measures if m.id == c.measure_id).verdict == "possible"
    ]
    assert past_possible
    assert all(c.badge.text() == "Was mogelijk geweest (afgelopen)" for c in past_possible)
    assert "Scenario IV" in measures_page.scenario_label.text()
    assert "now" not in measures_page.now_ids
    # the count speaks Dutch: singular and plural ("1 komt", not "1 komen")
    count = measures_page.count_label.text()
    assert "1 komen" not in count
    assert "1 komt in aanmerking" in count or "komt in aanmerking" not in count
    assert "1 voorstel" in measures_page.count_label.text() or "voorstellen" in (
        measures_page.count_label.text()
    )
    # back to II: the page follows again
    window.go_to(7)
    page.scenario.setCurrentIndex(page.scenario.findData("cpb2"))
    window.go_to(8)
    now_card = next(c for c in measures_page.cards if c.measure_id == "now")
    assert now_card.verdict == "not_eligible"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_answer_comes_first_in_plain_selectable_sentences(make_window, qtbot, lang):
    from PySide6.QtCore import Qt

    window = make_window(lang)
    window.files.open_demo()
    page = window.pages[7]
    qtbot.waitUntil(lambda: page.charts_ready, timeout=5000)
    result = window.state.result()
    label = page.answer
    assert label.isVisible() and result.answer[lang]
    assert label.text() == result.answer[lang].replace("€ ", "€\u00a0")
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    # At the top: above the figure cards and the chart.
    assert label.y() < page.figures.y() < page.forecast_note.y()
    # It follows the chosen scenario.
    page.scenario.setCurrentIndex(page.scenario.findData("cpb4"))
    settle(qtbot)
    assert label.text() == window.state.result().answer[lang].replace("€ ", "€\u00a0")
    assert "Scenario IV" in label.text()


def test_the_chart_and_month_table_name_the_catch_up_and_the_second_dip(make_window, qtbot):
    """The agrifood example in scenario III never settles back to normal: the chart and
    the month table label the catch-up above 100% and the second dip, so they agree with
    the answer's words. (The electronics example in scenario II did this until lost
    orders were placed again; it now settles.)"""
    from core.advice.answer import back_to_normal, catch_up, second_dip
    from tests.conftest import EXAMPLES
    from ui.formatting import number
    from ui.widgets.month_table import MonthTableDialog

    window = make_window("nl")
    window.files.open_example(EXAMPLES / "agrifood-export.herstelscan.json")
    page = window.pages[7]
    qtbot.waitUntil(lambda: page.charts_ready, timeout=5000)
    page.refresh_result()
    page.scenario.setCurrentIndex(page.scenario.findData("cpb3"))
    page.refresh_result()
    assert window.state.result().scenario == "cpb3"
    sc = window.state.result().forecast("cpb3")
    assert back_to_normal(sc) is None
    up, dip = catch_up(sc), second_dip(sc)
    assert up and dip
    waves = page.forecast.data["waves"]
    assert waves["catch_up"] == f"inhaalslag {number(up[1] * 100, 'nl', 0)}%"
    assert waves["second_dip"] == f"tweede dip {number(dip[1] * 100, 'nl', 0)}%"
    assert "inhaalslag" in window.state.result().answer["nl"]
    months, labels, rows = page.forecast.month_table()
    dialog = MonthTableDialog(page, months, labels, rows, "nl", page.forecast.month_marks())
    qtbot.addWidget(dialog)
    col = list(page.forecast._labels).index("cpb3")
    assert dialog.table.item(sc.months.index(up[0]), col).text().endswith("(inhaalslag)")
    assert dialog.table.item(sc.months.index(dip[0]), col).text().endswith("(tweede dip)")
    assert (
        "Weer normaal: vanaf die maand steeds ten minste 98%"
        in dialog.findChild(type(page.answer)).text()
    )


def test_words_are_the_readers(make_window, qtbot):
    """Country names, not codes, on the exposure chart; the assumptions' tooltips speak
    Dutch and wrap; a cancellation share is a percentage like the others; the idle-staff
    figure names the worst month; cash that never runs out says so."""
    from tests.conftest import EXAMPLES

    window = make_window("nl")
    window.files.open_example(EXAMPLES / "elektronica-china.herstelscan.json")
    page = window.pages[7]
    qtbot.waitUntil(lambda: page.charts_ready, timeout=5000)
    page.refresh_result()
    assert "Verenigde Staten" in page.demand_chart.full_names
    shown = [n.replace("\n", " ") for n in page.demand_chart.tick_names]
    assert "Verenigde Staten" in shown and "US" not in shown
    spin = page.assumptions.spins["cancellation_rate"]
    assert spin.suffix() == " % per maand" and spin.value() == 10.0
    tip = spin.toolTip()
    assert tip.startswith("<p>") and "Bron: " in tip and "Source:" not in tip
    result = window.state.result()
    idle = result.explanation(f"idle_fte:{result.scenario}")
    assert "slechtste maand" in idle.label_nl and "drukste" not in idle.text_nl
    never = next(c for c in result.cash if c.runs_out is None)
    assert result.explanation(f"cash_runway:{never.scenario}").headline_nl.startswith("nooit")


def test_the_charts_appear_in_room_kept_for_them_and_nothing_moves(make_window, qtbot):
    """Walking to Resultaat: the figures come first, the charts (pyqtgraph) an instant
    later, in room the page kept for them: what is below them stays put."""
    window = make_window()
    page = window.pages[7]
    seen = {}
    create = page.ensure_charts

    def ensure_charts() -> None:  # the page as painted just before the charts come
        if not page.charts_ready and "before" not in seen:
            seen["before"] = _places(page)
            seen["room"] = [page.chart_room.geometry(), *(r.geometry() for r in page.exposure_room)]
        create()

    page.ensure_charts = ensure_charts
    window.files.open_demo()  # goes to Resultaat; its charts follow the first paint
    assert not page.charts_ready
    qtbot.waitUntil(lambda: page.charts_ready, timeout=10000)
    qtbot.wait(50)
    assert page.forecast.isVisible() and not page.chart_room.isVisible()
    charts = (page.forecast, page.supply_chart, page.demand_chart)
    assert [c.geometry() for c in charts] == seen["room"]
    assert _places(page) == seen["before"]


def _places(page) -> list:
    """Where the page's widgets below the answer are (the charts and their room aside)."""
    skip = {page.chart_room, *page.exposure_room}
    if page.charts_ready:
        skip |= {page.forecast, page.supply_chart, page.demand_chart}
    return [
        (type(w).__name__, w.geometry().getRect())
        for w in page.widget().findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        )
        if w.isVisible() and w not in skip
    ]


def test_the_cached_axes_and_legend_draw_what_an_uncached_chart_draws(result_window, qtbot):
    """The forecast chart keeps its axes (with the grid) and legend as pixmaps so that an
    edit repaints only the curves; whatever the edit changes in them (other months, other
    scenarios in the legend, another y range), the chart must look exactly as it does
    drawn without the pixmaps."""
    from PySide6.QtWidgets import QApplication, QGraphicsItem

    page = result_window.pages[7]
    chart = page.forecast
    cached = [chart.getPlotItem().getAxis("left"), chart.month_axis, chart.legend]
    device = QGraphicsItem.CacheMode.DeviceCoordinateCache

    def drawn(cache) -> object:
        for item in cached:
            item.setCacheMode(cache)
        QApplication.processEvents()
        return chart.grab().toImage()

    assert all(item.cacheMode() == device for item in cached)
    first = drawn(device)
    page.start.setCurrentIndex(1)  # other months on the axis, other scenarios in the legend
    page.assumptions.spins["elasticity"].setValue(4.5)  # a deeper fall: another y range
    after = drawn(device)
    assert after != first  # the edit shows
    assert after == drawn(QGraphicsItem.CacheMode.NoCache)
    assert drawn(device) == after
