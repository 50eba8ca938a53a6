"""The bundled fonts (OFL 1.1), loaded once so the app looks the same everywhere: Amiri for
Arabic and Latin, Noto Emoji (monochrome) as its fallback so an emoji never draws as a box."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from annotator.resources import resource

FONT_FILES = ("Amiri-Regular.ttf", "Amiri-Bold.ttf")
EMOJI_FILE = "NotoEmoji-Regular.ttf"
_family: str | None = None
_emoji: str | None = None


def _load(name: str) -> list[str]:
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
    return QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []


def article_family() -> str:
    """Load the bundled font files (once) and return the Arabic family's name."""
    global _family, _emoji
    if _family is None:
        families = [f for name in FONT_FILES for f in _load(name)]
        # Without the file (a broken install) fall back to DejaVu, which has Arabic glyphs.
        _family = families[0] if families else "DejaVu Sans"
        _emoji = next(iter(_load(EMOJI_FILE)), None)
    return _family


def article_families() -> list[str]:
    """The article font and its fallbacks, in the order Qt tries them for each character."""
    article_family()
    return [_family] + ([_emoji] if _emoji else [])


def article_font(point_size: float = 16) -> QFont:
    font = QFont(article_family())
    font.setFamilies(article_families())
    font.setPointSizeF(point_size)
    return font
