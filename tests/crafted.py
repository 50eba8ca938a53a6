"""Project files changed by hand the ways a damaged disk or a hostile sender could: each is
a real project made by Isnad, then altered with plain sqlite3 (issue 14)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.importing import import_records
from annotator.model import Document, DocumentRecord, DocStatus, Relation, Span
from annotator.store import Project
from conftest import CORPUS

DEEP = 100_000  # nesting far past Python's recursion limit
HANG = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def real_project(path: Path, annotator: str = "ali") -> Path:
    """Two real Arabic articles with spans, a relation and a status in `annotator`'s layer."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "articles" / "txt").glob("*.txt"))[:2]]
    records = []
    for i, text in enumerate(texts):
        spans = [Span(f"{annotator}-{i}-a", "", 0, 4, "PER", annotator), Span(f"{annotator}-{i}-b", "", 5, 9, "ORG",
                                                                                 annotator)]
        rels = [Relation(f"{annotator}-{i}-r", "", spans[0].id, spans[1].id, "attributed_to", annotator)]
        records.append(DocumentRecord(Document(f"doc-{i}", "", text, title=f"خبر {i}"), spans, rels,
                                      [DocStatus("", annotator, "done")]))
    with Project.create(path) as p:
        import_records(p, records, annotator)
    return path


def _sql(*statements: str):
    def alter(con: sqlite3.Connection) -> None:
        for statement in statements:
            con.execute(statement)
    return alter


def _view_for_documents(con: sqlite3.Connection) -> None:
    cols = [r[1] for r in con.execute("PRAGMA table_info(documents)")]
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("DROP TABLE documents")
    select = ", ".join(f"x AS {c}" if c in ("seq", "length") else f"'t' || x AS {c}" for c in cols)
    con.execute(f"CREATE VIEW documents AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                f"SELECT {select} FROM c")


def _unchecked(*statements: str):
    return _sql("PRAGMA ignore_check_constraints = 1", "DROP TRIGGER span_end_within_text_update", *statements)


# name -> how the file is altered. Every one must be refused with exit 2 and a two-part
# message, never a traceback or a hang, and be left as it was.
CRAFTED = {
    "schema not JSON": _sql("UPDATE meta SET value = '{\"labels\": [' WHERE key = 'schema'"),
    "schema nested deep (list)": _sql(f"UPDATE meta SET value = '{'[' * DEEP}{']' * DEEP}' WHERE key = 'schema'"),
    "schema nested deep (labels)": _sql("UPDATE meta SET value = '{\"labels\": [{\"name\": \"X\", \"attributes\": "
                                        f"{{\"a\": {'[' * DEEP}{']' * DEEP}}}}}]}}' WHERE key = 'schema'"),
    "schema a list": _sql("UPDATE meta SET value = '[1, 2]' WHERE key = 'schema'"),
    "schema null": _sql("UPDATE meta SET value = 'null' WHERE key = 'schema'"),
    "schema a number": _sql("UPDATE meta SET value = 1e999 WHERE key = 'schema'"),
    "schema row missing": _sql("DELETE FROM meta WHERE key = 'schema'"),
    "schema label without name": _sql("UPDATE meta SET value = '{\"labels\": [{\"kind\": \"entity\"}]}' "
                                      "WHERE key = 'schema'"),
    "schema labels twice": _sql("UPDATE meta SET value = '{\"labels\": [{\"name\": \"A\"}, {\"name\": \"A\"}]}' "
                                "WHERE key = 'schema'"),
    "attrs not JSON": _sql("UPDATE spans SET attrs = '{oops' WHERE rowid = (SELECT min(rowid) FROM spans)"),
    "attrs a list": _sql("UPDATE spans SET attrs = '[1, 2]'"),
    "attrs nested deep": _sql(f"UPDATE spans SET attrs = '{{\"a\": {'[' * DEEP}{']' * DEEP}}}'"),
    "attrs a blob": _sql("UPDATE spans SET attrs = x'00ff'"),
    "meta not JSON": _sql("UPDATE documents SET meta = 'nope'"),
    "meta a number": _sql("UPDATE documents SET meta = 42"),
    "schema version empty": _sql("DELETE FROM schema_version"),
    "schema version zero": _sql("UPDATE schema_version SET version = 0"),
    "schema version table missing": _sql("DROP TABLE schema_version"),
    "version too new": _sql("INSERT INTO schema_version VALUES (99, 'later')"),
    "application other": _sql("UPDATE meta SET value = 'other-app' WHERE key = 'application'"),
    "meta table missing": _sql("DROP TABLE meta"),
    "spans table missing": _sql("PRAGMA foreign_keys = OFF", "DROP TABLE relations", "DROP TABLE spans"),
    "spans column missing": _sql("DROP TRIGGER span_end_within_text_insert", "DROP TRIGGER span_end_within_text_update",
                                 "ALTER TABLE spans DROP COLUMN note"),
    "recursive view for documents": _view_for_documents,
    "recursive view beside": _sql(f"CREATE VIEW counting AS {HANG}"),
    "trigger that hangs": _sql(f"CREATE TRIGGER slow AFTER INSERT ON spans BEGIN SELECT ({HANG}); END"),
    "own trigger rewritten": _sql("DROP TRIGGER span_end_within_text_insert",
                                  f"CREATE TRIGGER span_end_within_text_insert BEFORE INSERT ON spans "
                                  f"BEGIN SELECT ({HANG}); END"),
    "virtual table": _sql("CREATE VIRTUAL TABLE found USING fts5(words)"),
    "span start not a number": _unchecked("UPDATE spans SET start = 'abc'"),
    "document text a blob": _unchecked("UPDATE documents SET text = CAST(text AS BLOB)"),
    "document text not UTF-8": _unchecked("UPDATE documents SET text = CAST(x'ff41' AS TEXT), length = 2"),
}


def crafted(base: Path, path: Path, name: str) -> Path:
    """A copy of the project `base` altered the way CRAFTED[name] says."""
    path.write_bytes(base.read_bytes())
    con = sqlite3.connect(path)
    try:
        CRAFTED[name](con)
        con.commit()
    finally:
        con.close()
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    return path


def swap_hashes(path: Path) -> None:
    """The stored SHA-256 of the first two documents swapped: each claims the other's text."""
    con = sqlite3.connect(path)
    (a, sha_a), (b, sha_b) = con.execute("SELECT seq, sha256 FROM documents ORDER BY seq LIMIT 2").fetchall()
    con.execute("UPDATE documents SET sha256 = 'swapping' WHERE seq = ?", (a,))
    con.execute("UPDATE documents SET sha256 = ? WHERE seq = ?", (sha_a, b))
    con.execute("UPDATE documents SET sha256 = ? WHERE seq = ?", (sha_b, a))
    con.commit()
    con.close()
