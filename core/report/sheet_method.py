"""Methode / Method: the member-readable method text (core.reference.method) as a printable sheet.

The Markdown is written as plain text: headings as section titles, paragraphs and
bullets wrapped across the page width, tables as cells. Links keep their address in
brackets so the printed page still names the source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from openpyxl.worksheet.worksheet import Worksheet

from core.reference.method import sections
from core.report import styles as s

SHEET_NAMES = {"nl": "Methode", "en": "Method"}
TITLES = {
    "nl": ("Methode", "Hoe Herstelscan rekent, met de aannames en bronnen"),
    "en": ("Method", "How Herstelscan calculates, with its assumptions and sources"),
}
WIDTH = 9  # columns the text spans (the widest table, NOW, has 9)
CHARS = 125  # characters per wrapped line over those columns (LibreOffice fits about 140)
_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def sheet_name(lang: str) -> str:
    return SHEET_NAMES["en" if lang == "en" else "nl"]


@lru_cache(maxsize=8192)  # the same method text in every workbook of a language
def plain(markdown: str) -> str:
    """Inline Markdown as plain text: links as 'text (url)', no emphasis marks."""
    text = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})", markdown)
    return text.replace("**", "").replace("`", "")


@lru_cache(maxsize=64)
def _section_blocks(text: str) -> tuple[tuple[str, str | tuple[str, ...]], ...]:
    """:func:`_blocks` of one section's text, kept (the text is the same in every
    workbook of a language); the tables as tuples, so nothing cached can be changed."""
    return tuple(
        (kind, content if isinstance(content, str) else tuple(content))
        for kind, content in _blocks(text)
    )


def _blocks(text: str) -> list[tuple[str, str | list[str]]]:
    """('heading'|'para'|'table', content) blocks of one section's Markdown."""
    out: list[tuple[str, str | list[str]]] = []
    para: list[str] = []
    table: list[str] = []

    def flush() -> None:
        if para:
            out.append(("para", " ".join(para)))
            para.clear()
        if table:
            out.append(("table", list(table)))
            table.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("|"):
            if para:
                out.append(("para", " ".join(para)))
                para.clear()
            if not set(line) <= set("|-: "):
                table.append(line)
        elif line.startswith("#"):
            flush()
            out.append(("heading", line.lstrip("#").strip()))
        elif line.startswith(("- ", "* ")) or re.match(r"^\d+\. ", line):
            flush()
            bullet = line[2:] if line[0] in "-*" else line
            # its indented continuation lines follow as part of the same paragraph (a
            # bullet was printed as its first source line, the rest as a new paragraph)
            para.append(("• " if line[0] in "-*" else "") + bullet)
        else:
            para.append(line)
    flush()
    return out


#: characters of 10 pt text per sheet column of width 14 (LibreOffice fits about 17)
CHARS_PER_COLUMN = 16


def _table(ws: Worksheet, row: int, lines: list[str]) -> int:
    """A Markdown table as cells; each of its columns spans an equal share of the sheet's
    columns, so a three-column table is three times as wide per column as the NOW table
    and its words are not split across lines. Rows are as tall as their longest cell,
    wrapped at word boundaries."""
    n = max(len(line.strip("|").split("|")) for line in lines)
    n = max(1, min(n, WIDTH))
    span = WIDTH // n
    for number, line in enumerate(lines):
        cells = [plain(c.strip()) for c in line.strip("|").split("|")][:WIDTH]
        font = s.BOLD if number == 0 else s.NORMAL  # the first line is the table's header
        lines_needed = 1
        for i, value in enumerate(cells):
            first = 1 + i * span
            last = WIDTH if i == n - 1 else first + span - 1
            s.put_text(ws, row, first, value, font=font, border=s.GRID, align=s.WRAP_TOP)
            for col in range(first + 1, last + 1):
                s.restyle(s.cell_at(ws, row, col), border=s.GRID)
            if last > first:
                s.merge(ws, row, first, last)
            chars = (last - first + 1) * CHARS_PER_COLUMN - 1
            lines_needed = max(lines_needed, s.wrapped_lines(value, chars))
        ws.row_dimensions[row].height = lines_needed * 13.0 + 4
        row += 1
    return row


def write_method(ws: Worksheet, lang: str) -> None:
    code = "en" if lang == "en" else "nl"
    title, subtitle = TITLES[code]
    row = s.title(ws, title, subtitle)
    s.widths(ws, [14] * WIDTH)
    for sec in sections(code):
        first = True
        for kind, content in _section_blocks(sec.text):
            if kind == "heading":
                label = f"§ {sec.number} {content}" if first else str(content)
                first = False
                row = s.section(ws, row, plain(label))
            elif kind == "para":
                text = plain(str(content))
                row = s.note(ws, row, text, WIDTH, s.wrapped_height(text, CHARS))
                s.restyle(s.cell_at(ws, row - 1, 1), font=s.NORMAL)
            else:
                row = _table(ws, row, [str(line) for line in content])
        row += 1
    ws.freeze_panes = "A4"  # the title stays in view while reading
    s.page_setup(ws, landscape=False, title_rows="1:2", footer_left=title, lang=code)
