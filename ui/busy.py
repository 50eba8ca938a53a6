"""Feedback for work done on the UI thread: a wait cursor at once, and a progress dialog
when it runs past 100 ms (Qt shows it only then), advanced between the steps."""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

SHOW_AFTER_MS = 100


class Steps:
    def __init__(self, dialog: QProgressDialog):
        self._dialog = dialog

    def next(self, label: str) -> None:
        self._dialog.setLabelText(label)
        self._dialog.setValue(self._dialog.value() + 1)
        QApplication.processEvents()  # paint the dialog once it is due; input stays modal


@contextmanager
def working(parent, title: str, steps: int):
    dialog = QProgressDialog(title, "", 0, steps, parent)
    dialog.setCancelButton(None)  # each step is one transaction: nothing to cancel halfway
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setValue(0)
    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        yield Steps(dialog)
    finally:
        shown = dialog.isVisible()
        QApplication.restoreOverrideCursor()
        dialog.reset()
        dialog.deleteLater()
        if shown and parent is not None:
            # Without a window manager handing it back (or with one that does not), the keys
            # typed next (Ctrl+Z) would reach no window: give the parent its activation again.
            parent.activateWindow()
