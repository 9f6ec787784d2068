"""Every control has an accessible name, Tab follows the page, menus have shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
)

CONTROLS = (QLineEdit, QComboBox, QAbstractButton, QAbstractSpinBox, QAbstractItemView)


def _accessible_name(widget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_control_has_an_accessible_name(make_window, qtbot, lang):
    window = make_window(lang)
    window.files.open_demo()
    missing = []
    for i, page in enumerate(window.pages):
        window.go_to(i)
        if hasattr(page, "ensure_charts"):
            page.ensure_charts()
        for widget in page.findChildren(CONTROLS[0].__mro__[1]):  # every QWidget
            if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(page):
                continue
            if isinstance(widget.parent(), QComboBox | QAbstractSpinBox | QAbstractItemView):
                continue  # parts of a combo, spin box or table are named by their parent
            if (
                isinstance(widget, QAbstractButton)
                and widget.parent() is not None
                and widget.parent().inherits("QScrollBar")
            ):
                continue
            if not _accessible_name(widget).strip():
                missing.append(f"page {i + 1}: {type(widget).__name__} {widget.objectName()!r}")
    assert not missing, missing


def test_tab_order_follows_the_questions(make_window, qtbot):
    window = make_window("nl")
    window.files.new_case()
    for index in (1, 2, 5, 6):
        page = window.pages[index]
        editors = [q.editor for q in page.questions]
        chain, widget = [], editors[0]
        for _ in range(200):
            if widget in editors and widget not in chain:
                chain.append(widget)
            widget = widget.nextInFocusChain()
        assert chain == editors, f"page {index + 1}"


def test_buddy_labels_give_mnemonics(make_window):
    window = make_window("nl")
    company = window.pages[1]
    assert company.name.label.buddy() is company.name.editor
    assert company.name.label.text() == "&Bedrijfsnaam"  # Alt+B jumps to the field
    assert _accessible_name(company.revenue.editor) == "Normale jaaromzet"


def test_menu_shortcuts(make_window):
    window = make_window("nl")
    shortcuts = {
        a.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        for menu in window.menuBar().actions()
        for a in menu.menu().actions()
    }
    for key in ("Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+E", "Ctrl+Z", "F1", "Ctrl+Q"):
        assert key in shortcuts


def test_back_next_and_step_list(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    window.go_to(0)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == 1 and window.step_label.text() == "Stap 2 van 10"
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == 0 and not window.back_button.isEnabled()
    window.step_list.setCurrentRow(8)  # clicking a step jumps to it
    assert window.stack.currentIndex() == 8
    assert window.progress.value() == 6 and "6 van 6" in window.progress_label.text()


# A real top-level dialog sets its size limits; the offscreen platform cannot pass them on.
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_help_and_about(make_window, qtbot, monkeypatch):
    window = make_window("nl")
    window.show_help()
    from PySide6.QtWidgets import QApplication, QDialog

    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    assert dialogs and dialogs[0].windowTitle() == "Help"
    dialogs[0].close()
    shown = []
    monkeypatch.setattr(
        QMessageBox, "about", staticmethod(lambda parent, title, text: shown.append((title, text)))
    )
    window.show_about()
    title, text = shown[0]
    assert title == "Over Herstelscan"
    from core import __version__

    assert __version__ in text and "verlaat niets deze pc" in text and "Disclaimer" in text
    assert "Catalogus van maatregelen bijgewerkt tot: 20" in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_alt_keys_are_unique_on_every_page(make_window, lang):
    from PySide6.QtWidgets import QLabel, QPushButton

    window = make_window(lang)
    window.files.open_demo()
    nav = [window.back_button.text(), window.next_button.text()]
    clashes = []
    for i, page in enumerate(window.pages):
        window.go_to(i)
        texts = list(nav)
        texts += [
            w.text()
            for w in page.findChildren(QLabel)
            if w.buddy() is not None and w.isVisibleTo(page)
        ]
        texts += [w.text() for w in page.findChildren(QPushButton) if w.isVisibleTo(page)]
        keys = [QKeySequence.mnemonic(t).toString() for t in texts]
        keys = [k for k in keys if k]
        dupes = {k for k in keys if keys.count(k) > 1}
        if dupes:
            clashes.append((i + 1, sorted(dupes)))
    assert not clashes
