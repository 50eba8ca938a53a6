"""Proclitics at a span's start: و ف ب ل ك and the article ال, alone or combined (وبال، فلل).

Names are tagged without them by many guidelines (طرابلس in بطرابلس). Offsets are code
points of the original text; harakat and tatweel between the letters are skipped (the
matching runs on the folded text of `annotator.search`).
"""
from __future__ import annotations

from .search import PROCLITICS, fold, is_word_char

MIN_STEM = 2  # letters that must remain: "بر" is not ب + ر


def word_bounds(text: str, pos: int) -> tuple[int, int]:
    """The word containing position `pos` (or ending at it)."""
    start = pos
    while start > 0 and is_word_char(text[start - 1]):
        start -= 1
    end = pos
    while end < len(text) and is_word_char(text[end]):
        end += 1
    return start, end


def stem_starts(text: str, start: int, end: int) -> list[int]:
    """Where the stem may begin in the word [start, end): the word's start, then after each
    proclitic prefix (و، وب، وبال...), leaving at least MIN_STEM letters."""
    folded, where = fold(text[start:end])
    out = [start]
    for cut in range(1, len(folded) - MIN_STEM + 1):
        if PROCLITICS.fullmatch(folded[:cut]):
            out.append(start + where[cut])
    return out


def toggle_proclitic(text: str, start: int, end: int) -> int:
    """The span's new start after one press of the clitic key: one proclitic more left out
    (وبطرابلس -> بطرابلس -> طرابلس), and from the last, back to the whole word."""
    word_start, _ = word_bounds(text, start)
    starts = [s for s in stem_starts(text, word_start, end) if s < end]
    later = [s for s in starts if s > start]
    return later[0] if later else starts[0]


def stems(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The word [start, end) without each possible proclitic prefix, longest prefix last."""
    return [(s, end) for s in stem_starts(text, start, end)[1:]]
