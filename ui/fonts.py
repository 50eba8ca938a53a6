"""The bundled Arabic font (Amiri, OFL 1.1), loaded once so the app looks the same everywhere."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from annotator.resources import resource

FONT_FILES = ("Amiri-Regular.ttf", "Amiri-Bold.ttf")
_family: str | None = None


def article_family() -> str:
    """Load the bundled font files (once) and return their family name."""
    global _family
    if _family is None:
        families = []
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
        # Without the file (a broken install) fall back to DejaVu, which has Arabic glyphs.
        _family = families[0] if families else "DejaVu Sans"
    return _family


def article_font(point_size: float = 16) -> QFont:
    font = QFont(article_family())
    font.setPointSizeF(point_size)
    return font
