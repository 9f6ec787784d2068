"""Atomic writes: a kill mid-write loses nothing and its leftovers go next time."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import BinaryIO

import pytest

from core.atomic import WriteError, write_atomic, write_text_atomic
from tests.conftest import ROOT

WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from core.atomic import write_atomic

    def write(fh):
        fh.write(b"half of the new")
        fh.flush()
        print("writing", flush=True)
        time.sleep(120)

    write_atomic(Path(sys.argv[1]), write)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_kill_during_a_write_keeps_the_old_file_and_the_next_write_cleans_up(
    tmp_path: Path,
) -> None:
    target = tmp_path / "case.xlsx"
    target.write_bytes(b"the old file")
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
        leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert len(leftovers) == 1 and f".case.xlsx.{proc.pid}." in leftovers[0].name
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert target.read_bytes() == b"the old file"
    assert leftovers[0].exists()  # the killed run could not clean up after itself
    write_text_atomic(target, "the next run")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.xlsx"]
    assert target.read_text(encoding="utf-8") == "the next run"


def test_a_live_writers_temporary_file_is_left_alone(tmp_path: Path) -> None:
    import os

    target = tmp_path / "x.json"
    mine = tmp_path / f".x.json.{os.getpid()}.abcdefgh.tmp"  # this process is alive
    mine.write_bytes(b"")
    write_text_atomic(target, "{}")
    assert mine.exists()


def test_a_failed_write_leaves_no_temporary_file_and_the_old_content(tmp_path: Path) -> None:
    target = tmp_path / "keep.json"
    target.write_text("old", encoding="utf-8")

    def broken(fh: BinaryIO) -> None:
        fh.write(b"partial")
        raise RuntimeError("the writer failed")

    with pytest.raises(RuntimeError):
        write_atomic(target, broken)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.json"]
    assert target.read_text(encoding="utf-8") == "old"


def test_a_folder_as_target_is_a_write_error(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as info:
        write_text_atomic(tmp_path, "x")
    assert "folder" in info.value.message("en")
