"""Small dialogs. Each is a class with an `ask`/`show` classmethod so tests can replace it."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout

from annotator.errors import IsnadError
from .i18n import tr


class NameDialog(QDialog):
    """The annotator's name. A blank name is refused in place: the dialog says so and stays."""

    def __init__(self, parent=None, current: str = ""):
        super().__init__(parent)
        self.setWindowTitle(tr("Switch annotator") if current else tr("Your name"))
        self.name = QLineEdit(current)
        self.name.selectAll()
        self.error = QLabel(styleSheet="color: #b00020", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Annotator name (your spans are saved under it):")))
        if current:
            layout.addWidget(QLabel(tr("Now annotating as {name}.").format(name=current)))
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
        answer = QMessageBox.question(parent, tr("Project already open"),
                                      tr("{what}.\n\nOpen it read-only instead? ({todo})").format(
                                          what=error.what, todo=error.todo),
                                      QMessageBox.Open | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Open


class ErrorDialog:
    @classmethod
    def show(cls, parent, error: Exception, title: str = "Isnad") -> None:
        if isinstance(error, IsnadError):
            where = f"\n\n{error.where().rstrip(': ')}" if error.path else ""
            text = tr("{what}.{where}\n\nWhat to do: {todo}").format(what=error.what, where=where, todo=error.todo)
        else:  # a bug: still say something useful rather than crash the window
            text = f"{type(error).__name__}: {error}\n\n" + tr("What to do: please report this as a bug.")
        QMessageBox.warning(parent, title, text)
