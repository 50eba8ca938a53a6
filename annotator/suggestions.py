"""Writing a recommender's suggestions into a suggestion layer (`suggest:NAME`).

Suggestions are machine output, not a person's action: writing them is one transaction
but no undo step, and never touches a person's layer. Ids are deterministic, made of the
layer, the document's SHA-256 and the suggestion's content
(`suggest:lexicon/9f86d081884c7d65/120-126/PER`), so running a recommender again replaces
that layer's suggestions in the documents it ran on and adds nothing when nothing changed,
and merged projects agree on them. A score
below 1 is kept in the span's attributes (`score`). Whatever the schema lacks (a label, a
relation type) is refused before anything is written.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from functools import cache
from itertools import chain, tee
from operator import itemgetter
from pathlib import Path

from .errors import IsnadError
from .messages import M
from .model import SUGGEST_PREFIX, Document, Relation, Span, now_iso
from .recommenders import KINDS, Recommender, RelationTuple, SpanTuple, Suggestions
from .store.convert import dump_json
from .store.spool import Spool, spool_folder

RECOMMENDERS_SETTING = "recommenders"  # project setting: the specs the window runs when a document opens


def default_layer(recommender: Recommender) -> str:
    return SUGGEST_PREFIX + recommender.name


def own_layer(layer: str, person: str) -> str:
    """`person`'s own copy of a suggestion layer (`suggest:NAME@PERSON`): on a server, where
    each person writes only layers of their own, a window writes its suggestions there."""
    return f"{layer}@{person}"


def check_layer(layer: str) -> str:
    if not layer.startswith(SUGGEST_PREFIX) or not layer[len(SUGGEST_PREFIX):].strip():
        raise IsnadError.of(M.SUGGEST_LAYER_NAME, layer=layer)
    return layer


def check_labels(schema, recommender: Recommender) -> None:
    """Refuse a recommender whose labels the schema lacks (before it runs)."""
    _refuse_unknown(schema, recommender.name, set(recommender.labels()), set())


def write_suggestions(project, doc_id: str, layer: str, suggestions: Suggestions, name: str | None = None) -> Counter:
    """Make `layer` hold exactly `suggestions` in one document (one transaction).

    Returns the counts of `Project.replace_layer` ("spans added", "spans removed", ...)."""
    check_layer(layer)
    return _write(project, project.document(doc_id), layer, suggestions, name or layer[len(SUGGEST_PREFIX):])


def suggest_document(project, doc_id: str, recommender: Recommender, layer: str | None = None) -> Counter:
    """Run `recommender` on one document and write its suggestions (the window calls this
    on a worker thread when a document opens)."""
    layer = check_layer(layer or default_layer(recommender))
    check_labels(project.schema, recommender)
    doc = project.document(doc_id)
    return _write(project, doc, layer, recommender.suggest(doc.text), recommender.name)


def _write(project, doc: Document, layer: str, suggestions: Suggestions, name: str) -> Counter:
    return project.replace_layer(layer, [(doc.id, *to_layer(doc, layer, suggestions, project.schema, name))])


def suggest_project(project, recommender: Recommender, layer: str | None = None,
                    doc_ids: Iterable[str] | None = None,
                    progress: Callable[[int, int], None] | None = None) -> Counter:
    """Run `recommender` on documents (default: all) and write their suggestions in ONE
    transaction: a failure (bad labels, a broken recommender) leaves the project unchanged.

    `progress(done, total)` is called as documents are written. Returns the counts of
    `Project.replace_layer` plus "label LABEL" (suggested spans per label) and
    "relation TYPE" (suggested relations per type).
    """
    layer = check_layer(layer or default_layer(recommender))
    check_labels(project.schema, recommender)
    ids = list(doc_ids) if doc_ids is not None else None
    total = len(ids) if ids is not None else project.document_count()
    labels: Counter = Counter()
    types: Counter = Counter()
    work = _Work(recommender, layer, project.schema)
    parallel = total >= PARALLEL_FROM and getattr(recommender, "forkable", False) and _can_fork()
    empty = layer not in project.annotators()
    if parallel and empty and project.fills_from_spools:
        return _spooled(project, work, ids, total, progress)
    chunks = (work.in_workers((_suggest_chunk, chunk) for chunk in _chunked(project.encoded_texts(ids), CHUNK))
              if parallel else work.here(project.documents(ids)))

    def items() -> Iterator[tuple[str, list[tuple], list[tuple]]]:
        done = 0
        for rows, (chunk_labels, chunk_types) in chunks:
            labels.update(chunk_labels)
            types.update(chunk_types)
            for row in rows:
                done += 1
                if progress is not None:
                    progress(done, total)
                yield row

    with closing(chunks):  # a failed write stops the workers before it is reported
        counts = project.replace_layer_rows(layer, items(), empty=empty)
    counts.update(_per_kind(labels, types))
    return counts


def _spooled(project, work: "_Work", ids: list[str] | None, total: int,
             progress: Callable[[int, int], None] | None) -> Counter:
    """`suggest_project` into a new layer of a project file: the workers write the rows into
    spool files (store.spool), a segment of the documents each, and this process has SQLite
    copy each segment into the project as soon as all of it is in, while the workers go on
    with the next. ONE transaction, the texts read inside it."""
    counts, labels, types = Counter(), Counter(), Counter()
    chunks = -(-total // CHUNK)  # at most; never 0 (PARALLEL_FROM)
    with spool_folder() as folder, project.filling_layer(work.layer) as copy:
        spools = [folder / f"segment-{i}.sqlite" for i in range(min(SEGMENTS, chunks))]
        tasks = ((_spool_chunk, chunk, spools[i * len(spools) // chunks])
                 for i, chunk in enumerate(_chunked(project.encoded_texts(ids), CHUNK)))
        results = work.in_workers(tasks)
        with closing(results):
            filled = None
            for path, documents, (chunk_labels, chunk_types) in results:
                if path != filled:
                    _copied(copy, filled)
                    filled = path
                counts["documents"] += documents
                labels.update(chunk_labels)
                types.update(chunk_types)
                if progress is not None:
                    progress(counts["documents"], total)
            _copied(copy, filled)
    counts.update({"spans added": labels.total(), "relations added": types.total(), **_per_kind(labels, types)})
    return counts


def _per_kind(labels: Counter, types: Counter) -> dict[str, int]:
    """The counts "label LABEL" (spans suggested per label) and "relation TYPE"."""
    return {**{f"label {k}": n for k, n in labels.items()}, **{f"relation {k}": n for k, n in types.items()}}


def _copied(copy: Callable[[Path], None], path: Path | None) -> None:
    """A whole spool copied into the project, then deleted (the project keeps it open)."""
    if path is not None:
        copy(path)
        path.unlink()


_LABEL = itemgetter(4)  # of a row (store.convert.LAYER_SPAN_COLS, LAYER_REL_COLS): a span's label, a relation's type
PARALLEL_FROM = 500  # documents: below, starting the worker processes costs more than it saves
CHUNK = 100  # documents per task
SEGMENTS = 8  # spool files of one run (at most 10 attach to a transaction): the last one is copied after the workers end
# rows of documents (id, span rows, relation rows), and their spans per label and relations per type
_Chunk = tuple[list[tuple[str, list[tuple], list[tuple]]], tuple[Counter, Counter]]


class _Work:
    """Suggestions for many documents, made here or in worker processes (one per core, forked
    so they have the recommender already built) while this process writes them. Only
    recommenders that say they are `forkable` (pure Python: lexicon, attribution) go to
    workers: a model's thread pools (torch) may not survive a fork."""
    current: "_Work | None" = None  # what a forked worker runs

    def __init__(self, recommender: Recommender, layer: str, schema):
        self.recommender, self.layer, self.schema = recommender, layer, schema

    def rows(self, docs: Iterable[Document]) -> Iterator[tuple[str, list[tuple], list[tuple]]]:
        """(document id, span rows, relation rows): what the store writes, made here."""
        recommender, layer, name = self.recommender, self.layer, self.recommender.name
        docs, for_texts = tee(docs)
        texts = (d.text for d in for_texts)
        if hasattr(recommender, "suggest_tuples"):
            found = map(recommender.suggest_tuples, texts)
        else:  # a model batches the documents
            found = (s.tuples() for s in recommender.suggest_many(texts))
        for doc, tuples in zip(docs, found):
            yield (doc.id, *_layer_items(doc, layer, *tuples, self.schema, name, _attrs_json))

    def here(self, docs: Iterable[Document]) -> Iterator[_Chunk]:
        """`rows` with their counts (`_counted`), document by document."""
        return (_counted([row]) for row in self.rows(docs))

    def in_workers(self, tasks: Iterable[tuple]) -> Iterator:
        """The result of each task (a function and its arguments: `_suggest_chunk`,
        `_spool_chunk`), in order, run in worker processes while this one writes what they give."""
        _Work.current = self
        # fork: the workers start at once with the recommender built (no model loads again);
        # they never touch the project file (a connection must not be used across a fork) and
        # end with os._exit, so they never close it either.
        import multiprocessing  # here: the window opens documents without it
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool
        workers = os.cpu_count() or 1
        # unlike multiprocessing.Pool, it notices a worker's death (the out-of-memory killer's SIGKILL)
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_worker_start, initargs=(os.getpid(),))
        processes = pool._processes  # filled as it forks; private, but read only to name how a worker ended
        try:
            yield from _in_order(pool, tasks, 2 * workers)
        except BrokenProcessPool:
            pool.shutdown()  # every worker ended and waited for: their exit codes are known
            raise IsnadError.of(M.SUGGEST_WORKER_DIED, status=_ended(processes.values()),
                                name=self.recommender.name) from None
        finally:  # the chunks still in the workers end (a fraction of a second), the others never start
            pool.shutdown(cancel_futures=True)


def _can_fork() -> bool:
    """Workers are forked (they start with the recommender built); where there is no fork
    (Windows) the documents are done here."""
    import multiprocessing
    return "fork" in multiprocessing.get_all_start_methods()


def _in_order(pool, tasks: Iterable[tuple], window: int) -> Iterator:
    """Each task's result, run in `pool`, in order, with at most `window` tasks in flight:
    however many documents, the memory stays flat."""
    running: deque = deque()
    for task in tasks:
        running.append(pool.submit(*task))
        if len(running) == window:
            yield running.popleft().result()
    while running:
        yield running.popleft().result()


def _worker_start(parent: int) -> None:
    """In a worker, first: Ctrl+C is for the parent, which stops the workers; and the worker
    ends if the parent does."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_end_with, args=(parent,), daemon=True).start()


def _end_with(parent: int) -> None:
    # An orphan would wait for its next chunk forever (it holds the task pipe's write end
    # itself, so it never sees the pipe close); polling works where PR_SET_PDEATHSIG does not.
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _ended(processes: Iterable) -> str:
    """How a dead worker ended: the signal that killed it, or its exit code. The pool ends
    the others with SIGTERM, so another status names the one that died first."""
    codes = sorted({p.exitcode for p in processes} - {None}, key=lambda code: code == -signal.SIGTERM)
    if not codes:
        return "unknown"
    if codes[0] >= 0:
        return str(codes[0])
    try:
        return signal.Signals(-codes[0]).name
    except ValueError:
        return f"signal {-codes[0]}"


def _suggest_chunk(chunk: list[tuple[str, str, bytes]]) -> _Chunk:
    """In a worker: one chunk of documents' suggestions as rows (plain tuples cross processes
    fast, and the rows are what the store writes), counted here rather than by the writer."""
    docs = (Document(doc_id, sha, text.decode()) for doc_id, sha, text in chunk)
    return _counted(list(_Work.current.rows(docs)))  # a model batches the chunk


_spool = None  # in a worker: the spool it writes (store.spool.Spool)


def _spool_chunk(chunk: list[tuple[str, str, bytes]], path: Path) -> tuple[Path, int, tuple[Counter, Counter]]:
    """In a worker: one chunk of documents' suggestions written into the spool at `path`;
    the spool, the number of documents and what `_counted` counts go back."""
    global _spool
    if _spool is None or _spool.path != path:  # the next segment: chunks come in order
        if _spool is not None:
            _spool.close()
        _spool = Spool(path)
    docs = [Document(doc_id, sha, text.decode()) for doc_id, sha, text in chunk]
    rows = list(_Work.current.rows(docs))
    _spool.add(_Work.current.layer, [(doc.id, len(doc.text), spans, relations)
                                     for doc, (_, spans, relations) in zip(docs, rows)])
    return path, len(docs), _counted(rows)[1]


def _counted(rows: list[tuple[str, list[tuple], list[tuple]]]) -> _Chunk:
    """`rows`, and how many spans of each label and relations of each type they hold."""
    return rows, (Counter(map(_LABEL, chain.from_iterable(spans for _, spans, _ in rows))),
                  Counter(map(_LABEL, chain.from_iterable(relations for _, _, relations in rows))))


def _chunked(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def to_layer(doc: Document, layer: str, suggestions: Suggestions, schema,
             name: str) -> tuple[list[Span], list[Relation]]:
    """Suggestions as spans and relations of `layer`, with deterministic ids; refuses labels
    and relation types the schema lacks, offsets outside the text and dangling relations."""
    spans, relations = _layer_items(doc, layer, *suggestions.tuples(), schema, name, _attrs_dict)
    stamp = now_iso()
    return ([Span(*row[:5], layer, dict(row[5]), "", stamp, stamp) for row in spans],  # a dict of its own each
            [Relation(*row, layer, stamp, stamp) for row in relations])


def _attrs_dict(score: float | None) -> dict:
    return {} if score is None else {"score": score}


@cache
def _attrs_json(score: float | None) -> str:
    """A span's attributes as stored (JSON): a recommender gives few distinct scores."""
    return dump_json(_attrs_dict(score))


def _layer_items(doc: Document, layer: str, span_tuples: list[SpanTuple], relation_tuples: list[RelationTuple],
                 schema, name: str, attrs: Callable[[float | None], object]) -> tuple[list[tuple], list[tuple]]:
    """Spans as (id, document, start, end, label, attrs(score or None)) and relations as
    (id, document, from id, to id, type): the store's rows (`convert.LAYER_SPAN_COLS`,
    `LAYER_REL_COLS`), with ids made of the layer, the document's SHA-256 and the content."""
    _refuse_unknown(schema, name, set(map(_LABEL_OF, span_tuples)), set(map(_LABEL_OF, relation_tuples)))
    doc_id, prefix, length = doc.id, f"{layer}/{doc.sha256[:16]}/", len(doc.text)
    spans: dict[str, tuple] = {}  # by id: a suggestion given twice is one span (the first score)
    index: list[str] = []  # suggestion index -> the id of the span written for it
    of_score: dict = {}  # score -> attrs: a recommender gives few scores
    for start, end, label, score in span_tuples:
        if not 0 <= start < end <= length:
            raise IsnadError.of(M.SUGGESTION_OUT_OF_TEXT, name=name, start=start, end=end, doc_id=doc_id,
                                length=length)
        span_id = f"{prefix}{start}-{end}/{label}"
        if span_id not in spans:
            kept = of_score.get(score)
            if kept is None:
                kept = of_score[score] = attrs(None if score >= 1 else round(float(score), 4))
            spans[span_id] = (span_id, doc_id, start, end, label, kept)
        index.append(span_id)
    relations: dict[str, tuple] = {}
    cut = len(prefix)
    for source, target, kind, _ in relation_tuples:
        if not (0 <= source < len(index) and 0 <= target < len(index)):
            raise IsnadError.of(M.SUGGESTION_BAD_RELATION, name=name, source=source, target=target,
                                count=len(index))
        a, b = index[source], index[target]
        rel_id = f"{prefix}{kind}/{a[cut:]}>{b[cut:]}"
        if rel_id not in relations:
            relations[rel_id] = (rel_id, doc_id, a, b, kind)
    return list(spans.values()), list(relations.values())


_LABEL_OF = itemgetter(2)  # of a SpanTuple: its label; of a RelationTuple: its type


def recommender_specs(project) -> list[str]:
    """The recommenders the window runs when a document opens (a project setting; none by
    default, so that nobody sees suggestions the lead did not choose)."""
    specs = project.setting(RECOMMENDERS_SETTING, [])
    if not isinstance(specs, list) or not all(isinstance(s, str) for s in specs):
        raise IsnadError.of(M.RECOMMENDER_SETTING, value=repr(specs)[:80])
    return specs


def set_recommender_specs(project, specs: list[str]) -> None:
    """Choose the project's recommenders, e.g. ["lexicon", "attribution", "spacy:/models/ner"]."""
    for spec in specs:
        if spec.partition(":")[0] not in KINDS:
            raise IsnadError.of(M.RECOMMENDER_UNKNOWN, spec=spec)
    project.set_setting(RECOMMENDERS_SETTING, list(specs))


def _refuse_unknown(schema, name: str, labels: set[str], types: set[str]) -> None:
    unknown = sorted(labels - schema.label_names)
    if unknown:
        raise IsnadError.of(M.RECOMMENDER_LABELS, name=name, what="labels", unknown=", ".join(unknown),
                            known=", ".join(sorted(schema.label_names)))
    known_types = {r.name for r in schema.relation_types}
    unknown = sorted(types - known_types)
    if unknown:
        raise IsnadError.of(M.RECOMMENDER_LABELS, name=name, what="relation types", unknown=", ".join(unknown),
                            known=", ".join(sorted(known_types)))
