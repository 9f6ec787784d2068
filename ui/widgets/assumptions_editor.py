"""The model's assumptions, visible and editable; changes are saved with the case."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QPushButton, QWidget

from core.reference.assumptions import assumption_specs
from ui.i18n import current_language, qlocale
from ui.state import CaseState


class AssumptionsEditor(QWidget):
    def __init__(self, state: CaseState) -> None:
        super().__init__()
        self.state = state
        lang = current_language()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.specs = assumption_specs()
        for row, spec in enumerate(self.specs.values()):
            label = QLabel(spec.label(lang))
            label.setWordWrap(True)
            spin = QDoubleSpinBox()
            spin.setLocale(qlocale(lang))
            # A share is a percentage, also one per month (cancellation): never "0,10".
            percent = spec.unit.startswith("fraction")
            scale = 100 if percent else 1
            spin.setDecimals(1 if percent else 2)
            spin.setRange(spec.minimum * scale, spec.maximum * scale)
            spin.setSingleStep(1 if percent else 0.1)
            per_month = spec.unit.endswith("per month")
            spin.setSuffix(
                (" " + self.tr("% a month") if per_month else " %")
                if percent
                else (" " + self.tr("months") if spec.unit == "months" else "")
            )
            spin.setProperty("scale", scale)
            spin.setMinimumWidth(110)
            source = self.tr("Source: %1").replace("%1", spec.source_text(lang))
            # Rich text, so the tooltip wraps instead of running as wide as the screen.
            tip = f"<p>{html.escape(spec.why(lang))}</p><p>{html.escape(source)}</p>"
            spin.setToolTip(tip)
            label.setToolTip(tip)
            label.setBuddy(spin)
            spin.setAccessibleName(spec.label(lang))
            spin.valueChanged.connect(lambda _v, key=spec.id: self._edited(key))
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            self.default_labels = getattr(self, "default_labels", {})
            default = QLabel()
            default.setObjectName("whyLabel")
            grid.addWidget(default, row, 2)
            self.default_labels[spec.id] = default
            self.spins[spec.id] = spin
        grid.setColumnStretch(0, 1)
        self.reset_button = QPushButton(self.tr("Reset all assumptions"))
        self.reset_button.clicked.connect(lambda: self.state.edit("assumptions", None))
        grid.addWidget(self.reset_button, len(self.specs), 0)
        self.refresh()

    def values(self) -> dict[str, float]:
        overrides = self.state.get("assumptions")
        return overrides if isinstance(overrides, dict) else {}

    def _edited(self, key: str) -> None:
        spin = self.spins[key]
        value = round(spin.value() / spin.property("scale"), 6)
        overrides = dict(self.values())
        if abs(value - self.specs[key].value) < 1e-9:
            overrides.pop(key, None)
        else:
            overrides[key] = value
        self.state.edit("assumptions", overrides or None)

    def refresh(self) -> None:
        lang = current_language()
        overrides = self.values()
        for key, spin in self.spins.items():
            spec = self.specs[key]
            value = overrides.get(key, spec.value)
            if not isinstance(value, int | float):
                value = spec.value
            shown = value * spin.property("scale")
            # A spin box that already shows the value keeps its text: setting it again
            # while the user types ("3" of "3,5") would rewrite it to "3,00".
            if abs(spin.value() - shown) > 1e-9:
                spin.blockSignals(True)
                spin.setValue(shown)
                spin.blockSignals(False)
            changed = key in overrides
            if spin.font().bold() != changed:
                font = spin.font()
                font.setBold(changed)
                spin.setFont(font)
            default_text = spin.textFromValue(spec.value * spin.property("scale")) + spin.suffix()
            self.default_labels[key].setText(
                self.tr("changed (default %1)").replace("%1", default_text)
                if changed
                else self.tr("default")
            )
        del lang
        self.reset_button.setEnabled(bool(overrides))
