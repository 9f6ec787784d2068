"""A director fills in a complete case from Start to Export, as a user would."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox

from core.advice.assess import assess


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def next_step(qtbot, window) -> None:
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)


def choose(qtbot, combo, value) -> None:
    """Pick an entry of a closed combo box with the keyboard, as a user would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.value() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.value() == value


def edit_cell(qtbot, view, row: int, column: int, text: str) -> None:
    """Select a cell, press F2, type, press Enter (what a keyboard user does)."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert editor is not None
    target = editor.lineEdit() if hasattr(editor, "lineEdit") else editor
    target.selectAll()
    qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    # The delegate commits on Enter through a queued call.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=2000)


def add_country_row(qtbot, table, country_text: str, share: str) -> None:
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    row = table.model.rowCount() - 1
    editor = table.view.indexWidget(table.model.index(row, 0))  # the add button opened it
    assert editor is not None
    qtbot.keyClicks(editor.lineEdit(), country_text)
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    edit_cell(qtbot, table.view, row, 1, share)


def test_complete_case_start_to_export(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window("nl")
    state = window.state
    assert window.stack.currentIndex() == 0
    qtbot.mouseClick(window.pages[0].new_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == 1

    company = window.pages[1]
    type_into(qtbot, company.name.editor, "Testmetaal BV")
    type_into(qtbot, company.kvk.editor, "87654321")
    choose(qtbot, company.sector.editor, "metaal")
    qtbot.mouseClick(company.clusters.editor.boxes["zorg"], Qt.MouseButton.LeftButton)
    type_into(qtbot, company.revenue.editor, "8.000.000")
    assert company.status() == "done"
    next_step(qtbot, window)

    order_book = window.pages[2]
    type_into(qtbot, order_book.months.editor, "4,5")
    next_step(qtbot, window)

    purchasing = window.pages[3]
    type_into(qtbot, purchasing.share.editor, "40")
    type_into(qtbot, purchasing.stock.editor, "3")
    add_country_row(qtbot, purchasing.table, "Duitsland (DE)", "50")
    add_country_row(qtbot, purchasing.table, "China (CN)", "20")
    # China is critical: tick the box with the keyboard, then the weeks to an alternative
    view = purchasing.table.view
    view.setCurrentIndex(purchasing.table.model.index(1, 2))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    edit_cell(qtbot, view, 1, 3, "10")
    assert "30%" in purchasing.table.total_label.text()  # 70% given, 30% unspecified
    next_step(qtbot, window)

    sales = window.pages[4]
    add_country_row(qtbot, sales.table, "Nederland (NL)", "60")
    assert sales.table.total_label.property("severity") == "error"
    add_country_row(qtbot, sales.table, "Duitsland (DE)", "40")
    assert sales.table.total_label.property("severity") == "ok"
    next_step(qtbot, window)

    staff = window.pages[5]
    type_into(qtbot, staff.employees.editor, "40")
    type_into(qtbot, staff.fte.editor, "36,5")
    type_into(qtbot, staff.wage.editor, "150.000")
    type_into(qtbot, staff.bbl.editor, "2")
    next_step(qtbot, window)
    next_step(qtbot, window)  # finances are optional

    assert state.case is not None, state.problems
    case = state.case
    assert case.company.name == "Testmetaal BV" and case.company.kvk == "87654321"
    assert case.company.sector == "metaal" and case.company.clusters == ("zorg",)
    assert case.company.annual_revenue_eur == 8_000_000
    assert case.order_book_months == 4.5
    assert case.purchasing.share_of_revenue == pytest.approx(0.40)
    suppliers = {s.country: s for s in case.purchasing.suppliers}
    assert suppliers["DE"].share == pytest.approx(0.5) and not suppliers["DE"].critical
    assert suppliers["CN"].critical and suppliers["CN"].alternative_weeks == 10
    assert [(s.country, s.share) for s in case.sales] == [("NL", 0.6), ("DE", 0.4)]
    assert case.staff.employees == 40 and case.staff.fte == 36.5 and case.staff.bbl_students == 2

    # Result: the charts show what the engine computed
    result_page = window.pages[7]
    assert window.stack.currentIndex() == 7
    qtbot.waitUntil(lambda: result_page.charts_ready, timeout=5000)  # charts load after the figures
    expected = assess(case)
    forecast = result_page.forecast.data
    assert set(forecast["scenarios"]) == {s.id for s in expected.scenarios}
    for sc in expected.scenarios:
        assert forecast["scenarios"][sc.id] == pytest.approx([v * 100 for v in sc.revenue_index])
        if sc.first_month_drop_20pct:
            assert forecast["first_drop"][sc.id] == sc.first_month_drop_20pct
    assert forecast["now_windows"], "NOW windows are shaded"
    assert result_page.supply_chart.data["company"]["DE"] == pytest.approx(0.2)
    assert result_page.supply_chart.data["benchmark"]["CN"] == pytest.approx(0.06)
    assert result_page.demand_chart.data["company"]["NL"] == pytest.approx(0.6)
    assert "China" in result_page.warnings.text()  # critical supplier warning
    assert result_page.figures.cards, "headline figures are shown"

    next_step(qtbot, window)
    measures_page = window.pages[8]
    assert sorted(measures_page.visible_measures()) == sorted(m.id for m in expected.measures)

    next_step(qtbot, window)
    assert window.stack.currentIndex() == 9
    if importlib.util.find_spec("core.report.workbook") is None:
        pytest.skip("core.report.workbook is not there yet")
    out = tmp_path / "rapport.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Close)
    )
    qtbot.mouseClick(window.pages[9].export_button, Qt.MouseButton.LeftButton)
    assert out.exists()
    import openpyxl

    book = openpyxl.load_workbook(out, read_only=True)
    assert {"Samenvatting", "Invoer", "Omzetprognose", "Maatregelen"} <= set(book.sheetnames)
    summary_text = " ".join(
        str(v)
        for row in book["Samenvatting"].iter_rows(values_only=True)
        for v in row
        if v is not None
    )
    book.close()
    assert "Testmetaal BV" in summary_text
    if importlib.util.find_spec("core.report.reader") is None:
        return
    from core.case_file import load_case

    assert load_case(Path(out)) == case
