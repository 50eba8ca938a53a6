"""Help > About: the version (the same `isnad --version` prints), Isnad's licence, and the
licences of what the app carries: the fonts, the sample article, Qt."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout

from annotator.resources import resource
from annotator import __version__
from .i18n import tr

# (what, its licence file in resources/): shown in full, each under its heading
BUNDLED = (("Amiri (fonts/Amiri-Regular.ttf, Amiri-Bold.ttf)", ("fonts", "OFL-Amiri.txt")),
           ("Noto Emoji (fonts/NotoEmoji-Regular.ttf)", ("fonts", "OFL-NotoEmoji.txt")))


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("About Isnad"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(QPixmap(str(resource("icons", "isnad-64.png"))))
        top.addWidget(icon, 0, Qt.AlignTop)
        self.header = QLabel(self.header_text())
        self.header.setTextFormat(Qt.PlainText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextSelectableByMouse)
        top.addWidget(self.header, 1)
        layout.addLayout(top)
        self.licences = QPlainTextEdit(self.licence_text())
        self.licences.setReadOnly(True)
        self.licences.setLineWrapMode(QPlainTextEdit.NoWrap)  # the licences are wrapped already
        layout.addWidget(self.licences, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)

    @staticmethod
    def header_text() -> str:
        return "\n".join([
            tr("Isnad {version}").format(version=__version__),
            tr("Annotate Arabic news: entities, claims, sources and who said what."),
            tr("Licence: MIT. Built with Qt for Python (PySide6, LGPL v3)."),
            tr("The sample article: CC BY-SA 4.0 (resources/sample). The bundled fonts and their licences:"),
        ])

    @staticmethod
    def licence_text() -> str:
        parts = []
        for what, path in BUNDLED:
            parts += [what, "=" * len(what), "", resource(*path).read_text(encoding="utf-8").strip(), "", ""]
        return "\n".join(parts)

    @classmethod
    def show_for(cls, parent) -> None:
        cls(parent).exec()
