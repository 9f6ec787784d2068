"""About and Help: version, catalogue date, sources, privacy statement, disclaimer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core import APP_NAME, __version__

translate = QCoreApplication.translate


def catalogue_date() -> str:
    try:
        from core.reference.catalogue import as_of

        return as_of().isoformat()
    except Exception:  # the catalogue may be missing in a partial build
        return translate("About", "unknown")


def about_html() -> str:
    return (
        f"<h2>{APP_NAME} {__version__}</h2>"
        + translate(
            "About",
            "<p>A crisis self-assessment for manufacturing SMEs: exposure by country, the "
            "revenue forecast under the CPB scenarios, and the support measures that fit.</p>",
        )
        + "<p>"
        + translate("About", "Measures catalogue as of: %1").replace("%1", catalogue_date())
        + "</p>"
        + translate(
            "About",
            "<p><b>Sources:</b> CPB, 'Scenario's economische gevolgen coronacrisis' (26 March "
            "2020); FME, 'Coronacrisis: hoe nu verder' (April 2020); UWV and Rijksoverheid for "
            "NOW and the other schemes; RVO; CBS StatLine. Each figure names its source in the "
            "app and in the workbook.</p>",
        )
        + translate(
            "About",
            "<p><b>Privacy:</b> nothing leaves this PC. Herstelscan makes no internet "
            "connections; your answers are stored only in the files you save and in a "
            "recovery copy in your own user folder.</p>",
        )
        + translate(
            "About",
            "<p><b>Disclaimer:</b> the results are estimates from a model and public "
            "figures. They are not advice and no decision on any scheme; check with your "
            "accountant and the authority that runs the scheme.</p>",
        )
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, translate("About", "About %1").replace("%1", APP_NAME), about_html())


HELP = [
    QT_TRANSLATE_NOOP(
        "About", "Start here: begin a new case, open a saved one, or try the example company."
    ),
    QT_TRANSLATE_NOOP(
        "About",
        "Name, sector and normal annual revenue are needed; the KvK number and clusters are optional.",
    ),
    QT_TRANSLATE_NOOP(
        "About",
        "The months of production your firm orders cover decide when the drop reaches your revenue.",
    ),
    QT_TRANSLATE_NOOP(
        "About",
        "Purchases as a share of revenue, stock, and where you buy. Insert adds a country, Delete removes it, Ctrl+Z undoes.",
    ),
    QT_TRANSLATE_NOOP("About", "Where your customers are; the shares must add up to 100%."),
    QT_TRANSLATE_NOOP(
        "About", "Employees, FTE and the monthly wage bill size NOW and the other wage schemes."
    ),
    QT_TRANSLATE_NOOP("About", "Optional: cash and fixed costs show how long your cash lasts."),
    QT_TRANSLATE_NOOP(
        "About",
        "Hover over or click 'Why?' on a figure to see its formula, values and source. Change an assumption to see its effect.",
    ),
    QT_TRANSLATE_NOOP("About", "Filter by verdict; proposals are FME's requests, not law."),
    QT_TRANSLATE_NOOP("About", "Write the Excel workbook (Ctrl+E) and save the case (Ctrl+S)."),
]


def show_help(parent: QWidget, step: int) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("About", "Help"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    layout = QVBoxLayout(dialog)
    text = QTextBrowser()
    text.setOpenExternalLinks(True)
    helps = [translate("About", h) for h in HELP]
    title = translate("About", "How the scan works")
    items = "".join(
        f"<li>{'<b>' if i == step else ''}{h}{'</b>' if i == step else ''}</li>"
        for i, h in enumerate(helps)
    )
    keys = translate(
        "About",
        "<p><b>Keys:</b> Ctrl+N new, Ctrl+O open, Ctrl+S save, Ctrl+E export, Ctrl+Z undo, "
        "Alt+N next step, Alt+B previous step, F1 this help. Every field can be reached "
        "with Tab; underlined letters jump to a field with Alt.</p>",
    )
    text.setHtml(f"<h3>{title}</h3><ol>{items}</ol>{keys}")
    layout.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout.addWidget(buttons)
    dialog.resize(620, 480)
    dialog.show()
