"""Mixed-direction text in a right-to-left interface.

A parameter (a path, a label name, a number) dropped into an Arabic sentence is wrapped in a
first-strong isolate (FSI ... PDI), so the bidi algorithm treats it as one neutral block: its
own characters keep their order and its neighbours keep theirs. Code-like text that always
reads left to right (shortcuts, file:line) gets a left-to-right isolate (LRI ... PDI).
"""
from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyledItemDelegate, QStyleOptionMenuItem

FSI, LRI, PDI, NBSP = "\u2068", "\u2066", "\u2069", "\u00a0"


def isolate(value) -> str:
    """`value` as a block whose direction comes from its first strong character. Its spaces
    do not break: Qt lays out a line break inside an isolate in the wrong order."""
    return f"{FSI}{str(value).replace(' ', NBSP)}{PDI}"


def ltr(value) -> str:
    """`value` as a left-to-right block: "Ctrl+=" stays "Ctrl+=", not "=+Ctrl"."""
    return f"{LRI}{str(value).replace(' ', NBSP)}{PDI}"


def path_text(path) -> str:
    """A path read left to right, each folder or file name in its own direction: without the
    inner isolates "أخبار/دفعة" would swap its two Arabic names around the slash."""
    parts = re.split(r"([/\\])", str(path))
    return ltr("".join(p if p in "/\\" else isolate(p) for p in parts if p))


def shortcut_text(keys: QKeySequence | str) -> str:
    """A shortcut as shown to the user (key help, tooltips), in its natural order."""
    seq = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
    return ltr(seq.toString(QKeySequence.NativeText))


def menu_item_text(text: str) -> str:
    """QMenu hands the style "label<TAB>shortcut"; isolate the shortcut part."""
    label, tab, keys = text.partition("\t")
    return f"{label}\t{ltr(keys)}" if tab and keys and not keys.startswith(LRI) else text


class ShortcutStyle(QProxyStyle):
    """Draws menu shortcuts left to right in a mirrored (Arabic) interface: without it Qt
    lays "Ctrl+=" out right to left and shows "=+Ctrl"."""

    def drawControl(self, element, option, painter, widget=None):
        if element == QStyle.CE_MenuItem and "\t" in option.text:
            option = QStyleOptionMenuItem(option)
            option.text = menu_item_text(option.text)
        super().drawControl(element, option, painter, widget)


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of `text`'s first strong character (None: it has none)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LeftToRight
        if kind in ("R", "AL"):
            return Qt.RightToLeft
    return None


def reads_left_to_right(paragraph: str) -> bool:
    """A paragraph of an article to lay out left to right: it starts with a left-to-right
    letter and most of its letters are (an English quote or byline). "BBC قالت ..." and
    "قال: We will ..." stay right to left, as the article."""
    if text_direction(paragraph) != Qt.LeftToRight:
        return False
    kinds = [unicodedata.bidirectional(ch) for ch in paragraph if ch.isalpha()]
    return kinds.count("L") > len(kinds) / 2


class OwnDirectionDelegate(QStyledItemDelegate):
    """Lays each cell's text out in its own direction, aligned as the view's: in an Arabic
    list an elided English title reads "Sample text (writ…", not "…Sample text (writ" (Qt
    lays every cell out in the view's direction, and the ellipsis follows it)."""

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        own = text_direction(option.text)
        if own is not None and own != option.direction:
            side = Qt.AlignRight if option.direction == Qt.RightToLeft else Qt.AlignLeft
            option.displayAlignment = side | Qt.AlignAbsolute | (option.displayAlignment & Qt.AlignVertical_Mask)
            option.direction = own
