"""A bulk import (`isnad import`) into a project file nobody else has open is written once,
through a rollback journal rather than the WAL (annotator/store/journal.py), and leaves the
file in WAL mode; with another connection open it goes through the WAL as any write; a project
opened while such an import writes waits for it and then sees all of it."""
import json
import sqlite3
import threading
import time

from annotator.importing import import_records
from annotator.model import Document, DocumentRecord
from annotator.store import Project
from helpers import ROOT

PUD = ROOT / "tests" / "corpus" / "pud" / "ar_pud_news.jsonl"


def _records(n: int = 300):
    with open(PUD, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    return [DocumentRecord(Document(f"d{i}", "", texts[i % len(texts)] + f" ({i})")) for i in range(n)]


def _log_and_mode(path):
    log = path.with_name(path.name + "-wal")
    con = sqlite3.connect(path)
    try:
        return log.stat().st_size if log.exists() else 0, con.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        con.close()


def test_an_import_alone_on_the_file_is_not_logged_and_leaves_it_in_wal(tmp_path):
    path = tmp_path / "p.isnad"
    Project.create(path).close()
    before = path.stat().st_size
    with Project.open(path) as p:
        import_records(p, _records(), bulk=True)
        grown = path.stat().st_size - before
        assert _log_and_mode(path) == (0, "wal")  # WAL again, and the log never held the import
        assert len(p.document_ids()) == 300
    assert grown > 100_000
    assert not path.with_name(path.name + "-journal").exists()


def test_with_another_connection_open_the_import_goes_through_the_log(tmp_path):
    path = tmp_path / "p.isnad"
    Project.create(path).close()
    with Project.open(path, read_only=True) as reader, Project.open(path) as p:
        assert reader.document_ids() == []  # its connection stays open
        import_records(p, _records(), bulk=True)
        log, mode = _log_and_mode(path)
        assert mode == "wal" and log > 100_000
        assert len(reader.document_ids()) == 300


def test_a_project_opened_during_the_import_waits_for_it(tmp_path):
    path = tmp_path / "p.isnad"
    Project.create(path).close()
    records, writing = _records(), threading.Event()

    def slow():
        yield from records[:10]
        writing.set()
        time.sleep(0.5)  # the first chunk is written when the eleventh record is asked for
        yield from records[10:]

    def run():
        with Project.open(path) as p:
            import_records(p, slow(), bulk=True)
    importing = threading.Thread(target=run)
    importing.start()
    assert writing.wait(10)
    with Project.open(path) as other:  # it waits: the file cannot go back to WAL mid-import
        assert len(other.document_ids()) == 300  # so it opens after the COMMIT
    importing.join()
    assert _log_and_mode(path)[1] == "wal"
