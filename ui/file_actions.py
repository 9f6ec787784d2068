"""New, open, save, export and recent files: everything that touches the user's files.

Every failure becomes a message that says what happened and what to do; the draft in
memory is never changed by a failed open or save.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.atomic import WriteError, write_text_atomic
from core.case_file import CASE_SUFFIX, save_case
from core.inputs.json_input import read_json_file
from core.inputs.text_safety import excerpt
from core.inputs.validation import CaseError
from ui.autosave import Autosave
from ui.i18n import current_language, settings
from ui.state import CaseState, empty_draft

MAX_RECENT = 8


def recent_files() -> list[str]:
    value = settings().value("recent_files", [])
    if isinstance(value, str):
        value = [value]
    return [v for v in (value or []) if isinstance(v, str)]


def _remember(path: Path) -> None:
    items = [str(path)] + [p for p in recent_files() if p != str(path)]
    settings().setValue("recent_files", items[:MAX_RECENT])


def last_folder() -> Path:
    """Where file dialogs start: the folder used last, the Documents folder the first time."""
    value = settings().value("last_folder", "")
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    settings().setValue("last_folder", str(path.parent))


def example_cases() -> list[Path]:
    """The example companies shipped with the app (File > Open an example)."""
    from core.reference.resources import resource_path

    return sorted(resource_path("examples").glob(f"*{CASE_SUFFIX}"))


def suggested_name(state: CaseState, suffix: str) -> str:
    name = state.get("company.name") or "herstelscan"
    safe = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "", str(name)).strip().rstrip(". ") or "herstelscan"
    return safe + suffix


class FileActions(QObject):
    """File commands of the main window (menus and the Start/Export pages use them)."""

    opened = Signal()  # a case was opened or started
    recentChanged = Signal()

    def __init__(self, window: QWidget, state: CaseState) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        self.autosave: Autosave | None = None  # set by build_window

    def _lang(self) -> str:
        return current_language()

    def confirm_discard(self) -> bool:
        """True if it is fine to replace the draft (saved, or the user said so)."""
        if not self.state.dirty:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("The case has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_case(self) -> bool:
        if not self.confirm_discard():
            return False
        self.state.set_raw(empty_draft())
        self.opened.emit()
        return True

    def open_demo(self) -> bool:
        from core.reference.resources import resource_path

        return self.open_example(resource_path("examples", "metaal-orderboek.herstelscan.json"))

    def open_example(self, path: Path) -> bool:
        """An example as a new, unsaved case: saving never overwrites the shipped file."""
        if not self.confirm_discard():
            return False
        from core.case_file import load_case

        self.state.set_case(load_case(path))
        self.opened.emit()
        return True

    def open_case(self, path: Path | None = None) -> bool:
        if path is None and not self.confirm_discard():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Open a case"),
                str(last_folder()),
                self.tr(
                    "Herstelscan cases and workbooks (*.herstelscan.json *.json *.xlsx);;All files (*)"
                ),
            )
            if not name:
                return False
            path = Path(name)
            remember_folder(path)
        return self.load(path)

    def load(self, path: Path) -> bool:
        """Read a case file (also an unfinished one) or an exported workbook."""
        lang = self._lang()
        try:
            if path.suffix.lower() == ".xlsx":
                from core.case_file import load_case
                from core.report.reader import EditedWorkbook

                try:
                    case = load_case(path)
                except EditedWorkbook as edited:
                    trust = self.ask_which_values(path, edited)
                    if trust is None:
                        return False  # cancelled: the current case stays as it is
                    case = load_case(path, trust=trust)
                # A workbook is a report, not the case file: saving asks for a new name.
                self.state.set_case(case, path=None)
            else:
                # Within the input limits; a BOM is fine, duplicate keys are named.
                raw = read_json_file(path)
                if not isinstance(raw, dict) or "company" not in raw:
                    raise ValueError(self.tr("this is not a Herstelscan case file"))
                from core.inputs.validation import check_case

                _case, problems = check_case(raw)
                refusals = [p for p in problems if p.field == "schema_version"]
                if refusals:
                    raise CaseError(refusals)
                self.state.set_raw(raw, path=path, dirty=False)
        except CaseError as exc:
            self._fail(path, "\n".join(exc.lines(lang)[:12]))
            return False
        except FileNotFoundError:
            self._fail(path, self.tr("the file does not exist (any more)"))
            return False
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            self._fail(path, excerpt(str(exc), 300))
            return False
        except Exception as exc:  # a damaged workbook: say so, keep the current case
            self._fail(path, excerpt(f"{type(exc).__name__}: {exc}", 300))
            return False
        _remember(path)
        self.recentChanged.emit()
        self.opened.emit()
        return True

    def ask_which_values(self, path: Path, edited: CaseError) -> str | None:
        """The Invoer sheet of ``path`` shows other values than the case inside: list each
        field with both values and let the user choose ("sheet", "case"), or None."""
        lang = self._lang()
        rows = []
        for d in getattr(edited, "differences", [])[:20]:
            sheet, case = (d.sheet_nl, d.case_nl) if lang == "nl" else (d.sheet_en, d.case_en)
            rows.append(
                self.tr("%1: on the sheet %2, in the stored case %3")
                .replace("%1", d.field)
                .replace("%2", sheet)
                .replace("%3", case)
            )
        more = len(getattr(edited, "differences", [])) - len(rows)
        if more > 0:
            rows.append(self.tr("… and %1 more").replace("%1", str(more)))
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("The workbook was changed"))
        box.setText(
            self.tr(
                "The Invoer sheet of %1 shows other values than the case Herstelscan stored "
                "in it (a change made in Excel or LibreOffice). Which values should be used?"
            ).replace("%1", path.name)
        )
        box.setInformativeText("\n".join(rows))
        use_sheet = box.addButton(
            self.tr("Use the sheet's values"), QMessageBox.ButtonRole.AcceptRole
        )
        use_case = box.addButton(self.tr("Use the stored case"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(use_sheet)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is use_sheet:
            return "sheet"
        if clicked is use_case:
            return "case"
        return None

    def _fail(self, path: Path, detail: str) -> None:
        QMessageBox.warning(
            self.window,
            self.tr("Could not open the file"),
            self.tr(
                "%1 could not be opened:\n\n%2\n\nYour current case is unchanged. "
                "Choose another file, or check that this is a Herstelscan case file "
                "or a workbook exported by Herstelscan."
            )
            .replace("%1", path.name)
            .replace("%2", detail),
        )

    def save(self) -> bool:
        if self.state.path is None:
            return self.save_as()
        return self._write(self.state.path)

    def save_as(self) -> bool:
        start = self.state.path or (last_folder() / suggested_name(self.state, CASE_SUFFIX))
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the case"),
            str(start),
            self.tr("Herstelscan cases (*.herstelscan.json)"),
        )
        if not name:
            return False
        path = Path(name)
        remember_folder(path)
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + CASE_SUFFIX)
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            if self.state.case is not None:
                save_case(self.state.case, path)
            else:
                # Unfinished answers are saved as they are; the pages mark what is missing.
                write_text_atomic(path, self.state.draft_json() + "\n")
        except WriteError as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Could not save"),
                exc.message(self._lang()) + "\n\n" + self._where_answers_are(),
            )
            return False
        self.state.mark_saved(path)
        _remember(path)
        self.recentChanged.emit()
        return True

    def _where_answers_are(self) -> str:
        """After a failed save: whether the answers are really in the autosave (written now)."""
        if self.autosave is None:
            return self.tr("Your answers are still here.")
        self.autosave.save_now()
        if not self.autosave.kept:
            return self.tr(
                "Your answers are still here, but NOT in the autosave: it cannot be "
                "written to %1 either. Save the case in another folder, or keep the "
                "program open until it can be saved."
            ).replace("%1", str(self.autosave.folder))
        return self.tr("Your answers are still here and kept in the autosave.")

    def export_workbook(self) -> Path | None:
        result = self.state.result()
        if result is None:
            QMessageBox.information(
                self.window,
                self.tr("Nothing to export yet"),
                self.tr(
                    "The workbook needs a complete case. The Result page lists what is still missing."
                ),
            )
            return None
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the Excel workbook"),
            str(
                (self.state.path.parent if self.state.path else last_folder())
                / suggested_name(self.state, ".xlsx")
            ),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
        remember_folder(path)
        try:
            from core.report.workbook import write_workbook
        except ImportError:
            QMessageBox.warning(
                self.window,
                self.tr("Export not available"),
                self.tr("The workbook writer is not part of this version."),
            )
            return None
        try:
            write_workbook(result, path, lang=self._lang())
        except WriteError as exc:
            QMessageBox.warning(
                self.window, self.tr("Could not write the workbook"), exc.message(self._lang())
            )
            return None
        answer = QMessageBox.question(
            self.window,
            self.tr("Workbook written"),
            self.tr("The workbook was saved as %1. Open it now?").replace("%1", str(path)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Open,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path
