"""Issue 20, items 3 and 4: inputs and outputs that are not regular files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT

METAAL = EXAMPLES / "metaal-orderboek.herstelscan.json"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX special files")


def _assess(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "assess", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )


@posix_only
@pytest.mark.parametrize("suffix", [".xlsx", ".herstelscan.json"])
def test_a_symlink_to_dev_zero_is_refused_at_once(suffix: str, tmp_path: Path) -> None:
    link = tmp_path / f"zero{suffix}"
    link.symlink_to("/dev/zero")
    out = _assess(str(link), timeout=20)
    assert out.returncode == 2, out.stderr
    assert "apparaat, geen gewoon bestand" in out.stderr


@posix_only
@pytest.mark.parametrize("suffix", [".xlsx", ".herstelscan.json"])
def test_a_fifo_is_refused_at_once_not_waited_on(suffix: str, tmp_path: Path) -> None:
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)
    out = _assess(str(fifo), "--lang", "en", timeout=20)  # before: hung for ever
    assert out.returncode == 2, out.stderr
    assert "named pipe (FIFO), not a regular file" in out.stderr


@posix_only
def test_a_symlink_to_a_device_is_written_through_not_renamed_over(tmp_path: Path) -> None:
    link = tmp_path / "out.json"
    link.symlink_to("/dev/null")
    out = _assess(str(METAAL), "--json", str(link))
    assert out.returncode == 0, out.stderr
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    assert Path("/dev/null").is_char_device()


@posix_only
def test_a_fifo_output_receives_the_result_through_it(tmp_path: Path) -> None:
    import json
    import threading

    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    out = _assess(str(METAAL), "--json", str(fifo))
    reader.join(10)
    assert out.returncode == 0, out.stderr
    assert fifo.is_fifo()  # still the FIFO, not a regular file renamed over it
    assert json.loads(got[0])["schema_version"]


@posix_only
def test_a_symlinked_output_updates_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real.name)
    out = _assess(str(METAAL), "--json", str(link))
    assert out.returncode == 0, out.stderr
    assert link.is_symlink() and os.readlink(link) == real.name
    assert real.read_text(encoding="utf-8").startswith("{")


@posix_only
def test_a_socket_output_is_refused_with_exit_2(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s.json"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
        out = _assess(str(METAAL), "--json", str(path), "--lang", "en")
    finally:
        sock.close()
    assert out.returncode == 2, out.stderr
    assert "not a regular file" in out.stderr


def test_a_missing_folder_with_a_slash_is_not_written_as_a_file(tmp_path: Path) -> None:
    target = str(tmp_path / "newdir") + "/"
    out = _assess(str(METAAL), "--xlsx", target, "--lang", "en")
    assert out.returncode == 2, out.stderr
    assert "names a folder" in out.stderr
    assert not (tmp_path / "newdir").exists()


def test_dash_writes_the_result_to_standard_output(tmp_path: Path) -> None:
    import json

    out = _assess(str(METAAL), "--json", "-")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["schema_version"]
    assert "Voorbeeld" in out.stderr  # the summary moves to stderr


def test_when_the_second_output_fails_the_first_is_not_written(tmp_path: Path) -> None:
    xlsx = tmp_path / "a.xlsx"
    out = _assess(str(METAAL), "--xlsx", str(xlsx), "--json", str(tmp_path / "missing" / "r.json"))
    assert out.returncode == 1 and "bestaat niet" in out.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_long_valid_name_can_be_written(tmp_path: Path) -> None:
    target = tmp_path / ("r" * 245 + ".json")  # 250 bytes: a valid name; NAME_MAX is 255
    out = _assess(str(METAAL), "--json", str(target))
    assert out.returncode == 0, out.stderr
    assert target.read_text(encoding="utf-8").startswith("{")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def _file_size_limit(limit: int):  # type: ignore[no-untyped-def]
    """A child whose files cannot grow past ``limit`` bytes: a write past it fails as on
    a full disk (EFBIG; SIGXFSZ is ignored so the write returns the error)."""

    def apply() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@posix_only
def test_a_disk_that_fills_during_the_workbook_prints_no_traceback_fragment(
    tmp_path: Path,
) -> None:
    """Issue 20 item 7: the workbook's zip, left open by the failed write, used to be
    collected after its handle was closed and printed 'Exception ignored ... ZipFile'."""
    target = tmp_path / "advies.xlsx"
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "assess", str(METAAL), "--xlsx", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        preexec_fn=_file_size_limit(20_000),  # the workbook is about 50 kB
    )
    assert out.returncode == 1, out.stderr
    assert "Kan " in out.stderr and str(target) in out.stderr
    assert "groter dan het systeem toestaat" in out.stderr, out.stderr
    for fragment in ("Exception ignored", "Traceback", "ZipFile", "closed file"):
        assert fragment not in out.stderr, out.stderr
    assert not target.exists() and list(tmp_path.iterdir()) == []
