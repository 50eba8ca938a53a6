"""Small dialogs. Each is a class with an `ask`/`show` classmethod so tests can replace it."""
from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox

from annotator.errors import IsnadError


class NameDialog:
    @classmethod
    def ask(cls, parent) -> str | None:
        name, ok = QInputDialog.getText(parent, "Your name",
                                        "Annotator name (your spans are saved under it):")
        return name.strip() if ok and name.strip() else None


class ReadOnlyDialog:
    @classmethod
    def ask(cls, parent, error: IsnadError) -> bool:
        """The project is open elsewhere: True to open it read-only, False to give up."""
        answer = QMessageBox.question(parent, "Project already open",
                                      f"{error.what}.\n\nOpen it read-only instead? ({error.todo})",
                                      QMessageBox.Open | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Open


class ErrorDialog:
    @classmethod
    def show(cls, parent, error: Exception, title: str = "Isnad") -> None:
        if isinstance(error, IsnadError):
            where = f"\n\n{error.where().rstrip(': ')}" if error.path else ""
            text = f"{error.what}.{where}\n\nWhat to do: {error.todo}"
        else:  # a bug: still say something useful rather than crash the window
            text = f"{type(error).__name__}: {error}\n\nWhat to do: please report this as a bug."
        QMessageBox.warning(parent, title, text)
