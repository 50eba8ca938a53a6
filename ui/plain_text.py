"""User-supplied strings (titles, labels, notes, span text, names, paths) shown as plain text.

Qt takes a string that looks like HTML for rich text in a QLabel, a message box or a
tooltip: an imported title holding `<img width=900>` took over the window. Labels and
message boxes are set to plain text; a tooltip (always guessed) gets the text escaped.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QMessageBox


def plain_label(text: str = "", **kw) -> QLabel:
    label = QLabel(**kw)
    label.setTextFormat(Qt.PlainText)
    label.setText(text)
    return label


def plain_box(box: QMessageBox) -> QMessageBox:
    """Every text of a message box as plain text (call after setting its informative text)."""
    box.setTextFormat(Qt.PlainText)
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.PlainText)
    return box


def tooltip(text: str) -> str:
    """A tooltip that shows `text` as written (escaped, line breaks kept)."""
    return QtGui.convertFromPlainText(text, Qt.WhiteSpaceNormal) if text else ""
