"""Arabic-aware search that answers in offsets of the original text.

Matching ignores harakat and tatweel and folds hamza/alef and alef-maqsura variants, so
"مُحَمَّد" finds "محمد"; the text itself is never changed. Hits are whole words, or whole
words behind proclitics (و ف ب ل ك and ال) when asked: "طرابلس" then finds the طرابلس
inside "بطرابلس" and the hit starts after the ب, never in the middle of another word.
"""
from __future__ import annotations

import re
import unicodedata

_IGNORED = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}  # harakat, dagger alef, tatweel
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ؤ": "و", "ئ": "ي"})
PROCLITICS = re.compile(r"[وف]?(?:لل|[بك]?ال|[بلك])|[وف]")  # و ب ال وال بال لل فب ...


def fold(text: str) -> tuple[str, list[int]]:
    """The searchable form of `text` and, per folded character, its index in `text`."""
    chars, where = [], []
    for i, ch in enumerate(text):
        if ch in _IGNORED:
            continue
        chars.append(ch)
        where.append(i)
    return "".join(chars).translate(_FOLD), where


def find_all(text: str, query: str, with_proclitics: bool = False) -> list[tuple[int, int]]:
    """Half-open code-point ranges of `text` where `query` occurs as a word."""
    folded, where = fold(text)
    needle = fold(query.strip())[0]
    if not needle:
        return []
    hits = []
    for m in re.finditer(re.escape(needle), folded):
        start, end = m.span()
        if _word_end(folded, end) and _word_start(folded, start, with_proclitics):
            hits.append((where[start], _original_end(text, where, end)))
    return hits


def is_word_char(ch: str) -> bool:
    """Letters (tatweel is Lm), combining marks and digits make words."""
    return unicodedata.category(ch)[0] in "LMN"


def _word_end(folded: str, end: int) -> bool:
    return end == len(folded) or not is_word_char(folded[end])


def _word_start(folded: str, start: int, with_proclitics: bool) -> bool:
    word_start = start
    while word_start > 0 and is_word_char(folded[word_start - 1]):
        word_start -= 1
    if word_start == start:
        return True
    return with_proclitics and bool(PROCLITICS.fullmatch(folded[word_start:start]))


def _original_end(text: str, where: list[int], end: int) -> int:
    """End just after the last matched letter, keeping the diacritics that sit on it."""
    stop = where[end - 1] + 1
    while stop < len(text) and text[stop] in _IGNORED and text[stop] != "\u0640":
        stop += 1
    return stop
