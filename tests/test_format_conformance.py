"""One conformance suite over every format the registry knows (issue 15): a format added to
exports/registry.py is checked here without a line of its own.

- round trip: what a writer writes, its reader (or, export-only, its consumer) gives back;
- re-import: exporting a project and importing the files back into it adds 0 spans and 0
  relations, also for spans drawn in the window (random ids) and with several layers;
- atomicity: every file a writer writes is declared; a failed export leaves the earlier one
  whole and nothing beside it; a database at OUT or at a side file is refused, untouched;
- bad input: a broken file is a two-part error naming it (exit 2 on the command line, no
  traceback, the project unchanged);
- encodings: readers take UTF-8 with a BOM and UTF-16 like UTF-8; text writers write UTF-8
  without a BOM, emoji and harakat included.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from annotator.commands import AddSpan, Link, SetAttribute, SetNote, make_relation, make_span
from annotator.errors import IsnadError
from annotator.history import History
from annotator.importing import import_records
from annotator.messages import M
from annotator.model import Schema
from annotator.project_io import create_project, open_project
from exports.common import non_overlapping
from exports.options import ExportOptions, ReadOptions
from exports.registry import formats, get_format
from exports.run import export_summary
from exports_helpers import EXAMPLES
from helpers import ROOT, isnad

READERS = [f.name for f in formats("read")]
WRITERS = [f.name for f in formats("write")]
BOTH = sorted(set(READERS) & set(WRITERS))
FULL = {"jsonl", "label-studio"}  # hold attributes and notes exactly
WINDOW_LAYER = "ali"


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """A real project: the sample articles, the native example (layers gold and alice,
    attributes, an emoji) and spans, a relation, an attribute and a note drawn as the
    window draws them (random ids) in the layer ali."""
    path = tmp_path_factory.mktemp("conformance") / "base.isnad"
    with create_project(path) as project:
        for source in (ROOT / "resources" / "sample" / "sample.jsonl", EXAMPLES / "news.jsonl"):
            import_records(project, get_format("jsonl", "read").read(source, None), "sample", add_labels=True)
        doc = project.find_document("sirte-washington-post")
        history = History(project)
        cue = make_span(doc.id, *_find(doc.text, "قال"), "CUE", WINDOW_LAYER)
        claim_at = _find(doc.text, "واشنطن بوست")
        claim = make_span(doc.id, claim_at[0], claim_at[1] + 10, "CLAIM", WINDOW_LAYER)
        for span in (cue, claim, make_span(doc.id, *_find(doc.text, "سرت"), "LOC", WINDOW_LAYER)):
            history.run(AddSpan(span))
        history.run(Link(make_relation(doc.id, cue.id, claim.id, "cue_of", WINDOW_LAYER)))
        history.run(SetAttribute(claim.id, "type", "named person"))
        history.run(SetNote(cue.id, "قال: فعل إسناد"))
    return path


def _find(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.fixture
def project_file(base, tmp_path) -> Path:
    path = tmp_path / "p.isnad"
    shutil.copy(base, path)
    return path


def layer_groups(fmt, layers: list[str]) -> list[tuple[str, ...]]:
    """The exports that carry every layer: one, or one per layer for a one-layer format."""
    if get_format(fmt, "write").several_layers == "refused":
        return [(layer,) for layer in layers]
    return [tuple(layers)]


def export_layers(project, fmt: str, folder: Path) -> list[Path]:
    """Export every person's layer of `project` in `fmt` as the command line would; the paths."""
    writer = get_format(fmt, "write")
    layers = [a for a in project.annotators()]
    outs = []
    for n, group in enumerate(layer_groups(fmt, layers)):
        out = folder / f"out{n}{writer.suffix}"
        export_summary(project.records(group), fmt, out, project.schema, ExportOptions(layers=group))
        outs.append(out)
    return outs


def kept(fmt: str, records) -> dict:
    """What `fmt` holds, per text: spans (layer, offsets, label; attributes and notes where the
    format holds them exactly) and relations by their ends, independent of ids."""
    out = {}
    for rec in records:
        by_id = {s.id: s for s in rec.spans}

        def key(s):
            exact = (json.dumps(s.attrs, sort_keys=True), s.note) if fmt in FULL else ()
            return (s.annotator, s.start, s.end, s.label, *exact)
        spans, rels = out.setdefault(rec.document.text, ([], []))
        spans += [key(s) for s in rec.spans]
        rels += [(r.annotator, key(by_id[r.from_id]), key(by_id[r.to_id]), r.type) for r in rec.relations]
    return {text: (sorted(spans), sorted(rels)) for text, (spans, rels) in out.items()}


# -- round trip --------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", BOTH)
def test_round_trip_gives_back_what_the_format_holds(fmt, base, tmp_path):
    with open_project(base, read_only=True) as project:
        records = list(project.records())
        outs = export_layers(project, fmt, tmp_path)
    reader = get_format(fmt, "read")
    back = [rec for out in outs for rec in reader.read(out, ReadOptions())]
    expected, got = kept(fmt, records), kept(fmt, back)
    merged = {}
    for text, (spans, rels) in got.items():  # one-layer formats: a document once per layer
        have = merged.setdefault(text, ([], []))
        have[0].extend(spans)
        have[1].extend(rels)
    assert {t: (sorted(s), sorted(r)) for t, (s, r) in merged.items()} == expected


def _read_back_conll(path: Path, records) -> None:
    tags = [line.split("\t")[1] for line in path.read_text(encoding="utf-8").splitlines() if line]
    expected = [s.label for rec in records for s in non_overlapping(rec.spans)[0]]
    assert [t[2:] for t in tags if t.startswith("B-")] == expected


def _read_back_spacy(path: Path, records) -> None:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab
    docs = list(DocBin().from_disk(path).get_docs(Vocab()))
    assert [d.text for d in docs] == [r.document.text for r in records]
    for doc, rec in zip(docs, records):
        assert sorted((s.start_char, s.end_char, s.label_) for s in doc.spans["sc"]) == \
            sorted((s.start, s.end, s.label) for s in rec.spans)


def _read_back_parquet(path: Path, records) -> None:
    import pyarrow.parquet as pq
    rows = pq.read_table(path).to_pylist()
    assert [r["text"] for r in rows] == [r.document.text for r in records]
    for row, rec in zip(rows, records):
        assert sorted((s["start"], s["end"], s["label"], s["annotator"]) for s in row["spans"]) == \
            sorted((s.start, s.end, s.label, s.annotator) for s in rec.spans)


READ_BACK = {"conll": _read_back_conll, "spacy": _read_back_spacy, "parquet": _read_back_parquet}


def test_every_writer_is_read_back_here():
    """A new export-only format needs a read-back by its consumer in READ_BACK."""
    assert set(WRITERS) <= set(READERS) | set(READ_BACK)


@pytest.mark.parametrize("fmt", sorted(set(WRITERS) - set(READERS)))
def test_export_only_formats_are_read_back_by_their_consumers(fmt, base, tmp_path):
    if fmt == "spacy":
        pytest.importorskip("spacy")
    with open_project(base, read_only=True) as project:
        outs = export_layers(project, fmt, tmp_path)
        groups = layer_groups(fmt, project.annotators())
        for out, group in zip(outs, groups):
            READ_BACK[fmt](out, list(project.records(group)))


# -- re-import adds nothing ---------------------------------------------------------------
ADDED = {}


@pytest.mark.parametrize("fmt", BOTH)
def test_importing_an_export_back_into_its_project_adds_nothing(fmt, project_file, tmp_path):
    """`isnad export a.isnad --format label-studio -o ls.json && isnad import a.isnad ls.json`
    doubled every span and relation (49 -> 98); the same for doccano and brat."""
    with open_project(project_file) as project:
        before = project.stats()
        outs = export_layers(project, fmt, tmp_path)
        reader = get_format(fmt, "read")
        report = import_records(project, (rec for out in outs for rec in reader.read(out, ReadOptions())))
        after = project.stats()
    ADDED[fmt] = (report.spans_added, report.relations_added)
    assert (report.documents_added, report.spans_added, report.relations_added) == (0, 0, 0)
    assert report.spans_existing == before["spans"] and after == before


def test_the_command_line_round_trip_adds_nothing(project_file, tmp_path):
    """The commands of the issue, as a user types them (layers as export chooses them)."""
    for fmt, out, extra in (("label-studio", "ls.json", ()), ("doccano", "d.jsonl", ("--format", "doccano")),
                            ("brat", "brat", ())):
        layers = ("--annotator", WINDOW_LAYER) if get_format(fmt, "write").several_layers == "refused" else ()
        isnad("export", project_file, "--format", fmt, "-o", tmp_path / out, *layers)
        proc = isnad("import", project_file, tmp_path / out, *extra)
        assert "0 spans added" in proc.stdout and "0 relations added" in proc.stdout, (fmt, proc.stdout)


# -- several layers in a one-layer format --------------------------------------------------
@pytest.mark.parametrize("fmt", [f.name for f in formats("write") if f.several_layers == "refused"])
def test_a_one_layer_format_refuses_several_layers(fmt, project_file, tmp_path):
    """Exporting several layers to doccano or brat silently folded them into one."""
    proc = isnad("export", project_file, "--format", fmt, "-o", tmp_path / "out", check=False)
    assert proc.returncode == 2 and "holds one layer" in proc.stderr and "--annotator" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_brat_keeps_layers_in_folders_of_their_own(project_file, tmp_path):
    isnad("export", project_file, "--format", "brat", "-o", tmp_path / "b")
    with open_project(project_file, read_only=True) as project:
        layers = project.annotators()
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == sorted(layers)
    conf = (tmp_path / "b" / WINDOW_LAYER / "annotation.conf").read_text(encoding="utf-8")
    assert conf.startswith(f'# isnad-layer: "{WINDOW_LAYER}"\n[entities]')
    fresh = tmp_path / "fresh.isnad"
    isnad("init", fresh)
    isnad("import", fresh, tmp_path / "b", "--add-labels")
    with open_project(fresh, read_only=True) as project, open_project(project_file, read_only=True) as original:
        assert project.stats()["annotators"] == original.stats()["annotators"]


# -- atomicity -----------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", WRITERS)
def test_an_export_is_whole_or_absent(fmt, base, tmp_path):
    if fmt == "spacy":
        pytest.importorskip("spacy")
    writer = get_format(fmt, "write")
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / f"out{writer.suffix}"
    with open_project(base, read_only=True) as project:
        schema, records = project.schema, list(project.records([WINDOW_LAYER]))
    options = ExportOptions(layers=(WINDOW_LAYER,))
    summary = export_summary(records, fmt, out, schema, options)
    declared = {p.name for p in writer.outputs(out)}
    assert {p.name for p in folder.iterdir()} == declared >= {p.name for p in summary.files}
    before = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}

    def failing():
        yield records[0]
        raise IsnadError.of(M.EXPORT_NO_PATH)

    with pytest.raises(IsnadError):
        export_summary(failing(), fmt, out, Schema("other"), options)
    assert {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    assert {p.name for p in folder.iterdir()} == declared  # no staging folder left beside


@pytest.mark.parametrize("fmt", WRITERS)
def test_an_export_never_overwrites_a_database(fmt, base, tmp_path):
    writer = get_format(fmt, "write")
    for target in writer.outputs(tmp_path / f"out{writer.suffix}"):
        shutil.copy(base, target)
        with pytest.raises(IsnadError) as caught:
            export_summary([], fmt, tmp_path / f"out{writer.suffix}", None, ExportOptions())
        assert caught.value.code in (M.EXPORT_OVER_DATABASE.code, M.EXPORT_FILE_NOT_FOLDER.code)
        assert target.read_bytes() == base.read_bytes()
        target.unlink()


# -- bad input ------------------------------------------------------------------------------
def good_input(fmt: str, base: Path, folder: Path) -> Path:
    """A valid file (or folder) of `fmt`, read from the project or the shared corpus."""
    if fmt == "txt":
        folder.mkdir(exist_ok=True)
        target = folder / "article.txt"
        shutil.copy(ROOT / "tests" / "corpus" / "seed" / "sirte-washington-post.txt", target)
        return target
    folder.mkdir(exist_ok=True)
    with open_project(base, read_only=True) as project:
        return export_layers(project, fmt, folder)[0]  # doccano: the first layer's file


BAD = {  # a broken input per reader: (file to break, new content)
    "jsonl": ("out0.jsonl", b'{"text": "\xd9\x82\xd8\xa7\xd9\x84", "spans": [{"start": 0, "end": 9, "label": "CUE"}]}\n'),
    "doccano": ("out0.jsonl", b'{"text": "abc", "entities": [{"id": 1, "label": "PER", "start_offset": 2}]}\n'),
    "label-studio": ("out0.json", b'[{"data": {"text": "abc"}, "annotations": [{"result": [{"type": "labels"'),
    "brat": ("out0/sample/sample-text.ann", "T1\tCUE 28 32\tقال\nT2\tPER 20 10\tx\n".encode()),
    "txt": ("article.txt", b"\xd9\x82\xd8\xa7\xd9 \xff"),
}


def test_every_reader_has_a_bad_input_here():
    assert set(READERS) == set(BAD)


@pytest.mark.parametrize("fmt", READERS)
@pytest.mark.parametrize("damage", ["broken", "not decodable", "empty"])
def test_bad_input_is_a_two_part_error_naming_the_file(fmt, damage, base, project_file, tmp_path):
    """Read and imported (the importer validates what readers read): refused whole."""
    good = good_input(fmt, base, tmp_path)
    name, broken = BAD[fmt]
    target = tmp_path / name
    target.write_bytes({"broken": broken, "not decodable": b"\xd9\x82\xd8\xa7\xd9\x84 \xc3\x28\n",
                        "empty": b""}[damage])
    reader = get_format(fmt, "read")
    with open_project(project_file) as project:
        before = project.stats()
        try:
            import_records(project, reader.read(good, ReadOptions()), add_labels=True)
            refused = None
        except IsnadError as e:
            refused = e
        assert project.stats() == before
    if damage == "empty" and fmt in ("jsonl", "doccano", "brat"):
        assert refused is None  # no document (a brat .ann without annotations) is no error
        return
    assert refused is not None and refused.path and refused.todo and refused.code
    assert Path(refused.path).resolve() == target.resolve()


@pytest.mark.parametrize("fmt", READERS)
def test_bad_input_on_the_command_line_exits_2_and_changes_nothing(fmt, base, project_file, tmp_path):
    good = good_input(fmt, base, tmp_path)
    name, broken = BAD[fmt]
    (tmp_path / name).write_bytes(broken)
    before = isnad("stats", project_file, "--json").stdout
    proc = isnad("import", project_file, good, "--format", fmt, check=False)
    assert proc.returncode == 2 and "What to do" in proc.stderr and "Traceback" not in proc.stderr
    assert name.split("/")[-1] in proc.stderr
    assert isnad("stats", project_file, "--json").stdout == before


# -- encodings ------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", READERS)
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_readers_take_a_bom_and_utf16_like_utf8(fmt, encoding, base, tmp_path):
    good = good_input(fmt, base, tmp_path / "utf8")
    reader = get_format(fmt, "read")
    expected = kept(fmt, reader.read(good, ReadOptions()))
    texts = [good] if good.is_file() else [p for p in good.rglob("*") if p.suffix in (".txt", ".ann")]
    for path in texts:
        path.write_bytes(path.read_bytes().decode("utf-8").encode(encoding))
    assert kept(fmt, reader.read(good, ReadOptions())) == expected


@pytest.mark.parametrize("fmt", [f.name for f in formats("write") if f.suffix in ("", ".jsonl", ".json", ".conll")])
def test_text_writers_write_utf8_without_a_bom(fmt, base, tmp_path):
    with open_project(base, read_only=True) as project:
        export_layers(project, fmt, tmp_path)
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix != ".isnad"]
    assert files
    text = ""
    for path in files:
        data = path.read_bytes()
        assert not data.startswith(b"\xef\xbb\xbf"), path
        text += data.decode("utf-8")
    assert "🚨" in text and "كُتب" in text  # an astral character and harakat, as they were


def test_conformance_figures(capsys):
    """Printed for the notes: spans and relations each format's round trip added (0 each)."""
    if ADDED:
        with capsys.disabled():
            print("\nround trip additions (spans, relations):", ADDED)
