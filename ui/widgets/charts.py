"""pyqtgraph charts of the result: exposure by country and the revenue forecast.

Imported only when a result page is first shown (pyqtgraph + numpy cost ~0.7 s), so the
first page appears quickly. Axis labels use the user's language (Dutch decimals need
their own ``AxisItem``). Charts update their items in place, so a recompute redraws in
a few milliseconds.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGraphicsItem

from core.months import month_name, parse_month
from core.reference.countries import country_name
from ui.formatting import number
from ui.widgets.chart_size import CHART_HEIGHT

pg.setConfigOptions(antialias=True, background="w", foreground="#333333")

# The workbook's chart colours (core/report/sheet_forecast.py SCENARIO_COLOURS): CPB I-IV,
# then the realised path; tests/ui/test_result_page.py keeps them equal.
SCENARIO_COLORS = ["#1F3864", "#2E75B6", "#C55A11", "#7F7F7F", "#2A9D8F"]
BAND_COLORS = ["#E4ECF7", "#FBE5D6"]  # the workbook's NOW bands
ELIGIBLE_COLOR = "#1b6e3a"
THRESHOLD_COLOR = "#C00000"
COMPANY_COLOR = "#1d3557"
BENCHMARK_COLOR = "#a8b4c4"


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


def scenario_color(index: int) -> str:
    return SCENARIO_COLORS[index % len(SCENARIO_COLORS)]


def short_label(label: str) -> str:
    """``Scenario II`` from ``Scenario II — contactbeperkingen 6 maanden``."""
    return label.split("—")[0].strip()


def now_window(tranche) -> tuple[str, str]:
    """A NOW tranche's measurement window; chained windows where the result has them."""
    start = getattr(tranche, "window_start", None)
    end = getattr(tranche, "window_end", None)
    if start and end:
        return start, end
    return tranche.window[0], tranche.window[1]


def lanes(spans: list[tuple[float, float]]) -> list[int]:
    """A lane per span so that no two spans in one lane overlap (first fit)."""
    ends: list[float] = []
    out = []
    for a, b in spans:
        lane = next((i for i, end in enumerate(ends) if a > end), len(ends))
        if lane == len(ends):
            ends.append(b)
        else:
            ends[lane] = b
        out.append(lane)
    return out


def stress_floor(result, series: dict) -> float:
    """Where the revenue axis starts: at 0 as always, except for the stress tests of
    today, whose dips of a few percent would be a flat line at the top of a 0-100%
    chart; then 10 points below the lowest month or the 20% line, whichever is lower."""
    if not all(getattr(sc, "kind", "") == "stress" for sc in result.scenarios):
        return 0.0
    low = min([80.0, *(min(v) for v in series.values())])
    return max(0.0, (int(low) // 10) * 10 - 10.0)


TOP = 100.0  # normal; the NOW windows are drawn as bars above it
LANE_HEIGHT = 9.0


class ForecastChart(pg.PlotWidget):
    """Monthly revenue (% of normal) per scenario; the chosen scenario's NOW windows as
    bars above the curves, one lane per overlapping window; hover tells the numbers."""

    def __init__(self, lang: str) -> None:
        self.month_axis = MonthAxis(lang)
        super().__init__(axisItems={"left": PercentAxis(lang), "bottom": self.month_axis})
        self.lang = lang
        plot = self.getPlotItem()
        _style_plot(plot)
        plot.setLabel("left", translate("Charts", "Revenue, % of a normal month"))
        self.legend = plot.addLegend(offset=(-10, -10), labelTextSize="9pt")
        # An edit repaints the curves, and with them whatever overlaps them: the axes
        # (the left one draws the grid across the plot) and the legend. These are kept
        # as pixmaps until they change (the same pixels; an edit ~1.5 ms less paint).
        for item in (plot.getAxis("left"), self.month_axis, self.legend):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # Curves, not PlotDataItems: a line without symbols is what PlotDataItem draws
        # through its own curve, without re-processing the data for symbols it has not.
        self.lines: dict[str, pg.PlotCurveItem] = {}
        self.markers: dict[str, pg.ScatterPlotItem] = {}
        self.bars: list[pg.QtWidgets.QGraphicsRectItem] = []
        self.bar_labels: list[pg.TextItem] = []
        self.normal = pg.InfiniteLine(
            pos=100, angle=0, pen=pg.mkPen("#999999", style=Qt.PenStyle.DotLine)
        )
        self.threshold = pg.InfiniteLine(
            pos=80,
            angle=0,
            pen=pg.mkPen(THRESHOLD_COLOR, width=1.5, style=Qt.PenStyle.DashLine),
            label=translate("Charts", "20% drop"),
            labelOpts={"position": 0.03, "color": THRESHOLD_COLOR, "anchors": [(0, 1), (0, 1)]},
        )
        # The 20% line is what the curves are read against: drawn above them.
        self.threshold.setZValue(50)
        plot.addItem(self.normal)
        plot.addItem(self.threshold)
        self.drop_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(THRESHOLD_COLOR, width=1.5, style=Qt.PenStyle.DashLine)
        )
        plot.addItem(self.drop_line)
        self.hover_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#555555", width=1))
        self.hover_line.setZValue(60)
        self.hover_line.hide()
        plot.addItem(self.hover_line)
        self.hover_label = pg.TextItem(
            "", color="#222222", fill=pg.mkBrush(255, 255, 255, 235), border=pg.mkPen("#999999")
        )
        self.hover_label.setZValue(70)
        self.hover_label.hide()
        plot.addItem(self.hover_label)
        self.hover_text = ""
        # The chosen scenario's catch-up above 100% and its second dip, labelled on the
        # curve: "not back to normal" then agrees with a chart that shows 104%.
        self.wave_labels = {
            kind: pg.TextItem("", color="#333333", anchor=(0.5, 1 if kind == "catch_up" else 0))
            for kind in ("catch_up", "second_dip")
        }
        for item in self.wave_labels.values():
            item.setZValue(45)
            item.hide()
            plot.addItem(item)
        self.marks: dict[str, dict[int, str]] = {}
        self.data: dict[str, object] = {}
        self._range: tuple[int, int, float] | None = None
        self._legend_keys: list[tuple[str, str]] = []
        self._marker_at: dict[str, tuple[int, float] | None] = {}
        self._labels: dict[str, str] = {}
        self._months: list[str] = []
        self._top = TOP
        self.setAccessibleName(translate("Charts", "Revenue forecast chart"))
        self.setMouseTracking(True)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        plot.vb.sigResized.connect(self._on_resized)
        # A fixed height: a chart that stretches gets resized (and repainted twice) whenever a
        # label above it rewraps during a recompute; typing must stay under 50 ms.
        self.setFixedHeight(CHART_HEIGHT)

    # -- hover -------------------------------------------------------------------
    def _on_mouse_moved(self, pos) -> None:
        plot = self.getPlotItem()
        if not plot.sceneBoundingRect().contains(pos):
            self.hide_hover()
            return
        point = plot.vb.mapSceneToView(pos)
        self.hover_at(point.x(), point.y())

    def _place_hover_label(self, i: int, series: dict, y: float | None = None) -> None:
        """The box beside the hover line, as near the mouse as it can be without covering
        a curve it explains: tried at the mouse's height, then a little higher and lower,
        at the bottom of the plot as the last resort."""
        n = len(self._months)
        self.hover_label.setAnchor((1, 0.5) if i > n * 0.7 else (0, 0.5))
        top = self._range[2] if self._range else TOP
        start = min(max(y if y is not None else 50.0, 4.0), top - 4)
        for step in range(0, 40):
            offset = (step + 1) // 2 * 3.0 * (1 if step % 2 else -1)
            at = start + offset
            if not 3 <= at <= top - 3:
                continue
            self.hover_label.setPos(i, at)
            if not self._hides_a_line(series):
                return
        self.hover_label.setAnchor((1, 1) if i > n * 0.7 else (0, 1))
        self.hover_label.setPos(i, 1)

    def hover_box(self):
        """The hover box in scene pixels. Its own sceneBoundingRect is not: a TextItem
        ignores the view's transformations, and Qt then reports its size in data units."""
        from PySide6.QtCore import QRectF

        label = self.hover_label
        size = label.boundingRect().size()
        at = self.getPlotItem().vb.mapViewToScene(label.pos())
        ax, ay = label.anchor.x(), label.anchor.y()
        return QRectF(
            at.x() - ax * size.width(), at.y() - ay * size.height(), size.width(), size.height()
        )

    def _hides_a_line(self, series: dict) -> bool:
        """Whether the box covers a curve (a point or a segment between two months), a NOW
        bar, a wave label or the legend."""
        import math

        vb = self.getPlotItem().vb
        scene_box = self.hover_box()
        # nor a NOW bar, the labels on the curves, or the legend
        others = [*self.bars, *self.wave_labels.values(), self.legend]
        if any(o.isVisible() and o.sceneBoundingRect().intersects(scene_box) for o in others):
            return True
        box = vb.mapSceneToView(scene_box).boundingRect()
        x0, x1 = box.left(), box.right()
        y0, y1 = min(box.top(), box.bottom()), max(box.top(), box.bottom())
        for values in series.values():
            last = len(values) - 1
            for x in range(max(0, math.floor(x0) - 1), min(last, math.ceil(x1)) + 1):
                a, b = values[x], values[min(x + 1, last)]
                if x + 1 < x0 and x + 1 <= last:
                    continue
                if min(a, b) <= y1 and max(a, b) >= y0 and x <= x1:
                    return True
        return False

    def leaveEvent(self, event) -> None:
        """The mouse left the chart: the box goes with it instead of lingering."""
        self.hide_hover()
        super().leaveEvent(event)

    def hide_hover(self) -> None:
        self.hover_line.hide()
        self.hover_label.hide()
        self.hover_text = ""

    def hover_at(self, x: float, y: float) -> str:
        """The month under ``x`` and the scenario nearest ``y``: "mei 2020 · Scenario II: 84%"."""
        series = self.data.get("scenarios") or {}
        if not series or not self._months:
            return ""
        i = round(x)
        if not 0 <= i < len(self._months):
            self.hide_hover()
            return ""
        sid = min(series, key=lambda k: abs(series[k][i] - y))
        month = month_name(parse_month(self._months[i]), self.lang)
        value = number(series[sid][i], self.lang, 1) + "%"
        self.hover_text = f"{month} · {self._labels[sid]}: {value}"
        self.hover_label.setText(self.hover_text)
        self.hover_line.setPos(i)
        self.hover_line.show()
        self.hover_label.show()
        self._place_hover_label(i, series, y)
        return self.hover_text

    # -- data ----------------------------------------------------------------------
    def update_result(self, result, selected: str) -> None:
        self._last = (result, selected)
        plot = self.getPlotItem()
        first = parse_month(result.scenarios[0].months[0])
        n = len(result.scenarios[0].months)
        self._months = list(result.scenarios[0].months)
        self.data = {"scenarios": {}, "now_windows": [], "first_drop": {}, "legend": []}
        ids = [sc.id for sc in result.scenarios]
        for gone in [k for k in self.lines if k not in ids]:
            # The other crisis start has other ids (cpb2 <-> cpb2_now): drop the old curves.
            plot.removeItem(self.lines.pop(gone))
            plot.removeItem(self.markers.pop(gone))
            self._marker_at.pop(gone, None)
        self._labels = {sc.id: short_label(sc.label(self.lang)) for sc in result.scenarios}
        for i, sc in enumerate(result.scenarios):
            y = [v * 100 for v in sc.revenue_index]
            width = 3.5 if sc.id == selected else 1.8
            pen = pg.mkPen(scenario_color(i), width=width)
            if sc.id not in self.lines:
                self.lines[sc.id] = pg.PlotCurveItem(list(range(n)), y, pen=pen)
                plot.addItem(self.lines[sc.id])
                self.markers[sc.id] = pg.ScatterPlotItem(
                    size=11, symbol="o", brush=pg.mkBrush(scenario_color(i)), pen=pg.mkPen("w")
                )
                self.markers[sc.id].setZValue(40)
                plot.addItem(self.markers[sc.id])
            else:
                # data and pen in one call: the curve is rebuilt once, not twice
                self.lines[sc.id].setData(list(range(n)), y, pen=pen)
            self.lines[sc.id].setZValue(30 if sc.id == selected else 20)
            self.data["scenarios"][sc.id] = y
            drop = sc.first_month_drop_20pct
            at = None
            if drop is not None:
                x = parse_month(drop) - first
                at = (x, y[x])
                self.data["first_drop"][sc.id] = drop
            if self._marker_at.get(sc.id, ()) != at:  # most edits leave the marker be
                self.markers[sc.id].setData(*([[at[0]], [at[1]]] if at else [[], []]))
                self._marker_at[sc.id] = at
        legend_keys = [(sc.id, self._labels[sc.id]) for sc in result.scenarios]
        if legend_keys != self._legend_keys:
            self.legend.clear()
            for sid, label in legend_keys:
                self.legend.addItem(self.lines[sid], label)
            self._legend_keys = legend_keys
        self.data["legend"] = [label for _sid, label in legend_keys]
        selected_sc = next((s for s in result.scenarios if s.id == selected), result.scenarios[0])
        if selected_sc.first_month_drop_20pct:
            self.drop_line.setPos(parse_month(selected_sc.first_month_drop_20pct) - first)
            self.drop_line.show()
        else:
            self.drop_line.hide()
        self._draw_now_windows(result, selected_sc.id, first)
        self._draw_waves(result, selected_sc)
        y_max = max([TOP, *(max(v) for v in self.data["scenarios"].values())])
        y_top = max(y_max, TOP) + 4 + self._top_lanes * LANE_HEIGHT
        y_bottom = stress_floor(result, self.data["scenarios"])
        self.data["y_range"] = (y_bottom, y_top)
        wanted = (first, n, y_top, y_bottom)
        if self._range != wanted:
            self._range = wanted
            self.month_axis.first_month = first
            self.month_axis.picture = None  # the tick texts are cached: redraw them
            self.month_axis.update()
            plot.setXRange(-0.5, n - 0.5, padding=0)
            plot.setYRange(y_bottom, y_top, padding=0)
        self.hide_hover()

    _top_lanes = 0

    def _draw_waves(self, result, selected_sc) -> None:
        from core.advice.answer import catch_up, second_dip

        self.marks = {}
        for sc in result.scenarios:
            marks: dict[int, str] = {}
            up, dip = catch_up(sc), second_dip(sc)
            if dip is not None:
                marks[sc.months.index(dip[0])] = "second_dip"
                if up is not None and up[0] < dip[0]:
                    marks[sc.months.index(up[0])] = "catch_up"
            self.marks[sc.id] = marks
        words = {
            "catch_up": translate("Charts", "catching up %1"),
            "second_dip": translate("Charts", "second dip %1"),
        }
        shown: dict[str, str] = {}
        wanted = {kind: i for i, kind in self.marks.get(selected_sc.id, {}).items()}
        for kind, item in self.wave_labels.items():
            i = wanted.get(kind)
            if i is None:
                item.hide()
                continue
            value = selected_sc.revenue_index[i] * 100
            text = words[kind].replace("%1", f"{number(value, self.lang, 0)}%")
            item.setText(text)
            item.setPos(i, value + (1.5 if kind == "catch_up" else -1.5))
            item.show()
            shown[kind] = text
        self.data["waves"] = shown

    def month_marks(self) -> list[dict[int, str]]:
        """Per scenario column of :meth:`month_table`: the month rows of a catch-up and a
        second dip."""
        return [self.marks.get(sid, {}) for sid in self._labels]

    def _draw_now_windows(self, result, selected: str, first: int) -> None:
        plot = self.getPlotItem()
        shown = [t for t in result.now if t.scenario == selected]
        spans = [
            (parse_month(now_window(t)[0]) - first, parse_month(now_window(t)[1]) - first)
            for t in shown
        ]
        self._laid_out_at = round(plot.vb.width())
        lane_of = lanes(self._label_spans(shown, spans))
        self._top_lanes = max(lane_of, default=-1) + 1
        y_max = max([TOP, *(max(v) for v in self.data["scenarios"].values())]) + 3
        while len(self.bars) < len(shown):
            bar = pg.QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
            bar.setZValue(5)
            text = pg.TextItem("", anchor=(0.5, 0.5))
            small = QFont()
            small.setPointSize(self.BAR_FONT_PT)
            text.setFont(small)
            text.setZValue(6)
            plot.addItem(bar)
            plot.addItem(text)
            self.bars.append(bar)
            self.bar_labels.append(text)
        for k, (bar, text) in enumerate(zip(self.bars, self.bar_labels, strict=True)):
            visible = k < len(shown)
            bar.setVisible(visible)
            text.setVisible(visible)
            if not visible:
                continue
            tranche = shown[k]
            a, b = spans[k]
            y0 = y_max + lane_of[k] * LANE_HEIGHT
            bar.setRect(a - 0.45, y0 + 0.5, b - a + 0.9, LANE_HEIGHT - 1)
            bar.setBrush(pg.mkBrush(BAND_COLORS[k % 2]))
            color = ELIGIBLE_COLOR if tranche.eligible else "#6c7689"
            bar.setPen(pg.mkPen(color, width=1.5 if tranche.eligible else 0.8))
            text.setText(tranche.tranche + (" ✓" if tranche.eligible else ""), color=color)
            text.setPos((a + b) / 2, y0 + LANE_HEIGHT / 2)
            self.data["now_windows"].append(
                (tranche.tranche, now_window(tranche), tranche.eligible, lane_of[k])
            )

    BAR_FONT_PT = 8

    def _label_spans(self, shown, spans: list[tuple[int, int]]) -> list[tuple[float, float]]:
        """Each bar widened to its label where the label is wider than the bar at this
        chart's width, so a label never runs into the next one (NOW-5 into NOW-6 on a
        narrow window): such neighbours go to separate lanes."""

        width = self.getPlotItem().vb.width()
        n = max(len(self._months), 1)
        if width <= 0:
            return [(float(a), float(b)) for a, b in spans]
        per_month = width / n
        small = QFont()
        small.setPointSize(self.BAR_FONT_PT)
        metrics = QFontMetrics(small)
        out = []
        for tranche, (a, b) in zip(shown, spans, strict=True):
            label = tranche.tranche + (" ✓" if tranche.eligible else "")
            half = (metrics.horizontalAdvance(label) + 8) / per_month / 2
            centre = (a + b) / 2
            out.append((min(a - 0.45, centre - half), max(b + 0.45, centre + half)))
        return out

    def _on_resized(self, *_args) -> None:
        width = round(self.getPlotItem().vb.width())
        if self._last is not None and width != self._laid_out_at:
            self.update_result(*self._last)  # the NOW labels' lanes follow the width

    _laid_out_at = -1

    _last: tuple | None = None

    def month_table(self) -> tuple[list[str], list[str], list[list[float]]]:
        """Months, scenario labels, and revenue % per month (rows) and scenario (columns)."""
        ids = list(self.data.get("scenarios", {}))
        rows = [[self.data["scenarios"][sid][i] for sid in ids] for i in range(len(self._months))]
        return list(self._months), [self._labels[sid] for sid in ids], rows


def _fit_name(name: str, metrics, room: int) -> str:
    """A name in ``room`` pixels: whole, else on two lines at a space ("Verenigde" /
    "Staten"), else shortened with "…"."""
    if metrics.horizontalAdvance(name) <= room:
        return name
    if " " in name:
        spaces = [i for i, ch in enumerate(name) if ch == " "]
        cut = min(spaces, key=lambda i: abs(i - len(name) / 2))
        name = name[:cut] + "\n" + name[cut + 1 :]
    return "\n".join(
        metrics.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in name.split("\n")
    )


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
        self.full_names: list[str] = []
        self.tick_names: list[str] = []
        plot.vb.sigResized.connect(lambda *_: self._set_ticks())

    def _set_ticks(self) -> None:
        """Country names shortened to the room each bar pair has, so on a narrow window
        two names never run together ("NederlandBelgië" at 900 px)."""
        names = list(self.full_names)
        width = self.getPlotItem().vb.width()
        if names and width > 0:
            room = int(width / len(names)) - 6
            font = self.country_axis.style.get("tickFont") or QFont()
            metrics = QFontMetrics(font)
            names = [_fit_name(n, metrics, room) for n in names]
        if names != self.tick_names:
            self.tick_names = names
            self.country_axis.setTicks([list(enumerate(names))])
            # pyqtgraph drops a label taller than its axis: make room for two lines
            lines = max((n.count("\n") + 1 for n in names), default=1)
            font = self.country_axis.style.get("tickFont") or QFont()
            spacing = QFontMetrics(font).lineSpacing()
            self.country_axis.setHeight(lines * spacing + 14 if lines > 1 else None)

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
        # A country the paper gives no sector figure for has no grey bar: absent, not 0%.
        known = [(x, c) for x, c in zip(xs, codes, strict=True) if c in benchmark]
        self.benchmark.setOpts(
            x=[x + 0.2 for x, _c in known], height=[benchmark[c] * 100 for _x, c in known]
        )
        names = [country_name(c, self.lang) for c in codes]
        # The name, not the ISO code ("Verenigde Staten", not "US"); a very long one shortened.
        names = [n if len(n) <= 18 else n[:17].rstrip() + "…" for n in names]
        self.full_names = names
        self._set_ticks()
        self.data = {
            "company": {c: company.get(c, 0) for c in codes},
            "benchmark": {c: benchmark[c] for c in codes if c in benchmark},
        }
        top_value = (
            max([company.get(c, 0) for c in codes] + [benchmark.get(c, 0) for c in codes] + [0.05])
            * 100
        )
        plot = self.getPlotItem()
        plot.setXRange(-0.6, max(len(codes), 1) - 0.4, padding=0)
        plot.setYRange(0, top_value * 1.15, padding=0)
