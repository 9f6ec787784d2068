"""Step 9, Maatregelen: every support measure with verdict, reason, amount and source."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.formatting import money
from ui.i18n import current_language
from ui.pages.base import Page
from ui.pages.problems_banner import ProblemsBanner
from ui.widgets.badges import VerdictBadge, status_text, verdict_text

VERDICTS = ("eligible", "possible", "not_eligible", "proposal")
NL_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _date(text: str | None, lang: str) -> str:
    if not text:
        return "…"
    try:
        d = dt.date.fromisoformat(text)
    except ValueError:
        return text
    months = NL_MONTHS if lang == "nl" else EN_MONTHS
    return f"{d.day} {months[d.month - 1]} {d.year}"


def measure_name(measure_id: str, lang: str) -> str:
    try:
        from core.catalogue import measure

        return measure(measure_id).name(lang)
    except (ImportError, KeyError, ValueError):
        return measure_id


class MeasureCard(QFrame):
    def __init__(self, m, lang: str, scenario_names: dict[str, str] | None = None) -> None:
        super().__init__()
        self.measure_id = m.id
        self.verdict = m.verdict
        self.setObjectName("card")
        if m.verdict == "proposal" or m.status == "proposal":
            self.setStyleSheet("QFrame#card { border: 2px dashed #6a3d9a; background: #faf7fd; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        head = QHBoxLayout()
        name = QLabel(f"<b>{html.escape(measure_name(m.id, lang))}</b>")
        name.setWordWrap(True)
        head.addWidget(name, 1)
        head.addWidget(VerdictBadge(m.verdict))
        layout.addLayout(head)
        facts = [status_text(m.status)]
        if m.amount_eur is not None:
            facts.append(self.tr("estimated amount %1").replace("%1", money(m.amount_eur, lang)))
            spread = list(m.amount_by_scenario.values())
            if spread and max(spread) - min(spread) >= 1:
                # The amount follows scenario II; say how far the others are from it.
                facts.append(
                    self.tr("%1 – %2 across the scenarios")
                    .replace("%1", money(min(spread), lang))
                    .replace("%2", money(max(spread), lang))
                )
        if m.period and any(m.period):
            facts.append(
                self.tr("period %1 – %2")
                .replace("%1", _date(m.period[0], lang))
                .replace("%2", _date(m.period[1], lang))
            )
        info = QLabel(" · ".join(facts))
        info.setObjectName("whyLabel")
        info.setWordWrap(True)
        layout.addWidget(info)
        if m.verdict == "proposal" or m.status == "proposal":
            warn = QLabel(
                self.tr(
                    "This is a proposal from the FME paper, not an existing scheme: you cannot apply for it."
                )
            )
            warn.setStyleSheet("color: #6a3d9a; font-weight: 600;")
            warn.setWordWrap(True)
            layout.addWidget(warn)
        reasons = m.reasons(lang)
        if reasons:
            text = QLabel("<br>".join("• " + html.escape(r) for r in reasons))
            text.setTextFormat(Qt.TextFormat.RichText)  # one reason has no tag: still HTML
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(text)
        if m.by_scenario:
            names = scenario_names or {}
            per = ", ".join(
                f"{names.get(sid, sid)}: {verdict_text(v).lower()}"
                for sid, v in m.by_scenario.items()
            )
            scen = QLabel(self.tr("Per scenario: %1").replace("%1", per))
            scen.setObjectName("whyLabel")
            scen.setWordWrap(True)
            layout.addWidget(scen)
        if m.sources:
            links = " · ".join(
                f'<a href="{html.escape(u)}">{html.escape(_short(u))}</a>' for u in m.sources
            )
            src = QLabel(self.tr("Source: %1").replace("%1", links))
            src.setOpenExternalLinks(True)
            src.setWordWrap(True)
            src.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            layout.addWidget(src)
        self.setAccessibleName(f"{measure_name(m.id, lang)}: {verdict_text(m.verdict)}")


def _short(url: str) -> str:
    core = url.split("//", 1)[-1]
    return core if len(core) <= 60 else core[:57] + "…"


class MeasuresPage(Page):
    jumpRequested = Signal(int)

    def __init__(self, state) -> None:
        self._stale = True
        self.cards: list[MeasureCard] = []
        super().__init__(
            state,
            self.tr("Support measures"),
            self.tr(
                "Every measure the scan knows, with its verdict for your company. The amounts "
                "are estimates for the chosen scenario; the scheme's own rules and the "
                "authority that runs it decide. Proposals are FME's requests, not law."
            ),
        )

    def build(self) -> None:
        self.banner = ProblemsBanner(self.state)
        self.banner.jumpRequested.connect(self.jumpRequested)
        self.body.addWidget(self.banner)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Show:"))
        self.filter = QComboBox()
        label.setBuddy(self.filter)
        self.filter.addItem(self.tr("All measures"), "")
        for v in VERDICTS:
            self.filter.addItem(verdict_text(v), v)
        self.filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        row.addWidget(label)
        row.addWidget(self.filter)
        self.count_label = QLabel()
        row.addWidget(self.count_label)
        row.addStretch(1)
        self.body.addLayout(row)
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(8)
        holder = QWidget()
        holder.setLayout(self.list_box)
        self.body.addWidget(holder)

    def refresh(self) -> None:
        pass

    def _on_state_changed(self, _path: str) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh_measures()

    def shown(self) -> None:
        if self._stale:
            self.refresh_measures()

    def refresh_measures(self) -> None:
        self._stale = False
        lang = current_language()
        self.banner.refresh()
        for card in self.cards:
            # Hidden and deleted by Qt, still parented: setParent(None) would hand the
            # widget to Python as well, and two owners crash at a random garbage collection.
            self.list_box.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        result = self.state.result()
        measures = list(result.measures) if result is not None else []
        order = {v: i for i, v in enumerate(VERDICTS)}
        names = (
            {sc.id: sc.label(lang).split("—")[0].strip() for sc in result.scenarios}
            if result
            else {}
        )
        for m in sorted(measures, key=lambda m: order.get(m.verdict, 9)):
            card = MeasureCard(m, lang, names)
            self.list_box.addWidget(card)
            self.cards.append(card)
        self._apply_filter()

    def _apply_filter(self) -> None:
        wanted = self.filter.currentData()
        shown = 0
        for card in self.cards:
            visible = not wanted or card.verdict == wanted
            card.setVisible(visible)
            shown += visible
        counts = {v: sum(c.verdict == v for c in self.cards) for v in VERDICTS}
        self.count_label.setText(
            self.tr("%1 shown · %2 eligible, %3 possible, %4 proposals")
            .replace("%1", str(shown))
            .replace("%2", str(counts["eligible"]))
            .replace("%3", str(counts["possible"]))
            .replace("%4", str(counts["proposal"]))
        )

    def visible_measures(self) -> list[str]:
        return [c.measure_id for c in self.cards if not c.isHidden()]
