"""Help > Method opens the method text in the UI language, with a table of contents."""

from __future__ import annotations

import pytest

from core.reference.method import sections


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_help_menu_opens_the_method_in_the_ui_language(make_window, qtbot, lang):
    window = make_window(lang)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    help_menu = menus[-1]
    assert window.method_action in help_menu.actions()
    assert window.method_action.text() == ("&Methode" if lang == "nl" else "&Method")
    window.method_action.trigger()
    dialog = window.method_dialog
    qtbot.waitExposed(dialog)
    secs = sections(lang)
    toc = [dialog.toc.item(i).text() for i in range(dialog.toc.count())]
    assert toc == [f"§ {s.number}  {s.title}" for s in secs]
    # The first section is shown, rendered from Markdown (no '#' marks left).
    assert secs[0].title in dialog.text.toPlainText()
    assert "# " not in dialog.text.toPlainText().splitlines()[0]
    # Choosing NOW in the contents shows its wage caps per tranche.
    dialog.show_number(5)
    shown = dialog.text.toPlainText()
    assert ("9.718" if lang == "nl" else "9,718") in shown
    assert dialog.toc.currentItem().text().startswith("§ 5")
    dialog.close()
