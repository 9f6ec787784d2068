"""Draw Herstelscan's app icon and write it as PNGs and a multi-size Windows .ico.

    python tools/make_icon.py            # writes resources/icons/

The mark: a dark-blue tile with a light gear (manufacturing) and an orange line that dips
and climbs again past its start (recovery). Every size is drawn from vectors at that size,
not scaled down from 256 px, and the small sizes leave out the gear's hole and the faint
ring so the line stays readable at 16 px.

The .ico holds 32-bit DIB images for 16-128 px (what every Windows tool reads) and a PNG
image for 256 px (the Vista+ convention), written by hand: the container is a 6-byte
header, a 16-byte directory entry per image, then the images.
"""

from __future__ import annotations

import math
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)

BLUE_TOP = QColor("#1B4F8F")
BLUE_BOTTOM = QColor("#0B2A52")
GEAR = QColor(255, 255, 255, 56)
ORANGE = QColor("#F39200")


def _gear_path(cx: float, cy: float, r_outer: float, r_inner: float, teeth: int) -> QPainterPath:
    """A gear outline: trapezoid teeth between r_inner (root) and r_outer (tip)."""
    path = QPainterPath()
    step = 2 * math.pi / teeth
    for i in range(teeth):
        a = i * step - math.pi / 2
        corners = (
            (a - step * 0.50, r_inner),
            (a - step * 0.22, r_inner),
            (a - step * 0.14, r_outer),
            (a + step * 0.14, r_outer),
            (a + step * 0.22, r_inner),
        )
        for j, (angle, r) in enumerate(corners):
            p = QPointF(cx + r * math.cos(angle), cy + r * math.sin(angle))
            if i == 0 and j == 0:
                path.moveTo(p)
            else:
                path.lineTo(p)
    path.closeSubpath()
    return path


def render(size: int) -> QImage:
    """The icon at ``size`` px, drawn in a 256-unit coordinate system."""
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    small = size <= 24

    # Tile: rounded square with a soft vertical gradient.
    margin = 4 if small else 8
    tile = QRectF(margin, margin, 256 - 2 * margin, 256 - 2 * margin)
    grad = QLinearGradient(0, margin, 0, 256 - margin)
    grad.setColorAt(0, BLUE_TOP)
    grad.setColorAt(1, BLUE_BOTTOM)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(grad)
    radius = 40 if small else 52
    p.drawRoundedRect(tile, radius, radius)

    # Gear, lower left, cut off by the tile edge, faint so the line leads.
    if size >= 32:
        p.save()
        clip = QPainterPath()
        clip.addRoundedRect(tile, radius, radius)
        p.setClipPath(clip)
        gear = _gear_path(104, 160, 92, 74, 10)
        hole = QPainterPath()
        hole.addEllipse(QPointF(104, 160), 34, 34)
        p.setBrush(GEAR)
        p.drawPath(gear.subtracted(hole))
        p.restore()

    # The recovery line: steady, a dip, then a climb that ends above where it started.
    width = 30 if small else 22
    line = QPainterPath(QPointF(40, 112))
    line.lineTo(QPointF(78, 112))
    line.cubicTo(QPointF(100, 112), QPointF(104, 178), QPointF(128, 178))
    line.cubicTo(QPointF(152, 178), QPointF(158, 112), QPointF(196, 74))
    pen = QPen(ORANGE, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(pen)
    p.drawPath(line)

    # Arrow head along the line's final direction (196,74) - (158,112): up and to the right.
    tip = QPointF(220, 50)
    direction = QPointF(1, -1) / math.sqrt(2)
    normal = QPointF(direction.y(), -direction.x())
    head = 50 if small else 44
    back = tip - direction * head
    arrow = QPainterPath(tip)
    arrow.lineTo(back + normal * (head * 0.62))
    arrow.lineTo(back - normal * (head * 0.62))
    arrow.closeSubpath()
    p.setPen(
        QPen(ORANGE, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    p.setBrush(ORANGE)
    p.drawPath(arrow)

    p.end()
    return img.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buf.close()
    return bytes(data.data())


def dib_bytes(img: QImage) -> bytes:
    """A 32-bit BGRA device-independent bitmap as an .ico stores it (bottom-up, + AND mask)."""
    w, h = img.width(), img.height()
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(h - 1, -1, -1):
        line = img.constScanLine(y)  # ARGB32 little-endian = B, G, R, A bytes
        rows.append(bytes(line)[: w * 4])
    mask_row = ((w + 31) // 32) * 4
    and_mask = b"\x00" * (mask_row * h)  # all opaque: the alpha channel decides
    return header + b"".join(rows) + and_mask


def ico_bytes(images: dict[int, QImage]) -> bytes:
    sizes = sorted(images)
    blobs = [png_bytes(images[s]) if s >= 256 else dib_bytes(images[s]) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    for s, blob in zip(sizes, blobs, strict=True):
        dim = 0 if s >= 256 else s  # 0 means 256
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return out + b"".join(blobs)


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    images = {s: render(s) for s in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for s in PNG_SIZES:
        (OUT / f"herstelscan-{s}.png").write_bytes(png_bytes(images[s]))
    (OUT / "herstelscan.png").write_bytes(png_bytes(images[256]))
    (OUT / "herstelscan.ico").write_bytes(ico_bytes({s: images[s] for s in ICO_SIZES}))
    print(f"wrote {OUT}/herstelscan.png, herstelscan.ico and herstelscan-<size>.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
