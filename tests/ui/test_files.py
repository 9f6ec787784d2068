"""Open/save round trip, recent files, the unsaved-changes prompt, autosave recovery."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.case_file import load_case
from ui.app import build_window, offer_recovery
from ui.file_actions import recent_files


def test_save_and_open_round_trip(make_window, qtbot, tmp_path, monkeypatch, demo_path):
    window = make_window("nl")
    window.files.open_demo()
    window.state.edit("company.name", "Rondreis BV")
    assert window.state.dirty and window.isWindowModified()
    target = tmp_path / "rondreis"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert window.files.save()
    saved = tmp_path / "rondreis.herstelscan.json"
    assert saved.exists() and not window.state.dirty
    assert load_case(saved) == window.state.case
    assert str(saved) in recent_files()
    assert window.recent_menu.actions()[0].text() == str(saved)

    window.files.new_case()
    assert window.state.case is None
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(saved), ""))
    )
    assert window.files.open_case()
    assert window.state.case.company.name == "Rondreis BV"
    assert window.stack.currentIndex() == 7  # a complete case opens on its result


def test_unfinished_case_is_saved_and_reopened_as_it_was(make_window, tmp_path, monkeypatch):
    window = make_window("nl")
    window.files.new_case()
    window.state.edit("company.name", "Half BV")
    window.state.edit("company.annual_revenue_eur", "12a")
    path = tmp_path / "half.herstelscan.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    assert window.files.save()
    window.files.new_case()
    assert window.files.load(path)
    assert window.state.get("company.annual_revenue_eur") == "12a"
    assert window.pages[1].revenue.problem.isVisible()


def test_broken_file_gives_a_message_and_keeps_the_case(make_window, tmp_path, monkeypatch):
    window = make_window("nl")
    window.files.open_demo()
    bad = tmp_path / "kapot.herstelscan.json"
    bad.write_text("{ niet af", encoding="utf-8")
    messages = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: messages.append(text))
    )
    assert not window.files.load(bad)
    assert "kapot.herstelscan.json" in messages[0] and "niet veranderd" in messages[0]
    assert "regel 1" in messages[0]
    assert window.state.case.company.name == "Voorbeeld Metaal BV"


def test_newer_schema_is_refused_with_core_message(make_window, tmp_path, monkeypatch):
    window = make_window("nl")
    newer = tmp_path / "nieuw.herstelscan.json"
    newer.write_text(json.dumps({"schema_version": 99, "company": {}}), encoding="utf-8")
    messages = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: messages.append(text))
    )
    assert not window.files.load(newer)
    assert "nieuwere Herstelscan" in messages[0]


def test_close_with_unsaved_changes_asks(make_window, monkeypatch):
    window = make_window("nl")
    window.files.open_demo()
    window.state.edit("company.name", "Niet bewaard BV")
    asked = []

    def cancel(*args):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(cancel))
    assert not window.close()
    assert asked == ["Niet-opgeslagen wijzigingen"] and window.isVisible()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Discard)
    )
    assert window.close()


def test_autosave_recovery_restores_the_case(make_window, qtbot, monkeypatch):
    window = make_window("nl")
    window.files.new_case()
    window.state.edit("company.name", "Crash BV")
    window.state.edit("order_book.months", 3)
    autosave = next(h.__self__ for h in window.clean_close_hooks)
    autosave.save_now()  # what the timer does a second after the edit
    assert autosave.path.exists()
    # The process is killed: no clean close, and its lock is free (its process is gone).
    window.clean_close_hooks.clear()
    window.state.dirty = False
    autosave._lock.unlock()

    second, state, autosave2 = build_window("nl")
    qtbot.addWidget(second, before_close_func=lambda w: setattr(w.state, "dirty", False))
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes),
    )
    assert offer_recovery(second, autosave2)
    assert state.get("company.name") == "Crash BV" and state.get("order_book.months") == 3
    # The time in Dutch words, not ISO: "30 november 2026, 23:11".
    assert re.search(
        r"\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|"
        r"september|oktober|november|december) \d{4}, \d\d:\d\d\?",
        asked[0],
    )
    assert not re.search(r"\d{4}-\d\d-\d\d", asked[0])
    assert state.dirty  # restored answers are not saved yet
    autosave2.timer.stop()


def test_autosave_is_removed_after_a_clean_close(make_window, monkeypatch):
    window = make_window("nl")
    window.files.new_case()
    window.state.edit("company.name", "Netjes BV")
    autosave = next(h.__self__ for h in window.clean_close_hooks)
    autosave.save_now()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Discard)
    )
    assert window.close()
    assert not autosave.path.exists()


def test_autosave_timer_writes_after_an_edit(make_window, qtbot):
    window = make_window("nl")
    window.files.new_case()
    autosave = next(h.__self__ for h in window.clean_close_hooks)
    window.state.edit("company.name", "Timer BV")
    qtbot.waitUntil(autosave.path.exists, timeout=3000)
    assert (
        json.loads(autosave.path.read_text(encoding="utf-8"))["draft"]["company"]["name"]
        == "Timer BV"
    )


def test_unexpected_error_keeps_the_answers_and_says_what_to_do(make_window, monkeypatch):
    import sys

    from ui.errors import install_error_handler

    window = make_window("nl")
    window.files.new_case()
    window.state.edit("company.name", "Fout BV")
    autosave = next(h.__self__ for h in window.clean_close_hooks)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    handler = install_error_handler(window, autosave)
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    try:
        raise RuntimeError("kapotte grafiek")
    except RuntimeError as exc:
        handler(type(exc), exc, exc.__traceback__)
    assert "kapotte grafiek" in shown[0] and "herstelkopie" in shown[0]
    assert (
        json.loads(autosave.path.read_text(encoding="utf-8"))["draft"]["company"]["name"]
        == "Fout BV"
    )


def test_exported_workbook_opens_as_the_case(make_window, tmp_path, monkeypatch):
    window = make_window("nl")
    window.files.open_demo()
    window.state.edit("assumptions", {"elasticity": 2.5})  # changed assumptions travel along
    case = window.state.case
    out = tmp_path / "advies.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Close)
    )
    assert window.files.export_workbook() == out
    window.state.dirty = False
    window.files.new_case()
    assert window.files.load(out)
    assert window.state.case == case
    assert window.state.path is None  # Save asks for a case file name, never overwrites the .xlsx


def test_damaged_workbook_gives_a_message(make_window, tmp_path, monkeypatch):
    window = make_window("nl")
    window.files.open_demo()
    bad = tmp_path / "kapot.xlsx"
    bad.write_bytes(b"PK\x03\x04 geen echte werkmap")
    messages = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: messages.append(text))
    )
    assert not window.files.load(bad)
    assert "kapot.xlsx" in messages[0]
    assert window.state.case.company.name == "Voorbeeld Metaal BV"


def test_the_suggested_file_name_has_no_double_dot():
    """'Van Dijk B.V.' + '.xlsx' is 'Van Dijk B.V.xlsx', not 'B.V..xlsx' (Windows drops a
    trailing dot, and a member sees a typo)."""
    from ui.file_actions import suggested_name

    class Named:
        def get(self, path):
            return "Van Dijk Plaatbewerking B.V." if path == "company.name" else None

    assert suggested_name(Named(), ".xlsx") == "Van Dijk Plaatbewerking B.V.xlsx"


def test_export_page_says_the_case_is_saved_right_after_saving(make_window, monkeypatch, tmp_path):
    window = make_window("nl")
    window.files.open_demo()
    window.go_to(9)
    page = window.pages[9]
    assert "nog niet opgeslagen" in page.saved_label.text()
    target = tmp_path / "bewaard"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    page.save_button.click()
    assert "bewaard.herstelscan.json" in page.saved_label.text()  # without leaving the page


def _edited_export(window, tmp_path, monkeypatch):
    """The demo exported, then its revenue changed on the Invoer sheet as Excel saves it."""
    import openpyxl

    window.files.open_demo()
    out = tmp_path / "advies.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Close)
    )
    assert window.files.export_workbook() == out
    wb = openpyxl.load_workbook(out)
    ws = wb["Invoer"]
    row = next(
        r for r in range(1, ws.max_row + 1) if ws.cell(r, 6).value == "company.annual_revenue_eur"
    )
    ws.cell(row, 2).value = 3_000_000
    wb.save(out)
    window.state.dirty = False
    window.files.new_case()
    return out


@pytest.mark.parametrize(
    ("button", "revenue"),
    [
        ("Waarden van het blad gebruiken", 3_000_000),
        ("Opgeslagen casus gebruiken", 12_000_000),
        (None, None),
    ],
)
def test_opening_an_edited_workbook_asks_which_values_to_use(
    make_window, tmp_path, monkeypatch, button, revenue
):
    """Issue 20 item 2: the dialog lists each changed field with both values; the choice
    decides the case, and Cancel keeps the current one."""
    window = make_window("nl")
    out = _edited_export(window, tmp_path, monkeypatch)
    before = window.state.raw
    shown: list[tuple[str, str, list[str]]] = []

    def answer(box):
        shown.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        if button is None:
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            next(b for b in box.buttons() if b.text() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert window.files.load(out) == (button is not None)
    text, details, buttons = shown[0]
    assert "advies.xlsx" in text and "Excel of LibreOffice" in text
    assert details == (
        "company.annual_revenue_eur: op het blad 3.000.000, in de opgeslagen casus 12.000.000"
    )
    assert "Waarden van het blad gebruiken" in buttons and "Opgeslagen casus gebruiken" in buttons
    if revenue is None:
        assert window.state.raw == before
    else:
        assert window.state.case.company.annual_revenue_eur == revenue
