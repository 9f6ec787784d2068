"""The charts' height, without pyqtgraph: the Resultaat page keeps the forecast chart's
room before the chart (and pyqtgraph) is there, so nothing moves when it appears."""

from __future__ import annotations

CHART_HEIGHT = 440  # px; see ui.widgets.charts.ForecastChart.__init__
