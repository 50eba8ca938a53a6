"""Help > Keys and mouse (F1): every key and gesture of the window in one list, typed into to
filter. The menu entries come from the window's own actions (their translated names and
shortcuts), the label keys from the project's schema, so the list never says other than
the window does."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from .bidi import isolate, ltr
from .i18n import tr


def gestures() -> list[tuple[str, str]]:
    """What the mouse and the keys without a menu entry do."""
    return [
        (tr("drag"), tr("select the words passed over (snapped to whole words)")),
        (tr("double-click"), tr("select a word")),
        (tr("triple-click"), tr("select a sentence")),
        (tr("Shift+click, Shift+arrows"), tr("extend the selection")),
        (tr("click, Tab / Shift+Tab"), tr("select a span / go through my spans")),
        (tr("drag from a span's underline or name to another span; Ctrl+click"), tr("link the two spans")),
        (ltr("Alt+Left / Alt+Right"), tr("move the selected span's end (in reading order)")),
        (ltr("Alt+Up / Alt+Down"), tr("move the selected span's start earlier / later")),
        (ltr("Enter"), tr("copy the selected span of a shown layer into mine (a suggestion: accept it)")),
        (ltr("Ctrl+Enter"), tr("accept every suggestion with the selected suggestion's label")),
        (ltr("Ctrl+C"), tr("copy the selected words")),
        (tr("right-click, Menu key"), tr("what these keys do to the span there or to the selection")),
        (tr("Ctrl+wheel"), tr("larger / smaller text")),
    ]


def rows(window) -> list[tuple[str, str]]:
    """(keys, what they do): gestures, then label keys, then every menu entry with a shortcut
    (keys left to right, as typed: "Ctrl+Z", not "Z+Ctrl", in the Arabic interface)."""
    out = gestures()
    for label in window.project.schema.labels:
        if label.hotkey:
            out.append((ltr(label.hotkey), tr("tag the selection {label} (or relabel the selected span)").format(
                label=isolate(label.name))))
    for action in window.actions.values():
        name, _, view_keys = action.text().partition("\t")  # "&Delete span\tDelete": a key the article takes
        keys = [k.toString(QKeySequence.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if keys or view_keys:
            out.append((ltr(", ".join(keys) or view_keys), name.replace("&", "").rstrip("…")))
    return out


class KeyHelpDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(tr("Keys and mouse"))
        self.filter = QLineEdit(placeholderText=tr("Type to filter"))
        self.filter.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr("Keys"), tr("Action")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        for keys, what in rows(window):
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 280))  # a long gesture wraps
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.resize(720, 560)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # every text whole, at the width it is shown at

    def _filter(self, text: str) -> None:
        text = text.strip().casefold()
        for row in range(self.table.rowCount()):
            shown = f"{self.table.item(row, 0).text()} {self.table.item(row, 1).text()}".casefold()
            self.table.setRowHidden(row, bool(text) and text not in shown)

    @classmethod
    def show_for(cls, window) -> None:
        cls(window).exec()
