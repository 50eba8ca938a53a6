"""The label palette: one row per label with its hotkey and colour; guideline text below."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.model import Schema
from annotator.schema import translated
from . import i18n
from .bidi import isolate, ltr
from .i18n import term, tr
from .plain_text import tooltip


def colour_icon(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def guideline(label) -> str:
    """The label's description in the interface's language (the schema's translations)."""
    return translated(label, "description", i18n.current())


class LabelPalette(QWidget):
    labelChosen = Signal(str)
    snappingToggled = Signal(bool)

    def __init__(self, schema: Schema, parent=None):
        super().__init__(parent)
        self.schema = schema
        self.list = QListWidget()
        for label in schema.labels:
            key = f"{ltr(f'[{label.hotkey}]')}  " if label.hotkey else ""
            item = QListWidgetItem(colour_icon(label.colour), f"{key}{isolate(label.name)}  ·  {term(label.kind)}")
            item.setData(Qt.UserRole, label.name)
            item.setToolTip(tooltip(guideline(label)))
            self.list.addItem(item)
        self.list.setFocusPolicy(Qt.NoFocus)  # keep the keyboard on the article
        self.guideline = QLabel(wordWrap=True)
        self.guideline.setTextFormat(Qt.PlainText)
        self.guideline.setAlignment(Qt.AlignTop)
        self.snapping = QCheckBox(tr("Snap selections to whole words"))
        self.snapping.setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.guideline, 1)
        layout.addWidget(self.snapping)
        self.list.itemClicked.connect(lambda item: self.labelChosen.emit(item.data(Qt.UserRole)))
        self.list.currentItemChanged.connect(self._show_guideline)
        self.snapping.toggled.connect(self.snappingToggled)

    def _show_guideline(self, item) -> None:
        label = self.schema.label(item.data(Qt.UserRole)) if item else None
        # the isolate keeps a Latin name from turning an Arabic guideline's paragraph left to right
        name = isolate(label.name) if label and self.isRightToLeft() else getattr(label, "name", "")
        self.guideline.setText(f"{name}: {guideline(label)}" if label else "")

    def show_label(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.UserRole) == name:
                self.list.setCurrentRow(i)
