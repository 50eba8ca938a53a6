"""Small dialogs. Each is a class with an `ask`/`show` classmethod so tests can replace it."""
from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from annotator.errors import IsnadError
from .error_text import dialog_text, what_and_todo
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
        what, todo = what_and_todo(error)
        answer = QMessageBox.question(parent, tr("Project already open"),
                                      tr("{what}.\n\nOpen it read-only instead? ({todo})").format(what=what, todo=todo),
                                      QMessageBox.Open | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Open


class ErrorDialog:
    @classmethod
    def show(cls, parent, error: Exception, title: str | None = None) -> None:
        cls.build(parent, error, title).exec()

    @staticmethod
    def build(parent, error: Exception, title: str | None = None) -> QMessageBox:
        """The dialog, translated (ui/error_text.py), not yet shown."""
        box = QMessageBox(QMessageBox.Warning, title or tr("Isnad"), dialog_text(error), QMessageBox.Ok, parent)
        box.findChild(QLabel, "qt_msgbox_label").setMinimumWidth(520)  # paths and commands wrap less
        return box
