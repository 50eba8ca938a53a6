"""The keys come back to the main window when one of its dialogs closes.

A window manager hands the activation back to a dialog's parent when the dialog closes;
without one (a bare X server, a kiosk), or with one that does not, nothing is active after
the export summary or an error is dismissed, and the keys typed next (Ctrl+PgDown, a label
key) reach no window. So when the keys leave a dialog of this window because it closed,
the window takes them back; leaving for another program (the dialog still shown) does not.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid


class FocusReturn:
    def __init__(self, window):
        self.window = window
        QApplication.instance().focusChanged.connect(self._changed)
        window.destroyed.connect(lambda: QApplication.instance().focusChanged.disconnect(self._changed))

    def _changed(self, old, now) -> None:
        if now is None and old is not None and isValid(old) and old.window() is not self.window:
            dialog = old.window()
            QTimer.singleShot(0, lambda: self._closed(dialog))  # the keys leave it before it is hidden

    def _closed(self, dialog) -> None:
        if not isValid(self.window) or not self.window.isVisible() or QApplication.focusWidget() is not None:
            return
        if not isValid(dialog) or (not dialog.isVisible() and dialog.parentWidget() is not None
                                   and dialog.parentWidget().window() is self.window):
            self.window.activateWindow()
