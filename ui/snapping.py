"""Turning a rough selection into a clean span, in code points (no Qt here).

Snapping on: grow both edges to whole words, then trim spaces and punctuation, so a
label never swallows a trailing comma (a closing bracket or quotation mark whose other half
is inside stays: «هادئ», (for now)). A number is one word with its decimal point, its
thousands separators and a time's or date's separators (3.5, 1,200, ٣٫٥, 10:30, 4/4/2019).
Snapping off: keep the edges, but never leave a combining mark (harakat, shadda) apart from
its letter.
"""
from __future__ import annotations

import unicodedata

from annotator.search import is_word_char

NUMBER_JOINERS = ".,:/\u066b\u066c"  # between two digits: decimal point, thousands separator, time, date


def in_word(text: str, i: int) -> bool:
    """Whether text[i] belongs to a word: a letter, mark or digit, or a separator inside a number."""
    ch = text[i]
    if is_word_char(ch):
        return True
    return (ch in NUMBER_JOINERS and 0 < i < len(text) - 1
            and unicodedata.category(text[i - 1]) == "Nd" == unicodedata.category(text[i + 1]))


def is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def keep_clusters(text: str, start: int, end: int) -> tuple[int, int]:
    """Move edges so no combining mark is cut from the letter before it."""
    while 0 < start < len(text) and is_mark(text[start]):
        start -= 1
    while 0 < end < len(text) and is_mark(text[end]):
        end += 1
    return start, end


def step_edge(text: str, pos: int, step: int, lo: int, hi: int) -> int:
    """A span edge moved one letter (with its marks) by `step` (+1/-1); unchanged if that would
    leave [lo, hi]. An edge never rests before a combining mark, so shrinking works too."""
    new = pos + step
    while 0 < new < len(text) and is_mark(text[new]):
        new += step
    return new if lo <= new <= hi else pos


def word_at(text: str, pos: int) -> tuple[int, int]:
    """The word around `pos` (for double-click); empty range if `pos` is not in a word."""
    if pos < len(text) and in_word(text, pos):
        start = pos
    elif pos > 0 and in_word(text, pos - 1):
        start = pos - 1
    else:
        return pos, pos
    end = start
    while start > 0 and in_word(text, start - 1):
        start -= 1
    while end < len(text) and in_word(text, end):
        end += 1
    return start, end


SENTENCE_ENDS = ".!?؟…\u06d4\n"


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The sentence around `pos` (for a triple-click), without its final punctuation: from
    after the previous . ! ? ؟ … ۔ or line break to the next (a decimal point is no end)."""
    def ends_at(i: int) -> bool:
        return text[i] in SENTENCE_ENDS and not in_word(text, i)
    start = pos
    while start > 0 and not ends_at(start - 1):
        start -= 1
    end = pos
    while end < len(text) and not ends_at(end):
        end += 1
    return snap(text, start, end)


def snap(text: str, start: int, end: int, words: bool = True) -> tuple[int, int]:
    """The span to create for a selection [start, end); (x, x) means nothing to tag."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    if words:
        while start < end and not in_word(text, start):
            start += 1
        while end > start and not in_word(text, end - 1):
            end -= 1
        if start == end:
            return start, start
        while start > 0 and in_word(text, start - 1):
            start -= 1
        while end < len(text) and in_word(text, end):
            end += 1
        start, end = _balanced(text, start, end)
    return keep_clusters(text, start, end)


BRACKETS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”", "‹": "›", "\ufd3e": "\ufd3f"}
CLOSERS = {close: open_ for open_, close in BRACKETS.items()}


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """Take back a bracket or quotation mark the trimming left out while its other half is
    inside: 'comment (for now)', «هادئ», not 'comment (for now' or «هادئ."""
    while end < len(text):
        if _opened_inside(text, start, end, text[end]):
            end += 1
        elif text[end] in ".!?؟…" and end + 1 < len(text) and _opened_inside(text, start, end, text[end + 1]):
            end += 2  # 'said: "We will not."': the full stop inside the quotation mark comes too
        else:
            break
    while start > 0 and _closed_inside(text, start, end, text[start - 1]):
        start -= 1
    return start, end


def _opened_inside(text: str, start: int, end: int, ch: str) -> bool:
    inside = text[start:end]
    if ch == '"':
        return inside.count('"') % 2 == 1
    return ch in CLOSERS and inside.count(CLOSERS[ch]) > inside.count(ch)


def _closed_inside(text: str, start: int, end: int, ch: str) -> bool:
    inside = text[start:end]
    if ch == '"':
        return inside.count('"') % 2 == 1
    return ch in BRACKETS and inside.count(BRACKETS[ch]) > inside.count(ch)
