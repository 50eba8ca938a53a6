"""Small dialogs. Each is a class with an `ask`/`show` classmethod so tests can replace it."""
from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox

from annotator.errors import IsnadError
from .i18n import tr


class NameDialog:
    @classmethod
    def ask(cls, parent) -> str | None:
        name, ok = QInputDialog.getText(parent, tr("Your name"),
                                        tr("Annotator name (your spans are saved under it):"))
        return name.strip() if ok and name.strip() else None


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
