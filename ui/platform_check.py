"""Before Qt starts on Linux: is there a display, and are the system libraries Qt's
X11 plugin needs installed? Without this check Qt aborts (exit 134) with a message
about "platform plugins" that tells a member nothing. No Qt import here."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable

# Debian/Ubuntu package -> the library Qt's xcb platform plugin loads (found with `ldd` on
# PySide6's libqxcb.so and libQt6XcbQpa.so; the README's Linux line lists the same).
XCB_LIBRARIES = {
    "libxcb-cursor0": "libxcb-cursor.so.0",
    "libxcb-icccm4": "libxcb-icccm.so.4",
    "libxcb-image0": "libxcb-image.so.0",
    "libxcb-keysyms1": "libxcb-keysyms.so.1",
    "libxcb-randr0": "libxcb-randr.so.0",
    "libxcb-render-util0": "libxcb-render-util.so.0",
    "libxcb-shape0": "libxcb-shape.so.0",
    "libxcb-xkb1": "libxcb-xkb.so.1",
    "libxkbcommon-x11-0": "libxkbcommon-x11.so.0",
    "libegl1": "libEGL.so.1",
    "libgl1": "libGL.so.1",
    "libfontconfig1": "libfontconfig.so.1",
    "libdbus-1-3": "libdbus-1.so.3",
}


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def display_problem(
    env: dict[str, str] | None = None,
    platform: str = sys.platform,
    loads: Callable[[str], bool] = _loads,
) -> str | None:
    """One sentence saying what is missing and how to fix it, or None if Qt can start."""
    env = dict(os.environ) if env is None else env
    if not platform.startswith("linux"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: the user chose; Qt reports its own errors
    if not qpa and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "Herstelscan needs a graphical display and found none (DISPLAY and "
            "WAYLAND_DISPLAY are not set): start it from a desktop session, or on a server "
            "run `xvfb-run .venv/bin/python main.py`; `.venv/bin/python main.py assess CASE` "
            "works without one."
        )
    if not qpa and env.get("WAYLAND_DISPLAY"):
        return None  # Qt uses its Wayland plugin, which needs none of the X11 libraries
    missing = [pkg for pkg, lib in XCB_LIBRARIES.items() if not loads(lib)]
    if missing:
        return (
            "Qt cannot open a window because system libraries are missing ("
            + ", ".join(missing)
            + "): install them with `sudo apt-get install "
            + " ".join(missing)
            + "` and start Herstelscan again."
        )
    return None
