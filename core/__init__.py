"""Herstelscan's model: case files, reference data, the forecast, NOW, measures, reports.

Nothing in this package imports Qt; the desktop app in ``ui/`` is one of its users, the
command line (``main.py assess``) and batch scoring are others.
"""

__version__ = "0.1.0"
APP_NAME = "Herstelscan"
