"""Render resources/icons/isnad.svg to the icon files the desktops want, beside it:
isnad-N.png (hicolor theme sizes, the window icon), isnad.ico (Windows), isnad.icns (macOS).

Run after changing the SVG: python scripts/build_icons.py
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts and image plugins need it)
    renderer = QSvgRenderer(str(ICONS / "isnad.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / 'isnad.svg'}", file=sys.stderr)
        return 1
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"isnad-{size}.png"))
    # Qt writes one image per .ico/.icns: the largest each platform takes, which it scales down.
    render(renderer, 256).save(str(ICONS / "isnad.ico"))
    render(renderer, 512).save(str(ICONS / "isnad.icns"))
    print(f"wrote {len(SIZES)} PNG sizes, isnad.ico and isnad.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
