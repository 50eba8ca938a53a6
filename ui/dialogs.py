"""Small dialogs. Each is a class with an `ask`/`show` classmethod so tests can replace it."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout

from annotator.errors import IsnadError
from .error_text import dialog_text, what_and_todo
from .i18n import tr
from .plain_text import plain_box, plain_label


class NameDialog(QDialog):
    """The annotator's name. A blank name is refused in place: the dialog says so and stays."""

    def __init__(self, parent=None, current: str = ""):
        super().__init__(parent)
        self.setWindowTitle(tr("Switch annotator") if current else tr("Your name"))
        self.name = QLineEdit(current)
        self.name.selectAll()
        self.error = plain_label(styleSheet="color: #b00020", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Annotator name (your spans are saved under it):")))
        if current:
            layout.addWidget(plain_label(tr("Now annotating as {name}.").format(name=current)))
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(tr("Type a name: your spans are saved under it."))
            self.name.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent, current: str = "") -> str | None:
        """A non-blank name, or None if the user cancelled. `current`: the name to switch from."""
        dialog = cls(parent, current)
        return dialog.name.text().strip() if dialog.exec() == QDialog.Accepted else None


class ReadOnlyDialog:
    @classmethod
    def ask(cls, parent, error: IsnadError) -> bool:
        """The project is open elsewhere: True to open it read-only, False to give up."""
        what, todo = what_and_todo(error)
        box = QMessageBox(QMessageBox.Question, tr("Project already open"),
                          tr("{what}.\n\nOpen it read-only instead? ({todo})").format(what=what, todo=todo),
                          QMessageBox.Open | QMessageBox.Cancel, parent)
        box.setDefaultButton(QMessageBox.Cancel)
        return plain_box(box).exec() == QMessageBox.Open


class ErrorDialog:
    @classmethod
    def show(cls, parent, error: Exception, title: str | None = None) -> None:
        cls.build(parent, error, title).exec()

    @staticmethod
    def build(parent, error: Exception, title: str | None = None) -> QMessageBox:
        """The dialog, translated (ui/error_text.py), not yet shown."""
        box = QMessageBox(QMessageBox.Warning, title or tr("Isnad"), dialog_text(error), QMessageBox.Ok, parent)
        box.findChild(QLabel, "qt_msgbox_label").setMinimumWidth(520)  # paths and commands wrap less
        return plain_box(box)
