"""`isnad` command line: the composition root wiring core, exports and (for `gui`) ui.

Exit 0 on success, 2 on bad input or usage (message on stderr: what happened, what to do).
Each command imports what it needs in its handler (the store, psycopg, exports, Qt), so
`isnad --help` and `isnad --version` start in a few hundredths of a second.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from contextlib import closing
from pathlib import Path

from .errors import IsnadError
from .messages import M

EXIT_OK, EXIT_BAD_INPUT = 0, 2
DEFAULT_ANNOTATOR = "import"  # annotator.model.DEFAULT_ANNOTATOR, without importing it (tests check)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args) or EXIT_OK
    except IsnadError as e:
        print(f"isnad {args.command}: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"isnad {args.command}: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `isnad show ... | head`
        sys.stderr.close()
        return EXIT_OK
    except OSError as e:  # the file system said no: a folder for a file, permissions, a full disk
        print(f"isnad {args.command}: {_file_error(e)}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _file_error(e: OSError) -> IsnadError:
    import errno
    name = e.filename if e.filename is not None else "?"
    if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):  # a full disk is no damage (issue 14)
        return IsnadError.of(M.OUTPUT_DISK_FULL, name=name)
    if e.errno in (errno.EACCES, errno.EPERM):
        return IsnadError.of(M.FILE_NO_PERMISSION, name=name)
    if e.errno == errno.EROFS:
        return IsnadError.of(M.FILE_ON_READ_ONLY_DISK, name=name)
    if e.filename is None:
        return IsnadError.of(M.FILE_UNUSABLE_UNNAMED, reason=e.strerror or str(e))
    return IsnadError.of(M.FILE_UNUSABLE, name=e.filename, reason=e.strerror or str(e))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="isnad", description="Annotate Arabic news: entities, claims, "
                                     "sources and who said what. Offsets are Unicode code points.")
    parser.add_argument("--version", action=_Version, help="print the version and exit")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in (_add_init, _add_import, _add_export, _add_stats, _add_ls, _add_show, _add_merge, _add_agree,
                _add_train, _add_gui):
        add(sub)
    from .cli_desktop import add_parsers as add_desktop
    add_desktop(sub)
    from .cli_suggest import add_parser as add_suggest
    add_suggest(sub, _layer_name)
    from .cli_team import add_parsers as add_team
    add_team(sub, _layer_name)
    from .cli_sync import add_parsers as add_sync
    add_sync(sub, _layer_name)
    return parser


class _Version(argparse.Action):
    """`isnad --version`: the version Help > About shows and the package metadata holds."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        from . import __version__
        print(f"isnad {__version__}")
        parser.exit()


def _layer_name(value: str) -> str:
    """argparse type for a layer: a name, not blank (argparse turns the error into exit 2)."""
    if not value.strip():
        raise argparse.ArgumentTypeError("a layer needs a name, e.g. --annotator ali")
    return value.strip()


# -- init --------------------------------------------------------------------------
def _add_init(sub) -> None:
    p = sub.add_parser("init", help="create a new project file", description="Create a new, empty project file.")
    p.add_argument("project", help="path of the project file to create (e.g. news.isnad), or the address of an "
                                   "empty database on a PostgreSQL server (postgresql://USER@HOST/DATABASE)")
    p.add_argument("--schema", metavar="FILE", help="label schema (TOML or JSON); default: news-attribution")
    p.set_defaults(run=_init)


def _init(args) -> int:
    from .project_io import create_project
    from .schema import default_schema, load_schema
    schema = load_schema(args.schema) if args.schema else default_schema()
    create_project(args.project, schema).close()
    print(f"created {args.project} with schema '{schema.name}' "
          f"({len(schema.labels)} labels, {len(schema.relation_types)} relation types)")
    return EXIT_OK


# -- import ------------------------------------------------------------------------
def _add_import(sub) -> None:
    p = sub.add_parser("import", help="add documents (.txt, folders, JSONL) to a project",
                       description="Add .txt files, folders of them (recursive) or JSONL documents with "
                                   "optional pre-annotations. All or nothing; the same text twice is one document.")
    p.add_argument("project")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--annotator", default=DEFAULT_ANNOTATOR, type=_layer_name,
                   help=f"layer for spans that name no annotator (default: {DEFAULT_ANNOTATOR})")
    p.add_argument("--encoding", help="encoding of the files that are not UTF-8, e.g. cp1256 (decided per file: "
                                      "a BOM wins, valid UTF-8 is read as UTF-8; default: cp1256 or UTF-16 if "
                                      "detected, else an error)")
    p.add_argument("--force-encoding", action="store_true",
                   help="read every file without a BOM in --encoding, even valid UTF-8")
    p.add_argument("--add-labels", action="store_true", help="add unknown labels to the schema instead of failing")
    p.add_argument("--format", help="input format: txt, jsonl, doccano, label-studio, brat (default: by name: "
                                    ".txt and folders -> txt, folders with .ann -> brat, .jsonl -> jsonl, "
                                    ".json -> label-studio)")
    p.set_defaults(run=_import)


def _import(args) -> int:
    from exports.options import ReadOptions
    from exports.registry import get_format, guess_format
    from .importing import BATCH_WAIT, import_records
    from .progress_line import counted
    from .project_io import open_project
    if args.force_encoding and not args.encoding:
        raise IsnadError.of(M.FORCE_WITHOUT_ENCODING)
    records, options = [], ReadOptions(encoding=args.encoding, force_encoding=args.force_encoding)
    for path in map(Path, args.paths):
        if not path.exists():
            raise IsnadError.of(M.PATH_MISSING, file=str(path))
        fmt = get_format(args.format or guess_format(path), "read")
        records.append(fmt.read(path, options))
    with open_project(args.project, wait=BATCH_WAIT) as project, \
            closing(counted(_chain(records), "import")) as read:  # the wait: as long as its write waits
        report = import_records(project, read, args.annotator, args.add_labels, bulk=True)
    print(report.summary())
    return EXIT_OK


def _chain(iterables):
    for it in iterables:
        yield from it


# -- export ------------------------------------------------------------------------
def _add_export(sub) -> None:
    p = sub.add_parser("export", help="write the project's annotations to a file",
                       description="Export documents and annotations. Offsets are Unicode code points, half-open.")
    p.add_argument("project")
    p.add_argument("--format", required=True,
                   help="output format: jsonl, doccano, label-studio, brat, spacy, conll, parquet")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="file (or folder) to write; - for standard output (one-file formats)")
    p.add_argument("--annotator", action="append", metavar="NAME",
                   help="only this layer (repeatable); default: all but machine suggestions (suggest:*); "
                        "doccano, conll and spacy hold one layer, brat writes a folder per layer")
    p.add_argument("--status", action="append", metavar="STATUS",
                   help="only documents with this status in a chosen layer (repeatable), e.g. done")
    p.add_argument("--label", action="append", metavar="LABEL", help="only spans with this label (repeatable)")
    p.add_argument("--rename", action="append", metavar="OLD=NEW", help="rename a label on the way out (repeatable)")
    p.add_argument("--split", metavar="FRACTIONS",
                   help="train/dev/test split keyed on each text's SHA-256, fractions adding up to 1, e.g. "
                        "train=0.8,dev=0.1,test=0.1; OUT is then a folder with one file per split")
    p.add_argument("--clitics", action="store_true",
                   help="conll/spacy: split و ف ب ل ك before the article ال into tokens of their own")
    p.set_defaults(run=_export)


def _export(args) -> int:
    from .project_io import open_project
    from exports.options import ExportOptions, check_status, parse_rename, parse_splits
    from exports.run import STDOUT, dropped_lines, export_summary, written
    from .layers import people_layers
    from .progress_line import counted
    out, rename = Path(args.output), parse_rename(args.rename or ())
    with open_project(args.project, read_only=True) as project:
        _check_names(project, args.annotator, [*(args.label or ()), *rename])
        layers = args.annotator or people_layers(project)  # suggestions only when named
        options = ExportOptions(layers=tuple(layers or ()), statuses=check_status(args.status or ()),
                                labels=tuple(args.label or ()), rename=rename,
                                splits=parse_splits(args.split) if args.split else {}, clitics=args.clitics)
        with closing(counted(project.record_rows(layers), "export", project.document_count())) as rows:
            summary = export_summary(rows, args.format, args.output, project.schema, options)
        schema = project.schema
    said = written(summary.report, out, options) + dropped_lines(summary, schema)
    print("\n".join(said), file=sys.stderr if args.output == STDOUT else sys.stdout)  # stdout holds the data
    return EXIT_OK


def _check_names(project, layers, labels) -> None:
    """Layers and labels a command names must exist: a typo would give an empty result."""
    known = set(project.annotators()) if layers else set()  # every layer: a scan of every span
    missing = sorted(set(layers or ()) - known)
    if missing:
        if not known:
            raise IsnadError.of(M.LAYER_UNKNOWN_NONE_YET, names=", ".join(missing))
        raise IsnadError.of(M.LAYER_UNKNOWN, names=", ".join(missing), known=", ".join(sorted(known)))
    unknown = sorted(set(labels or ()) - project.schema.label_names)
    if unknown:
        raise IsnadError.of(M.LABEL_NOT_IN_PROJECT, names=", ".join(unknown),
                            known=", ".join(sorted(project.schema.label_names)))


# -- stats -------------------------------------------------------------------------
def _add_stats(sub) -> None:
    p = sub.add_parser("stats", help="count documents, spans, relations, labels and annotators")
    p.add_argument("project")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=_stats)


def _stats(args) -> int:
    from .project_io import open_project
    with open_project(args.project, read_only=True) as project:
        stats = project.stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False))
        return EXIT_OK
    print(f"{stats['documents']} documents, {stats['spans']} spans, {stats['relations']} relations")
    for title, key in (("labels", "labels"), ("annotators", "annotators"), ("relation types", "relation_types"),
                       ("statuses", "statuses")):
        if stats[key]:
            print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in stats[key].items()))
    return EXIT_OK


# -- ls ----------------------------------------------------------------------------
def _add_ls(sub) -> None:
    p = sub.add_parser("ls", help="list the documents: id, status and spans per layer, title",
                       description="List the project's documents in import order: the id (what 'isnad show' "
                                   "takes), each layer's status and spans, and the title.")
    p.add_argument("project")
    p.add_argument("--json", action="store_true",
                   help="print one JSON array of {id, title, sha256, statuses, spans} (per layer)")
    p.set_defaults(run=_ls)


def _ls(args) -> int:
    from .project_io import open_project
    from .documents import document_list
    with open_project(args.project, read_only=True) as project:
        entries = list(document_list(project))
    if args.json:
        print(json.dumps([e.to_dict() for e in entries], ensure_ascii=False))
        return EXIT_OK
    from .terminal import visual
    shown = visual if sys.stdout.isatty() else (lambda s: s)
    rows = [(e.id, ", ".join(f"{k}:{v}" for k, v in e.statuses.items()) or "new",
             ", ".join(f"{k} {v}" for k, v in e.spans.items()) or "-", e.title) for e in entries]
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(("id", "status", "spans"))]
    print("  ".join(h.ljust(w) for h, w in zip(("id", "status", "spans"), widths)) + "  title")
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)) + "  " + shown(row[3]))
    print(f"{len(rows)} documents")
    return EXIT_OK


# -- show --------------------------------------------------------------------------
def _add_show(sub) -> None:
    p = sub.add_parser("show", help="print one document with its spans marked",
                       description="Print a document with spans as [words]LABEL. In a terminal Arabic is shaped "
                                   "and in visual order; with --raw or when piped, the logical text is printed.")
    p.add_argument("project")
    p.add_argument("doc", metavar="DOC", help="document id or a prefix of its SHA-256")
    p.add_argument("--raw", action="store_true", help="print the logical text (no shaping, no reordering)")
    p.add_argument("--annotator", action="append", metavar="NAME", help="only this layer (repeatable)")
    p.set_defaults(run=_show)


def _show(args) -> int:
    from .terminal import mark_spans, visual, visual_block
    from .project_io import open_project
    with open_project(args.project, read_only=True) as project:
        doc = project.find_document(args.doc)
        spans = project.spans(doc.id, args.annotator)
    rows = [f"{s.label:<8} {s.start:>6}-{s.end:<6} {s.annotator:<12} {doc.text[s.start:s.end]}" for s in spans]
    header = f"{doc.id}  sha256:{doc.sha256[:12]}  {len(spans)} spans"
    if args.raw or not sys.stdout.isatty():
        print("\n".join([header, "", mark_spans(doc.text, spans), "", *rows]))
        return EXIT_OK
    width = shutil.get_terminal_size((100, 24)).columns
    shown = visual_block(mark_spans(doc.text, spans, for_display=True), width)
    print("\n".join([header, "", shown, "", *(visual(r) for r in rows)]))
    return EXIT_OK


# -- merge -------------------------------------------------------------------------
def _add_merge(sub) -> None:
    p = sub.add_parser("merge", help="merge annotators' projects or native JSONL exports into a project",
                       description="Merge sources into TARGET in one transaction. Documents match on the "
                                   "SHA-256 of their text, spans and relations on their ids; each annotator's "
                                   "layer stays separate; of two versions of one id the newer edit wins.")
    p.add_argument("target", help="the project to merge into (it must exist: see 'isnad init')")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="Isnad project files, server addresses (postgresql://...) or native .jsonl exports")
    p.add_argument("--annotator", default=DEFAULT_ANNOTATOR, type=_layer_name,
                   help=f"layer for JSONL spans that name no annotator (default: {DEFAULT_ANNOTATOR})")
    p.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    p.set_defaults(run=_merge)


def _merge(args) -> int:
    from .importing import BATCH_WAIT
    from .merge import merge_into
    from .project_io import open_project
    from .perf import gc_paused
    # first the target: a wrong one is told before the slow reading; the collector waits while
    # hundreds of thousands of items are read and compared, all kept to the end
    with open_project(args.target, wait=BATCH_WAIT) as project, gc_paused():
        texts: dict[str, str] = {}  # each text once, however many sources carry it
        sources = [_merge_source(path, args.annotator, texts) for path in args.sources]
        plan = merge_into(project, sources)
    if args.json:
        print(json.dumps(plan.summary(), ensure_ascii=False))
        return EXIT_OK
    counts = plan.counts
    kinds = ("spans", "relations", "statuses")
    kinds += ("verdicts",) if any(k.startswith("verdicts") for k in counts) else ()
    print(", ".join(f"{counts[f'{what} added']} {what} added, {counts[f'{what} updated']} updated, "
                    f"{counts[f'{what} skipped']} skipped" for what in kinds))
    print(f"{counts['documents added']} documents added, {counts['documents matched']} matched by text")
    if counts["spans deleted"] or counts["relations deleted"]:
        print(f"{counts['spans deleted']} spans and {counts['relations deleted']} relations deleted "
              "(deleted in a source after their last edit)")
    for c in plan.conflicts[:20]:
        print(f"conflict: {c.kind} {c.id}: kept {c.kept}; dropped {'; '.join(c.dropped)}")
    if len(plan.conflicts) > 20:
        print(f"... and {len(plan.conflicts) - 20} more conflicts (the newer edit was kept each time)")
    if plan.labels or plan.relation_types:
        print("added to the schema: " + ", ".join(x.name for x in (*plan.labels, *plan.relation_types)))
    for note in plan.schema_notes:
        print(f"schema: {note}")
    if plan.dropped_relations:
        print(f"{len(plan.dropped_relations)} relations not merged: their spans are missing")
    if counts["ids scoped to their document"]:
        print(f"{counts['ids scoped to their document']} span or relation ids that another document uses too "
              "were given ids of their own document")
    if plan.changes_nothing:
        print("nothing new: the target already has everything")
    return EXIT_OK


def _merge_source(location: str, annotator: str, texts: dict[str, str]):
    from .project_io import is_server, open_project
    from .importing import validated_records
    from .merge import Source, sharing_texts
    if is_server(location):  # a project on a server
        with open_project(location, read_only=True) as source:
            return Source(source.location, sharing_texts(source.records(), texts), source.schema)
    path = Path(location)
    if not path.exists():
        raise IsnadError.of(M.SOURCE_MISSING, file=str(path))
    from exports.registry import get_format, is_jsonl
    if is_jsonl(path):
        records = validated_records(get_format("jsonl", "read").read(path, None), annotator)
        return Source(str(path), sharing_texts(records, texts))
    with open_project(path, read_only=True) as source:
        return Source(str(path), sharing_texts(source.records(), texts), source.schema)


# -- agree -------------------------------------------------------------------------
def _add_agree(sub) -> None:
    p = sub.add_parser("agree", help="inter-annotator agreement: F1, kappa, alpha, confusion, hardest documents",
                       description="Agreement between annotators' layers (gold excluded unless named).")
    p.add_argument("project")
    p.add_argument("--annotators", nargs="+", metavar="NAME", help="layers to compare (default: all but gold)")
    p.add_argument("--labels", nargs="+", metavar="LABEL", help="only these labels (default: all)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--report", metavar="FILE", help="also write a self-contained HTML report")
    p.set_defaults(run=_agree)


def _agree(args) -> int:
    from .project_io import open_project
    from .extras import LEAD, require
    for module in ("numpy", "scipy.optimize"):  # before reading the project
        require(module, LEAD, "isnad agree")
    from .agreement import agreement
    from .agreement_report import html_report, text_table
    with open_project(args.project, read_only=True) as project:
        _check_names(project, args.annotators, args.labels)
        if args.annotators and len(set(args.annotators)) < 2:
            raise IsnadError.of(M.AGREEMENT_NEEDS_TWO)
        report = agreement(project.records(), args.annotators, args.labels)
    if args.report:
        _write_report(Path(args.report), html_report(report, f"Agreement: {Path(args.project).name}"))
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        from .terminal import visual
        print(text_table(report, visual if sys.stdout.isatty() else (lambda s: s)))
        if args.report:
            print(f"wrote {args.report}")
    return EXIT_OK


def _write_report(out: Path, html: str) -> None:
    from .project_io import is_database
    if out.is_dir():
        raise IsnadError.of(M.REPORT_IS_FOLDER, out=str(out))
    if out.exists() and (is_database(out) or not out.is_file()):
        raise IsnadError.of(M.REPORT_OVER_DATABASE, out=str(out))
    if not out.parent.is_dir():
        raise IsnadError.of(M.REPORT_FOLDER_MISSING, folder=str(out.parent))
    try:
        out.write_text(html, encoding="utf-8")
    except OSError as e:
        raise IsnadError.of(M.REPORT_UNWRITABLE, out=str(out), reason=e.strerror) from None


# -- train -------------------------------------------------------------------------
def _add_train(sub) -> None:
    p = sub.add_parser("train", help="train a spaCy model (NER, spancat) on the project's annotations",
                       description="Train a spaCy pipeline on the CPU: NER for entity labels, spancat for "
                                   "CLAIM, SOURCE and CUE. Documents are split by the SHA-256 of their text; "
                                   "the held-out ones are scored at the end. Use the model with spacy:OUT.")
    p.add_argument("project")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="model folder: new, empty, or an earlier model (which it replaces)")
    p.add_argument("--annotator", action="append", metavar="LAYER", type=_layer_name,
                   help="layer to learn from (repeatable; default: gold)")
    p.add_argument("--status", action="append", metavar="STATUS",
                   help="only documents with this status in a chosen layer (repeatable), e.g. done")
    p.add_argument("--label", action="append", metavar="LABEL", help="only spans with this label (repeatable)")
    p.add_argument("--rename", action="append", metavar="OLD=NEW", help="learn a label under another name (repeatable)")
    p.add_argument("--held-out", type=_fraction, default=0.2, metavar="FRACTION",
                   help="share of documents kept out of training and scored (default 0.2)")
    p.add_argument("--iterations", type=_positive(int), default=50, metavar="N",
                   help="passes over the training documents (default 50)")
    p.add_argument("--max-seconds", type=_positive(float), default=240.0, metavar="S",
                   help="stop training after this long (default 240)")
    p.add_argument("--seed", type=int, default=0,
                   help="random seed (default 0): the same data and seed give the same model")
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    p.set_defaults(run=_train)


def _fraction(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a fraction from 0 to below 1, e.g. 0.2")
    return number


def _positive(kind):
    def parse(value: str):
        try:
            number = kind(value)
        except ValueError:
            number = 0
        if not number > 0:
            raise argparse.ArgumentTypeError(f"'{value}' is not a positive number")
        return number
    return parse


def _train(args) -> int:
    from .project_io import open_project
    from exports.options import ExportOptions, check_status, parse_rename, select, split_of
    from .messages import M
    from .model import GOLD
    from .model_folder import check_model_out
    from .training import TrainOptions, train
    layers = tuple(args.annotator or (GOLD,))
    chosen = ExportOptions(layers=layers, statuses=check_status(args.status or ()),
                           labels=tuple(args.label or ()), rename=parse_rename(args.rename or ()))
    out = Path(args.output)
    check_model_out(out)  # before the slow part
    with open_project(args.project, read_only=True) as project:
        _check_names(project, layers, [*(args.label or ()), *chosen.rename])
        schema = project.schema
        records = [rec for rec in select(project.records(layers), chosen) if _annotated(rec)]
    if not records:
        raise IsnadError.of(M.TRAIN_NOTHING)
    splits = {"train": 1 - args.held_out, "held_out": args.held_out}
    parts = {"train": [], "held_out": []}
    for rec in records:
        parts[split_of(rec.document.sha256, splits)].append(rec)
    if not parts["train"]:
        raise IsnadError.of(M.TRAIN_NO_TRAINING_SPLIT, documents=len(records), held_out=args.held_out)
    options = TrainOptions(iterations=args.iterations, max_seconds=args.max_seconds, seed=args.seed)
    with _progress_bar() as progress:
        report = train(parts["train"], parts["held_out"], schema, out, options, progress)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        print("\n".join(_train_summary(report)))
    return EXIT_OK


def _annotated(rec) -> bool:
    """A document to learn from: it has spans in the chosen layers, or one of them marked it
    done (a done document without spans teaches what is not an entity)."""
    return bool(rec.spans) or any(st.status == "done" for st in rec.statuses)


class _progress_bar:
    """A tqdm bar on stderr fed by the training loop's progress(done, planned, loss)."""

    def __enter__(self):
        self.bar = None
        return self

    def __call__(self, done: int, planned: int, loss: float) -> None:
        if self.bar is None:
            from tqdm import tqdm
            self.bar = tqdm(total=planned, desc="training", unit="update", file=sys.stderr, mininterval=0.5)
        self.bar.set_postfix(loss=f"{loss:.1f}", refresh=False)
        self.bar.update(done - self.bar.n)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.close()


def _train_summary(report) -> list[str]:
    lines = [f"trained on {report.documents['train']} documents ({report.spans['train']} spans), "
             f"{report.iterations} iterations in {report.seconds:.1f} s"
             + (" (stopped by --max-seconds)" if report.stopped_by == "max_seconds" else ""),
             f"wrote {report.out}: " + "; ".join(f"{name} {', '.join(labels)}"
                                                 for name, labels in report.components.items() if labels)]
    if not report.held_out:
        return lines + ["no document fell into the held-out split, so nothing was scored (see --held-out)"]
    lines.append(f"held out: {report.documents['held_out']} documents ({report.spans['held_out']} spans); "
                 f"suggestions scored exactly and by overlap")
    lines.append(f"{'label':<10} {'precision':>9} {'recall':>7} {'F1':>6} {'F1 overlap':>10} {'gold':>6} {'found':>6}")
    shown = lambda v: "-" if v is None else f"{v:.3f}"  # noqa: E731
    for label, s in report.held_out.items():
        lines.append(f"{label:<10} {shown(s['precision']):>9} {shown(s['recall']):>7} {shown(s['f1']):>6} "
                     f"{shown(s['f1_overlap']):>10} {s['gold']:>6} {s['predicted']:>6}")
    return lines


# -- gui ---------------------------------------------------------------------------
def _add_gui(sub) -> None:
    p = sub.add_parser("gui", help="open the annotation window",
                       description="Open a project in the annotation window; without PROJECT, the bundled "
                                   "sample project (copied to your data folder on first run).")
    p.add_argument("project", nargs="?", help="project file (or postgresql:// address) to open")
    p.add_argument("--annotator", metavar="NAME", type=_layer_name,
                   help="annotate as NAME for this run (e.g. gold to adjudicate); default: the name "
                        "given at the first start")
    p.set_defaults(run=_gui)


def _gui(args) -> int:
    from .display import check_display
    check_display()  # Qt would abort with a misleading libxcb message
    from ui.app import run  # the only place the core reaches the UI
    return run(args.project, args.annotator)


if __name__ == "__main__":
    sys.exit(main())
