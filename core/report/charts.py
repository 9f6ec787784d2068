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

from core.report import styles as s
from core.report.styles import clean
from core.report.texts import t


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


def revenue_axes(chart: Any, top: float, lang: str) -> None:
    """The axes of every revenue chart: % of normal from 0 to ``top`` in steps of 20%,
    a month label every quarter, both axes shown."""
    chart.y_axis.number_format = s.PCT0
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = top
    chart.y_axis.majorUnit = 0.2
    chart.y_axis.title = t("rev_pct", lang)
    chart.x_axis.number_format = s.month_format(lang)
    chart.x_axis.tickLblSkip = 3
    chart.x_axis.tickMarkSkip = 3
    show_axes(chart)
