"""Inline validation appears and clears as the user types; the language switch
changes the visible texts and is remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import settle
from ui import i18n


def test_invalid_number_shows_core_message_and_clears(make_window, qtbot):
    window = make_window("nl")
    window.files.new_case()
    page = window.pages[1]
    revenue = page.revenue
    revenue.editor.setFocus()
    qtbot.keyClicks(revenue.editor, "12a")
    assert revenue.problem.isVisible()
    assert "geen getal" in revenue.problem.text()  # core's Dutch message, next to the field
    revenue.editor.clear()
    qtbot.keyClicks(revenue.editor, "1.200.000")
    assert not revenue.problem.isVisible()
    assert window.state.get("company.annual_revenue_eur") == 1_200_000


def test_kvk_must_be_eight_digits(make_window, qtbot):
    window = make_window("nl")
    window.files.new_case()
    kvk = window.pages[1].kvk
    qtbot.keyClicks(kvk.editor, "1234")
    assert kvk.problem.isVisible() and "8 cijfers" in kvk.problem.text()
    qtbot.keyClicks(kvk.editor, "5678")
    assert not kvk.problem.isVisible()


def test_missing_answers_show_only_after_leaving_the_page(make_window, qtbot):
    window = make_window("nl")
    window.files.new_case()
    name = window.pages[1].name
    assert not name.problem.isVisible()  # a fresh form is not a wall of red
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    window.go_to(1)
    assert name.problem.isVisible() and "Vul dit in" in name.problem.text()


def test_sales_total_warning_and_result_lists_missing_inputs(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    window.state.edit("sales", [{"country": "NL", "share": 0.5}, {"country": "DE", "share": 0.35}])
    table = window.pages[4].table
    assert table.total_label.property("severity") == "error"
    assert "85%" in table.total_label.text() and "100%" in table.total_label.text()
    window.go_to(7)  # Next is allowed with problems; the result says what is missing
    settle(qtbot)
    banner = window.pages[7].banner
    assert banner.isVisible()
    assert "Afzetlanden" in banner.label.text() and "85%" in banner.label.text()
    assert not window.pages[7].figures.isVisible()
    window.state.undo()
    settle(qtbot)
    assert window.state.case is not None
    assert not banner.isVisible() and window.pages[7].figures.isVisible()


def test_language_switch_changes_texts_and_is_remembered(make_window, qtbot):
    window = make_window("nl")
    assert window.next_button.text() == "Volgen&de >"
    assert window.pages[1].title_label.text() == "Uw bedrijf"
    window.set_language("en")
    assert window.next_button.text() == "&Next >"
    assert window.pages[1].title_label.text() == "Your company"
    assert window.menuBar().actions()[0].text() == "&File"
    assert i18n.saved_language() == "en"
    window.set_language("nl")
    assert window.menuBar().actions()[0].text() == "&Bestand"
    assert i18n.saved_language() == "nl"


def test_language_switch_keeps_the_answers_and_the_step(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    window.go_to(3)
    window.set_language("en")
    assert window.stack.currentIndex() == 3
    assert window.pages[3].share.editor.text() == "45"
    assert window.pages[3].table.model.rowCount() == 4
    assert window.pages[3].table.model.index(0, 0).data() == "Germany"


def test_order_book_shows_its_effect_live(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    window.go_to(2)
    page = window.pages[2]
    # Scenario III as in tests/test_engine.py: the book moves the 20% drop from March
    # to October 2020 (January 2021 until deferred deliveries joined the back of the book).
    assert "Scenario IV" in page.impact.text()
    assert (
        "<b>Scenario III</b>: met orderportefeuille van 4,5 maanden: okt 2020; "
        "zonder orderportefeuille: mrt 2020" in page.impact.text()
    )
    page.months.editor.selectAll()
    qtbot.keyClicks(page.months.editor, "0")
    settle(qtbot)  # the line follows the keystroke's repaint
    assert "met orderportefeuille van 0 maanden" in page.impact.text()
