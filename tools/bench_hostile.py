"""How long the worst inputs the limits still let through take to read, and how much memory.

    .venv/bin/python tools/bench_hostile.py

Builds, from a real export, a workbook with every parsed part just under its limit
(shared strings just under MAX_OTHER_XML_BYTES, the data sheet padded to just under
MAX_DATA_SHEET_BYTES in its first row, every other sheet, the Invoer sheet among them,
to just under MAX_INPUT_SHEET_BYTES), the four constructions of issue 20 item 1
(60 MB parts placed or duplicated where openpyxl would have found them) and a case
file just under MAX_CASE_BYTES, then
reads each in a fresh process (after the imports and one read of the example case, so that
lazy imports are not counted) and prints seconds and the memory of the parse alone: how
much the process's peak RSS grows while it reads (VmHWM, Linux; ru_maxrss would include
the bench's own 170 MB, inherited through fork), and, in a second
process, the peak of Python's allocations during the read (tracemalloc, which slows it).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.advice.assess import assess  # noqa: E402
from core.case_file import load_case  # noqa: E402
from core.inputs.limits import MAX_CASE_BYTES  # noqa: E402
from core.report.reader import (  # noqa: E402
    MAX_DATA_SHEET_BYTES,
    MAX_INPUT_SHEET_BYTES,
    MAX_OTHER_XML_BYTES,
)
from core.report.workbook import write_workbook  # noqa: E402

EXAMPLE = ROOT / "resources" / "examples" / "metaal-orderboek.herstelscan.json"
CT = b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
REL = b'<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'

READ = """
import sys, time, tracemalloc
sys.path.insert(0, sys.argv[2])
from core.case_file import load_case
from core.inputs.problems import CaseError
import core.report.reader
load_case(sys.argv[3])  # the lazy imports (babel, zoneinfo) happen here, not in the parse
def peak_mb():
    # VmHWM, this process's own peak: ru_maxrss after fork and exec also carries the
    # parent's peak (the bench itself, 170 MB with openpyxl and the built workbooks).
    with open("/proc/self/status") as fh:
        return next(int(l.split()[1]) for l in fh if l.startswith("VmHWM:")) / 1024
before = peak_mb()
traced = sys.argv[4] == "traced"
if traced:
    tracemalloc.start()
t = time.perf_counter()
try:
    load_case(sys.argv[1]); outcome = "read"
except CaseError as exc:
    outcome = "refused: " + exc.lines("en")[0][-80:]
seconds = time.perf_counter() - t
if traced:
    print(f"{tracemalloc.get_traced_memory()[1] / 2**20:.1f}")
else:
    print(f"{seconds * 1000:.0f} ms, peak RSS +{peak_mb() - before:.0f} MB over {before:.0f} MB after the imports ({peak_mb():.0f} MB in all), {outcome}")
"""


def _worst_workbook(good: Path, out: Path) -> None:
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        other = sum(
            i.file_size
            for i in zin.infolist()
            if not i.filename.startswith(("xl/worksheets/", "xl/charts/", "xl/drawings/"))
        )
        room = MAX_OTHER_XML_BYTES - other - 200
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", CT + b"</Types>")
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", REL + b"</Relationships>")
            elif b"herstelscan-workbook" in data:
                cell = b'<c r="C1"><v>1</v></c>'
                pad = (MAX_DATA_SHEET_BYTES - len(data) - 100) // len(cell)
                data = data.replace(b"</row>", cell * pad + b"</row>", 1)
            elif info.filename.startswith("xl/worksheets/sheet") and b"</row>" in data:
                # Any sheet may be the Invoer sheet (its name decides): each just under
                # the Invoer limit, with cells in the columns that are read.
                cell = b'<c r="B1"><v>1</v></c>'
                pad = (MAX_INPUT_SHEET_BYTES - len(data) - 100) // len(cell)
                data = data.replace(b"</row>", cell * max(0, pad) + b"</row>", 1)
            zout.writestr(info, data)
        room -= len(CT) + len(REL)
        si = b"<si><t>x</t></si>"
        zout.writestr("xl/sharedStrings.xml", b"<sst>" + si * ((room - 20) // len(si)) + b"</sst>")


SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
WS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
BIG = 60 * 2**20  # the 60 MB parts of issue 20, item 1


def _big_strings() -> bytes:
    si = b"<si><t>x</t></si>"
    return b"<sst>" + si * (BIG // len(si)) + b"</sst>"


def _big_sheet() -> bytes:
    cell = b'<c r="C1"><v>1</v></c>'
    return (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
        + cell * (BIG // len(cell))
        + b"</row></sheetData></worksheet>"
    )


def _placed(good: Path, out: Path, how: str) -> None:
    """Item 1's constructions: shared strings named by the content types under
    xl/worksheets/ or xl/media/, a duplicate rId whose last target is a big sheet, a
    second workbook part named first by the content types."""
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        data_sheet = next(
            i.filename for i in zin.infolist() if b"herstelscan-workbook" in zin.read(i)
        )
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml" and how.startswith("strings"):
                where = "xl/worksheets/s.xml" if how == "strings-worksheets" else "xl/media/s.xml"
                data = data.replace(
                    b"</Types>",
                    f'<Override PartName="/{where}" ContentType="{SST}"/></Types>'.encode(),
                )
            elif info.filename == "[Content_Types].xml" and how == "second-workbook":
                head, sep, rest = data.partition(b"<Override ")
                data = (
                    head
                    + f'<Override PartName="/xl/media/b.xml" ContentType="{MAIN}"/>'.encode()
                    + sep
                    + rest
                )
            elif info.filename == "xl/_rels/workbook.xml.rels" and how == "duplicate-rid":
                rid = data.split(("/" + data_sheet).encode())[1].split(b'Id="')[1].split(b'"')[0]
                dup = f'<Relationship Type="{WS}" Target="/xl/worksheets/big.xml" Id="{rid.decode()}"/>'
                data = data.replace(b"</Relationships>", dup.encode() + b"</Relationships>")
            zout.writestr(info, data)
        if how == "strings-worksheets":
            zout.writestr("xl/worksheets/s.xml", _big_strings())
        elif how == "strings-media":
            zout.writestr("xl/media/s.xml", _big_strings())
        elif how == "duplicate-rid":
            zout.writestr("xl/worksheets/big.xml", _big_sheet())
        else:
            book = b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>'
            book += b'<sheet name="x" sheetId="1"/>' * (BIG // 30) + b"</sheets></workbook>"
            zout.writestr("xl/media/b.xml", book)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        good = tmp / "good.xlsx"
        write_workbook(assess(load_case(EXAMPLE)), good)
        worst = tmp / "worst.xlsx"
        _worst_workbook(good, worst)
        raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        text = json.dumps(raw)
        big = tmp / "big.herstelscan.json"
        big.write_text(text[:-1] + " " * (MAX_CASE_BYTES - len(text) - 1) + "}", encoding="utf-8")
        inputs = [("export", good), ("worst workbook", worst)]
        for how in ("strings-worksheets", "strings-media", "duplicate-rid", "second-workbook"):
            placed = tmp / f"{how}.xlsx"
            _placed(good, placed, how)
            inputs.append((how, placed))
        inputs.append(("1 MB case", big))
        for label, path in inputs:
            runs = [
                subprocess.run(
                    [sys.executable, "-c", READ, str(path), str(ROOT), str(EXAMPLE), mode],
                    capture_output=True,
                    text=True,
                    timeout=300,
                )
                for mode in ("rss", "traced")
            ]
            text = runs[0].stdout.strip() or runs[0].stderr[-300:]
            traced = runs[1].stdout.strip() or "?"
            print(
                f"{label:18} {path.stat().st_size / 1024:6.0f} kB  {text}; parse allocates at most {traced} MB (tracemalloc)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
