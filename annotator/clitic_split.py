"""When `--clitics` splits a proclitic (و ف ب ل ك) off a word before the article ال.

A split needs support. The article rule (و/ف, then ب/ل/ك, then ال and two letters) proposes
one; it is kept unless a rule or the gold-derived lexicon says the word is one piece:
- the word is one the gold keeps whole (فالون، بالغين: UD Arabic-PUD, the tune half);
- a definite noun takes no possessive ending, so ال...ته/ها is no article (والدته، والدها);
- ال followed by a stem ending in يا or و, or of two letters, is mostly a foreign name
  (كاليفورنيا، فالنسيا، فالنتينو، والتر);
unless the lexicon knows the rest as a definite word (الدنيا، النمو، الحق: tests/corpus).
Measured against UD's segmentation by scripts/evaluate_clitics.py (held-out half of PUD).
The lexicon is resources/clitics/lexicon.json, written by scripts/build_clitic_lexicon.py.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from .resources import resource

# endings after ال that mark no definite noun: possessive pronouns (ته، تها...; not هم or هن,
# which end المهم and الراهن), and what transliterated names end with
PRONOUN_ENDS = ("تهما", "تهم", "تهن", "تها", "ته", "ها")
NAME_ENDS = ("يا", "و")


@dataclass(frozen=True)
class Lexicon:
    whole: tuple[str, ...] = ()  # words the gold keeps whole although the article rule splits them
    keep: tuple[str, ...] = ()  # definite words (ال...) a rule would block, attested as such


@cache
def lexicon() -> Lexicon:
    data = json.loads(resource("clitics", "lexicon.json").read_text(encoding="utf-8"))
    return Lexicon(tuple(data["whole"]), tuple(data["keep"]))


def blocked_rest(word_char: str) -> str:
    """A regex matching, at ال, a rest of the word that the rules keep attached."""
    end = f"(?!{word_char})"
    endings = "|".join(PRONOUN_ENDS + NAME_ENDS)
    return rf"ال{word_char}*(?:{endings}){end}|ال{word_char}{{2}}{end}"


def alternatives(word_char: str, lex: Lexicon | None, rules: bool = True) -> list[str]:
    """Regex alternatives for a proclitic token of its own (before the word alternative):
    a word-initial و/ف, and ب/ل/ك at the start or after such a و/ف, each followed by ال and
    at least two letters, where the rules and `lex` allow it (`rules=False`: the article
    rule alone, as before the lexicon)."""
    end = f"(?!{word_char})"
    rest = rf"ال{word_char}{word_char}"
    whole = ""
    if rules:
        rest = rf"(?!{blocked_rest(word_char)}){rest}"
        if lex and lex.keep:
            rest = rf"(?:(?:{_alternation(lex.keep)}){end}|{rest})"
        if lex and lex.whole:
            whole = rf"(?!(?:{_alternation(lex.whole)}){end})"
    word_start = rf"(?<!{word_char})"  # preceded by nothing, whitespace or punctuation
    after_conj = rf"(?<!{word_char}.)(?<=[وف])"  # right after a word-initial و/ف
    preposition = rf"{whole}[بلك](?={rest})"
    return [rf"{word_start}{whole}[وف](?=(?:{whole}[بلك]{rest}|{rest}))",
            rf"(?:{word_start}|{after_conj}){preposition}"]


def _alternation(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))
