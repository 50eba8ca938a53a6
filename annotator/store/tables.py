"""SQLModel tables of a project file. Rows never leave the store: see `convert.py`."""
from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Text
from sqlmodel import Field, SQLModel


class MetaRow(SQLModel, table=True):
    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class SchemaVersionRow(SQLModel, table=True):
    __tablename__ = "schema_version"
    version: int = Field(primary_key=True)
    applied_at: str


class DocumentRow(SQLModel, table=True):
    __tablename__ = "documents"
    __table_args__ = (CheckConstraint("length = length(text)", name="length_matches_text"),)
    seq: int | None = Field(default=None, primary_key=True)  # import order
    id: str = Field(unique=True)
    sha256: str = Field(unique=True)
    title: str = ""
    text: str
    length: int
    source: str = ""
    meta: str = "{}"
    added_at: str = ""


class SpanRow(SQLModel, table=True):
    __tablename__ = "spans"
    __table_args__ = (CheckConstraint('0 <= start AND start < "end"', name="span_bounds"),
                      Index("spans_by_doc", "doc_id", "start"))
    id: str = Field(primary_key=True)
    doc_id: str = Field(sa_column=Column(Text, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False))
    start: int
    end: int
    label: str
    annotator: str
    attrs: str = "{}"
    note: str = ""
    created: str = ""
    updated: str = ""


class RelationRow(SQLModel, table=True):
    __tablename__ = "relations"
    __table_args__ = (Index("relations_by_doc", "doc_id"), Index("relations_from", "from_id"),
                      Index("relations_to", "to_id"))
    id: str = Field(primary_key=True)
    doc_id: str = Field(sa_column=Column(Text, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False))
    from_id: str = Field(sa_column=Column(Text, ForeignKey("spans.id", ondelete="CASCADE"), nullable=False))
    to_id: str = Field(sa_column=Column(Text, ForeignKey("spans.id", ondelete="CASCADE"), nullable=False))
    type: str
    annotator: str
    created: str = ""
    updated: str = ""


class DocStateRow(SQLModel, table=True):
    __tablename__ = "doc_states"
    doc_id: str = Field(sa_column=Column(Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True))
    annotator: str = Field(primary_key=True)
    status: str = "new"
    seconds: float = 0.0
    last_opened: str = ""
    updated: str = ""


class VerdictRow(SQLModel, table=True):
    """Accepted/rejected suggestions (project version 2). Keyed by content, not by span id:
    suggestions are rewritten on every run, a verdict must outlive them."""
    __tablename__ = "verdicts"
    __table_args__ = (CheckConstraint("verdict IN ('accepted', 'rejected')", name="verdict_kind"),
                      Index("verdicts_by_label", "label", "verdict"))
    doc_id: str = Field(sa_column=Column(Text, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True))
    annotator: str = Field(primary_key=True)
    key: str = Field(primary_key=True)
    label: str
    text: str = ""
    verdict: str
    updated: str = ""


# A CHECK cannot look at another table, so the upper bound of a span is a trigger.
SPAN_END_TRIGGERS = [
    f"""CREATE TRIGGER IF NOT EXISTS span_end_within_text_{op} BEFORE {op.upper()} ON spans
        WHEN NEW."end" > (SELECT length FROM documents WHERE id = NEW.doc_id)
        BEGIN SELECT RAISE(ABORT, 'span end beyond document text'); END"""
    for op in ("insert", "update")
]
