"""The long fuzz campaign: mutated cases, hostile workbooks and the command line.

    .venv/bin/python tools/fuzz.py [--cases 20000] [--workbooks 300] [--cli 40]
                                   [--kills 20] [--seed 1] [--out fuzz-findings]

1. ``--cases`` mutated example cases (tests/mutations.py: structural and text-level
   mutations) through reading, validation and ``assess``; every outcome must be a case
   or field-named one-line problems, and a valid case a finite, non-negative result
   that survives a round trip.
2. ``--workbooks`` hostile workbooks (a real export with its case data replaced by a
   mutated case, bytes flipped, truncated, shared strings blown up, big parts placed
   or duplicated where openpyxl would find them, random bytes)
   through the workbook reader: a case or a :class:`CaseError`, within 2 s each.
3. ``--cli`` of those inputs through ``main.py assess --json --xlsx``: exit 0 with both
   outputs, or exit 2 with single-line messages and nothing written.
4. ``--kills`` runs of ``assess --json --xlsx`` over existing outputs, killed (SIGKILL,
   POSIX) at a random moment: each output must be the old file or a complete new one,
   and the next run must leave no temporary file behind.

Prints one summary line; every input that broke a promise is saved to ``--out`` with
a note of what broke, as a reproducer.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.advice.assess import assess  # noqa: E402
from core.case_file import load_case  # noqa: E402
from core.inputs.problems import CaseError  # noqa: E402
from core.report.reader import read_case_from_workbook  # noqa: E402
from core.report.workbook import write_workbook  # noqa: E402
from tests.mutations import EXAMPLES, TODAY, case_text, check_text  # noqa: E402

WORKBOOK_SECONDS = 2.0
LINE_LIMIT = 800


class Campaign:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.outcomes: Counter[str] = Counter()
        self.findings = 0

    def save(self, kind: str, data: bytes, note: str) -> None:
        self.findings += 1
        self.out.mkdir(parents=True, exist_ok=True)
        stem = f"{kind}-{self.findings:04d}"
        suffix = ".xlsx" if kind == "workbook" else ".json"
        (self.out / f"{stem}{suffix}").write_bytes(data)
        (self.out / f"{stem}.txt").write_text(note, encoding="utf-8")


def _cases(c: Campaign, rng: random.Random, n: int) -> list[bytes]:
    kept: list[bytes] = []
    for _ in range(n):
        text = case_text(rng)
        data = text.encode("utf-8", "surrogatepass")
        try:
            c.outcomes["case " + check_text(text, full=True)] += 1
        except Exception:
            c.outcomes["case FINDING"] += 1
            c.save("case", data, traceback.format_exc())
        if len(kept) < 200 and rng.random() < 0.05:
            kept.append(data)
    return kept


def _replace_data(good: bytes, payload: str) -> bytes:
    """The workbook with its case JSON cell replaced (XML-escaped, as Excel would)."""
    src = zipfile.ZipFile(__import__("io").BytesIO(good))
    buf = __import__("io").BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if b"herstelscan-workbook" in data:
                head, _, rest = data.partition(b'<c r="B6"')
                _, _, tail = rest.partition(b"</c>")
                cell = '<c r="B6" t="inlineStr"><is><t>' + escape(payload) + "</t></is></c>"
                data = head + cell.encode("utf-8", "surrogatepass") + tail
            dst.writestr(info, data)
    return buf.getvalue()


_SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_WS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"


def _placed_workbook(good: bytes, rng: random.Random) -> bytes:
    """A big part placed or duplicated the way openpyxl would find it (issue 20, item 1):
    shared strings named by the content types at any path, a duplicate relationship id
    whose last target is a big sheet, or a second workbook part named first."""
    io = __import__("io")
    src = zipfile.ZipFile(io.BytesIO(good))
    data_sheet = next(i.filename for i in src.infolist() if b"herstelscan-workbook" in src.read(i))
    n = rng.choice([10_000, 200_000, 2_000_000])
    how = rng.choice(["strings", "duplicate-rid", "second-workbook"])
    where = rng.choice(["xl/worksheets/", "xl/media/", "xl/", "docProps/", "x/y/"]) + "p.xml"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml" and how != "duplicate-rid":
                kind = _SST if how == "strings" else _MAIN
                override = f'<Override PartName="/{where}" ContentType="{kind}"/>'.encode()
                head, sep, rest = data.partition(b"<Override ")
                data = (
                    (head + override + sep + rest)
                    if rng.random() < 0.5
                    else (data.replace(b"</Types>", override + b"</Types>"))
                )
            elif info.filename == "xl/_rels/workbook.xml.rels" and how == "duplicate-rid":
                rid = data.split(("/" + data_sheet).encode())[1].split(b'Id="')[1].split(b'"')[0]
                dup = f'<Relationship Type="{_WS}" Target="/{where}" Id="{rid.decode()}"/>'
                data = data.replace(b"</Relationships>", dup.encode() + b"</Relationships>")
            dst.writestr(info, data)
        if how == "strings":
            dst.writestr(where, b"<sst>" + b"<si><t>x</t></si>" * n + b"</sst>")
        elif how == "duplicate-rid":
            ns = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
            dst.writestr(
                where,
                b'<worksheet xmlns="'
                + ns
                + b'"><sheetData><row r="1">'
                + b'<c r="C1"><v>1</v></c>' * n
                + b"</row></sheetData></worksheet>",
            )
        else:
            dst.writestr(
                where, b"<workbook><sheets>" + b'<sheet name="x"/>' * n + b"</sheets></workbook>"
            )
    return buf.getvalue()  # fmt: skip


_CELL_VALUES = (
    "<v>nan</v>",
    "<v>inf</v>",
    "<v>-1e308</v>",
    "<v>" + "9" * 400 + "</v>",
    "<v>-5</v>",
    "<v>0</v>",
    "<v>0.5</v>",
    "<v>x</v>",
)
_CELL_TEXTS = (
    "ja",
    "nee",
    "yes",
    "",
    "–",
    "niet opgegeven",
    "not given",
    "Duitsland",
    "XX",
    "12,5%",
    "€ 1.000",
    "geen",
    "deels",
    "Metaal (metaal)",
    "=1+1",
    "Totaal",
    "sales[i]: country, share",
)


def _edited_workbook(good: bytes, rng: random.Random) -> bytes:
    """Cells of a sheet (the Invoer sheet among them) replaced as an edit in Excel would:
    numbers (also NaN, infinity, 400 digits), booleans and words the reader knows."""
    import io
    import re

    src = zipfile.ZipFile(io.BytesIO(good))
    sheets = [n for n in src.namelist() if n.startswith("xl/worksheets/sheet")]
    part = rng.choice(sheets[:3])
    data = src.read(part).decode("utf-8")
    found = list(re.finditer(r'<c r="([A-F]\d+)"[^>]*>.*?</c>', data))
    for _ in range(rng.randint(1, 8)):
        if not found:
            break
        ref = rng.choice(found).group(1)
        kind = rng.randrange(3)
        if kind == 0:
            cell = f'<c r="{ref}">{rng.choice(_CELL_VALUES)}</c>'
        elif kind == 1:
            cell = f'<c r="{ref}" t="b"><v>{rng.randrange(2)}</v></c>'
        else:
            text = rng.choice(_CELL_TEXTS)
            cell = f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
        match = re.search(rf'<c r="{ref}"[^>]*>.*?</c>', data)
        if match is not None:
            data = data[: match.start()] + cell + data[match.end() :]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, data.encode("utf-8") if info.filename == part else src.read(info))
    return buf.getvalue()


def _hostile_workbook(good: bytes, rng: random.Random) -> bytes:
    op = rng.randrange(7)
    if op == 6:
        return _edited_workbook(good, rng)
    if op == 5:
        return _placed_workbook(good, rng)
    if op == 0:
        return _replace_data(good, case_text(rng))
    if op == 1:
        data = bytearray(good)
        for _ in range(rng.randrange(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if op == 2:
        return good[: rng.randrange(len(good))]
    if op == 3:
        buf = __import__("io").BytesIO()
        src = zipfile.ZipFile(__import__("io").BytesIO(good))
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                dst.writestr(info, src.read(info))
            n = rng.choice([10_000, 200_000, 4_000_000])
            dst.writestr("xl/sharedStrings.xml", "<sst>" + "<si><t>x</t></si>" * n + "</sst>")
        return buf.getvalue()
    return rng.randbytes(rng.randrange(1, 5000))


def _workbooks(c: Campaign, rng: random.Random, n: int, tmp: Path) -> list[bytes]:
    good_path = tmp / "good.xlsx"
    write_workbook(assess(load_case(EXAMPLES[0]), today=TODAY), good_path)
    good = good_path.read_bytes()
    kept: list[bytes] = []
    path = tmp / "hostile.xlsx"
    for _ in range(n):
        data = _hostile_workbook(good, rng)
        path.write_bytes(data)
        start = time.perf_counter()
        try:
            read_case_from_workbook(path, rng.choice([None, "sheet", "case"]))
            outcome = "valid"
        except CaseError as exc:
            outcome = "refused"
            bad = [line for line in exc.lines("en") if len(line) > LINE_LIMIT or "\n" in line]
            if bad:
                outcome = "FINDING"
                c.save("workbook", data, f"message not one short line: {bad[0][:300]!r}")
        except Exception:
            outcome = "FINDING"
            c.save("workbook", data, traceback.format_exc())
        seconds = time.perf_counter() - start
        if seconds > WORKBOOK_SECONDS and outcome != "FINDING":
            outcome = "FINDING"
            c.save("workbook", data, f"read took {seconds:.1f} s")
        c.outcomes["workbook " + outcome] += 1
        if len(kept) < 50 and rng.random() < 0.2:
            kept.append(data)
    return kept


def _cli(c: Campaign, inputs: list[tuple[str, bytes]], tmp: Path) -> None:
    for suffix, data in inputs:
        run = tmp / "cli"
        run.mkdir(exist_ok=True)
        for p in run.iterdir():
            p.unlink()
        case = run / f"case{suffix}"
        case.write_bytes(data)
        out = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "assess", str(case), "--json",
             str(run / "o.json"), "--xlsx", str(run / "o.xlsx")],
            capture_output=True, cwd=ROOT, timeout=120,
        )  # fmt: skip
        written = sorted(p.name for p in run.iterdir() if p != case)
        err = out.stderr.decode("utf-8", "replace")
        if out.returncode == 0 and written == ["o.json", "o.xlsx"]:
            c.outcomes["cli exit 0"] += 1
        elif (
            out.returncode == 2
            and not written
            and "Traceback" not in err
            and all(len(line) <= LINE_LIMIT for line in err.splitlines())
        ):
            c.outcomes["cli exit 2"] += 1
        else:
            c.outcomes["cli FINDING"] += 1
            c.save(
                "case" if suffix == ".json" else "workbook",
                data,
                f"exit {out.returncode}, written {written}\n{err[:3000]}",
            )


OLD = b"the previous output"


def _kills(c: Campaign, rng: random.Random, n: int, tmp: Path) -> None:
    import signal

    if n and sys.platform == "win32":
        return
    run = tmp / "kills"
    run.mkdir(exist_ok=True)
    cmd = [sys.executable, str(ROOT / "main.py"), "assess", str(EXAMPLES[0]),
           "--json", str(run / "o.json"), "--xlsx", str(run / "o.xlsx")]  # fmt: skip
    for _ in range(n):
        for p in run.iterdir():
            p.unlink()
        (run / "o.json").write_bytes(OLD)
        (run / "o.xlsx").write_bytes(OLD)
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 3.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        broken = []
        for name in ("o.json", "o.xlsx"):
            data = (run / name).read_bytes()
            if data == OLD:
                continue
            try:
                if name == "o.json":
                    __import__("json").loads(data)
                else:
                    read_case_from_workbook(run / name)
            except Exception as exc:
                broken.append(f"{name}: {type(exc).__name__}")
        if any(p.name.endswith(".tmp") for p in run.iterdir()):
            c.outcomes["kill mid-write"] += 1  # the next run must clean up after it
        subprocess.run(cmd, cwd=ROOT, capture_output=True, timeout=120)
        left = sorted(p.name for p in run.iterdir() if p.name.endswith(".tmp"))
        if broken or left:
            c.outcomes["kill FINDING"] += 1
            c.save("kill", b"", f"half-written outputs {broken}, temporaries left {left}")
        else:
            c.outcomes["kill clean"] += 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=20_000)
    ap.add_argument("--workbooks", type=int, default=300)
    ap.add_argument("--cli", type=int, default=40)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=ROOT / "fuzz-findings")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    c = Campaign(args.out)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        cases = _cases(c, rng, args.cases)
        books = _workbooks(c, rng, args.workbooks, tmp)
        pool = [(".json", d) for d in cases] + [(".xlsx", d) for d in books]
        rng.shuffle(pool)
        _cli(c, pool[: args.cli], tmp)
        _kills(c, rng, args.kills, tmp)
    outcomes = ", ".join(f"{k}: {v}" for k, v in sorted(c.outcomes.items()))
    print(
        f"fuzz seed {args.seed}: {args.cases} cases, {args.workbooks} workbooks, "
        f"{min(args.cli, len(pool))} command lines, {args.kills} kills in {time.perf_counter() - start:.0f} s; "
        f"{outcomes}; findings: {c.findings}"
        + (f" (reproducers in {args.out})" if c.findings else "")
    )
    return 1 if c.findings else 0


if __name__ == "__main__":
    sys.exit(main())
