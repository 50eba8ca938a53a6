"""Undo/redo in the core: each entry is the pair of ChangeSets a command planned.

Entries are small (the changed rows only), never copies of the whole state.
"""
from __future__ import annotations

from dataclasses import dataclass

from .commands import Command
from .model import ChangeSet


@dataclass(frozen=True)
class Entry:
    text: str
    do: ChangeSet
    undo: ChangeSet


class History:
    def __init__(self, project, limit: int = 10_000):
        self.project, self.limit = project, limit
        self._done: list[Entry] = []
        self._undone: list[Entry] = []

    def run(self, command: Command) -> Entry | None:
        """Plan `command` against the project and apply it in ONE transaction (no other writer
        comes between what it read and what it writes); None when it changes nothing."""
        with self.project.transaction():
            do, undo = command.plan(self.project)
            if not do:
                return None
            self.project.apply(do)
        entry = Entry(command.text, do, undo)
        self._done.append(entry)
        del self._done[:-self.limit]
        self._undone.clear()
        return entry

    def undo(self) -> Entry | None:
        if not self._done:
            return None
        entry = self._done[-1]
        self.project.apply(entry.undo)
        self._undone.append(self._done.pop())
        return entry

    def redo(self) -> Entry | None:
        if not self._undone:
            return None
        entry = self._undone[-1]
        self.project.apply(entry.do)
        self._done.append(self._undone.pop())
        return entry

    @property
    def undo_text(self) -> str | None:
        return self._done[-1].text if self._done else None

    @property
    def redo_text(self) -> str | None:
        return self._undone[-1].text if self._undone else None
