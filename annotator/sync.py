"""Offline work on a server project, then sync (issue 12).

`checkout` makes a project file for one annotator from a server project: the documents
assigned to them, the schema, their own layer (spans, relations, statuses, verdicts and
tombstones) and the suggestion layers (suggest:*) the window offers. Other people's layers
and gold stay on the server: an annotator works on their own, which is what agreement
measures. The file remembers the server (its address, never a password), which project it
is (its creation stamp) and the last sync, in the project setting `checkout`.

`sync` sends the annotator's layer to the server, then brings back what changed there,
each as a merge (annotator/merge.py) over the checked-out documents: of two versions of an
item the newer wins and tombstones carry deletions, so syncing again changes nothing and
annotators may sync in any order. Each direction is ONE transaction (the server's, then the
file's): a sync killed anywhere leaves both sides whole, and running it again converges.
Only the annotator's layer is sent; on the server their role may write nothing else.
Time spent on a document is the larger of the two sides' (it only grows).
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import IsnadError
from .merge import Source, plan_merge
from .messages import M
from .model import SUGGEST_PREFIX, ChangeSet, DocumentRecord, now_iso
from .project_io import create_project, is_server, open_project, server_address

CHECKOUT = "checkout"  # the project setting a checkout keeps: {"server", "annotator", "project", "synced"...}


@dataclass
class SyncReport:
    """What one checkout or sync did (`isnad sync --json` prints it)."""
    sent: Counter = field(default_factory=Counter)  # merge counts on the server ("spans added"...)
    received: Counter = field(default_factory=Counter)  # merge counts in the file
    documents_added: int = 0  # newly assigned documents brought into the file
    schema_changed: bool = False
    not_on_server: int = 0  # documents of the file the server no longer has (their work stays here)

    def summary(self) -> dict:
        return {"sent": dict(sorted(self.sent.items())), "received": dict(sorted(self.received.items())),
                "documents added": self.documents_added, "schema changed": self.schema_changed,
                "documents not on the server": self.not_on_server}


def checkout(url: str, path: str | os.PathLike, annotator: str) -> SyncReport:
    """A new project file at `path` holding `annotator`'s work on the server project at `url`."""
    server_address(url)  # a project file where the server is expected: told first (E571)
    if is_server(path):
        raise IsnadError.of(M.SYNC_NEEDS_FILE, location=str(path))
    with open_project(url, read_only=True) as server:
        members = server.members()
        if members and annotator not in members:
            raise IsnadError.of(M.CHECKOUT_NOT_A_MEMBER, annotator=annotator, server=server.location)
        with create_project(path, server.schema) as local:
            # remembered first: a checkout killed before its copy is finished is completed by `isnad sync`
            local.set_setting(CHECKOUT, {"server": server.location, "annotator": annotator,
                                         "project": server.created(), "synced": None})
            report = SyncReport()
            _receive(local, server, annotator, report)
    return report


def sync(path: str | os.PathLike, url: str | None = None) -> SyncReport:
    """Send the annotator's changes in the checkout at `path` to its server (or `url`), then
    bring back new assignments, the schema and the visible layers' changes."""
    if is_server(path):
        raise IsnadError.of(M.SYNC_NEEDS_FILE, location=str(path))
    with open_project(path) as local:
        remembered = local.setting(CHECKOUT)
        if not isinstance(remembered, dict) or not remembered.get("server"):
            raise IsnadError.of(M.NOT_A_CHECKOUT, name=Path(path).name)
        annotator = remembered["annotator"]
        with open_project(server_address(url or remembered["server"])) as server:
            if server.created() != remembered.get("project"):
                raise IsnadError.of(M.SYNC_OTHER_PROJECT, server=server.location, name=Path(path).name)
            report = SyncReport()
            _send(local, server, annotator, report)
            _receive(local, server, annotator, report)
    return report


def _send(local, server, annotator: str, report: SyncReport) -> None:
    """The annotator's layer of the file merged into the server's, in one server transaction."""
    ids = local.document_ids()
    with server.transaction():
        theirs = list(server.records([annotator], ids))
        on_server = {r.document.sha256 for r in theirs}
        mine = [r for r in local.records([annotator], ids) if r.document.sha256 in on_server]
        report.not_on_server = len(ids) - len(mine)
        plan = plan_merge(theirs, [Source(local.location, mine)])
        plan.statuses = _with_time_spent(plan.statuses, theirs, mine)
        if not plan.changes_nothing:
            server.apply(plan.change_set())
    report.sent.update(_items(plan.counts))


def _receive(local, server, annotator: str, report: SyncReport) -> None:
    """The server's schema, the annotator's new assignments and the visible layers of the
    checked-out documents merged into the file, in one transaction of the file."""
    with server.snapshot(), local.transaction():
        layers = [annotator] + [name for name in server.annotators() if name.startswith(SUGGEST_PREFIX)]
        assigned = sorted(d for d, names in server.assignments().items() if annotator in names)
        ids = local.document_ids()
        if server.schema != local.schema:
            local.set_schema(server.schema)
            report.schema_changed = True
        theirs = list(server.records(layers, ids))
        mine = list(local.records(layers, ids))
        plan = plan_merge(mine, [Source(server.location, theirs)])
        plan.statuses = _with_time_spent(plan.statuses, mine, theirs)
        new = list(server.records(layers, sorted(set(assigned) - set(ids)))) if assigned else []
        changes = _added(plan.change_set(), new)
        if new or changes:
            local.add_batch([r.document for r in new], changes)
        local.assign([(doc_id, annotator) for doc_id in assigned])
        remembered = local.setting(CHECKOUT)
        local.set_setting(CHECKOUT, {**remembered, "synced": now_iso(), "server revision": server.revision()})
    report.received.update(_items(plan.counts))
    report.received.update({f"{kind} added": sum(len(getattr(r, kind)) for r in new)
                            for kind in ("spans", "relations", "statuses") if new})
    report.documents_added += len(new)


def _items(counts: Counter) -> dict:
    """A merge's counts of items (its documents are the checkout's, matched every time)."""
    return {k: n for k, n in counts.items() if n and not k.startswith("documents")}


def _added(changes: ChangeSet, records: list[DocumentRecord]) -> ChangeSet:
    """`changes` and everything the `records` of new documents hold."""
    for r in records:
        changes.put_spans += r.spans
        changes.put_relations += r.relations
        changes.put_statuses += r.statuses
        changes.put_verdicts += r.verdicts
        changes.put_tombstones += r.tombstones
    return changes


def _with_time_spent(planned: list, target: list[DocumentRecord], source: list[DocumentRecord]) -> list:
    """The planned statuses, plus the target's where the source spent more time on the document
    or opened it later: time spent only grows, so the larger is the truer."""
    by_key = {(s.doc_id, s.annotator): s for s in planned}
    current = {(s.doc_id, s.annotator): s for r in target for s in r.statuses}
    for r in source:
        for s in r.statuses:
            key = (s.doc_id, s.annotator)
            base = by_key.get(key) or current.get(key)
            if base is not None and (s.seconds > base.seconds or s.last_opened > base.last_opened):
                by_key[key] = replace(base, seconds=max(s.seconds, base.seconds),
                                      last_opened=max(s.last_opened, base.last_opened))
    return list(by_key.values())
