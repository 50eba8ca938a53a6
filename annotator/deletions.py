"""Deletions in a merge: the tombstones the target and the sources carry (a span or relation
deleted by its annotator) decide whether an item stays.

An item is matched by kind, the SHA-256 of its document's text and its id. Of all the
versions of an item (the target's and every source's) and all its tombstones, the newest
time decides: a tombstone not older than every version's `updated` deletes the item
everywhere (and the relations whose newest version touches a deleted span, recorded as
deleted at that version's time); a version edited or written again after the deletion stays.
The store deletes a span's relations with it and tombstones them too, which keeps this
order-independent: a relation is never lost to a span deleted only in a copy that lacked it. That is one choice over the union of versions, so it does not
depend on the order of the sources, and the target records the newest tombstone of each
item so a later merge of an older copy does not bring it back. One case stays order-dependent:
a relation written in one copy after its span was deleted in another, the span then brought
back by a third copy: merged in turns, the relation goes with the span at the first merge
(the target cannot hold a relation without its span); merged at once, it stays.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from .model import DocumentRecord, Relation, Tombstone

_Key = tuple[str, str, str]  # (kind, document sha, id)


@dataclass
class Deletions:
    """What the tombstones decided, before the target's document ids are known."""
    dead: dict[_Key, Tombstone] = field(default_factory=dict)  # items deleted, with the tombstone that won
    in_target: dict[_Key, str] = field(default_factory=dict)  # deleted items the target has: key -> its id
    recorded: dict[_Key, str] = field(default_factory=dict)  # the target's tombstones: key -> time

    def plan_into(self, plan, doc_id: dict[str, str]) -> None:
        """Deletions of the target's items and the tombstones it lacks, into `plan` (a MergePlan)."""
        for (kind, sha, item_id), stone in sorted(self.dead.items()):
            if (kind, sha, item_id) in self.in_target:
                (plan.deleted_spans if kind == "span" else plan.deleted_relations).append(item_id)
                plan.counts[f"{kind}s deleted"] += 1
            if self.recorded.get((kind, sha, item_id), "") < stone.deleted and sha in doc_id:
                plan.tombstones.append(replace(stone, doc_id=doc_id[sha]))


def carry_deletions(target, sources: list) -> tuple[list, Deletions]:
    """`sources` (merge.Source) without the items the tombstones delete, and what to delete
    in `target` (a merge.Target). A tombstone names an item of one document, and a relation
    goes with a span of its own document: only the documents some tombstone names are read."""
    hashes = target.tombstoned_hashes() | {r.document.sha256 for s in sources for r in s.records if r.tombstones}
    if not hashes:
        return sources, Deletions()
    target = target.records_of(hashes)
    stones = _newest_tombstones([target, *(s.records for s in sources)])
    if not stones:
        return sources, Deletions()
    newest = _newest_versions([target, *(s.records for s in sources)], stones)
    dead = {k: t for k, t in stones.items() if newest.get(k, "") <= t.deleted}
    # A relation whose newest version touches a deleted span goes with it. Its tombstone bears
    # that version's time (not the span's deletion, which a later merge may find newer).
    newest_rel: dict[_Key, Relation] = {}
    for records in (target, *(s.records for s in sources)):
        for r in records:
            for x in r.relations:
                key = ("relation", r.document.sha256, x.id)
                if key not in newest_rel or _version(x) > _version(newest_rel[key]):
                    newest_rel[key] = x
    for (_, sha, _), x in newest_rel.items():
        key = ("relation", sha, x.id)
        if key not in dead and (("span", sha, x.from_id) in dead or ("span", sha, x.to_id) in dead):
            dead[key] = Tombstone("relation", x.id, x.doc_id, x.annotator, x.updated)
    out = Deletions(dead)
    for r in target:
        sha = r.document.sha256
        for kind, items in (("span", r.spans), ("relation", r.relations)):
            out.in_target.update(((kind, sha, x.id), x.id) for x in items if (kind, sha, x.id) in dead)
        out.recorded.update(((t.kind, sha, t.id), t.deleted) for t in r.tombstones)
    return [replace(s, records=[_alive(r, dead) for r in s.records]) for s in sources], out


def _newest_tombstones(every: list[list[DocumentRecord]]) -> dict[_Key, Tombstone]:
    stones: dict[_Key, Tombstone] = {}
    for records in every:
        for r in records:
            for t in r.tombstones:
                key = (t.kind, r.document.sha256, t.id)
                if key not in stones or _order(t) > _order(stones[key]):
                    stones[key] = t
    return stones


def _newest_versions(every: list[list[DocumentRecord]], stones: dict) -> dict[_Key, str]:
    """The newest `updated` of each item some tombstone names."""
    newest: dict[_Key, str] = defaultdict(str)
    for records in every:
        for r in records:
            sha = r.document.sha256
            for kind, items in (("span", r.spans), ("relation", r.relations)):
                for x in items:
                    key = (kind, sha, x.id)
                    if key in stones and x.updated > newest[key]:
                        newest[key] = x.updated
    return newest


def _version(x: Relation) -> tuple:
    """The order in which a merge picks the winning version of a relation (merge._content)."""
    return x.updated, x.from_id, x.to_id, x.type, x.annotator, x.created


def _order(t: Tombstone) -> tuple:
    return t.deleted, t.annotator, t.doc_id


def _alive(r: DocumentRecord, dead: dict) -> DocumentRecord:
    sha = r.document.sha256
    if not any(("span", sha, x.id) in dead for x in r.spans) and \
            not any(("relation", sha, x.id) in dead for x in r.relations):
        return r
    return replace(r, spans=[x for x in r.spans if ("span", sha, x.id) not in dead],
                   relations=[x for x in r.relations if ("relation", sha, x.id) not in dead])
