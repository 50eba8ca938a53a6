"""A team on one PostgreSQL server, concurrently (issue 12's load test).

    python benchmarks/load_team.py [--annotators 20] [--actions 500] [--docs 60] [--per-document 3]
                                   [--think-ms 0] [--keep DIR]

A real server (tests/pg_server.py, fsync on) holds a project made through the real CLI:
`isnad init`, `import` (real Arabic news text, benchmarks/synth.py, with a gold layer),
`user add` (one role per annotator, a lead), `assign --per-document N`. Then one process per
annotator, logged in as its own role, does its actions (tag, relabel, delete, link, status)
through the core path the window takes (commands + History with what its view shows, the
window's short busy wait and retry); alongside, the first annotator works in a second
process too and the lead edits gold spans in two processes, so stale writes meet. Each
process has its own seed and logs every attempt: outcome, latency, and for an acknowledged
action what it wrote and what it found (its ChangeSets).

Afterwards, from the logs and the server:
- actions lost: acknowledged, yet the server does not hold what they wrote (unless a later
  acknowledged action, which saw it, changed it);
- rows in another's layer: a server row no process of that layer wrote (and hand-made writes
  into another layer and gold, attempted by every annotator, that the server accepted);
- silent overwrites: two acknowledged writes of one row made from the same prior version
  (one wrote over the other unseen), or a write from a version no one had written;
- latency of acknowledged actions, median and p95;
- `isnad agree --json` on the server against the same work replayed into one SQLite file per
  annotator, merged with `isnad merge`, then `isnad agree --json`.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests")]

LEAD = "load_lead"  # role names are the server's, shared by every database on it: apart from the tests'
GOLD = "gold"
WINDOW_WAIT = 0.15  # seconds a write waits for a lock before "busy", as the window (ui/workspace.py)
RETRY_FOR = 30.0  # ... and how long it tries a busy edit again
POLL = 1.0  # seconds between reloads of the open document's rows (the window polls each second)
LABELS = ("PER", "ORG", "LOC", "MISC", "SOURCE", "CUE", "CLAIM")
STATUSES = ("in_progress", "done", "skipped", "flagged")
WEIGHTS = {"tag": 35, "relabel": 20, "delete": 15, "link": 15, "status": 15}
HOSTILE_EVERY = 50  # an annotator tries to write another's layer and gold by hand this often


def annotator_names(n: int) -> list[str]:
    return [f"load{i:02d}" for i in range(1, n + 1)]


def password(name: str) -> str:
    return f"{name}-secret"


# -- setting up, through the real command line -----------------------------------------------
def isnad(*argv, stdin: str = "") -> str:
    """Run `isnad argv` in this process; its output (a failure stops the benchmark)."""
    from annotator.cli import main
    out, err = io.StringIO(), io.StringIO()
    saved, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([str(a) for a in argv])
    finally:
        sys.stdin = saved
    if code:
        raise SystemExit(f"isnad {argv[0]} failed ({code}):\n{err.getvalue()}")
    return out.getvalue()


def corpus(n_docs: int, folder: Path) -> tuple[Path, Path]:
    """Real Arabic news texts: with a gold layer (for the server) and without (for the replay)."""
    import synth
    rows = synth.documents(n_docs, spans_per_doc=12, relations_per_doc=4, chars=1200, annotator=GOLD)
    bare = [dict(r, spans=[], relations=[]) for r in rows]
    return synth.write_jsonl(rows, folder / "docs.jsonl"), synth.write_jsonl(bare, folder / "bare.jsonl")


def set_up(url: str, names: list[str], docs: Path, per_document: int) -> None:
    isnad("init", url)
    isnad("import", url, docs)
    for name in names:
        isnad("user", "add", url, name, "--role", "annotator", stdin=password(name) + "\n")
    isnad("user", "add", url, LEAD, "--role", "lead", stdin=password(LEAD) + "\n")
    isnad("assign", url, "--annotators", *names, "--per-document", per_document)


def sessions(names: list[str]) -> list[dict]:
    """Who runs at once: every annotator; the first one again in a second process; the lead
    twice, on gold. Each with a seed of its own."""
    out = [{"role": n, "layer": n, "seed": 1000 + i} for i, n in enumerate(names)]
    out.append({"role": names[0], "layer": names[0], "seed": 2000, "twin": True})
    out += [{"role": LEAD, "layer": GOLD, "seed": 3000 + k, "twin": k > 0} for k in range(2)]
    for i, s in enumerate(out):
        s["id"] = i
    return out


# -- one annotator's process ----------------------------------------------------------------
def _row(x) -> dict:
    return asdict(x)


def _changes(c) -> dict:
    return {name: [_row(x) if hasattr(x, "__dataclass_fields__") else list(x) if isinstance(x, tuple) else x
                   for x in getattr(c, name)] for name in c.FIELDS if getattr(c, name)}


class View:
    """What a window shows of one document: the layer's rows as last read, reloaded each POLL
    seconds, after a refusal, and kept up to date with its own edits."""

    def __init__(self, project, doc_id: str, layer: str):
        self.project, self.doc_id, self.layer = project, doc_id, layer
        self.text = project.document(doc_id).text
        self.words = [m.span() for m in re.finditer(r"[\w\u064B-\u065F\u0670]+", self.text)]
        # what a careful reader would tag (the imported gold): annotators agree on some of it
        self.likely = sorted((s.start, s.end, s.label) for s in project.spans(doc_id, [GOLD]))
        self.reload()

    def reload(self) -> None:
        with self.project.snapshot():
            self.spans = {s.id: s for s in self.project.spans(self.doc_id, [self.layer])}
            self.relations = {r.id: r for r in self.project.relations(self.doc_id, [self.layer])}
            self.status = self.project.status(self.doc_id, self.layer).status
        self.read_at = time.monotonic()

    def seen(self, kind: str, row_id: str):
        return (self.spans if kind == "span" else self.relations).get(row_id)

    def applied(self, do) -> None:
        for r in do.delete_relations:
            self.relations.pop(r, None)
        for s in do.delete_spans:
            self.spans.pop(s, None)
            self.relations = {k: r for k, r in self.relations.items() if s not in (r.from_id, r.to_id)}
        self.spans.update((s.id, s) for s in do.put_spans)
        self.relations.update((r.id, r) for r in do.put_relations)
        for st in do.put_statuses:
            if st.annotator == self.layer:
                self.status = st.status


def choose(rnd: random.Random, view: View, schema, layer: str):
    """The next action on this document: (kind, Command)."""
    from annotator import commands as cmd
    kinds = [k for k in WEIGHTS if not (layer == GOLD and k == "status")]
    kind = rnd.choices(kinds, [WEIGHTS[k] for k in kinds])[0]
    spans = sorted(view.spans.values(), key=lambda s: s.id)
    if kind in ("relabel", "delete", "link") and len(spans) < 2:
        kind = "tag"
    if kind == "link":
        linked = {(r.from_id, r.to_id) for r in view.relations.values()}
        for _ in range(30):  # a pair the schema lets link, not linked yet (a few tries)
            a, b = rnd.sample(spans, 2)
            t = cmd.relation_type_for(schema, a, b)
            if t and schema.relation_type(t).from_kinds and (a.id, b.id) not in linked:
                return kind, cmd.Link(cmd.make_relation(view.doc_id, a.id, b.id, t, layer))
        kind = "tag"
    if kind == "tag":
        if view.likely and rnd.random() < 0.7:
            start, end, label = rnd.choice(view.likely)
            label = label if rnd.random() < 0.8 else rnd.choice(LABELS)
        else:
            first = rnd.randrange(len(view.words) - 3)
            start, end = view.words[first][0], view.words[first + rnd.randint(0, 2)][1]
            label = rnd.choice(LABELS)
        return kind, cmd.AddSpan(cmd.make_span(view.doc_id, start, end, label, layer))
    if kind == "status":
        return kind, cmd.SetStatus(view.doc_id, layer, rnd.choice(STATUSES))
    span = rnd.choice(spans)
    if kind == "relabel":
        return kind, cmd.Relabel(span.id, rnd.choice([l for l in LABELS if l != span.label]))
    return kind, cmd.DeleteSpan(span.id)


def hostile(project, rnd: random.Random, doc_id: str, victims: list[str]) -> list[tuple[str, bool]]:
    """Hand-made writes into another's layer and gold over this process's own connection:
    (layer, accepted) each."""
    from annotator import commands as cmd
    from annotator.errors import IsnadError
    from annotator.model import ChangeSet
    out = []
    for victim in (rnd.choice(victims), GOLD):
        try:
            project.apply(ChangeSet(put_spans=[cmd.make_span(doc_id, 0, 3, "PER", victim)]))
            out.append((victim, True))
        except IsnadError as e:
            out.append((victim, False if e.code == "E578" else e.code))
    return out


def work(spec: dict) -> None:
    """One process: `spec` says who, what, where; every attempt goes to its log."""
    from annotator import commands as cmd
    from annotator.errors import IsnadError, ProjectBusy
    from annotator.history import History
    from annotator.project_io import open_project
    rnd = random.Random(spec["seed"])
    layer, log = spec["layer"], open(spec["log"], "w", encoding="utf-8")
    with open_project(spec["url"]) as project:
        project.wait = WINDOW_WAIT
        history = History(project)
        docs = spec["docs"]
        views: dict[str, View] = {}
        while time.time() < spec["start_at"]:  # everyone starts at once
            time.sleep(0.005)
        doc_id, left = None, 0
        for i in range(spec["actions"]):
            if left == 0:  # a person stays on a document for a while, then opens another
                doc_id, left = rnd.choice(docs), rnd.randint(5, 25)
            left -= 1
            view = views.get(doc_id)
            if view is None:
                view = views[doc_id] = View(project, doc_id, layer)
            elif time.monotonic() - view.read_at > POLL:
                view.reload()
            kind, command = choose(rnd, view, project.schema, layer)
            if layer != GOLD and view.status == "new" and kind != "status":  # as the window does
                command = cmd.StartingWork(command, doc_id, layer)
            record = {"i": i, "kind": kind, "doc": doc_id}
            began, busy = time.perf_counter(), 0
            while True:
                try:
                    entry = history.run(command, view.seen)
                except ProjectBusy:
                    busy += 1
                    if time.perf_counter() - began < RETRY_FOR:
                        continue
                    record["outcome"] = "busy"
                except IsnadError as e:
                    record["outcome"], record["code"] = "refused", e.code
                    view.reload()  # the window shows what is there now
                else:
                    record["outcome"] = "ok" if entry else "nothing"
                    if entry:
                        view.applied(entry.do)
                        record.update(do=_changes(entry.do), undo=_changes(entry.undo))
                break
            record["ms"] = 1000 * (time.perf_counter() - began)
            record["busy"], record["acked"] = busy, time.monotonic_ns()
            log.write(json.dumps(record, ensure_ascii=False) + "\n")
            if spec.get("victims") and i % HOSTILE_EVERY == HOSTILE_EVERY - 1:
                for victim, accepted in hostile(project, rnd, doc_id, spec["victims"]):
                    log.write(json.dumps({"hostile": victim, "accepted": accepted}) + "\n")
            if spec["think_ms"]:
                time.sleep(rnd.uniform(0.5, 1.5) * spec["think_ms"] / 1000)
    log.close()


# -- after: what the logs say against what the server holds ----------------------------------
def read_logs(logs: list[Path]) -> list[list[dict]]:
    return [[json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()] for p in logs]


def _key_rows(changes: dict, side: str) -> dict:
    """{row key: row (None: absent)} a ChangeSet dict says: `side` 'after' (a do) or 'before' (an undo)."""
    out = {}
    for s in changes.get("put_spans", ()):
        out["span", s["id"]] = s
    for r in changes.get("put_relations", ()):
        out["relation", r["id"]] = r
    for st in changes.get("put_statuses", ()):  # an undo's "new" never set: there was no row
        out["status", st["doc_id"], st["annotator"]] = None if (st["status"], st["updated"]) == ("new", "") else st
    for i in changes.get("delete_spans", ()):
        out["span", i] = None
    for i in changes.get("delete_relations", ()):
        out["relation", i] = None
    for d, a in changes.get("delete_statuses", ()):
        out["status", d, a] = None
    return out


def server_rows(project) -> dict:
    rows = {}
    for rec in project.records():
        for s in rec.spans:
            rows["span", s.id] = _row(s)
        for r in rec.relations:
            rows["relation", r.id] = _row(r)
        for st in rec.statuses:
            rows["status", st.doc_id, st.annotator] = _row(st)
    return rows


def _layer(row: dict) -> str:
    return row["annotator"]


def check(runs: list[dict], logs: list[list[dict]], initial: dict, final: dict) -> dict:
    """Acknowledged writes, per row, must form one chain from the row's initial state, each
    made from the version the previous one left (else: a silent overwrite); the chain's end
    must be what the server holds (else: lost); every server row must come from its layer's
    own processes or the import (else: written into another's layer). Also: the order in which
    each layer's actions took effect, for the replay."""
    writes = defaultdict(list)  # row key -> [(acked, run, action index, before, after)]
    for run, log in zip(runs, logs):
        for n, rec in enumerate(log):
            if rec.get("outcome") != "ok":
                continue
            before, after = _key_rows(rec["undo"], "before"), _key_rows(rec["do"], "after")
            for key, row in after.items():
                writes[key].append((rec["acked"], run["id"], n, before.get(key, initial.get(key)), row))
    overwrites = lost = 0
    expected, after_edges = {}, defaultdict(set)  # (run, n) must come after these
    for key, chain in writes.items():
        state, todo, previous = initial.get(key), sorted(chain, key=lambda w: w[0]), None
        while todo:
            fits = [w for w in todo if w[3] == state]
            if not fits:  # a write made from a version no acknowledged write left
                overwrites += len(todo)
                fits = todo[:1]
            overwrites += len(fits) - 1  # two made from one version: one overwrote the other
            w = fits[0]
            todo.remove(w)
            if previous is not None:
                after_edges[w[1], w[2]].add(previous)
            previous, state = (w[1], w[2]), w[4]
        expected[key] = state
    made = {key[1]: (w[1], w[2]) for key, chain in writes.items() if key[0] == "span"
            for w in chain if w[3] is None and w[4] is not None}
    for run, log in zip(runs, logs):  # a link comes after the making of the spans it links
        for n, rec in enumerate(log):
            for r in rec.get("do", {}).get("put_relations", ()) if rec.get("outcome") == "ok" else ():
                after_edges[run["id"], n].update(made[end] for end in (r["from_id"], r["to_id"])
                                                 if end in made and made[end] != (run["id"], n))
    layer_of = {run["id"]: run["layer"] for run in runs}
    wrong_layer = 0
    for key, row in final.items():
        if key not in writes:
            wrong_layer += initial.get(key) != row  # no one acknowledged writing it, and it was not imported
        else:
            wrong_layer += any(layer_of[w[1]] != _layer(row) for w in writes[key])
    lost_actions = set()
    for key, state in expected.items():
        if final.get(key) != state:
            lost += 1
            last = max(writes[key], key=lambda w: w[0])
            lost_actions.add((last[1], last[2]))
    return {"silent overwrites": overwrites, "rows lost": lost, "actions lost": len(lost_actions),
            "rows in another layer": wrong_layer, "order": after_edges}


def replay_order(runs: list[dict], logs: list[list[dict]], after_edges: dict) -> dict[str, list[dict]]:
    """Each layer's acknowledged actions in an order they can have taken effect: each process's
    in its own order, and an action after those that wrote the versions it was made from."""
    import graphlib
    graphs: dict[str, graphlib.TopologicalSorter] = defaultdict(graphlib.TopologicalSorter)
    for run, log in zip(runs, logs):
        previous = ()
        for n, rec in enumerate(log):
            if rec.get("outcome") == "ok":
                graphs[run["layer"]].add((run["id"], n), *previous, *after_edges.get((run["id"], n), ()))
                previous = ((run["id"], n),)
    return {layer: [logs[r][n] for r, n in graph.static_order()] for layer, graph in graphs.items()}


def replay(layer_actions: dict[str, list[dict]], bare: Path, folder: Path) -> list[Path]:
    """The acknowledged work of each annotator, applied in order to a project file of its own."""
    from annotator.importing import import_records
    from annotator.model import ChangeSet, DocStatus, Relation, Span
    from annotator.store import Project
    from exports import jsonl
    make = {"put_spans": Span, "put_relations": Relation, "put_statuses": DocStatus}
    paths = []
    for layer, actions in sorted(layer_actions.items()):
        if layer == GOLD:
            continue
        path = folder / f"replay-{layer}.isnad"
        with Project.create(path) as project:
            import_records(project, jsonl.read(bare))
            for rec in actions:
                fields = {name: [make[name](**x) if name in make else tuple(x) if isinstance(x, list) else x for x in rows]
                          for name, rows in rec["do"].items()}
                project.apply(ChangeSet(**fields))  # refused (a relation to a span gone): the work was not whole
        paths.append(path)
    return paths


def agree_of(location) -> dict:
    return json.loads(isnad("agree", location, "--json"))


# -- the whole run ------------------------------------------------------------------------------
def run_load(server, n_annotators: int, n_actions: int, n_docs: int, per_document: int, think_ms: float,
             folder: Path, focus: int = 3, say=print) -> dict:
    """Set up, run every process at once, check; the figures (say() prints as it goes).
    `focus`: how many documents the first annotator's two processes, and the lead's two, share."""
    from annotator.project_io import open_project
    names = annotator_names(n_annotators)
    docs, bare = corpus(n_docs, folder)
    url = server.new_database()
    t0 = time.perf_counter()
    set_up(url, names, docs, per_document)
    database = url.rsplit("/", 1)[1]
    with open_project(url, read_only=True) as project:
        assigned = defaultdict(list)
        for doc_id, who in sorted(project.assignments().items()):
            for name in who:
                assigned[name].append(doc_id)
        initial = server_rows(project)
        gold_docs = project.document_ids()[:focus]  # the lead's two windows meet on these
        assigned[names[0]] = assigned[names[0]][:focus]  # and the first annotator's two
    say(f"setup: init, import {n_docs} documents, user add x{n_annotators + 1}, assign "
        f"--per-document {per_document}: {time.perf_counter() - t0:.1f} s")
    runs = sessions(names)
    start_at = time.time() + 2.0 + 0.15 * len(runs)  # every process connected and waiting
    procs = []
    for run in runs:
        run.update(url=server.url(database, user=run["role"], password=password(run["role"])),
                   docs=gold_docs if run["layer"] == GOLD else assigned[run["role"]], actions=n_actions,
                   think_ms=think_ms, start_at=start_at, log=str(folder / f"log-{run['id']}.jsonl"),
                   victims=[n for n in names if n != run["role"]] if run["layer"] != GOLD else [])
        procs.append(subprocess.Popen([sys.executable, __file__, "--worker", json.dumps(run)], cwd=ROOT))
    for p in procs:
        if p.wait():
            raise SystemExit(f"a worker failed ({p.returncode})")
    logs = read_logs([Path(run["log"]) for run in runs])
    with open_project(url, read_only=True) as project:
        final = server_rows(project)
    figures = summarize(runs, logs)
    result = check(runs, logs, initial, final)
    figures.update({k: v for k, v in result.items() if k != "order"})
    server_agree = agree_of(url)
    files = replay(replay_order(runs, logs, result["order"]), bare, folder)
    merged = folder / "merged.isnad"
    isnad("init", merged)
    isnad("import", merged, bare)
    isnad("merge", merged, *files)
    merged_agree = agree_of(merged)
    figures["agree equal"] = server_agree == merged_agree
    figures["agree annotators"] = len(server_agree["annotators"])
    figures["alpha"] = server_agree["overall"]["alpha"]
    figures["f1"] = server_agree["overall"]["f1_exact"]
    if not figures["agree equal"]:
        (folder / "agree-server.json").write_text(json.dumps(server_agree, indent=1, ensure_ascii=False))
        (folder / "agree-merged.json").write_text(json.dumps(merged_agree, indent=1, ensure_ascii=False))
    return figures


def summarize(runs: list[dict], logs: list[list[dict]]) -> dict:
    attempts = [(run, rec) for run, log in zip(runs, logs) for rec in log if "outcome" in rec]
    ok = [(run, rec) for run, rec in attempts if rec["outcome"] == "ok"]
    annotators = sorted(rec["ms"] for run, rec in ok if run["layer"] != GOLD and not run.get("twin"))
    everyone = sorted(rec["ms"] for _, rec in ok)
    first = min(rec["acked"] for _, rec in attempts) if attempts else 0
    last = max(rec["acked"] for _, rec in attempts) if attempts else 0
    hostile = [rec for log in logs for rec in log if "hostile" in rec]
    refused = Counter(rec.get("code") for _, rec in attempts if rec["outcome"] == "refused")
    return {
        "attempts": len(attempts), "acknowledged": len(ok),
        "kinds": Counter(rec["kind"] for _, rec in ok),
        "refused": dict(refused), "busy given up": sum(rec["outcome"] == "busy" for _, rec in attempts),
        "busy retries": sum(rec["busy"] for _, rec in attempts),
        "median": statistics.median(annotators), "p95": _pct(annotators, 95), "p99": _pct(annotators, 99),
        "max": annotators[-1], "median all": statistics.median(everyone), "p95 all": _pct(everyone, 95),
        "seconds": (last - first) / 1e9, "hostile": len(hostile),
        "hostile accepted": sum(rec["accepted"] is True for rec in hostile),
        "hostile other": sum(rec["accepted"] not in (True, False) for rec in hostile),
    }


def _pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1] if len(values) > 1 else values[0]


def show(figures: dict, say=print) -> None:
    f = figures
    say(f"actions: {f['attempts']} attempted, {f['acknowledged']} acknowledged ("
        + ", ".join(f"{k} {n}" for k, n in sorted(f["kinds"].items())) + f") in {f['seconds']:.1f} s "
        f"({f['acknowledged'] / max(f['seconds'], 1e-9):.0f}/s)")
    say(f"refused: {f['refused'] or 'none'}; busy retries {f['busy retries']}, given up {f['busy given up']}")
    say(f"latency of acknowledged actions, the 20 annotators' own processes: median {f['median']:.1f} ms, "
        f"p95 {f['p95']:.1f} ms, p99 {f['p99']:.1f} ms, max {f['max']:.1f} ms")
    say(f"  every process (twin and lead too): median {f['median all']:.1f} ms, p95 {f['p95 all']:.1f} ms")
    say(f"actions lost: {f['actions lost']} (rows {f['rows lost']})")
    say(f"rows in another's layer: {f['rows in another layer']}; "
        f"hand-made writes into another's layer or gold accepted: {f['hostile accepted']} of {f['hostile']}"
        + (f" ({f['hostile other']} refused otherwise)" if f["hostile other"] else ""))
    say(f"silent overwrites: {f['silent overwrites']} (stale writes refused instead: "
        f"{f['refused'].get('E580', 0)})")
    say(f"agree --json on the server == replay into SQLite files + merge + agree: {f['agree equal']} "
        f"(alpha {f['alpha']:.3f}, F1 exact {f['f1']:.3f})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--annotators", type=int, default=20)
    ap.add_argument("--actions", type=int, default=500)
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--per-document", type=int, default=3)
    ap.add_argument("--think-ms", type=float, default=0.0, help="pause between one process's actions")
    ap.add_argument("--focus", type=int, default=3, help="documents the two-process people share")
    ap.add_argument("--keep", type=Path, help="keep the logs and replay files in this folder")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        return work(json.loads(args.worker))
    from pg_server import Server
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} (uptime), "
          f"{os.cpu_count()} cores")
    server = Server(durable=True).start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = args.keep or Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            print(f"{args.annotators} annotators x {args.actions} actions (+ load01 in a "
                  f"second process, the lead on gold in two), think {args.think_ms:g} ms, PostgreSQL fsync on")
            figures = run_load(server, args.annotators, args.actions, args.docs, args.per_document,
                               args.think_ms, folder, args.focus)
            show(figures)
    finally:
        server.stop()
    print(f"load after: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")


if __name__ == "__main__":
    main()
