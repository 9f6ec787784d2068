"""Import a supplier list: choose the columns, see the per-country preview and the rows
that could not be used, then replace the supplier table (one undoable edit)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.reference.countries import country_name
from ui.file_actions import last_folder, remember_folder
from ui.formatting import money, percent
from ui.i18n import current_language
from ui.importing import (
    MAX_ROWS,
    Aggregate,
    ImportFileError,
    aggregate,
    guess_columns,
    read_table,
    supplier_rows,
)

translate = QCoreApplication.translate


class SupplierImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, path: Path, header: list[str], rows: list) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import supplier list"))
        self.rows = rows
        self.result_agg = Aggregate()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "%1: %2 rows. Choose the column with the supplier's country and the column "
                "with the purchase amount; the amounts are added up per country."
            )
            .replace("%1", path.name)
            .replace("%2", str(len(rows)))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.country_col = QComboBox()
        self.amount_col = QComboBox()
        for i, h in enumerate(header):
            label = h or self.tr("column %1").replace("%1", str(i + 1))
            self.country_col.addItem(label, i)
            self.amount_col.addItem(label, i)
        guess_country, guess_amount = guess_columns(header)
        self.country_col.setCurrentIndex(guess_country if guess_country is not None else 0)
        self.amount_col.setCurrentIndex(
            guess_amount if guess_amount is not None else min(1, len(header) - 1)
        )
        form.addRow(self.tr("&Country column:"), self.country_col)
        form.addRow(self.tr("&Amount column:"), self.amount_col)
        layout.addLayout(form)
        self.preview = QTableWidget(0, 3)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Country"), self.tr("Purchases"), self.tr("Share")]
        )
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setAccessibleName(self.tr("Preview per country"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.preview)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.skipped = QPlainTextEdit()
        self.skipped.setReadOnly(True)
        self.skipped.setAccessibleName(self.tr("Rows that could not be used"))
        self.skipped.setMaximumHeight(120)
        layout.addWidget(self.skipped)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Replace the supplier table")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.country_col.currentIndexChanged.connect(self.update_preview)
        self.amount_col.currentIndexChanged.connect(self.update_preview)
        self.resize(620, 560)
        self.update_preview()

    def reason_text(self, reason: str, value: str) -> str:
        texts = {
            "empty_country": self.tr("no country"),
            "unknown_country": self.tr(
                "country '%1' not recognised (use a name or ISO code such as DE)"
            ),
            "no_amount": self.tr("no amount"),
            "bad_amount": self.tr("amount '%1' is not a number"),
            "negative_amount": self.tr("amount %1 is negative"),
        }
        return texts.get(reason, reason).replace("%1", value)

    def update_preview(self) -> None:
        lang = current_language()
        agg = aggregate(self.rows, self.country_col.currentData(), self.amount_col.currentData())
        self.result_agg = agg
        shares = agg.shares()
        ordered = sorted(agg.amounts.items(), key=lambda kv: -kv[1])
        self.preview.setRowCount(len(ordered))
        for r, (code, amount) in enumerate(ordered):
            self.preview.setItem(r, 0, QTableWidgetItem(country_name(code, lang)))
            for col, text in ((1, money(amount, lang)), (2, percent(shares[code], lang))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.preview.setItem(r, col, item)
        self.summary.setText(
            self.tr("%1 rows used, %2 countries, total %3. %4 rows could not be used:")
            .replace("%1", str(agg.rows_used))
            .replace("%2", str(len(ordered)))
            .replace("%3", money(agg.total, lang))
            .replace("%4", str(len(agg.skipped)))
        )
        lines = [
            self.tr("Row %1: %2")
            .replace("%1", str(s.row))
            .replace("%2", self.reason_text(s.reason, s.value))
            for s in agg.skipped[:500]
        ]
        self.skipped.setPlainText("\n".join(lines) if lines else self.tr("(none)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(ordered))


def run_supplier_import(parent: QWidget, state) -> bool:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("SupplierImport", "Import supplier list"),
        str(last_folder()),
        translate("SupplierImport", "Supplier lists (*.csv *.txt *.xlsx);;All files (*)"),
    )
    if not name:
        return False
    path = Path(name)
    remember_folder(path)
    try:
        header, rows = read_table(path)
    except ImportFileError as exc:
        what = {
            "empty": translate("SupplierImport", "the file has no rows"),
            "too_big": translate("SupplierImport", "the file is too large to be a supplier list"),
            "too_many_rows": translate(
                "SupplierImport",
                "it has more than %1 rows; add the amounts up per supplier first",
            ).replace("%1", QLocale().toString(MAX_ROWS)),
        }.get(exc.reason, exc.detail or exc.reason)
        QMessageBox.warning(
            parent,
            translate("SupplierImport", "Could not read the supplier list"),
            translate(
                "SupplierImport",
                "%1 could not be read: %2.\n\nSave the list as CSV or Excel (.xlsx) with a "
                "header row, one row per supplier, a country column and an amount column.",
            )
            .replace("%1", path.name)
            .replace("%2", what),
        )
        return False
    dialog = SupplierImportDialog(parent, path, header, rows)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    existing = state.get("purchasing.suppliers") or []
    state.edit("purchasing.suppliers", supplier_rows(dialog.result_agg, existing), coalesce=False)
    return True
