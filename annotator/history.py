"""Undo/redo in the core: each entry is the pair of ChangeSets a command planned.

Entries are small (the changed rows only), never copies of the whole state.

No write silently overwrites another: a command is refused (E580) when a row it changes is
no longer what the caller's view showed (`seen`), and an undo or redo (E581) when a row it
would restore was changed since this history last wrote it. A row's version is its content
with its `updated` stamp, which every edit renews, undo and redo included: what an undo
restores is a new version, so a merge or sync (newest wins, deletions as tombstones) carries
the undo rather than the older state it brings back.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from .commands import Command
from .errors import IsnadError
from .messages import M
from .model import ChangeSet, now_iso

# What the caller's view holds of a span or relation (by kind and id), or None if it shows none.
Seen = Callable[[str, str], object]


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
        self._written: dict[tuple[str, str], object] = {}  # (kind, id) -> the row last written, None: deleted

    def run(self, command: Command, seen: Seen | None = None) -> Entry | None:
        """Plan `command` against the project and apply it in ONE transaction (no other writer
        comes between what it read and what it writes); None when it changes nothing.
        `seen`: the rows as the caller showed them; a row changed since is refused (E580)."""
        with self.project.transaction():
            do, undo = command.plan(self.project)
            if not do:
                return None
            if seen is not None and _changed_since(undo, seen):
                raise IsnadError.of(M.STALE_WRITE)
            if self.project.shared and not _still(self.project, do, undo, hold=True):
                raise IsnadError.of(M.STALE_WRITE)  # another writer of the layer came between plan and write
            self.project.apply(do)
        self._wrote(do)
        entry = Entry(command.text, do, undo)
        self._done.append(entry)
        del self._done[:-self.limit]
        self._undone.clear()
        return entry

    def undo(self) -> Entry | None:
        if not self._done:
            return None
        entry = self._done[-1]
        entry = replace(entry, undo=self._step(entry.undo, entry.do, self._done))
        self._done.pop()
        self._undone.append(entry)
        return entry

    def redo(self) -> Entry | None:
        if not self._undone:
            return None
        entry = self._undone[-1]
        entry = replace(entry, do=self._step(entry.do, entry.undo, self._undone))
        self._undone.pop()
        self._done.append(entry)
        return entry

    def _step(self, step: ChangeSet, left: ChangeSet, stack: list[Entry]) -> ChangeSet:
        """Apply `step`, stamped now, if the rows it writes are still as this history last
        wrote them (`left`: the step it reverses); otherwise drop the entry, which can never
        apply again, and refuse (E581). Returns the step as written."""
        with self.project.transaction():
            if not _still(self.project, step, left, hold=True, written=self._written):
                stack.pop()
                raise IsnadError.of(M.STALE_UNDO)
            step = _stamped(step, now_iso())
            self.project.apply(step)
        self._wrote(step)
        return step

    def _wrote(self, changes: ChangeSet) -> None:
        for kind, puts, deletes in (("span", changes.put_spans, changes.delete_spans),
                                    ("relation", changes.put_relations, changes.delete_relations)):
            self._written.update({(kind, row_id): None for row_id in deletes})
            self._written.update({(kind, row.id): row for row in puts})
        self._written.update({("status", key): None for key in changes.delete_statuses})
        self._written.update({("status", (s.doc_id, s.annotator)): s for s in changes.put_statuses})

    @property
    def undo_text(self) -> str | None:
        return self._done[-1].text if self._done else None

    @property
    def redo_text(self) -> str | None:
        return self._undone[-1].text if self._undone else None


def _changed_since(before: ChangeSet, seen: Seen) -> bool:
    """Rows as the plan read them (`before`: its undo) differ from what the view showed."""
    for kind, rows in (("span", before.put_spans), ("relation", before.put_relations)):
        for row in rows:
            shown = seen(kind, row.id)
            if shown is not None and shown != row:
                return True
    return False


def _stamped(step: ChangeSet, stamp: str) -> ChangeSet:
    return replace(step, put_spans=[replace(s, updated=stamp) for s in step.put_spans],
                   put_relations=[replace(r, updated=stamp) for r in step.put_relations],
                   put_statuses=[replace(s, updated=stamp) for s in step.put_statuses],
                   put_verdicts=[replace(v, updated=stamp) for v in step.put_verdicts])


def _still(project, step: ChangeSet, left: ChangeSet, hold: bool = False, written: dict | None = None) -> bool:
    """Every span, relation and status `step` writes is as `left` wrote it (or still absent),
    no relation it does not delete hangs on a span it deletes (it would go unseen), and the
    spans its relations link are there.
    `hold`: first lock the layers both touch against other writers (on a server: a
    transaction there does not exclude other writers as a file's does).
    `written`: {(kind, id): row} as this history last wrote them (an undo or redo: a later
    step restamped what `left` wrote), which stands for `left`'s rows."""
    now = project.current(step, hold=_layers(step, left) if hold else ())
    written = written or {}
    for kind, current, puts, deletes in (("span", now.spans, left.put_spans, left.delete_spans),
                                         ("relation", now.relations, left.put_relations, left.delete_relations)):
        expected = {row.id: row for row in puts} | {row_id: None for row_id in deletes}
        if any(current[row_id] != written.get((kind, row_id), expected[row_id])
               for row_id in current.keys() & expected.keys()):
            return False
    if now.hanging - set(step.delete_relations):
        return False
    ends = {end for r in step.put_relations for end in (r.from_id, r.to_id)} - {s.id for s in step.put_spans}
    if any(now.spans.get(end) is None for end in ends):  # a span to link was deleted meanwhile
        return False
    # A status's version: its value and when it was set (time spent adds up beside it, unversioned).
    statuses = {(s.doc_id, s.annotator): s for s in left.put_statuses} | {key: None for key in left.delete_statuses}
    return all(_status_is(now.statuses[key], written.get(("status", key), row))
               for key, row in statuses.items() if key in now.statuses)


def _status_is(now, expected) -> bool:
    """A status is its value and when it was set (time spent adds up beside it, unversioned);
    no row is "new" (time spent may have made one since), and so is a "new" never set."""
    if expected is None or (expected.status == "new" and not expected.updated):
        return now is None or now.status == "new"
    return now is not None and (now.status, now.updated) == (expected.status, expected.updated)


def _layers(*changes: ChangeSet) -> set[str]:
    """The layers whose rows these ChangeSets write (a deleted row's layer is in its undo)."""
    return {row.annotator for c in changes for rows in (c.put_spans, c.put_relations, c.put_statuses, c.put_verdicts)
            for row in rows} | {key[1] for c in changes for key in (*c.delete_statuses, *c.delete_verdicts)}
