"""End to end: ``main.py assess --xlsx`` writes the workbook, ``main.py assess OUT.xlsx``
reads it back to the same results; failures are messages with an exit status, and a
failed write leaves nothing half-written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.atomic import WriteError
from core.report import workbook as workbook_module
from core.report.workbook import write_workbook
from tests.conftest import run_main as run
from tests.test_report_helpers import METAAL, example_result


def test_assess_writes_a_workbook_that_assesses_to_the_same_result(tmp_path: Path) -> None:
    xlsx, first, second = tmp_path / "advies.xlsx", tmp_path / "a.json", tmp_path / "b.json"
    out = run("assess", METAAL, "--xlsx", xlsx, "--json", first, "--today", "2025-01-15")
    assert out.returncode == 0, out.stderr
    book = load_workbook(xlsx, read_only=True)
    assert book.sheetnames[:2] == ["Samenvatting", "Invoer"]
    book.close()
    out = run("assess", xlsx, "--json", second, "--today", "2025-01-15", "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert "Voorbeeld Metaal BV" in out.stdout
    assert json.loads(second.read_text("utf-8")) == json.loads(first.read_text("utf-8"))


def test_english_workbook_from_the_command_line(tmp_path: Path) -> None:
    xlsx = tmp_path / "advice.xlsx"
    out = run("assess", METAAL, "--xlsx", xlsx, "--lang", "en")
    assert out.returncode == 0, out.stderr
    book = load_workbook(xlsx, read_only=True)
    assert book.sheetnames[:3] == ["Summary", "Inputs", "Exposure"]
    book.close()


def test_a_workbook_that_is_not_ours_exits_2_without_a_traceback(tmp_path: Path) -> None:
    fake = tmp_path / "lijst.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    out = run("assess", fake)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert str(fake) in out.stderr and "Excel" in out.stderr


def test_missing_folder_gives_a_message_and_status_1(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "advies.xlsx"
    out = run("assess", METAAL, "--xlsx", target)
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    assert str(target) in out.stderr and "bestaat niet" in out.stderr
    assert not target.parent.exists()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_file_held_open_elsewhere_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Excel on Windows holds the file: the rename fails with PermissionError."""
    target = tmp_path / "advies.xlsx"
    target.write_bytes(b"old report")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    monkeypatch.setattr("core.atomic.time.sleep", lambda s: None)
    with pytest.raises(WriteError) as info:
        write_workbook(example_result(), target)
    assert str(target) in info.value.message("nl") and "Excel" in info.value.message("nl")
    assert "Close it" in info.value.message("en")
    assert target.read_bytes() == b"old report"
    assert _leftovers(tmp_path) == ["advies.xlsx"]


def test_failure_while_writing_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "advies.xlsx"
    real_build = workbook_module.build_workbook

    def half_then_disk_full(result: object, lang: str = "nl") -> object:
        wb = real_build(result, lang)  # type: ignore[arg-type]

        def save(fh: object) -> None:
            fh.write(b"PK\x03\x04partial")  # type: ignore[attr-defined]
            raise OSError(28, "No space left on device")

        wb.save = save  # type: ignore[method-assign]
        return wb

    monkeypatch.setattr(workbook_module, "build_workbook", half_then_disk_full)
    with pytest.raises(WriteError) as info:
        write_workbook(example_result(), target)
    # issue 20 item 7: a Dutch reason in the Dutch sentence, not the system's English
    assert "the disk is full" in info.value.message("en")
    assert "de schijf is vol" in info.value.message("nl")
    assert "No space left" not in info.value.message("nl")
    assert _leftovers(tmp_path) == []


def test_target_that_is_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "advies.xlsx"
    target.mkdir()
    with pytest.raises(WriteError) as info:
        write_workbook(example_result(), target)
    assert str(target) in info.value.message("en")
    assert _leftovers(tmp_path) == ["advies.xlsx"] and target.is_dir()
