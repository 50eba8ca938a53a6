"""Errors a user can fix. Every message says what happened and what to do."""
from __future__ import annotations


class IsnadError(Exception):
    """A user-facing error: `what` happened, `todo` is what to do about it.

    `path` and `line` (1-based) locate bad input when there is a file to blame.
    """

    def __init__(self, what: str, todo: str, path: str | None = None, line: int | None = None):
        super().__init__(what)
        self.what, self.todo, self.path, self.line = what, todo, path, line

    def where(self) -> str:
        if self.path and self.line:
            return f"{self.path}:{self.line}: "
        return f"{self.path}: " if self.path else ""

    def __str__(self) -> str:
        return f"{self.where()}{self.what}\n  What to do: {self.todo}"

    def at(self, path: str | None, line: int | None = None) -> "IsnadError":
        """The same error, located in a file (keeps a location already set)."""
        if self.path is None:
            self.path, self.line = path, line
        return self


class NotAProject(IsnadError):
    pass


class ProjectLocked(IsnadError):
    pass
