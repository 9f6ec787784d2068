"""PyInstaller runtime hook: give a windowed Windows build somewhere to write.

A program built with console=False has ``sys.stdout`` and ``sys.stderr`` set to None, so
any ``print`` (argparse's ``--version``, a warning, logging's last-resort handler) would
raise. Point them at the null device instead; the console program ``herstelscan-cli``
is the one to use when the output matters.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
