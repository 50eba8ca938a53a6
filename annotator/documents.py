"""The document list as `isnad ls` prints it: id, title, each layer's status and spans."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Iterator

_PAGE = 500
TITLE_CHARS = 80


@dataclass(frozen=True)
class DocumentEntry:
    id: str
    title: str
    sha256: str
    statuses: dict  # layer -> status, for the layers that set one
    spans: dict  # layer -> number of spans

    def to_dict(self) -> dict:
        return asdict(self)


def document_list(project) -> Iterator[DocumentEntry]:
    """Every document, in import order, page by page (texts stay in the project)."""
    offset = 0
    while rows := project.document_rows(offset, _PAGE):
        for row in rows:
            statuses = {st.annotator: st.status for st in project.statuses(row.id)}
            spans = dict(sorted(project.layer_counts(row.id).items()))
            yield DocumentEntry(row.id, " ".join(row.title.split())[:TITLE_CHARS], row.sha256, statuses, spans)
        offset += len(rows)
