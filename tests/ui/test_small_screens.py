"""Small screens and details (issue 19, item 8): what a user sees at 1024x700 and 900x600,
the chart's labels and hover box, the month table's headers, the formula toggle, and no
empty card slot."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect
from PySide6.QtWidgets import QWidget


def _settle(qtbot) -> None:
    for _ in range(4):
        qtbot.wait(15)


def _on_screen(page, widget: QWidget) -> bool:
    """The widget lies wholly inside the page's visible viewport (not behind the bottom bar)."""
    viewport = page.viewport()
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return widget.isVisible() and viewport.rect().contains(rect)


def _result_at(make_window, qtbot, size, lang="nl"):
    window = make_window(lang)
    window.resize(*size)
    window.files.open_demo()  # opens on Resultaat
    page = window.pages[7]
    qtbot.waitUntil(lambda: page.charts_ready, timeout=5000)
    _settle(qtbot)
    return window, page


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_inkoop_table_buttons_are_on_screen_at_1024x700(make_window, qtbot, lang):
    window = make_window(lang)
    window.resize(1024, 700)
    window.files.open_demo()
    window.go_to(3)
    page = window.pages[3]
    page.verticalScrollBar().setValue(0)
    _settle(qtbot)
    table = page.table
    for button in (table.add_button, table.remove_button, table.undo_button, table.import_button):
        assert _on_screen(page, button), button.text()
    assert _on_screen(page, table.total_label)


def test_the_supplier_table_grows_with_its_rows(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    window.go_to(3)
    table = window.pages[3].table
    before = table.view.height()
    table.add_row()
    _settle(qtbot)
    assert table.view.height() > before  # a new row does not hide the others
    rows = table.model.rowCount()
    visible = table.view.viewport().height() // table.view.verticalHeader().defaultSectionSize()
    assert visible >= min(rows, table.ROWS_SHOWN[1] - 1)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_at_900x600_the_answer_is_short_and_four_cards_show(make_window, qtbot, lang):
    _window, page = _result_at(make_window, qtbot, (900, 600), lang)
    page.verticalScrollBar().setValue(0)
    _settle(qtbot)
    lines = page.answer.contentsRect().height() / page.answer.fontMetrics().lineSpacing()
    assert lines <= 10.5, lines  # 14 before
    shown = [key for key, card in page.figures.cards.items() if _on_screen(page, card)]
    assert len(shown) >= 4, shown  # 2 before


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700), (900, 600)])
@pytest.mark.parametrize("now", [False, True])
def test_no_empty_card_slot(make_window, qtbot, size, now):
    """Every row of cards is filled to the page's width, also with 8 cards ("deze maand")."""
    _window, page = _result_at(make_window, qtbot, size)
    if now:
        page.start.setCurrentIndex(1)
        _settle(qtbot)
    grid = page.figures.grid
    rows: dict[int, int] = {}
    for card in page.figures.cards.values():
        row, _col, _rs, span = grid.getItemPosition(grid.indexOf(card))
        rows[row] = rows.get(row, 0) + span
    assert rows and all(total == page.figures.SLOTS for total in rows.values()), rows
    right = max(c.geometry().right() for c in page.figures.cards.values())
    for row in rows:
        last = max(
            (
                c
                for c in page.figures.cards.values()
                if grid.getItemPosition(grid.indexOf(c))[0] == row
            ),
            key=lambda c: c.geometry().right(),
        )
        assert abs(last.geometry().right() - right) <= 2  # no gap at the end of a row


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700), (900, 600)])
def test_now_labels_never_run_into_each_other(make_window, qtbot, size):
    _window, page = _result_at(make_window, qtbot, size)
    for sid in ("cpb1", "cpb2", "cpb3", "cpb4"):
        page.scenario.setCurrentIndex(page.scenario.findData(sid))
        _settle(qtbot)
        labels = [t for t in page.forecast.bar_labels if t.isVisible()]
        assert labels
        for a, b in itertools.combinations(labels, 2):
            assert not a.sceneBoundingRect().intersects(b.sceneBoundingRect()), (
                sid,
                size,
                a.toPlainText(),
                b.toPlainText(),
            )


def test_the_hover_box_hides_no_line_and_goes_when_the_mouse_leaves(make_window, qtbot):
    _window, page = _result_at(make_window, qtbot, (1280, 800))
    chart = page.forecast
    series = chart.data["scenarios"]
    vb = chart.getPlotItem().vb
    for month in range(0, len(chart._months), 3):
        chart.hover_at(month, series["cpb4"][month])
        assert chart.hover_label.isVisible()
        box = chart.hover_box()
        assert box.width() > 60 and box.height() > 10  # pixels: the text's size
        for sid, values in series.items():
            for x, y in enumerate(values):
                point = vb.mapViewToScene(QPointF(x, y))
                assert not box.contains(point), (month, sid, x)
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(chart, QEvent(QEvent.Type.Leave))
    assert not chart.hover_label.isVisible() and not chart.hover_line.isVisible()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_month_table_headers_are_not_cut(make_window, qtbot, lang):
    _window, page = _result_at(make_window, qtbot, (1024, 700), lang)
    page.table_button.click()
    dialog = page.month_dialog
    qtbot.waitUntil(dialog.isVisible)
    _settle(qtbot)
    header = dialog.table.horizontalHeader()
    metrics = header.fontMetrics()
    for c in range(dialog.table.columnCount()):
        text = dialog.table.horizontalHeaderItem(c).text()
        widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        assert header.sectionSize(c) >= widest + 8, text
        # and each column ends inside the table's visible area
        end = header.sectionViewportPosition(c) + widest
        assert end <= dialog.table.viewport().width(), text
    labels = [dialog.table.horizontalHeaderItem(c).text() for c in range(header.count())]
    from ui.widgets.charts import short_label

    last = _window.state.result().scenarios[-1].label(lang)
    assert labels[-1].replace("\n", " ") == short_label(last)  # whole, on two lines
    dialog.close()


def test_the_formula_toggle_stays_put_when_the_panel_grows(make_window, qtbot):
    _window, page = _result_at(make_window, qtbot, (1280, 800))
    panel = page.figures
    next(iter(panel.cards.values())).more.click()
    _settle(qtbot)
    before = panel.formula_toggle.mapTo(page.widget(), QPoint(0, 0))
    height = panel.detail.height()
    panel.formula_toggle.click()
    _settle(qtbot)
    assert panel.detail.height() > height  # the formula made the panel grow
    assert panel.formula_toggle.mapTo(page.widget(), QPoint(0, 0)) == before


@pytest.mark.parametrize("size", [(1280, 800), (900, 600)])
def test_country_names_on_the_exposure_charts_never_run_together(make_window, qtbot, size):
    from PySide6.QtGui import QFontMetrics

    from tests.conftest import EXAMPLES

    window = make_window("nl")
    window.resize(*size)
    window.files.open_example(EXAMPLES / "elektronica-china.herstelscan.json")
    page = window.pages[7]
    qtbot.waitUntil(lambda: page.charts_ready, timeout=5000)
    _settle(qtbot)
    for chart in (page.supply_chart, page.demand_chart):
        font = chart.country_axis.style.get("tickFont")
        metrics = QFontMetrics(font)
        room = chart.getPlotItem().vb.width() / len(chart.tick_names)
        for name in chart.tick_names:
            for line in name.split("\n"):
                assert metrics.horizontalAdvance(line) < room, (size, name)
        assert len(chart.tick_names) == len(chart.full_names)
