"""Errors a user can fix. Every message says what happened and what to do.

Messages are declared once, with a stable code, in `annotator/messages.py`; the window
translates them by code (the English templates are the translation keys) and fills in the
parameters, so the core stays free of any translation machinery.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Message:
    """One kind of error: a stable code and two English templates with {named} fields."""
    code: str
    what: str
    todo: str


class IsnadError(Exception):
    """A user-facing error: `what` happened, `todo` is what to do about it.

    `path` and `line` (1-based) locate bad input when there is a file to blame. `code` and
    `params` (set by `IsnadError.of`) let the interface translate the message.
    """

    def __init__(self, what: str, todo: str, path: str | None = None, line: int | None = None,
                 code: str | None = None, params: dict | None = None):
        super().__init__(what)
        self.what, self.todo, self.path, self.line = what, todo, path, line
        self.code, self.params = code, dict(params or {})

    @classmethod
    def of(cls, message: Message, path: str | None = None, line: int | None = None, **params) -> "IsnadError":
        """The error `message` declares, its templates filled with `params`."""
        return cls(message.what.format(**params), message.todo.format(**params), path, line,
                   message.code, params)

    def __reduce__(self):  # pickled whole (an error raised in a worker process)
        return type(self), (self.what, self.todo, self.path, self.line, self.code, self.params)

    def where(self) -> str:
        if self.path and self.line:
            return f"{self.path}:{self.line}: "
        return f"{self.path}: " if self.path else ""

    def __str__(self) -> str:
        code = f" [{self.code}]" if self.code else ""
        return f"{self.where()}{self.what}{code}\n  What to do: {self.todo}"

    def at(self, path: str | None, line: int | None = None) -> "IsnadError":
        """The same error, located in a file (keeps a location already set)."""
        if self.path is None:
            self.path, self.line = path, line
        return self


class NotAProject(IsnadError):
    pass


class ProjectLocked(IsnadError):
    pass


class ProjectBusy(IsnadError):
    """Another connection holds the write lock: trying again later may succeed."""


class ReadOnlyPlace(IsnadError):
    """The project lies on a read-only disk or folder (or one Isnad may not write): it can
    be opened read-only, not for editing."""
