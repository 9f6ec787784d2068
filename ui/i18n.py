"""Language: Qt translators (ours and Qt's own dialogs), the remembered choice.

Source strings are English inside ``tr()``; Dutch comes from
``resources/translations/herstelscan_nl.qm`` (built by tools/build_translations.py) and
Qt's own ``qtbase_nl.qm``. Dutch is the default until the user picks English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from core.reference.resources import resource_path

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def settings() -> QSettings:
    """The app's settings (organisation and app name are set by ``ui.app``)."""
    return QSettings()


def saved_language() -> str:
    value = settings().value("language", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def remember_language(lang: str) -> None:
    settings().setValue("language", lang)


def current_language() -> str:
    return _current


def qlocale(lang: str | None = None) -> QLocale:
    lang = lang or _current
    return (
        QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        if lang == "nl"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )


def install_language(lang: str) -> bool:
    """Switch every translator to ``lang``; returns False if our .qm file is missing."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _current = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(qlocale(_current))
    if _current == "en":
        return True
    ok = True
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"herstelscan_{_current}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        ok = False
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{_current}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    return ok
