"""A notice above the article that stays until dismissed or replaced: warnings the
annotator must not miss (a span nested in one of the same label), unlike the status bar."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton

from .i18n import tr
from .plain_text import plain_label


class NoticeBar(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notice")
        self.setStyleSheet("#notice { background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; }")
        self.text = plain_label(wordWrap=True)
        close = QToolButton(text="✕", autoRaise=True, toolTip=tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.hide()

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.show()
