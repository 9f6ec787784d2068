"""Text that is safe to show on one line: control characters, lone surrogates and other
invisible code points escaped, and the length bounded.

Messages quote what was typed; whatever was typed, a message stays one short line.
"""

from __future__ import annotations

import unicodedata

# Control, format, surrogate, private-use and unassigned code points, and line breaks.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def _unsafe(ch: str) -> bool:
    return unicodedata.category(ch) in _UNSAFE_CATEGORIES


def escape(text: str) -> str:
    """``text`` with every unsafe character written as ``\\uXXXX`` (or ``\\n``, ``\\t``)."""
    if text.isprintable() and not any(_unsafe(ch) for ch in text):
        return text
    out: list[str] = []
    for ch in text:
        if ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif _unsafe(ch):
            code = ord(ch)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out)


def excerpt(text: str, limit: int) -> str:
    """``text`` escaped and cut to at most ``limit`` characters (ending in ``...``)."""
    head = escape(text[: limit + 1])
    return head if len(head) <= limit else head[: max(limit - 3, 0)] + "..."


def bad_character(text: str) -> str | None:
    """The first character a text field may not hold, escaped, or None.

    Refused: control characters (tab and line breaks too: a name is one line), lone
    surrogates (they cannot be written as UTF-8), private-use and unassigned code
    points, and invisible format characters other than the joiners emoji and some
    scripts need.
    """
    for ch in text:
        if ch in "\u200c\u200d":
            continue
        if _unsafe(ch):
            return escape(ch)
    return None
