"""The Windows check under Wine (installer/wine_check.sh): its comparison, its wiring, its facts.

The check itself takes minutes and needs Wine; CI runs it (``.ci/run``). These tests keep
the parts that decide its verdict honest: the comparison of the Windows run with the
Linux run must catch a changed verdict, NOW amount, total or workbook cell, and nothing
but the run's date may be ignored.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from openpyxl import Workbook

from tests.conftest import ROOT

INSTALLER = ROOT / "installer"


def _compare() -> ModuleType:
    spec = importlib.util.spec_from_file_location("wine_compare", INSTALLER / "wine_compare.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["wine_compare"] = module
    spec.loader.exec_module(module)
    return module


wc = _compare()


def _result() -> dict[str, Any]:
    return {
        "schema_version": 1,
        "generated_on": "2026-12-07",
        "totals": {"claimable_now": {"subsidy": 10800.0}, "chosen_scenario": {"subsidy": 10800.0}},
        "now": [
            {
                "tranche": "NOW-1",
                "scenario": "cpb2",
                "eligible": True,
                "subsidy_eur": 321841.85,
                "advance_eur": 257473.48,
                "window": ["2020-03", "2020-05"],
                "drop": 0.301234,
            }
        ],
        "measures": [
            {
                "id": "now",
                "verdict": "eligible",
                "amount_eur": 321841.85,
                "by_scenario": {"cpb1": {"verdict": "not_eligible", "amount_eur": None}},
            }
        ],
        "answer": {"nl": "In Scenario II ...", "en": "In Scenario II ..."},
    }


def _write(
    tmp: Path, name: str, result: dict[str, Any], cell: Any = 3024633.0
) -> tuple[Path, Path]:
    j = tmp / f"{name}.json"
    j.write_text(json.dumps(result), encoding="utf-8")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Samenvatting"
    ws["A1"] = "Gemiste omzet"
    ws["B1"] = cell
    x = tmp / f"{name}.xlsx"
    wb.save(x)
    return j, x


def _run(tmp: Path, win: dict[str, Any], cell: Any = 3024633.0) -> int:
    (tmp / "w").mkdir(exist_ok=True)
    (tmp / "l").mkdir(exist_ok=True)
    wj, wx = _write(tmp / "w", "case", win, cell)
    lj, lx = _write(tmp / "l", "case", _result())
    return int(wc.compare_results(wj, lj, wx, lx))


def test_identical_runs_pass_and_the_date_is_ignored(tmp_path: Path, capsys: Any) -> None:
    win = _result()
    win["generated_on"] = "2026-12-08"
    assert _run(tmp_path, win) == 0
    assert "1 verdicts, 1 NOW tranche x scenario" in capsys.readouterr().out


@pytest.mark.parametrize(
    "change",
    [
        lambda r: r["measures"][0].update(verdict="possible"),
        lambda r: r["measures"][0]["by_scenario"]["cpb1"].update(verdict="eligible"),
        lambda r: r["now"][0].update(subsidy_eur=321841.86),
        lambda r: r["now"][0].update(eligible=False),
        lambda r: r["now"][0].update(window=["2020-04", "2020-06"]),
        lambda r: r["totals"]["claimable_now"].update(subsidy=10799.99),
        lambda r: r["now"][0].update(drop=0.301235),
        lambda r: r["answer"].update(nl="In Scenario III ..."),
        lambda r: r.pop("answer"),
    ],
)
def test_any_difference_in_the_result_fails(tmp_path: Path, change: Any, capsys: Any) -> None:
    win = copy.deepcopy(_result())
    change(win)
    assert _run(tmp_path, win) == 1
    assert "DIFFER case.json" in capsys.readouterr().out


def test_a_different_workbook_cell_fails(tmp_path: Path, capsys: Any) -> None:
    assert _run(tmp_path, _result(), cell=3024634.0) == 1
    assert "xlsx Samenvatting (visible)!B1" in capsys.readouterr().out


def test_numbers_equal_up_to_float_noise_and_types_matter() -> None:
    assert wc.same_value(0.1 + 0.2, 0.3)
    assert not wc.same_value(1.0, True)
    assert not wc.same_value("1", 1)
    assert not wc.same_value(None, 0)


def _png(path: Path, w: int, h: int) -> None:
    import struct
    import zlib

    raw = b"".join(b"\x00" + bytes(range(256))[: w * 3].ljust(w * 3, b"\x7f") for _ in range(h))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))  # noqa: E731
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 0))
        + chunk(b"IEND", b"")
    )


def test_screenshots_need_the_same_pages(tmp_path: Path, capsys: Any) -> None:
    win, linux = tmp_path / "win", tmp_path / "linux"
    win.mkdir()
    linux.mkdir()
    for d in (win, linux):
        _png(d / "nl-01-start.png", 40, 40)
    _png(win / "nl-08-resultaat.png", 40, 41)
    _png(linux / "nl-08-resultaat.png", 40, 40)
    assert wc.compare_shots(win, linux) == 0  # a page's height follows its fonts: reported only
    assert "nl-08-resultaat.png 40x41" in capsys.readouterr().out
    _png(linux / "nl-09-maatregelen.png", 40, 40)
    assert wc.compare_shots(win, linux) == 1
    assert "only on Linux ['nl-09-maatregelen.png']" in capsys.readouterr().out
    (win / "nl-09-maatregelen.png").write_bytes(b"not a png" * 400)
    assert wc.compare_shots(win, linux) == 1
    assert "nl-09-maatregelen.png: not a real PNG" in capsys.readouterr().out


def test_ci_runs_the_wine_check_after_tests_lint_and_types() -> None:
    lines = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    at = {
        name: next(i for i, line in enumerate(lines) if name in line)
        for name in ("pytest", "ruff format", "mypy")
    }
    assert lines[-1] == "bash installer/wine_check.sh"
    assert all(i < len(lines) - 1 for i in at.values())


def test_the_script_parses_and_knows_the_installers_app_id() -> None:
    script = (INSTALLER / "wine_check.sh").read_text(encoding="utf-8")
    subprocess.run(["bash", "-n", str(INSTALLER / "wine_check.sh")], check=True)
    iss = (INSTALLER / "herstelscan.iss").read_text(encoding="utf-8")
    app_id = re.search(r"^AppId=\{(\{[0-9A-F-]+\})$", iss, re.M)
    assert app_id, "AppId not found in herstelscan.iss"
    assert f"APP_ID='{app_id.group(1)}_is1'" in script
    for shim in ("ucrt_complex.c", "icuuc_stub.c"):
        assert (INSTALLER / "wine" / shim).is_file()
        assert f"$HERE/wine/{shim}" in script


def test_per_user_folder_is_named_without_autopf() -> None:
    """The members' default install goes to %LOCALAPPDATA%\\Programs, named directly, so the
    Wine check tests it (Wine 8.0 cannot expand {autopf} per user); all users: Program Files."""
    iss = (INSTALLER / "herstelscan.iss").read_text(encoding="utf-8")
    assert re.search(r"^DefaultDirName=\{code:DefaultAppDir\}\\\{#AppName\}$", iss, re.M)
    assert "{autopf}" not in "\n".join(
        line
        for line in iss.splitlines()
        if not line.startswith(";") and not line.lstrip().startswith("//")
    )
    code = iss.split("[Code]", 1)[1]
    assert re.search(
        r"if IsAdminInstallMode then\s+Result := ExpandConstant\('\{commonpf\}'\)\s+"
        r"else\s+Result := ExpandConstant\('\{localappdata\}\\Programs'\);",
        code,
    )
