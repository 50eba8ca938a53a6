"""The Layers panel: which layers show beside mine (imported pre-annotations, machine
suggestions, other annotators, gold), with how many spans each has in this document.

Shown layers are drawn outlined and read-only; Enter copies the selected span into mine.
Imported layers and suggestions show by default; the choice is kept per project and
annotator.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from annotator.model import DEFAULT_ANNOTATOR
from annotator.layers import is_suggestion_layer
from .session import SAMPLE_LAYER
from .i18n import tr

IMPORTED = (DEFAULT_ANNOTATOR, SAMPLE_LAYER)  # the layers an import fills


def shown_by_default(layer: str) -> bool:
    return layer in IMPORTED or is_suggestion_layer(layer)


class LayersPanel(QWidget):
    layersChanged = Signal(list)   # the layers to show
    copyRequested = Signal(str)    # copy all of this layer's spans in the document into mine

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.NoFocus)  # keys stay on the article
        # a long name is cut in its middle (its count stays in sight), not scrolled sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.ElideMiddle)
        self.copy = QPushButton(tr("Copy all of this layer into mine"))
        self.copy.setToolTip(tr("Every span of the selected layer in this document, one undo step"))
        self.copy.clicked.connect(self._copy)
        self.hint = QLabel(_hint(True), wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.copy)
        layout.addWidget(self.hint)
        self.list.itemChanged.connect(self._changed)
        self.list.currentItemChanged.connect(lambda *_: self.copy.setEnabled(self.list.currentItem() is not None))
        self.copy.setEnabled(False)

    def show_layers(self, layers: list[str], counts: dict[str, int], shown: set[str]) -> None:
        """List `layers` (mine excluded by the caller) with their span counts in this document."""
        current = self.current_layer()
        self.list.blockSignals(True)
        self.list.clear()
        for layer in layers:
            item = QListWidgetItem(tr("{layer} ({count} here)").format(layer=f"\u2068{layer}\u2069",
                                                                      count=counts.get(layer, 0)))
            item.setData(Qt.UserRole, layer)
            item.setToolTip(item.text())
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if layer in shown else Qt.Unchecked)
            self.list.addItem(item)
            if layer == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.copy.setEnabled(self.list.currentItem() is not None)
        self.copy.setVisible(bool(layers))
        self.hint.setText(_hint(bool(layers)))

    def shown(self) -> list[str]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.Checked]

    def current_layer(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _changed(self, _item) -> None:
        self.layersChanged.emit(self.shown())

    def _copy(self) -> None:
        layer = self.current_layer()
        if layer:
            self.copyRequested.emit(layer)


def _hint(listed: bool) -> str:
    """Under the list: what shown layers are, or while it lists nothing, what it would list."""
    if listed:
        return tr("Shown layers are outlined and read-only: click a span, then Enter copies it into yours.")
    return tr("No other layer yet. Imported annotations, suggestions (Layers > Recommenders) and "
              "other annotators' work are listed here, to show beside yours.")
