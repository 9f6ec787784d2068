"""The share tables: Qt model contract, keyboard add/remove, undo, supplier import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ui.widgets.import_dialog import SupplierImportDialog
from ui.widgets.share_model import ShareModel


@pytest.mark.parametrize(("path", "suppliers"), [("purchasing.suppliers", True), ("sales", False)])
def test_share_models_pass_qtmodeltester(make_window, qtmodeltester, path, suppliers):
    window = make_window("nl")
    window.files.open_demo()
    model = ShareModel(window.state, path, suppliers=suppliers)
    qtmodeltester.check(model, force_py=True)
    # edits, inserts, removals, undo and a whole new case keep the contract
    model.insertRows(model.rowCount(), 1)
    model.setData(model.index(model.rowCount() - 1, 0), "FR", Qt.ItemDataRole.EditRole)
    model.setData(model.index(model.rowCount() - 1, 1), "12,5", Qt.ItemDataRole.EditRole)
    if suppliers:
        model.setData(
            model.index(0, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    model.removeRows(0, 2)
    window.state.undo()
    window.state.dirty = False
    window.files.new_case()
    qtmodeltester.check(model, force_py=True)


def test_keyboard_insert_delete_and_undo(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    window.go_to(4)
    table = window.pages[4].table
    view = table.view
    assert table.model.rowCount() == 4
    view.setCurrentIndex(table.model.index(3, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [r["country"] for r in window.state.get("sales")] == ["NL", "DE", "BE"]
    assert "95%" in table.total_label.text()
    qtbot.mouseClick(table.undo_button, Qt.MouseButton.LeftButton)
    assert [r["country"] for r in window.state.get("sales")] == ["NL", "DE", "BE", "FR"]
    assert table.model.rowCount() == 4
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert table.model.rowCount() == 5
    window.undo_action.trigger()  # Edit > Undo (Ctrl+Z)
    assert table.model.rowCount() == 4


def test_share_cell_shows_core_problem(make_window):
    window = make_window("nl")
    window.files.open_demo()
    model = window.pages[4].table.model
    model.setData(model.index(0, 1), "veel", Qt.ItemDataRole.EditRole)
    tip = model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "geen getal" in tip
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Rij 1" in window.pages[4].table.problem_label.text()


def test_duplicate_country_is_named(make_window):
    window = make_window("nl")
    window.files.open_demo()
    model = window.pages[4].table.model
    model.setData(model.index(1, 0), "NL", Qt.ItemDataRole.EditRole)
    assert "staat al in rij 1" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_supplier_import_aggregates_and_reports(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window("nl")
    window.files.open_demo()
    window.state.edit(
        "purchasing.suppliers",
        [{"country": "CN", "share": 0.1, "critical": True, "alternative_weeks": 8}],
    )
    csv_path = tmp_path / "erp-export.csv"
    csv_path.write_text(
        "Leverancier;Land;Inkoopbedrag\n"
        "Staal BV;Nederland;120.000\n"
        "Krupp;Duitsland;250.000\n"
        "Shenzhen parts;CN;80.000\n"
        "Thyssen;DE;50.000\n"
        "Mystery;Atlantis;1.000\n"
        "Leeg;;500\n"
        "Fout;BE;abc\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(csv_path), ""))
    )
    seen = {}

    def accept(dialog):
        seen["preview_rows"] = dialog.preview.rowCount()
        seen["skipped"] = dialog.skipped.toPlainText()
        seen["summary"] = dialog.summary.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SupplierImportDialog, "exec", accept)
    window.go_to(3)
    qtbot.mouseClick(window.pages[3].table.import_button, Qt.MouseButton.LeftButton)
    assert seen["preview_rows"] == 3
    assert "Rij 6: land 'Atlantis' niet herkend" in seen["skipped"]
    assert "Rij 7: geen land" in seen["skipped"]
    assert "Rij 8: bedrag 'abc' is geen getal" in seen["skipped"]
    assert "3 rijen waren niet te gebruiken" in seen["summary"]
    suppliers = window.state.get("purchasing.suppliers")
    assert [(s["country"], s["share"]) for s in suppliers] == [
        ("DE", 0.6),
        ("NL", 0.24),
        ("CN", 0.16),
    ]
    cn = suppliers[2]
    assert cn["critical"] and cn["alternative_weeks"] == 8  # what the user said stays
    window.state.undo()  # the import is one undoable edit
    assert [s["country"] for s in window.state.get("purchasing.suppliers")] == ["CN"]


def test_supplier_import_of_unreadable_file_says_what_to_do(make_window, tmp_path, monkeypatch):
    window = make_window("nl")
    window.files.open_demo()
    empty = tmp_path / "leeg.csv"
    empty.write_text("\n\n", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(empty), ""))
    )
    messages = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: messages.append(text))
    )
    window.pages[3].import_suppliers()
    assert "geen rijen" in messages[0] and "kopregel" in messages[0]


def test_supplier_import_refuses_too_many_rows_instead_of_cutting_them_off(
    make_window, tmp_path, monkeypatch
):
    from ui import importing

    monkeypatch.setattr(importing, "MAX_ROWS", 3)
    big = tmp_path / "groot.csv"
    big.write_text("land;bedrag\n" + "DE;10\n" * 4, encoding="utf-8")
    with pytest.raises(importing.ImportFileError) as err:
        importing.read_table(big)
    assert err.value.reason == "too_many_rows"
    ok = tmp_path / "klein.csv"
    ok.write_text("land;bedrag\n" + "DE;10\n" * 3, encoding="utf-8")
    assert len(importing.read_table(ok)[1]) == 3
    monkeypatch.setattr(importing, "MAX_CSV_BYTES", 10)
    with pytest.raises(importing.ImportFileError) as err:
        importing.read_table(ok)
    assert err.value.reason == "too_big"
    # In the app: one message naming what is wrong and what to do.
    window = make_window("nl")
    window.files.open_demo()
    monkeypatch.setattr(importing, "MAX_CSV_BYTES", 50 * 1024 * 1024)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(big), ""))
    )
    messages = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: messages.append(text))
    )
    window.pages[3].import_suppliers()
    assert "meer dan" in messages[0] and "per leverancier" in messages[0]


def test_supplier_import_reads_excel(tmp_path):
    import openpyxl

    from ui.importing import aggregate, guess_columns, read_table

    path = tmp_path / "lijst.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Supplier", "Country", "Purchase amount"])
    ws.append(["A", "Germany", 300.0])
    ws.append(["B", "Italië", 100])
    ws.append(["C", "UK", 100])
    wb.save(path)
    header, rows = read_table(path)
    country, amount = guess_columns(header)
    agg = aggregate(rows, country, amount)
    assert agg.shares() == {"DE": 0.6, "IT": 0.2, "GB": 0.2}


def test_share_messages_speak_percent_like_the_column(make_window):
    window = make_window("nl")
    window.files.open_demo()
    window.go_to(3)
    table = window.pages[3].table
    model = table.model
    model.setData(model.index(0, 1), "140", Qt.ItemDataRole.EditRole)  # 140%: too much
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "140%" in tip and "0 tot en met 100" in tip and "fractie" not in tip
    assert "140%" in table.problem_label.text() and "0,25" not in table.problem_label.text()
    model.setData(model.index(0, 1), "veel", Qt.ItemDataRole.EditRole)
    assert "'veel' is geen getal" in table.problem_label.text()


def test_a_new_empty_row_shows_no_errors_until_typed_in(make_window, qtbot):
    window = make_window("nl")
    window.files.open_demo()
    window.go_to(3)
    table = window.pages[3].table
    table.show_missing = False  # as on a first visit of the page
    table.refresh()
    assert not table.problem_label.isVisible()
    table.add_button.click()
    row = table.model.rowCount() - 1
    assert window.state.problems_for(f"purchasing.suppliers[{row}]")  # core does see it
    assert "Rij" not in table.problem_label.text()
    for col in range(table.model.columnCount()):
        index = table.model.index(row, col)
        assert table.model.data(index, Qt.ItemDataRole.BackgroundRole) is None
    table.model.setData(table.model.index(row, 1), "5", Qt.ItemDataRole.EditRole)
    assert f"Rij {row + 1}" in table.problem_label.text()  # typed in: now it may say so
    window.go_to(4)  # leaving the page: unanswered rows say so
    table.model.setData(table.model.index(row, 1), "", Qt.ItemDataRole.EditRole)
    assert f"Rij {row + 1}" in table.problem_label.text()


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Nederland", "NL"), ("nederland", "NL"), ("China", "CN"), ("Duits", "DE"), ("DE", "DE")],
)
def test_a_country_typed_in_full_is_that_country(qtbot, typed, code):
    """'Nederland' is not 'Caribisch Nederland', 'China' not 'Hongkong SAR van China'."""
    from PySide6.QtCore import Qt

    from ui.widgets.country_picker import CountryPicker

    picker = CountryPicker()
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.lineEdit(), typed)
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert picker.code() == code


def test_a_part_of_several_names_is_not_guessed(qtbot):
    from ui.widgets.country_picker import CountryPicker

    picker = CountryPicker()
    qtbot.addWidget(picker)
    picker.setEditText("land")  # Nederland, Duitsland, Finland, ...
    assert picker.code() is None


@pytest.mark.parametrize(
    ("typed", "first"),
    [("Nederland", "Nederland (NL)"), ("china", "China (CN)"), ("duits", "Duitsland (DE)")],
)
def test_the_country_list_offers_the_exact_match_first(qtbot, typed, first):
    """Typing 'Nederland' offers Nederland, not 'Caribisch Nederland', at the top."""
    from ui.widgets.country_picker import CountryPicker

    picker = CountryPicker()
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.lineEdit(), typed)
    assert picker.first_match() == first
    assert picker.matches.rowCount() >= 1
    if typed == "Nederland":
        assert picker.matches.rowCount() >= 2  # Caribisch Nederland is still offered, second


def test_a_tables_undo_undoes_its_own_change_and_undo_to_saved_is_saved(make_window, qtbot):
    """The undo button under one table never undoes an edit on another page; undoing
    back to what was saved leaves the title unmarked."""
    window = make_window("nl")
    window.files.open_demo()
    state = window.state
    assert not state.dirty
    suppliers = window.pages[3].table
    sales = window.pages[4].table
    before = state.get("purchasing.suppliers")
    rows = state.get("purchasing.suppliers")
    rows[0]["share"] = round(rows[0]["share"] - 0.05, 2)
    state.edit("purchasing.suppliers", rows, coalesce=False)
    state.edit("company.name", "Ander BV", coalesce=False)
    window.go_to(4)
    assert not sales.undo_button.isEnabled()  # nothing of its own to undo
    window.go_to(3)
    assert suppliers.undo_button.isEnabled()
    qtbot.mouseClick(suppliers.undo_button, Qt.MouseButton.LeftButton)
    assert state.get("purchasing.suppliers") == before
    assert state.get("company.name") == "Ander BV"  # the other page's edit stays
    assert state.dirty
    state.undo()  # the name, back to as opened
    assert state.get("company.name") != "Ander BV"
    assert not state.dirty and not window.isWindowModified()


def test_a_new_row_waits_for_its_share_and_a_problem_names_its_column(make_window, qtbot):
    """No 'missing share' while the user is still in the row; once it is left, the line
    names the row and the column. An empty table is not a green 'Totaal: 0%'."""
    from ui.widgets.country_picker import CountryPicker

    window = make_window("nl")
    window.files.new_case()
    window.go_to(3)
    table = window.pages[3].table
    assert table.model.rowCount() == 0
    assert table.total_label.property("severity") != "ok"
    assert "0%" not in table.total_label.text()
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    editor = table.view.indexWidget(table.model.index(0, 0))
    assert isinstance(editor, CountryPicker)
    qtbot.keyClicks(editor.lineEdit(), "Duitsland (DE)")
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    assert window.state.get("purchasing.suppliers")[0]["country"] == "DE"
    assert not table.problem_label.isVisibleTo(table)  # the share column is still to come
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)  # on to the next row
    table.view.setCurrentIndex(table.model.index(1, 0))
    text = table.problem_label.text()
    assert "Rij 1, " in text and "(%)" in text, text  # row and column named


def _list_with_sheet(path: Path, sheet: bytes) -> Path:
    """A real workbook (openpyxl) whose first sheet part is replaced by ``sheet``."""
    import zipfile

    import openpyxl

    plain = path.with_suffix(".plain.xlsx")
    wb = openpyxl.Workbook()
    wb.active.append(["Land", "Bedrag"])
    wb.save(plain)
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = sheet if info.filename == "xl/worksheets/sheet1.xml" else zin.read(info)
            zout.writestr(info.filename, data)
    return path


def test_an_excel_supplier_list_is_parsed_within_a_bound_not_whole(
    make_window, tmp_path, monkeypatch
) -> None:
    """Issue 20: the import read Excel lists with openpyxl, whole, on the GUI thread: a
    100 kB file holding a 40 MB sheet (under the 100 MB the zip check allowed) froze the
    window for half a minute. Now each part is inflated to at most its limit."""
    from ui import importing

    head = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Land</t></is></c>'
        b'<c r="B1" t="inlineStr"><is><t>Bedrag</t></is></c></row>'
        b'<row r="2"><c r="A2" t="inlineStr"><is><t>Duitsland</t></is></c><c r="B2"><v>5</v></c></row>'
    )
    tail = b"</sheetData></worksheet>"
    small = _list_with_sheet(tmp_path / "klein.xlsx", head + tail)
    assert importing.read_table(small) == (["Land", "Bedrag"], [["Duitsland", 5]])
    pad = b'<row r="3"/>' * (40 * 2**20 // 12)
    big = _list_with_sheet(tmp_path / "groot.xlsx", head + pad + tail)
    assert big.stat().st_size < 1024 * 1024
    with pytest.raises(importing.ImportFileError) as err:
        importing.read_table(big)
    assert err.value.reason == "too_big"
    window = make_window("nl")
    window.files.open_demo()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(big), ""))
    )
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: messages.append(text))
    )
    window.pages[3].import_suppliers()
    assert "te groot" in messages[0], messages
