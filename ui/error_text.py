"""Errors in the interface's language: the catalogue's English templates are the keys of the
"errors" translation context; parameters are filled in afterwards, each isolated (ui/bidi.py)
so a path or a label name keeps its order inside an Arabic sentence."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.errors import IsnadError
from annotator.messages import catalogue
from .bidi import isolate, ltr, path_text
from .i18n import term, tr

_BY_CODE = {m.code: m for m in catalogue()}


def _param(value) -> str:
    if not isinstance(value, str):
        return isolate(value)
    return path_text(value) if "/" in value or "\\" in value else isolate(term(value))


def what_and_todo(error: IsnadError) -> tuple[str, str]:
    """The error's two parts, translated; an error without a known code stays as raised."""
    message = _BY_CODE.get(error.code)
    if message is None:
        return error.what, error.todo
    params = {name: _param(value) for name, value in error.params.items()}
    return tuple(QCoreApplication.translate("errors", template).format(**params)
                 for template in (message.what, message.todo))


def dialog_text(error: Exception) -> str:
    """What happened, the file and line to blame, what to do, and the code to search for."""
    if not isinstance(error, IsnadError):  # a bug: still say something useful rather than crash
        return f"{type(error).__name__}: {error}\n\n" + tr("What to do: please report this as a bug.")
    what, todo = what_and_todo(error)
    where = "\n\n" + tr("File: {where}").format(where=_location(error)) if error.path else ""
    text = tr("{what}.{where}\n\nWhat to do: {todo}").format(what=what, where=where, todo=todo)
    return text + ("\n\n" + tr("Error {code}").format(code=ltr(error.code)) if error.code else "")


def _location(error: IsnadError) -> str:
    """path:line, left to right, the line number kept out of the (maybe Arabic) file name."""
    return ltr(path_text(error.path) + (f":{error.line}" if error.line else ""))


def inline_text(error: IsnadError) -> str:
    """One line for a form's error label."""
    return tr("{what}. {todo}.").format(**dict(zip(("what", "todo"), what_and_todo(error))))
