"""Step 9, Maatregelen: every support measure with verdict, reason, amount and source."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.advice.summary import amount_text, totals_text
from ui.formatting import nbsp_euro
from ui.i18n import current_language
from ui.pages.base import Page
from ui.pages.problems_banner import ProblemsBanner
from ui.widgets.badges import VerdictBadge, status_text, verdict_text

VERDICTS = ("eligible", "possible", "history", "not_eligible", "proposal")
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
        from core.reference.catalogue import measure

        return measure(measure_id).name(lang)
    except (ImportError, KeyError, ValueError):
        return measure_id


def shown_verdict(m) -> str:
    """The badge: a proposal is always a proposal; what could be claimed only in the
    past (an ended scheme, a need that has passed) is history, not "eligible"."""
    if m.verdict == "proposal" or m.status == "proposal":
        return "proposal"
    # Closed today but opening later (praktijkleren after the study year) is not history:
    # it keeps its verdict, and its reasons say from when it can be applied for.
    if m.verdict in ("eligible", "possible") and not m.claimable_now and not m.apply_from:
        return "history"
    return str(m.verdict)


class MeasureCard(QFrame):
    def __init__(self, m, lang: str) -> None:
        super().__init__()
        self.measure_id = m.id
        self.verdict = shown_verdict(m)
        self.setObjectName("card")
        if self.verdict == "proposal":
            self.setStyleSheet("QFrame#card { border: 2px dashed #6a3d9a; background: #faf7fd; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        head = QHBoxLayout()
        name = QLabel(f"<b>{html.escape(measure_name(m.id, lang))}</b>")
        name.setWordWrap(True)
        head.addWidget(name, 1)
        # History keeps what it would have been: eligible, or only possible.
        past_possible = self.verdict == "history" and m.verdict == "possible"
        self.badge = VerdictBadge("history_possible" if past_possible else self.verdict)
        head.addWidget(self.badge)
        layout.addLayout(head)
        facts = [status_text(m.status)]
        if m.amount_eur is not None:
            # What kind of money, for which period (core.advice.summary says it the same way).
            facts.append(self.tr("estimated: %1").replace("%1", amount_text(m, lang)))
        if m.period and any(m.period):
            facts.append(
                self.tr("period %1 – %2")
                .replace("%1", _date(m.period[0], lang))
                .replace("%2", _date(m.period[1], lang))
            )
        info = QLabel(nbsp_euro(" · ".join(facts)))
        info.setObjectName("whyLabel")
        info.setWordWrap(True)
        layout.addWidget(info)
        if self.verdict == "proposal":
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
            text = QLabel(nbsp_euro("<br>".join("• " + html.escape(r) for r in reasons)))
            text.setTextFormat(Qt.TextFormat.RichText)  # one reason has no tag: still HTML
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(text)
        if m.sources:
            links = " · ".join(
                f'<a href="{html.escape(u)}">{html.escape(_short(u))}</a>' for u in m.sources
            )
            src = QLabel(self.tr("Source: %1").replace("%1", links))
            src.setOpenExternalLinks(True)
            src.setWordWrap(True)
            src.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            layout.addWidget(src)
        self.setAccessibleName(f"{measure_name(m.id, lang)}: {verdict_text(self.verdict)}")


def _short(url: str) -> str:
    core = url.split("//", 1)[-1]
    return core if len(core) <= 60 else core[:57] + "…"


class MeasuresPage(Page):
    jumpRequested = Signal(int)

    def __init__(self, state) -> None:
        self._stale = True
        self.cards: list[MeasureCard] = []
        self.now_ids: list[str] = []
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
            shown = self.tr("Only in the past (ended)") if v == "history" else verdict_text(v)
            self.filter.addItem(shown, v)
        self.filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        row.addWidget(label)
        row.addWidget(self.filter)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)  # a long count wraps; the page never scrolls sideways
        row.addWidget(self.count_label, 1)
        self.scenario_label = QLabel()
        self.scenario_label.setObjectName("whyLabel")
        self.scenario_label.setWordWrap(True)
        self.body.addWidget(self.scenario_label)
        self.now_section = self.add_section(self.tr("Can be applied for now"))
        self.now_label = QLabel()
        self.now_label.setWordWrap(True)
        self.now_label.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.now_label)
        self.all_section = self.add_section(self.tr("All measures"))
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
        for m in sorted(measures, key=lambda m: order.get(shown_verdict(m), 9)):
            card = MeasureCard(m, lang)
            self.list_box.addWidget(card)
            self.cards.append(card)
        self._show_scenario_and_now(result, lang)
        self._apply_filter()

    def _show_scenario_and_now(self, result, lang: str) -> None:
        has = result is not None
        for w in (self.scenario_label, self.now_section, self.now_label, self.all_section):
            w.setVisible(has)
        if not has:
            return
        chosen = result.forecast(result.scenario)
        self.scenario_label.setText(
            self.tr(
                "Verdicts and amounts follow %1. Choose another scenario on the Result page."
            ).replace("%1", chosen.label(lang))
        )
        open_now = [m for m in result.measures if m.claimable_now]
        self.now_ids = [m.id for m in open_now]
        if not open_now:
            self.now_label.setText(
                self.tr("Nothing the scan knows of is open for this case today.")
            )
            return
        lines = []
        for m in open_now:
            amount = amount_text(m, lang)
            lines.append(
                "• <b>"
                + html.escape(measure_name(m.id, lang))
                + "</b>"
                + (" — " + html.escape(amount) if amount else "")
                + " ("
                + html.escape(verdict_text(m.verdict).lower())
                + ")"
            )
        totals = result.totals.get("claimable_now", {})
        if totals:
            lines.append(
                "<b>"
                + html.escape(
                    self.tr("Total you qualify for, by kind: %1").replace(
                        "%1", totals_text(totals, lang)
                    )
                )
                + "</b>"
            )
            if sum(1 for m in open_now if m.alternatives and m.amount_eur) > 1:
                lines.append(
                    html.escape(
                        self.tr(
                            "Loans and guarantees for the same cash shortfall are alternatives: "
                            "they count once."
                        )
                    )
                )
        self.now_label.setText("<br>".join(lines))

    def _apply_filter(self) -> None:
        wanted = self.filter.currentData()
        shown = 0
        for card in self.cards:
            visible = not wanted or card.verdict == wanted
            card.setVisible(visible)
            shown += visible
        counts = {v: sum(c.verdict == v for c in self.cards) for v in VERDICTS}

        def counted(n: int, one: str, many: str) -> str:
            return (one if n == 1 else many).replace("%1", str(n))

        parts = [
            counted(
                counts["eligible"], self.tr("%1 eligible", "one"), self.tr("%1 eligible", "many")
            ),
            counted(
                counts["possible"], self.tr("%1 possible", "one"), self.tr("%1 possible", "many")
            ),
            counted(
                counts["history"],
                self.tr("%1 only in the past", "one"),
                self.tr("%1 only in the past", "many"),
            ),
            counted(
                counts["proposal"], self.tr("%1 proposal", "one"), self.tr("%1 proposals", "many")
            ),
        ]
        parts = [p for p in parts if not p.startswith("0 ")] or [self.tr("nothing to claim")]
        self.count_label.setText(
            self.tr("%1 shown · %2").replace("%1", str(shown)).replace("%2", ", ".join(parts))
        )

    def visible_measures(self) -> list[str]:
        return [c.measure_id for c in self.cards if not c.isHidden()]
