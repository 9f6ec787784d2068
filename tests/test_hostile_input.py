"""Every reproducer of issue 14 (a fuzz campaign's findings) as a regression test.

Bad input of any shape ends in exit 2 with one short, single-line, field-named line per
problem and nothing written; outputs never replace the input or each other.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from core.advice.assess import assess
from core.atomic import WriteError, write_text_atomic
from core.case_file import load_case, save_case
from core.inputs.limits import MAX_CASE_BYTES, MAX_DEPTH, MAX_ROWS
from core.inputs.problems import MAX_FIELD_CHARS, MAX_MESSAGE_CHARS
from core.inputs.validation import CaseError, check_case, load_case_json, parse_case
from core.report.reader import read_case_from_workbook
from core.report.workbook import write_workbook
from tests.conftest import EXAMPLES
from tests.conftest import run_main as run
from tests.test_report_helpers import TODAY

METAAL = EXAMPLES / "metaal-orderboek.herstelscan.json"
LINE_LIMIT = MAX_FIELD_CHARS + MAX_MESSAGE_CHARS + 4


def example() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(METAAL.read_text(encoding="utf-8"))
    return raw


def _problems(text: str, tmp_path: Path, *, encoding: str = "utf-8") -> list[str]:
    path = tmp_path / "case.json"
    path.write_bytes(text.encode(encoding, "surrogatepass"))
    with pytest.raises(CaseError) as info:
        load_case_json(path)
    lines = info.value.lines("en") + info.value.lines("nl")
    for line in lines:
        assert "\n" not in line and "\r" not in line and len(line) <= LINE_LIMIT
        line.encode("utf-8")  # no lone surrogate
    return info.value.lines("en")


def _with(section: str, key: str, value: Any) -> str:
    raw = example()
    raw[section] = dict(raw[section], **{key: value})
    return json.dumps(raw)


# 1. Deep nesting: refused before parsing, whatever the depth.
@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 990, 1000, 100_000])
def test_deep_nesting_is_refused_by_name(depth: int, tmp_path: Path) -> None:
    lines = _problems("[" * depth + "]" * depth, tmp_path)
    assert f"nested {depth} levels deep; at most {MAX_DEPTH}" in lines[0]


def test_nesting_inside_a_field_is_refused(tmp_path: Path) -> None:
    deep: Any = 1
    for _ in range(50):
        deep = [deep]
    assert "levels deep" in _problems(_with("company", "name", deep), tmp_path)[0]


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(_with("company", "name", "[[[[" * 30 + '"{'), encoding="utf-8")
    assert load_case_json(path).company.name.startswith("[[[[")


# 2. Huge integers: a named field, never OverflowError or ValueError.
@pytest.mark.parametrize("digits", [32, 310, 5000])
def test_huge_integer_in_a_number_field(digits: int, tmp_path: Path) -> None:
    text = _with("staff", "employees", 0).replace('"employees": 0', '"employees": ' + "9" * digits)
    lines = _problems(text, tmp_path)
    assert lines == [
        f"staff.employees: a number of {digits} digits is too large; expected a whole number from 1 to 100,000"
    ]


def test_huge_integer_passed_as_a_python_int_is_out_of_range() -> None:
    raw = example()
    raw["company"]["annual_revenue_eur"] = 10**400  # from code, not from a file
    case, problems = check_case(raw)
    assert case is None and problems[0].field == "company.annual_revenue_eur"


def _rewrite_part(src: Path, dst: Path, edit: Any) -> None:
    import zipfile

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if b"herstelscan-workbook" in data:  # the data sheet
                data = edit(data)
            zout.writestr(info, data)


@pytest.mark.parametrize("digits", [310, 5000])
@pytest.mark.parametrize("cell", ["B2", "B5"])
def test_huge_integer_in_a_workbook_data_cell(cell: str, digits: int, tmp_path: Path) -> None:
    import re

    good = tmp_path / "good.xlsx"
    write_workbook(assess(load_case(METAAL), today=TODAY), good)
    bad = tmp_path / "bad.xlsx"
    pattern = re.compile(rb'(<c r="' + cell.encode() + rb'"[^>]*><v>)[^<]*(</v>)')
    _rewrite_part(good, bad, lambda d: pattern.sub(rb"\g<1>" + b"9" * digits + rb"\g<2>", d))
    with pytest.raises(CaseError) as info:
        read_case_from_workbook(bad)
    assert "damaged" in " ".join(info.value.lines("en"))


# 3. Lone surrogates and control characters in text: refused by field name.
@pytest.mark.parametrize("bad", ["\ud800", "\udfff", "\x00", "\x07", "\n", "\t", "\u2028"])
def test_bad_characters_in_the_name(bad: str, tmp_path: Path) -> None:
    lines = _problems(_with("company", "name", f"Metaal{bad}BV"), tmp_path)
    assert len(lines) == 1 and lines[0].startswith("company.name: contains the character \\")


def test_save_case_with_a_lone_surrogate_is_a_write_error(tmp_path: Path) -> None:
    from dataclasses import replace

    case = load_case(METAAL)
    bad = replace(case, company=replace(case.company, name="A\ud800"))
    with pytest.raises(WriteError) as info:
        save_case(bad, tmp_path / "x.herstelscan.json")
    assert "\\ud800" in info.value.message("en")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(WriteError):
        write_text_atomic(tmp_path / "y.txt", "\udc80")


# 5. One line, escaped, bounded.
def test_unknown_key_with_a_newline_and_10kb_is_one_short_line(tmp_path: Path) -> None:
    raw = example()
    raw["assumptions"] = {"evil\nkey" * 1000: 1}
    lines = _problems(json.dumps(raw), tmp_path)
    assert len(lines) == 1 and lines[0].startswith("assumptions.evil\\nkey")


# 6. Sales within the tolerance are normalised; revenue never negative.
def test_sales_within_tolerance_are_normalised_and_revenue_stays_positive() -> None:
    raw = example()
    raw["sales"] = [{"country": "NL", "share": 0.5049}, {"country": "DE", "share": 0.5}]
    raw["assumptions"] = {"elasticity": 5.0}
    case = parse_case(raw)
    assert abs(sum(s.share for s in case.sales) - 1.0) < 1e-12
    result = assess(case, today=TODAY)
    for sc in result.scenarios:
        assert min(sc.revenue_index) >= 0.0


# 7. Duplicate keys refused by name; a BOM accepted.
def test_duplicate_keys_are_named(tmp_path: Path) -> None:
    text = json.dumps(example())
    text = text.replace('"months":', '"months": 2, "months":', 1)
    assert _problems(text, tmp_path) == [
        "order_book.months: this key appears twice in the same object; keep one"
    ]


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + METAAL.read_bytes())
    assert load_case_json(path) == load_case(METAAL)


# 8. Limits on size and rows.
def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    lines = _problems(" " * (MAX_CASE_BYTES + 1), tmp_path)
    assert "larger than 1024 kB" in lines[0]


def test_too_many_rows_is_one_problem(tmp_path: Path) -> None:
    raw = example()
    raw["sales"] = [{"country": "NL", "share": 0.0}] * 5_000
    lines = _problems(json.dumps(raw), tmp_path)
    assert lines == [
        f"sales: has 5000 rows; at most {MAX_ROWS} are allowed (there are about 250 countries)"
    ]


def test_a_workbook_with_huge_shared_strings_is_refused_unread(tmp_path: Path) -> None:
    import zipfile

    good = tmp_path / "good.xlsx"
    write_workbook(assess(load_case(METAAL), today=TODAY), good)
    bad = tmp_path / "strings.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", SS_REL + b"</Relationships>")
            zout.writestr(info, data)
        zout.writestr("xl/sharedStrings.xml", "<sst>" + "<si><t>x</t></si>" * 200_000 + "</sst>")
    assert bad.stat().st_size < 300_000  # small on disk, 3 MB unpacked
    with pytest.raises(CaseError) as info:
        read_case_from_workbook(bad)
    assert "unpack to more than 0.5 MB; no more is read" in " ".join(info.value.lines("en"))


SS_REL = (
    b'<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/sharedStrings" Target="sharedStrings.xml"/>'
)


# The command line: exit 2, single lines, nothing written.
HOSTILE = {
    "nested": "[" * 1000 + "]" * 1000,
    "digits310": _with("staff", "employees", 0).replace(
        '"employees": 0', '"employees": ' + "9" * 310
    ),
    "digits5000": _with("staff", "employees", 0).replace(
        '"employees": 0', '"employees": ' + "9" * 5000
    ),
    "surrogate": _with("company", "name", "A\ud800"),
    "newline_key": json.dumps(dict(example(), assumptions={"a\nb" * 5000: 1})),
    "duplicate": '{"schema_version": 1, "schema_version": 1}',
    "not_utf8": "\udcff",
    "rows": json.dumps(dict(example(), sales=[{"country": "NL", "share": 1}] * 2000)),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_cli_refuses_hostile_input_with_exit_2(name: str, tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    data = HOSTILE[name].encode("utf-8", "surrogatepass")
    case.write_bytes(b"\xff" if name == "not_utf8" else data)
    out = run("assess", case, "--json", tmp_path / "o.json", "--xlsx", tmp_path / "o.xlsx")
    assert out.returncode == 2, out.stderr
    lines = out.stderr.splitlines()
    assert len(lines) >= 2 and all(len(line) <= LINE_LIMIT + 40 for line in lines)
    assert "Traceback" not in out.stderr and out.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json"]


# 4. A console that cannot show every character: the summary still prints, exit 0.
def test_summary_on_a_cp1252_console(tmp_path: Path) -> None:
    import subprocess

    from tests.conftest import ROOT

    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "assess",
            str(METAAL),
            "--json",
            str(tmp_path / "r.json"),
        ],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        env=dict(os.environ, PYTHONIOENCODING="cp1252", PYTHONUTF8="0"),
    )
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode("cp1252")
    assert "Voorbeeld Metaal BV" in text and "\u2212" not in text
    assert (tmp_path / "r.json").exists()


# 9. Outputs: never the input, never each other.
@pytest.mark.parametrize("option", ["--json", "--xlsx"])
def test_an_output_may_not_be_the_input_case(option: str, tmp_path: Path) -> None:
    case = tmp_path / "case.herstelscan.json"
    case.write_bytes(METAAL.read_bytes())
    out = run("assess", case, option, case)
    assert (
        out.returncode == 2
        and f"{option}: " in out.stderr
        and "input case itself" in out.stderr.replace("invoerbestand zelf", "input case itself")
    )
    assert case.read_bytes() == METAAL.read_bytes()


def test_the_two_outputs_may_not_collide(tmp_path: Path) -> None:
    out = run("assess", METAAL, "--json", tmp_path / "x", "--xlsx", tmp_path / "x")
    assert out.returncode == 2 and "--xlsx: " in out.stderr
    assert list(tmp_path.iterdir()) == []


def test_replacing_a_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "kept.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_bloated_data_sheet_is_refused_unread(tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    write_workbook(assess(load_case(METAAL), today=TODAY), good)
    bad = tmp_path / "bloated.xlsx"
    cells = b'<c r="C1"><v>1</v></c>' * 20_000
    _rewrite_part(good, bad, lambda d: d.replace(b"</row>", cells + b"</row>", 1))
    with pytest.raises(CaseError) as info:
        read_case_from_workbook(bad)
    assert "the sheet with the case data unpacks to" in " ".join(info.value.lines("en"))
