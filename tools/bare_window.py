"""The bare PySide6 window tools/bench_ui.py times next to the app: a QApplication and a
QMainWindow with a label, shown at the app's size; it prints the moment of its first
paint and quits, as ``main.py`` does under HERSTELSCAN_BENCH_FIRST_PAINT=1."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class BareWindow(QMainWindow):
    painted = False

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, _painted)


def _painted() -> None:
    print(f"first_paint_at={time.time():.4f}", flush=True)
    QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = BareWindow()
    window.setCentralWidget(QLabel("Herstelscan"))
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
