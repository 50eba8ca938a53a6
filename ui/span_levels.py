"""Stacking rows for overlapping spans (no Qt here): nested spans get distinct rows."""
from __future__ import annotations

from annotator.model import Span


def stack_levels(spans: list[Span]) -> dict[str, int]:
    """Give each span the lowest row not taken by an overlapping span.

    Longer spans come first at equal starts, so an outer span sits on the row
    nearest the text and what it contains stacks below it.
    """
    row_ends: list[int] = []  # row -> end of the last span placed on it
    levels: dict[str, int] = {}
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        row = next((i for i, end in enumerate(row_ends) if end <= span.start), len(row_ends))
        if row == len(row_ends):
            row_ends.append(span.end)
        else:
            row_ends[row] = span.end
        levels[span.id] = row
    return levels
