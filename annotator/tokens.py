"""Arabic-aware tokens as code-point offsets, split wherever a span starts or ends.

Rules (the same for CoNLL, spaCy and anything else token-based):
- whitespace separates tokens and is never part of one;
- every punctuation or symbol character (Unicode categories P* and S*: ، ؛ ؟ . « » " “ ”
  ( ) [ ] ! : , ; ? - % ...) is a token of its own, so "كابول،" is "كابول" + "،"; so is
  every character beyond the BMP (emoji; keeping them out of the class of word characters
  makes the regex ~5x faster);
- a number keeps its inner separators: 3.5, 1,000, ٣٫٥ and ١٬٠٠٠ are one token each;
- letters, digits, combining marks (harakat), tatweel and ZWJ/ZWNJ form word tokens;
- `clitics=True` splits proclitics only before the article ال: a leading conjunction و/ف
  and/or preposition ب/ل/ك ("والحكومة" -> و + الحكومة, "بالأندية" -> ب + الأندية,
  "وبالأمس" -> و + ب + الأمس), unless `annotator.clitic_split`'s rules or gold-derived
  lexicon keep the word whole (كاليفورنيا، فالنسيا، والتر، والدته). Splitting و elsewhere
  would also cut وزير or فرنسا, so it is not done; the article ال stays on its word (the
  PATB/ANERcorp convention).
- `cuts` are offsets (span starts and ends) that must fall between tokens: the text is
  tokenised segment by segment between cuts, so every span maps to whole tokens and
  no span is ever widened, narrowed or dropped.

spaCy uses them twice: `words_and_spaces` builds a Doc's words (the spaCy export, training
documents), and `affix_patterns` gives a trained pipeline's tokenizer the same rules.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import cache
from typing import Iterable

from . import clitic_split

_NUMBER_SEPARATORS = ".,\u066b\u066c"  # . , Arabic decimal and thousands separators


_ASTRAL = "\U00010000-\U0010ffff"


def _class_of(categories: str) -> str:
    """A regex character class body holding every BMP code point in the given categories."""
    ranges, start, prev = [], None, None
    for cp in range(0x10000):
        if unicodedata.category(chr(cp))[0] in categories:
            if start is None:
                start = cp
            elif cp != prev + 1:
                ranges.append((start, prev))
                start = cp
            prev = cp
    ranges.append((start, prev))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in ranges)


@cache
def punctuation_class() -> str:
    """Characters that are always tokens of their own: punctuation, symbols, astral."""
    return _class_of("PS") + _ASTRAL


@cache
def token_pattern(clitics: bool = False) -> re.Pattern:
    """Matches one token (never whitespace)."""
    return build_token_pattern(clitic_split.lexicon() if clitics else None, clitics)


def build_token_pattern(lexicon: "clitic_split.Lexicon | None", clitics: bool = True,
                        rules: bool = True) -> re.Pattern:
    """The token regex; with `clitics`, proclitics split off where annotator.clitic_split
    allows it (`rules=False`: the article rule alone, for scripts/evaluate_clitics.py)."""
    p = punctuation_class()
    # a separator between digits stays inside: 3.5, 1,000, و1,000
    word = rf"[^\s{p}]+(?:(?<=\d)[{_NUMBER_SEPARATORS}](?=\d)[^\s{p}]+)*"
    alternatives = [word, f"[{p}]"]
    if clitics:
        alternatives[:0] = clitic_split.alternatives(rf"[^\s{p}]", lexicon, rules)
    return re.compile("|".join(alternatives))


def affix_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """These rules as spaCy tokenizer prefix, suffix and infix patterns: every punctuation,
    symbol or astral character splits off, except a number separator between two digits."""
    p, seps = punctuation_class(), re.escape(_NUMBER_SEPARATORS)
    return (re.compile(f"^[{p}]"), re.compile(f"[{p}]$"),
            re.compile(rf"(?<!\d)[{seps}]|[{seps}](?!\d)|(?![{seps}])[{p}]"))


def _segments(length: int, cuts: Iterable[int]) -> list[int]:
    """Sorted unique cut points inside (0, length), framed by 0 and length."""
    inner = sorted({c for c in cuts if 0 < c < length})
    return [0, *inner, length]


def tokenize(text: str, cuts: Iterable[int] = (), clitics: bool = False) -> list[tuple[int, int]]:
    """Half-open (start, end) code-point offsets of the tokens of `text`.

    No token crosses a cut, so a span [start, end) with both ends in `cuts` is exactly
    the tokens from the one starting at `start` to the one ending at `end`.
    """
    pattern = token_pattern(clitics)
    bounds = _segments(len(text), cuts)
    out: list[tuple[int, int]] = []
    for a, b in zip(bounds, bounds[1:]):
        out.extend((a + m.start(), a + m.end()) for m in pattern.finditer(text[a:b]))
    return out


def token_strings(segment: str, clitics: bool = False) -> list[str]:
    """The tokens of one segment as strings (fast path for writers)."""
    return token_pattern(clitics).findall(segment)


def tokens_within(tokens: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """Index range [i, j) of the tokens lying inside [start, end) (empty if none)."""
    i = bisect_left([t[0] for t in tokens], start)
    j = bisect_right([t[1] for t in tokens], end)
    return i, max(i, j)


@cache
def words_pattern(clitics: bool) -> re.Pattern:
    """(token or whitespace run, one trailing space or ''): spaCy's words + spaces."""
    return re.compile(rf"({token_pattern(clitics).pattern}|\s+?(?= ?(?!\s)))( ?)")


def words_and_spaces(text: str, starts: set[int], ends: set[int], pattern: re.Pattern):
    """spaCy words/spaces for `text`, split at every span start and end, and the token
    index at each of those offsets."""
    pairs: list[tuple[str, str]] = []
    index: dict[int, int] = {}
    bounds = sorted({0, len(text), *starts, *ends})
    for a, b in zip(bounds, bounds[1:]):
        seg = text[a:b]
        index[a] = len(pairs)
        if pairs and not pairs[-1][1] and seg[0] == " " and a not in starts and (len(seg) > 1 or b not in ends):
            # a space after a span is its last token's whitespace (unless a span ends with it)
            pairs[-1] = (pairs[-1][0], " ")
            seg = seg[1:]
        tail = ""
        if b in ends and seg[-1:].isspace():  # a span ending in whitespace keeps it as a token
            stripped = seg.rstrip()
            seg, tail = stripped, seg[len(stripped):]
        pairs += pattern.findall(seg)
        if tail:
            pairs.append((tail, ""))
    index[len(text)] = len(pairs)
    return [w for w, _ in pairs], [sp == " " for _, sp in pairs], index
