"""Checks of a layer's rows made where they are written (`Project.replace_layer_rows`, a
spool file of suggestions): what SQLite's foreign keys and span-bounds trigger would check
row by row, here once per document and at C speed, so the bulk paths can switch those off.

Rows are the store's (`convert.LAYER_SPAN_COLS`, `LAYER_REL_COLS`).
"""
from __future__ import annotations

from itertools import chain
from operator import itemgetter

_DOC, _END = itemgetter(1), itemgetter(3)  # of a row: its document, a span's end


def check_rows(layer: str, doc_id: str, length: int | None, span_rows: list[tuple], rel_rows: list[tuple]) -> None:
    """replace_layer's rows: all of `doc_id` (whose text is `length` long), spans inside the
    text (the check the bounds trigger would make, here once per document and at C speed)."""
    if not {doc_id}.issuperset(map(_DOC, span_rows)) or not {doc_id}.issuperset(map(_DOC, rel_rows)):
        raise ValueError(f"replace_layer({layer!r}) was given another document's items")
    if length is None or max(map(_END, span_rows), default=0) > length:
        raise ValueError(f"replace_layer({layer!r}) was given a span beyond the text of {doc_id!r}")


def check_joins(layer: str, doc_id: str, span_rows: list[tuple], rel_rows: list[tuple]) -> None:
    """A new layer's relations join spans given with them (what the foreign keys would check
    with SQLite's checks off: `_foreign_keys_off`)."""
    if rel_rows and not set(map(_SPAN_ID, span_rows)).issuperset(chain(map(_FROM, rel_rows), map(_TO, rel_rows))):
        raise ValueError(f"replace_layer({layer!r}) was given relations between spans it was not given in {doc_id!r}")


_SPAN_ID, _FROM, _TO = itemgetter(0), itemgetter(2), itemgetter(3)  # of a row: a span's id; a relation's ends
