"""Regular expressions that match Arabic words as annotator.search folds them: harakat,
tatweel and the dagger alef ignored, hamza/alef and alef-maqsura/ya variants alike. They run
on the text itself, so a match's offsets are the text's own and nothing is copied or
normalised; `fold_key` folds a short matched string for dictionary lookups.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..search import fold

MARKS = "\u0640\u064B-\u065F\u0670"  # tatweel, harakat, dagger alef: what fold() drops
IGNORED = f"[{MARKS}]*"
WORD_CHARS = rf"\w{MARKS}"  # a word's characters
BEFORE_WORD = rf"(?<![{WORD_CHARS}])"
AFTER_WORD = rf"(?![{WORD_CHARS}])"


def _folding() -> tuple[dict[str, str], dict[int, str | None]]:
    """Folded letter -> a class of the letters folding to it (ا -> [اآأإٱ]), and the
    str.translate table that folds a short string as fold() does."""
    classes: dict[str, set[str]] = {}
    table: dict[int, str | None] = {}
    for code in range(0x0600, 0x0700):
        folded = fold(chr(code))[0]
        if not folded:
            table[code] = None
        elif folded != chr(code):
            classes.setdefault(folded, {folded}).add(chr(code))
            table[code] = folded
    return {k: "[" + "".join(sorted(v)) + "]" for k, v in classes.items()}, table


VARIANTS, _KEY_TABLE = _folding()


@lru_cache(maxsize=1 << 16)  # str.translate takes a microsecond for an Arabic word; the same words recur
def fold_key(s: str) -> str:
    """`s` folded (no harakat or tatweel, one alef, one ya), for dictionary lookups."""
    return s.translate(_KEY_TABLE)


def skip_marks(text: str, pos: int) -> int:
    """The first position from `pos` on that holds no harakat or tatweel."""
    while pos < len(text) and not fold_key(text[pos]):
        pos += 1
    return pos


def _letter(ch: str) -> str:
    return r"\s+" if ch == " " else VARIANTS.get(ch, re.escape(ch)) + IGNORED


def word_regex(word: str) -> str:
    """A regex for `word` that ignores harakat and tatweel and folds hamza/alef/ya."""
    return "".join(map(_letter, fold_key(word)))


def words_regex(words: Iterable[str]) -> str:
    """One regex for many words, shaped as a trie so a failing match fails at its first letter."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in fold_key(w):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie(trie)


def _trie(node: dict) -> str:
    alternatives = [_letter(ch) + _trie(child) for ch, child in sorted(node.items()) if ch]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body

