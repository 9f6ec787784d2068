"""One story everywhere: the app's measures page, `assess` and the workbook show the
same verdict words, in the same order, with the same counts, amounts and totals, and
the same answer (core.advice.shown, core.advice.answer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.advice.assess import assess
from core.advice.measures.context import is_history
from core.advice.shown import counts_text, shown_measures, shown_totals
from core.advice.summary import KIND_WORDS, summary_lines, totals_text
from core.case_file import load_case
from core.fmt import eur
from core.report.catalogue_info import measure_name
from core.report.sheet_measures import AMOUNT, NAME, VERDICT
from core.report.workbook import write_workbook
from ui.formatting import nbsp_euro

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"
CASES = [
    ("metaal-orderboek", None, "cpb4"),  # NOW in 2020: history, never "eligible" today
    ("elektronica-china", None, "cpb2"),  # history, proposals, alternatives
    ("elektronica-china", "now", "cpb4"),  # the crisis now: cash runs out in months
    ("agrifood-export", None, "cpb3"),
]


def _sheet_rows(ws, first_name: str) -> list[tuple[str, str, object]]:
    """(name, verdict, amount) of the Maatregelen rows, from the header down."""
    header = next(
        c.row for row in ws.iter_rows() for c in row if str(c.value).startswith("Oordeel (")
    )
    out = []
    r = header + 1
    while ws.cell(row=r, column=NAME).value:
        out.append(
            (
                ws.cell(row=r, column=NAME).value,
                ws.cell(row=r, column=VERDICT).value,
                ws.cell(row=r, column=AMOUNT).value,
            )
        )
        r += 1
    assert out and out[0][0] == first_name
    return out


@pytest.mark.parametrize(("name", "start", "scenario"), CASES)
def test_app_assess_and_workbook_tell_one_story(
    make_window, qtbot, tmp_path, name, start, scenario
):
    case_path = EXAMPLES / f"{name}.herstelscan.json"
    window = make_window("nl")
    window.files.open_example(case_path)
    if start:
        window.state.edit("start", start, coalesce=False)
    window.state.edit("scenario", scenario, coalesce=False)
    app_result = window.state.result()
    window.go_to(8)
    page = window.pages[8]
    qtbot.waitUntil(lambda: bool(page.cards), timeout=5000)

    # assess, independently of the app, and its workbook.
    case = load_case(case_path)
    result = assess(case, crisis_now=start == "now", scenario=app_result.scenario)
    assert result.answer == app_result.answer
    out = tmp_path / "advies.xlsx"
    write_workbook(result, out, "nl")
    wb = load_workbook(out)
    shown = shown_measures(result)

    # Order and verdict words: the cards, top to bottom, are the sheet's rows.
    cards = [(measure_name(c.measure_id, "nl"), c.badge.text()) for c in page.cards]
    rows = _sheet_rows(wb["Maatregelen"], cards[0][0])
    assert [(n, v) for n, v, _ in rows] == cards
    # A scheme that has ended is never green "Komt in aanmerking" on the sheet.
    for m, (_n, verdict, amount) in zip(shown, rows, strict=True):
        if is_history(m) and m.verdict == "eligible":
            assert verdict == "Zou in aanmerking zijn gekomen (afgelopen)"
        elif m.verdict == "eligible":  # open today, or its window opens later
            assert verdict == "Komt in aanmerking"
        # Amounts: whole euros, the same in the card as on the sheet.
        if m.amount_eur is not None:
            assert amount == m.amount_eur
            card = next(c for c in page.cards if c.measure_id == m.id)
            texts = " ".join(lab.text() for lab in card.findChildren(type(page.count_label)))
            assert nbsp_euro(eur(m.amount_eur)) in texts

    # Counts: the page's, the Maatregelen sheet's and the Samenvatting's.
    count = counts_text(result, "nl")
    assert page.count_label.text().endswith(count)
    for sheet in ("Maatregelen", "Samenvatting"):
        assert count in [c.value for row in wb[sheet].iter_rows() for c in row], sheet

    # Totals: what can be applied for today, the same three times.
    today = shown_totals(result)["claimable_now"]
    sheet_totals = {}
    for sheet, name_col, amount_col in (("Maatregelen", NAME, AMOUNT), ("Samenvatting", 1, 4)):
        ws = wb[sheet]
        # Today's totals only: the past stands apart under its own heading, after them.
        history = next(
            (
                r
                for r in range(1, ws.max_row + 1)
                if any(
                    str(ws.cell(row=r, column=c).value).startswith("Destijds, alleen")
                    for c in (1, name_col)
                )
            ),
            ws.max_row + 1,
        )
        found = {
            ws.cell(row=r, column=name_col).value: ws.cell(row=r, column=amount_col).value
            for r in range(1, history)
            if str(ws.cell(row=r, column=name_col).value).startswith("Totaal ")
        }
        sheet_totals[sheet] = found
    expected = {f"Totaal {KIND_WORDS['nl'][k]}": v for k, v in today.items()}
    assert sheet_totals["Maatregelen"] == expected
    if any(m.claimable_now and m.verdict in ("eligible", "possible") for m in shown):
        assert sheet_totals["Samenvatting"] == expected
    if today:
        total_line = totals_text(today, "nl")
        assert nbsp_euro(total_line) in page.now_label.text()
        assert any(total_line in line for line in summary_lines(result, "nl"))

    # The answer: on Resultaat, in `assess` and on Samenvatting, word for word.
    texts = [c.value for row in wb["Samenvatting"].iter_rows() for c in row]
    assert result.answer["nl"] in texts
    window.go_to(7)
    answer = window.pages[7].answer
    qtbot.waitUntil(lambda: answer.text() == nbsp_euro(result.answer["nl"]), timeout=5000)
