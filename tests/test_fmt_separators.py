"""core.fmt writes out each language's separators (so a start-up loads no Babel locale
data, issue 23): they are Babel's (CLDR) for the locales the app formats in."""

from __future__ import annotations

import pytest
from babel.numbers import get_decimal_symbol, get_group_symbol

from core.fmt import _LOCALES, SEPARATORS, number


@pytest.mark.parametrize("lang", sorted(_LOCALES))
def test_separators_are_babels(lang: str) -> None:
    locale = _LOCALES[lang]
    assert SEPARATORS[lang] == (get_group_symbol(locale), get_decimal_symbol(locale))


def test_numbers_use_them() -> None:
    assert number(1234567.25, "nl", 2) == "1.234.567,25"
    assert number(1234567.25, "en", 2) == "1,234,567.25"
