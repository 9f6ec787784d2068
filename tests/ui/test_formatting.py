"""Numbers as the user reads and types them (pure functions, no window)."""

from __future__ import annotations

import pytest

from ui.formatting import money, parse_number, percent, plain


def test_money_dutch_and_english():
    assert money(1234567) == "€\u00a01.234.567"  # non-breaking: "€" never wraps alone
    assert money(-1234) == "-€\u00a01.234"
    assert money(1234567, "en") == "€1,234,567"
    assert money(0.4) == "€\u00a00"


def test_percent_and_plain():
    assert percent(0.125) == "12,5%"
    assert percent(0.5) == "50%"
    assert percent(0.125, "en") == "12.5%"
    assert plain(4.5) == "4,5" and plain(1250) == "1.250" and plain(4.5, "en") == "4.5"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1.234.567", "nl", 1234567),
        ("12,5", "nl", 12.5),
        ("€ 1.234.567", "nl", 1234567),
        ("4.5", "nl", 4.5),  # clearly meant as a decimal point
        ("1.250", "nl", 1250),
        ("-3", "nl", -3),
        ("1,234,567.5", "en", 1234567.5),
        ("45%", "nl", 45),
        ("abc", "nl", None),
        ("1,2,3", "nl", None),
        ("", "nl", None),
    ],
)
def test_parse_number(text, lang, value):
    assert parse_number(text, lang) == value


def test_qt_own_dialogs_are_dutch(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui import i18n

    i18n.install_language("nl")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuleren"
    i18n.install_language("en")
    box2 = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box2.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
