"""Every page of the app with the example company at several window sizes, as PNG.

    xvfb-run -a -s "-screen 0 1600x1000x24" bash -c \
        'openbox & sleep 1; .venv/bin/python tools/screenshot_sizes.py OUTDIR'

Options: ``--lang nl|en`` (default both), ``--size WxH`` (repeatable; default 1280x800,
1024x700 and 900x600). Besides the pages as the window shows them (and the whole scrolled
page where it is longer), it renders the states a user reaches on Resultaat: a "Waarom?"
opened with its formula, the chart's hover box, the month table, and the crisis starting
this month. Run it under a real X server with a window manager to see what a user sees;
offscreen works too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SIZES = ("1280x800", "1024x700", "900x600")


def _settle(app) -> None:
    for _ in range(8):
        app.processEvents()


def shoot(out: Path, lang: str, sizes: list[tuple[int, int]]) -> list[Path]:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.app import build_window, create_application
    from ui.screenshots import KEYS

    app = create_application()
    window, state, _autosave = build_window(lang)
    window.files.open_demo()
    window.show()
    written: list[Path] = []
    for w, h in sizes:
        window.resize(w, h)
        _settle(app)
        tag = f"{i18n.current_language()}-{w}x{h}"
        for i, key in enumerate(KEYS):
            window.go_to(i)
            page = window.pages[i]
            if hasattr(page, "ensure_charts"):
                page.ensure_charts()
                page.refresh_result()
            page.verticalScrollBar().setValue(0)
            _settle(app)
            path = out / f"{tag}-{i + 1:02d}-{key}.png"
            window.grab().save(str(path))
            written.append(path)
            inner = page.widget()
            if inner.height() > page.viewport().height() + 10:
                full = out / f"{tag}-{i + 1:02d}-{key}-full.png"
                inner.grab().save(str(full))
                written.append(full)
        # Resultaat's states: a "Waarom?" with its formula, the hover box, the month table.
        result = window.pages[KEYS.index("resultaat")]
        window.go_to(KEYS.index("resultaat"))
        _settle(app)
        cards = list(result.figures.cards.values())
        if cards:
            cards[0].more.click()
            result.figures.formula_toggle.setChecked(True)
            _settle(app)
            path = out / f"{tag}-08-resultaat-why.png"
            result.widget().grab().save(str(path))
            written.append(path)
            result.figures.formula_toggle.setChecked(False)
            cards[0].more.click()
        chart = result.forecast
        result.ensureWidgetVisible(chart)
        _settle(app)
        view = chart.viewport() if hasattr(chart, "viewport") else chart
        centre = QPointF(view.width() * 0.45, view.height() * 0.5)
        move = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            centre,
            view.mapToGlobal(centre),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(view, move)
        _settle(app)
        path = out / f"{tag}-08-resultaat-hover.png"
        window.grab().save(str(path))
        written.append(path)
        result.show_month_table()
        _settle(app)
        path = out / f"{tag}-08-resultaat-monthtable.png"
        result.month_dialog.grab().save(str(path))
        written.append(path)
        result.month_dialog.close()
        state.set_crisis_now(True)
        _settle(app)
        result.verticalScrollBar().setValue(0)
        _settle(app)
        path = out / f"{tag}-08-resultaat-now.png"
        window.grab().save(str(path))
        written.append(path)
        full = out / f"{tag}-08-resultaat-now-full.png"
        result.widget().grab().save(str(full))
        written.append(full)
        state.set_crisis_now(False)
        _settle(app)
    window.go_to(0)
    state.dirty = False  # the start was switched and back: no "save changes?" on close
    window.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=("nl", "en"), action="append")
    parser.add_argument("--size", action="append", metavar="WxH")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = [tuple(int(v) for v in s.split("x")) for s in (args.size or SIZES)]
    for lang in args.lang or ["nl", "en"]:
        for path in shoot(args.out, lang, sizes):  # type: ignore[arg-type]
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
