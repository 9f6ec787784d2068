"""Step 8, Resultaat: charts, headline figures, critical suppliers, assumptions."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.reference.countries import country_name
from core.reference.scenario_choice import base_id
from ui.after_repaint import AfterRepaint
from ui.formatting import nbsp_euro
from ui.i18n import current_language
from ui.pages.base import Page
from ui.pages.problems_banner import ProblemsBanner
from ui.widgets.chart_size import CHART_HEIGHT
from ui.widgets.figures import FigurePanel


def _shrinkable(combo: QComboBox, chars: int) -> QComboBox:
    """A combo whose width does not follow its longest item: the page never scrolls sideways."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def _show(widget: QWidget, visible: bool) -> None:
    """Show or hide a widget only when that changes anything (each call lays out again).
    A widget never shown or hidden explicitly is always set: it would otherwise follow
    its parent when that is shown."""
    explicit = widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
    if not explicit or widget.isHidden() == visible:
        widget.setVisible(visible)


class ResultPage(Page):
    jumpRequested = Signal(int)
    prefixes = ("assumptions",)

    def __init__(self, state) -> None:
        self.charts_ready = False
        #: the widgets hidden while the page waits for its first result (see shown)
        self.pending: list[QWidget] = []
        self._stale = True
        #: the edited answer the queued refresh is for (None: more than one)
        self._edited: str | None = None
        self.last_refresh_ms = 0.0
        self._stretched = False
        super().__init__(state, self.tr("Result"))
        self._later = AfterRepaint(self._refresh_after_edit, self)
        self._stretched = True  # Page.__init__ ended the body with its stretch
        self.viewport().installEventFilter(self)

    def build(self) -> None:
        self.banner = ProblemsBanner(self.state)
        self.banner.jumpRequested.connect(self.jumpRequested)
        self.body.addWidget(self.banner)
        # The answer first: how hard, when, what can be applied for today (core.advice.answer),
        # the same sentences as in `assess` and on the workbook's first sheet.
        self.answer = QLabel()
        self.answer.setObjectName("answerLabel")
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.PlainText)
        self.answer.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.answer.setAccessibleName(self.tr("The answer in short"))
        self.body.addWidget(self.answer)
        row = QGridLayout()  # two rows: the page fits 1024 px wide as well
        row.setColumnStretch(1, 1)
        label = QLabel(self.tr("&Scenario for the figures:"))
        self.scenario_label = label
        self.scenario = _shrinkable(QComboBox(), 18)
        label.setBuddy(self.scenario)
        self.scenario.currentIndexChanged.connect(lambda _i: self._choose_scenario())
        row.addWidget(label, 0, 0)
        row.addWidget(self.scenario, 0, 1)
        start_label = QLabel(self.tr("&Crisis starts:"))
        self.start_label = start_label
        self.start = _shrinkable(QComboBox(), 14)
        self.start.addItem(self.tr("March 2020 (CPB scenarios)"), "2020")
        self.start.addItem(self.tr("this month (same scenarios, starting now)"), "now")
        self.start.addItem(self.tr("Stress tests of today"), "stress")
        self.start.setToolTip(
            self.tr(
                "From March 2020 the corona schemes of 2020–2022 apply. Starting this month, "
                "those schemes are history and only schemes in force today can be claimed. "
                "The stress tests of today replay the shocks of now per country (tariffs, "
                "export stops, a slump in a customer country) from this month, with your own "
                "scenario next to them."
            )
        )
        start_label.setBuddy(self.start)
        # Rebuilt on a language switch: show the start the case has, before listening.
        self.start.setCurrentIndex(max(self.start.findData(self.state.start), 0))
        self.start.currentIndexChanged.connect(
            lambda _i: self.state.set_start(self.start.currentData())
        )
        row.addWidget(start_label, 1, 0)
        row.addWidget(self.start, 1, 1)
        self.own_button = QPushButton(self.tr("&Own scenario…"))
        self.own_button.setToolTip(self.tr("Build your own stress test or change it"))
        self.own_button.clicked.connect(self.show_own_editor)
        row.addWidget(self.own_button, 1, 2)
        self.body.addLayout(row)
        self.figures = FigurePanel()
        self.body.addWidget(self.figures)
        self.warnings = QLabel()
        self.warnings.setObjectName("bannerLabel")
        self.warnings.setWordWrap(True)
        self.body.addWidget(self.warnings)
        heading = QHBoxLayout()
        self.forecast_section = QLabel(self.tr("Monthly revenue per scenario"))
        self.forecast_section.setObjectName("sectionLabel")
        heading.addWidget(self.forecast_section, 1)
        self.table_button = QPushButton(self.tr("Month &table…"))
        self.table_button.setToolTip(self.tr("The chart's numbers: every month, every scenario"))
        self.table_button.clicked.connect(self.show_month_table)
        heading.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.body.addLayout(heading)
        self.forecast_note = QLabel()
        self.forecast_note.setObjectName("whyLabel")
        self.forecast_note.setWordWrap(True)
        self.body.addWidget(self.forecast_note)
        self.forecast_box = QVBoxLayout()
        # The chart's room until the chart is there (pyqtgraph loads after the figures
        # are painted): the page below it does not move down when it appears.
        self.chart_room = QWidget()
        self.chart_room.setFixedHeight(CHART_HEIGHT)
        self.forecast_box.addWidget(self.chart_room)
        self.body.addLayout(self.forecast_box)
        self._lower_built = False

    #: what the page builds below the forecast chart (the own scenario, the exposure,
    #: the assumptions): built on first use (_build_lower), so a start on this page
    #: paints before those widgets (and their modules) exist
    _LOWER = frozenset(
        {
            "own_section",
            "own_editor",
            "exposure_section",
            "exposure_note",
            "stress_exposure",
            "exposure_row",
            "assumptions",
        }
    )

    def __getattr__(self, name: str):
        # Only called for attributes not set (yet): the lower part is built on first use.
        if name in ResultPage._LOWER and not self.__dict__.get("_lower_built", True):
            self._build_lower()
            return self.__dict__[name]
        raise AttributeError(name)

    def _build_lower(self) -> None:
        """The page below the forecast chart, in its place above the page's stretch: built
        when the page is shown or one of its parts is asked for (``__getattr__``)."""
        if self.__dict__.get("_lower_built", True):
            return
        self._lower_built = True
        from ui.widgets.assumptions_editor import AssumptionsEditor
        from ui.widgets.own_scenario import OwnScenarioEditor
        from ui.widgets.stress_exposure import StressExposurePanel

        # Page.__init__ ended the body with a stretch: the lower part goes above it.
        stretch = self.body.takeAt(self.body.count() - 1) if self._stretched else None
        # The member's own stress test, in the stress start only (issue 17, item 4); it
        # stays visible while its problems keep the result from being computed.
        self.own_section = self.add_section(self.tr("Your own scenario"))
        self.own_editor = OwnScenarioEditor(self.state)
        self.body.addWidget(self.own_editor)
        self.exposure_section = self.add_section(self.tr("Exposure by country"))
        note = QLabel(
            self.tr(
                "Supply: purchases as a share of revenue × the country's share of purchases "
                "(the share of production at risk if deliveries stop). Demand: the share of "
                "revenue sold there. The sector figures (FME paper) also count indirect "
                "effects through other countries."
            )
        )
        note.setObjectName("whyLabel")
        note.setWordWrap(True)
        self.exposure_note = note
        self.body.addWidget(note)
        self.stress_exposure = StressExposurePanel()
        self.body.addWidget(self.stress_exposure)
        self.exposure_row = QHBoxLayout()
        # The exposure charts' room until they are there (see chart_room).
        self.exposure_room = [QWidget(), QWidget()]
        for room in self.exposure_room:
            room.setFixedHeight(CHART_HEIGHT)
            self.exposure_row.addWidget(room)
        self.body.addLayout(self.exposure_row)
        self._assumptions_section = self.add_section(self.tr("Assumptions"))
        why = QLabel(
            self.tr(
                "The model's assumptions with their sources (hover for the reasoning). "
                "Change one and everything is recomputed; changes are saved with the case "
                "and marked in the report."
            )
        )
        why.setObjectName("whyLabel")
        why.setWordWrap(True)
        self.body.addWidget(why)
        self.assumptions = AssumptionsEditor(self.state)
        self.body.addWidget(self.assumptions)
        if stretch is not None:
            self.body.addItem(stretch)
        if self.widget().isVisible():
            # Built into a page on screen: shown now, as built before the page was shown.
            for w in (self.own_section, self.own_editor, self.exposure_section, note):
                w.show()
            for w in (self.stress_exposure, self.assumptions, why, self._assumptions_section):
                w.show()
        self._set_exposure_direction(self.viewport().width() - 2 * self.side_margin())

    def ensure_charts(self) -> None:
        if self.charts_ready:
            return
        self._build_lower()  # the exposure charts' row
        from ui.widgets.charts import ExposureChart, ForecastChart

        lang = current_language()
        self.forecast = ForecastChart(lang)
        self.forecast_box.addWidget(self.forecast)
        self.forecast.setVisible(not self.chart_room.isHidden())
        self.forecast_box.removeWidget(self.chart_room)
        self.chart_room.hide()
        if self.chart_room in self.pending:
            self.pending[self.pending.index(self.chart_room)] = self.forecast
        self.supply_chart = ExposureChart(lang, self.tr("Supply: share of the value chain"))
        self.demand_chart = ExposureChart(lang, self.tr("Demand: share of revenue"))
        for room, chart in zip(
            self.exposure_room, (self.supply_chart, self.demand_chart), strict=True
        ):
            self.exposure_row.addWidget(chart)
            chart.setVisible(not room.isHidden())
            self.exposure_row.removeWidget(room)
            room.hide()
        self.charts_ready = True

    def _on_state_changed(self, path: str) -> None:
        """An edit while the page is shown refreshes it after the keystroke's own repaint
        and the keystrokes typed meanwhile (ui.after_repaint): the field shows what was
        typed before the case is assessed, and a burst of edits is assessed once, in its
        last state."""
        if not (self.isVisible() and not self.pending):
            self._stale = True
            return
        edited = None if self._stale else path
        if not self._later.queued:
            self._edited = edited
            self._later.queue()
        elif self._edited != edited:
            self._edited = None  # more than one answer changed

    @property
    def refresh_queued(self) -> bool:
        return self._later.queued

    def _refresh_after_edit(self) -> None:
        if self.isVisible() and not self.pending:
            self.refresh_result(self._edited)
        else:
            self._stale = True

    def refresh(self) -> None:
        pass  # no bound questions; see refresh_result

    def shown(self) -> None:
        if self.pending:
            return  # the result follows the first paint (_fill_after_paint)
        window = self.window()
        before_first_paint = getattr(window, "paint_first", False) and not getattr(
            window, "painted", True
        )
        if before_first_paint:
            # The app starts on this page (--demo, a case file): the window paints first,
            # with the title and "Computing…" where the answer will be and nothing below
            # it, so nothing that was painted moves when the result fills in. The banner
            # of problems is final already (without problems it is hidden, unless the
            # engine fails).
            if self.state.problems:
                self.banner.refresh()
            else:
                self.banner.hide()
            self.answer.setText(self.tr("Computing…"))
            self.answer.setVisible(True)
            inner = self.widget()
            keep = (self.title_label, self.banner, self.answer)
            self.pending = [
                w
                for w in inner.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
                )
                if w not in keep and not w.isHidden()
            ]
            for w in self.pending:
                w.setVisible(False)
            # The filled page scrolls: its scroll bar is there from the start, so the
            # answer keeps its width.
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            # The window's first paint starts the fill (the page's own viewport may never
            # get a paint event of its own: its content covers it), an event later.
            window.firstPaint.connect(
                lambda: QTimer.singleShot(0, self._fill_after_paint),
                Qt.ConnectionType.SingleShotConnection,
            )
            return
        self._build_lower()
        if self._stale or not self.scenario.count():
            self.refresh_result()
        if not self.charts_ready:
            # pyqtgraph takes ~0.3 s to import: the figures are painted first (see
            # eventFilter), the charts follow; the timer covers a page that is never painted.
            QTimer.singleShot(300, self._create_charts)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = self.viewport().width() - 2 * self.side_margin()
        self.figures.set_width(width)
        if self._lower_built:
            self._set_exposure_direction(width)
        # On a small window the answer keeps its lines short enough to read at a glance.
        compact = width < FigurePanel.COMPACT_WIDTH
        if self.answer.property("compact") != compact:
            self.answer.setProperty("compact", compact)
            self.answer.style().unpolish(self.answer)
            self.answer.style().polish(self.answer)

    def _set_exposure_direction(self, width: int) -> None:
        # On a small window the exposure charts stand one above the other: side by side
        # each had 45 px per country and the names ran together.
        direction = (
            QBoxLayout.Direction.TopToBottom
            if width < FigurePanel.COMPACT_WIDTH
            else QBoxLayout.Direction.LeftToRight
        )
        if self.exposure_row.direction() != direction:
            self.exposure_row.setDirection(direction)

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.viewport()
            and event.type() == QEvent.Type.Paint
            and not self.charts_ready
        ):
            QTimer.singleShot(0, self._fill_after_paint if self.pending else self._create_charts)
        return super().eventFilter(watched, event)

    def _fill_after_paint(self) -> None:
        """After the first paint: the assessment (numpy and the engine load here), then,
        an event later so the window stays responsive, the charts and everything at once."""
        if not self.pending or self.charts_ready:
            return
        self.state.result()
        QTimer.singleShot(0, self._reveal)

    def _reveal(self) -> None:
        if not self.pending:
            return
        self._build_lower()
        self.ensure_charts()
        for w in self.pending:
            w.setVisible(True)
        self.pending = []
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.refresh_result()  # sets what is shown for this result (own scenario, ...)
        window = self.window()
        if (
            self.isVisible()
            and window.focusWidget() is None
            and not getattr(getattr(window, "step_list", None), "hasFocus", lambda: False)()
        ):
            self.focus_first_field()

    def _create_charts(self) -> None:
        if not self.charts_ready:
            self.ensure_charts()
            self.refresh_result()
            # The viewport's paints were watched for this only: every later event on it
            # would pass through Python again (a recompute repaints it each time).
            self.viewport().removeEventFilter(self)

    def _choose_scenario(self) -> None:
        """Save the choice with the case (``cpb4``, also for its "starting now" form)."""
        sid = self.selected_scenario()
        if sid:
            self.state.edit("scenario", base_id(sid), coalesce=False)

    def selected_scenario(self) -> str:
        return self.scenario.currentData() or ""

    def refresh_result(self, path: str | None = None) -> None:
        """Show the current result. ``path`` is the edited answer (None: everything may
        have changed); the assumption spin boxes are only set again when an assumption
        or the whole case changed."""
        started = time.perf_counter()
        self._stale = False
        self._later.cancel()  # whatever was queued, this shows the current state
        lang = current_language()
        self.banner.refresh()
        if path is None or not path or path.startswith("assumptions"):
            self.assumptions.refresh()
        stress = self.state.start == "stress"
        for w in (self.own_section, self.own_editor, self.own_button):
            _show(w, stress)
        result = self.state.result()
        assessed = time.perf_counter()
        has = result is not None
        # Each widget is shown or hidden once, to its final state: a label shown here
        # and hidden again below laid the whole page out twice per keystroke.
        for w in (
            self.figures,
            self.forecast_note,
            self.scenario,
            self.scenario_label,
            self.forecast_section,
            self.table_button,
            self.exposure_section,
            self.exposure_note,
        ):
            _show(w, has)
        # An own scenario with a problem keeps the result from being computed: the
        # way back to another start stays open while it is fixed.
        for w in (self.start, self.start_label):
            _show(w, has or stress)
        if self.charts_ready:
            for w in (self.forecast, self.supply_chart, self.demand_chart):
                _show(w, has)
        else:
            for w in (self.chart_room, *self.exposure_room):
                _show(w, has)
        if not has:
            for w in (self.answer, self.warnings, self.stress_exposure):
                _show(w, False)
            self.last_refresh_ms = (time.perf_counter() - started) * 1000
            return
        ids = [self.scenario.itemData(i) for i in range(self.scenario.count())]
        self.scenario.blockSignals(True)
        if ids != [sc.id for sc in result.scenarios]:
            # New result, or the other start variant: the list is the result's, however
            # many scenarios it has.
            self.scenario.clear()
            for sc in result.scenarios:
                self.scenario.addItem(sc.label(lang), sc.id)
        # The chosen scenario is part of the case: every page and the report follow it.
        self.scenario.setCurrentIndex(max(self.scenario.findData(result.scenario), 0))
        self.scenario.blockSignals(False)
        # So is the crisis start (an opened case may start "now").
        self.start.blockSignals(True)
        self.start.setCurrentIndex(max(self.start.findData(self.state.start), 0))
        self.start.blockSignals(False)
        answer = result.answer.get(lang, "") if result.answer else ""
        self.answer.setText(nbsp_euro(answer))
        _show(self.answer, bool(answer))
        sel = self.selected_scenario()
        sc = (
            result.forecast(sel)
            if any(s.id == sel for s in result.scenarios)
            else result.scenarios[0]
        )
        cards_before = list(self.figures.cards.values())
        self.figures.show_figures(self._figure_items(result, sc, lang), lang, self.tr("none"))
        if list(self.figures.cards.values()) != cards_before or not self._tab_ordered:
            self._tab_order()
        self.figures.set_width(self.viewport().width() - 2 * self.side_margin())
        warnings = self._warning_text(result, lang)
        self.warnings.setText(warnings)
        _show(self.warnings, bool(warnings))
        self.forecast_note.setText(self._forecast_caption(result, sc.id))
        self.stress_exposure.show_scenario(result, sc, lang)
        if self.charts_ready:
            self.forecast.update_result(result, sc.id)
            e = result.exposure
            self.supply_chart.update_exposure(e.supply_by_country, e.benchmark_supply)
            self.demand_chart.update_exposure(e.demand_by_country, e.benchmark_demand)
        done = time.perf_counter()
        self.last_refresh_ms = (done - started) * 1000
        self.last_update_ms = (done - assessed) * 1000

    _tab_ordered = False
    last_update_ms = 0.0

    def _forecast_caption(self, result, scenario_id: str) -> str:
        dots = self.tr(
            "Hover over the chart for the numbers. Dots: the first month with 20% less "
            "revenue; red dashed line: 20% below normal."
        )
        if any(t.scenario == scenario_id for t in result.now):
            return (
                self.tr(
                    "Bars at the top: the NOW measurement periods in the chosen scenario "
                    "(green with ✓ where your drop qualifies)."
                )
                + " "
                + dots
            )
        return (
            self.tr(
                "No NOW bars: the NOW schemes ran from 2020 to 2022 and do not apply to a "
                "crisis that starts now."
            )
            + " "
            + dots
        )

    def show_own_editor(self) -> None:
        """Scroll to the own-scenario editor and put the cursor in it."""
        self.ensureWidgetVisible(self.own_section, 0, 0)
        target = self.own_editor.name if self.own_editor.own() else self.own_editor.base
        self.ensureWidgetVisible(self.own_editor)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_month_table(self) -> None:
        if not self.charts_ready:
            self.ensure_charts()
            self.refresh_result()
        from ui.widgets.month_table import MonthTableDialog

        months, labels, rows = self.forecast.month_table()
        self.month_dialog = MonthTableDialog(
            self, months, labels, rows, current_language(), self.forecast.month_marks()
        )
        self.month_dialog.open()

    def _figure_items(self, result, sc, lang: str) -> list:
        suffix = f" ({sc.label(lang)})"
        # margin_loss: a stress test's gross margin at stake (lost deliveries and dearer
        # purchases not passed on, core.advice.explain); the other scenarios have no such figure.
        wanted = ["trough", "first_drop", "revenue_loss", "margin_loss", "idle_fte"]
        wanted += ["now_total", "cash_runway"]
        items = []
        for key in wanted:
            expl = next((x for x in result.explanations if x.key == f"{key}:{sc.id}"), None)
            if expl is not None:
                none = (
                    self.tr("not within the forecast") if key == "cash_runway" else self.tr("none")
                )
                items.append((expl.key, expl, expl.label(lang).replace(suffix, ""), none))
        for expl in result.explanations:
            if ":" not in expl.key:
                items.append((expl.key, expl, expl.label(lang)))
        return items

    def _tab_order(self) -> None:
        """Tab reads the page top down: the choices, then every "Waarom?" (cards are made
        anew with each result, so they would otherwise come after the assumptions and
        the window's buttons), the formula toggle, the month table, the assumptions."""
        chain = [self.scenario, self.start, self.own_button]
        chain += [card.more for card in self.figures.cards.values()]
        chain += [self.figures.formula_toggle, self.table_button, self.own_editor.base]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        self._tab_ordered = True

    def _warning_text(self, result, lang: str) -> str:
        case = result.case
        lines = []
        for s in case.purchasing.suppliers:
            if not s.critical:
                continue
            weeks = s.alternative_weeks or 0
            name = country_name(s.country, lang)
            text = self.tr(
                "<b>%1 is a critical supplier country.</b> If its deliveries stop, "
                "production stops until an alternative supplier delivers in %2 weeks; "
                "your stock covers %3 weeks."
            )
            text = (
                text.replace("%1", name)
                .replace("%2", f"{weeks:g}")
                .replace("%3", f"{case.purchasing.stock_weeks:g}")
            )
            if weeks > case.purchasing.stock_weeks:
                text += " " + self.tr(
                    "That leaves a gap of %1 weeks: look for a second supplier now."
                ).replace("%1", f"{weeks - case.purchasing.stock_weeks:g}")
            lines.append("⚠ " + text)
        return "<br>".join(lines)
