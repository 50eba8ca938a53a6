"""Layers > Recommenders…: which recommenders suggest spans when a document opens (a
project setting, so the whole team sees the same suggestions)."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout)

from .i18n import tr

BUILT_IN = ("lexicon", "attribution")


class RecommendersDialog(QDialog):
    def __init__(self, parent, specs: list[str]):
        super().__init__(parent)
        self.setWindowTitle(tr("Recommenders"))
        self.lexicon = QCheckBox(tr("Lexicon: every string already tagged in this project"))
        self.attribution = QCheckBox(tr("Attribution: Arabic reported speech (cues, sources, claims)"))
        self.lexicon.setChecked("lexicon" in specs)
        self.attribution.setChecked("attribution" in specs)
        self.models = QPlainTextEdit("\n".join(s for s in specs if s not in BUILT_IN))
        self.models.setPlaceholderText("spacy:/path/to/model\ntransformers:/path/to/model")
        browse = QPushButton(tr("Add a spaCy model folder…"))
        browse.clicked.connect(self._browse)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = tr("Suggestions appear outlined when a document opens: Enter accepts, Delete rejects, F8 goes on.")
        layout.addWidget(QLabel(hint, wordWrap=True))
        for widget in (self.lexicon, self.attribution, QLabel(tr("Models, one per line:")), self.models, browse,
                       buttons):
            layout.addWidget(widget)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Add a spaCy model folder…"))
        if folder:
            self.models.appendPlainText(f"spacy:{folder}")

    def specs(self) -> list[str]:
        chosen = [name for name, box in (("lexicon", self.lexicon), ("attribution", self.attribution))
                  if box.isChecked()]
        doc = self.models.document()  # one model per line (block)
        lines = (doc.findBlockByNumber(i).text().strip() for i in range(doc.blockCount()))
        return chosen + [line for line in lines if line]

    @classmethod
    def ask(cls, parent, specs: list[str]) -> list[str] | None:
        dialog = cls(parent, specs)
        return dialog.specs() if dialog.exec() == QDialog.Accepted else None
