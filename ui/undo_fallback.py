"""Ctrl+Z in a text field that has nothing of its own to undo undoes the last action.

A QLineEdit claims the undo and redo keys whether or not it has anything to undo: after a
note is saved (Enter), Ctrl+Z with the cursor still in the note field did nothing at all,
neither in the field nor in the project. Typing is still undone in the field first.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit


class UndoFallback(QObject):
    def eventFilter(self, field, event) -> bool:
        if event.type() == QEvent.ShortcutOverride and isinstance(field, QLineEdit):
            nothing = ((event.matches(QKeySequence.Undo) and not field.isUndoAvailable())
                       or (event.matches(QKeySequence.Redo) and not field.isRedoAvailable()))
            if nothing:
                event.ignore()  # not overridden: the window's Undo/Redo shortcut runs
                return True
        return False


def give_undo_to_window(owner: QObject, *fields: QLineEdit) -> None:
    fallback = UndoFallback(owner)
    for field in fields:
        field.installEventFilter(fallback)
