"""pyqtgraph charts of the result: exposure by country and the revenue forecast.

Imported only when a result page is first shown (pyqtgraph + numpy cost ~0.7 s), so the
first page appears quickly. Axis labels use the user's language (Dutch decimals need
their own ``AxisItem``). Charts update their items in place, so a recompute redraws in
a few milliseconds.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPen

from core.countries import country_name
from core.months import month_name, parse_month
from ui.formatting import number

pg.setConfigOptions(antialias=True, background="w", foreground="#333333")

# CPB I-IV, then the realised path (what happened in 2020, or 2008-2010 from today).
SCENARIO_COLORS = ["#2a9d8f", "#e9c46a", "#f4a261", "#d62828", "#3d405b"]
COMPANY_COLOR = "#1d3557"
BENCHMARK_COLOR = "#a8b4c4"
CHART_HEIGHT = 440  # px; see ForecastChart.__init__


translate = QCoreApplication.translate


class PercentAxis(pg.AxisItem):
    """Values are percentages; ticks read ``12,5%`` in Dutch."""

    def __init__(self, lang: str, **kwargs) -> None:
        super().__init__(orientation="left", **kwargs)
        self.lang = lang

    def tickStrings(self, values, scale, spacing):
        decimals = 0 if spacing >= 1 else 1
        return [number(v, self.lang, decimals) + "%" for v in values]


class MonthAxis(pg.AxisItem):
    """x = month number from the scenario start; ticks are month names (``okt 2020``)."""

    def __init__(self, lang: str, **kwargs) -> None:
        super().__init__(orientation="bottom", **kwargs)
        self.lang = lang
        self.first_month = 2020 * 12 + 2

    def tickValues(self, minVal, maxVal, size):
        step = 3 if size > 700 else 6
        start = int(max(0, minVal))
        start += (-(self.first_month + start)) % step  # ticks on Jan/Apr/Jul/Oct
        return [(step, list(range(start, int(maxVal) + 1, step)))]

    def tickStrings(self, values, scale, spacing):
        return [month_name(self.first_month + int(v), self.lang) for v in values]


class CountryAxis(pg.AxisItem):
    def __init__(self, **kwargs) -> None:
        super().__init__(orientation="bottom", **kwargs)


def _style_plot(plot: pg.PlotItem) -> None:
    plot.showGrid(x=False, y=True, alpha=0.25)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    font = QFont()
    font.setPointSize(9)
    for name in ("left", "bottom"):
        plot.getAxis(name).setTickFont(font)


class ForecastChart(pg.PlotWidget):
    """Monthly revenue (% of normal) for the four scenarios, NOW windows shaded."""

    def __init__(self, lang: str) -> None:
        self.month_axis = MonthAxis(lang)
        super().__init__(axisItems={"left": PercentAxis(lang), "bottom": self.month_axis})
        self.lang = lang
        plot = self.getPlotItem()
        _style_plot(plot)
        plot.setLabel("left", translate("Charts", "Revenue, % of a normal month"))
        self.legend = plot.addLegend(offset=(-10, -10), labelTextSize="9pt")
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.markers: dict[str, pg.ScatterPlotItem] = {}
        self.regions: list[pg.LinearRegionItem] = []
        self.region_labels: list[pg.TextItem] = []
        self.normal = pg.InfiniteLine(
            pos=100, angle=0, pen=pg.mkPen("#999999", style=Qt.PenStyle.DotLine)
        )
        self.threshold = pg.InfiniteLine(
            pos=80,
            angle=0,
            pen=pg.mkPen("#d62828", width=1, style=Qt.PenStyle.DashLine),
            label=translate("Charts", "20% drop"),
            labelOpts={"position": 0.03, "color": "#d62828", "anchors": [(0, 1), (0, 1)]},
        )
        plot.addItem(self.normal)
        plot.addItem(self.threshold)
        self.drop_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen("#d62828", width=1.5, style=Qt.PenStyle.DashLine)
        )
        plot.addItem(self.drop_line)
        self.data: dict[str, object] = {}
        self._x_range = 0
        self.setAccessibleName(translate("Charts", "Revenue forecast chart"))
        # A fixed height: a chart that stretches gets resized (and repainted twice) whenever a
        # label above it rewraps during a recompute; typing must stay under 50 ms.
        self.setFixedHeight(CHART_HEIGHT)

    def update_result(self, result, selected: str) -> None:
        plot = self.getPlotItem()
        first = parse_month(result.scenarios[0].months[0])
        self.month_axis.first_month = first
        n = len(result.scenarios[0].months)
        self.data = {"scenarios": {}, "now_windows": [], "first_drop": {}}
        for i, sc in enumerate(result.scenarios):
            y = [v * 100 for v in sc.revenue_index]
            label = sc.label(self.lang).split("—")[0].strip()
            width = 3.5 if sc.id == selected else 1.8
            pen = pg.mkPen(SCENARIO_COLORS[i % len(SCENARIO_COLORS)], width=width)
            if sc.id not in self.lines:
                self.lines[sc.id] = plot.plot(list(range(n)), y, pen=pen, name=label)
                self.markers[sc.id] = pg.ScatterPlotItem(
                    size=11,
                    symbol="o",
                    brush=pg.mkBrush(SCENARIO_COLORS[i % len(SCENARIO_COLORS)]),
                    pen=pg.mkPen("w"),
                )
                plot.addItem(self.markers[sc.id])
            else:
                self.lines[sc.id].setData(list(range(n)), y)
                self.lines[sc.id].setPen(pen)
            self.data["scenarios"][sc.id] = y
            drop = sc.first_month_drop_20pct
            if drop is not None:
                x = parse_month(drop) - first
                self.markers[sc.id].setData([x], [y[x]])
                self.data["first_drop"][sc.id] = drop
            else:
                self.markers[sc.id].setData([], [])
        selected_sc = next((s for s in result.scenarios if s.id == selected), result.scenarios[0])
        if selected_sc.first_month_drop_20pct:
            self.drop_line.setPos(parse_month(selected_sc.first_month_drop_20pct) - first)
            self.drop_line.show()
        else:
            self.drop_line.hide()
        shown = [t for t in result.now if t.scenario == selected_sc.id]
        # Reuse the shaded windows: creating graphics items is what costs time here.
        while len(self.regions) < len(shown):
            region = pg.LinearRegionItem(values=(0, 1), movable=False, pen=QPen(Qt.PenStyle.NoPen))
            region.setZValue(-10)
            text = pg.TextItem("", anchor=(0.5, 0))
            plot.addItem(region)
            plot.addItem(text)
            self.regions.append(region)
            self.region_labels.append(text)
        for k, (region, text) in enumerate(zip(self.regions, self.region_labels, strict=True)):
            visible = k < len(shown)
            region.setVisible(visible)
            text.setVisible(visible)
            if not visible:
                continue
            tranche = shown[k]
            a = parse_month(tranche.window[0]) - first
            b = parse_month(tranche.window[1]) - first + 1
            color = QColor("#2a9d8f" if tranche.eligible else "#8d99ae")
            color.setAlpha(45 if tranche.eligible else 28)
            region.setRegion((a - 0.5, b - 0.5))
            region.setBrush(pg.mkBrush(color))
            text.setText(tranche.tranche, color="#1d6f65" if tranche.eligible else "#6c7689")
            text.setPos((a + b - 1) / 2, 124 if k % 2 == 0 else 116)  # stagger: windows can overlap
            self.data["now_windows"].append((tranche.tranche, tranche.window, tranche.eligible))
        if self._x_range != n:
            self._x_range = n
            plot.setXRange(-0.5, n - 0.5, padding=0)
            plot.setYRange(0, 128, padding=0)


class ExposureChart(pg.PlotWidget):
    """The company's exposure per country next to the sector benchmark (bars)."""

    def __init__(self, lang: str, title: str) -> None:
        self.country_axis = CountryAxis()
        super().__init__(axisItems={"left": PercentAxis(lang), "bottom": self.country_axis})
        self.lang = lang
        plot = self.getPlotItem()
        _style_plot(plot)
        plot.setTitle(title, size="10pt")
        plot.addLegend(offset=(-10, 5), labelTextSize="9pt")
        self.company = pg.BarGraphItem(
            x=[],
            height=[],
            width=0.38,
            brush=COMPANY_COLOR,
            name=translate("Charts", "Your company"),
        )
        self.benchmark = pg.BarGraphItem(
            x=[],
            height=[],
            width=0.38,
            brush=BENCHMARK_COLOR,
            name=translate("Charts", "Sector (FME paper)"),
        )
        plot.addItem(self.company)
        plot.addItem(self.benchmark)
        self.data: dict[str, dict[str, float]] = {}
        self._last: tuple | None = None
        self.setAccessibleName(title)
        self.setFixedHeight(CHART_HEIGHT)

    def update_exposure(
        self, company: dict[str, float], benchmark: dict[str, float], max_countries: int = 7
    ) -> None:
        if (company, benchmark) == self._last:
            return  # most edits do not change the exposure: leave the chart alone
        self._last = (dict(company), dict(benchmark))
        top = sorted(company, key=lambda c: -company[c])[:max_countries]
        codes = top + [c for c in benchmark if c not in top]
        xs = list(range(len(codes)))
        self.company.setOpts(
            x=[x - 0.2 for x in xs], height=[company.get(c, 0) * 100 for c in codes]
        )
        self.benchmark.setOpts(
            x=[x + 0.2 for x in xs], height=[benchmark.get(c, 0) * 100 for c in codes]
        )
        names = [country_name(c, self.lang) for c in codes]
        names = [n if len(n) <= 12 else c for n, c in zip(names, codes, strict=True)]
        self.country_axis.setTicks([list(zip(xs, names, strict=True))])
        self.data = {
            "company": {c: company.get(c, 0) for c in codes},
            "benchmark": {c: benchmark.get(c, 0) for c in codes},
        }
        top_value = (
            max([company.get(c, 0) for c in codes] + [benchmark.get(c, 0) for c in codes] + [0.05])
            * 100
        )
        plot = self.getPlotItem()
        plot.setXRange(-0.6, max(len(codes), 1) - 0.4, padding=0)
        plot.setYRange(0, top_value * 1.15, padding=0)
