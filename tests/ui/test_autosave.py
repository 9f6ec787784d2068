"""Autosave that really saves: steady typing, two instances, a crash, a start with a file."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import ROOT
from tests.ui.conftest import DEMO
from ui.app import build_window, offer_recovery, start_with
from ui.autosave import Autosave
from ui.state import CaseState


def _autosave(window) -> Autosave:
    return next(h.__self__ for h in window.clean_close_hooks)


def _answer(monkeypatch, button, asked: list[str] | None = None) -> None:
    def question(parent, title, text, *rest):
        if asked is not None:
            asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


def _crash(window) -> Path:
    """What a kill leaves: the draft on disk, no clean close, the lock's owner gone."""
    autosave = _autosave(window)
    autosave.save_now()
    assert autosave.path.exists()
    window.clean_close_hooks.clear()
    window.state.dirty = False
    autosave.timer.stop()
    autosave._lock.unlock()  # the OS ends the process; QLockFile then sees it as stale
    return autosave.path


def test_steady_typing_is_saved_within_the_delay(make_window, qtbot) -> None:
    window = make_window("nl")
    window.files.new_case()
    autosave = _autosave(window)
    # One key every 0.3 s for 2.4 s: a restarting timer would never fire.
    for i in range(8):
        window.state.edit("company.name", f"Typ {'x' * i}", coalesce=False)
        qtbot.wait(300)
    assert autosave.path.exists()
    name = json.loads(autosave.path.read_text(encoding="utf-8"))["draft"]["company"]["name"]
    assert name.startswith("Typ")


def test_a_second_instance_never_offers_or_touches_a_running_ones_draft(
    make_window, qtbot, monkeypatch
) -> None:
    first = make_window("nl")
    first.files.new_case()
    first.state.edit("company.name", "Levend BV")
    live = _autosave(first)
    live.save_now()
    second, _state, autosave2 = build_window("nl")
    qtbot.addWidget(second, before_close_func=lambda w: setattr(w.state, "dirty", False))
    asked: list[str] = []
    _answer(monkeypatch, QMessageBox.StandardButton.No, asked)
    assert not offer_recovery(second, autosave2)
    assert asked == [] and live.path.exists() and autosave2.path != live.path
    # The second instance loads a file; its autosave removes only its own draft.
    assert second.files.load(DEMO)
    autosave2.save_now()
    assert live.path.exists()
    autosave2.release()


def test_recovery_is_offered_when_the_app_starts_with_a_file(make_window, qtbot, monkeypatch):
    crashed = make_window("nl")
    crashed.files.new_case()
    crashed.state.edit("company.name", "Crash BV")
    draft = _crash(crashed)

    # Declined: the file from the command line opens and the old draft is gone.
    second, state, autosave2 = build_window("nl")
    qtbot.addWidget(second, before_close_func=lambda w: setattr(w.state, "dirty", False))
    asked: list[str] = []
    _answer(monkeypatch, QMessageBox.StandardButton.No, asked)
    start_with(second, autosave2, False, DEMO)
    assert len(asked) == 1 and "Crash BV" in asked[0]
    assert state.get("company.name") == "Voorbeeld Metaal BV" and not draft.exists()
    autosave2.release()


def test_a_restored_draft_wins_over_the_file_and_loading_keeps_other_drafts(
    make_window, qtbot, monkeypatch
):
    one = make_window("nl")
    one.files.new_case()
    one.state.edit("company.name", "Eerste BV")
    first_draft = _crash(one)
    two = make_window("nl")
    two.files.new_case()
    two.state.edit("company.name", "Tweede BV")
    second_draft = _crash(two)

    third, state, autosave3 = build_window("nl")
    qtbot.addWidget(third, before_close_func=lambda w: setattr(w.state, "dirty", False))
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    start_with(third, autosave3, False, DEMO)
    restored = state.get("company.name")
    assert restored in {"Eerste BV", "Tweede BV"} and state.dirty
    # The restored draft now lives in this instance's own file; the other one waits.
    assert autosave3.path.exists()
    left = [p for p in (first_draft, second_draft) if p.exists()]
    assert len(left) == 1
    autosave3.timer.stop()
    autosave3.release()
    fourth, state4, autosave4 = build_window("nl")
    qtbot.addWidget(fourth, before_close_func=lambda w: setattr(w.state, "dirty", False))
    assert offer_recovery(fourth, autosave4)
    assert {state4.get("company.name"), restored} == {"Eerste BV", "Tweede BV"}
    autosave4.timer.stop()
    autosave4.release()


KILLED = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from ui.autosave import Autosave
    from ui.state import CaseState, empty_draft

    app = QApplication([])
    state = CaseState()
    autosave = Autosave(state, folder=Path(sys.argv[1]))
    state.set_raw(empty_draft())
    state.edit("company.name", "Gedood BV")
    autosave.save_now()
    print("saved", flush=True)
    time.sleep(120)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_instances_draft_is_offered(tmp_path: Path, qapp) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED, str(tmp_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "saved"
        # While it runs, its draft is not offered.
        assert Autosave(CaseState(), folder=tmp_path).orphans() == []
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    orphans = Autosave(CaseState(), folder=tmp_path).orphans()
    assert [o.payload["draft"]["company"]["name"] for o in orphans] == ["Gedood BV"]


def test_typing_310_digits_is_a_message_not_an_overflow(qtbot) -> None:
    from ui.widgets.fields import NumberEditor

    editor = NumberEditor(integer=True)
    qtbot.addWidget(editor)
    editor.setText("9" * 310)
    assert editor.value() == "9" * 310


def _unwritable(autosave: Autosave, tmp_path: Path) -> Path:
    """Point the autosave at a folder that cannot exist (a file is in the way; as root too)."""
    blocker = tmp_path / "data"
    blocker.write_text("not a folder", encoding="utf-8")
    autosave.root = blocker / "Herstelscan"
    autosave.folder = autosave.root / "drafts"
    autosave.path = autosave.folder / autosave.path.name
    return blocker


def test_a_failed_autosave_is_shown_and_recovers_when_the_folder_can_be_written(
    make_window, qtbot, tmp_path
) -> None:
    window = make_window("nl")
    window.files.new_case()
    autosave = _autosave(window)
    blocker = _unwritable(autosave, tmp_path)
    autosave.retry.setInterval(200)
    window.state.edit("company.name", "Onschrijfbaar BV")
    autosave.save_now()
    assert autosave.last_error and not autosave.kept and not autosave.path.exists()
    shown = window.statusBar().currentMessage()
    assert "Automatisch bewaren mislukt" in shown and str(autosave.folder) in shown
    # The folder becomes writable: the retry writes the draft without another edit.
    blocker.unlink()
    qtbot.waitUntil(autosave.path.exists, timeout=3000)
    assert autosave.kept and autosave.last_error is None
    draft = json.loads(autosave.path.read_text(encoding="utf-8"))["draft"]
    assert draft["company"]["name"] == "Onschrijfbaar BV"
    assert "werkt weer" in window.statusBar().currentMessage()


def test_the_failed_save_dialog_says_whether_the_draft_is_really_kept(
    make_window, tmp_path, monkeypatch
) -> None:
    window = make_window("nl")
    window.files.new_case()
    window.state.edit("company.name", "Dialoog BV")
    autosave = _autosave(window)
    told: list[str] = []

    def warning(parent, title, text, *rest):
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    target = tmp_path / "missing" / "case.herstelscan.json"
    # Autosave works: the dialog may say the answers are kept, and they are.
    assert not window.files._write(target)
    assert "worden automatisch bewaard" in told[-1] and autosave.path.exists()
    autosave.clear()
    _unwritable(autosave, tmp_path)
    assert not window.files._write(target)
    assert "worden automatisch bewaard" not in told[-1]
    assert "NIET" in told[-1] and str(autosave.folder) in told[-1]
    assert not autosave.path.exists()
    autosave.retry.stop()


def test_the_crash_message_never_claims_a_recovery_copy_that_was_not_written(
    make_window, tmp_path, monkeypatch
) -> None:
    import sys as _sys

    from ui.errors import install_error_handler

    window = make_window("nl")
    window.files.new_case()
    window.state.edit("company.name", "Crash BV")
    autosave = _autosave(window)
    told: list[str] = []

    def critical(parent, title, text, *rest):
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    monkeypatch.setattr(_sys, "excepthook", _sys.excepthook)
    handle = install_error_handler(window, autosave)
    handle(RuntimeError, RuntimeError("boem"), None)
    assert "veilig" in told[-1] and autosave.path.exists()
    autosave.clear()
    _unwritable(autosave, tmp_path)
    handle(RuntimeError, RuntimeError("boem"), None)
    assert "veilig" not in told[-1] and "NIET" in told[-1]
    autosave.retry.stop()


LEGACY_DRAFT = {
    "saved_at": "2026-01-05T10:00:00",
    "file": None,
    "draft": {"company": {"name": "Oud BV"}},
}


def test_the_legacy_draft_is_offered_by_one_of_two_instances_starting_together(
    tmp_path: Path, qapp
) -> None:
    """Issue 20 item 7: the single draft of earlier versions had no lock, so two
    instances starting together both offered it (and both could restore it)."""
    (tmp_path / "autosave.herstelscan.json").write_text(json.dumps(LEGACY_DRAFT), "utf-8")
    first, second = Autosave(CaseState(), folder=tmp_path), Autosave(CaseState(), folder=tmp_path)
    offered = [o.payload["draft"]["company"]["name"] for o in first.orphans()]
    assert offered == ["Oud BV"]
    assert second.orphans() == []  # claimed by the first while it is offered
    first.release()  # the first closes without deciding: the draft is still there
    assert [o.payload["draft"]["company"]["name"] for o in second.orphans()] == ["Oud BV"]
    second.release()


@pytest.mark.skipif(sys.platform == "win32", reason="a child that holds the claim")
def test_the_legacy_draft_claimed_by_another_process_is_not_offered(tmp_path: Path, qapp) -> None:
    (tmp_path / "autosave.herstelscan.json").write_text(json.dumps(LEGACY_DRAFT), "utf-8")
    child = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])
        from ui.autosave import Autosave
        from ui.state import CaseState
        autosave = Autosave(CaseState(), folder=Path(sys.argv[1]))
        print(len(autosave.orphans()), flush=True)
        time.sleep(120)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", child, str(tmp_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "1"
        assert Autosave(CaseState(), folder=tmp_path).orphans() == []
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    # Its claimant is gone: the draft is offered again.
    assert len(Autosave(CaseState(), folder=tmp_path).orphans()) == 1
