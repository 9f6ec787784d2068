"""Small helpers for native charts: a readable title and axes that stay visible."""

from __future__ import annotations

from typing import Any

from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.text import (
    CharacterProperties,
    Paragraph,
    ParagraphProperties,
    RegularTextRun,
)

from core.report.styles import clean


def chart_title(text: str, size_pt: int = 12) -> Title:
    """A bold title at ``size_pt`` points (openpyxl's default is a loud 18 pt)."""
    props = CharacterProperties(sz=size_pt * 100, b=True)
    para = Paragraph(
        pPr=ParagraphProperties(defRPr=props), r=[RegularTextRun(rPr=props, t=clean(text))]
    )
    return Title(tx=Text(rich=RichText(p=[para])), overlay=False)


def show_axes(chart: Any) -> None:
    """Recent Excel versions hide both axes unless ``delete`` is explicitly false."""
    chart.x_axis.delete = False
    chart.y_axis.delete = False
