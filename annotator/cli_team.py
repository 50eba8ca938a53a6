"""The team's commands: who works on a server project, who annotates what, and how far
they are (issue 12).

    isnad user add URL NAME --role annotator|lead
    isnad assign PROJECT --annotators ali mona sara --per-document 2 [--status new]
    isnad progress PROJECT [--json]
"""
from __future__ import annotations

import json
import sys

EXIT_OK = 0


def add_parsers(sub, layer_name) -> None:
    _add_user(sub, layer_name)
    _add_assign(sub, layer_name)
    _add_progress(sub)


# -- user ------------------------------------------------------------------------
def _add_user(sub, layer_name) -> None:
    p = sub.add_parser("user", help="let a person work on a project on a PostgreSQL server",
                       description="Team members of a project on a server. Each is a database role: an annotator "
                                   "writes only their own layer, a lead also gold, suggestions, documents, "
                                   "assignments and the schema; the database enforces it.")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a team member (the role is made if the server has none)",
                             description="Add NAME to the project as an annotator or a lead. A new role's "
                                         "password is asked for (or read from standard input when it is not a "
                                         "terminal); Isnad keeps it nowhere.")
    add.add_argument("project", metavar="URL", help="the project's server address: postgresql://USER@HOST/DATABASE")
    add.add_argument("name", type=layer_name, help="the person's name: their database role and their layer")
    add.add_argument("--role", choices=("annotator", "lead"), required=True)
    add.set_defaults(run=_user_add)


def _user_add(args) -> int:
    from .project_io import open_project, server_address
    url = server_address(args.project)  # a project file has no users: told before anything is asked
    with open_project(url) as project:
        made = project.add_member(args.name, args.role, _new_password(args.name))
    print(f"{args.name} may now work on {project.path.name} as {'a lead' if args.role == 'lead' else 'an annotator'}"
          + (" (a new role on the server)" if made else ""))
    return EXIT_OK


def _new_password(name: str) -> str | None:
    """A new role's password: typed at a terminal, else one line of standard input (empty: none)."""
    if sys.stdin.isatty():
        import getpass
        return getpass.getpass(f"password for {name} (if the role is new; Enter for none): ") or None
    return sys.stdin.readline().rstrip("\n") or None


# -- assign ----------------------------------------------------------------------
def _add_assign(sub, layer_name) -> None:
    from .model import STATUSES
    p = sub.add_parser("assign", help="spread documents over annotators, each done by N of them",
                       description="Assign documents (in import order) to annotators so each is done by "
                                   "--per-document of them, loads even, the same way every time; documents "
                                   "already assigned keep their annotators and get only the rest.")
    p.add_argument("project")
    p.add_argument("--annotators", nargs="+", required=True, type=layer_name, metavar="NAME")
    p.add_argument("--per-document", type=int, required=True, metavar="N", help="annotators per document")
    p.add_argument("--status", choices=STATUSES,
                   help="only documents with this status for every one of the annotators (e.g. new)")
    p.set_defaults(run=_assign)


def _assign(args) -> int:
    from .assignments import plan
    from .project_io import open_project
    with open_project(args.project) as project:
        with project.transaction():  # planned against what is stored when it is written
            doc_ids = project.document_ids()
            if args.status:
                keep = set.intersection(*(set(project.document_ids(status=args.status, annotator=name))
                                          for name in args.annotators))
                doc_ids = [d for d in doc_ids if d in keep]
            pairs = plan(doc_ids, project.assignments(), args.annotators, args.per_document)
            added = project.assign(pairs)
        loads = {name: 0 for name in dict.fromkeys(args.annotators)}
        for doc_id, names in project.assignments().items():
            for name in names & loads.keys():
                loads[name] += 1
    print(f"{added} assignments added over {len(doc_ids)} documents; "
          + ", ".join(f"{name} {n}" for name, n in loads.items()))
    return EXIT_OK


# -- progress --------------------------------------------------------------------
def _add_progress(sub) -> None:
    p = sub.add_parser("progress", help="per annotator: documents assigned, done, skipped, time spent",
                       description="How far each annotator is: documents assigned, marked done and skipped, "
                                   "and the time spent in the window.")
    p.add_argument("project")
    p.add_argument("--json", action="store_true", help="one JSON list of {annotator, assigned, done, skipped, "
                                                       "seconds}")
    p.set_defaults(run=_progress)


def _progress(args) -> int:
    from .project_io import open_project
    with open_project(args.project, read_only=True) as project:
        rows = project.progress()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return EXIT_OK
    width = max([len("annotator"), *(len(r["annotator"]) for r in rows)])
    print(f"{'annotator':<{width}}  assigned  done  skipped  time")
    for r in rows:
        print(f"{r['annotator']:<{width}}  {r['assigned']:>8}  {r['done']:>4}  {r['skipped']:>7}  "
              f"{_duration(r['seconds'])}")
    return EXIT_OK


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"
