"""The stress start on Resultaat and the member's own scenario editor (issue 17, items
4 and 5): driven as a user does (pick the start, start from a library test, type in the
table, add a country, save, reopen) and checked against the case file and the chart."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from core.case_file import load_case
from core.reference.stress import library
from tests.ui.conftest import settle


@pytest.fixture
def stress_window(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    page = window.pages[7]
    qtbot.waitUntil(lambda: page.charts_ready, timeout=5000)
    page.start.setCurrentIndex(page.start.findData("stress"))
    settle(qtbot)
    return window


def _edit_cell(qtbot, view, row: int, column: int, text: str) -> None:
    """Select a cell, type over it and press Enter, as a user does."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)  # F2 edits the cell
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor on the next turn of the event loop.
    qtbot.waitUntil(lambda: view.indexWidget(index) is None, timeout=2000)


def test_the_stress_start_lists_the_library_and_is_saved_with_the_case(stress_window, qtbot):
    state = stress_window.state
    page = stress_window.pages[7]
    assert page.start.currentText() == "Stresstests van nu"
    assert state.get("start") == "stress" and state.start == "stress"
    ids = [page.scenario.itemData(i) for i in range(page.scenario.count())]
    assert ids == [s.id for s in library()]  # no own scenario yet
    assert page.own_editor.isVisible() and not page.own_editor.box.isVisible()
    page.start.setCurrentIndex(0)
    settle(qtbot)
    assert state.get("start") is None and not page.own_editor.isVisible()
    state.undo()
    settle(qtbot)
    assert state.start == "stress" and page.start.currentData() == "stress"


def test_own_scenario_from_the_library_edited_saved_and_reopened(
    stress_window, qtbot, tmp_path, monkeypatch
):
    window = stress_window
    state = window.state
    page = window.pages[7]
    editor = page.own_editor
    first = library()[0]
    editor.base.setCurrentIndex(editor.base.findData(first.id))
    editor.create_button.click()
    settle(qtbot)
    own = state.get("own_scenario")
    assert own["based_on"] == first.id and own["name"] == f"Eigen scenario: {first.nl}"
    assert state.get("scenario") == "own"
    assert editor.box.isVisible() and editor.model.rowCount() == len(first.shocks)
    assert page.scenario.currentData() == "own"  # the figures follow the own scenario
    # The user renames it, doubles the size of shock 1 and adds Canada to it.
    editor.name.setFocus()
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Heffing 30%")
    assert state.get("own_scenario.name") == "Heffing 30%"
    _edit_cell(qtbot, editor.view, 0, editor.model.columns.index("size"), "30")
    assert state.get("own_scenario")["shocks"][0]["size"] == pytest.approx(0.30)
    editor.view.setCurrentIndex(editor.model.index(0, 0))
    editor.picker.setFocus()
    qtbot.keyClicks(editor.picker.lineEdit(), "Canada")
    editor.picker.activated.emit(editor.picker.findData("CA"))
    assert "CA" in state.get("own_scenario")["shocks"][0]["countries"]
    assert [editor.places.item(i).text() for i in range(editor.places.count())][-1] == "Canada"
    # The chart shows it, labelled by its name, with the library's tests beside it.
    assert "Heffing 30%" in page.forecast.data["legend"]
    assert "own" in page.forecast.data["scenarios"]
    months, labels, rows = page.forecast.month_table()
    assert "Heffing 30%" in labels and len(rows) == len(months)
    # Saved with the case, reopened: the same scenario.
    path = tmp_path / "stress.herstelscan.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    assert window.files.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["start"] == "stress" and saved["scenario"] == "own"
    assert saved["own_scenario"]["name"] == "Heffing 30%"
    assert saved["own_scenario"]["shocks"][0]["size"] == pytest.approx(0.30)
    case = load_case(path)
    assert case.own_scenario is not None and case.own_scenario.name == "Heffing 30%"
    assert "CA" in case.own_scenario.shocks[0].countries
    window.state.dirty = False
    window.files.new_case()
    assert window.state.get("own_scenario") is None
    assert window.files.open_case(path)
    page = window.pages[7]
    assert window.state.get("own_scenario") == saved["own_scenario"]
    assert page.start.currentData() == "stress" and page.scenario.currentData() == "own"
    assert page.own_editor.name.text() == "Heffing 30%"


def test_problems_name_the_row_and_column_and_undo_restores(stress_window, qtbot):
    state = stress_window.state
    editor = stress_window.pages[7].own_editor
    editor.base.setCurrentIndex(editor.base.findData(""))  # an empty scenario
    editor.create_button.click()
    assert state.get("own_scenario")["based_on"] is None
    text = editor.problem_label.text()
    assert "Schok 1, Landen: nog geen land gekozen" in text and "Schok 1, Omvang (%):" in text
    assert editor.problem_label.isVisible()
    _edit_cell(qtbot, editor.view, 0, editor.model.columns.index("size"), "150")
    assert "150% valt buiten het bereik" in editor.problem_label.text()
    assert "van 0 tot en met 100 (15 betekent 15%)" in editor.problem_label.text()
    # No result while the scenario has a problem: the banner speaks the editor's words,
    # nothing of the last result stays on screen, and the start can still be changed.
    page = stress_window.pages[7]
    assert state.result() is None
    assert "150% valt buiten het bereik" in page.banner.label.text()
    assert "0,15" not in page.banner.label.text()
    assert not page.stress_exposure.isVisible() and not page.figures.isVisible()
    assert page.start.isVisible() and page.own_editor.isVisible()
    _edit_cell(qtbot, editor.view, 0, editor.model.columns.index("size"), "20")
    editor.view.setCurrentIndex(editor.model.index(0, 1))
    editor.picker.activated.emit(editor.picker.findData("EU27"))
    assert state.get("own_scenario")["shocks"][0]["countries"] == ["EU27"]
    assert editor.problem_label.text() == ""
    assert stress_window.state.result() is not None
    editor.undo_button.click()  # the country again
    assert state.get("own_scenario")["shocks"][0]["countries"] == []
    editor.undo_button.click()  # the size back to 150%
    assert state.get("own_scenario")["shocks"][0]["size"] == pytest.approx(1.5)


def test_channel_choice_sets_via_and_applies_to(stress_window, qtbot):
    state = stress_window.state
    editor = stress_window.pages[7].own_editor
    editor.base.setCurrentIndex(editor.base.findData(""))
    editor.create_button.click()
    model = editor.model
    model.setData(model.index(0, 0), "supply_critical")
    shock = state.get("own_scenario")["shocks"][0]
    assert (shock["channel"], shock["via"], shock["applies_to"]) == ("supply", "share", "critical")
    assert model.index(0, 0).data() == "Levering, alleen kritieke leveranciers"
    model.setData(model.index(0, 0), "demand_tariff")
    shock = state.get("own_scenario")["shocks"][0]
    assert (shock["channel"], shock["via"], shock["applies_to"]) == ("demand", "tariff", "all")


def test_shock_model_passes_qtmodeltester(stress_window, qtmodeltester):
    from ui.widgets.shock_model import ShockModel

    editor = stress_window.pages[7].own_editor
    editor.create_button.click()
    model = ShockModel(stress_window.state)
    qtmodeltester.check(model, force_py=True)
    model.insertRows(model.rowCount(), 1)
    model.setData(model.index(model.rowCount() - 1, 2), "12,5")
    model.set_countries(model.rowCount() - 1, ["DE"])
    model.removeRows(0, 1)
    stress_window.state.undo()
    qtmodeltester.check(model, force_py=True)


def test_dearer_purchases_show_the_margin_at_stake(stress_window, qtbot):
    state = stress_window.state
    page = stress_window.pages[7]
    editor = page.own_editor
    editor.base.setCurrentIndex(editor.base.findData(""))
    editor.create_button.click()
    model = editor.model
    model.setData(model.index(0, 0), "input_cost")
    model.setData(model.index(0, 2), "25")
    model.set_countries(0, ["DE"])  # 40% of the purchases (energy-intensive steel, say)
    settle(qtbot)
    result = state.result()
    assert result is not None and result.scenario == "own"
    card = page.figures.cards["margin_loss:own"]
    sc = result.forecast("own")
    from ui.formatting import money

    assert card.value.text() == money(sc.margin_loss_eur, "nl")
    assert sc.margin_loss_eur > 0
    # The exposure card names Germany with its share of purchases and the margin at stake.
    text = page.stress_exposure.cards["input_cost"].text()
    assert "Duitsland" in text and "40%" in text and "marge" in text


def test_the_stress_chart_zooms_to_its_dips_but_keeps_the_20pct_line(stress_window, qtbot):
    chart = stress_window.pages[7].forecast
    low, top = chart.data["y_range"]
    lowest = min(min(v) for v in chart.data["scenarios"].values())
    assert low == 70.0 and lowest > 80  # the US tariffs cost the demo a few percent
    assert top > 100
    stress_window.pages[7].start.setCurrentIndex(0)  # March 2020: from 0 as always
    settle(qtbot)
    assert chart.data["y_range"][0] == 0.0
