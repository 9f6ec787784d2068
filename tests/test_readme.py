"""The README's quick start is what CI runs: keep the two in step."""

from __future__ import annotations

from tests.conftest import ROOT


def quick_start_lines() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Quick start", 1)[1].split("```", 2)[1]
    return [
        line.strip() for line in block.splitlines()[1:] if line.strip() and not line.startswith("#")
    ]


def test_ci_runs_the_readme_test_line_exactly() -> None:
    lines = quick_start_lines()
    assert len(lines) == 2
    app_line, test_line = lines
    assert "main.py" in app_line and "pytest" in test_line
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_line in ci
