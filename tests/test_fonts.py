from ui.fonts import article_family, article_font
from PySide6.QtGui import QFontInfo


def test_bundled_amiri_is_loaded_and_used(qapp):
    assert article_family() == "Amiri"
    assert QFontInfo(article_font(14)).family() == "Amiri"
