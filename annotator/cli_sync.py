"""Offline work on a server project (issue 12): check out an annotator's documents into a
project file, work in it without the server, sync it back.

    isnad checkout URL FILE --annotator NAME [--json]
    isnad sync FILE [--server URL] [--json]
"""
from __future__ import annotations

import json

EXIT_OK = 0
_KINDS = ("spans", "relations", "statuses", "verdicts")


def add_parsers(sub, layer_name) -> None:
    p = sub.add_parser("checkout", help="copy your assigned documents from a server project into a file, "
                                        "to work offline",
                       description="Make a new project file holding NAME's assigned documents of the project on "
                                   "the server, the schema, NAME's own layer and the suggestion layers (other "
                                   "people's layers and gold stay on the server). The file remembers the server "
                                   "(never the password): work in it offline, then run isnad sync FILE.")
    p.add_argument("url", metavar="URL", help="the project's server address: postgresql://USER@HOST/DATABASE")
    p.add_argument("file", metavar="FILE", help="the new project file (e.g. ali.isnad)")
    p.add_argument("--annotator", required=True, type=layer_name, metavar="NAME", help="whose work to check out")
    p.add_argument("--json", action="store_true", help="print what was copied as one JSON object")
    p.set_defaults(run=_checkout)

    p = sub.add_parser("sync", help="send a checkout's work to its server and bring back what changed there",
                       description="Send the annotator's additions, edits, deletions and statuses in FILE (made "
                                   "by isnad checkout) to the server project, then bring back newly assigned "
                                   "documents, schema changes and the suggestion layers. The newer edit of an "
                                   "item wins; syncing again changes nothing; an interrupted sync is safe to "
                                   "run again. The password comes from PGPASSWORD or ~/.pgpass.")
    p.add_argument("file", metavar="FILE", help="the project file isnad checkout made")
    p.add_argument("--server", metavar="URL", help="the server address to use this time (default: the one "
                                                   "the checkout remembers)")
    p.add_argument("--json", action="store_true", help="print what was sent and received as one JSON object")
    p.set_defaults(run=_sync)


def _checkout(args) -> int:
    from .sync import checkout
    report = checkout(args.url, args.file, args.annotator)
    if args.json:
        print(json.dumps(report.summary(), ensure_ascii=False))
        return EXIT_OK
    print(f"{report.documents_added} documents assigned to {args.annotator} checked out into {args.file}"
          f" ({_counted(report.received, 'added') or 'no annotations yet'})")
    if not report.documents_added:
        print(f"nothing is assigned to {args.annotator} yet: isnad sync brings documents once the lead assigns them")
    print(f"work on it offline (isnad gui {args.file} --annotator {args.annotator}), then: isnad sync {args.file}")
    return EXIT_OK


def _sync(args) -> int:
    from .sync import sync
    report = sync(args.file, args.server)
    if args.json:
        print(json.dumps(report.summary(), ensure_ascii=False))
        return EXIT_OK
    print(f"sent: {_changes(report.sent)}")
    print(f"received: {_changes(report.received)}")
    if report.documents_added:
        print(f"{report.documents_added} newly assigned documents added")
    if report.schema_changed:
        print("the schema was updated from the server")
    if report.not_on_server:
        print(f"{report.not_on_server} documents of the file are no longer on the server: their work stays in the "
              "file only")
    return EXIT_OK


def _changes(counts) -> str:
    parts = [_counted(counts, what) for what in ("added", "updated", "deleted")]
    return "; ".join(p for p in parts if p) or "nothing new"


def _counted(counts, what: str) -> str:
    found = [f"{counts[f'{kind} {what}']} {kind}" for kind in _KINDS if counts.get(f"{kind} {what}")]
    return f"{', '.join(found)} {what}" if found else ""
