"""`isnad suggest`: run a recommender over a project into a suggestion layer, or score it.

    isnad suggest PROJECT --with lexicon|attribution|spacy:PATH|transformers:PATH
                  [--layer suggest:NAME] [--annotator LAYER]... [--status S]... [--map OLD=NEW]... [--json]
    isnad suggest PROJECT --evaluate --against LAYER --with ... [same options]

`--annotator` names the layers the run is for: the lexicon learns from them, and with
`--status` only documents with that status in one of them get suggestions (as export's
filters). Default: every person's layer (not suggest:*); with --evaluate, not the
--against layer either, so the lexicon does not learn the answers it is scored on.
"""
from __future__ import annotations

import json
import sys
import time

from .errors import IsnadError
from .messages import M
from .model import STATUSES, SUGGEST_PREFIX
from .progress_line import progress_line


def add_parser(sub, layer_name) -> None:
    p = sub.add_parser("suggest", help="machine suggestions into a layer of their own (suggest:NAME), or their scores",
                       description="Run a recommender over the project's documents and write what it suggests "
                                   "into a suggestion layer (default suggest:NAME), replacing that layer's earlier "
                                   "suggestions in those documents. People's layers are never changed. With "
                                   "--evaluate, score the suggestions against a layer and write nothing.")
    p.add_argument("project")
    p.add_argument("--with", dest="spec", required=True, metavar="RECOMMENDER",
                   help="lexicon, attribution, spacy:PATH (a spaCy pipeline folder) or transformers:PATH")
    p.add_argument("--layer", metavar="NAME", help="the suggestion layer to write (default: suggest:NAME, e.g. suggest:lexicon)")
    p.add_argument("--annotator", action="append", type=layer_name, metavar="LAYER",
                   help="a layer the suggestions are for (repeatable): the lexicon learns from these, and "
                        "--status looks at them; default: every person's layer")
    p.add_argument("--status", action="append", metavar="STATUS",
                   help=f"only documents with this status in one of those layers (repeatable): {', '.join(STATUSES)}")
    p.add_argument("--map", action="append", metavar="OLD=NEW",
                   help="give a model's label OLD the schema's label NEW (repeatable), e.g. --map PERS=PER")
    p.add_argument("--evaluate", action="store_true",
                   help="print precision, recall and F1 against --against LAYER instead of writing")
    p.add_argument("--against", type=layer_name, metavar="LAYER", help="with --evaluate: the layer to score against")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=run)


def run(args) -> int:
    from .recommenders import RecommenderOptions, make_recommender  # here: `isnad --help` stays instant
    from .project_io import open_project
    from .suggestions import check_labels, check_layer, default_layer, suggest_project
    if args.evaluate and not args.against:
        raise IsnadError.of(M.EVALUATE_NEEDS_AGAINST)
    if args.evaluate:
        from .extras import LEAD, require
        for module in ("numpy", "scipy.optimize"):  # overlap scores: before the slow part
            require(module, LEAD, "isnad suggest --evaluate")
    for status in args.status or ():
        if status not in STATUSES:
            raise IsnadError.of(M.STATUS_UNKNOWN, status=status, known=", ".join(STATUSES))
    label_map = tuple(_pair(p) for p in args.map or ())
    with open_project(args.project, read_only=args.evaluate) as project:
        layers = _layers(project, args)
        options = RecommenderOptions(layers=tuple(layers), label_map=label_map)
        recommender = make_recommender(args.spec, project, options)
        layer = check_layer(args.layer or default_layer(recommender))
        check_labels(project.schema, recommender)
        doc_ids = _documents(project, layers, args.status)
        if args.evaluate:
            report = _evaluate(project, recommender, layer, args.against, doc_ids)
            print(json.dumps(report, ensure_ascii=False) if args.json else _table(report, recommender.name,
                                                                                  args.against))
            return 0
        started = time.perf_counter()
        counts = suggest_project(project, recommender, layer, doc_ids, progress_line(layer))
    summary = _summary(counts, layer, recommender.name, time.perf_counter() - started)
    print(json.dumps(summary, ensure_ascii=False) if args.json else _say(summary))
    return 0


def _pair(text: str) -> tuple[str, str]:
    old, sep, new = text.partition("=")
    if not sep or not old.strip() or not new.strip():
        raise IsnadError.of(M.MAP_SYNTAX, pair=text)
    return old.strip(), new.strip()


def _layers(project, args) -> list[str]:
    """The layers the run is for: --annotator, or every person's layer (less --against)."""
    known = project.annotators()
    for name in [*(args.annotator or ()), *([args.against] if args.against else [])]:
        if name not in known:
            raise IsnadError.of(M.SUGGEST_LAYER_UNKNOWN, layer=name, known=", ".join(known) or "(none yet)")
    if args.annotator:
        return list(args.annotator)
    return [a for a in known if not a.startswith(SUGGEST_PREFIX) and a != args.against]


def _documents(project, layers: list[str], statuses) -> list[str] | None:
    """Documents with one of `statuses` in one of `layers` (None: every document)."""
    if not statuses:
        return None
    wanted = {d for s in statuses for layer in layers for d in project.document_ids(status=s, annotator=layer)}
    ids = [d for d in project.document_ids() if d in wanted]
    if not ids:
        raise IsnadError.of(M.NO_DOCUMENTS, what=f"status {' or '.join(statuses)} in {', '.join(layers) or 'no layer'}",
                            statuses=", ".join(STATUSES))
    return ids


def _evaluate(project, recommender, layer: str, against: str, doc_ids) -> dict:
    """Scores on the documents `against` annotated (a span, a relation, or marked done)."""
    from .agreement import annotated_by
    from .evaluation import evaluate  # numpy: loaded only by the command that scores
    from .suggestions import to_layer
    records = [r for r in project.records([against], doc_ids) if against in annotated_by(r)]
    found = recommender.suggest_many(r.document.text for r in records)

    def pairs():
        for record, suggestions in zip(records, found):
            spans, relations = to_layer(record.document, layer, suggestions, project.schema, recommender.name)
            yield spans, relations, record.spans, record.relations
    return {"recommender": recommender.name, "against": against, **evaluate(pairs())}


def _summary(counts, layer: str, name: str, seconds: float) -> dict:
    def part(what):
        return {k: counts[f"{what} {k}"] for k in ("added", "updated", "removed", "kept")}
    labels = {k.split(" ", 1)[1]: v for k, v in sorted(counts.items()) if k.startswith("label ")}
    types = {k.split(" ", 1)[1]: v for k, v in sorted(counts.items()) if k.startswith("relation ")}
    return {"layer": layer, "recommender": name, "documents": counts["documents"], "spans": part("spans"),
            "relations": part("relations"), "labels": labels, "relation_types": types,
            "seconds": round(seconds, 2)}


def _say(s: dict) -> str:
    def counts(part):
        return ", ".join(f"{v} {k}" for k, v in part.items())
    lines = [f"{s['layer']}: {s['documents']} documents in {s['seconds']} s",
             f"spans: {counts(s['spans'])}", f"relations: {counts(s['relations'])}"]
    if s["labels"]:
        lines.append("suggested: " + ", ".join(f"{k} {v}" for k, v in {**s["labels"], **s["relation_types"]}.items()))
    if not any(s["spans"].values()) and not any(s["relations"].values()):
        lines.append("nothing suggested")
    return "\n".join(lines)


def _table(report: dict, name: str, against: str) -> str:
    lines = [f"{name} against {against}: {report['documents']} documents",
             f"{'':<22}{'suggested':>10}{'gold':>7}   {'exact P':>8}{'R':>7}{'F1':>7}"
             f"   {'overlap P':>10}{'R':>7}{'F1':>7}"]
    for title, part, per in (("spans", report["spans"], "labels"), ("relations", report["relations"], "types")):
        if not part["suggested"] and not part["gold"]:
            continue
        lines.append(_row(title, part))
        lines += [_row(f"  {key}", scores) for key, scores in part[per].items()]
    return "\n".join(lines)


def _row(title: str, s: dict) -> str:
    def f(x):
        return "     -" if x is None else f"{x:6.3f}"
    e, o = s["exact"], s["overlap"]
    return (f"{title:<22}{s['suggested']:>10}{s['gold']:>7}   {f(e['precision']):>8} {f(e['recall'])} {f(e['f1'])}"
            f"   {f(o['precision']):>10} {f(o['recall'])} {f(o['f1'])}")
