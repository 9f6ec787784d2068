"""Desktop manners: the wheel scrolls the page and never changes an unfocused field,
the window title names the company, dates in Dutch, numbers reformatted on leaving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox


def _wheel(widget, steps: int = -1) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        pos,
        widget.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_over_an_unfocused_spinbox_scrolls_the_page_only(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    page = window.pages[7]
    qtbot.waitUntil(lambda: page.charts_ready, timeout=5000)
    spin = next(iter(page.assumptions.spins.values()))
    page.ensureWidgetVisible(spin)
    before = spin.value()
    scroll = page.verticalScrollBar().value()
    window.next_button.setFocus()
    assert scroll > 0  # the spin box is further down the page
    _wheel(spin, +1)
    assert spin.value() == before and not spin.hasFocus()
    assert window.state.get("assumptions") is None  # nothing flowed into the case
    assert page.verticalScrollBar().value() < scroll  # the page scrolled up instead
    spin.setFocus()  # clicked into: now the wheel is the user's intent
    qtbot.waitUntil(spin.hasFocus)
    _wheel(spin, +1)
    assert spin.value() != before


def test_wheel_over_an_unfocused_combo_changes_nothing(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    window.go_to(1)
    combo = window.pages[1].findChildren(QComboBox)[0]
    index = combo.currentIndex()
    window.next_button.setFocus()
    _wheel(combo, -1)
    _wheel(combo, +1)
    assert combo.currentIndex() == index
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_numbers_are_reformatted_on_leaving_the_field(make_window, qtbot):
    window = make_window("nl")
    window.files.new_case()
    window.go_to(1)
    question = next(q for q in window.pages[1].questions if q.path == "company.annual_revenue_eur")
    editor = question.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.clear()
    qtbot.keyClicks(editor, "12000000")
    assert editor.text() == "12000000"  # left alone while typing
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # leaving the field
    assert editor.text() == "12.000.000"
    assert window.state.get("company.annual_revenue_eur") == 12_000_000


def test_window_title_names_the_company(make_window):
    window = make_window("nl")
    window.files.open_demo()
    name = window.state.get("company.name")
    assert window.windowTitle().startswith(name) and "Nieuwe casus" not in window.windowTitle()
    window.state.edit("company.name", "Staal & Co BV")
    assert window.windowTitle().startswith("Staal & Co BV")


def test_file_dialogs_start_in_documents_then_remember(make_window, monkeypatch, tmp_path):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from ui.file_actions import last_folder

    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    docs_dir = tmp_path / "Documents"
    docs_dir.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _l: str(docs_dir)))
    assert docs is not None and last_folder() == docs_dir  # the first time
    window = make_window("nl")
    window.files.open_demo()
    starts = []
    target = tmp_path / "klanten" / "casus.herstelscan.json"
    target.parent.mkdir()

    def save_dialog(_parent, _title, start, _filter):
        starts.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    assert window.files.save_as()
    assert starts[0].startswith(str(docs_dir))
    opened = []

    def open_dialog(_parent, _title, start, _filter):
        opened.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_dialog))
    window.files.open_case()
    assert opened == [str(target.parent)]  # the folder used last


def test_example_cases_are_offered_and_open_unsaved(make_window):
    window = make_window("nl")
    names = [a.text() for a in window.examples_menu.actions()]
    assert {"metaal-orderboek", "elektronica-china", "agrifood-export"} <= set(names)
    action = next(a for a in window.examples_menu.actions() if a.text() == "elektronica-china")
    action.trigger()
    assert window.state.case is not None and window.state.path is None  # never overwrites it


def test_qts_own_dialog_texts_are_dutch(make_window):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    make_window("nl")  # installs our translation and PySide6's qtbase_nl.qm
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == ["Annuleren", "Opslaan"]


def test_the_distancing_hint_says_what_the_model_does(make_window):
    from core.reference.assumptions import assumption_specs

    window = make_window("nl")
    why = window.pages[5].distancing.why.text()
    loss = assumption_specs()["distancing_loss_no"].value
    assert f"{loss * 100:g}%" in why and "locaties deels dicht" in why


def test_qts_file_dialog_labels_are_dutch_too(make_window):
    from PySide6.QtWidgets import QFileDialog, QLabel

    make_window("nl")
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert "&Zoeken in:" in labels and "Bestands&type:" in labels, labels
    dialog.deleteLater()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_page_scrolls_sideways_at_1024x700(make_window, qtbot, lang):
    window = make_window(lang)
    window.resize(1024, 700)
    window.files.open_demo()
    qtbot.waitUntil(lambda: window.pages[7].charts_ready, timeout=5000)
    wide = []
    for i, page in enumerate(window.pages):
        window.go_to(i)
        qtbot.wait(20)
        if page.horizontalScrollBar().maximum() > 0:
            wide.append((i, page.widget().minimumSizeHint().width(), page.viewport().width()))
    assert not wide


class _Screen:
    def __init__(self, width: int, height: int) -> None:
        from PySide6.QtCore import QRect

        self.rect = QRect(0, 0, width, height)

    def availableGeometry(self):  # Qt's name
        return self.rect


@pytest.mark.parametrize(("width", "height"), [(1024, 700), (2560, 1440)])
def test_the_window_fits_the_screen_it_opens_on(make_window, monkeypatch, width, height):
    """On a screen smaller than 1280×800 the window opens as large as the screen allows
    (and maximised), never cut off; on a large screen at the preferred 1280×800."""
    window = make_window("nl")
    window.hide()
    window.resize(1280, 800)
    monkeypatch.setattr(window, "screen", lambda: _Screen(width, height))
    monkeypatch.setattr(window, "showMaximized", window.show)  # offscreen has no desktop
    window.show_fitted()
    if width < 1280:
        assert window.width() <= width and window.height() <= height
    else:
        assert (window.width(), window.height()) == (1280, 800)
